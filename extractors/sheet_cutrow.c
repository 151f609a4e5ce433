/* sheet_cutrow.c — a row (tab-separated, or a Markdown header row) that a
 * line break inside one of its cells cut in two, joined back: the header
 * first, then the body rows of a table whose header it knows.
 *
 * A browser's copy of a table (innerText, a selection pasted as text)
 * writes a row's cells separated by tabs, and a <br> inside a cell as a
 * line break: the header cell 必須/<br>選択 ends one line and starts the
 * next, and the row reads as two rows, the second taken for the header:
 *
 *   区分 → 【審査対象項目】 → 【記述内容】 → 必須/        区分 → … → 必須/選択 → 申請内容 → 備考
 *   選択 → 申請内容 → 備考                          ->   (empty line)
 *
 * A line break is visible as a cut when the line's last cell (or the
 * line, one cell alone, over a row: the marker column first) ends with a
 * separator (/, ・) and that cell with the next line's first cell makes a
 * column word of dict/columns.tsv (sheet_roles.c) that neither makes
 * alone. The joined row takes the first line; the second is left empty,
 * so every other line keeps its number. */
#include <string.h>

#include "sheet.h"

enum { WORD_MAX = 64 };

size_t jn__sheet_cut_separator(const char *s, size_t n) {
  if (n >= 1 && s[n - 1] == '/')
    return 1;
  if (n >= 3 && (!memcmp(s + n - 3, "／", 3) || !memcmp(s + n - 3, "・", 3)))
    return 3;
  return 0;
}

/* The character that parts line a's cells: a tab, or the pipe of a
 * Markdown row (html2markdown writes a cell's <br> as a line break too:
 * "【記述内容】| 申請内容| 必須/" over "選択"); 0 when a is no row. */
static char cell_separator(jn_line_span a) {
  if (memchr(a.s, '\t', a.n))
    return '\t';
  return (a.n && a.s[0] == '|') || jn__sheet_bare_pipe_row(a.s, a.n) ? '|' : 0;
}

/* Is line a (its last cell) cut, the rest of that cell opening line b (up
 * to its first separator, or the whole line)? Line a may be the row's
 * first cell alone, cut (必須/ over "選択 → 項番 → …": the marker column
 * first), when b is a row. */
static int cut_row(jn_line_span a, jn_line_span b) {
  char sep = cell_separator(a);
  int first_cell = !sep && (sep = cell_separator(b)) != 0;
  a.n = jn__sheet_trim_end(a.s, a.n);
  if (sep == '|' && a.n && a.s[a.n - 1] == '|')
    return 0; /* a closed row: its last cell ended */
  size_t t = a.n;
  while (t && a.s[t - 1] != sep)
    t--;
  if (!sep || (!t && !first_cell))
    return 0;
  while (t < a.n && a.s[t] == ' ')
    t++;
  const char *next = memchr(b.s, sep, b.n);
  size_t fn = next ? (size_t)(next - b.s) : jn__sheet_trim_end(b.s, b.n);
  while (fn && b.s[fn - 1] == ' ')
    fn--;
  const char *last = a.s + t;
  size_t ln = (size_t)(a.s + a.n - last);
  if (!ln || !fn || !jn__sheet_cut_separator(last, ln) || ln + fn > WORD_MAX)
    return 0;
  char w[WORD_MAX];
  memcpy(w, last, ln);
  memcpy(w + ln, b.s, fn);
  return jn__roles_word(w, ln + fn) && !jn__roles_word(last, ln) && !jn__roles_word(b.s, fn);
}

char *jn__sheet_cut_rows(const char *in, size_t len, size_t *out_len) {
  if (!len || (!memchr(in, '\t', len) && !memchr(in, '|', len)))
    return NULL;
  return jn__sheet_join_lines(in, len, out_len, 1, cut_row);
}

/* ------------------------------------ body rows cut by a cell's <br> */

/* The pass's text, or NULL (b and lm freed) when it joined nothing. */
static char *joined_result(jn_buf *b, size_t joined, size_t *out_len, jn_line_map *lm) {
  if (!joined) {
    jn__buf_free(b);
    if (lm)
      jn__line_map_free(lm);
    return NULL;
  }
  return jn__sheet_pass_result(b, out_len, lm);
}

/* A <br> inside a body cell cuts the row the same way: the cell's first
 * line ends one line and its rest opens the next, the row's other cells
 * after it (innerText of "No.2 | 事業所等の概要<br>事業者名 | … | 必須"):
 *
 *   No.2 → 事業所等の概要                       No.2 → 事業所等の概要 事業者名 → 事業者の正式名称 → … → 必須
 *   事業者名 → 事業者の正式名称 → … → 必須  ->
 *
 * Under a header naming the marker column, such lines are one row when
 * together they make exactly the header's cells (the cut cell counted
 * once) with the marker in the marker's column, and only one of them holds
 * a marker: a row under a rowspan has fewer cells than the header but its
 * marker all the same, so two of them never join. The row's first line
 * holds its item number in the item's column (a row under a rowspan of
 * the marker too, 代表者年齢 | 47歳, does not), and no other line starts
 * with one. CUT_LINES_MAX lines at most make a row; the row takes the line
 * of its first (a line map, as the rows stand together: an empty line
 * would end the table). */
enum { CUT_LINES_MAX = 4 };

typedef struct body_header {
  size_t cells; /* 0: no header with marker and item columns seen */
  int marker, item;
} body_header;

static size_t tab_cells(jn_line_span l, jn_cells *c) {
  if (!memchr(l.s, '\t', l.n))
    return 0;
  return jn__sheet_cells(l.s, l.n, c) == JN_LINE_TSV ? c->n : 0;
}

