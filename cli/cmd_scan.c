/* cmd_scan.c — `jnorm scan [--lines] [FILE...]`: typed mentions as JSON
 * Lines (spec §2).
 *
 * Input is read in blocks of at most 1 MiB cut after a line break, so memory
 * stays bounded; a line longer than a block is cut at a space (or, failing
 * that, a character boundary), the only place a mention could be split. In
 * --lines mode each input line gives exactly one output line, a JSON array,
 * even when the line is read in several blocks. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "json_out.h"

#define BLOCK (1u << 20)

static const char usage[] =
    "usage: jnorm scan [OPTIONS] [FILE...]\n"
    "\n"
    "Find typed mentions in Japanese text (stdin when no FILE, or '-'): numbers,\n"
    "dates, periods, money, percentages and quantities (durations, counts, ages,\n"
    "electrical, bandwidth, seismic intensity). Prints one JSON object per\n"
    "mention, with byte offsets from the start of each file:\n"
    "  {\"type\":\"money\",\"start\":12,\"end\":30,\"text\":\"20,109百万円\",\n"
    "   \"value\":{\"value\":20109000000,\"unit\":\"JPY\"}}\n"
    "\n"
    "Options:\n"
    "  --lines      every input line is its own document: print exactly one line\n"
    "               per input line, a JSON array of its mentions ([] when none),\n"
    "               offsets from the line's start\n"
    "  --html       strip HTML markup first (as jnorm normalize --html)\n"
    "  --unit UNIT  bare numbers are money in this unit, as a row label\n"
    "               announces it: 千円, 百万円, or a label like (単位:千円)\n"
    "  -h, --help   show this help\n";

typedef struct scan_job {
  const jn_ctx *ctx;
  unsigned opts;
  double yen_scale;  /* --unit */
  char *buf;         /* BLOCK bytes of input */
  int lines;         /* --lines */
  int in_line;       /* --lines: the current line's array is open */
  int first_in_line; /* --lines: no mention written yet in it */
  uint64_t line_start; /* file offset of the current line */
} scan_job;

/* Prints the mentions of text[0..len), which starts at file offset `base`;
 * offsets printed are relative to `origin`. */
static int print_mentions(scan_job *job, const char *text, size_t len,
                          uint64_t base, uint64_t origin) {
  jn_mentions *ms;
  jn_error err = {0};
  jn_scan_options o = JN_SCAN_OPTIONS_INIT;
  o.opts = job->opts;
  o.yen_scale = job->yen_scale;
  if (jn_scan_ex(&ms, job->ctx, text, len, &o, &err) != JN_OK)
    return -1;
  char value[512];
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (job->lines) {
      if (!job->first_in_line)
        putchar(',');
      job->first_in_line = 0;
    }
    jn_mention_value_json(m, value, sizeof value);
    printf("{\"type\":\"%s\",\"start\":%llu,\"end\":%llu,\"text\":",
           jn_mention_type_name(m->type),
           (unsigned long long)(base + m->start - origin),
           (unsigned long long)(base + m->end - origin));
    json_put_string(stdout, text + m->start, (size_t)(m->end - m->start));
    printf(",\"value\":%s", value);
    if (m->warning) {
      fputs(",\"warning\":", stdout);
      json_put_string(stdout, m->warning, strlen(m->warning));
    }
    putchar('}');
    if (!job->lines)
      putchar('\n');
  }
  jn_mentions_free(ms);
  return 0;
}

/* --lines: scans a piece of the current line; `ends_line` closes it. */
static int lines_piece(scan_job *job, const char *text, size_t len,
                       uint64_t base, int ends_line) {
  if (!job->in_line) {
    putchar('[');
    job->in_line = 1;
    job->first_in_line = 1;
    job->line_start = base;
  }
  int rc = print_mentions(job, text, len, base, job->line_start);
  if (ends_line) {
    fputs("]\n", stdout);
    job->in_line = 0;
  }
  return rc;
}

/* Where to cut a full block with no line break: after the last space, or
 * at the last character boundary. */
