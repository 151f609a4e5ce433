/* sheet_columns.c — a page set in two columns of text (a brochure, a
 * contract printed two-up), as pdftotext -layout writes it: each line holds
 * a line of the left column and, after a gutter of blanks, a line of the
 * right one. Read as written, the two run together as if they were one
 * table's cells; here the left column comes first, then the right one.
 *
 *   第 1 条(目的)                        第 8 条(データの保護)
 *   本合意書は、架空ホスティング株式会社   1. 当社は、メールデータのバック
 *   (以下「当社」といいます。)が提供する  アップを 1 日 1 回取得し、
 *
 * What tells the columns of a page from the columns of a table: the text
 * on both sides of the gutter is prose wrapped at the column's width, so
 * most left lines end near the gutter (a table's labels end anywhere), and
 * a left line holds no gap of its own (a table's row holds several). A page
 * is cut at the gutter only when many lines start text there and most left
 * lines fill their column, or when both sides of most lines hold a
 * label and its value (two boxes of pairs side by side, as a leaflet
 * prints 仕様 beside 会社概要). Short words without 、 or 。 left of the
 * gap on most lines are a table's labels, centred in their cells as lynx
 * prints a <th>: no page columns. pdftotext counts characters, not display
 * columns, so positions here are characters. Form feeds part the pages;
 * each page is read on its own. */
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { COLS_MAX = 400, GUTTER_GAP = 3, RIGHT_MIN = 8, NEAR = 4, PAIRS_MIN = 4, LABEL_CHARS = 12 };

/* A line's characters split at its first gap of GUTTER_GAP blanks or more
 * at or after character `from`: where the right text starts (in
 * characters and bytes), 0 when none. */
typedef struct line_cut {
  size_t left_end;    /* where the left text ends, in display columns (0: none) */
  size_t right_chars; /* where the right text starts, 0: none */
  size_t right_byte;
  int left_gaps;      /* gaps of two blanks or more inside the left text */
  int left_label;     /* the left text is short and has no 、 or 。: a label */
} line_cut;

static line_cut cut_line(const char *s, size_t n, size_t gutter) {
  line_cut c = {0, 0, 0, 0, 0};
  /* left_end: the width of the left text from its own start (display
   * columns), 0 when the line has none */
  size_t chars = 0, run = 0, width = 0, last_text = 0, indent = 0, text_chars = 0;
  int seen = 0, prose = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    UChar32 cp;
    int32_t at = i;
    U8_NEXT(s, i, (int32_t)n, cp);
    if (cp == ' ') {
      run++;
    } else {
      /* text after a gap at the gutter, or a line whose text starts there
       * (the left column blank on it) */
      if ((seen ? run >= GUTTER_GAP : run > 0) && chars + 2 >= gutter && chars <= gutter + 2) {
        c.right_chars = chars, c.right_byte = (size_t)at;
        c.left_end = last_text;
        c.left_label = seen && text_chars <= LABEL_CHARS && !prose;
        return c;
      }
      if (seen && run >= 2)
        c.left_gaps++;
      if (!seen)
        indent = width; /* the width counts from the text's own start */
      run = 0, seen = 1;
    }
    chars++;
    width += cp < 0 ? 1 : (size_t)jn__display_width(cp);
    if (cp != ' ')
      last_text = width - indent, text_chars++;
    prose |= cp == 0x3001 || cp == 0x3002; /* 、 。 */
  }
  c.left_end = last_text;
  return c;
}

/* Where text starts after a gap of GUTTER_GAP blanks, counted by
 * character column over the lines [from, to); the most common such
 * column right of the page's middle. */
static size_t common_gutter(const char *in, size_t from, size_t to) {
  unsigned count[COLS_MAX] = {0};
  size_t widest = 0;
  for (size_t i = from; i < to;) {
    size_t e = jn__sheet_line_end(in, to, i), chars = 0, run = 0;
    int seen = 0;
    for (int32_t k = (int32_t)i; (size_t)k < e;) {
      UChar32 cp;
      U8_NEXT(in, k, (int32_t)e, cp);
      if (cp == ' ')
        run++;
      else {
        if (seen && run >= GUTTER_GAP && chars < COLS_MAX)
          count[chars]++;
        run = 0, seen = 1;
      }
      chars++;
    }
    widest = chars > widest ? chars : widest;
    i = e + 1;
  }
  size_t best = 0;
  for (size_t c = widest / 3; c < COLS_MAX && c < widest; c++) {
    unsigned near = count[c] + (c ? count[c - 1] : 0) + (c + 1 < COLS_MAX ? count[c + 1] : 0);
    unsigned best_near = best ? count[best] + count[best - 1] + count[best + 1] : 0;
    if (near > best_near)
      best = c;
  }
  return best;
}

/* Is the page [from, to) set in two columns at `gutter`? Many lines have
 * text starting there (after a gap, or alone), few left parts hold gaps of
 * their own (a table's row does), and many left parts end at one width
 * (prose wrapped at the column's edge, in display columns). */
