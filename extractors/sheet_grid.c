/* sheet_grid.c — a print read back by `pdftotext -layout`, its text moved
 * from pdftotext's grid of characters to display columns.
 *
 * pdftotext -layout sets each group of glyphs at the column its x position
 * gives, one character a column whatever the glyph's width: a kanji is as
 * wide as a digit there. A table's columns line up in characters, not in
 * the columns a text screen draws (East Asian Width), which the readers of
 * columns (sheet_bands.c) measure. And glyphs that stand less than about a
 * character apart go into one group, written with one blank between its
 * words: a question that fills its cell runs into the marker and the
 * answer beside it, and the three stand left of their columns, packed:
 *
 *          事業者の正式名称(商 必 架空商事株式会社      (one group at 9)
 *          号)            須                         (columns 9, 23, 26)
 *
 * Here the columns are found in characters (where at least three groups
 * start, after a column that almost no group's first word covers), a
 * group that runs over a column's start is cut at its blanks into its
 * columns (a 必須/選択 word or half goes to the column of markers, the
 * other words fill each column in turn up to its widest clean cell: a
 * packed group fills each cell it crosses), and each part is set at its
 * column's display position, for the readers of columns.
 *
 * pdftotext counts each page's grid anew, from the widest lines of the
 * blocks left of a column, so a page's columns may stand a character or
 * two off the page before's, and a page may find a column fewer (all its
 * answers packed after their markers) or one more: each page's columns are
 * found on the page, then matched in order to the columns most pages find.
 *
 * The pass runs when the text's groups line up better in characters than
 * on the screen; a text browser's table, aligned on the screen, is left
 * as it is. Even so the grid is a guess about how the text was made:
 * jn_sheet_parse reads the text as it stands too, and jn_extract keeps the
 * reading that yields more values (weighed by their anchors' trust). */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"
#include "utf8.h"

enum { GRID_MAX = 400, COLUMNS_MAX = 16, STARTS_MIN = 3, HITS_MIN = 20, PIECES_MAX = 64 };

typedef jn_line_span span;

/* A group of glyphs: its bytes in the line and the character (or display)
 * column it starts at. */
typedef struct group {
  size_t at, n;
  int x;
} group;

/* A part of a line to write: its bytes and the grid column it stands at. */
typedef struct piece {
  size_t at, n;
  int x;
} piece;

typedef struct grid {
  int start[COLUMNS_MAX + 1]; /* the columns' starts, in characters; start[n] the end */
  int cap[COLUMNS_MAX];       /* the widest clean cell of each, in display columns */
  int marker;                 /* the column of 必須/選択 words, -1 when none */
  int canon[COLUMNS_MAX];     /* the document's column each one is */
  size_t n;
} grid;

static int char_width(UChar32 cp, int display) {
  return !display ? 1 : cp < 0 ? 1 : jn__display_width(cp);
}

/* The line's groups (text parted by two blanks or more), at most max; the
 * form feed pdftotext starts a page with takes no column. */
static size_t line_groups(span l, int display, group *g, size_t max) {
  size_t k = 0;
  int col = 0, blanks = 2;
  for (int32_t i = 0; (size_t)i < l.n;) {
    int32_t at = i;
    UChar32 cp;
    U8_NEXT(l.s, i, (int32_t)l.n, cp);
    if (cp == '\f' || cp == '\r')
      continue;
    if (cp == ' ') {
      blanks++;
    } else {
      if (blanks >= 2) {
        if (k == max)
          return k;
        g[k++] = (group){(size_t)at, 0, col};
      }
      g[k - 1].n = (size_t)i - g[k - 1].at;
      blanks = 0;
    }
    col += char_width(cp, display);
  }
  return k;
}

/* The columns span s takes (characters or display columns). */
static int span_width(const char *s, size_t n, int display) {
  return (int)(display ? jn__text_width(s, n) : jn__utf8_count(s, n));
}

static size_t first_word(const char *s, size_t n) {
  const char *sp = memchr(s, ' ', n);
  return sp ? (size_t)(sp - s) : n;
}

