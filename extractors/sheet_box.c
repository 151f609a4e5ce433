/* sheet_box.c — tables drawn with box characters, as text browsers print
 * them (w3m -dump: ┌─┬─┐ │a│b│ ├─┼─┤), into the cells the reader reads.
 *
 * A drawn table is a grid on the screen: a cell's text may wrap over several
 * lines, and a cell spanning rows is one whose rule is missing on the lines
 * between them (│2  │事業者名 ├──── : the first two columns go on, the others
 * end). Positions are display columns (a kanji takes two, as the browser
 * drew it; ICU's East Asian Width says which). Each closed row of the grid
 * becomes one line of tab-separated cells; a cell spanning rows repeats its
 * text on each, as the HTML reader does with rowspan. Lines outside the
 * drawing are left as they are. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { BOX_MAX_COLS = 32, BOX_MAX_CELLS = 4096 };

/* Is cp a box-drawing character (U+2500–U+257F)? */
static int is_box(UChar32 cp) { return cp >= 0x2500 && cp <= 0x257F; }
static int is_vertical(UChar32 cp) {
  return cp == 0x2502 || cp == 0x2503 || cp == 0x251C || cp == 0x2524 || cp == 0x253C ||
         cp == 0x2523 || cp == 0x252B || cp == 0x254B || cp == 0x2551;
}
static int is_horizontal(UChar32 cp) { return cp == 0x2500 || cp == 0x2501 || cp == 0x2550; }

int jn__display_width(int32_t cp) {
  int w = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH ? 2 : 1;
}

size_t jn__text_width(const char *s, size_t n) {
  size_t w = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    w += cp < 0 ? 1 : (size_t)jn__display_width(cp);
  }
  return w;
}

/* One line as (display column, code point, byte offset) triples. */
typedef struct glyph {
  int col;
  UChar32 cp;
  int32_t at, end;
} glyph;

static size_t glyphs(const char *s, size_t n, glyph *g, size_t cap) {
  size_t k = 0;
  int col = 0;
  for (int32_t i = 0; (size_t)i < n && k < cap;) {
    int32_t at = i;
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    if (cp < 0)
      cp = 0xFFFD;
    g[k++] = (glyph){col, cp, at, i};
    col += jn__display_width(cp);
  }
  return k;
}

/* A line of the drawing: it starts (after blanks) with a box character. */
static int drawn(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] == ' ')
    i++;
  UChar32 cp;
  int32_t j = (int32_t)i;
  if (i >= n)
    return 0;
  U8_NEXT(s, j, (int32_t)n, cp);
  return is_box(cp);
}

typedef struct box {
  int bound[BOX_MAX_COLS + 1]; /* display columns of the vertical rules */
  int n_bounds;
  int cell[BOX_MAX_COLS];      /* the open cell of each column */
  jn_buf text[BOX_MAX_CELLS];  /* the text of each cell */
  int n_cells;
  int *rows;                   /* closed rows: n_cols cell ids each */
  uint64_t *row_line;
  size_t n_rows, cap_rows;
  uint64_t open_line;          /* where the open row started */
  int touched;                 /* text since the last rule */
  int filled[BOX_MAX_COLS];    /* the column's last line reached its edge */
  int spaceless[BOX_MAX_COLS]; /* the column's last line held no space */
  int cutting[BOX_MAX_COLS];   /* its last line was a piece of a cut word */
  int room[BOX_MAX_COLS];      /* blanks after the column's last line */
  jn_box_wrap wrap;            /* how the drawing program cut long words */
  jn_buf *out;                 /* where finished rows are written */
  size_t limit;                /* the most bytes the rows may take */
  jn_line_map *lm;
} box;

static int column_at(const box *b, int col) {
  for (int c = 0; c + 1 < b->n_bounds; c++)
    if (col > b->bound[c] && col < b->bound[c + 1])
      return c;
  return -1;
}

static void learn_bounds(box *b, const glyph *g, size_t k) {
  for (size_t i = 0; i < k && b->n_bounds <= BOX_MAX_COLS; i++) {
    if (!is_box(g[i].cp) || is_horizontal(g[i].cp))
      continue;
    int seen = 0;
    for (int j = 0; j < b->n_bounds; j++)
      seen |= b->bound[j] == g[i].col;
    if (!seen) {
      int j = b->n_bounds++;
      while (j > 0 && b->bound[j - 1] > g[i].col)
        b->bound[j] = b->bound[j - 1], j--;
      b->bound[j] = g[i].col;
    }
  }
}