/* The column of the line's one marker cell, -1 when none, -2 when more. */
static long marker_at(const jn_cells *c) {
  long at = -1;
  for (size_t i = 0; i < c->n; i++) {
    const char *canon;
    if (c->len[i] && jn__marker_word(c->p[i], c->len[i], JN_MARKER_WORD, &canon) == c->len[i])
      at = at == -1 ? (long)i : -2;
  }
  return at;
}

static int item_at(const jn_cells *c, size_t i) {
  const char *id;
  size_t idn;
  return i < c->n && c->len[i] && jn__sheet_item_id(c->p[i], c->len[i], &id, &idn);
}

/* How many lines from l[i] make one cut row under header h (0: none). */
static size_t cut_body_row(const jn_line_span *l, size_t n, size_t i, const body_header *h) {
  jn_cells c;
  size_t cells = 0, lines = 0;
  long marker = -1;
  for (; i + lines < n && lines < CUT_LINES_MAX; lines++) {
    size_t k = tab_cells(l[i + lines], &c);
    if (k < 2 || (lines ? item_at(&c, 0) : !item_at(&c, (size_t)h->item)))
      return 0; /* the row's first line holds its item number, no other does */
    long m = marker_at(&c);
    if (m == -2 || (m >= 0 && marker >= 0))
      return 0;
    if (m >= 0)
      marker = (long)(lines ? cells - 1 : 0) + m;
    cells += lines ? k - 1 : k;
    if (cells >= h->cells)
      break;
  }
  return lines && cells == h->cells && marker == h->marker && i + lines < n ? lines + 1 : 0;
}

static void note_header(jn_line_span l, body_header *h) {
  jn_cells c;
  jn_roles r;
  if (tab_cells(l, &c) >= 3 && jn__roles_from_header(&c, &r))
    h->cells = r.marker >= 0 && r.item >= 0 ? r.n : 0, h->marker = r.marker, h->item = r.item;
}

char *jn__sheet_cut_body_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len || !memchr(in, '\t', len))
    return NULL;
  size_t n = 0, joined = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  body_header h = {0, -1, -1};
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n && !b.failed; i++) {
    size_t k = h.cells ? cut_body_row(l, n, i, &h) : 0;
    if (!k) {
      note_header(l[i], &h);
      jn__sheet_put_line(&b, lm, l[i].s, l[i].n, i + 1);
      continue;
    }
    /* one line (the row's first), the cut cell's lines joined by a blank:
     * no empty line is left between the table's rows */
    for (size_t j = 0; j + 1 < k; j++) {
      jn__buf_put(&b, l[i + j].s, jn__sheet_trim_end(l[i + j].s, l[i + j].n));
      jn__buf_puts(&b, " ");
    }
    jn__sheet_put_line(&b, lm, l[i + k - 1].s, l[i + k - 1].n, i + 1);
    i += k - 1;
    joined++;
  }
  free(l);
  return joined_result(&b, joined, out_len, lm);
}

/* ------------------------------------ a cell's block, then the marker */

/* A browser's copy of a row whose answer cell holds a block (a list,
 * paragraphs) and whose 必須/選択 column comes after it writes the row up
 * to the empty answer cell, the block's lines, then the marker alone on
 * its line (select-all text of "<td><ul><li>…</li></ul></td><td>必須</td>"):
 *
 *   56 → セキュリティ → 死活監視 → 死活監視の有無… →      56 → … → 死活監視の有無… → 有り<br>アプリケーション: 3分毎 → 必須
 *   有り                                            ->
 *   アプリケーション: 3分毎
 *   必須
 *
 * The marker alone closing the lines is what tells the block from text
 * after a row; BLOCK_LINES_MAX lines at most lie between. The row takes
 * its first line; the block's lines join as <br>, the cell's line breaks
 * (jn__sheet_keep), with a line map. */
enum { BLOCK_LINES_MAX = 8 };

static int marker_alone(jn_line_span l) {
  const char *canon;
  size_t n = jn__sheet_trim_end(l.s, l.n);
  return n && jn__marker_word(l.s, n, JN_MARKER_WORD, &canon) == n;
}

/* How many lines after l[i] (a row ending with an empty cell) are its
 * block and marker; 0 when they are not. */
static size_t block_then_marker(const jn_line_span *l, size_t n, size_t i) {
  if (!l[i].n || l[i].s[l[i].n - 1] != '\t')
    return 0; /* a tab-separated row whose last cell is empty */
  for (size_t k = 1; k <= BLOCK_LINES_MAX + 1 && i + k < n; k++) {
    jn_line_span t = l[i + k];
    if (!jn__sheet_trim_end(t.s, t.n) || memchr(t.s, '\t', t.n))
      return 0; /* a blank line or the next row before any marker */
    if (marker_alone(t))
      return k > 1 ? k : 0;
  }
  return 0;
}

char *jn__sheet_block_rows(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len || !memchr(in, '\t', len))
    return NULL;
  size_t n = 0, joined = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  for (size_t i = 0; i < n && !b.failed; i++) {
    size_t k = block_then_marker(l, n, i);
    if (!k) {
      jn__sheet_put_line(&b, lm, l[i].s, l[i].n, i + 1);
      continue;
    }
    jn__buf_put(&b, l[i].s, l[i].n); /* up to its empty cell's tab */
    for (size_t j = 1; j < k; j++) {
      if (j > 1)
        jn__buf_puts(&b, "<br>");
      jn__buf_put(&b, l[i + j].s, jn__sheet_trim_end(l[i + j].s, l[i + j].n));
    }
    jn__buf_puts(&b, "\t");
    jn__sheet_put_line(&b, lm, l[i + k].s, jn__sheet_trim_end(l[i + k].s, l[i + k].n), i + 1);
    i += k;
    joined++;
  }
  free(l);
  return joined_result(&b, joined, out_len, lm);
}
