/* sheet_pipeblock.c — a Markdown table row whose last cell a converter
 * wrote on the lines under it, joined back into one row.
 *
 * A pipe table row is one line (GFM 4.10), so a converter that meets a
 * block inside a cell — a list, a second paragraph, a line break — either
 * writes it inline (`<br>`) or, as html2markdown does, ends the row's line
 * where the block starts and writes the block under it as ordinary
 * Markdown, up to the table's next row:
 *
 *   2-1| 事業者名| 事業者の正式名称(商号)| 必須|
 *                                                 2-1| 事業者名| …| 必須| 架空株式会社
 *     * 架空株式会社                         ->   2-2| | | 法人番号| | 5120001555802
 *
 *   2-2| | | 法人番号| |
 *
 *     * 5120001555802
 *
 * The same converter wraps a row longer than its page width (78 columns
 * unless told otherwise) onto the next lines, at a blank inside a cell or
 * after a pipe. So a row is read as lines from one with a pipe that add up
 * to as many cells as the table's delimiter row (a wrapped line continues
 * the cell before it; a line that ends with a pipe no leading pipe pairs
 * opens an empty last cell), and lines standing between two rows of one
 * table belong to the first row's last cell: they are joined to it, parted
 * by <br> as a cell's lines are, their list bullets dropped. A table's last
 * row keeps what follows it: nothing tells its last cell from the page's
 * next paragraph. Only tables whose delimiter row has no outer pipes are
 * read so: a converter that writes the outer pipes keeps a row on one line
 * and its breaks as <br>. Without outer pipes, a pipe opening a line parts
 * an empty first cell ("| | | 設立後の事業年数").
 *
 * A <br> inside a cell breaks the header row too (記述<br>内容): lines with
 * a pipe right above the delimiter row that add up to its cells are one
 * header row. A section row (a cell spanning the table) is written as its
 * bare text (" **人材**") and does not end the table when a row follows.
 * The same converter writes no cell at all for one a rowspan or colspan
 * covers, so a short line is also a row of its own: lines are not read as
 * one row when a 必須/選択 marker would then stand outside the column the
 * header names for it, or that column would hold more than a mark. A
 * header cell spanning columns (【審査対象項目】 over No., 大項目, 小項目)
 * leaves the delimiter row a cell or two short of an item's row: such a
 * row is whole when its marker stands as far right of the header's; in
 * that table a line without an item number is not joined to the next
 * (both are rows under a rowspan). A joined row keeps its hard break when
 * its last line had one, so that a row the page width wrapped still reads
 * on. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"
#include "utf8.h"

/* Lines looked through for the table's next row, lines one row may wrap
 * onto. */
enum { BLOCK_MAX_LINES = 40, ROW_MAX_LINES = 8, HEADER_WORD_MAX = 128 };

/* The table being read: its delimiter row's cells (0: no table), the
 * column its header names for the 必須/選択 marker (-1: none). */
typedef struct pipe_table {
  size_t want;
  long marker_col;
  size_t extra; /* cells an item's row had beyond the delimiter row's (a header
                   cell spanning columns), once a row showed it */
} pipe_table;

/* The cells of a pipe row: pipes that part cells, plus one; an outer pipe
 * parts none, but a closing pipe without a leading one opens an empty last
 * cell ("必須|": the cell's text went on the next lines). 1: no pipe. */
static size_t line_cells(const char *s, size_t n) {
  size_t end = jn__sheet_trim_end(s, n), start = 0, pipes = 0;
  while (start < end && s[start] == ' ')
    start++;
  for (size_t i = start; i < end; i++)
    pipes += s[i] == '|' && (i == start || s[i - 1] != '\\');
  return pipes + 1;
}

static int has_pipe(jn_line_span l) { return memchr(l.s, '|', l.n) != NULL; }

