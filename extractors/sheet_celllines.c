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
 * (sheet_roles.c), the first naming the item numbers (or the marker, then
 * the item numbers: 区分 | 項番 | …) and one the answer; each row starts at
 * a line holding an item number alone (or its marker alone, which a row
 * under a rowspan keeps when it leaves out its item number) and takes the
 * lines up to the next as its cells, in the header's order. A line of the
 * guideline's section titles (dict/patterns.tsv "section") right before a
 * row is a section row, not the last cell of the row above. Two rows in
 * three at least must fill the header's cells exactly (a browser's copy of
 * a table whose spanning cells stand once gives rows of any length: it is
 * left to the anchors, which read it as lines). A row with
 * more lines than the header has cells (a cell of several paragraphs)
 * keeps its first cells and gives its other lines back as text; a row
 * with fewer ends in empty cells. Every other line stays as it is. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
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

/* A 必須/選択 marker alone on its line. */
static int marker_alone(span l) {
  const char *canon;
  span t = trimmed(l);
  return t.n && jn__sheet_marker(t.s, t.n, &canon) == t.n;
}

/* What starts a row: its item number, or its marker when the header puts
 * the marker column first (区分 | 項番 | …): a row under a rowspan keeps
 * its marker and leaves out its item number. */
typedef int (*row_key)(span);

/* The header starting at line i: how many lines of column words (0: none),
 * the first naming item numbers (or the marker, then the item numbers),
 * one the answer; what starts its rows in *key. */
static size_t header_at(const span *l, size_t n, size_t i, row_key *key) {
  size_t k = 0;
  int answer = 0, first = JN_COL_NONE, choice = 0, remark = 0;
  for (; i + k < n && k < HEADER_MAX; k++) {
    span t = trimmed(l[i + k]);
    int role = t.n ? jn__roles_header_word(t.s, t.n) : JN_COL_NONE;
    choice |= role == JN_COL_CHOICE;
    remark |= role == JN_COL_REMARK;
    if (!role || (k == 0 && role != JN_COL_ITEM && role != JN_COL_MARKER) ||
        (k == 1 && first == JN_COL_MARKER && role != JN_COL_ITEM) ||
        (k >= 2 && first == JN_COL_MARKER && marker_alone(t)))
      break; /* the last: the first row's marker (必須), no column word */
    first = k == 0 ? role : first;
    answer |= role == JN_COL_ANSWER;
  }
  row_key is_key = first == JN_COL_MARKER ? marker_alone : item_alone;
  if (key)
    *key = is_key;
  /* a checklist's marks (対応(○/×)) and its remarks (備考) answer too; the
   * first row may follow a section row (a line of its own) */
  return k >= HEADER_MIN && (answer || (choice && remark)) && i + k < n &&
                 (is_key(l[i + k]) || (i + k + 1 < n && is_key(l[i + k + 1])))
             ? k
             : 0;
}

/* The guideline's section titles (dict/patterns.tsv "section"), to tell
 * a section row from a row's last cell. The text is not checked UTF-8
 * yet: PCRE2 checks it. */
typedef struct titles {
  const pcre2_code *re;
  pcre2_match_data *md;
} titles;

/* A paragraph all bold (**人材**, as a Markdown converter writes a <b>
 * section row): its text inside, or an empty span. */
static span bold_text(span l) {
  span t = trimmed(l);
  if (t.n > 4 && (!memcmp(t.s, "**", 2) || !memcmp(t.s, "__", 2)) &&
      !memcmp(t.s + t.n - 2, t.s, 2))
    return (span){t.s + 2, t.n - 4};
  return (span){t.s, 0};
}

/* Is line l a section row before the next row: one of the guideline's
 * titles, bold or not, or any bold line after a row that has its
 * header's cells already (whole: a row's own cell is seldom all bold). */
static int section_title(const titles *tt, span l, int whole) {
  span t = bold_text(l);
  if (t.n && whole)
    return 1;
  if (!t.n)
    t = trimmed(l);
  if (!tt->re || !tt->md || !t.n)
    return 0;
  int rc = pcre2_match(tt->re, (PCRE2_SPTR)t.s, t.n, 0, PCRE2_ANCHORED, tt->md, NULL);
  return rc >= 1 && pcre2_get_ovector_pointer(tt->md)[1] == t.n;
}