static int new_cell(box *b) { return b->n_cells < BOX_MAX_CELLS ? b->n_cells++ : b->n_cells - 1; }

static void write_rows(box *b, jn_buf *out, jn_line_map *lm);

/* A long drawing fills the cell store: the rows closed so far are written,
 * and the open cells move to the front of the store. Memory stays bounded
 * whatever the table's length (a cell spanning the cut keeps only its text
 * after it in the rows after it). */
static void flush(box *b) {
  int cols = b->n_bounds - 1;
  write_rows(b, b->out, b->lm);
  b->n_rows = 0;
  jn_buf keep[BOX_MAX_COLS];
  for (int c = 0; c < cols; c++) { /* the open cells' texts, taken out first */
    int dup = 0;
    for (int d = 0; d < c; d++)
      dup |= b->cell[d] == b->cell[c];
    keep[c] = (jn_buf)JN_BUF_INIT;
    if (!dup) {
      keep[c] = b->text[b->cell[c]];
      b->text[b->cell[c]] = (jn_buf)JN_BUF_INIT;
    }
  }
  for (int i = 0; i < b->n_cells; i++)
    jn__buf_free(&b->text[i]);
  for (int c = 0; c < cols; c++) {
    b->text[c] = keep[c];
    b->cell[c] = c;
  }
  b->n_cells = cols;
}

/* Does the text end in an address the cell's width may have cut
 * ("https://", "https://example.jp" then "/", "support@example." then
 * "jp")? Its last word holds :// or @ or starts with www. */
static int address_cut(const jn_buf *t) {
  size_t k = t->len;
  while (k && t->data[k - 1] != ' ' && t->data[k - 1] != '\n')
    k--;
  const char *w = t->data + k;
  size_t n = t->len - k;
  for (size_t i = 0; i + 2 < n; i++)
    if (w[i] == ':' && w[i + 1] == '/' && w[i + 2] == '/')
      return 1;
  return memchr(w, '@', n) || (n >= 4 && !memcmp(w, "www.", 4));
}

/* Does the line go on with the address the text ends in? The text's line
 * filled the column, or the address ends where it cannot (https://,
 * example., support@); and the line starts with no word of its own
 * (Web:, Tel). */
static int address_goes_on(const jn_buf *t, int filled, const char *s, size_t n) {
  if (!n || (unsigned char)s[0] <= ' ' || (unsigned char)s[0] >= 0x80 || !address_cut(t))
    return 0;
  char end = t->data[t->len - 1];
  if (!filled && !strchr("/.-@:_", end))
    return 0;
  size_t w = 0;
  while (w < n && s[w] != ' ')
    w++;
  int capital_word = n >= 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z';
  return s[w - 1] != ':' && !capital_word;
}

/* A word too long for its column is cut into pieces. Pandoc, which draws
 * the ASCII grids, cuts from the word's end: the first piece is short, on a
 * line of its own, and each later piece fills the column ("03-5" /
 * "537-5853、0" / "3-5537-5893"); it never cuts Japanese text between
 * characters, only long runs without a space. A line without a space that
 * fills the column, after a short line without a space or after another
 * piece, is such a piece. w3m cuts from the start instead (address_goes_on)
 * and wraps Japanese anywhere: its short line before a full one is a line
 * break of the page, not a cut. */
static int piece_of_word(const box *b, int column, int filled, const char *s, size_t n) {
  if (b->wrap != JN_BOX_CUTS_FROM_END)
    return 0;
  int after_start = b->spaceless[column] && (!b->filled[column] || b->cutting[column]);
  return filled && after_start && !memchr(s, ' ', n);
}

/* How wide the line's first word is: a wrapping program moves a word to
 * the next line only when it did not fit in the room left on the line
 * before, and w3m wraps Japanese anywhere (a character is a word of its
 * own). A line whose next line's first word would have fit was ended by
 * the page (a <br>, a new paragraph). */
static size_t first_word_width(const char *s, size_t n) {
  UChar32 cp;
  int32_t i = 0;
  U8_NEXT(s, i, (int32_t)n, cp);
  if (cp >= 0 && jn__display_width(cp) == 2)
    return 2;
  size_t w = 0;
  while (w < n && s[w] != ' ')
    w++;
  return jn__text_width(s, w);
}