/* The line without its indent and a list item's bullet ("  * 架空"). */
static jn_line_span block_text(jn_line_span l) {
  size_t end = jn__sheet_trim_end(l.s, l.n), i = 0;
  while (i < end && l.s[i] == ' ')
    i++;
  if (i + 1 < end && strchr("*-+", l.s[i]) && l.s[i + 1] == ' ')
    i += 2;
  while (i < end && l.s[i] == ' ')
    i++;
  return (jn_line_span){l.s + i, end - i};
}

/* Does the line end with a hard line break (two blanks, CommonMark
 * 6.7)? A row ends so; a line the page's width wrapped does not. */
static int hard_break(jn_line_span l) { return jn__sheet_trailing_blanks(l.s, l.n) >= 2; }

/* Is the delimiter row written without outer pipes ("---|---")? */
static int bare_delimiter(jn_line_span l) {
  jn_line_span t = block_text(l);
  return t.n && t.s[0] != '|';
}

/* The text of cell k of line l (pipes part the cells; a leading pipe
 * opens an empty first cell), trimmed; n 0 when the line has no cell k. */
static jn_line_span cell_at(jn_line_span l, size_t k) {
  size_t end = jn__sheet_trim_end(l.s, l.n), i = 0;
  while (i < end && l.s[i] == ' ')
    i++;
  for (; k && i < end; i++)
    k -= l.s[i] == '|';
  size_t e = i;
  while (e < end && l.s[e] != '|')
    e++;
  while (i < e && l.s[i] == ' ')
    i++;
  while (e > i && l.s[e - 1] == ' ')
    e--;
  return k ? (jn_line_span){l.s, 0} : (jn_line_span){l.s + i, e - i};
}

/* Does the line open a row of its own: its first cell an item's number
 * (4, 2-1, No.4)? No cell a line break cut goes on so. */
static int opens_item(jn_line_span l) {
  jn_line_span c = cell_at(l, 0);
  const char *id;
  size_t idn;
  return c.n && memchr(l.s, '|', l.n) && jn__sheet_item_id(c.s, c.n, &id, &idn);
}

/* Where 必須/選択 markers stand in lines i..j-1 read as one row: the
 * column of the first cell that is a marker alone (a later line's first
 * piece, which goes on with the cell above, aside, unless that line ended
 * with the pipe opening its cell) in *first, -1 when none
 * is. Returns whether the lines stray from column col (-1: unknown, never):
 * a marker alone stands in another cell, or the cell under col holds more
 * than a marker or a mark (○) would. Then the lines are rows of their own,
 * cells under a rowspan or a colspan left out (html2markdown writes no
 * cell for them), not one row a line break cut. */
enum { MARK_MAX_CHARS = 4 };

/* Does the line end with a pipe that opens an empty cell, which the next
 * line's first piece fills whole ("…⑤その他|" over "選択| ①…")? */
static int opens_cell(jn_line_span l) {
  size_t end = jn__sheet_trim_end(l.s, l.n);
  return end && l.s[end - 1] == '|' && (end < 2 || l.s[end - 2] != '\\');
}

static int markers_in_row(const jn_line_span *l, size_t i, size_t j, long col, long *first) {
  size_t at = 0, under = 0; /* characters in column col */
  int astray = 0;
  *first = -1;
  for (size_t k = i; k < j; k++) {
    size_t cells = line_cells(l[k].s, l[k].n);
    for (size_t c = 0; c < cells; c++) {
      jn_line_span t = cell_at(l[k], c);
      const char *canon;
      int alone = t.n && jn__marker_word(t.s, t.n, JN_MARKER_WORD, &canon) == t.n;
      if (alone && *first < 0 && (k == i || c > 0 || opens_cell(l[k - 1])))
        *first = (long)(at + c);
      if (col >= 0 && at + c == (size_t)col)
        under += jn__utf8_count(t.s, t.n);
      else if (alone)
        astray = 1;
    }
    at += cells - 1;
  }
  return col >= 0 && (astray || under > MARK_MAX_CHARS);
}

/* Where a row of lines i..j-1 ends with the lines without a pipe its last
 * cell went on over: under a line that did not end with a hard break (the
 * page's width wrapped it after "必須|"), up to ROW_MAX_LINES from i. */
