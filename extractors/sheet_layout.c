/* sheet_layout.c — text laid out in columns by spaces (pdftotext -layout,
 * fixed-width exports, browser copies) into tab-separated cells.
 *
 * Such text separates cells by runs of two spaces or more, which
 * normalization would fold into one: each run between two words becomes a
 * tab. A cell too long for its column wraps onto the next lines, where its
 * text stands under the cell it continues and the columns to its left stay
 * blank:
 *
 *   2-1   サービス提供時間   毎日 0:00~24:00    定期メンテナンス
 *                                               (毎月第3日曜日
 *
 * Such a line (it leaves the row's first cell blank and each of its pieces
 * starts where a cell of the row above starts, in display columns: a kanji
 * takes two, ICU's East Asian Width says which) is joined to the cell above,
 * so the row reads whole. Browser copies do not align their cells, so no
 * line of theirs is taken for a continuation. Pipe rows (Markdown) are left
 * as they are. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { LAYOUT_MAX_CELLS = 32, MIN_RUN_LINES = 5 };

/* Display columns where many rows start a cell: a cell that fills its
 * column leaves one blank before the next (elinks, w3m without borders:
 * "…対有利子負 選択"), and the next cell still starts there. */
enum { KNOWN_COLS = 512 };
typedef struct column_starts {
  unsigned char at[KNOWN_COLS];
  /* where cells followed by another on their line end, line by line: the
   * edges of the columns near a row (a text may hold several tables whose
   * columns start alike and end apart) */
  struct cell_end {
    uint64_t line;
    int col, end;
    int last; /* the row's last cell: no neighbour bounds it */
  } *ends;
  size_t n_ends, cap_ends;
  int left; /* where the rows' first cells start (-1: unknown) */
  size_t columns; /* how many: the first column and one per start */
} column_starts;

/* One piece of a line between runs of blanks: where it starts on the
 * screen, and its bytes. */
typedef struct piece {
  int col[2]; /* in characters (pdftotext's grid), in display columns (w3m's) */
  int end[2]; /* where it ends, the same two ways */
  const char *p;
  size_t n;
} piece;

typedef struct layout_row {
  piece cell[LAYOUT_MAX_CELLS];
  piece tail[LAYOUT_MAX_CELLS];   /* the cell's last line so far */
  char *joined[LAYOUT_MAX_CELLS]; /* a cell's text with its wrapped lines */
  size_t n;
  uint64_t line;
  uint64_t tail_line[LAYOUT_MAX_CELLS]; /* the line of each cell's last piece */
  uint64_t now;                         /* the line being read */
  const column_starts *cs;              /* the text's columns, when known */
  int edges;                            /* a cell at its column's edge is full */
  int inner; /* its first cell is not the table's first column (cells
                spanning rows left of it): that cell may wrap too */
  int top;   /* the first row after text or a blank line: a header may be */
} layout_row;

/* " | " in the line: a Markdown row without outer pipes. */
static int spaced_pipes(const char *s, size_t n) {
  int k = 0;
  for (size_t i = 1; i + 1 < n; i++)
    k += s[i] == '|' && s[i - 1] == ' ' && s[i + 1] == ' ';
  return k;
}

/* A Markdown row, with or without its outer pipes (html2markdown writes
 * "1|  **稼働率** 月間の稼働率| 99.9%"): its blanks part no cells. */
static int pipe_row(const char *s, size_t n) {
  return (n && s[0] == '|') || spaced_pipes(s, n) >= 2 || jn__sheet_bare_pipe_row(s, n);
}

static int known_start(const column_starts *cs, int dcol) {
  return cs && dcol > 0 && dcol < KNOWN_COLS && cs->at[dcol];
}

/* The line's pieces (at most cap); a tab, or two blanks or more, end one,
 * and so does one blank before a known column start (cs, may be NULL). */
/* Does a marker word stand alone at p (必須, 選択), up to the line's end or
 * a run of blanks? A print whose question column runs full leaves one
 * blank before it (…の資本金(単独ベー 必須  9,800万円): it is a cell of
 * its own all the same. */
static int marker_alone_at(const char *p, size_t m) {
  const char *canon;
  size_t k = jn__marker_word(p, m, JN_MARKER_WORD, &canon);
  return k && (k == m || (p[k] == ' ' && (k + 1 == m || p[k + 1] == ' ')));
}

static size_t pieces_at(const char *s, size_t n, piece *out, size_t cap,
                        const column_starts *cs) {
  size_t k = 0;
  int col = 0, dcol = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    if (s[i] == ' ') {
      col++, dcol++, i++;
      continue;
    }
    if (k == cap)
      break;
    out[k] = (piece){{col, dcol}, {col, dcol}, s + i, 0};
    int32_t end = i;
    while ((size_t)i < n && !(s[i] == ' ' && ((size_t)i + 1 == n || s[i + 1] == ' ' ||
                                              known_start(cs, dcol + 1) ||
                                              marker_alone_at(s + i + 1, n - (size_t)i - 1)))) {
      UChar32 cp;
      U8_NEXT(s, i, (int32_t)n, cp);
      col++;
      dcol += cp < 0 ? 1 : jn__display_width(cp);
      if (cp != ' ')
        end = i, out[k].end[0] = col, out[k].end[1] = dcol;
    }
    out[k].n = (size_t)(end - (out[k].p - s));
    k++;
  }
  return k;
}

