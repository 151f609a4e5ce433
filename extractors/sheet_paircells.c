/* sheet_paircells.c — a two-column table written a cell a paragraph, as
 * turndown writes a <table> without its GFM plugin, turned back into rows
 * of two tab-separated cells.
 *
 *   項目                          項目	仕様
 *                                 耐震性能	震度7相当
 *   仕様                    ->    監視カメラ	24時間録画、映像は90日間保存
 *
 *   耐震性能
 *
 *   震度7相当
 *   …
 *
 * Read as text, the cells alternate label, value, label, value, and a
 * reader pairing lines by order loses its step at the first value of two
 * paragraphs or a label without a value. The table is told by its header:
 * two paragraphs of one line each, the first a column word that is no
 * answer's (項目, dict/columns.tsv) and the second one that is (仕様, 内容).
 * The paragraphs after it make rows two by two, a cell's lines (a <br>, a
 * list) joined by <br>, up to a heading (## or a section number), a label
 * that is a sentence or too long to be one, or a label of several lines.
 * It runs after a print's running heads and feet are gone (sheet_pages.c),
 * which would stand between a label and its value. A table needs
 * ROWS_MIN rows. Each row takes its label's line; every other line is
 * kept as it is.
 *
 * A company's figures over several periods come so too: a label (決算期)
 * and two periods or more (2025年3月期, each a date or period alone, as
 * the scanner reads it), then each row's label and one figure a period.
 * Such a table becomes rows of as many cells, read by the period header
 * reader (sheet.c) for the latest period's figures. So does a wider table
 * of attributes (対象 | 頻度 | 世代 | 保管期間 | 保管場所, then a row per
 * thing), read by the attribute header reader. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
#include "sheet.h"
#include "utf8.h"

enum { ROWS_MIN = 2, LABEL_MAX_CHARS = 40, PERIODS_MAX = 8, WIDE_MIN = 3, WIDE_MAX = 8,
       HEAD_MAX_CHARS = 8 };

typedef jn_line_span span;

/* A paragraph: lines from..to-1, none blank. */
typedef struct para {
  size_t from, to;
} para;

static int blank(span l) { return jn__sheet_trim_end(l.s, l.n) == 0; }

/* A line a browser's print puts at a page's edge, wherever pdftotext
 * leaves it: a local page's address (file://…), its number (1/2) or the
 * time of printing (12/5/26, 7:30 PM). sheet_pages.c drops them when they
 * repeat; a two-page print may leave them between a label and its value. */
static int page_furniture(span l) {
  size_t n = jn__sheet_trim_end(l.s, l.n), k = 0;
  if (jn__sheet_starts(l.s, n, "file://"))
    return 1; /* a web address may be a cell's value: only a local file's is none */
  while (k < n && strchr("0123456789/,: APM", l.s[k]))
    k++;
  return k == n && n && memchr(l.s, '/', n) != NULL;
}

/* The text's paragraphs, *n of them, page furniture left out; NULL when
 * memory ran out. */
static para *paragraphs(const span *l, size_t nl, size_t *n) {
  para *p = malloc((nl / 2 + 1) * sizeof *p);
  *n = 0;
  if (!p)
    return NULL;
  for (size_t i = 0; i < nl;) {
    while (i < nl && blank(l[i]))
      i++;
    if (i == nl)
      break;
    size_t from = i;
    while (i < nl && !blank(l[i]))
      i++;
    if (i > from + 1 || !page_furniture(l[from]))
      p[(*n)++] = (para){from, i};
  }
  return p;
}

/* A paragraph of one line that is a column's word of the role wanted
 * (answer: 1, any other: 0). */
static int header_cell(const span *l, para p, int answer) {
  if (p.to != p.from + 1)
    return 0;
  int role = jn__roles_header_word(l[p.from].s, jn__sheet_trim_end(l[p.from].s, l[p.from].n));
  return role && role != JN_COL_CHOICE && (role == JN_COL_ANSWER) == answer;
}

/* Can the paragraph be a row's label: one line, no heading, short, no
 * sentence? */