static size_t wrapped_tail(const jn_line_span *l, size_t n, size_t i, size_t j) {
  while (j < n && j < i + ROW_MAX_LINES && !hard_break(l[j - 1]) &&
         jn__sheet_trim_end(l[j].s, l[j].n) && !has_pipe(l[j]) && block_text(l[j]).s[0] != '#')
    j++;
  return j;
}

/* Do lines i.. make one row of `want` cells, a line with a pipe first and
 * no blank line inside (where it ends in *end)? Each line after the first
 * goes on with the cell the line before ended in; lines without a pipe
 * right under a row that did not end with a hard break go on with its
 * last cell (the page's width wrapped it after "必須|"). */
static int full_row(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb,
                    size_t *end) {
  size_t want = tb->want;
  if (i >= n || !has_pipe(l[i]) || jn__sheet_delimiter_cells(l[i].s, l[i].n))
    return 0;
  size_t cells = line_cells(l[i].s, l[i].n), j = i + 1;
  while (cells < want && j < n && j < i + ROW_MAX_LINES && jn__sheet_trim_end(l[j].s, l[j].n) &&
         !jn__sheet_delimiter_cells(l[j].s, l[j].n) && !opens_item(l[j]))
    cells += line_cells(l[j].s, l[j].n) - 1, j++;
  /* a header cell spanning columns (【審査対象項目】 over No. and 大項目)
   * leaves the delimiter row short of the rows' cells: an item's row of one
   * or two cells more is whole when its marker stands that much right of
   * the header's */
  size_t extra = cells > want ? cells - want : 0;
  if (cells < want || extra > 2 || (j < n && jn__sheet_delimiter_cells(l[j].s, l[j].n)))
    return 0; /* no row, or the header row of the next table */
  long col = tb->marker_col < 0 ? -1 : tb->marker_col + (long)extra, first = -1;
  int astray = (extra || j > i + 1) && markers_in_row(l, i, j, col, &first);
  if (extra && (col < 0 || !opens_item(l[i]) || first != col))
    return 0;
  if (j > i + 1 && astray)
    return 0;
  if (j > i + 1 && tb->extra && !opens_item(l[i]))
    return 0; /* under a spanning header cell, a line without an item number that
                 falls short is a row under a rowspan, as the next one is */
  *end = wrapped_tail(l, n, i, j);
  return 1;
}

/* Does the line open with a pipe: the rest of a row whose cell a block
 * interrupted ("| 更新審査済み"), or a row whose first cell is empty? */
static int leading_pipe(jn_line_span l) {
  jn_line_span t = block_text(l);
  return t.n && t.s[0] == '|';
}

static int section_between(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb);
static int table_row(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb,
                     size_t *end);

/* An item's row with fewer cells than the table (a cell spanning two
 * columns, 財務監査・財務データの状況 over 大項目 and 小項目) that a line break
 * cut: lines with a pipe from the one with the item's number up to a blank
 * line or the next item's row, whose marker stands as far left of the
 * header's column as the row has cells fewer. */
static int cut_short_row(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb,
                         size_t *end) {
  if (!opens_item(l[i]) || tb->marker_col < 0)
    return 0;
  size_t cells = line_cells(l[i].s, l[i].n), j = i + 1;
  while (j < n && j < i + ROW_MAX_LINES && jn__sheet_trim_end(l[j].s, l[j].n) && has_pipe(l[j]) &&
         !opens_item(l[j]) && !jn__sheet_delimiter_cells(l[j].s, l[j].n))
    cells += line_cells(l[j].s, l[j].n) - 1, j++;
  if (j == i + 1 || cells >= tb->want || (j < n && jn__sheet_trim_end(l[j].s, l[j].n) &&
                                          !opens_item(l[j])))
    return 0;
  long col = tb->marker_col - (long)(tb->want - cells), first = -1;
  if (col < 0 || markers_in_row(l, i, j, col, &first) || first != col)
    return 0;
  *end = j;
  return 1;
}

/* Does the line (a hard break after it) end where no cell's text ends:
 * after a comma or an opening bracket ("…への対応の有無と、")? */
