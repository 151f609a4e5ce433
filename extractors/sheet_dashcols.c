/* sheet_dashcols.c — pandoc's simple and multiline tables (Markdown,
 * `pandoc -t markdown`) cut into tab-separated cells at their column rule.
 *
 * Such a table draws one rule of dashes a column, parted by blanks, under
 * its header; each column's cells stand within its dashes, a multiline
 * table's rows are parted by blank lines and framed by rules of one run:
 *
 *   ------------------------------------------------          (the frame's rule)
 *   区分     【審査対象項目】           必須/\   申請内容      (empty)
 *                                       選択                   (empty)
 *   -------- ------- -------- -------- -------- --------   ->  区分 → 【審査対象項目】 → → → …
 *   開示情報 No.1    開示情報 開示情報 必須     R6.11.1         開示情報 → No.1 → 開示情報の時点 → …
 *            の時点                                            (empty)
 *
 * The rule says where every column starts, which the text alone does not:
 * a header cell that spanned columns in the document (pandoc writes it in
 * the first of them) stands over its first column only, and cells wrapped
 * over lines keep to their columns. So each line of the table is cut where
 * the rule's runs start (display columns), a cell's lines are joined (a
 * trailing backslash is pandoc's line break), and the row is written on
 * its first line, the header on the column rule's (a rule between them
 * would part the table); the other lines are left empty and the frame's
 * rules as they are, so every line keeps its number. A table without
 * header opens and closes with its column rule. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { DASH_COLS_MAX = 24, DASH_HEADER_MAX = 6 };

typedef jn_line_span span;

typedef struct rule {
  int start[DASH_COLS_MAX]; /* display columns where each run starts */
  size_t n;                 /* runs */
} rule;

/* Is the line dashes and blanks only: its runs in *r (their number, 0
 * when the line is anything else). */
static size_t dash_runs(span l, rule *r) {
  size_t n = jn__sheet_trim_end(l.s, l.n), runs = 0, i = 0;
  r->n = 0;
  while (i < n && l.s[i] == ' ')
    i++;
  if (i == n)
    return 0;
  while (i < n) {
    if (l.s[i] != '-')
      return 0;
    size_t from = i;
    while (i < n && l.s[i] == '-')
      i++;
    if (i - from < 3)
      return 0; /* "- -", a list's marks */
    if (runs == DASH_COLS_MAX)
      return 0;
    r->start[runs++] = (int)from;
    while (i < n && l.s[i] == ' ')
      i++;
  }
  r->n = runs;
  return runs;
}

/* A cell's piece of a line, without its blanks and pandoc's line break
 * (a trailing backslash), put after what the cell holds. */
static void put_piece(jn_buf *cell, const char *s, size_t n) {
  while (n && *s == ' ')
    s++, n--;
  n = jn__sheet_trim_end(s, n);
  if (n && s[n - 1] == '\\')
    n--;
  jn__sheet_put_after(cell, s, n);
}

/* The cells of line l cut where the rule's runs start, put after cell[k]. */
static void cut_line(span l, const rule *r, jn_buf *cell) {
  size_t n = jn__sheet_trim_end(l.s, l.n), k = 0, from = 0;
  int col = 0;
  for (size_t i = 0; i < n;) {
    size_t at = i;
    UChar32 c;
    U8_NEXT(l.s, i, n, c);
    (void)c;
    for (; k + 1 < r->n && col >= r->start[k + 1]; k++, from = at)
      put_piece(&cell[k], l.s + from, at - from); /* column k ends here */
    col += (int)jn__text_width(l.s + at, i - at);
  }
  put_piece(&cell[k], l.s + from, n - from);
}

/* Writes the cells of lines [from, to) as one row on line `from`, the
 * others left empty, into out; with `lines` 1, on one line alone. */
static void put_row(jn_buf *out, const span *l, size_t from, size_t to, const rule *r,
                    int lines) {
  jn_buf cell[DASH_COLS_MAX];
  for (size_t k = 0; k < r->n; k++)
    cell[k] = (jn_buf)JN_BUF_INIT;
  for (size_t i = from; i < to; i++)
    cut_line(l[i], r, cell);
  size_t last = r->n;
  while (last > 1 && !cell[last - 1].len)
    last--;
  for (size_t k = 0; k < last; k++) {
    if (k)
      jn__buf_put(out, "\t", 1);
    jn__buf_put(out, cell[k].data ? cell[k].data : "", cell[k].len);
    out->failed |= cell[k].failed;
  }
  for (size_t k = 0; k < r->n; k++)
    jn__buf_free(&cell[k]);
  for (size_t i = from; i < (lines ? from + 1 : to); i++)
    jn__buf_put(out, "\n", 1);
}

