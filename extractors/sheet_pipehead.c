/* sheet_pipehead.c — the header row of a Markdown table written without
 * its outer pipes, made a row the reader knows.
 *
 * GFM 4.10: the line above a delimiter row ("---|---") is the table's
 * header row, however few its pipes. A converter that leaves out the
 * outer pipes (html2markdown) writes a two-column table's first row as
 * "会社名| 架空株式会社": one pipe, which in running text would be no row
 * at all. Such a line, right above a delimiter row with as many cells, gets
 * the leading pipe it may leave out, so that it reads as the row it is:
 *
 *   会社名| 架空株式会社        |会社名| 架空株式会社
 *   ---|---              ->    ---|---
 *
 * Line for line: every other line stays as it is. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

/* Is line a the header row of the delimiter row under it: cells parted by
 * pipes, no leading pipe, as many cells as the delimiter row? */
static int bare_header(jn_line_span a, jn_line_span b) {
  size_t want = jn__sheet_delimiter_cells(b.s, b.n);
  if (!want || !a.n || a.s[0] == '|' || memchr(a.s, '\t', a.n) ||
      jn__sheet_delimiter_cells(a.s, a.n))
    return 0;
  size_t end = jn__sheet_trim_end(a.s, a.n), cells = 1;
  for (size_t i = 0; i < end; i++)
    cells += a.s[i] == '|' && i + 1 < end && (i == 0 || a.s[i - 1] != '\\');
  return cells == want;
}

char *jn__sheet_pipe_header(const char *in, size_t len, size_t *out_len) {
  if (!len || !memchr(in, '|', len))
    return NULL;
  size_t n = 0, found = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  for (size_t i = 0; i + 1 < n; i++)
    found += bare_header(l[i], l[i + 1]);
  if (!found) {
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i + 1 < n && bare_header(l[i], l[i + 1]))
      jn__buf_puts(&b, "|");
    jn__sheet_put_line(&b, NULL, l[i].s, l[i].n, 0);
  }
  free(l);
  return jn__sheet_pass_result(&b, out_len, NULL);
}