/* An item id's numbers (12 or 2-3): how many, at most 2. */
static int item_numbers(span l, int num[2]) {
  const char *id;
  size_t idn;
  span t = trimmed(l);
  if (!t.n || !jn__sheet_item_id(t.s, t.n, &id, &idn))
    return 0;
  int k = 0;
  num[0] = num[1] = 0;
  for (size_t i = 0; i < idn && k < 2; i++) {
    if (id[i] == '-') {
      k++;
      continue;
    }
    num[k] = num[k] * 10 + (id[i] - '0');
  }
  return k + 1;
}

/* Does the item id alone at line e come next after the one at line p in
 * the form's numbering (2-1 then 2-2 or 3-1; 12 then 13): one of the
 * first few after it, written the same way? An answer of a bare number
 * (7) under ids like 2-1 is no next item. */
static int next_item(span p, span e) {
  int a[2], b[2], na = item_numbers(p, a), nb = item_numbers(e, b);
  if (!na || na != nb)
    return 0;
  if (na == 2 && a[0] == b[0])
    return b[1] > a[1] && b[1] <= a[1] + 3;
  return b[0] > a[0] && b[0] <= a[0] + 3 && (na == 1 || b[1] <= 1);
}

/* The line of the item id of the row starting at line i, or n: its first
 * line, or the line after its marker. */
static size_t row_item(const span *l, size_t n, size_t i) {
  if (item_alone(l[i]))
    return i;
  return i + 1 < n && marker_alone(l[i]) && item_alone(l[i + 1]) ? i + 1 : n;
}

/* Does a row start at line e, the row before it starting at line p (n:
 * none)? At its key; under a marker-first header also at an item id not
 * right after a marker that comes next after the row before's (a row
 * under its marker's rowspan leaves its marker out, not its id). */
static int starts_row(const span *l, size_t n, size_t e, size_t p, row_key key) {
  if (key(l[e]))
    return 1;
  if (key != marker_alone || p >= n || !e || marker_alone(l[e - 1]))
    return 0;
  size_t pi = row_item(l, n, p);
  return pi < n && pi < e && next_item(l[pi], l[e]);
}

/* Where the row starting at line i ends: the next row's start, a section
 * title right before it (the section row over the next row), the next
 * header, or the line before a header (its title). */
static size_t row_end(const span *l, size_t n, size_t i, size_t h, row_key key,
                      const titles *tt) {
  size_t e = i + 1;
  while (e < n && !starts_row(l, n, e, i, key) && !header_at(l, n, e, NULL) &&
         !(e + 1 < n && header_at(l, n, e + 1, NULL)) &&
         !(e + 1 < n && key(l[e + 1]) && section_title(tt, l[e], e - i >= h)))
    e++;
  return e;
}

/* A section row (a line of its own, the next row's key after it) at line
 * i, inside a table. */
static int section_before(const span *l, size_t n, size_t i, row_key key) {
  return i + 1 < n && !key(l[i]) && key(l[i + 1]) && !header_at(l, n, i, NULL);
}

/* How the lines from..to-1 after an id-first row's cells make its
 * sub-rows (the rows under the rowspans of its id and labels): question/
 * answer pairs (the marker spans them too), or groups each ending in its
 * own marker (its 小項目 perhaps, the question, the answer, 必須: the
 * marker's column after the answer's); SUB_NONE when neither. */
enum { SUB_NONE, SUB_PAIRS, SUB_MARKED };

static int sub_rows(const span *l, size_t from, size_t to, size_t h) {
  size_t markers = 0, since = 0;
  for (size_t k = from; k < to; k++) {
    if (!marker_alone(l[k])) {
      since++;
      continue;
    }
    if (since < 2 || since >= h)
      return SUB_NONE;
    markers++, since = 0;
  }
  if (!markers)
    return (to - from) % 2 ? SUB_NONE : SUB_PAIRS;
  return since ? SUB_NONE : SUB_MARKED;
}

/* Does the row of lines i..e-1 fit a header of h: its cells, or up to
 * short_by fewer (or, a paragraph a cell, its cells and its sub-rows
 * after them, sub_rows); under a marker-first header, the marker and two
 * cells at least (a row under rowspans keeps its last cells; one longer
 * than the header holds sub-rows). */