static size_t pieces(const char *s, size_t n, piece *out, size_t cap) {
  return pieces_at(s, n, out, cap, NULL);
}

/* The length of a list item's mark and the blanks after it ("-   text",
 * "1.  text", as pandoc writes a list), 0 when the line is none: its
 * blanks part no cells. */
static size_t list_mark(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && s[k] == ' ')
    k++;
  size_t m = k;
  if (m < n && (s[m] == '-' || s[m] == '*' || s[m] == '+'))
    m++;
  else {
    while (m < n && m - k < 3 && s[m] >= '0' && s[m] <= '9')
      m++;
    if (m == k || m >= n || (s[m] != '.' && s[m] != ')'))
      return 0;
    m++;
  }
  if (m + 1 >= n || s[m] != ' ')
    return 0;
  while (m < n && s[m] == ' ')
    m++;
  return m < n ? m : 0;
}

/* Does the line have a run of two blanks or more between two words? */
static int has_run(const char *s, size_t n) {
  size_t mark = list_mark(s, n);
  if (mark)
    s += mark, n -= mark; /* "-   差分の退避:6時間ごと": a list item */
  for (size_t k = 1; k + 2 < n; k++)
    if (s[k - 1] != ' ' && s[k - 1] != '\t' && s[k] == ' ' && s[k + 1] == ' ')
      return 1;
  return 0;
}

/* Does cell j of row r reach its column's edge, the furthest the cells
 * of its column end on the lines around it, but for a wide character that
 * did not fit and one the line could not end before (キャッ / シュ: a small
 * kana never starts a line)? groff's tables leave wider gaps between
 * columns than the next cell's start tells. */
enum { EDGE_LINES = 12 };

/* The first end kept within EDGE_LINES above the line (ends are kept in
 * the order of their lines). */
static size_t first_end_near(const column_starts *cs, uint64_t line) {
  size_t lo = 0, hi = cs->n_ends;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cs->ends[mid].line + EDGE_LINES < line)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int at_edge(const layout_row *r, size_t j) {
  const column_starts *cs = r->cs;
  int c = r->cell[j].col[1], edge = 0;
  if (!r->edges || !cs || c <= 0 || c >= KNOWN_COLS || !cs->at[c])
    return 0;
  uint64_t line = r->tail_line[j];
  size_t lo = first_end_near(cs, line);
  for (size_t e = lo; e < cs->n_ends && cs->ends[e].line <= line + EDGE_LINES; e++)
    if (cs->ends[e].col == c && !cs->ends[e].last && cs->ends[e].end > edge)
      edge = cs->ends[e].end;
  return edge && r->tail[j].end[1] >= edge - 3;
}

/* Does the last column wrap its cells (makeinfo's, groff's tables): on
 * the lines around the row, WRAPS_MIN last cells of its column go on over
 * the next line, each from a line that ends where most of them end? Such
 * a column's cell goes on under the row's other cells; in a table that
 * does not wrap, a line under all of them is the next row's. */
enum { WRAPS_MIN = 4 };
static int last_column_wraps(const layout_row *r) {
  const column_starts *cs = r->cs;
  int c = r->n ? r->cell[r->n - 1].col[1] : 0;
  if (!cs || c <= 0 || c >= KNOWN_COLS || !cs->at[c])
    return 0;
  uint64_t line = r->tail_line[r->n - 1];
  size_t lo = first_end_near(cs, line);
  unsigned short count[KNOWN_COLS + 1] = {0};
  for (size_t e = lo; e < cs->n_ends && cs->ends[e].line <= line + EDGE_LINES; e++) {
    const struct cell_end *x = &cs->ends[e];
    if (x->col != c || !x->last || x->end <= 0 || x->end > KNOWN_COLS)
      continue;
    for (size_t f = e + 1; f < cs->n_ends && cs->ends[f].line <= x->line + 1; f++)
      if (cs->ends[f].line == x->line + 1 && cs->ends[f].col == c) {
        count[x->end]++; /* its rest on the next line */
        break;
      }
  }
  for (int e = 1; e <= KNOWN_COLS; e++) /* ends one apart: a wide character's half */
    if (count[e] + count[e - 1] >= WRAPS_MIN)
      return 1;
  return 0;
}

/* Was cell j of row r cut by its column's width? Its text reaches the next
 * cell but for the gap between them; the last cell has no neighbour and
 * counts when it is long. A cell ending well short of its column is
 * whole: the line under it is a row of its own whose first cells a
 * rowspan left blank (pandoc's plain tables), not its continuation. What
 * counts is the cell's last line so far: a cell whose last line ended
 * short has ended. */