/* Finds the columns: where at least STARTS_MIN groups start, twice as
 * many as have their first word over the column before on lines of two
 * groups or more (a long word crosses an edge; text does not start
 * there; a line of one group is a heading, a section row or a wrapped
 * cell, which may cross any edge). How many groups start at a column, in
 * *hits. */
static size_t find_columns(const span *l, size_t n, int display, int *start, size_t *hits) {
  unsigned short starts[GRID_MAX] = {0}, cover[GRID_MAX] = {0};
  group g[PIECES_MAX];
  for (size_t i = 0; i < n; i++) {
    size_t k = line_groups(l[i], display, g, PIECES_MAX);
    for (size_t j = 0; j < k; j++) {
      if (g[j].x >= GRID_MAX)
        continue;
      starts[g[j].x] += starts[g[j].x] < 65535;
      if (k < 2)
        continue;
      int w = span_width(l[i].s + g[j].at, first_word(l[i].s + g[j].at, g[j].n), display);
      for (int x = g[j].x; x < g[j].x + w && x < GRID_MAX; x++)
        cover[x] += cover[x] < 65535;
    }
  }
  size_t c = 0;
  *hits = 0;
  for (int x = 1; x < GRID_MAX && c < COLUMNS_MAX; x++)
    if (starts[x] >= STARTS_MIN && cover[x - 1] * 2 <= starts[x]) {
      start[c++] = x;
      *hits += starts[x];
    }
  return c;
}

/* The column grid column x falls in, -1 left of the first. */
static int column_of(const grid *gr, int x) {
  int c = -1;
  for (size_t k = 0; k < gr->n && gr->start[k] <= x; k++)
    c = (int)k;
  return c;
}

/* Each column's widest clean cell (a group that ends before the next
 * column starts) and the column of markers: one whose groups start with a
 * 必須/選択 word (or half), seven in ten at least. */
static void measure_columns(grid *gr, const span *l, size_t n) {
  size_t marks[COLUMNS_MAX] = {0}, cells[COLUMNS_MAX] = {0};
  memset(gr->cap, 0, sizeof gr->cap);
  group g[PIECES_MAX];
  for (size_t i = 0; i < n; i++) {
    size_t k = line_groups(l[i], 0, g, PIECES_MAX);
    for (size_t j = 0; j < k; j++) {
      int c = column_of(gr, g[j].x);
      const char *s = l[i].s + g[j].at;
      if (c < 0)
        continue;
      cells[c]++;
      marks[c] += jn__marker_piece(s, first_word(s, g[j].n));
      if (g[j].x + span_width(s, g[j].n, 0) > gr->start[c + 1])
        continue;
      int w = span_width(s, g[j].n, 1);
      gr->cap[c] = w > gr->cap[c] ? w : gr->cap[c];
    }
  }
  gr->marker = -1;
  for (size_t c = 0; c < gr->n; c++)
    if (marks[c] >= STARTS_MIN && marks[c] * 10 >= cells[c] * 7)
      gr->marker = (int)c;
}

/* The next column after c, before lim, that is not the markers'; -1 when
 * none. */
static int next_text_column(const grid *gr, int c, int lim) {
  for (int k = c + 1; k < lim; k++)
    if (k != gr->marker)
      return k;
  return -1;
}

/* Group g (of line l), whose columns run from c up to lim - 1, cut at its
 * blanks into pieces; returns how many were added to p (at most room). */
static size_t cut_group(const grid *gr, span l, group g, int c, int lim, piece *p, size_t room) {
  size_t k = 0, pos = g.at, end = g.at + g.n;
  int col = c, width = 0;
  while (pos < end && k < room) {
    size_t wn = first_word(l.s + pos, end - pos);
    const char *w = l.s + pos;
    int ww = span_width(w, wn, 1);
    int to = col;
    if (k) {
      if (jn__marker_piece(w, wn) && gr->marker > col && gr->marker < lim)
        to = gr->marker;
      else if (col == gr->marker || width + 1 + ww > gr->cap[col])
        to = next_text_column(gr, col, lim);
      to = to < 0 ? col : to;
    }
    if (!k || to != col) {
      p[k] = (piece){pos, wn, k ? gr->start[to] : g.x};
      k++;
      col = to, width = ww;
    } else {
      p[k - 1].n = pos + wn - p[k - 1].at;
      width += 1 + ww;
    }
    pos += wn;
    while (pos < end && l.s[pos] == ' ')
      pos++;
  }
  return k;
}