/* Does the text hold a label and its value: a colon, or one blank
 * between words ("サービス名 架空在庫ナビ", "会社名:架空ロジソフト")? */
static int pair_text(const char *s, size_t n) {
  while (n && s[n - 1] == ' ')
    n--;
  size_t k = 0;
  while (k < n && s[k] == ' ')
    k++;
  for (size_t i = k + 1; i + 1 < n; i++)
    if ((s[i] == ' ' && s[i - 1] != ' ' && s[i + 1] != ' ') || s[i] == ':' ||
        (i + 3 <= n && !memcmp(s + i, "：", 3)))
      return 1;
  return 0;
}

static int two_columns(const char *in, size_t from, size_t to, size_t gutter) {
  size_t lines = 0, right = 0, left = 0, gappy = 0, both = 0, pairs = 0, labels = 0, marked = 0;
  unsigned ends[2 * COLS_MAX] = {0};
  for (size_t i = from; i < to;) {
    size_t e = jn__sheet_line_end(in, to, i);
    line_cut c = cut_line(in + i, e - i, gutter);
    if (c.left_end || c.right_chars)
      lines++;
    right += c.right_chars > 0;
    if (c.right_chars) { /* 必須 2025.12.20 at the gutter: the form's marker column */
      const char *canon;
      marked += jn__marker_word(in + i + c.right_byte, e - i - c.right_byte, JN_MARKER_WORD, &canon) > 0;
    }
    if (c.left_end && c.right_chars) { /* two boxes of pairs side by side */
      both++;
      labels += c.left_label;
      pairs += pair_text(in + i, c.right_byte) && pair_text(in + i + c.right_byte, e - i - c.right_byte);
    }
    if (c.left_end && c.left_end < 2 * COLS_MAX) {
      left++;
      gappy += c.left_gaps > 0;
      ends[c.left_end]++;
    }
    i = e + 1;
  }
  /* the commonest width, ± NEAR/2, among widths that reach most of the way
   * to the gutter (a table's short labels end anywhere short of it) */
  size_t filled = 0;
  for (size_t w = gutter * 6 / 10; w >= NEAR && w + NEAR / 2 < 2 * COLS_MAX; w++) {
    size_t k = 0;
    for (size_t d = w - NEAR / 2; d <= w + NEAR / 2; d++)
      k += ends[d];
    filled = k > filled ? k : filled;
  }
  if (gappy * 4 > left)
    return 0; /* a table's rows: gaps inside the left part */
  if (marked * 2 > right)
    return 0; /* most right parts open with 必須/選択: a form's marker column */
  if (pairs >= PAIRS_MIN && pairs * 3 >= both * 2)
    return 1; /* each side a label and its value: two boxes of pairs */
  if (both >= RIGHT_MIN && labels * 4 >= both * 3)
    return 0; /* short words without 、 or 。 left of the gap: a table's labels
                 (lynx centres a <th> in its cell), not a column of text */
  return right >= RIGHT_MIN && right * 10 >= lines * 3 && filled * 4 >= left;
}

/* The page [from, to), its lines mapped from first_line on: as its left
 * column then its right one when split at `gutter` (0: as it is). Returns
 * how many lines the page has. */
static uint64_t put_page(jn_buf *b, jn_line_map *lm, const char *in, size_t from, size_t to,
                         size_t gutter, uint64_t first_line) {
  uint64_t line = first_line;
  for (int side = 0; side < (gutter ? 2 : 1); side++) {
    line = first_line;
    for (size_t i = from; i < to; line++) {
      size_t e = jn__sheet_line_end(in, to, i);
      const char *s = in + i;
      size_t n = e - i;
      if (gutter) {
        line_cut c = cut_line(s, n, gutter);
        size_t split = c.right_chars ? c.right_byte : n;
        if (side)
          s += split, n -= split;
        else
          n = split;
        while (n && s[n - 1] == ' ')
          n--;
        /* the left column skips the lines where only the right one has
         * text (a break there is no paragraph's); a blank line stays a
         * break */
        int blank = e == i || (c.left_end == 0 && !c.right_chars);
        if (n || (side == 0 && blank))
          jn__sheet_put_line(b, lm, s, n, line);
      } else {
        jn__sheet_put_line(b, lm, s, n, line);
      }
      i = e + 1;
    }
  }
  return line - first_line;
}

char *jn__sheet_columns(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  int any = 0;
  jn_buf b = JN_BUF_INIT;
  uint64_t line = 1;
  for (size_t p = 0; p < len && !b.failed;) {
    const char *ff = memchr(in + p, '\f', len - p);
    size_t end = ff ? (size_t)(ff - in) : len;
    size_t gutter = common_gutter(in, p, end);
    if (gutter && !two_columns(in, p, end, gutter))
      gutter = 0;
    any |= gutter != 0;
    line += put_page(&b, lm, in, p, end, gutter, line);
    if (ff) /* the form feed starts the next page's first line */
      jn__buf_puts(&b, "\f");
    p = ff ? end + 1 : end;
  }
  if (!any) {
    jn__buf_free(&b);
    jn__line_map_free(lm);
    return NULL;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
