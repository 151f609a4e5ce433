/* cmd_parse.c — `jnorm parse SHEET...`: the rows a sheet holds (spec §3), as
 * JSON Lines: a header object per sheet, then one object per answer row. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "json_out.h"

/* A sheet is read whole; one larger than this is not a sheet. */
#define MAX_SHEET (64u << 20)

static const char usage[] =
    "usage: jnorm parse [OPTIONS] [SHEET...]\n"
    "\n"
    "Read disclosure sheets (stdin when no SHEET, or '-') in any layout:\n"
    "tab-separated, Markdown tables, HTML fragments, flattened text. Prints,\n"
    "per sheet, a header object (sheet, format, cert_number, service_name,\n"
    "company_name, pages, guideline), then one object per answer row:\n"
    "  {\"item\":\"39\",\"section\":\"…\",\"label\":\"…\",\"question\":\"…\",\n"
    "   \"required\":\"必須\",\"answer\":\"…\",\"line\":57}\n"
    "\n"
    "Options:\n"
    "  -h, --help   show this help\n";

static void put_field(const char *key, const char *value, int *first) {
  printf("%s\"%s\":", *first ? "" : ",", key);
  *first = 0;
  if (value)
    json_put_string(stdout, value, strlen(value));
  else
    fputs("null", stdout);
}

static void print_sheet(const char *name, const jn_sheet *sh) {
  const jn_sheet_header *h = jn_sheet_get_header(sh);
  int first = 1;
  putchar('{');
  put_field("sheet", name, &first);
  put_field("format", h->format, &first);
  put_field("cert_number", h->cert_number, &first);
  put_field("service_name", h->service_name, &first);
  put_field("company_name", h->company_name, &first);
  printf(",\"pages\":%d", h->pages);
  if (h->guideline)
    put_field("guideline", h->guideline, &first);
  put_field("encoding", h->encoding, &first);
  printf(",\"rows\":%zu}\n", jn_sheet_row_count(sh));
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    first = 1;
    putchar('{');
    put_field("item", r->item, &first);
    put_field("section", r->section, &first);
    put_field("label", r->label, &first);
    put_field("question", r->question, &first);
    put_field("required", r->required, &first);
    put_field("answer", r->answer, &first);
    printf(",\"line\":%llu}\n", (unsigned long long)r->line);
  }
}

typedef struct sheet_job {
  const jn_ctx *ctx;
  int extract; /* jnorm extract: the record, not the rows */
} sheet_job;

static int parse_input(int fd, const char *name, void *payload) {
  const sheet_job *job = payload;
  const jn_ctx *ctx = job->ctx;
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (!buf) {
      cli_error("%s: out of memory", name);
      return EXIT_SOFTWARE;
    }
    if (len == cap) {
      if (cap >= MAX_SHEET) {
        cli_error("%s: larger than %u MiB: not a sheet", name, MAX_SHEET >> 20);
        free(buf);
        return EXIT_DATAERR;
      }
      char *p = realloc(buf, cap *= 2);
      if (!p)
        free(buf);
      buf = p;
      continue;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      cli_error("%s: read error: %s", name, strerror(errno));
      free(buf);
      return EXIT_IOERR;
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  jn_sheet *sh;
  jn_error err = {0};
  int rc = jn_sheet_parse(&sh, ctx, buf, len, &err);
  free(buf);
  if (rc != JN_OK) {
    cli_error("%s: %s", name, err.message[0] ? err.message : jn_strerror(rc));
    return EXIT_DATAERR;
  }
  const char *base = strrchr(name, '/');
  if (job->extract) {
    char *rec;
    if (jn_extract_json(&rec, ctx, sh, base ? base + 1 : name, &err) != JN_OK) {
      jn_sheet_free(sh);
      cli_error("%s: out of memory", name);
      return EXIT_SOFTWARE;
    }
    puts(rec);
    jn_free(rec);
  } else {
    print_sheet(base ? base + 1 : name, sh);
  }
  jn_sheet_free(sh);
  return EXIT_OK;
}

static const char extract_usage[] =
    "usage: jnorm extract [OPTIONS] [SHEET...]\n"
    "\n"
    "One typed record per sheet (stdin when no SHEET, or '-'), JSON Lines:\n"
    "  {\"sheet\":…,\"format\":…,\"rows\":N,\"fields\":{\"revenue\":{\"status\":\"value\",\n"
    "   \"value\":{…},\"item\":\"9\",\"raw\":\"…\",\"line\":31},…},\"warnings\":[]}\n"
    "Fields are found by their labels (dict/fields.tsv), never by item\n"
    "number. First version: see the README's status table.\n"
    "\n"
    "Options:\n"
    "  -h, --help   show this help\n";

static int sheets_command(int argc, char **argv, const char *cmd, const char *usage,
                          int extract) {
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1)
    return cli_option_done(c, cmd, usage, argv);
  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  sheet_job job = {ctx, extract};
  int status = cli_each_input(argv + optind, argc - optind, parse_input, &job);
  jn_ctx_free(ctx);
  return cli_worse(status, cli_close_stdout());
}

int cmd_extract(int argc, char **argv) {
  return sheets_command(argc, argv, "extract", extract_usage, 1);
}

int cmd_parse(int argc, char **argv) {
  return sheets_command(argc, argv, "parse", usage, 0);
}