/* Is the group a 必須/選択 word, a half of one or one cut at its slash
 * (必須/, 須/, /選択), as a narrow column of markers stacks its header? */
static int marker_group(const char *s, size_t n) {
  if (n > 1 && s[n - 1] == '/')
    n--;
  else if (n > 1 && s[0] == '/')
    s++, n--;
  return !memchr(s, ' ', n) && jn__marker_piece(s, n);
}

/* A header line has one word for each column, two at least naming
 * columns (No. 項目 内容 回答): pdftotext may set such centred words far from
 * the columns the rows below it take, so they go to the columns in turn. */
static size_t header_pieces(const grid *gr, span l, const group *g, size_t n, piece *p) {
  size_t k = 0;
  int named = 0;
  for (size_t j = 0; j < n; j++)
    for (size_t pos = g[j].at, end = g[j].at + g[j].n; pos < end;) {
      size_t wn = first_word(l.s + pos, end - pos);
      if (k == gr->n)
        return 0;
      named += jn__roles_header_word(l.s + pos, wn) != 0;
      p[k] = (piece){pos, wn, gr->start[k]};
      k++;
      pos += wn;
      while (pos < end && l.s[pos] == ' ')
        pos++;
    }
  return k == gr->n && named >= 2 ? k : 0;
}

/* The line's pieces: each group, cut into its columns when it runs over
 * the start of a column that no later group takes; a header's words one
 * a column; a line of one marker's piece in the column of markers. */
static size_t line_pieces(const grid *gr, span l, piece *p, size_t room) {
  group g[PIECES_MAX];
  size_t n = line_groups(l, 0, g, PIECES_MAX), k = 0;
  if (room >= gr->n && (k = header_pieces(gr, l, g, n, p)) > 0)
    return k;
  if (n == 1 && gr->marker >= 0 && marker_group(l.s + g[0].at, g[0].n)) {
    p[0] = (piece){g[0].at, g[0].n, gr->start[gr->marker]};
    return 1;
  }
  for (size_t j = 0; j < n && k < room; j++) {
    int c = column_of(gr, g[j].x);
    int lim = j + 1 < n ? column_of(gr, g[j + 1].x) : (int)gr->n;
    if (c >= 0 && lim > c + 1 && memchr(l.s + g[j].at, ' ', g[j].n) &&
        g[j].x + span_width(l.s + g[j].at, g[j].n, 0) > gr->start[c + 1]) {
      k += cut_group(gr, l, g[j], c, lim, p + k, room - k);
      continue;
    }
    p[k++] = (piece){g[j].at, g[j].n, g[j].x};
  }
  return k;
}

/* Where each of the document's columns starts on the screen. pdftotext's
 * columns grow with x but not in proportion to it (each is counted from a
 * group to its left, in that group's own characters), so each column is
 * set after the widest piece of the one before it, two blanks apart. */
static void widen(const grid *gr, const span *l, size_t n, int *wide) {
  piece p[PIECES_MAX];
  for (size_t i = 0; i < n; i++) {
    size_t m = line_pieces(gr, l[i], p, PIECES_MAX);
    for (size_t j = 0; j + 1 < m; j++) { /* the last piece may run on over the edge */
      int c = column_of(gr, p[j].x);
      int w = span_width(l[i].s + p[j].at, p[j].n, 1);
      if (c >= 0 && w > wide[gr->canon[c]])
        wide[gr->canon[c]] = w;
    }
  }
}

/* The display column of grid column x: within its column, as far from
 * the column's start as it stands (two display columns a character), short
 * of the next column. */
static int display_column(const grid *gr, const int *disp, size_t columns, int x) {
  int c = column_of(gr, x);
  if (c < 0)
    return x;
  size_t k = (size_t)gr->canon[c];
  int at = disp[k] + 2 * (x - gr->start[c]);
  if (k + 1 == columns) /* pdftotext sets a group right of every column at random */
    return at > disp[k] + 2 ? disp[k] : at;
  return at > disp[k + 1] - 2 ? disp[k + 1] - 2 : at;
}

