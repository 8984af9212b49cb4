/* cli.h - helpers shared by the subcommands (option parsing, error
 * reporting in the one diagnostic format, pragmas that set host options). */
#ifndef TT_CLI_H
#define TT_CLI_H

#include "diag.h"
#include "engine.h"
#include "host_node.h"
#include "pragma.h"

enum { EXIT_OK = 0, EXIT_VIOLATION = 1, EXIT_BAD_INPUT = 2, EXIT_INCOMPLETE = 3 };

/* Subcommands (argv[0] is the command name); each returns an exit status. */
int cmd_run(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_fixture(int argc, char **argv);
int cmd_validate(int argc, char **argv);

/* "ticktock: error: <msg>" plus a hint; returns EXIT_BAD_INPUT. */
int cli_usage_error(const char *cmd, const char *fmt, const char *arg);

/* Parses a host option at argv[*i] (advancing *i past its value): returns
 * 1 when consumed, 0 when not a host option, -1 after reporting an error. */
int cli_host_option(int argc, char **argv, int *i, HostOpts *o);

/* "'w' is not a witness (letters ..., each followed by a number)" as a
 * usage error of cmd; returns EXIT_BAD_INPUT. */
int cli_bad_witness(const char *cmd, const char *w);

/* The 1-based number of the choice of witness w that starts at character
 * pos (a witness is letters each followed by a number): the choice a
 * replay that consumed pos characters could not take. */
size_t cli_witness_choice(const char *w, size_t pos);

/* Prints why a file could not be loaded; returns EXIT_BAD_INPUT. */
int cli_report_load_failure(const Engine *e, const DiagList *d, const char *io_err);

/* Host settings from the file's `//@` pragmas (latency, fetch answers, time
 * model, modes) into o.  A bad pragma is reported on stderr in the
 * diagnostic format; returns EXIT_OK or EXIT_BAD_INPUT. */
int cli_apply_pragmas(const Engine *e, HostOpts *o);
void cli_free_pragma_opts(HostOpts *o);

/* Command-line host options win over pragmas: a command collects the
 * arguments cli_host_option consumed and applies them again after the
 * pragmas. */
typedef struct CliHostArgs {
  char **argv;
  int argc;
} CliHostArgs;

/* Parses a host option like cli_host_option and remembers its arguments. */
int cli_host_option_keep(int argc, char **argv, int *i, HostOpts *o, CliHostArgs *keep);
void cli_host_args_apply(const CliHostArgs *keep, HostOpts *o);
void cli_host_args_free(CliHostArgs *keep);

/* Reads "-j N" / "--jobs N" / "-jN" at argv[*i]: 1 consumed, 0 not this
 * option, -1 error (reported). */
int cli_jobs_option(const char *cmd, int argc, char **argv, int *i, int *jobs);

/* Expands directories (recursively, .js and .mjs files, sorted) and checks
 * files exist.  On an unreadable directory or missing file reports a usage
 * error and returns false.  *out is malloc'd (strings too). */
bool cli_expand_specs(const char *cmd, const char *const *args, int nargs, char ***out, int *nout, bool *any_dir);
void cli_free_specs(char **files, int n);

#endif
