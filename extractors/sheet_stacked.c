/* sheet_stacked.c — a certifier's table printed to PDF with a narrow
 * 必須/選択 column, as pdftotext -layout writes it: the marker stands one
 * character a line (必 over 須, 選 over 択), and the columns are parted by
 * single blanks where they run full, so no run of blanks tells one cell
 * from the next:
 *
 *    13     キャッシュフ 事業者のキャッシュフロー対有利子負債比 選 非開示
 *           ロー対有利子 率(単独ベース)            択
 *           負債比率
 *
 * The stacked marker is the one column that can be told on every row: its
 * two halves stand on consecutive lines at the same character column
 * (pdftotext places text by characters, a kanji counting one, so it is the
 * character column that holds, not the display column; w3m aligns display
 * columns and is left to the other readers). A column wide enough for the
 * whole word (必須 one blank after a question cut at its column's edge)
 * tells the same when nearly every such word stands at one character
 * column and clearly fewer at one display column. Left of it are the item's
 * cells, right of it the answer. Here each row (from its item number or
 * its marker to the next) becomes one line of tab-separated cells:
 *
 *   item  section  label  question  marker  answer
 *
 * each cell's wrapped pieces joined in order, a piece going to the cell of
 * the row's first line that starts nearest left of it. A row whose
 * question cell ended short of its column and is followed by a new
 * question with an answer beside it holds a second sub-question under one
 * marker (法人番号 under 事業者名): that line starts a row of its own.
 * Lines outside the table are kept as they are. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum {
  STACK_MIN = 5,      /* stacked markers that make the text such a table */
  ALIGN = 1,          /* how far apart the halves may stand, to count */
  DRIFT = 5,          /* ... to be taken as one marker in the table */
  INDENT = 8,         /* a marker starting its line stands at least this far in */
  DRIFT_WORD = 3,     /* whole marker words this near count as one column */
  WORDS_MIN = 10,     /* whole marker words that make the text such a table */
  NEAR = 2,           /* a piece within this of a cell's start is in it */
  FULL = 2,           /* a question piece ending this near the marker filled its cell */
  ROW_PIECES = 48,    /* pieces of a line read */
  LEFT_CELLS = 3      /* section, label, question: the item's cells after its number */
};

/* A line's text between blanks, where it starts and ends in characters. */
typedef struct piece {
  int col, end;
  const char *p;
  size_t n;
} piece;

static size_t line_pieces(const char *s, size_t n, piece *out, size_t cap) {
  size_t k = 0;
  int col = 0;
  for (int32_t i = 0; (size_t)i < n && k < cap;) {
    if (s[i] == '\f') { /* a page's first line: the feed takes no column */
      i++;
      continue;
    }
    if (s[i] == ' ' || s[i] == '\r') {
      col++, i++;
      continue;
    }
    out[k] = (piece){col, col, s + i, 0};
    while ((size_t)i < n && s[i] != ' ' && s[i] != '\r') {
      UChar32 cp;
      U8_NEXT(s, i, (int32_t)n, cp);
      (void)cp;
      col++;
    }
    out[k].end = col;
    out[k].n = (size_t)(s + i - out[k].p);
    k++;
  }
  return k;
}

/* The display column where `at` stands on line s. */
static int display_col(const char *s, const char *at) {
  return (int)jn__text_width(s, (size_t)(at - s));
}

/* Is the piece one half of the marker word (dict/markers.tsv): head
 * (必, 選: the word's first character) or tail (須, 択)? Its word in *canon. */
static int half(const piece *p, int head, const char **canon) {
  if (jn__marker_word(p->p, p->n, JN_MARKER_HALF, canon) != p->n || p->n > strlen(*canon))
    return 0;
  int is_head = memcmp(*canon, p->p, p->n) == 0;
  return head ? is_head : !is_head;
}

/* The head half standing after other text on a line, with its tail on the
 * next line within `tol` characters: its character column, -1 when none.
 * *dcol_gap: how far apart they stand in display columns. */
