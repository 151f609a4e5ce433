/* sheet_regrid.c — an ASCII frame drawn by a program that counts every
 * character one column wide (links2; a report written without East Asian
 * widths), redrawn so that its bars stand where a text screen shows them.
 *
 * links2 draws a table with + - | and pads each cell by characters:
 *
 *   +------+----------+
 *   |1 |開示情報の時点 |      the bars after kanji drift to the right on
 *   |2 |事業者名       |      screen, a row's bars off its rules' joints
 *
 * The box reader (sheet_box.c) reads a drawing by display columns, so such
 * a frame reads as cells cut apart. When the rows' bars stand at the
 * rules' joints counted in characters more often than counted in display
 * columns, each line of the frame is cut at those joints and drawn again
 * with every column as wide as its widest text (in display columns), line
 * for line; the box reader then reads it as any drawing. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { REGRID_MAX_JOINTS = 48, REGRID_MAX_CHARS = 4096 };

static int frame_char(char c) { return c == '|' || c == '+'; }

/* A rule line: + - | and blanks only, three dashes at least. */
static int rule_line(const char *s, size_t n) {
  size_t dash = 0;
  if (!n || !frame_char(s[0]))
    return 0;
  for (size_t k = 0; k < n; k++) {
    if (!strchr("+-=| \r", s[k]))
      return 0;
    dash += s[k] == '-' || s[k] == '=';
  }
  return dash >= 3;
}

/* The character index of each code point's start: idx[k] is the byte
 * offset of character k; the count. */
static size_t char_offsets(const char *s, size_t n, int32_t *idx, size_t cap) {
  size_t k = 0;
  for (int32_t i = 0; (size_t)i < n && k < cap;) {
    idx[k++] = i;
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    (void)cp;
  }
  return k;
}

typedef struct grid {
  size_t joint[REGRID_MAX_JOINTS]; /* character positions of the rules' joints */
  size_t nj;
  size_t width[REGRID_MAX_JOINTS]; /* display width of each column between joints */
} grid;

static void add_joint(grid *g, size_t at) {
  size_t k = 0;
  while (k < g->nj && g->joint[k] < at)
    k++;
  if ((k < g->nj && g->joint[k] == at) || g->nj == REGRID_MAX_JOINTS)
    return;
  memmove(g->joint + k + 1, g->joint + k, (g->nj - k) * sizeof g->joint[0]);
  g->joint[k] = at;
  g->nj++;
}

/* Does the line's character at position `at` (a joint) hold a bar? */
static int bar_at(const char *s, const int32_t *idx, size_t nc, size_t at) {
  return at < nc && frame_char(s[idx[at]]);
}

/* How many of the frame's row lines put their bars at the joints counted
 * in characters (*by_char) and in display columns (*by_col). */
static void alignment(const grid *g, const char *in, size_t len, size_t *by_char, size_t *by_col) {
  *by_char = *by_col = 0;
  int32_t idx[REGRID_MAX_CHARS];
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i), n = e - i;
    const char *s = in + i;
    i = e + 1;
    if (!n || s[0] != '|' || rule_line(s, n))
      continue;
    size_t nc = char_offsets(s, n, idx, REGRID_MAX_CHARS), hits = 0, cols = 0, bars = 0;
    size_t col = 0; /* the display column of character k */
    for (size_t k = 0; k < nc; k++) {
      if (s[idx[k]] == '|') {
        bars++;
        for (size_t j = 0; j < g->nj; j++) {
          hits += g->joint[j] == k;
          cols += g->joint[j] == col;
        }
      }
      size_t next = k + 1 < nc ? (size_t)idx[k + 1] : n;
      col += jn__text_width(s + idx[k], next - (size_t)idx[k]);
    }
    if (bars >= 2) {
      *by_char += hits == bars;
      *by_col += cols == bars;
    }
  }
}

/* Line s cut at the joints where it holds a bar: each piece's display
 * width widens its column (a piece over several columns widens the
 * last). */