static int ends_open(jn_line_span l) {
  static const char *const open[] = {"、", ",", "，", "(", "（", "「"};
  size_t end = jn__sheet_trim_end(l.s, l.n);
  for (size_t k = 0; k < sizeof open / sizeof open[0]; k++) {
    size_t m = strlen(open[k]);
    if (end >= m && !memcmp(l.s + end - m, open[k], m))
      return 1;
  }
  return 0;
}

/* A row under a rowspan whose first cell a line break cut: html2markdown
 * writes the cell's <br> as a hard break, so the row's first line has no
 * pipe, and the next line goes on with that cell:
 *
 *   暗号化措置(ネットワーク)への対応の有無と、
 *   「有り」の場合はその概要| TLS 1.3
 *
 * A line without a pipe under a row is also a section row or the rest of
 * the row above; a cell's text does not end with a comma or an opening
 * bracket, so only such a line is taken so, over a line with a pipe that
 * opens no item and has as many cells as a row under a rowspan may, above
 * a blank line, a row or a section row. */
static int cut_first_cell(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb,
                          size_t *end) {
  if (i + 1 >= n || has_pipe(l[i]) || !hard_break(l[i]) || !ends_open(l[i]) ||
      !has_pipe(l[i + 1]) || opens_item(l[i + 1]) ||
      jn__sheet_delimiter_cells(l[i + 1].s, l[i + 1].n))
    return 0;
  size_t cells = line_cells(l[i + 1].s, l[i + 1].n), j = i + 2, e;
  if (cells < 2 || cells > tb->want)
    return 0;
  if (j < n && jn__sheet_trim_end(l[j].s, l[j].n) && !table_row(l, n, j, tb, &e) &&
      !section_between(l, n, j, tb))
    return 0;
  *end = j;
  return 1;
}

/* A row is a full one, one line with fewer cells (a row under a rowspan,
 * its leading cells left out, and the lines its last cell wrapped onto)
 * above a blank line or a full row (an item's row, or a row's rest after
 * its cell's block ("| 認証範囲は…"), above the next item's row or a
 * section row too: rows under rowspans follow each other), or an item's
 * short row cut by a line break. */
static int table_row(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb,
                     size_t *end) {
  size_t want = tb->want;
  if (full_row(l, n, i, tb, end) || cut_first_cell(l, n, i, tb, end))
    return 1;
  size_t cells = i < n && has_pipe(l[i]) ? line_cells(l[i].s, l[i].n) : 0, e;
  if (cells < 2 || cells > want || jn__sheet_delimiter_cells(l[i].s, l[i].n))
    return 0;
  /* lines without a pipe under an item's line the page's width wrapped
   * (no hard break) go on with its last cell, as under a full row */
  size_t j = opens_item(l[i]) ? wrapped_tail(l, n, i, i + 1) : i + 1;
  *end = j;
  if (j == n || !jn__sheet_trim_end(l[j].s, l[j].n) || full_row(l, n, j, tb, &e) ||
      ((opens_item(l[i]) || leading_pipe(l[i])) &&
       (opens_item(l[j]) || section_between(l, n, j, tb))))
    return 1;
  *end = i + 1;
  return cut_short_row(l, n, i, tb, end);
}

/* Where the table's next row after the lines from i starts (the lines
 * before it, blank or not, are the last cell's blocks: a block comes after
 * a blank line), or 0 when a line that no row starts with a pipe, a
 * heading or a delimiter row comes first, or none does within
 * BLOCK_MAX_LINES. */