static int stacked_on(const piece *a, size_t na, const piece *b, size_t nb, int tol,
                      const char *la, const char *lb, int *dcol_gap, int *plain,
                      const char **canon) {
  for (size_t i = 0; i < na; i++) {
    const char *c1, *c2;
    if ((i == 0 && a[i].col < INDENT) || !half(&a[i], 1, &c1))
      continue;
    for (size_t j = 0; j < nb; j++)
      if (half(&b[j], 0, &c2) && !strcmp(c1, c2) && abs(b[j].col - a[i].col) <= tol) {
        int da = display_col(la, a[i].p), db = display_col(lb, b[j].p);
        *dcol_gap = abs(db - da);
        /* nothing wide left of either half: the two measures agree there */
        *plain = da == a[i].col && db == b[j].col;
        *canon = c1;
        return a[i].col;
      }
  }
  return -1;
}

/* The markers: marker[i] is the character column of line i's marker
 * (stacked, or a whole word after text), -1 when it has none; canon[i]
 * its word. Returns how many stacked markers align by characters (and
 * not by display columns). */
static size_t find_markers(const jn_line_span *l, size_t n, int *marker, const char **canon) {
  size_t by_chars = 0, by_display = 0;
  size_t words = 0, near_chars = 0, near_display = 0; /* whole marker words */
  int last = -1, last_d = -1;
  piece a[ROW_PIECES], b[ROW_PIECES];
  size_t na = n ? line_pieces(l[0].s, l[0].n, a, ROW_PIECES) : 0;
  for (size_t i = 0; i < n; i++) {
    size_t nb = i + 1 < n ? line_pieces(l[i + 1].s, l[i + 1].n, b, ROW_PIECES) : 0;
    int gap = 0, plain = 0;
    marker[i] = stacked_on(a, na, b, nb, DRIFT, l[i].s, l[i + 1 < n ? i + 1 : i].s, &gap,
                           &plain, &canon[i]);
    if (marker[i] >= 0) {
      int exact =
          stacked_on(a, na, b, nb, ALIGN, l[i].s, l[i + 1].s, &gap, &plain, &canon[i]) >= 0;
      /* a marker with only blanks and ASCII left of both halves (a cell
       * centred in its row leaves the marker's lines otherwise empty)
       * stands alike by either measure: it tells neither */
      by_chars += exact && gap > ALIGN;
      by_display += gap <= ALIGN && !plain;
    } else {
      for (size_t j = 1; j < na && marker[i] < 0; j++)
        if (jn__marker_word(a[j].p, a[j].n, JN_MARKER_WORD, &canon[i]) == a[j].n) {
          marker[i] = a[j].col;
          if (a[j].col - a[j - 1].end != 1)
            continue; /* not in a narrow gutter */
          int d = display_col(l[i].s, a[j].p);
          words++;
          if (last >= 0) {
            near_chars += abs(a[j].col - last) <= DRIFT_WORD;
            near_display += abs(d - last_d) <= DRIFT_WORD;
          }
          last = a[j].col, last_d = d;
        }
    }
    memcpy(a, b, nb * sizeof b[0]);
    na = nb;
  }
  if (by_chars > 2 * by_display)
    return by_chars;
  /* whole words one blank after their question, nearly all at one
   * character column, clearly fewer at one display column */
  if (words >= WORDS_MIN && near_chars * 5 >= words * 4 && near_chars > near_display + words / 5)
    return near_chars;
  return 0;
}

/* ------------------------------------------------------------ rows */

typedef struct stacked_row {
  jn_buf cell[LEFT_CELLS + 2]; /* the left cells as read, then the answer */
  int start[LEFT_CELLS + 2];   /* where each left cell starts */
  size_t cells;                /* left cells so far */
  const char *item;
  size_t item_n;
  const char *canon; /* the marker's word, NULL when the row has none */
  int mc;            /* the marker's column */
  int q_end;         /* where the question's last piece ended */
  size_t q_line;     /* on which line (a wrapped cell goes on on the next) */
  size_t now;        /* the line being added */
  int left;          /* where the row's first line starts */
  uint64_t line;
  int open;
} stacked_row;

