/* cmd_parse.c — `jnorm parse SHEET...`: the rows a sheet holds (spec §3), as
 * JSON Lines: a header object per sheet, its table headers' column roles,
 * then one object per row (of the form, or of the text around it). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "json_out.h"

static const char usage[] =
    "usage: jnorm parse [OPTIONS] [SHEET...]\n"
    "\n"
    "Read disclosure documents (stdin when no SHEET, or '-') in any layout:\n"
    "HTML, CSV, tab-separated, Markdown, drawn and space-aligned tables,\n"
    "text (docs/SHEETS.md). Prints, per document, a header object (sheet,\n"
    "format, cert_number, service_name, company_name, pages, guideline,\n"
    "encoding, rows); a {\"columns\":\"…\",\"line\":N} object per table header\n"
    "understood, with the role of each column (item label question marker\n"
    "answer note, - for none); then one object per row:\n"
    "  {\"item\":\"39\",\"section\":\"…\",\"label\":\"…\",\"question\":\"…\",\n"
    "   \"required\":\"必須\",\"answer\":\"…\",\"line\":57}\n"
    "Rows made from the text around the tables say which structure they\n"
    "came from: \"anchor\":\"item\" (an item of the form read from text),\n"
    "\"pair\" (label: value, Q/A, an answer led by its marker), \"block\" (a\n"
    "heading and the lines under it) or \"sentence\".\n"
    "A text whose columns line up in characters rather than on the screen\n"
    "(pdftotext -layout) is also read on that grid: the header then says\n"
    "\"grid_reading\":true, and extract keeps whichever reading yields more\n"
    "values.\n"
    "\n"
    "Options:\n"
    "  --grid       show the reading on pdftotext's grid of characters, when\n"
    "               there is one (its header says \"grid\":true)\n"
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
  if (h->invalid_utf8_line) /* bytes read as U+FFFD from this line on */
    printf(",\"invalid_utf8_line\":%llu", (unsigned long long)h->invalid_utf8_line);
  if (h->grid) /* this reading is on pdftotext's grid (--grid) */
    fputs(",\"grid\":true", stdout);
  else if (jn_sheet_grid_reading(sh)) /* there is one on the grid too */
    fputs(",\"grid_reading\":true", stdout);
  printf(",\"rows\":%zu}\n", jn_sheet_row_count(sh));
  /* the header rows understood, and the role of each column */
  for (size_t i = 0; i < jn_sheet_columns_count(sh); i++) {
    const jn_sheet_columns *c = jn_sheet_columns_at(sh, i);
    fputs("{\"columns\":", stdout);
    printf("\"");
    fputs(c->roles, stdout);
    printf("\",\"line\":%llu}\n", (unsigned long long)c->line);
  }
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
    if (r->remark) /* a 備考/補足 column beside the answer */
      put_field("remark", r->remark, &first);
    if (r->anchor && strcmp(r->anchor, "row") != 0) /* rows of text (sheet_anchor.c) */
      put_field("anchor", r->anchor, &first);
    printf(",\"line\":%llu}\n", (unsigned long long)r->line);
  }
}

typedef struct parse_run {
  const jn_ctx *ctx;
  int grid; /* --grid */
} parse_run;

static int parse_input(int fd, const char *name, void *payload) {
  const parse_run *run = payload;
  const jn_ctx *ctx = run->ctx;
  char *buf, why[512];
  size_t len;
  jn_sheet *sh;
  int status = cli_read_sheet(fd, &buf, &len, why, sizeof why);
  if (status == EXIT_OK) {
    status = cli_parse_sheet(&sh, ctx, buf, len, why, sizeof why);
    free(buf);
  }
  if (status != EXIT_OK) {
    cli_error("%s: %s", name, why);
    return status;
  }
  const jn_sheet *shown = run->grid && jn_sheet_grid_reading(sh) ? jn_sheet_grid_reading(sh) : sh;
  print_sheet(cli_sheet_basename(name), shown);
  jn_sheet_free(sh);
  return EXIT_OK;
}

int cmd_parse(int argc, char **argv) {
  static const struct option longopts[] = {
      {"grid", no_argument, NULL, 'g'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  int c;
  parse_run run = {NULL, 0};
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
    if (c == 'g') {
      run.grid = 1;
      continue;
    }
    return cli_option_done(c, "parse", usage, argv);
  }
  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  run.ctx = ctx;
  int status = cli_each_input(argv + optind, argc - optind, parse_input, &run);
  jn_ctx_free(ctx);
  return cli_worse(status, cli_close_stdout());
}