static size_t next_row(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb) {
  if (i < n && jn__sheet_trim_end(l[i].s, l[i].n))
    return 0; /* a line right under the row is no block: a section row */
  for (size_t j = i, end = 0; j < n && j <= i + BLOCK_MAX_LINES; j++) {
    jn_line_span t = block_text(l[j]);
    if (!t.n)
      continue;
    if (t.s[0] == '#' || jn__sheet_delimiter_cells(l[j].s, l[j].n))
      return 0;
    if (has_pipe(l[j])) { /* a short line neither an item's row nor a row's rest may be
                             anything with a pipe (a footer's links: a | b), unless an
                             item's or a full row follows it: a row under a rowspan */
      size_t after;
      return table_row(l, n, j, tb, &end) &&
                     (opens_item(l[j]) || leading_pipe(l[j]) || full_row(l, n, j, tb, &after) ||
                      (end < n && (opens_item(l[end]) || full_row(l, n, end, tb, &after))))
                 ? j
                 : 0;
    }
  }
  return 0;
}

/* Writes the row of lines i..end-1 as one line, and the text of the
 * blocks up to `next` (when there is a next row) in its last cell. */
static void put_row(jn_buf *b, jn_line_map *lm, const jn_line_span *l, size_t i, size_t end,
                    size_t next) {
  int open_cell = 0; /* the last cell is empty so far */
  for (size_t j = i; j < end; j++) {
    size_t m = jn__sheet_trim_end(l[j].s, l[j].n);
    if (j > i) /* a line break in the cell, or a wrap at a blank */
      jn__buf_puts(b, hard_break(l[j - 1]) ? "<br>" : " ");
    jn__buf_put(b, l[j].s, m);
    open_cell = m && l[j].s[m - 1] == '|';
  }
  for (size_t j = end; j < next; j++) {
    jn_line_span t = block_text(l[j]);
    if (!t.n)
      continue;
    jn__buf_puts(b, open_cell ? " " : "<br>");
    jn__buf_put(b, t.s, t.n);
    open_cell = 0;
  }
  if (next > end || hard_break(l[end - 1]))
    jn__buf_puts(b, "  "); /* the row ended, as the table's others do (sheet_cells.c joins
                              a row without it to the next line: a row the width wrapped) */
  jn__sheet_put_line(b, lm, "", 0, (uint64_t)i + 1);
}

/* Line k of a header row that opened at line `first`: a later line's
 * leading pipe is the one sheet_pipehead.c gave the line above the
 * delimiter row, no cell's (the line goes on with the cell above). */
static jn_line_span header_piece(const jn_line_span *l, size_t k, size_t first) {
  jn_line_span p = l[k];
  if (k > first && p.n && p.s[0] == '|')
    p.s++, p.n--;
  return p;
}

/* Do lines i.. (no blank among them) make the header row of a table whose
 * delimiter row, right under them, has no outer pipes? Its line in *end.
 * html2markdown breaks a header cell at its <br> (記述<br>内容) as it does
 * a body cell. */
static int header_lines(const jn_line_span *l, size_t n, size_t i, size_t *end) {
  if (!has_pipe(l[i]) && !jn__roles_cut_marker(l[i].s, jn__sheet_trim_end(l[i].s, l[i].n)))
    return 0; /* a header opens with a pipe, or with the marker's word cut (必須/) */
  size_t cells = line_cells(l[i].s, l[i].n), j = i + 1;
  for (; j < n && j < i + ROW_MAX_LINES && jn__sheet_trim_end(l[j].s, l[j].n); j++) {
    size_t d = jn__sheet_delimiter_cells(l[j].s, l[j].n);
    if (d) {
      *end = j;
      return j > i + 1 && d == cells && bare_delimiter(l[j]);
    }
    jn_line_span p = header_piece(l, j, i);
    cells += line_cells(p.s, p.n) - 1;
  }
  return 0;
}

/* The header row of lines i..end-1 on one line, a cell's breaks as <br>. */
static void put_header(jn_buf *b, jn_line_map *lm, const jn_line_span *l, size_t i, size_t end) {
  for (size_t k = i; k < end; k++) {
    jn_line_span p = header_piece(l, k, i);
    if (k > i)
      jn__buf_puts(b, hard_break(l[k - 1]) ? "<br>" : " ");
    jn__buf_put(b, p.s, jn__sheet_trim_end(p.s, p.n));
  }
  jn__buf_puts(b, "  ");
  jn__sheet_put_line(b, lm, "", 0, (uint64_t)i + 1);
}