/* Text between two rules goes to the column it starts in; a wrapped line
 * joins the text before it: with a space between two narrow characters
 * (Latin words), not inside an address or a cut word; Japanese runs on,
 * and so does a narrow sign after a line that filled its column (必 / 須 /
 * ○ is 必須○, ○ being of ambiguous width). A line that ended short was
 * ended by the page (70% / 株式会社…): a space keeps the two apart. */
static void add_text(box *b, int column, const char *s, size_t n) {
  while (n && s[0] == ' ')
    s++, n--;
  size_t blanks = 0;
  while (n && s[n - 1] == ' ')
    n--, blanks++;
  if (!n || column < 0)
    return;
  int cut = b->filled[column];
  int piece = piece_of_word(b, column, blanks < 2, s, n);
  /* (pandoc's grids cut a long word from its end, leaving a short first
   * piece that looks ended: only w3m's short lines are read so) */
  int broken = b->wrap == JN_BOX_CUTS_FROM_START &&
               b->room[column] >= (int)first_word_width(s, n) + 2;
  b->filled[column] = blanks < 2;
  b->room[column] = (int)blanks;
  b->spaceless[column] = !memchr(s, ' ', n);
  b->cutting[column] = piece;
  jn_buf *t = &b->text[b->cell[column]];
  if (t->len && !piece && broken) {
    char mark = JN_PARAGRAPH_MARK; /* the line before was ended, not wrapped */
    jn__buf_put(t, &mark, 1);
  } else if (t->len && !piece) {
    UChar32 last, first;
    int32_t i = (int32_t)t->len, j = 0;
    U8_PREV(t->data, 0, i, last);
    U8_NEXT(s, j, (int32_t)n, first);
    int narrow = jn__display_width(last) + jn__display_width(first);
    if ((narrow == 2 || (narrow == 3 && !cut)) &&
        !address_goes_on(t, cut, s, n))
      jn__buf_put(t, " ", 1);
  }
  jn__buf_put(t, s, n);
  b->touched = 1;
}

static int close_row(box *b, const int *closing) {
  if (b->n_rows == b->cap_rows) {
    size_t cap = b->cap_rows ? b->cap_rows * 2 : 64;
    int *r = realloc(b->rows, cap * BOX_MAX_COLS * sizeof *r);
    if (!r)
      return -1;
    b->rows = r;
    uint64_t *l = realloc(b->row_line, cap * sizeof *l);
    if (!l)
      return -1;
    b->row_line = l;
    b->cap_rows = cap;
  }
  memcpy(b->rows + b->n_rows * BOX_MAX_COLS, b->cell, sizeof b->cell);
  b->row_line[b->n_rows++] = b->open_line;
  if (b->n_cells + b->n_bounds >= BOX_MAX_CELLS)
    flush(b);
  for (int c = 0; c + 1 < b->n_bounds; c++)
    if (closing[c]) {
      jn__buf_free(&b->text[b->n_cells]); /* a slot freed by flush, or new */
      b->cell[c] = new_cell(b);
    }
  b->touched = 0;
  return 0;
}

/* A rule line: each column whose span holds a horizontal rule ends its cell
 * there; a column left blank goes on (a cell spanning rows). */
static int rule_line(box *b, const glyph *g, size_t k) {
  int closing[BOX_MAX_COLS] = {0}, any = 0;
  for (size_t i = 0; i < k; i++) {
    int c = column_at(b, g[i].col);
    if (c >= 0 && is_horizontal(g[i].cp))
      closing[c] = 1;
  }
  for (int c = 0; c + 1 < b->n_bounds; c++)
    any |= closing[c];
  return any && b->touched ? close_row(b, closing) : 0;
}

/* The text between the vertical rules of a line. On a rule line, the
 * columns that go on (a cell spanning rows) still carry text:
 * "│2  │事業者名   ├─────┼". */
static void content_line(box *b, const char *s, const glyph *g, size_t k) {
  size_t from = 0; /* the glyph after the last vertical rule */
  int drawing = 0; /* the segment holds rule characters */
  for (size_t i = 0; i <= k; i++) {
    if (i < k && !is_vertical(g[i].cp)) {
      drawing |= is_box(g[i].cp);
      continue;
    }
    if (from < i && !drawing)
      add_text(b, column_at(b, g[from].col), s + g[from].at, (size_t)(g[i - 1].end - g[from].at));
    from = i + 1;
    drawing = 0;
  }
}