static int cjk_edge(const char *s, size_t n, int at_end) {
  if (!n)
    return 0;
  return at_end ? (unsigned char)s[n - 1] >= 0x80 : (unsigned char)s[0] >= 0x80;
}

/* A piece added to a cell: the blank between pieces of a line stays;
 * a line wrapped in Japanese, or after a hyphen or slash (a long address
 * broken there), joins without one. */
static void cell_add(jn_buf *c, const piece *p, int same_line) {
  if (c->len && (same_line || !((cjk_edge(c->data, c->len, 1) && cjk_edge(p->p, p->n, 0)) ||
                                c->data[c->len - 1] == '-' || c->data[c->len - 1] == '/')))
    jn__buf_puts(c, " ");
  jn__buf_put(c, p->p, p->n);
}

static void put_cell(jn_buf *b, const char *s, size_t n, int last) {
  for (size_t i = 0; i < n; i++)
    jn__buf_put(b, s[i] == '\t' ? " " : s + i, 1);
  if (!last)
    jn__buf_puts(b, "\t");
}

/* The pass over a text whose table it found. */
typedef struct stacked_pass {
  jn_line_span *l;
  size_t n;
  int *marker;         /* find_markers */
  const char **canon;
  size_t first, last;  /* the table's first and last lines */
  int mc;              /* the last marker's column */
  stacked_row row;
  int marker_last;     /* nothing stands right of the markers: they close the rows */
  jn_buf b;
  jn_line_map *lm;
} stacked_pass;

/* The row as one line: item, section, label, question (the last cells
 * read), marker, answer. When the marker stands after the answer (nothing
 * right of it in the table: marker_last), the last cell read is the
 * answer and the cells before it the question, label and section. */
static void flush(stacked_pass *sp) {
  stacked_row *r = &sp->row;
  if (!r->open)
    return;
  if (sp->marker_last && r->cells >= 2 && !r->cell[LEFT_CELLS + 1].len) {
    r->cells--;
    r->cell[LEFT_CELLS + 1] = r->cell[r->cells];
    memset(&r->cell[r->cells], 0, sizeof r->cell[0]);
  }
  jn_buf line = JN_BUF_INIT;
  put_cell(&line, r->item ? r->item : "", r->item ? r->item_n : 0, 0);
  /* the last cells read are the question, label and section; cells
   * before them (more than the form has) are one section cell */
  size_t from = r->cells > LEFT_CELLS ? r->cells - LEFT_CELLS : 0;
  for (size_t k = r->cells; k < LEFT_CELLS; k++)
    put_cell(&line, "", 0, 0);
  for (size_t k = 0; k < r->cells; k++) {
    if (k < from) {
      if (r->cell[k].len)
        put_cell(&line, r->cell[k].data, r->cell[k].len, 1), jn__buf_puts(&line, " ");
      continue;
    }
    put_cell(&line, r->cell[k].data, r->cell[k].len, 0);
  }
  put_cell(&line, r->canon ? r->canon : "", r->canon ? strlen(r->canon) : 0, 0);
  jn_buf *ans = &r->cell[LEFT_CELLS + 1];
  put_cell(&line, ans->data, ans->len, 1);
  sp->b.failed |= line.failed;
  jn__sheet_put_line(&sp->b, sp->lm, line.data ? line.data : "", line.len, r->line);
  jn__buf_free(&line);
  for (size_t k = 0; k < LEFT_CELLS + 2; k++)
    jn__buf_free(&r->cell[k]);
  memset(r, 0, sizeof *r);
}

/* The line's pieces into the row: the marker and its tail skipped, the
 * answer right of the marker, the rest to the cells of the row's first
 * line. */