static int full(const layout_row *r, size_t j, int m) {
  if (at_edge(r, j))
    return 1;
  if (j + 1 < r->n)
    return r->tail[j].end[m] >= r->cell[j + 1].col[m] - 4;
  return r->tail[j].end[0] - r->tail[j].col[0] >= 6;
}

/* Does piece p start where cell c starts, within a column either way,
 * measured in characters (m 0) or display columns (m 1)? */
static int starts_under(const piece *p, const piece *c, int m) {
  return p->col[m] >= c->col[m] - 1 && p->col[m] <= c->col[m] + 1;
}

/* The first of the n cells that piece p starts under (display columns), n
 * when none. */
static size_t cell_under(const piece *cells, size_t n, const piece *p) {
  size_t j = 0;
  while (j < n && !starts_under(p, &cells[j], 1))
    j++;
  return j;
}

/* Do cell j of row r and the piece under it stand in a column one wide
 * character wide (選 / 択, 必 / 須)? Such a column goes on a character a
 * line, whether or not a cell stands to its right to measure it by. Two
 * characters are a word of their own (必須 under 必須 is the next row's). */
static int narrow_pair(const layout_row *r, size_t j, const piece *p) {
  return r->tail[j].end[1] - r->tail[j].col[1] <= 2 && p->end[1] - p->col[1] <= 2;
}

/* The cell of row r that a piece continues, or -1, measuring columns in
 * characters (m 0) or display columns (m 1): the row's first cell never (a
 * line that fills it starts a row of its own). */
static int continued_cell(const layout_row *r, const piece *pc, int m) {
  for (size_t j = r->inner ? 0 : 1; j < r->n; j++) {
    if (!starts_under(pc, &r->cell[j], m))
      continue;
    /* under a cell opening with its item's number ("1 情報セキュリティ…"),
     * the next number ("2 コンプライアンス…") opens the next row */
    if (jn__sheet_leading_id(pc->p, pc->n) && jn__sheet_leading_id(r->cell[j].p, r->cell[j].n))
      return -1;
    /* a cell wraps onto the very next line: one that left its column
     * blank on a line has ended (w3m without borders: "…市場名 選" / "択"
     * / the next row's question, centred above its item number) */
    return r->tail_line[j] + 1 >= r->now && (full(r, j, m) || narrow_pair(r, j, pc)) ? (int)j : -1;
  }
  return -1;
}

/* How the line continues row r: the measure (0 or 1) under which each of
 * its pieces stands under a cell of the row, or -1 when it does not. */
static int continues(layout_row *r, const piece *pc, size_t k) {
  for (r->edges = 0; r->edges < 2; r->edges++)
    for (int m = 0; m < 2 && r->n >= 2 && k; m++) {
      size_t i = 0, last = 0;
      for (int j; i < k && (j = continued_cell(r, &pc[i], m)) >= 0; i++)
        last |= (size_t)j + 1 == r->n;
      /* by the columns' edges, a line under the last cell too is the
       * next row's, a rowspan having left its first cells blank (法人番号
       * | 9020001055512 under 事業者の正式名称(商号) | 架空株式会社),
       * unless that column wraps its cells too */
      if (i == k && !(r->edges && last && !last_column_wraps(r)))
        return m;
    }
  r->edges = 0;
  return -1;
}

/* Cells spanning rows stand in the middle of their rows too: the item
 * number and label of a group of rows may come on the second line of its
 * first row, beside the rest of that row's cells ("役員数 選" then "7 役員
 * 択"). A line whose pieces left of the row's first cell are new and whose
 * other pieces go on from the row's cells gives the row those leading
 * cells. How many pieces it adds at the left, 0 when the line is no such
 * line. */
static size_t adds_left(const layout_row *r, const piece *pc, size_t k) {
  if (!r->n || r->n + k > LAYOUT_MAX_CELLS)
    return 0;
  size_t left = 0;
  while (left < k && pc[left].col[1] < r->cell[0].col[1] - 1)
    left++;
  if (!left)
    return 0;
  int first = 0; /* pieces going on from the row's first cell */
  for (size_t q = left; q < k; q++) {
    size_t j = cell_under(r->cell, r->n, &pc[q]);
    if (j == r->n || !(full(r, j, 1) || (j && narrow_pair(r, j, &pc[q]))))
      return 0; /* under a cell that has ended: a row of its own */
    first += j == 0;
  }
  /* the first cell goes on only beside the group's item number (a label
   * wrapped: "サービス" then "40  (事業)変更"); else the piece under it is a
   * new row's first cell ("■窓口  ■その他", two boxes side by side) */
  const char *id;
  size_t idn;
  return first && !jn__sheet_item_id(pc[0].p, pc[0].n, &id, &idn) ? 0 : left;
}

/* A centred group seen on its own lines: a text browser without borders
 * prints a group's item number, label and marker in the middle of the
 * group's rows, on a line of their own when its first row's question and
 * answer stand on the line above, filling the gaps of that row:
 *
 *                  事業者の正式名称(商号)            架空株式会社
 *   2    事業者名                               必須
 *
 * Does the line, opening with an item number left of the row's first
 * cell, bring cells that stand between the row's (one line so far, right
 * above, after a blank line) and overlap none of them, none right of its
 * last (the answer's)? */
