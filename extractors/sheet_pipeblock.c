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
 * and its breaks as <br>. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

/* Lines looked through for the table's next row, lines one row may wrap
 * onto. */
enum { BLOCK_MAX_LINES = 40, ROW_MAX_LINES = 8 };

/* The cells of a pipe row: pipes that part cells, plus one; an outer pipe
 * parts none, but a closing pipe without a leading one opens an empty last
 * cell ("必須|": the cell's text went on the next lines). 1: no pipe. */
static size_t line_cells(const char *s, size_t n) {
  size_t end = jn__sheet_trim_end(s, n), start = 0, pipes = 0;
  while (start < end && s[start] == ' ')
    start++;
  for (size_t i = start; i < end; i++)
    pipes += s[i] == '|' && (i == start || s[i - 1] != '\\');
  int lead = start < end && s[start] == '|', close = end > start && s[end - 1] == '|';
  size_t cells = pipes + 1 - (size_t)(lead && pipes);
  return lead && close && pipes >= 2 ? cells - 1 : cells;
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

/* Do lines i.. make one row of `want` cells, a line with a pipe first and
 * no blank line inside (where it ends in *end)? Each line after the first
 * goes on with the cell the line before ended in; lines without a pipe
 * right under a row that did not end with a hard break go on with its
 * last cell (the page's width wrapped it after "必須|"). */
static int full_row(const jn_line_span *l, size_t n, size_t i, size_t want, size_t *end) {
  if (i >= n || !has_pipe(l[i]) || jn__sheet_delimiter_cells(l[i].s, l[i].n))
    return 0;
  size_t cells = line_cells(l[i].s, l[i].n), j = i + 1;
  while (cells < want && j < n && j < i + ROW_MAX_LINES && jn__sheet_trim_end(l[j].s, l[j].n) &&
         !jn__sheet_delimiter_cells(l[j].s, l[j].n))
    cells += line_cells(l[j].s, l[j].n) - 1, j++;
  if (cells != want || (j < n && jn__sheet_delimiter_cells(l[j].s, l[j].n)))
    return 0; /* no row, or the header row of the next table */
  while (j < n && j < i + ROW_MAX_LINES && !hard_break(l[j - 1]) &&
         jn__sheet_trim_end(l[j].s, l[j].n) && !has_pipe(l[j]) && block_text(l[j]).s[0] != '#')
    j++;
  *end = j;
  return 1;
}

/* A row is a full one, or one line with fewer cells (a row under a
 * rowspan, its leading cells left out) above a blank line or a full row. */
static int table_row(const jn_line_span *l, size_t n, size_t i, size_t want, size_t *end) {
  if (full_row(l, n, i, want, end))
    return 1;
  size_t cells = i < n && has_pipe(l[i]) ? line_cells(l[i].s, l[i].n) : 0, e;
  if (cells < 2 || cells > want || jn__sheet_delimiter_cells(l[i].s, l[i].n))
    return 0;
  *end = i + 1;
  return i + 1 == n || !jn__sheet_trim_end(l[i + 1].s, l[i + 1].n) ||
         full_row(l, n, i + 1, want, &e);
}

/* Where the table's next row after the lines from i starts (the lines
 * before it, blank or not, are the last cell's blocks: a block comes after
 * a blank line), or 0 when a line that no row starts with a pipe, a
 * heading or a delimiter row comes first, or none does within
 * BLOCK_MAX_LINES. */
static size_t next_row(const jn_line_span *l, size_t n, size_t i, size_t want) {
  if (i < n && jn__sheet_trim_end(l[i].s, l[i].n))
    return 0; /* a line right under the row is no block: a section row */
  for (size_t j = i, end = 0; j < n && j <= i + BLOCK_MAX_LINES; j++) {
    jn_line_span t = block_text(l[j]);
    if (!t.n)
      continue;
    if (t.s[0] == '#' || jn__sheet_delimiter_cells(l[j].s, l[j].n))
      return 0;
    if (has_pipe(l[j]))
      return table_row(l, n, j, want, &end) ? j : 0;
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
  jn__sheet_put_line(b, lm, "", 0, (uint64_t)i + 1);
}

char *jn__sheet_pipe_blocks(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len || !memchr(in, '|', len))
    return NULL;
  size_t n = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  size_t want = 0, changed = 0;
  for (size_t i = 0, end = 0; i < n && !b.failed;) {
    size_t d = jn__sheet_delimiter_cells(l[i].s, l[i].n);
    if (d)
      want = bare_delimiter(l[i]) ? d : 0;
    if (!d && want && table_row(l, n, i, want, &end)) {
      size_t next = next_row(l, n, end, want); /* after the blocks, if any */
      next = next ? next : end;
      changed += next > i + 1;
      put_row(&b, lm, l, i, end, next);
      i = next;
      continue;
    }
    if (!d && jn__sheet_trim_end(l[i].s, l[i].n) && !has_pipe(l[i]))
      want = 0; /* text outside a row: the table ended */
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