static int fits(const span *l, size_t i, size_t e, size_t h, size_t short_by, row_key key) {
  size_t cells = e - i;
  if (key == marker_alone) /* longer: sub-rows under its marker (put_para_row) */
    return cells >= 3;
  if (short_by && cells > h)
    return sub_rows(l, i + h, e, h) != SUB_NONE;
  return cells <= h && cells + short_by >= h;
}

/* The rows under every header in the n lines (or paragraphs) l: how many,
 * in *fit how many fit their header (a section row between rows is no
 * row), and in *uneven how many hold more than the header's cells but not
 * whole question/answer pairs beyond them (sub-rows this reader cannot
 * tell apart, put_para_row) before the next row. */
static size_t count_rows(const span *l, size_t n, size_t short_by, size_t *fit,
                         size_t *uneven, const titles *tt) {
  size_t rows = 0;
  *fit = *uneven = 0;
  for (size_t i = 0; i < n; i++) {
    row_key key;
    size_t h = header_at(l, n, i, &key);
    if (!h)
      continue;
    i += h;
    for (size_t prev = n; i < n && (starts_row(l, n, i, prev, key) || section_before(l, n, i, key));) {
      if (!starts_row(l, n, i, prev, key)) {
        i++;
        continue;
      }
      size_t e = row_end(l, n, i, h, key, tt);
      rows++;
      *fit += fits(l, i, e, h, short_by, key);
      /* the table's last row runs on into the text after it: not counted */
      *uneven += key != marker_alone && e - i > h && e < n && key(l[e]) &&
                 sub_rows(l, i + h, e, h) == SUB_NONE;
      prev = i;
      i = e;
    }
    i--;
  }
  return rows;
}

/* The cell of column c in a row of `have` lines under a header of
 * `cells`, or `have` for none: the lines in the header's order; under a
 * marker-first header (区分 | 項番 | …) the marker first, the item id
 * next, and the rest against the answer's column `end` (the cells a
 * rowspan left out are the row's first ones: its marker, its 大項目; a
 * 備考 after the answer is empty), or in order when they fill it. lead_marker and
 * lead_item tell whether the row starts with its marker and holds its id
 * (after the marker, or first). */
static size_t cell_source(size_t c, size_t have, size_t cells, size_t end, int marker_first,
                          int lead_marker, int lead_item) {
  if (!marker_first)
    return c < have ? c : have;
  size_t upto = end + 1; /* the columns through the answer's */
  size_t rest = (size_t)(lead_marker + lead_item);
  if (!lead_item) { /* no id: the marker first, the rest against the answer's column */
    if (have >= upto || c == 0)
      return c < have ? c : have;
    return c <= end && c >= 1 + (upto - have) ? c - (upto - have) : have;
  }
  if (c < 2)
    return c == 0 ? (lead_marker ? 0 : have) : (size_t)lead_marker;
  if (have - rest >= upto - 2 || cells < 3)
    return rest + c - 2 < have ? rest + c - 2 : have;
  size_t missing = upto - 2 - (have - rest);
  return c <= end && c - 2 >= missing ? rest + (c - 2 - missing) : have;
}

/* Does the row of lines from..to-1 start with its marker, and hold its
 * item id (after the marker, or first)? */
static void row_leads(const span *l, size_t from, size_t to, int *marker, int *item) {
  *marker = marker_alone(l[from]);
  *item = from + (size_t)*marker < to && item_alone(l[from + (size_t)*marker]);
}

static void put_row(jn_buf *b, jn_line_map *lm, const span *l, size_t from, size_t to,
                    size_t cells, int marker_first) {
  jn_buf row = JN_BUF_INIT;
  int lead_marker, lead_item;
  row_leads(l, from, to, &lead_marker, &lead_item);
  for (size_t c = 0; c < cells; c++) {
    if (c)
      jn__buf_puts(&row, "\t");
    size_t at = cell_source(c, to - from, cells, cells - 1, marker_first, lead_marker, lead_item);
    span t = at < to - from ? trimmed(l[from + at]) : (span){"", 0};
    jn__buf_put(&row, t.s, t.n);
  }
  b->failed |= row.failed;
  jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)from + 1);
  jn__buf_free(&row);
  for (size_t k = from + cells; k < to; k++) /* paragraphs beyond the cells: text */
    jn__sheet_put_line(b, lm, l[k].s, l[k].n, (uint64_t)k + 1);
}

