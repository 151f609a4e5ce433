/* sheet_celllines.c — a table written one cell a line, as a word
 * processor saves a document as plain text (Writer's and Word's "text"
 * export end every table cell as a paragraph: an empty cell is an empty
 * line), turned back into rows of tab-separated cells.
 *
 *   No.                              No.	質問	記入例	回答	根拠資料
 *   質問                             1-1	データの所在国は	例:日本	日本	規程
 *   記入例                   ->
 *   回答
 *   根拠資料
 *   1-1
 *   データの所在国は
 *   例:日本
 *   日本
 *   規程
 *
 * The header is a run of lines each one column word of dict/columns.tsv
 * (sheet_roles.c), the first naming the item numbers and one the answer;
 * each row starts at a line holding an item number alone and takes the
 * lines up to the next as its cells, in the header's order. Two rows in
 * three at least must fill the header's cells exactly (a browser's copy of
 * a table whose spanning cells stand once gives rows of any length: it is
 * left to the anchors, which read it as lines). A row with
 * more lines than the header has cells (a cell of several paragraphs)
 * keeps its first cells and gives its other lines back as text; a row
 * with fewer ends in empty cells. Every other line stays as it is. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { HEADER_MIN = 3, HEADER_MAX = 12, ROWS_MIN = 3 };

typedef jn_line_span span;

/* The line without the blanks around it. */
static span trimmed(span l) {
  l.n = jn__sheet_trim_end(l.s, l.n);
  while (l.n && (*l.s == ' ' || *l.s == '\t'))
    l.s++, l.n--;
  return l;
}

static int item_alone(span l) {
  const char *id;
  size_t idn;
  span t = trimmed(l);
  return t.n && jn__sheet_item_id(t.s, t.n, &id, &idn);
}

/* The header starting at line i: how many lines of column words (0: none),
 * the first naming item numbers, one the answer. */
static size_t header_at(const span *l, size_t n, size_t i) {
  size_t k = 0;
  int answer = 0;
  for (; i + k < n && k < HEADER_MAX; k++) {
    span t = trimmed(l[i + k]);
    int role = t.n ? jn__roles_word(t.s, t.n) : JN_COL_NONE;
    if (!role || (k == 0 && role != JN_COL_ITEM))
      break;
    answer |= role == JN_COL_ANSWER;
  }
  return k >= HEADER_MIN && answer && i + k < n && item_alone(l[i + k]) ? k : 0;
}

/* Where the row starting at line i (its item number) ends: the next item
 * number, the next header, or the line before a header (its title). */
static size_t row_end(const span *l, size_t n, size_t i) {
  size_t e = i + 1;
  while (e < n && !item_alone(l[e]) && !header_at(l, n, e) && !(e + 1 < n && header_at(l, n, e + 1)))
    e++;
  return e;
}

static void put_row(jn_buf *b, jn_line_map *lm, const span *l, size_t from, size_t to,
                    size_t cells) {
  jn_buf row = JN_BUF_INIT;
  for (size_t c = 0; c < cells; c++) {
    if (c)
      jn__buf_puts(&row, "\t");
    span t = from + c < to ? trimmed(l[from + c]) : (span){"", 0};
    jn__buf_put(&row, t.s, t.n);
  }
  b->failed |= row.failed;
  jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)from + 1);
  jn__buf_free(&row);
  for (size_t k = from + cells; k < to; k++) /* paragraphs beyond the cells: text */
    jn__sheet_put_line(b, lm, l[k].s, l[k].n, (uint64_t)k + 1);
}

char *jn__sheet_cell_lines(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len || memchr(in, '\t', len))
    return NULL;
  size_t n = 0;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  /* first, is there such a table: rows that fill the header's cells */
  size_t rows = 0, whole = 0;
  for (size_t i = 0; i < n; i++) {
    size_t h = header_at(l, n, i);
    if (!h)
      continue;
    for (i += h; i < n && item_alone(l[i]);) {
      size_t e = row_end(l, n, i);
      rows++;
      whole += e - i == h; /* the item and one line a cell */
      i = e;
    }
    i--;
  }
  if (rows < ROWS_MIN || whole * 3 < rows * 2) {
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n && !b.failed;) {
    size_t h = header_at(l, n, i);
    if (!h) {
      jn__sheet_put_line(&b, lm, l[i].s, l[i].n, (uint64_t)i + 1);
      i++;
      continue;
    }
    put_row(&b, lm, l, i, i + h, h);
    for (i += h; i < n && item_alone(l[i]);) {
      size_t e = row_end(l, n, i);
      put_row(&b, lm, l, i, e, h);
      i = e;
    }
  }
  free(l);
  return jn__sheet_pass_result(&b, out_len, lm);
}
