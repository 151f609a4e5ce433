/* sheet_unframe.c — a frame of one column drawn around blocks of text
 * (pandoc's grid table for a layout table whose cells hold tables, a
 * reStructuredText box), taken off so that what it holds reads as it is.
 *
 *   +--------------------------------------------+
 *   | 人材                                       |      a frame of one
 *   |                                            |      column: no table,
 *   |   No.   項目     記述内容        回答      |      a box around each
 *   |   6     代表者   代表者氏名      代表取締役 |      section, which holds
 *   +--------------------------------------------+      a table of its own
 *
 * A grid of one column has no cells to read: the box reader would make
 * each section one cell and lose the table inside it. So when every rule
 * line of a drawing has no joint between its corners, and every line
 * between them starts and ends with a bar, the bars and the rules are taken
 * off, line for line (rules become blank lines), and the text inside is
 * read by the passes after (columns laid out by spaces, pairs, sentences). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { UNFRAME_RULES_MIN = 3 };

/* The line's text without its indent and its trailing blanks: [*k, end). */
static size_t inked(const char *s, size_t n, size_t *k) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
    n--;
  *k = 0;
  while (*k < n && s[*k] == ' ')
    (*k)++;
  return n;
}

/* "+-----+" (or with '='): two corners, dashes between, no joint. */
static int single_rule(const char *s, size_t n) {
  size_t k;
  n = inked(s, n, &k);
  if (n - k < 5 || s[k] != '+' || s[n - 1] != '+')
    return 0;
  for (size_t i = k + 1; i + 1 < n; i++)
    if (s[i] != '-' && s[i] != '=')
      return 0;
  return 1;
}

/* "| … |": a line inside the frame; *from and *to bound its text. */
static int framed(const char *s, size_t n, size_t *from, size_t *to) {
  size_t k;
  n = inked(s, n, &k);
  if (n - k < 2 || s[k] != '|' || s[n - 1] != '|')
    return 0;
  *from = k + 1, *to = n - 1;
  return 1;
}

/* Is the whole text's drawing a frame of one column: UNFRAME_RULES_MIN
 * rules or more, none with a joint, and between the first and last rule
 * only framed lines? */
static int one_column_frame(const char *in, size_t len) {
  size_t rules = 0, inside = 0, bars = 0, from, to;
  int open = 0;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    const char *s = in + i;
    size_t n = e - i;
    if (single_rule(s, n)) {
      rules++;
      open = 1;
    } else if (memchr(s, '+', n) && memchr(s, '-', n) && n > 2 && (s[0] == '+' || s[n - 1] == '+') &&
               strspn(s, "+-= ") == n) {
      return 0; /* a rule with joints: a grid of columns, for the box reader */
    } else if (open && framed(s, n, &from, &to)) {
      inside++;
      if (memchr(s + from, '|', to - from))
        bars++; /* a bar between cells: columns */
      if (memchr(s + from, '+', to - from) && strspn(s + from, "+-= ") == to - from)
        return 0; /* a rule between rows with joints (w3m -no-graph: |----+----|) */
    } else if (open && n) {
      open = 0; /* text after the drawing */
    }
    i = e + 1;
  }
  return rules >= UNFRAME_RULES_MIN && inside >= rules && bars * 3 < inside;
}

/* One line without the frame: a rule a blank line, a framed line its
 * text, anything else as it is. */
static void put_unframed(jn_buf *b, const char *s, size_t n, void *state) {
  size_t from, to;
  (void)state;
  if (single_rule(s, n))
    return;
  if (!framed(s, n, &from, &to)) {
    jn__buf_put(b, s, n);
    return;
  }
  while (to > from && s[to - 1] == ' ')
    to--;
  jn__buf_put(b, s + from, to - from);
}

char *jn__sheet_unframe(const char *in, size_t len, size_t *out_len) {
  if (!one_column_frame(in, len))
    return NULL;
  return jn__sheet_rewrite_lines(in, len, out_len, put_unframed, NULL);
}
