/* main.c - the ticktock command line: a table of subcommands.
 *
 * Exit codes: 0 success, 1 the checked program violates its specification
 * (later subcommands), 2 bad input (syntax error, unsupported construct,
 * unreadable file) or bad usage.  Errors go to stderr; stdout carries only
 * the requested output.  Adding a subcommand is one table entry plus its
 * function.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "parse.h"
#include "srcfile.h"
#include "cli.h"


typedef struct Command {
  const char *name;
  const char *summary;
  const char *usage; /* arguments after the command name */
  int (*run)(int argc, char **argv); /* argv[0] is the command name */
} Command;

static int cmd_parse(int argc, char **argv);

static const Command commands[] = {
    {"parse", "check syntax; --ast prints the syntax tree", "[--ast] FILE...", cmd_parse},
    {"run", "run one schedule, printing what node prints", "[OPTIONS] FILE", cmd_run},
    {"check", "explore every schedule: all outputs, the guaranteed order", "[OPTIONS] FILE...", cmd_check},
    {"graph", "the guaranteed order as Graphviz DOT", "[OPTIONS] FILE", cmd_graph},
    {"explain", "narrate one schedule step by step: stack, queues, why", "[OPTIONS] FILE", cmd_explain},
    {"fixture", "print or --update the expected-output fixture NAME.expected", "[--update] [OPTIONS] FILE|DIR...",
     cmd_fixture},
    {"validate", "run a spec under node and report outputs ticktock did not predict", "[--runs N] [OPTIONS] FILE...",
     cmd_validate},
};
enum { NCOMMANDS = sizeof commands / sizeof commands[0] };

static void print_usage(FILE *out) {
  fprintf(out, "usage: ticktock COMMAND [OPTIONS] FILE...\n\ncommands:\n");
  for (int i = 0; i < NCOMMANDS; i++)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(out, "\noptions:\n  -h, --help     show this help (also: ticktock COMMAND --help)\n"
               "  --version      print the version\n\n"
               "exit status: 0 ok, 1 specification violated, 2 bad input or usage,\n"
               "3 exploration incomplete (a bound was reached)\n");
}

/* Reports a command-line error: "ticktock: error: ...", the command's usage
 * line when show_usage, and a hint; returns 2. */
static int usage_error(const Command *cmd, int show_usage, const char *fmt, const char *arg) {
  fprintf(stderr, "ticktock: error: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  if (cmd && show_usage) fprintf(stderr, "usage: ticktock %s %s\n", cmd->name, cmd->usage);
  fprintf(stderr, "try 'ticktock %s%s--help' for more information\n", cmd ? cmd->name : "",
          cmd ? " " : "");
  return EXIT_BAD_INPUT;
}

/* --- parse ---------------------------------------------------------------------- */

static void parse_help(void) {
  printf("usage: ticktock parse [--ast] FILE...\n\n"
         "Checks that each FILE is in ticktock's JavaScript subset (.mjs files are\n"
         "ES modules).  Prints nothing when all parse; errors go to stderr.\n\n"
         "  --ast       print each syntax tree as an S-expression (after one\n"
         "              (pragma LINE:COL TEXT) line per //@ comment)\n"
         "  -h, --help  show this help\n\n"
         "exit status: 0 all files parse, 2 syntax error, unsupported construct or\n"
         "unreadable file\n");
}

/* Parses one loaded file; prints its tree or its diagnostics.  Returns the
 * number of errors. */
static unsigned parse_one(const SrcFile *f, int ast) {
  Arena arena;
  DiagList diags;
  ParseResult res;
  arena_init(&arena);
  diag_init(&diags);
  ParseGoal goal = src_file_is_module(f->path) ? PARSE_MODULE : PARSE_DETECT;
  if (parse_source(&arena, f->text, f->len, goal, &res, &diags) && ast) {
    for (uint32_t i = 0; i < res.pragmas.len; i++) {
      const AstPragma *p = &res.pragmas.items[i];
      printf("(pragma %u:%u %s)\n", (unsigned)p->span.line, (unsigned)p->span.col, p->text);
    }
    ast_print_sexpr(stdout, res.program);
  }
  DiagSource src = {f->path, f->text, f->len};
  diag_print(stderr, &src, &diags);
  unsigned errors = diags.errors;
  diag_free(&diags);
  arena_free(&arena);
  return errors;
}

static int cmd_parse(int argc, char **argv) {
  const Command *cmd = &commands[0];
  int ast = 0, nfiles = 0, status = EXIT_OK;
  char **files = xcalloc((size_t)argc, sizeof *files);
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      free(files);
      parse_help();
      return EXIT_OK;
    } else if (strcmp(argv[i], "--ast") == 0) {
      ast = 1;
    } else if (argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
      free(files);
      return usage_error(cmd, 1, "unknown option '%s'", argv[i]);
    } else if (strcmp(argv[i], "--") != 0) {
      files[nfiles++] = argv[i];
    }
  }
  if (nfiles == 0) {
    free(files);
    return usage_error(cmd, 1, "%sno input file", "");
  }
  /* Read everything first so a missing file leaves stdout empty. */
  SrcFile *src = xcalloc((size_t)nfiles, sizeof *src);
  char err[512];
  for (int i = 0; i < nfiles && status == EXIT_OK; i++)
    if (!src_file_read(files[i], &src[i], err, sizeof err)) status = usage_error(cmd, 0, "%s", err);
  unsigned errors = 0;
  for (int i = 0; i < nfiles && status == EXIT_OK; i++) errors += parse_one(&src[i], ast);
  if (errors) {
    DiagList total = {.errors = errors};
    diag_print_summary(stderr, &total);
    status = EXIT_BAD_INPUT;
  }
  for (int i = 0; i < nfiles; i++) src_file_free(&src[i]);
  free(src);
  free(files);
  return status;
}

/* --- dispatch ------------------------------------------------------------------------- */

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "ticktock: error: no command given\n");
    print_usage(stderr);
    return EXIT_BAD_INPUT;
  }
  const char *name = argv[1];
  if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
    print_usage(stdout);
    return EXIT_OK;
  }
  if (strcmp(name, "--version") == 0) {
    printf("ticktock %s\n", TT_VERSION);
    return EXIT_OK;
  }
  for (int i = 0; i < NCOMMANDS; i++)
    if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
  if (name[0] == '-') return usage_error(NULL, 0, "unknown option '%s'", name);
  return usage_error(NULL, 0, "unknown command '%s'", name);
}