static void write_rows(box *b, jn_buf *out, jn_line_map *lm) {
  int cols = b->n_bounds - 1;
  for (size_t r = 0; r < b->n_rows && !out->failed; r++) {
    /* a cell spanning rows repeats its text on each: a drawing whose rules
     * do not line up would repeat it without end. The rows may take a few
     * times the input, no more; beyond, the drawing is read as text. */
    if (out->len > b->limit) {
      out->failed = 1;
      break;
    }
    const int *ids = b->rows + r * BOX_MAX_COLS;
    if (jn__line_map_add(lm, b->row_line[r]) != 0)
      out->failed = 1;
    for (int c = 0; c < cols; c++) {
      const jn_buf *t = &b->text[ids[c]];
      /* a cell spanning columns is written once, in its first column */
      int repeat = c > 0 && ids[c] == ids[c - 1];
      if (c)
        jn__buf_put(out, "\t", 1);
      if (!repeat && t->len)
        jn__buf_put(out, t->data, t->len);
    }
    if (cols == 1)
      jn__buf_put(out, "\t", 1);
    jn__buf_put(out, "\n", 1);
  }
}

static void box_free(box *b) {
  for (int i = 0; i < b->n_cells; i++)
    jn__buf_free(&b->text[i]);
  free(b->rows);
  free(b->row_line);
}

/* Reads the drawing in lines [from, to) of s; writes its rows to out. */
static int read_box(const char *s, const size_t *start, const size_t *end, size_t from,
                    size_t to, jn_buf *out, jn_line_map *lm, jn_box_wrap wrap) {
  box *b = calloc(1, sizeof *b);
  glyph *g = malloc(4096 * sizeof *g);
  int rc = b && g ? 0 : -1;
  if (b)
    b->out = out, b->lm = lm, b->wrap = wrap, b->limit = 4 * (end[to - 1] - start[from]) + 65536;
  for (size_t l = from; rc == 0 && l < to; l++)
    learn_bounds(b, g, glyphs(s + start[l], end[l] - start[l], g, 4096));
  for (int c = 0; rc == 0 && c < BOX_MAX_COLS; c++)
    b->cell[c] = new_cell(b);
  for (size_t l = from; rc == 0 && l < to; l++) {
    size_t k = glyphs(s + start[l], end[l] - start[l], g, 4096);
    int rule = 0;
    for (size_t i = 0; i < k; i++)
      rule |= is_horizontal(g[i].cp);
    if (!b->touched)
      b->open_line = l + 1;
    content_line(b, s + start[l], g, k);
    if (rule)
      rc = rule_line(b, g, k);
  }
  if (rc == 0 && b->touched) {
    int all[BOX_MAX_COLS];
    for (int c = 0; c < BOX_MAX_COLS; c++)
      all[c] = 1;
    rc = close_row(b, all);
  }
  if (rc == 0)
    write_rows(b, out, lm);
  if (out->failed)
    rc = -1;
  if (b)
    box_free(b);
  free(b);
  free(g);
  return rc;
}

char *jn__sheet_box(const char *in, size_t len, size_t *out_len, jn_line_map *lm,
                    jn_box_wrap wrap) {
  size_t lines = 1;
  for (size_t i = 0; i < len; i++)
    lines += in[i] == '\n';
  size_t *start = malloc(lines * sizeof *start), *end = malloc(lines * sizeof *end);
  if (!start || !end) {
    free(start);
    free(end);
    return NULL;
  }
  size_t n = 0, drawn_lines = 0;
  for (size_t i = 0; i <= len && n < lines;) {
    const char *nl = memchr(in + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - in) : len;
    start[n] = i;
    end[n] = e > i && in[e - 1] == '\r' ? e - 1 : e;
    drawn_lines += drawn(in + start[n], end[n] - start[n]);
    n++;
    i = e + 1;
  }
  char *made = NULL;
  if (drawn_lines >= 3) {
    jn_buf out = JN_BUF_INIT;
    int rc = 0;
    for (size_t l = 0; rc == 0 && l < n;) {
      if (!drawn(in + start[l], end[l] - start[l])) {
        rc = jn__line_map_add(lm, l + 1);
        jn__buf_put(&out, in + start[l], end[l] - start[l]);
        jn__buf_put(&out, "\n", 1);
        l++;
        continue;
      }
      size_t to = l;
      while (to < n && drawn(in + start[to], end[to] - start[to]))
        to++;
      rc = read_box(in, start, end, l, to, &out, lm, wrap);
      l = to;
    }
    if (rc == 0 && !out.failed) {
      *out_len = out.len;
      made = jn__buf_detach(&out);
    }
    jn__buf_free(&out);
    if (!made) {
      jn__line_map_free(lm);
    }
  }
  free(start);
  free(end);
  return made;
}

