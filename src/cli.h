/* cli.h - helpers shared by the subcommands (option parsing, error
 * reporting in the one diagnostic format, pragmas that set host options). */
#ifndef TT_CLI_H
#define TT_CLI_H

#include "diag.h"
#include "engine.h"
#include "host_node.h"

enum { EXIT_OK = 0, EXIT_VIOLATION = 1, EXIT_BAD_INPUT = 2, EXIT_INCOMPLETE = 3 };

/* Subcommands (argv[0] is the command name); each returns an exit status. */
int cmd_run(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_explain(int argc, char **argv);

/* "ticktock: error: <msg>" plus a hint; returns EXIT_BAD_INPUT. */
int cli_usage_error(const char *cmd, const char *fmt, const char *arg);

/* Parses a host option at argv[*i] (advancing *i past its value): returns
 * 1 when consumed, 0 when not a host option, -1 after reporting an error. */
int cli_host_option(int argc, char **argv, int *i, HostOpts *o);

/* Prints why a file could not be loaded; returns EXIT_BAD_INPUT. */
int cli_report_load_failure(const Engine *e, const DiagList *d, const char *io_err);

/* Host settings from `//@` pragmas (latency, fetch bodies, modes). */
void cli_apply_pragmas(const Engine *e, HostOpts *o);
void cli_free_pragma_opts(HostOpts *o);

#endif