/* ---------------------------------------- one paragraph a cell */

/* HTML to Markdown converters (turndown) write each table cell as a
 * paragraph of its own, blank lines between them, and nothing for an
 * empty cell:
 *
 *   No.       項目       内容     回答
 *   (blank)
 *   項目      ->   No.  項目  内容  回答
 *   …              1    稼働率  月間  99.9%
 *   1              2    告知          1週間前
 *   (blank)
 *   稼働率 …
 *
 * The header and the rows are read as above, paragraphs for lines (a
 * cell's <br> keeps its lines together, one paragraph). A row may come
 * short: its cells are taken in the header's order, but when the answer
 * is the header's last column the row's last paragraph is the answer,
 * whatever was empty before it. Three rows in four at least must have
 * the header's cells or up to PARA_SHORT fewer, or the text is left to
 * the anchors. */
enum { PARA_SHORT = 2 };

typedef struct para {
  size_t first, last; /* its lines */
} para;

/* The text's paragraphs (runs of non-blank lines) as spans over their
 * lines (ps) and the lines they cover (pp); 0 when out of memory. */
static size_t paragraphs(const span *l, size_t n, span *ps, para *pp) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    if (!trimmed(l[i]).n) {
      i++;
      continue;
    }
    size_t e = i;
    while (e + 1 < n && trimmed(l[e + 1]).n)
      e++;
    ps[k] = (span){l[i].s, (size_t)(l[e].s + l[e].n - l[i].s)};
    pp[k++] = (para){i, e};
    i = e + 1;
  }
  return k;
}

/* The header's answer column, counted from 0: the last but the
 * marker's and remark columns after it (… | 情報開示内容 | 必須/選択,
 * … | 申請内容 | 備考; a word of the answer's role may name an earlier
 * column too: 内容 | 回答); cells when there is none so. */
static size_t answer_column(const span *h, size_t cells) {
  for (size_t c = cells; c-- > 0;) {
    span t = trimmed(h[c]);
    if (jn__roles_word(t.s, t.n) == JN_COL_ANSWER)
      return c;
    int role = jn__roles_header_word(t.s, t.n);
    if (role != JN_COL_MARKER && role != JN_COL_REMARK && role != JN_COL_NOTE)
      break;
  }
  return cells;
}

/* The header's question column: the nearest column before the answer
 * that is a label's, a question's or a note's (記述内容), not the
 * marker's; the one before the answer when none is. */
static size_t question_column(const span *h, size_t cells, size_t answer) {
  for (size_t c = answer; c-- > 0;) {
    span t = trimmed(h[c]);
    int role = jn__roles_header_word(t.s, t.n);
    if (role == JN_COL_LABEL || role == JN_COL_QUESTION || role == JN_COL_NOTE)
      return c;
  }
  return cells >= 2 ? cells - 2 : 0;
}

/* A paragraph as a cell: its lines joined by blanks; a list's items
 * (the converter's "*   " bullets, taken off) joined by 、 as a list
 * is written in one cell. */
static void put_cell(jn_buf *row, span t) {
  size_t start = row->len;
  for (size_t i = 0; i < t.n; i++) {
    size_t j = i;
    while (j < t.n && t.s[j] != '\n')
      j++;
    span piece = trimmed((span){t.s + i, j - i});
    while (piece.n && piece.s[piece.n - 1] == '\r')
      piece = trimmed((span){piece.s, piece.n - 1});
    size_t bullet = jn__sheet_list_bullet(piece.s, piece.n);
    piece = (span){piece.s + bullet, piece.n - bullet};
    if (piece.n && row->len > start)
      jn__buf_puts(row, bullet ? "、" : " ");
    jn__buf_put(row, piece.s, piece.n);
    i = j;
  }
}