static int interleaves(const layout_row *r, const piece *pc, size_t k) {
  const char *id;
  size_t idn;
  if (!r->n || !r->top || r->n + k > LAYOUT_MAX_CELLS || r->now != r->line + 1 || k < 2 ||
      pc[0].col[1] >= r->cell[0].col[1] || pc[k - 1].col[1] >= r->cell[r->n - 1].col[1] ||
      !jn__sheet_item_id(pc[0].p, pc[0].n, &id, &idn))
    return 0; /* not the first line after a blank one; a cell past the answer's */
  for (size_t j = 0; j < r->n; j++)
    if (r->tail_line[j] != r->line)
      return 0; /* the row went on over more lines: no row of one line */
  for (size_t q = 0; q < k; q++)
    for (size_t j = 0; j < r->n; j++)
      if (pc[q].col[1] < r->cell[j].end[1] + 1 && r->cell[j].col[1] < pc[q].end[1] + 1)
        return 0;
  return 1;
}

/* The line's pieces put among the row's cells, in the order they stand. */
static void interleave(layout_row *r, const piece *pc, size_t k) {
  for (size_t q = 0; q < k; q++) {
    size_t at = 0;
    while (at < r->n && r->cell[at].col[1] < pc[q].col[1])
      at++;
    for (size_t j = r->n; j > at; j--) {
      r->cell[j] = r->cell[j - 1], r->tail[j] = r->tail[j - 1];
      r->joined[j] = r->joined[j - 1], r->tail_line[j] = r->tail_line[j - 1];
    }
    r->cell[at] = r->tail[at] = pc[q];
    r->joined[at] = NULL;
    r->tail_line[at] = r->now;
    r->n++;
  }
}