static int label_cell(const span *l, para p) {
  if (p.to != p.from + 1)
    return 0;
  size_t n = jn__sheet_trim_end(l[p.from].s, l[p.from].n);
  const char *s = l[p.from].s;
  if (!n || s[0] == '#' || jn__sheet_heading(s, n) || jn__sheet_list_bullet(s, n) ||
      jn__utf8_count(s, n) > LABEL_MAX_CHARS)
    return 0;
  return !(n >= 3 && !memcmp(s + n - 3, "。", 3));
}

static int value_cell(const span *l, para p) {
  return l[p.from].s[0] != '#' && !jn__sheet_heading(l[p.from].s, l[p.from].n);
}

static int column_word(const span *l, para p) {
  return p.to == p.from + 1 &&
         jn__roles_header_word(l[p.from].s, jn__sheet_trim_end(l[p.from].s, l[p.from].n));
}

/* A paragraph of one line that is a date or a period and nothing else
 * (2025年3月期, 2024年度). */
static int period_cell(const jn_ctx *ctx, const span *l, para p) {
  if (p.to != p.from + 1)
    return 0;
  size_t n = jn__sheet_trim_end(l[p.from].s, l[p.from].n);
  return n && n <= 64 && jn__sheet_is_period(ctx, l[p.from].s, n);
}

/* The periods after a label paragraph h (決算期 | 2024年3月期 | 2025年3月期):
 * how many, 0 when fewer than two. */
static size_t period_header(const jn_ctx *ctx, const span *l, const para *p, size_t np, size_t h) {
  if (!label_cell(l, p[h]) || period_cell(ctx, l, p[h]))
    return 0;
  size_t k = 0;
  while (h + 1 + k < np && k < PERIODS_MAX && period_cell(ctx, l, p[h + 1 + k]))
    k++;
  return k >= 2 ? k : 0;
}

/* Rows of width w (a label, w-1 figures, each as short as a label) from
 * paragraph i on: how many. */
static size_t figure_rows(const jn_ctx *ctx, const span *l, const para *p, size_t np, size_t i,
                          size_t w) {
  size_t rows = 0;
  for (; i + w <= np && label_cell(l, p[i]) && !period_cell(ctx, l, p[i]); i += w, rows++)
    for (size_t k = 1; k < w; k++)
      if (!label_cell(l, p[i + k]))
        return rows;
  return rows;
}

/* The rows of the table whose header is paragraphs h and h+1 (two column
 * words, no third beside them: a wider table's header is not this one's):
 * how many. */
static size_t table_rows(const span *l, const para *p, size_t np, size_t h) {
  if (!header_cell(l, p[h], 0) || !header_cell(l, p[h + 1], 1) ||
      (h > 0 && column_word(l, p[h - 1])) || (h + 2 < np && column_word(l, p[h + 2])))
    return 0;
  size_t rows = 0;
  for (size_t i = h + 2; i + 1 < np && label_cell(l, p[i]) && value_cell(l, p[i + 1]); i += 2)
    rows++;
  return rows;
}

/* A paragraph's lines as one cell: without their blanks at either end,
 * parted by <br>. */
static void put_cell(jn_buf *b, const span *l, para p) {
  for (size_t k = p.from; k < p.to; k++) {
    size_t n = jn__sheet_trim_end(l[k].s, l[k].n), i = 0;
    while (i < n && l[k].s[i] == ' ')
      i++;
    if (k > p.from)
      jn__buf_puts(b, "<br>");
    jn__buf_put(b, l[k].s + i, n - i);
  }
}

/* w paragraphs from p as one row of tab-separated cells, on the first's line. */
static void put_cells(jn_buf *b, jn_line_map *lm, const span *l, const para *p, size_t w) {
  for (size_t k = 0; k < w; k++) {
    if (k)
      jn__buf_puts(b, "\t");
    put_cell(b, l, p[k]);
  }
  jn__sheet_put_line(b, lm, "", 0, (uint64_t)p[0].from + 1);
}

static int has_digit_in(const span *l, para p) {
  for (size_t k = p.from; k < p.to; k++)
    for (size_t i = 0; i < l[k].n; i++)
      if (l[k].s[i] >= '0' && l[k].s[i] <= '9')
        return 1;
  return 0;
}