static void put_line(jn_buf *out, span l) { jn__sheet_put_line(out, NULL, l.s, l.n, 0); }

static int blank(span l) { return jn__sheet_trim_end(l.s, l.n) == 0; }

/* Is the rule at line c repeated further down, the text between it and
 * there in blocks parted by blank lines (a multiline table without
 * header, which closes with the rule it opens with)? */
static int closed_by_same_rule(const span *l, size_t n, size_t c, const rule *r) {
  rule other;
  int blanks = 0;
  for (size_t i = c + 1; i < n; i++) {
    size_t k = dash_runs(l[i], &other);
    if (k)
      return k == r->n && !memcmp(other.start, r->start, k * sizeof r->start[0]) && blanks;
    blanks += blank(l[i]);
  }
  return 0;
}

/* One table whose column rule is line c: written into out from line
 * *next on; *next is the line after it. 0 when line c is no such rule. */
static int put_table(jn_buf *out, const span *l, size_t n, size_t c, size_t *next) {
  rule r, other;
  if (dash_runs(l[c], &r) < 2)
    return 0;
  /* the header: lines above, up to a frame rule or a blank line */
  size_t top = c;
  while (top > *next && c - top < DASH_HEADER_MAX && !blank(l[top - 1]) &&
         dash_runs(l[top - 1], &other) != 1)
    top--;
  int framed = top > *next && dash_runs(l[top - 1], &other) == 1;
  if (top == c) /* no header: framed by the same rule below, rows parted by blanks */
    framed = closed_by_same_rule(l, n, c, &r);
  /* the rows: blocks parted by blank lines up to the closing rule
   * (framed), or lines up to a blank line */
  size_t end = c + 1;
  while (end < n && !dash_runs(l[end], &other) && (framed || !blank(l[end])))
    end++;
  if (end == c + 1 || (framed && end == n))
    return 0;
  for (size_t i = *next; i + (framed && top < c ? 1 : 0) < top; i++)
    put_line(out, l[i]);
  if (framed && top < c)
    put_line(out, l[top - 1]); /* the frame's top */
  /* the header on the rule's line, next to the rows it heads (a rule
   * between them would part the table); its own lines left empty */
  for (size_t i = top; i < c; i++)
    jn__buf_put(out, "\n", 1);
  if (top < c)
    put_row(out, l, top, c, &r, 1);
  else
    put_line(out, l[c]);
  for (size_t i = c + 1; i < end;) {
    if (blank(l[i])) {
      jn__buf_put(out, "\n", 1);
      i++;
      continue;
    }
    size_t e = i + 1;
    while (framed && e < end && !blank(l[e]))
      e++;
    put_row(out, l, i, e, &r, 0);
    i = e;
  }
  int closing = end < n && dash_runs(l[end], &other) > 0;
  if (closing)
    put_line(out, l[end]);
  *next = end + (size_t)closing;
  return 1;
}

/* Does the text hold "--- ---", two runs of a column rule? */
static int has_rule(const char *in, size_t len) {
  for (const char *p = in, *e = in + len; (p = memchr(p, '-', (size_t)(e - p))) != NULL; p++)
    if (e - p >= 7 && !memcmp(p, "--- ---", 7))
      return 1;
  return 0;
}

char *jn__sheet_dash_columns(const char *in, size_t len, size_t *out_len) {
  if (!len || memchr(in, '\t', len) || !has_rule(in, len))
    return NULL;
  size_t n = 0;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  size_t next = 0, tables = 0;
  for (size_t c = 0; c < n && !b.failed; c++)
    if (c >= next && put_table(&b, l, n, c, &next))
      tables++, c = next - 1;
  for (size_t i = next; i < n; i++)
    put_line(&b, l[i]);
  free(l);
  if (!tables) {
    jn__buf_free(&b);
    return NULL;
  }
  return jn__sheet_pass_result(&b, out_len, NULL);
}