static int ascii_word(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

void jn__sheet_put_after(jn_buf *t, const char *b, size_t bn) {
  if (t->len && bn && ascii_word((unsigned char)t->data[t->len - 1]) && ascii_word((unsigned char)b[0]))
    jn__buf_puts(t, " ");
  jn__buf_put(t, b, bn);
}

static int join(layout_row *r, size_t j, const piece *pc);

/* The row takes the line's leading pieces as its first cells, and the
 * others go on from its cells. */
static int add_left(layout_row *r, const piece *pc, size_t k, size_t left) {
  memmove(r->cell + left, r->cell, r->n * sizeof r->cell[0]);
  memmove(r->tail + left, r->tail, r->n * sizeof r->tail[0]);
  memmove(r->tail_line + left, r->tail_line, r->n * sizeof r->tail_line[0]);
  memmove(r->joined + left, r->joined, r->n * sizeof r->joined[0]);
  for (size_t q = 0; q < left; q++)
    r->cell[q] = r->tail[q] = pc[q], r->joined[q] = NULL, r->tail_line[q] = r->now;
  r->n += left;
  r->inner = 0; /* the item number added is the table's first column */
  for (size_t q = left; q < k; q++) {
    size_t j = left + cell_under(r->cell + left, r->n - left, &pc[q]);
    if (j < r->n && join(r, j, &pc[q]) != 0)
      return -1;
  }
  return 0;
}

/* Joins a wrapped piece to its cell (jn__sheet_put_after). */
static int join(layout_row *r, size_t j, const piece *pc) {
  r->tail[j] = *pc;
  r->tail_line[j] = r->now;
  jn_buf t = JN_BUF_INIT;
  if (r->joined[j])
    jn__buf_puts(&t, r->joined[j]);
  else
    jn__buf_put(&t, r->cell[j].p, r->cell[j].n);
  jn__sheet_put_after(&t, pc->p, pc->n);
  if (t.failed) {
    jn__buf_free(&t);
    return -1;
  }
  free(r->joined[j]);
  r->joined[j] = jn__buf_detach(&t);
  return 0;
}

static size_t columns_before(const column_starts *cs, int col, size_t cells);

static void flush(jn_buf *b, layout_row *r, const char *indent, size_t indent_n,
                  jn_line_map *lm, const column_starts *cs) {
  if (!r->n)
    return;
  jn__buf_put(b, indent, indent_n);
  for (size_t k = columns_before(cs, r->cell[0].col[1], r->top ? r->n : 0); k; k--)
    jn__buf_puts(b, "\t");
  for (size_t j = 0; j < r->n; j++) {
    if (j)
      jn__buf_puts(b, "\t");
    const char *c = r->joined[j] ? r->joined[j] : r->cell[j].p;
    size_t cn = r->joined[j] ? strlen(r->joined[j]) : r->cell[j].n;
    /* "事業者名        :架空…": the colon after the label's blanks is the
     * pair's, not the value's */
    size_t colon = !j ? 0 : c[0] == ':' ? 1 : cn >= 3 && !memcmp(c, "\xef\xbc\x9a", 3) ? 3 : 0;
    if (colon && colon < cn) {
      c += colon, cn -= colon;
      while (cn && *c == ' ')
        c++, cn--;
    }
    jn__buf_put(b, c, cn);
    free(r->joined[j]);
    r->joined[j] = NULL;
  }
  jn__buf_puts(b, "\n");
  b->failed |= jn__line_map_add(lm, r->line) != 0;
  r->n = 0;
}

/* A line that has tabs: each run of two spaces or more between two words
 * becomes one more tab; its tabs stay as they are. A run that ends the line
 * is copied whole, not looked at again from each of its spaces (quadratic
 * in its length). */
static void put_runs_as_tabs(jn_buf *b, const char *s, size_t n) {
  size_t lead = 0; /* the line's indent is no cell break */
  while (lead < n && s[lead] == ' ')
    lead++;
  jn__buf_put(b, s, lead);
  for (size_t i = lead; i < n; i++) {
    size_t k = i;
    while (k < n && s[k] == ' ')
      k++;
    if (k - i >= 2 && k < n) {
      jn__buf_puts(b, "\t");
      i = k - 1;
      continue;
    }
    if (k == n) {
      jn__buf_put(b, s + i, n - i);
      break;
    }
    jn__buf_put(b, s + i, 1);
  }
  jn__buf_puts(b, "\n");
}

/* A line of cells parted by runs of blanks, not a pipe row. */
static int row_with_run(const char *s, size_t n) { return !pipe_row(s, n) && has_run(s, n); }

/* A column one or two wide characters wide (a 必須/選択 marker column,
 * wrapped to a character a line when narrower) leaves a single blank
 * before the next cell: "必 架空ソフト株式会社", "選択 員持株会 11.5%". The
 * display column where the next cell starts, 0 when the piece does not
 * start so. */
static int after_narrow(const piece *p) {
  int32_t i = 0;
  int width = 0;
  for (int chars = 0; chars < 2 && (size_t)i < p->n && p->p[i] != ' '; chars++) {
    UChar32 cp;
    U8_NEXT(p->p, i, (int32_t)p->n, cp);
    if (cp < 0 || jn__display_width(cp) != 2)
      return 0;
    width += 2;
  }
  if (!width || (size_t)i + 1 >= p->n || p->p[i] != ' ' || p->p[i + 1] == ' ')
    return 0;
  return p->col[1] + width + 1;
}

/* The column starts of the text's rows: a start shared by a fifth of the
 * rows of three cells or more, and by five at least (none when the text
 * has too few such rows). */
/* Keeps where piece p of the line ends (memory running out loses only
 * edges: a cell then reads as ending where its neighbour says). */
static void add_end(column_starts *cs, uint64_t line, const piece *p, int last) {
  if (cs->n_ends == cs->cap_ends) {
    size_t cap = cs->cap_ends ? cs->cap_ends * 2 : 256;
    void *more = realloc(cs->ends, cap * sizeof *cs->ends);
    if (!more)
      return;
    cs->ends = more, cs->cap_ends = cap;
  }
  cs->ends[cs->n_ends++] = (struct cell_end){line, p->col[1], p->end[1], last};
}

static void learn_columns(const char *in, size_t len, column_starts *cs) {
  unsigned count[KNOWN_COLS] = {0};
  int left = -1;
  size_t rows = 0;
  uint64_t line = 0;
  cs->ends = NULL, cs->n_ends = cs->cap_ends = 0;
  for (size_t i = 0; i < len;) {
    const char *s = in + i, *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    line++;
    piece pc[LAYOUT_MAX_CELLS];
    size_t k = memchr(s, '\t', n) || pipe_row(s, n) ? 0 : pieces(s, n, pc, LAYOUT_MAX_CELLS);
    if (k && k < 3) /* a wrapped cell's rest, a line of its own */
      add_end(cs, line, &pc[k - 1], 1);
    if (k < 3)
      continue;
    rows++;
    if (left < 0 || pc[0].col[1] < left)
      left = pc[0].col[1];
    for (size_t j = 0; j < k; j++) {
      int narrow = after_narrow(&pc[j]); /* the row's first column too: 必須 1 */
      if (j && pc[j].col[1] < KNOWN_COLS)
        count[pc[j].col[1]]++;
      if (j)
        add_end(cs, line, &pc[j], j + 1 == k);
      if (narrow && narrow < KNOWN_COLS)
        count[narrow]++;
    }
  }
  cs->columns = 1;
  for (int c = 0; c < KNOWN_COLS; c++) { /* column 0 starts every row: no boundary */
    cs->at[c] = c > 0 && count[c] >= MIN_RUN_LINES && count[c] * 5 >= rows;
    cs->columns += cs->at[c];
  }
  cs->left = rows >= MIN_RUN_LINES ? left : -1;
}

/* How many columns of the table lie left of the row's first cell: a row
 * under cells that span rows (its item number and label blank) starts
 * with as many empty cells, so that its cells stand under their headers.
 * A table's top row of `cells` cells (0: not its top row) has no more
 * columns before it than the table has beside them: a header centred over
 * its columns ("  指標   目標値 …" over "サービス稼働率 99.9% …") fills them
 * all from the first. */
static size_t columns_before(const column_starts *cs, int col, size_t cells) {
  if (!cs || cs->left < 0 || col <= cs->left + 1)
    return 0;
  size_t k = 1; /* the first column */
  for (int c = cs->left + 2; c < col - 1 && c < KNOWN_COLS; c++)
    k += cs->at[c];
  return !cells || k + cells <= cs->columns ? k : cs->columns > cells ? cs->columns - cells : 0;
}

/* ------------------------------------ cells centred in their row */

/* w3m and elinks print a cell in the middle of its row: a cell taller than
 * the row's others starts on lines above the row's first line (the one
 * holding its item number), and those lines come before it:
 *
 *                   別の変電所を経由した給電ルート(系統)で2ルート  必
 *   75  給電ルート  以上が確保されているか否か(自家発電機、UPSを除 須 同一変電所から…
 *                   く)
 *
 * Such a line is held and joined in front of the row's cells. It is one
 * when the first row line under it (within ABOVE_MAX lines) starts further
 * left, and each of its pieces starts where a cell of that row starts and
 * fills that cell's column, as every line of a wrapped cell but the last
 * does. */
enum { ABOVE_MAX = 3 };

typedef struct above_lines {
  piece pc[ABOVE_MAX][LAYOUT_MAX_CELLS];
  size_t k[ABOVE_MAX], n;
  const char *s[ABOVE_MAX];
  size_t len[ABOVE_MAX];
} above_lines;

/* The pieces of the line starting at offset at (none past the text). */
static size_t pieces_of_line(const char *in, size_t len, size_t at, const column_starts *cs,
                             piece *pc, const char **s, size_t *n) {
  *s = in + at, *n = 0;
  if (at >= len)
    return 0;
  const char *nl = memchr(in + at, '\n', len - at);
  *n = nl ? (size_t)(nl - *s) : len - at;
  return memchr(*s, '\t', *n) || pipe_row(*s, *n) ? 0 : pieces_at(*s, *n, pc, LAYOUT_MAX_CELLS, cs);
}

static int fills_cell_of(const piece *row, size_t rn, const piece *p) {
  size_t j = cell_under(row, rn, p);
  if (j == rn)
    return 0;
  if (j + 1 < rn)
    return p->end[1] >= row[j + 1].col[1] - 4;
  return p->end[1] >= row[j].end[1] - 4; /* the last column: as wide as the row's line */
}

static int above_row(const char *in, size_t len, size_t next, const column_starts *cs,
                     const piece *pc, size_t k) {
  const char *s = NULL;
  size_t n = 0;
  piece row[LAYOUT_MAX_CELLS];
  for (size_t look = 0; look < ABOVE_MAX && next < len; look++) {
    size_t rn = pieces_of_line(in, len, next, cs, row, &s, &n);
    if (!n)
      return 0; /* a blank line: no row under it */
    next = (size_t)(s - in) + n + 1;
    if (rn >= 2 && has_run(s, n) && row[0].col[1] < pc[0].col[1]) {
      for (size_t j = 0; j < k; j++)
        if (!fills_cell_of(row, rn, &pc[j]))
          return 0;
      return 1;
    }
  }
  return 0;
}

/* Joins the held lines' pieces in front of the new row's cells. */
static int join_above(layout_row *r, above_lines *a) {
  for (size_t j = 0; j < r->n; j++) {
    jn_buf t = JN_BUF_INIT;
    for (size_t l = 0; l < a->n; l++)
      for (size_t q = 0; q < a->k[l]; q++) {
        const piece *p = &a->pc[l][q];
        if (starts_under(p, &r->cell[j], 1))
          jn__sheet_put_after(&t, p->p, p->n);
      }
    if (t.len) {
      jn__sheet_put_after(&t, r->cell[j].p, r->cell[j].n);
      if (t.failed) {
        jn__buf_free(&t);
        return -1;
      }
      free(r->joined[j]);
      r->joined[j] = jn__buf_detach(&t);
    }
    jn__buf_free(&t);
  }
  a->n = 0;
  return 0;
}

/* Lines held that no row took, as they are. */
static void put_above(jn_buf *b, above_lines *a, uint64_t line, jn_line_map *lm) {
  for (size_t l = 0; l < a->n; l++) {
    jn__sheet_put_line(b, lm, a->s[l], a->len[l], line - a->n + l);
  }
  a->n = 0;
}

char *jn__sheet_layout(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (jn__sheet_count_lines(in, len, row_with_run, MIN_RUN_LINES) < MIN_RUN_LINES)
    return NULL;
  column_starts cs;
  learn_columns(in, len, &cs);
  jn_buf b = JN_BUF_INIT;
  layout_row row = {0};
  row.cs = &cs;
  above_lines *above = calloc(1, sizeof *above);
  if (!above) {
    free(cs.ends);
    return NULL;
  }
  const char *indent = NULL;
  size_t indent_n = 0;
  uint64_t line = 0;
  int in_rows = 0; /* the line before was a row's */
  for (size_t i = 0; i < len && !b.failed;) {
    const char *s = in + i, *nl = memchr(s, '\n', len - i);
    size_t n = nl ? (size_t)(nl - s) : len - i;
    i += n + 1;
    line++;
    if (memchr(s, '\t', n)) { /* tab-separated already: its empty cells count */
      in_rows = 0;
      flush(&b, &row, indent, indent_n, lm, &cs);
      put_above(&b, above, line, lm);
      put_runs_as_tabs(&b, s, n);
      b.failed |= jn__line_map_add(lm, line) != 0;
      continue;
    }
    piece pc[LAYOUT_MAX_CELLS];
    size_t k = pipe_row(s, n) ? 0 : pieces_at(s, n, pc, LAYOUT_MAX_CELLS, &cs);
    row.now = line;
    int m = k ? continues(&row, pc, k) : -1;
    if (m >= 0 && row.inner && continued_cell(&row, &pc[k - 1], m) == 0 &&
        above_row(in, len, i, &cs, pc, k))
      m = -1; /* only the first cell would go on, and the line tops the next
                 row's centred cell: the next group's label ("サービス") */
    if (m < 0)
      row.edges = 0;
    if (m >= 0) {
      for (size_t j = 0; j < k; j++)
        if (join(&row, (size_t)continued_cell(&row, &pc[j], m), &pc[j]) != 0)
          b.failed = 1;
      row.edges = 0;
      continue;
    }
    if (k && interleaves(&row, pc, k)) { /* the group's item, label and marker */
      interleave(&row, pc, k);
      indent = s, indent_n = (size_t)(pc[0].p - s);
      continue;
    }
    size_t left = k ? adds_left(&row, pc, k) : 0;
    if (left) { /* the group's item number and label, beside the row's rest */
      if (add_left(&row, pc, k, left) != 0)
        b.failed = 1;
      indent = s, indent_n = (size_t)(pc[0].p - s);
      continue;
    }
    flush(&b, &row, indent, indent_n, lm, &cs);
    if (k && above->n < ABOVE_MAX && above_row(in, len, i, &cs, pc, k)) {
      memcpy(above->pc[above->n], pc, k * sizeof pc[0]); /* the top of a centred cell */
      above->k[above->n] = k, above->s[above->n] = s, above->len[above->n] = n;
      above->n++;
      continue;
    }
    if (k >= 2 && has_run(s, n)) { /* a row: it may wrap onto the next lines */
      memcpy(row.cell, pc, k * sizeof pc[0]);
      memcpy(row.tail, pc, k * sizeof pc[0]);
      for (size_t j = 0; j < k; j++)
        row.tail_line[j] = line;
      row.n = k, row.line = line;
      row.top = !in_rows;
      in_rows = 1;
      row.inner = columns_before(&cs, pc[0].col[1], row.top ? k : 0) > 0;
      indent = s, indent_n = (size_t)(pc[0].p - s);
      if (above->n && join_above(&row, above) != 0)
        b.failed = 1;
      continue;
    }
    put_above(&b, above, line, lm);
    in_rows = 0;
    jn__sheet_put_line(&b, lm, s, n, line); /* anything else as it is */
  }
  flush(&b, &row, indent, indent_n, lm, &cs);
  put_above(&b, above, line + 1, lm);
  free(above);
  free(cs.ends);
  if (b.failed)
    for (size_t j = 0; j < LAYOUT_MAX_CELLS; j++)
      free(row.joined[j]);
  return jn__sheet_pass_result(&b, out_len, lm);
}

/* ------------------------------------------------ definition lists */

static size_t indent_of(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && s[k] == ' ')
    k++;
  return k;
}