/* ------------------------------------------------ ASCII grid tables */

/* reStructuredText and pandoc's Markdown draw tables in ASCII:
 *
 *   +------+----------+        rules of - (= under the header), + where
 *   | No.  | 項目     |        columns meet; rows between | that stand
 *   +======+==========+        under the rules' + (display columns)
 *
 * Such a table is redrawn with box characters (─ ═ ┼ │), so that the box
 * reader above reads it: a rule line is one that holds only +, - and =
 * (two + at least), and a row line's | counts only where the rule above it
 * has a +. Everything else, and text without such rules, is left as it is. */

static int grid_rule(const char *s, size_t n) {
  size_t k = 0, plus = 0, dash = 0;
  while (k < n && s[k] == ' ')
    k++;
  if (k == n || s[k] != '+')
    return 0;
  for (; k < n; k++) {
    if (s[k] == '+')
      plus++;
    else if (s[k] == '-' || s[k] == '=')
      dash++;
    else if (s[k] != ' ' || k + 1 < n)
      return 0;
  }
  return plus >= 2 && dash >= 3 && s[n - 1] == '+';
}

/* The display columns of the rule's + (at most BOX_MAX_COLS + 1). */
static size_t rule_joints(const char *s, size_t n, int *at) {
  size_t k = 0;
  for (size_t i = 0; i < n && k <= BOX_MAX_COLS; i++)
    if (s[i] == '+')
      at[k++] = (int)i; /* a rule is ASCII: a byte is a column */
  return k;
}

/* A rule in box characters: + ┼, = ═, - ─, | │ (a frame's edge; a grid's
 * rule has none), anything else a blank. */
static void put_rule(jn_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    jn__buf_puts(b, s[i] == '+'   ? "┼"
                    : s[i] == '=' ? "═"
                    : s[i] == '-' ? "─"
                    : s[i] == '|' ? "│"
                                  : " ");
}

/* A row line: its | at the joints' columns become │. */
static void put_row(jn_buf *b, const char *s, size_t n, const int *joint, size_t nj) {
  int col = 0;
  size_t j = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    int32_t at = i;
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    while (j < nj && joint[j] < col)
      j++;
    if (cp == '|' && j < nj && joint[j] == col)
      jn__buf_puts(b, "│");
    else
      jn__buf_put(b, s + at, (size_t)(i - at));
    col += cp < 0 ? 1 : jn__display_width(cp);
  }
}

/* Display columns from `col` to `to` as spaces. */
static int pad_to(jn_buf *b, int col, int to) {
  for (; col < to; col++)
    jn__buf_put(b, " ", 1);
  return col;
}

/* A row line with one | per joint, redrawn so that each | stands at its
 * joint. The program that drew the grid may count a character's width
 * otherwise than ICU does (【 or ○, of ambiguous or wide width, taken as
 * one column), and its | then drift off the joints: the text between two
 * | is one cell whatever the columns say. A cell too wide for its place
 * pushes its right | on, never the cells after it further. */
static void put_row_by_bars(jn_buf *b, const char *s, size_t n, const int *joint, size_t nj) {
  size_t i = 0, j = 0;
  int col = pad_to(b, 0, joint[0]);
  while (i < n && s[i] == ' ')
    i++;
  for (; i < n && j < nj; j++) {
    col = pad_to(b, col, joint[j]);
    jn__buf_puts(b, "│");
    col++;
    const char *cell = s + ++i, *bar = memchr(cell, '|', n - i);
    size_t cn = bar ? (size_t)(bar - cell) : n - i;
    i += cn;
    while (cn && *cell == ' ')
      cell++, cn--;
    while (cn && cell[cn - 1] == ' ')
      cn--;
    if (!cn)
      continue;
    if (j + 1 < nj && col + 1 + (int)jn__text_width(cell, cn) < joint[j + 1])
      col = pad_to(b, col, col + 1);
    jn__buf_put(b, cell, cn);
    col += (int)jn__text_width(cell, cn);
  }
}