/* Writes paragraphs from..to-1 as one row of `cells`. */
static void put_paras(jn_buf *b, jn_line_map *lm, const span *ps, const para *pp, size_t from,
                      size_t to, size_t cells, size_t answer, int marker_first) {
  jn_buf row = JN_BUF_INIT;
  int short_row = !marker_first && to - from < cells && answer + 1 == cells;
  int lead_marker, lead_item;
  row_leads(ps, from, to, &lead_marker, &lead_item);
  for (size_t c = 0; c < cells; c++) {
    if (c)
      jn__buf_puts(&row, "\t");
    size_t at = from + cell_source(c, to - from, cells, answer < cells ? answer : cells - 1,
                                   marker_first, lead_marker, lead_item);
    if (short_row)
      at = c == answer ? to - 1 : from + c;
    if (at < to && !(short_row && c != answer && at + 1 >= to))
      put_cell(&row, ps[at]);
  }
  b->failed |= row.failed;
  jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)pp[from].first + 1);
  jn__buf_free(&row);
}

/* A sub-row of paragraphs from..to-1 under a header of `cells` whose
 * question column is `question` and answer's `answer`: its question and
 * answer, or (its marker last, in the column after the answer's) its
 * labels before the question, the question, the answer and its marker.
 * Without a marker, the marker's column is left empty: the marker spans
 * the item's rows. */
static void put_sub_row(jn_buf *b, jn_line_map *lm, const span *ps, const para *pp,
                        size_t from, size_t to, size_t cells, size_t question, size_t answer) {
  jn_buf row = JN_BUF_INIT;
  int marked = marker_alone(ps[to - 1]);
  size_t a = to - 1 - (size_t)marked; /* the answer's paragraph */
  for (size_t c = 0; c < cells; c++) {
    if (c)
      jn__buf_puts(&row, "\t");
    size_t at = to; /* none */
    if (c == answer)
      at = a;
    else if (marked && c == answer + 1)
      at = to - 1;
    else if (c <= question && question - c < a - from)
      at = a - 1 - (question - c);
    if (at < to)
      put_cell(&row, ps[at]);
  }
  b->failed |= row.failed;
  jn__sheet_put_line(b, lm, row.data ? row.data : "", row.len, (uint64_t)pp[from].first + 1);
  jn__buf_free(&row);
}

/* A row of paragraphs. Under a marker-first header whose last column is
 * the answer, a row longer than the header is an item's first row and
 * the rows under it that share its marker (rowspan): they come as
 * question/answer pairs at its end, each a row of its own. Otherwise the
 * paragraphs beyond the header's cells are text. */
static void put_para_row(jn_buf *b, jn_line_map *lm, const span *l, const span *ps,
                         const para *pp, size_t from, size_t to, size_t cells, size_t answer,
                         size_t question, int marker_first) {
  size_t first = to - from;
  if (marker_first && answer < cells)
    while (first > answer + 1 && first >= 5)
      first -= 2;
  int sub = !marker_first && answer < cells && first > cells
                ? sub_rows(ps, from + cells, to, cells) : SUB_NONE;
  if (sub == SUB_PAIRS || (sub == SUB_MARKED && answer + 2 == cells)) {
    /* the item's first row, then its sub-rows under the rowspans of the
     * item and labels: a question and its answer each, or each ending in
     * its marker, the marker's column after the answer's */
    put_paras(b, lm, ps, pp, from, from + cells, cells, answer, 0);
    for (size_t k = from + cells; k < to;) {
      size_t e = k + 2;
      while (sub == SUB_MARKED && !marker_alone(ps[e - 1]))
        e++;
      put_sub_row(b, lm, ps, pp, k, e, cells, question, answer);
      k = e;
    }
    return;
  }
  put_paras(b, lm, ps, pp, from, from + (first < to - from ? first : to - from), cells, answer,
            marker_first);
  if (first < to - from && first <= cells) {
    for (size_t k = from + first; k + 1 < to; k += 2)
      put_paras(b, lm, ps, pp, k, k + 2, cells, answer, 1);
    return;
  }
  for (size_t k = from + cells; k < to; k++) /* paragraphs beyond the cells: text */
    for (size_t i = pp[k].first; i <= pp[k].last; i++)
      jn__sheet_put_line(b, lm, l[i].s, l[i].n, (uint64_t)i + 1);
}

