/* cmd_extract.c — `jnorm extract [SHEET...]`: one typed record per sheet
 * (spec §4), as JSON Lines. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
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

static int extract_input(int fd, const char *name, void *payload) {
  const jn_ctx *ctx = payload;
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
  char *rec;
  jn_error err = {0};
  int rc = jn_extract_json(&rec, ctx, sh, cli_sheet_basename(name), &err);
  jn_sheet_free(sh);
  if (rc != JN_OK) {
    cli_error("%s: %s", name, err.message[0] ? err.message : jn_strerror(rc));
    return EXIT_SOFTWARE;
  }
  puts(rec);
  jn_free(rec);
  return EXIT_OK;
}

int cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1)
    return cli_option_done(c, "extract", usage, argv);
  jn_ctx *ctx = cli_ctx();
  if (!ctx)
    return EXIT_SOFTWARE;
  int status = cli_each_input(argv + optind, argc - optind, extract_input, ctx);
  jn_ctx_free(ctx);
  return cli_worse(status, cli_close_stdout());
}