static size_t cut_point(const char *buf, size_t len) {
  for (size_t i = len; i > len / 2; i--)
    if (buf[i - 1] == ' ' || buf[i - 1] == '\t')
      return i;
  size_t i = len;
  while (i > 0 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
    i--;
  return i > 0 ? i - 1 : len;
}

static int scan_block(scan_job *job, const char *buf, size_t len, uint64_t base,
                      int block_ends_line) {
  if (!job->lines)
    return print_mentions(job, buf, len, base, 0);
  size_t s = 0;
  while (s < len) {
    const char *nl = memchr(buf + s, '\n', len - s);
    size_t e = nl ? (size_t)(nl - buf) : len;
    if (lines_piece(job, buf + s, e - s, base + s, nl != NULL || block_ends_line) != 0)
      return -1;
    s = nl ? e + 1 : len;
  }
  return 0;
}

static int scan_fd(scan_job *job, int fd, const char *name, char *buf) {
  size_t len = 0;
  uint64_t base = 0;
  int eof = 0;
  while (!eof || len > 0) {
    while (!eof && len < BLOCK) {
      ssize_t n = read(fd, buf + len, BLOCK - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0) {
        cli_error("%s: read error: %s", name, strerror(errno));
        return EXIT_IOERR;
      }
      if (n == 0)
        eof = 1;
      len += (size_t)n;
      if (memchr(buf + len - (size_t)n, '\n', (size_t)n))
        break; /* a whole line is here: answer now (interactive pipes) */
    }
    size_t cut = len;
    const char *nl = NULL;
    for (size_t i = len; i > 0; i--)
      if (buf[i - 1] == '\n') {
        nl = buf + i - 1;
        break;
      }
    if (nl && !(eof && len < BLOCK))
      cut = (size_t)(nl - buf) + 1;
    else if (!eof)
      cut = cut_point(buf, len);
    if (cut == 0)
      break;
    if (scan_block(job, buf, cut, base, 0) != 0) {
      cli_error("%s: out of memory", name);
      return EXIT_SOFTWARE;
    }
    memmove(buf, buf + cut, len - cut);
    len -= cut;
    base += cut;
  }
  if (job->lines && job->in_line) { /* a last line without its line break */
    fputs("]\n", stdout);
    job->in_line = 0;
  }
  return EXIT_OK;
}

static int scan_input(int fd, const char *name, void *payload) {
  scan_job *job = payload;
  return scan_fd(job, fd, name, job->buf);
}

int cmd_scan(int argc, char **argv) {
  static const struct option longopts[] = {
      {"lines", no_argument, NULL, 'L'},
      {"html", no_argument, NULL, 'H'},
      {"unit", required_argument, NULL, 'U'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  scan_job job = {0};
  const char *unit = NULL;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
    switch (c) {
    case 'L':
      job.lines = 1;
      break;
    case 'H':
      job.opts |= JN_OPT_HTML;
      break;
    case 'U':
      unit = optarg;
      break;
    default:
      return cli_option_done(c, "scan", usage, argv);
    }
  }
  char **files = argv + optind;
  int nfiles = argc - optind;
  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  job.ctx = ctx;
  if (unit) { /* "(単位:千円)" as a label says it, or just "千円" */
    char wrapped[256];
    snprintf(wrapped, sizeof wrapped, "(%s)", unit);
    job.yen_scale = jn_yen_scale(ctx, unit, strlen(unit));
    if (job.yen_scale == 0)
      job.yen_scale = jn_yen_scale(ctx, wrapped, strlen(wrapped));
    if (job.yen_scale == 0) {
      cli_error("scan: --unit '%s' names no money unit (try 千円, 百万円, or a label like (単位:千円))",
                unit);
      jn_ctx_free(ctx);
      return EXIT_USAGE;
    }
  }
  char *buf = malloc(BLOCK);
  if (!buf) {
    jn_ctx_free(ctx);
    cli_error("out of memory");
    return EXIT_SOFTWARE;
  }
  job.buf = buf;
  int status = cli_each_input(files, nfiles, scan_input, &job);
  free(buf);
  jn_ctx_free(ctx);
  return cli_worse(status, cli_close_stdout());
}