/* The column the header row of lines head..end-1 names for the 必須/選択
 * marker, -1 when none: a cell's pieces on the lines of a cut header
 * (必須/ then 選択) are read as one word. A leading pipe there is the one
 * sheet_pipehead.c gave the row, no empty first cell. */
static long marker_column(const jn_line_span *l, size_t head, size_t end) {
  char w[HEADER_WORD_MAX];
  size_t wn = 0;
  jn_line_span first = block_text(l[head]);
  long col = first.n && first.s[0] == '|' ? -1 : 0;
  for (size_t k = head; k < end; k++) {
    jn_line_span line = header_piece(l, k, head);
    size_t cells = line_cells(line.s, line.n);
    for (size_t c = 0; c < cells; c++) {
      if (c > 0 || k == head)
        wn = 0; /* a new cell; a later line's first piece goes on with the last */
      jn_line_span p = cell_at(line, c);
      if (wn + p.n < sizeof w)
        memcpy(w + wn, p.s, p.n), wn += p.n;
      if (c + 1 < cells || k + 1 == end) {
        if (col >= 0 && jn__roles_header_word(w, wn) == JN_COL_MARKER)
          return col;
        col++;
      }
    }
  }
  return -1;
}

/* The next row's first line after the row that ends at `end`: the line
 * after the blocks when another row follows, else `end` itself. */
static size_t after_blocks(const jn_line_span *l, size_t n, size_t end, const pipe_table *tb) {
  size_t next = next_row(l, n, end, tb);
  return next ? next : end;
}

/* A line without a pipe between two rows of a table (a section row that
 * spans the table, written as its bare text: " **人材**"): the table goes
 * on under it. */
static int section_between(const jn_line_span *l, size_t n, size_t i, const pipe_table *tb) {
  size_t end;
  return i + 1 < n && table_row(l, n, i + 1, tb, &end);
}

char *jn__sheet_pipe_blocks(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len || !memchr(in, '|', len))
    return NULL;
  size_t n = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  pipe_table tb = {0, -1, 0};
  size_t changed = 0, head = 0; /* the first line of the last header row */
  for (size_t i = 0, end = 0; i < n && !b.failed;) {
    size_t d = jn__sheet_delimiter_cells(l[i].s, l[i].n);
    if (d) { /* the header row above; a cut one joined (sheet_cutrow.c) left a blank under it */
      size_t top = i > 1 && !jn__sheet_trim_end(l[i - 1].s, l[i - 1].n) ? i - 1 : i;
      tb.want = bare_delimiter(l[i]) ? d : 0;
      tb.extra = 0;
      tb.marker_col = tb.want && top ? marker_column(l, head < top ? head : top - 1, top) : -1;
    }
    if (!d && !tb.want && header_lines(l, n, i, &end)) {
      changed++;
      put_header(&b, lm, l, i, end);
      head = i;
      i = end;
      continue;
    }
    head = i; /* a header on one line, if the next is a delimiter row */
    if (!d && tb.want && table_row(l, n, i, &tb, &end)) {
      size_t cells = 1;
      for (size_t k = i; k < end && has_pipe(l[k]); k++)
        cells += line_cells(l[k].s, l[k].n) - 1;
      if (!tb.extra && cells > tb.want && cells <= tb.want + 2 && opens_item(l[i]))
        tb.extra = cells - tb.want; /* its header has a cell spanning columns */
      size_t next = after_blocks(l, n, end, &tb);
      changed += next > i + 1;
      put_row(&b, lm, l, i, end, next);
      i = next;
      continue;
    }
    if (!d && jn__sheet_trim_end(l[i].s, l[i].n) && !has_pipe(l[i]) &&
        !(tb.want && section_between(l, n, i, &tb)))
      tb.want = 0; /* text outside a row: the table ended */
    jn__sheet_put_line(&b, lm, l[i].s, l[i].n, (uint64_t)i + 1);
    i++;
  }
  free(l);
  if (!changed) {
    jn__buf_free(&b);
    jn__line_map_free(lm);
    return NULL;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