static void add_line(stacked_row *r, const piece *pc, size_t k, int first) {
  if (first && k)
    r->left = pc[0].col;
  int used[LEFT_CELLS + 2] = {0}; /* cells this line added to */
  for (size_t j = 0; j < k; j++) {
    const char *canon;
    if (r->canon && pc[j].col >= r->mc - DRIFT && pc[j].col <= r->mc + DRIFT &&
        (half(&pc[j], 0, &canon) || half(&pc[j], 1, &canon) ||
         jn__marker_word(pc[j].p, pc[j].n, JN_MARKER_WORD, &canon) == pc[j].n))
      continue;
    if (r->mc >= 0 && pc[j].col > r->mc - NEAR) {
      cell_add(&r->cell[LEFT_CELLS + 1], &pc[j], used[LEFT_CELLS + 1]);
      used[LEFT_CELLS + 1] = 1;
      continue;
    }
    if (first && j == 0 && !r->cells && !r->item) {
      const char *id;
      size_t idn;
      if (jn__sheet_item_id(pc[j].p, pc[j].n, &id, &idn)) {
        r->item = pc[j].p, r->item_n = pc[j].n;
        continue;
      }
    }
    size_t c = 0;
    if (first && r->cells < LEFT_CELLS + 1) {
      c = r->cells++;
      r->start[c] = pc[j].col;
    } else if (r->cells && r->cells < LEFT_CELLS + 1 && pc[j].col < r->start[0] - NEAR) {
      /* left of the row's first cell: a cell spanning the rows above
       * (a sub-question's row starts at its question) */
      memmove(&r->cell[1], &r->cell[0], r->cells * sizeof r->cell[0]);
      memmove(&r->start[1], &r->start[0], r->cells * sizeof r->start[0]);
      memset(&r->cell[0], 0, sizeof r->cell[0]);
      r->start[0] = pc[j].col;
      memmove(&used[1], &used[0], r->cells * sizeof used[0]);
      used[0] = 0;
      r->cells++;
    } else {
      while (c + 1 < r->cells && r->start[c + 1] <= pc[j].col + NEAR)
        c++;
    }
    cell_add(&r->cell[c], &pc[j], used[c]);
    used[c] = 1;
    if (r->cells && c == r->cells - 1)
      r->q_end = pc[j].end, r->q_line = r->now;
  }
}

/* Does the line start a sub-question of the row: a piece where the
 * row's question starts, after a question that ended (short of the
 * marker, or on a line before the last: a wrapped cell goes on on the
 * next line), and an answer beside it? */
static int sub_question(const stacked_row *r, const piece *pc, size_t k) {
  if (!r->canon || r->cells == 0 || (r->q_end >= r->mc - FULL && r->now <= r->q_line + 1))
    return 0;
  int q = r->start[r->cells - 1], at_q = 0, answer = 0;
  for (size_t j = 0; j < k; j++) {
    at_q |= abs(pc[j].col - q) <= NEAR;
    answer |= pc[j].col > r->mc + 1;
  }
  return at_q && answer;
}

static int item_line(const piece *pc, size_t k) {
  const char *id;
  size_t idn;
  return k >= 2 && jn__sheet_item_id(pc[0].p, pc[0].n, &id, &idn);
}


static void pass_free(stacked_pass *sp) {
  free(sp->l), free(sp->marker), free(sp->canon);
}

/* The table runs from the first marker (or the item's line above it) to
 * the last, and on while the last row's lines go on. */
static void table_lines(stacked_pass *sp) {
  sp->first = 0, sp->last = 0;
  while (sp->first < sp->n && sp->marker[sp->first] < 0)
    sp->first++;
  for (size_t i = 0; i < sp->n; i++)
    if (sp->marker[i] >= 0)
      sp->last = i;
  for (int k = 0; k < 2 && sp->first > 0; k++) {
    piece pc[ROW_PIECES];
    const jn_line_span *above = &sp->l[sp->first - 1];
    if (!item_line(pc, line_pieces(above->s, above->n, pc, ROW_PIECES)))
      break;
    sp->first--;
  }
}

/* A marker's line: the row's, when the row (an item's line) has no marker
 * yet and stands a line or two above; else a new row's. */