typedef struct page {
  size_t from, to; /* its lines */
  size_t hits;     /* groups that start at its columns */
  grid gr;
} page;

enum { UNMATCHED = 8 }; /* what a page's column matched to none costs */

/* Page columns s[0..m) matched in order to the document's r[0..nr), each
 * to one or none (a column found where long cells wrap), nearest first:
 * the match of s[i] in to[i], -1 for none. */
static void match_in_order(const int *s, size_t m, const int *r, size_t nr, int *to) {
  int cost[COLUMNS_MAX + 1][COLUMNS_MAX + 1];
  /* cost[i][j]: s[i..m) matched among r[j..nr) */
  for (size_t i = m + 1; i-- > 0;)
    for (size_t j = nr + 1; j-- > 0;) {
      if (i == m) {
        cost[i][j] = 0;
        continue;
      }
      int best = UNMATCHED + cost[i + 1][j];
      if (j < nr) {
        int skip = cost[i][j + 1], take = abs(s[i] - r[j]) + cost[i + 1][j + 1];
        best = skip < best ? skip : best;
        best = take < best ? take : best;
      }
      cost[i][j] = best;
    }
  for (size_t i = 0, j = 0; i < m;) {
    if (j < nr && cost[i][j] == abs(s[i] - r[j]) + cost[i + 1][j + 1]) {
      to[i++] = (int)j++;
    } else if (j < nr && cost[i][j] == cost[i][j + 1]) {
      j++;
    } else {
      to[i++] = -1;
    }
  }
}

/* The document's columns: the number of columns most pages find (a page
 * may lack one, or find one more where long cells wrap), as the page with
 * that many and most hits finds them. Each page's columns are matched to
 * them in order; a column the page lacks is set as far after the one
 * before it as on that page, one matched to none is dropped (its cells go
 * to the column before). Returns how many there are. */
static size_t align_pages(page *pg, size_t pages) {
  size_t votes[COLUMNS_MAX + 1] = {0}, n = 0, ref = 0;
  for (size_t k = 0; k < pages; k++)
    votes[pg[k].gr.n] += pg[k].gr.n >= 3;
  for (size_t c = 3; c <= COLUMNS_MAX; c++)
    n = votes[c] >= votes[n] ? c : n;
  for (size_t k = 0; k < pages; k++)
    if (pg[k].gr.n == n && (pg[ref].gr.n != n || pg[k].hits > pg[ref].hits))
      ref = k;
  int r[COLUMNS_MAX];
  memcpy(r, pg[ref].gr.start, n * sizeof *r);
  for (size_t k = 0; k < pages; k++) {
    grid *gr = &pg[k].gr;
    int to[COLUMNS_MAX], found[COLUMNS_MAX];
    for (size_t j = 0; j < n; j++)
      found[j] = -1;
    match_in_order(gr->start, gr->n, r, n, to);
    for (size_t i = 0; i < gr->n; i++)
      if (to[i] >= 0)
        found[to[i]] = gr->start[i];
    size_t m = 0;
    for (size_t j = 0; j < n; j++) {
      int x = found[j];
      if (x < 0) { /* lacking: after the one before, as far as on the naming page */
        int before = m ? gr->start[m - 1] : 0;
        x = m ? before + (r[j] - r[j - 1]) : r[j];
        for (size_t q = j + 1; q < n; q++)
          if (found[q] >= 0 && x >= found[q]) {
            x = before + (found[q] - before) / 2;
            break;
          }
        if (m && x <= before)
          continue;
      }
      gr->start[m] = x, gr->canon[m] = (int)j;
      m++;
    }
    gr->n = m;
    gr->start[m] = GRID_MAX;
  }
  return n;
}

typedef struct respace {
  const page *pages;
  size_t n_pages;
  int disp[COLUMNS_MAX + 1]; /* where each of the document's columns starts on the screen */
  size_t columns;
  size_t line, at; /* the line being written, its page */
} respace;