/* A term of a definition list as text browsers print one (w3m, lynx: the
 * term, then its definition indented under it): a short line of one piece,
 * followed at once by a line indented deeper. */
/* The indent of a definition's first line, pandoc's definition mark
 * counted in (":   0987-2402" under its term, as `pandoc -t markdown`
 * writes a <dl>). */
static size_t def_indent(const char *s, size_t n) {
  size_t k = indent_of(s, n);
  if (k + 1 < n && (s[k] == ':' || s[k] == '~') && s[k + 1] == ' ')
    k = k + 1 + indent_of(s + k + 1, n - k - 1);
  return k;
}

/* Does the line start with a list item's mark (・, -, *, 1.)? */
static int bulleted(const char *s, size_t n) {
  size_t a = indent_of(s, n);
  return list_mark(s, n) || jn__sheet_starts(s + a, n - a, "・") ||
         jn__sheet_starts(s + a, n - a, "•");
}

/* A figure alone, with at most a short word after it (2,300社以上, 約48万
 * 人, 99.2%): a number set large on a slide, no term's definition. */
static int figure_like(const char *s, size_t n) {
  size_t k = jn__sheet_starts(s, n, "約") ? strlen("約") : 0, d = k;
  while (k < n && ((s[k] >= '0' && s[k] <= '9') || ((s[k] == ',' || s[k] == '.') && k > d)))
    k++;
  if (k == d || k == n || n - k > 12)
    return 0; /* a number alone (a corporate number, a year) is a value, not a figure's */
  for (size_t i = k; i < n; i++)
    if (s[i] == ' ' || (s[i] >= '0' && s[i] <= '9'))
      return 0;
  return 1;
}

