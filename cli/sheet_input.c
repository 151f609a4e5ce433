/* sheet_input.c — reading and parsing one sheet, for `jnorm parse` (one
 * thread) and `jnorm extract` (any number): nothing here prints, reasons go
 * back to the caller, who says them in input order. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int cli_read_sheet(int fd, char **out, size_t *len_out, char *why, size_t cap_why) {
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  *out = NULL;
  *len_out = 0;
  for (;;) {
    if (!buf) {
      snprintf(why, cap_why, "out of memory");
      return EXIT_SOFTWARE;
    }
    if (len == cap - 1) { /* one byte kept for the NUL */
      if (cap >= CLI_MAX_SHEET) {
        snprintf(why, cap_why, "larger than %u MiB: not a sheet", CLI_MAX_SHEET >> 20);
        free(buf);
        return EXIT_DATAERR;
      }
      char *p = realloc(buf, cap *= 2);
      if (!p)
        free(buf);
      buf = p;
      continue;
    }
    ssize_t n = read(fd, buf + len, cap - 1 - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      snprintf(why, cap_why, "read error: %s", strerror(errno));
      free(buf);
      return EXIT_IOERR;
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  buf[len] = '\0';
  *out = buf;
  *len_out = len;
  return EXIT_OK;
}

int cli_parse_sheet(jn_sheet **out, const jn_ctx *ctx, const char *buf, size_t len,
                    char *why, size_t cap) {
  jn_error err = {0};
  int rc = jn_sheet_parse(out, ctx, buf, len, &err);
  if (rc != JN_OK) {
    snprintf(why, cap, "%s", err.message[0] ? err.message : jn_strerror(rc));
    return EXIT_DATAERR;
  }
  return EXIT_OK;
}

const char *cli_sheet_basename(const char *name) {
  const char *base = strrchr(name, '/');
  return base ? base + 1 : name;
}