static void marker_line(stacked_pass *sp, size_t i, const piece *pc, size_t k) {
  stacked_row *r = &sp->row;
  sp->mc = sp->marker[i];
  int joins = r->open && !r->canon && i - (size_t)(r->line - 1) <= 2 && !item_line(pc, k);
  if (!joins)
    flush(sp);
  if (!r->open)
    r->open = 1, r->line = (uint64_t)i + 1;
  r->now = i;
  r->canon = sp->canon[i], r->mc = sp->mc;
  add_line(r, pc, k, !joins);
}

/* An item's line, or a sub-question under the row's marker: a new row. A
 * sub-question's pieces left of the question (cells spanning the item's
 * rows) still go to the row above. */
static void new_row(stacked_pass *sp, size_t i, const piece *pc, size_t k, int sub) {
  stacked_row *r = &sp->row;
  const char *canon = r->canon;
  size_t skip = 0;
  if (sub) {
    while (skip < k && pc[skip].col < r->start[r->cells - 1] - NEAR)
      skip++;
    add_line(r, pc, skip, 0);
  }
  flush(sp);
  r->open = 1, r->line = (uint64_t)i + 1, r->mc = sp->mc, r->now = i;
  if (sub)
    r->canon = canon;
  add_line(r, pc + skip, k - skip, 1);
}

/* Does nothing stand right of the markers on nearly every marker's line
 * (a print whose 必須/選択 column comes after the answer)? */
static int markers_close_rows(const stacked_pass *sp) {
  size_t lines = 0, right = 0;
  for (size_t i = sp->first; i <= sp->last && i < sp->n; i++) {
    if (sp->marker[i] < 0)
      continue;
    piece pc[ROW_PIECES];
    size_t k = line_pieces(sp->l[i].s, sp->l[i].n, pc, ROW_PIECES);
    int beyond = 0;
    for (size_t j = 0; j < k; j++)
      beyond |= pc[j].col > sp->marker[i] + 1;
    lines++, right += beyond;
  }
  return lines && right * 10 <= lines;
}

static void read_line(stacked_pass *sp, size_t i) {
  stacked_row *r = &sp->row;
  jn_line_span *t = &sp->l[i];
  piece pc[ROW_PIECES];
  size_t k = line_pieces(t->s, t->n, pc, ROW_PIECES);
  if (t->n && t->s[0] == '\f') { /* a new page: its feed stays */
    flush(sp);
    jn__buf_puts(&sp->b, "\f");
    t->s++, t->n--;
  }
  int in_table = i >= sp->first && (i <= sp->last || (k && r->open));
  int section = r->open && k == 1 && pc[0].col <= r->left - (r->item ? 0 : NEAR + 1);
  if (in_table && k && sp->marker[i] >= 0) {
    marker_line(sp, i, pc, k);
    return;
  }
  r->now = i;
  int sub = in_table && k && !section && r->open && sub_question(r, pc, k);
  if (in_table && k && !section && (item_line(pc, k) || sub)) {
    new_row(sp, i, pc, k, sub && !item_line(pc, k));
    return;
  }
  if (in_table && k && !section && r->open) {
    add_line(r, pc, k, 0);
    return;
  }
  flush(sp); /* outside the table, a blank or a section's row */
  jn__sheet_put_line(&sp->b, sp->lm, t->s, t->n, (uint64_t)i + 1);
}

char *jn__sheet_stacked(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!len)
    return NULL;
  stacked_pass sp = {0};
  sp.l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &sp.n);
  sp.marker = sp.l ? malloc(sp.n * sizeof *sp.marker) : NULL;
  sp.canon = sp.marker ? calloc(sp.n, sizeof *sp.canon) : NULL;
  if (!sp.canon || find_markers(sp.l, sp.n, sp.marker, sp.canon) < STACK_MIN) {
    pass_free(&sp);
    return NULL;
  }
  table_lines(&sp);
  sp.marker_last = markers_close_rows(&sp);
  sp.mc = -1, sp.lm = lm;
  for (size_t i = 0; i < sp.n && !sp.b.failed; i++)
    read_line(&sp, i);
  flush(&sp);
  pass_free(&sp);
  return jn__sheet_pass_result(&sp.b, out_len, lm);
}
