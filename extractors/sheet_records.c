/* sheet_records.c — a table written one record at a time: each line a
 * column's name and its value (a page that draws each item as a small
 * table of <th>/<td> pairs, copied by a browser; a database's vertical
 * dump), turned back into rows under one header.
 *
 *   項番	1                    項番	項目	質問	必須・選択	回答
 *   項目	開示情報の日付        1	開示情報の日付	開示情報の年月日(西暦)	必須	2026/10/15
 *   質問	開示情報の年月日(西暦)  ->
 *   回答	2026/10/15
 *   必須・選択	必須
 *
 * The names are the column words of dict/columns.tsv (sheet_roles.c): an
 * item number starts a record; a question opens one of its rows, the
 * answer after it closes that row (an item asks several questions: 事業者
 * の正式名称 then 法人番号); label, marker and remarks belong to the
 * record. Any other line ends the record and stays as it is (a section
 * title between records). Each row keeps the line of its question. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { RECORD_LINES_MIN = 12, RECORD_ITEMS_MIN = 3, RECORD_ROWS_MAX = 16 };

/* A line "name<TAB>value" whose name is a column word: its role, and where
 * its value starts (*v). 0 when the line is none. */
static int record_line(const char *s, size_t n, size_t *v) {
  const char *tab = memchr(s, '\t', n);
  if (!tab || memchr(tab + 1, '\t', n - (size_t)(tab + 1 - s)))
    return 0; /* one name, one value */
  size_t k = (size_t)(tab - s);
  *v = k + 1;
  return k ? jn__roles_word(s, k) : 0;
}

typedef struct record {
  const char *item, *label, *marker;
  size_t item_n, label_n, marker_n;
  struct {
    const char *q, *a;
    size_t qn, an;
    uint64_t line;
  } row[RECORD_ROWS_MAX];
  size_t n;
  uint64_t line;
} record;

static void put_cell(jn_buf *b, const char *s, size_t n, int last) {
  jn__buf_put(b, s, n);
  jn__buf_puts(b, last ? "\n" : "\t");
}

static void flush(jn_buf *b, jn_line_map *lm, record *r) {
  for (size_t i = 0; i < r->n; i++) {
    int first = i == 0;
    put_cell(b, first ? r->item : "", first ? r->item_n : 0, 0);
    put_cell(b, first ? r->label : "", first ? r->label_n : 0, 0);
    put_cell(b, r->row[i].q ? r->row[i].q : "", r->row[i].qn, 0);
    put_cell(b, first ? r->marker : "", first ? r->marker_n : 0, 0);
    put_cell(b, r->row[i].a ? r->row[i].a : "", r->row[i].an, 1);
    b->failed |= jn__line_map_add(lm, r->row[i].line ? r->row[i].line : r->line) != 0;
  }
  memset(r, 0, sizeof *r);
}

/* The names the text gives the columns, by role (the first of each). */
typedef struct names {
  const char *p[JN_COL_CHOICE + 1];
  size_t n[JN_COL_CHOICE + 1];
} names;

/* Enough record lines, and item numbers starting records; their names in
 * *nm. */
static int has_records(const char *in, size_t len, names *nm) {
  size_t lines = 0, items = 0, v;
  memset(nm, 0, sizeof *nm);
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    int role = record_line(in + i, e - i, &v);
    lines += role != 0;
    items += role == JN_COL_ITEM;
    if (role > 0 && role <= JN_COL_CHOICE && !nm->p[role])
      nm->p[role] = in + i, nm->n[role] = v - 1;
    i = e + 1;
  }
  return lines >= RECORD_LINES_MIN && items >= RECORD_ITEMS_MIN;
}

/* The header over the rows: the text's own names, in the rows' order. */
static void put_header(jn_buf *b, const names *nm) {
  static const int order[] = {JN_COL_ITEM, JN_COL_LABEL, JN_COL_QUESTION, JN_COL_MARKER,
                              JN_COL_ANSWER};
  for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
    put_cell(b, nm->p[order[k]] ? nm->p[order[k]] : "", nm->n[order[k]],
             k + 1 == sizeof order / sizeof order[0]);
}

char *jn__sheet_records(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  names nm;
  if (!has_records(in, len, &nm))
    return NULL;
  jn_buf b = JN_BUF_INIT;
  record r;
  memset(&r, 0, sizeof r);
  uint64_t line = 0;
  int header = 0;
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i), v;
    const char *s = in + i;
    size_t n = e - i;
    line++;
    i = e + 1;
    int role = record_line(s, n, &v);
    if (!role) { /* anything else ends the record and stays */
      flush(&b, lm, &r);
      jn__sheet_put_line(&b, lm, s, n, line);
      continue;
    }
    if (role == JN_COL_ITEM) {
      flush(&b, lm, &r);
      if (!header) { /* the columns' names, once, before the first record */
        put_header(&b, &nm);
        b.failed |= jn__line_map_add(lm, line) != 0;
        header = 1;
      }
      r.item = s + v, r.item_n = n - v, r.line = line;
    } else if (role == JN_COL_LABEL) {
      r.label = s + v, r.label_n = n - v;
    } else if (role == JN_COL_MARKER) {
      r.marker = s + v, r.marker_n = n - v;
    } else if (role == JN_COL_QUESTION ||
               (role == JN_COL_ANSWER && (!r.n || r.row[r.n - 1].a))) {
      if (r.n == RECORD_ROWS_MAX) /* no room: the record so far goes out */
        flush(&b, lm, &r);
      r.row[r.n].line = line;
      if (role == JN_COL_QUESTION)
        r.row[r.n].q = s + v, r.row[r.n].qn = n - v;
      else
        r.row[r.n].a = s + v, r.row[r.n].an = n - v;
      r.n++;
    } else if (role == JN_COL_ANSWER) {
      r.row[r.n - 1].a = s + v, r.row[r.n - 1].an = n - v;
    }
    /* a note or remark of the record is not its answer */
    if (!r.line)
      r.line = line;
  }
  flush(&b, lm, &r);
  return jn__sheet_pass_result(&b, out_len, lm);
}