/* Rows of a table one paragraph a cell, or NULL when the text has none. */
static char *paragraph_cells(const span *l, size_t n, size_t *out_len, jn_line_map *lm,
                             const titles *tt) {
  span *ps = malloc((n ? n : 1) * sizeof *ps);
  para *pp = malloc((n ? n : 1) * sizeof *pp);
  size_t np = ps && pp ? paragraphs(l, n, ps, pp) : 0;
  size_t fit, uneven, rows = count_rows(ps, np, PARA_SHORT, &fit, &uneven, tt);
  if (rows < ROWS_MIN || fit * 4 < rows * 3 || uneven) {
    free(ps), free(pp);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  size_t line = 0; /* the next line not written yet */
  for (size_t i = 0; i < np && !b.failed;) {
    row_key key;
    size_t h = header_at(ps, np, i, &key);
    if (!h) {
      i++;
      continue;
    }
    for (; line < pp[i].first; line++) /* the text before the table */
      jn__sheet_put_line(&b, lm, l[line].s, l[line].n, (uint64_t)line + 1);
    size_t answer = answer_column(ps + i, h);
    size_t question = question_column(ps + i, h, answer);
    put_para_row(&b, lm, l, ps, pp, i, i + h, h, answer, question, 0);
    i += h;
    for (size_t prev = np;
         i < np && (starts_row(ps, np, i, prev, key) || section_before(ps, np, i, key));) {
      if (!starts_row(ps, np, i, prev, key)) { /* a section row: text */
        for (size_t k = pp[i].first; k <= pp[i].last; k++)
          jn__sheet_put_line(&b, lm, l[k].s, l[k].n, (uint64_t)k + 1);
        i++;
        continue;
      }
      size_t e = row_end(ps, np, i, h, key, tt);
      put_para_row(&b, lm, l, ps, pp, i, e, h, answer, question, key == marker_alone);
      prev = i;
      i = e;
    }
    line = pp[i - 1].last + 1;
  }
  for (; line < n; line++)
    jn__sheet_put_line(&b, lm, l[line].s, l[line].n, (uint64_t)line + 1);
  free(ps), free(pp);
  return jn__sheet_pass_result(&b, out_len, lm);
}

static char *cell_rows(const span *l, size_t n, size_t *out_len, jn_line_map *lm,
                       const titles *tt);

char *jn__sheet_cell_lines(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                          jn_line_map *lm) {
  if (!len || memchr(in, '\t', len))
    return NULL;
  size_t n = 0;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  titles tt = {ctx ? ctx->patterns.re[JN_PAT_SECTION] : NULL, NULL};
  tt.md = tt.re ? pcre2_match_data_create_from_pattern(tt.re, NULL) : NULL;
  char *made = cell_rows(l, n, out_len, lm, &tt);
  pcre2_match_data_free(tt.md);
  free(l);
  return made;
}

/* The rows of a table one line (or paragraph) a cell in lines l, or NULL
 * when there is none. */
static char *cell_rows(const span *l, size_t n, size_t *out_len, jn_line_map *lm,
                       const titles *tt) {
  /* first, is there such a table: rows that fill the header's cells (the
   * item and one line a cell) */
  size_t whole, uneven, rows = count_rows(l, n, 0, &whole, &uneven, tt);
  if (rows < ROWS_MIN || whole * 3 < rows * 2) {
    return paragraph_cells(l, n, out_len, lm, tt);
  }
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n && !b.failed;) {
    row_key key;
    size_t h = header_at(l, n, i, &key);
    if (!h) {
      jn__sheet_put_line(&b, lm, l[i].s, l[i].n, (uint64_t)i + 1);
      i++;
      continue;
    }
    put_row(&b, lm, l, i, i + h, h, 0);
    i += h;
    for (size_t prev = n;
         i < n && (starts_row(l, n, i, prev, key) || section_before(l, n, i, key));) {
      if (!starts_row(l, n, i, prev, key)) { /* a section row: text */
        jn__sheet_put_line(&b, lm, l[i].s, l[i].n, (uint64_t)i + 1);
        i++;
        continue;
      }
      size_t e = row_end(l, n, i, h, key, tt);
      put_row(&b, lm, l, i, e, h, key == marker_alone);
      prev = i;
      i = e;
    }
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}

