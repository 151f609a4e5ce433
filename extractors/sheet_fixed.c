/* sheet_fixed.c — fixed-width text (Excel's "Formatted Text (Space
 * delimited)" .prn, mainframe and report exports) cut into cells at its
 * header's columns.
 *
 * Such an export pads every line with blanks to the same width and gives
 * every column the same place on every line; a cell longer than its
 * column is cut at the column's edge, so it runs into the next cell with
 * no blank between them:
 *
 *   No.  種別      サービスレベル項目例      規定内容                回答
 *       3          サービス提供終了時の事前通サービス提供を終了する場 有り
 *
 * Runs of blanks (sheet_layout.c) cannot part such cells. When most lines
 * (FIXED_SHARE tenths, FIXED_MIN_LINES at least) are exactly as wide, the
 * text is taken for such an export; the header is the line whose pieces
 * (parted by two blanks or more) hold the most column words of
 * dict/columns.tsv (three at least), and each line is cut where the
 * header's pieces start, in display columns, into tab-separated cells.
 * Lines keep their place (no line map). */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"
#include "utf8.h"

enum { FIXED_MIN_LINES = 10, FIXED_SHARE = 8, FIXED_MIN_WIDTH = 40, FIXED_MAX_COLS = 24,
       FIXED_MIN_HEADER_WORDS = 3, FIXED_CUT_MIN_CHARS = 5 };

static size_t line_width(const char *s, size_t n) {
  if (n && s[n - 1] == '\r')
    n--;
  return jn__text_width(s, n);
}

/* The width most lines share, 0 when too few do. */
static size_t common_width(const char *in, size_t len) {
  size_t lines = 0, best = 0, best_count = 0;
  size_t cand[4] = {0}, count[4] = {0};
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    size_t w = line_width(in + i, e - i);
    i = e + 1;
    if (!w)
      continue;
    lines++;
    size_t k = 0;
    while (k < 4 && cand[k] && cand[k] != w)
      k++;
    if (k < 4) {
      cand[k] = w;
      count[k]++;
    }
  }
  for (size_t k = 0; k < 4; k++)
    if (count[k] > best_count)
      best_count = count[k], best = cand[k];
  return lines >= FIXED_MIN_LINES && best >= FIXED_MIN_WIDTH && best_count * 10 >= lines * FIXED_SHARE
             ? best
             : 0;
}

/* Where the piece starting at s[i] ends: at two blanks, or the line's
 * end. */
static size_t piece_end(const char *s, size_t n, int32_t i) {
  size_t e = (size_t)i;
  while (e < n && s[e] != '\r' && !(s[e] == ' ' && (e + 1 == n || s[e + 1] == ' ')))
    e++;
  return e;
}

/* The display columns where the line's pieces (parted by two blanks or
 * more, or by one before a column word: Excel cuts 必須/選択 to "必須/"
 * and pads it with one blank before 情報開示内容) start, into starts[];
 * how many of the pieces are column words. */
static size_t piece_starts(const char *s, size_t n, size_t *starts, size_t *k) {
  size_t words = 0, col = 0;
  *k = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    if (s[i] == ' ' || s[i] == '\r') {
      col++, i++;
      continue;
    }
    size_t start = col;
    int32_t from = i, end = i;
    while ((size_t)i < n && !(s[i] == ' ' && ((size_t)i + 1 == n || s[i + 1] == ' '))) {
      if (s[i] == ' ' && i > from && jn__roles_word(s + i + 1, piece_end(s, n, i + 1) - (size_t)(i + 1)))
        break; /* one blank, then a column word: a piece of its own */
      UChar32 cp;
      U8_NEXT(s, i, (int32_t)n, cp);
      col += cp < 0 ? 1 : (size_t)jn__display_width(cp);
      if (cp != ' ' && cp != '\r')
        end = i;
    }
    if (*k < FIXED_MAX_COLS)
      starts[(*k)++] = start;
    words += jn__roles_word(s + from, (size_t)(end - from)) != 0;
  }
  return words;
}

/* Did the cell s[a, e), e its column's edge, run to that edge? Then the
 * export may have cut it there (a wide character that did not fit leaves
 * one blank). The next column's cell decides nothing: it may be empty. */
static int cut_at_edge(const char *s, size_t a, size_t e) {
  if (jn__utf8_count(s + a, e - a) < FIXED_CUT_MIN_CHARS)
    return 0; /* an item number set right, a short word: nothing to match */
  if (s[e - 1] != ' ')
    return 1;
  return e >= a + 4 && s[e - 2] != ' ' && (unsigned char)s[e - 2] >= 0x80;
}

/* Writes line s cut at the columns (display columns, starts[0] the first)
 * as tab-separated cells, each without its blanks. */
static void put_cut(jn_buf *b, const char *s, size_t n, const size_t *starts, size_t k) {
  if (n && s[n - 1] == '\r')
    n--;
  size_t col = 0, c = 0, cell_from = 0;
  int32_t i = 0;
  for (;;) {
    int at_end = (size_t)i >= n;
    int boundary = c + 1 < k && col >= starts[c + 1];
    if (at_end || boundary) {
      size_t a = cell_from, e = (size_t)i;
      while (a < e && s[a] == ' ')
        a++;
      while (e > a && s[e - 1] == ' ')
        e--;
      if (c)
        jn__buf_puts(b, "\t");
      jn__buf_put(b, s + a, e - a);
      if (boundary && cut_at_edge(s, a, (size_t)i))
        jn__buf_puts(b, "\xE2\x80\xA6"); /* … : the label matcher reads it as a cut */
      if (at_end)
        break;
      c++;
      cell_from = (size_t)i;
      continue;
    }
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    col += cp < 0 ? 1 : (size_t)jn__display_width(cp);
  }
}

/* Box drawing (U+2500–U+257F) or a pipe: a table drawn, read by its
 * drawing (a text browser pads a drawn table's lines alike too). */
static int drawn(const char *in, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if (in[i] == '|' || jn__sheet_box_char_at(in, len, i))
      return 1;
  return 0;
}

typedef struct fixed_columns {
  const size_t *starts; /* display columns where the header's pieces start */
  size_t k;
  size_t width;         /* the width the lines of the export share */
} fixed_columns;

/* One line of the text: cut into cells when it is as wide as the export's
 * lines, else as it is. */
static void put_fixed_line(jn_buf *b, const char *s, size_t n, void *state) {
  const fixed_columns *fc = state;
  if (line_width(s, n) == fc->width)
    put_cut(b, s, n, fc->starts, fc->k);
  else
    jn__buf_put(b, s, n);
}

char *jn__sheet_fixed_width(const char *in, size_t len, size_t *out_len) {
  if (memchr(in, '\t', len) || drawn(in, len))
    return NULL;
  size_t width = common_width(in, len);
  if (!width)
    return NULL;
  size_t starts[FIXED_MAX_COLS], k = 0, best_words = 0;
  for (size_t i = 0; i < len;) { /* the header: the most column words */
    size_t e = jn__sheet_line_end(in, len, i), st[FIXED_MAX_COLS], sk;
    size_t words = piece_starts(in + i, e - i, st, &sk);
    if (words > best_words && sk >= FIXED_MIN_HEADER_WORDS) {
      best_words = words, k = sk;
      memcpy(starts, st, sk * sizeof st[0]);
    }
    i = e + 1;
  }
  if (best_words < FIXED_MIN_HEADER_WORDS)
    return NULL;
  starts[0] = 0; /* the first column takes the line's start, item numbers set right */
  fixed_columns fc = {starts, k, width};
  return jn__sheet_rewrite_lines(in, len, out_len, put_fixed_line, &fc);
}
