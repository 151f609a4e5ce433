/* cli.h — what the jnorm subcommands share: exit codes, messages, input. */
#ifndef JN_CLI_H
#define JN_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

/* Exit codes follow BSD sysexits.h. When several problems occur, the most
 * serious wins: I/O (74) over missing input (66) over bad data (65). */
enum {
  EXIT_OK = 0,
  EXIT_USAGE = 64,    /* EX_USAGE: wrong arguments */
  EXIT_DATAERR = 65,  /* EX_DATAERR: input is not what it should be */
  EXIT_NOINPUT = 66,  /* EX_NOINPUT: an input file is missing or unreadable */
  EXIT_SOFTWARE = 70, /* EX_SOFTWARE: internal error */
  EXIT_IOERR = 74     /* EX_IOERR: read or write failed */
};

/* Keeps the most serious of two exit codes. */
int cli_worse(int a, int b);

/* "jnorm: " + message on stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Loads the shared context or prints why not (returns NULL). */
jn_ctx *cli_ctx(void);

/* Writes to stdout; remembers a failure, reported by cli_close_stdout(). */
int cli_write_stdout(const char *bytes, size_t len, void *payload);
/* The options every command shares, at the end of its getopt switch:
 * -h/--help prints `usage` (exit 0), -V/--version the version, anything
 * else is an unknown option (exit 64). Returns the exit status. */
int cli_option_done(int c, const char *cmd, const char *usage, char **argv);

/* Flushes stdout now; non-zero (remembered) when that failed. */
int cli_flush_stdout(void);
/* Prints "jnorm VERSION (ICU ...)" and closes stdout. */
int cli_print_version(void);
/* Flushes and closes stdout; EXIT_IOERR (with a message) when output was
 * lost, e.g. to a full disk or a closed pipe. */
int cli_close_stdout(void);

/* Runs fn on every input in order: the named files, "-" for stdin, stdin
 * when there are none. A file that cannot be opened, or a directory, is
 * reported and skipped (the status becomes 66); the others still run.
 * Returns the most serious status; stops early only on an I/O error. */
typedef int (*cli_input_fn)(int fd, const char *name, void *payload);
int cli_each_input(char **files, int nfiles, cli_input_fn fn, void *payload);

/* Progress on stderr, only when it is a terminal. */
typedef struct cli_progress {
  int enabled;
  uint64_t total, done;
  uint64_t last_shown;
} cli_progress;

void cli_progress_init(cli_progress *p, uint64_t total);
void cli_progress_add(cli_progress *p, uint64_t n);
void cli_progress_end(cli_progress *p);

int cmd_normalize(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_extract(int argc, char **argv);

#endif