/* A wider table of attributes (対象 | 頻度 | 世代 | 保管期間 | 保管場所, then
 * a row per thing): a run of one-line cells from paragraph h, after a
 * paragraph that is none, up to one that is none, no 必須/選択 among them
 * (a form's rows), header words short (8 characters). Its width w is the
 * least that divides the run into a header and ROWS_MIN rows or more, the
 * header without a figure and every row a thing's name (no figure) then
 * cells holding one (a header run on into the first row, or a row cut
 * short, would not). Its rows (header included), the width in *w; 0 when
 * none. */
static size_t attribute_rows(const span *l, const para *p, size_t np, size_t h, size_t *w) {
  if (h > 0 && label_cell(l, p[h - 1]))
    return 0; /* inside a run: the table starts where the run does */
  size_t run = 0;
  while (h + run < np && label_cell(l, p[h + run])) {
    const char *canon;
    span c = l[p[h + run].from];
    size_t n = jn__sheet_trim_end(c.s, c.n);
    if (n && jn__marker_word(c.s, n, JN_MARKER_WORD, &canon) == n)
      return 0; /* the form's rows, a cell a paragraph: their marker tells them */
    run++;
  }
  for (size_t width = WIDE_MIN; width <= WIDE_MAX && width * (ROWS_MIN + 1) <= run; width++) {
    if (run % width)
      continue;
    int fits = 1;
    for (size_t k = 0; k < width && fits; k++) {
      span c = l[p[h + k].from];
      int role = jn__roles_header_word(c.s, jn__sheet_trim_end(c.s, c.n));
      /* a form's header (No., 回答, 必須/選択) is the form reader's */
      fits = !has_digit_in(l, p[h + k]) && jn__utf8_count(c.s, c.n) <= HEAD_MAX_CHARS &&
             (role == JN_COL_NONE || role == JN_COL_LABEL);
    }
    for (size_t r = width; r < run && fits; r += width) {
      int figure = 0;
      for (size_t k = 1; k < width; k++)
        figure |= has_digit_in(l, p[h + r + k]);
      fits = figure && !has_digit_in(l, p[h + r]); /* a row: the thing, its figures */
    }
    if (fits) {
      *w = width;
      return run / width;
    }
  }
  return 0;
}

/* The table whose header starts at paragraph i: its width (2, a label and
 * its periods, or a header of attributes) in *w, its rows (header
 * included); 0 when none. */
static size_t table_at(const jn_ctx *ctx, const span *l, const para *p, size_t np, size_t i,
                       size_t *w) {
  size_t rows = table_rows(l, p, np, i);
  if (rows >= ROWS_MIN) {
    *w = 2;
    return rows + 1;
  }
  size_t k = period_header(ctx, l, p, np, i);
  if (!k)
    return attribute_rows(l, p, np, i, w);
  rows = figure_rows(ctx, l, p, np, i + 1 + k, k + 1);
  *w = k + 1;
  return rows >= ROWS_MIN ? rows + 1 : 0;
}

char *jn__sheet_pair_cells(const jn_ctx *ctx, const char *in, size_t len, size_t *out_len,
                           jn_line_map *lm) {
  size_t nl = 0, np = 0, tables = 0, w;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &nl);
  para *p = l ? paragraphs(l, nl, &np) : NULL;
  for (size_t i = 0; p && i + 1 < np; i++)
    tables += table_at(ctx, l, p, np, i, &w) > 0;
  if (!tables) {
    free(p);
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  size_t line = 0; /* the next line to copy */
  for (size_t i = 0; i + 1 < np && !b.failed; i++) {
    size_t rows = table_at(ctx, l, p, np, i, &w);
    if (!rows)
      continue;
    for (; line < p[i].from; line++)
      jn__sheet_put_line(&b, lm, l[line].s, l[line].n, (uint64_t)line + 1);
    for (size_t r = 0; r < rows; r++)
      put_cells(&b, lm, l, p + i + r * w, w);
    line = p[i + rows * w - 1].to;
    i += rows * w - 1;
  }
  for (; line < nl; line++)
    jn__sheet_put_line(&b, lm, l[line].s, l[line].n, (uint64_t)line + 1);
  free(p);
  free(l);
  return jn__sheet_pass_result(&b, out_len, lm);
}
