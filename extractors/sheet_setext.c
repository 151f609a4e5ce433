/* sheet_setext.c — Markdown's setext headings (CommonMark 4.3) written as
 * ATX headings, line for line.
 *
 * A converter that writes setext headings (turndown's default) puts the
 * heading's text on one line and a line of '=' (level 1) or '-' (level 2)
 * under it:
 *
 *   バックアップ          ## バックアップ
 *   ------         ->   (empty line)
 *   * 取得頻度: 6時間ごと   * 取得頻度: 6時間ごと
 *
 * Read as text, the underline would be the heading's value (a pair of
 * lines) and the heading would not name the lines under it. A line of
 * dashes is many other things too (a table's rule, html2text's underlined
 * table rows, a page's separator), so an underline is taken only as the
 * converter writes it: as many characters as the heading has (counted in
 * UTF-16 units, as JavaScript's length counts them), under a line that is
 * no list item, table row or heading, and above a blank line or the end.
 * A text needs SETEXT_MIN such headings to be read so. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { SETEXT_MIN = 2 };

static int blank(jn_line_span l) { return jn__sheet_trim_end(l.s, l.n) == 0; }

/* The line's length in UTF-16 units (a character beyond the BMP counts
 * two), -1 when it is not valid UTF-8. */
static long utf16_length(const char *s, size_t n) {
  long k = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    UChar32 c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (c < 0)
      return -1;
    k += c > 0xFFFF ? 2 : 1;
  }
  return k;
}

/* The underline's character ('=' or '-') when the line is made of it
 * alone, 0 otherwise. */
static char underline_char(jn_line_span l) {
  size_t n = jn__sheet_trim_end(l.s, l.n);
  if (n < 1 || (l.s[0] != '=' && l.s[0] != '-'))
    return 0;
  for (size_t i = 1; i < n; i++)
    if (l.s[i] != l.s[0])
      return 0;
  return l.s[0];
}

/* Can the line be a setext heading's text: not indented, no list item, no
 * table row, no heading already? */
static int heading_text(jn_line_span l) {
  size_t n = jn__sheet_trim_end(l.s, l.n);
  if (!n || l.s[0] == ' ' || l.s[0] == '\t' || l.s[0] == '#' || memchr(l.s, '|', n) ||
      memchr(l.s, '\t', n) || jn__sheet_list_bullet(l.s, n) || underline_char(l))
    return 0;
  return !(l.s[0] == '-' && n > 1 && l.s[1] == ' ');
}

/* Is line i the underline of line i-1? */
static int setext_at(const jn_line_span *l, size_t n, size_t i) {
  if (i == 0 || !underline_char(l[i]) || !heading_text(l[i - 1]) || (i + 1 < n && !blank(l[i + 1])))
    return 0;
  size_t tn = jn__sheet_trim_end(l[i - 1].s, l[i - 1].n);
  return utf16_length(l[i - 1].s, tn) == (long)jn__sheet_trim_end(l[i].s, l[i].n);
}

char *jn__sheet_setext(const char *in, size_t len, size_t *out_len) {
  if (!memchr(in, '-', len) && !memchr(in, '=', len))
    return NULL;
  size_t n = 0, found = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  for (size_t i = 1; i < n; i++)
    found += setext_at(l, n, i);
  if (found < SETEXT_MIN) {
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i + 1 < n && setext_at(l, n, i + 1)) {
      jn__buf_puts(&b, underline_char(l[i + 1]) == '=' ? "# " : "## ");
      jn__sheet_put_line(&b, NULL, l[i].s, l[i].n, 0);
      jn__sheet_put_line(&b, NULL, "", 0, 0); /* the underline, left empty */
      i++;
      continue;
    }
    jn__sheet_put_line(&b, NULL, l[i].s, l[i].n, 0);
  }
  free(l);
  return jn__sheet_pass_result(&b, out_len, NULL);
}