static void measure_line(grid *g, const char *s, size_t n) {
  int32_t idx[REGRID_MAX_CHARS];
  size_t nc = char_offsets(s, n, idx, REGRID_MAX_CHARS), from = 0;
  for (size_t j = 1; j < g->nj; j++) {
    if (!bar_at(s, idx, nc, g->joint[j]) && j + 1 < g->nj)
      continue;
    size_t a = g->joint[from] + 1, b = g->joint[j];
    if (a < nc) {
      size_t bb = b < nc ? (size_t)idx[b] : n;
      size_t w = jn__text_width(s + idx[a], bb - (size_t)idx[a]);
      size_t have = 0;
      for (size_t k = from; k + 1 < j; k++)
        have += g->width[k] + 1;
      if (w > have + g->width[j - 1])
        g->width[j - 1] = w - have;
    }
    from = j;
  }
}

/* Line s drawn again on the grid: each piece between bars padded to its
 * columns' display width, a rule's dashes drawn as wide. */
static void put_line(jn_buf *out, const grid *g, const char *s, size_t n) {
  int32_t idx[REGRID_MAX_CHARS];
  size_t nc = char_offsets(s, n, idx, REGRID_MAX_CHARS), from = 0;
  jn__buf_put(out, s, 1);
  for (size_t j = 1; j < g->nj; j++) {
    if (!bar_at(s, idx, nc, g->joint[j]) && j + 1 < g->nj)
      continue;
    size_t a = g->joint[from] + 1, b = g->joint[j];
    size_t aa = a < nc ? (size_t)idx[a] : n, bb = b < nc ? (size_t)idx[b] : n;
    size_t want = 0;
    for (size_t k = from; k < j; k++)
      want += g->width[k] + (k > from);
    const char *p = s + aa;
    size_t pn = bb > aa ? bb - aa : 0;
    int dashes = pn > 0;
    for (size_t k = 0; k < pn && dashes; k++)
      dashes = p[k] == '-' || p[k] == '=';
    if (dashes) {
      for (size_t k = 0; k < want; k++)
        jn__buf_put(out, p, 1);
    } else {
      while (pn && (p[pn - 1] == ' ' || p[pn - 1] == '\r'))
        pn--;
      jn__buf_put(out, p, pn);
      for (size_t w = jn__text_width(p, pn); w < want; w++)
        jn__buf_puts(out, " ");
    }
    jn__buf_put(out, b < nc ? s + bb : "|", 1);
    from = j;
  }
}

/* One line of the text: a line of the frame drawn on the grid, any other
 * as it is. */
static void put_regridded(jn_buf *b, const char *s, size_t n, void *state) {
  if (n && frame_char(s[0]))
    put_line(b, state, s, n);
  else
    jn__buf_put(b, s, n);
}

char *jn__sheet_regrid(const char *in, size_t len, size_t *out_len) {
  grid g = {{0}, 0, {0}};
  size_t rules = 0;
  for (size_t i = 0; i < len;) { /* the joints: where the rules hold + or | */
    size_t e = jn__sheet_line_end(in, len, i), n = e - i;
    const char *s = in + i;
    i = e + 1;
    if (!rule_line(s, n) || n > REGRID_MAX_CHARS)
      continue;
    rules++;
    for (size_t k = 0; k < n; k++)
      if (frame_char(s[k]))
        add_joint(&g, k);
  }
  size_t by_char, by_col;
  if (rules < 3 || g.nj < 3)
    return NULL;
  alignment(&g, in, len, &by_char, &by_col);
  if (by_char < 3 || by_char <= by_col * 2)
    return NULL;
  for (size_t j = 0; j + 1 < g.nj; j++)
    g.width[j] = g.joint[j + 1] - g.joint[j] - 1;
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i), n = e - i;
    if (n && frame_char(in[i]))
      measure_line(&g, in + i, n);
    i = e + 1;
  }
  return jn__sheet_rewrite_lines(in, len, out_len, put_regridded, &g);
}
