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

/* Opens one input: "-" is stdin (*fd = STDIN_FILENO, not to be closed).
 * A file that cannot be opened, or a directory, gives EXIT_NOINPUT with
 * the reason in why[0..cap) (e.g. "No such file or directory"). */
int cli_open_input(const char *name, int *fd, char *why, size_t cap);

/* A sheet is read whole (sheet_input.c); one larger than this is not a
 * sheet. */
#define CLI_MAX_SHEET (64u << 20)
/* Reads fd to its end into *out (malloc'd, NUL-terminated, *len bytes
 * without the NUL; the caller frees it). Returns EXIT_OK, or a status with
 * the reason in why[0..cap): EXIT_DATAERR (larger than CLI_MAX_SHEET),
 * EXIT_IOERR (read error), EXIT_SOFTWARE (out of memory). Prints nothing,
 * so it may run on any thread. */
int cli_read_sheet(int fd, char **out, size_t *len, char *why, size_t cap);
/* Parses a sheet read by cli_read_sheet. Returns EXIT_OK, or EXIT_DATAERR
 * with the library's reason in why[0..cap). Thread-safe on a shared ctx. */
int cli_parse_sheet(jn_sheet **out, const jn_ctx *ctx, const char *buf, size_t len,
                    char *why, size_t cap);
/* The name a record gives a sheet: the file name without its directories. */
const char *cli_sheet_basename(const char *name);

/* Progress on stderr, only when it is a terminal: bytes read (normalize,
 * from 64 MiB of input) or files done (extract, from 20 files, and only
 * when stdout is not the same terminal). A message through cli_error()
 * clears the bar first; it comes back at the next step. Not thread-safe:
 * one thread draws it. */
typedef struct cli_progress {
  int enabled;
  int files;   /* counting files, not bytes */
  int drawn;   /* the bar is on the screen */
  uint64_t total, done;
  uint64_t last_shown, step;
} cli_progress;

void cli_progress_init(cli_progress *p, uint64_t total);
void cli_progress_init_files(cli_progress *p, uint64_t nfiles);
void cli_progress_add(cli_progress *p, uint64_t n);
void cli_progress_end(cli_progress *p);

int cmd_normalize(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_extract(int argc, char **argv);

#endif