/* Writes a line with its pieces at their display columns. */
static void put_line(jn_buf *b, const char *s, size_t n, void *state) {
  respace *r = state;
  while (r->at + 1 < r->n_pages && r->line >= r->pages[r->at].to)
    r->at++;
  r->line++;
  const page *pg = &r->pages[r->at];
  span l = {s, n};
  piece p[PIECES_MAX];
  size_t m = pg->gr.n >= 2 ? line_pieces(&pg->gr, l, p, PIECES_MAX) : 0;
  if (!m) { /* a page whose columns were not found stays as it is */
    jn__buf_put(b, s, n);
    return;
  }
  if (n && s[0] == '\f')
    jn__buf_puts(b, "\f");
  int col = 0;
  for (size_t j = 0; j < m; j++) {
    int want = display_column(&pg->gr, r->disp, r->columns, p[j].x);
    if (j && want < col + 2)
      want = col + 2;
    for (; col < want; col++)
      jn__buf_puts(b, " ");
    jn__buf_put(b, s + p[j].at, p[j].n);
    col += span_width(s + p[j].at, p[j].n, 1);
  }
}

/* The pages (pdftotext starts each with a form feed): a page's columns
 * are its own, pdftotext sets each page's grid from its own text. */
static page *find_pages(const span *l, size_t n, size_t *count) {
  size_t k = 1;
  for (size_t i = 1; i < n; i++)
    k += l[i].n && l[i].s[0] == '\f';
  page *pg = calloc(k, sizeof *pg);
  if (!pg)
    return NULL;
  k = 0;
  for (size_t i = 0; i < n; i++) {
    if (i && l[i].n && l[i].s[0] == '\f')
      pg[k++].to = i, pg[k].from = i;
  }
  pg[k++].to = n;
  *count = k;
  return pg;
}

char *jn__sheet_grid(const char *in, size_t len, size_t *out_len) {
  if (!len || memchr(in, '\t', len))
    return NULL;
  size_t n = 0, n_pages = 0, grid_hits = 0, screen_hits = 0, columns = 0;
  span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  page *pg = l ? find_pages(l, n, &n_pages) : NULL;
  char *made = NULL;
  if (!pg)
    goto done;
  for (size_t k = 0; k < n_pages; k++) {
    size_t screen_hits_page;
    int screen[COLUMNS_MAX];
    grid *gr = &pg[k].gr;
    gr->n = find_columns(l + pg[k].from, pg[k].to - pg[k].from, 0, gr->start, &pg[k].hits);
    find_columns(l + pg[k].from, pg[k].to - pg[k].from, 1, screen, &screen_hits_page);
    grid_hits += pg[k].hits, screen_hits += screen_hits_page;
    gr->start[gr->n] = GRID_MAX;
    measure_columns(gr, l + pg[k].from, pg[k].to - pg[k].from);
    /* markers in the last column found: their answers follow them in the
     * same groups (必 2024/4/1), a column pdftotext started no group in */
    if (gr->marker >= 0 && (size_t)gr->marker + 1 == gr->n && gr->n < COLUMNS_MAX)
      gr->start[gr->n] = gr->start[gr->n - 1] + 2, gr->n++;
    columns = gr->n > columns ? gr->n : columns;
  }
  /* the groups line up in characters, clearly better than on the screen */
  if (columns >= 3 && grid_hits >= HITS_MIN && grid_hits > screen_hits) {
    respace r = {pg, n_pages, {0}, 0, 0, 0};
    r.columns = align_pages(pg, n_pages);
    int wide[COLUMNS_MAX] = {0};
    for (size_t k = 0; k < n_pages; k++) {
      measure_columns(&pg[k].gr, l + pg[k].from, pg[k].to - pg[k].from);
      widen(&pg[k].gr, l + pg[k].from, pg[k].to - pg[k].from, wide);
    }
    r.disp[0] = 2;
    for (size_t c = 1; c <= r.columns; c++)
      r.disp[c] = r.disp[c - 1] + (wide[c - 1] > 1 ? wide[c - 1] : 1) + 2;
    made = jn__sheet_rewrite_lines(in, len, out_len, put_line, &r);
  }
done:
  free(pg);
  free(l);
  return made;
}