/* Does the line end with a required marker in brackets (…(西暦) 【必須】):
 * the guideline's question, closed by its marker, however long. */
static int closed_by_marker(const char *s, size_t n) {
  static const char open[] = "【", close[] = "】";
  size_t k = sizeof close - 1;
  if (n < 2 * k || memcmp(s + n - k, close, k))
    return 0;
  for (size_t i = n - k; i-- > 0;)
    if (!memcmp(s + i, open, k) && i + k <= n - k) {
      size_t in = n - k - (i + k);
      return in && jn__marker_word(s + i + k, in, JN_MARKER_WORD, NULL) == in;
    }
  return 0;
}

enum { TERM_MAX = 60, QUESTION_TERM_MAX = 400 };

static int term_at(const char *s, size_t n, const char *next, size_t nn) {
  size_t a = indent_of(s, n), b = def_indent(next, nn);
  size_t most = closed_by_marker(s, n) ? QUESTION_TERM_MAX : TERM_MAX;
  if (a == n || b == nn || b < a + 2 || n - a > most || has_run(s + a, n - a) ||
      has_run(next + b, nn - b))
    return 0; /* a row of columns (pdftotext -layout) is no definition */
  if (bulleted(s, n) && bulleted(next, nn))
    return 0; /* a list item over the items of a nested list (・稼働率: / - 目標:…) */
  size_t ln;
  if (jn__sheet_pair_split(next + b, nn - b, &ln))
    return 0; /* a title over pairs (サポート体制 / 受付時間: 平日 9:30~18:30) */
  if (figure_like(s + a, n - a))
    return 0; /* a slide's figure set large, its caption under it (2,300社以上 / 導入企業数) */
  /* a numbered question closed by its marker is an item's term, no heading
   * (1. 開示の日付:情報開示の年月日(西暦) 【必須】 / "    2024.11.15") */
  return !pipe_row(s, n) && !memchr(s, '\t', n) &&
         (most == QUESTION_TERM_MAX || !jn__sheet_heading(s + a, n - a));
}

