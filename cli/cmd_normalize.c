/* cmd_normalize.c — `jnorm normalize [OPTIONS] [FILE...]`: streams each
 * input through a jn_normalizer to stdout, in fixed-size chunks, so memory
 * stays bounded for any input, a single line of gigabytes included. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define CHUNK (64 * 1024)

static const char usage[] =
    "usage: jnorm normalize [OPTIONS] [FILE...]\n"
    "\n"
    "Normalize UTF-8 Japanese text to stdout (stdin when no FILE, or '-'):\n"
    "full-width ASCII and half-width katakana folded, voiced marks composed,\n"
    "NFKC compatibility characters (㈱ → (株)), circled numbers kept, dashes\n"
    "and tildes unified, whitespace collapsed and trimmed, CRLF → LF, BOM\n"
    "dropped. Line structure is preserved.\n"
    "\n"
    "Options:\n"
    "  --html        strip HTML tags, decode entities, keep link targets\n"
    "  --era         era dates to Gregorian years (令和5年3月期 → 2023年3月期)\n"
    "  --numbers     kanji numerals that are quantities to Arabic\n"
    "                (12億39百万円 → 1239000000円; a name like 架空 三十五 stays)\n"
    "  --keep-tabs   keep tabs as cell separators instead of collapsing them\n"
    "  --strict      invalid UTF-8 is an error (exit 65) instead of U+FFFD\n"
    "  -h, --help    show this help\n"
    "\n"
    "Invalid UTF-8 is replaced by U+FFFD and reported on stderr with its\n"
    "count and first position. A missing file is reported and skipped;\n"
    "the exit status is then 66.\n";

/* Normalizes one open file descriptor; returns an exit code. */
static int normalize_fd(jn_normalizer *nz, int fd, const char *name,
                        char *buf, cli_progress *prog) {
  jn_error err = {0};
  int rc = JN_OK;
  for (;;) {
    ssize_t n = read(fd, buf, CHUNK);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      cli_error("%s: read error: %s", name, strerror(errno));
      jn_normalizer_finish(nz, cli_write_stdout, NULL, &err);
      return EXIT_IOERR;
    }
    if (n == 0)
      break;
    cli_progress_add(prog, (uint64_t)n);
    rc = jn_normalizer_feed(nz, buf, (size_t)n, cli_write_stdout, NULL, &err);
    if (rc != JN_OK)
      break;
    if (fd == STDIN_FILENO && cli_flush_stdout() != 0)
      return EXIT_IOERR; /* interactive pipelines see each line as it comes */
  }
  if (rc == JN_OK)
    rc = jn_normalizer_finish(nz, cli_write_stdout, NULL, &err);
  else
    jn_normalizer_finish(nz, NULL, NULL, NULL); /* reset for the next file */
  if (rc == JN_EUTF8) {
    cli_error("%s:%llu: invalid UTF-8 at byte %llu (--strict)", name,
              (unsigned long long)err.line, (unsigned long long)err.offset);
    return EXIT_DATAERR;
  }
  if (rc == JN_EUSER)
    return EXIT_IOERR; /* stdout failed; reported at exit */
  if (rc != JN_OK) {
    cli_error("%s: %s", name, err.message);
    return EXIT_SOFTWARE;
  }
  uint64_t off, line, bad = jn_normalizer_invalid(nz, &off, &line);
  if (bad)
    cli_error("%s:%llu: warning: %llu invalid UTF-8 sequence%s replaced by "
              "U+FFFD (first at byte %llu)",
              name, (unsigned long long)line, (unsigned long long)bad,
              bad == 1 ? "" : "s", (unsigned long long)off);
  return EXIT_OK;
}

typedef struct normalize_job {
  jn_normalizer *nz;
  char *buf;
  cli_progress *prog;
} normalize_job;

static int normalize_input(int fd, const char *name, void *payload) {
  normalize_job *job = payload;
  return normalize_fd(job->nz, fd, name, job->buf, job->prog);
}

static uint64_t total_size(char **files, int n) {
  uint64_t total = 0;
  struct stat st;
  for (int i = 0; i < n; i++)
    if (strcmp(files[i], "-") != 0 && stat(files[i], &st) == 0 &&
        S_ISREG(st.st_mode))
      total += (uint64_t)st.st_size;
  return total;
}

int cmd_normalize(int argc, char **argv) {
  static const struct option longopts[] = {
      {"html", no_argument, NULL, 'H'},
      {"era", no_argument, NULL, 'E'},
      {"numbers", no_argument, NULL, 'N'},
      {"keep-tabs", no_argument, NULL, 'T'},
      {"strict", no_argument, NULL, 'S'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  unsigned opts = JN_OPT_DEFAULT;
  int c;
  opterr = 0; /* our own message, naming the command */
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
    switch (c) {
    case 'H':
      opts |= JN_OPT_HTML;
      break;
    case 'T':
      opts |= JN_OPT_KEEP_TABS;
      break;
    case 'E':
      opts |= JN_OPT_ERA;
      break;
    case 'N':
      opts |= JN_OPT_NUMBERS;
      break;
    case 'S':
      opts |= JN_OPT_STRICT;
      break;
    default:
      return cli_option_done(c, "normalize", usage, argv);
    }
  }
  int i = optind;
  char **files = argv + i;
  int nfiles = argc - i;

  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  jn_normalizer *nz = NULL;
  char *buf = malloc(CHUNK);
  if (!buf || jn_normalizer_new(&nz, ctx, opts) != JN_OK) {
    cli_error("out of memory");
    free(buf);
    jn_ctx_free(ctx);
    return EXIT_SOFTWARE;
  }
  static char outbuf[1 << 16];
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  cli_progress prog;
  cli_progress_init(&prog, total_size(files, nfiles));

  normalize_job job = {nz, buf, &prog};
  int status = cli_each_input(files, nfiles, normalize_input, &job);
  cli_progress_end(&prog);
  jn_normalizer_free(nz);
  jn_ctx_free(ctx);
  free(buf);
  return cli_worse(status, cli_close_stdout());
}