/* Does the row line hold exactly one | per joint, starting with one? */
static int bar_per_joint(const char *s, size_t n, size_t nj) {
  size_t bars = 0;
  for (size_t i = 0; i < n; i++)
    bars += s[i] == '|';
  while (n && s[n - 1] == ' ')
    n--;
  return bars == nj && n && s[n - 1] == '|';
}

/* One line of a grid: its rules redrawn, its rows' | at the joints of the
 * rule above them; nj is 0 outside a table. */
typedef struct {
  int joint[BOX_MAX_COLS + 1];
  size_t nj;
} grid_state;

static void put_grid_line(jn_buf *b, const char *s, size_t n, void *state) {
  grid_state *g = state;
  size_t k = 0;
  while (k < n && s[k] == ' ')
    k++;
  if (grid_rule(s, n)) {
    g->nj = rule_joints(s, n, g->joint);
    put_rule(b, s, n);
  } else if (g->nj && k < n && s[k] == '|') {
    if (bar_per_joint(s, n, g->nj))
      put_row_by_bars(b, s, n, g->joint, g->nj);
    else
      put_row(b, s, n, g->joint, g->nj);
  } else {
    g->nj = 0; /* the table has ended */
    jn__buf_put(b, s, n);
  }
}

char *jn__sheet_ascii_grid(const char *in, size_t len, size_t *out_len) {
  if (jn__sheet_count_lines(in, len, grid_rule, 2) < 2)
    return NULL;
  grid_state g = {.nj = 0};
  return jn__sheet_rewrite_lines(in, len, out_len, put_grid_line, &g);
}

/* w3m without its graphic characters (-no-graph) frames a table in ASCII
 * as it would in box characters:
 *
 *   +------+---------+         the frame's rules start and end with + or |
 *   |1     |開示情報 |         and hold only + - = | and blanks (a blank
 *   |------|         |------   where a cell spans the rule); every | of a
 *   |      |         |         row line is a column's edge
 *
 * Such a drawing is redrawn in box characters line for line (| to │, - to
 * ─, + to ┼), so that the box reader reads it as it reads w3m's own. Only
 * when two rules or more start with | (pandoc's and reStructuredText's
 * grids, read by jn__sheet_ascii_grid, never do) and one starts with +. */
static int frame_rule(const char *s, size_t n) {
  while (n && s[n - 1] == ' ')
    n--;
  if (n < 5 || (s[0] != '|' && s[0] != '+') || (s[n - 1] != '|' && s[n - 1] != '+'))
    return 0;
  size_t dash = 0;
  for (size_t k = 0; k < n; k++) {
    if (!strchr("+-=| ", s[k]))
      return 0;
    dash += s[k] == '-' || s[k] == '=';
  }
  return dash >= 3;
}

static int piped_rule(const char *s, size_t n) { return n && s[0] == '|' && frame_rule(s, n); }

static int plus_rule(const char *s, size_t n) { return n && s[0] == '+' && frame_rule(s, n); }

/* A row line of the frame: it starts and ends with |. */
static int frame_row(const char *s, size_t n) {
  while (n && s[n - 1] == ' ')
    n--;
  return n >= 2 && s[0] == '|' && s[n - 1] == '|';
}

/* One line of a frame: its rules and its rows' | in box characters. */
static void put_frame_line(jn_buf *b, const char *s, size_t n, void *state) {
  (void)state;
  if (frame_rule(s, n)) {
    put_rule(b, s, n);
  } else if (frame_row(s, n)) {
    for (size_t k = 0; k < n; k++)
      if (s[k] == '|')
        jn__buf_puts(b, "│");
      else
        jn__buf_put(b, s + k, 1);
  } else {
    jn__buf_put(b, s, n);
  }
}

char *jn__sheet_ascii_frame(const char *in, size_t len, size_t *out_len) {
  /* a Markdown table's rule (|---|---|) and an org table's (|---+---|) start
   * with | too, but neither has a frame's top or bottom (+----+) */
  if (jn__sheet_count_lines(in, len, piped_rule, 2) < 2 || jn__sheet_count_lines(in, len, plus_rule, 1) < 1)
    return NULL;
  return jn__sheet_rewrite_lines(in, len, out_len, put_frame_line, NULL);
}