/* How many terms the text has; the pass runs from three on. */
static size_t count_terms(const char *in, size_t len) {
  size_t terms = 0;
  for (size_t i = 0; i < len && terms < 3;) {
    size_t e = jn__sheet_line_end(in, len, i);
    if (e < len) {
      size_t e2 = jn__sheet_line_end(in, len, e + 1);
      terms += term_at(in + i, e - i, in + e + 1, e2 - e - 1);
    }
    i = e + 1;
  }
  return terms;
}

/* The widest line of the text: the browser's window. */
static int text_width(const char *in, size_t len) {
  int most = 0;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    int w = (int)jn__text_width(in + i, e - i);
    most = w > most ? w : most;
    i = e + 1;
  }
  return most;
}

char *jn__sheet_definitions(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (count_terms(in, len) < 3)
    return NULL;
  int window = text_width(in, len);
  jn_buf b = JN_BUF_INIT;
  uint64_t line = 0;
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    line++;
    b.failed |= jn__line_map_add(lm, line) != 0;
    size_t e2 = e < len ? jn__sheet_line_end(in, len, e + 1) : len;
    if (e < len && term_at(in + i, e - i, in + e + 1, e2 - e - 1)) {
      /* "会社名" then "    株式会社シロガネ": one line, term<TAB>definition;
       * the definition's wrapped lines (as deep) join it */
      size_t depth = def_indent(in + e + 1, e2 - e - 1);
      jn__buf_put(&b, in + i, e - i);
      jn__buf_puts(&b, "\t");
      size_t j = e + 1;
      int first = 1, prev_w = 0;
      while (j < len) {
        size_t je = jn__sheet_line_end(in, len, j);
        size_t d = first ? def_indent(in + j, je - j) : indent_of(in + j, je - j);
        if (d < depth || d == je - j || has_run(in + j + d, je - j - d))
          break; /* a row of columns (a table's header) is no definition either */
        /* a line the browser wrapped reached across the window; one that
         * ended short was ended by its writer (<br>, one item per line:
         * 主要株主 / 鳴海 透 / 架空ホールディングス株式会社), a paragraph of
         * the cell */
        if (!first) {
          char mark[2] = {JN_PARAGRAPH_MARK, 0};
          jn__buf_puts(&b, prev_w * 10 >= window * 7 ? " " : mark);
        }
        jn__buf_put(&b, in + j + d, je - j - d);
        prev_w = (int)jn__text_width(in + j, je - j);
        first = 0;
        line++;
        j = je + 1;
      }
      jn__buf_puts(&b, "\n");
      i = j;
      continue;
    }
    jn__buf_put(&b, in + i, e - i);
    jn__buf_puts(&b, "\n");
    i = e + 1;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
