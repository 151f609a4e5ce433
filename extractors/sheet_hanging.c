/* sheet_hanging.c — list items a text browser wrapped, joined again.
 *
 * w3m, lynx, elinks and pandoc's plain writer wrap a list item at the
 * window's edge and indent its further lines to where the item's text
 * starts (a hanging indent):
 *
 *    1. 当社は、計画メンテナンスを行う場合、実施日の5日前までに本サービスの管理画面
 *       及び電子メールにより契約者に通知します。
 *
 * Read line by line, the item's sentence is cut in two and neither half
 * says what the whole does. This pass joins such lines back into the item's
 * line. A line goes on with the next when
 *   - it is a list item's (numbered 1. 1) (1), or bulleted - * + • ・) or
 *     one of its lines already joined,
 *   - it reaches the window's edge (within EDGE_SLACK columns of the width
 *     the text wraps at, learnt as the widest width that at least
 *     EDGE_MIN_LINES lines reach), so a short item line followed by an
 *     indented line (a label and its value) stays apart,
 *   - the next line is indented exactly to the item's text and starts no
 *     item of its own (a nested list starts there too),
 *   - neither holds a tab, a run of blanks or a box-drawing character: text
 *     laid out in columns (pdftotext -layout, tables) is the layout
 *     reader's.
 * Japanese joins without a space, other text with one. The joined line
 * keeps its first line's number (line map).
 *
 * A browser also breaks a line before a closing mark (…保護するため / 、以下
 * の対策を…): the marks move back to the end of the line they close, and
 * the lines stay as wide as the window made them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { EDGE_SLACK = 3, EDGE_MIN_LINES = 3, WIDTH_MAX = 400, INDENT_MAX = 24 };

typedef struct hline {
  const char *s; /* the line without its '\n' and trailing blanks */
  size_t n;
  size_t indent; /* leading spaces */
  size_t text;   /* display column of the item's text, 0 when no item */
  size_t width;  /* display columns */
  int plain;     /* no tab, run of blanks or box character */
} hline;

static int digit(char c) { return c >= '0' && c <= '9'; }

/* The length of a list mark at s (1. 12) (3) - * + • ・) with the spaces
 * after it, 0 when none. */
static size_t item_mark(const char *s, size_t n) {
  static const char *const bullets[] = {"- ", "* ", "+ ", "• ", "・", "◦ ", "o "};
  size_t k = 0;
  for (size_t i = 0; i < sizeof bullets / sizeof bullets[0]; i++)
    if (n >= strlen(bullets[i]) && !memcmp(s, bullets[i], strlen(bullets[i]))) {
      k = strlen(bullets[i]);
      break;
    }
  if (!k) {
    size_t d = s[0] == '(' ? 1 : 0, open = d;
    while (d < n && d - open < 3 && digit(s[d]))
      d++;
    if (d == open || d >= n)
      return 0;
    if (open ? s[d] != ')' : s[d] != '.' && s[d] != ')')
      return 0;
    k = d + 1;
    if (k >= n || s[k] != ' ')
      return 0;
  }
  while (k < n && s[k] == ' ')
    k++;
  return k < n ? k : 0;
}

/* Box drawing (U+2500–U+257F), a tab or three blanks in a row. */
static int plain_text(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\t' || (i + 2 < n && s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' '))
      return 0;
    if (jn__sheet_box_char_at(s, n, i))
      return 0;
  }
  return 1;
}

static void measure(hline *h, const char *s, size_t n) {
  n = jn__sheet_trim_end(s, n);
  size_t ind = 0;
  while (ind < n && s[ind] == ' ')
    ind++;
  *h = (hline){s, n, ind, 0, jn__text_width(s, n), 0};
  if (ind == n)
    return;
  h->plain = plain_text(s + ind, n - ind);
  size_t m = ind <= INDENT_MAX ? item_mark(s + ind, n - ind) : 0;
  if (m)
    h->text = ind + jn__text_width(s + ind, m);
}

/* The width the text wraps at: the widest that EDGE_MIN_LINES lines
 * reach (within EDGE_SLACK), 0 when none does. */
static size_t wrap_width(const hline *h, size_t k) {
  unsigned count[WIDTH_MAX + 1] = {0};
  for (size_t i = 0; i < k; i++)
    if (h[i].plain && h[i].width <= WIDTH_MAX)
      count[h[i].width]++;
  for (size_t w = WIDTH_MAX; w >= 20; w--) {
    unsigned near = 0;
    for (size_t d = 0; d <= EDGE_SLACK && d <= w; d++)
      near += count[w - d];
    if (near >= EDGE_MIN_LINES && count[w])
      return w;
  }
  return 0;
}

/* The length of the closing marks s starts with (。、」 never begin a
 * line of their own), 0 when none. */
static size_t closing_marks(const char *s, size_t n) {
  static const char *const marks[] = {"。", "、", "」", "』", ")", "〕", "】"};
  size_t k = 0, step;
  do {
    step = 0;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0] && !step; i++)
      if (n - k >= strlen(marks[i]) && !memcmp(s + k, marks[i], strlen(marks[i])))
        step = strlen(marks[i]);
    k += step;
  } while (step);
  return k;
}

/* The closing marks line b starts with that belong at the end of line a
 * (a reached the window's edge): their length, 0 when none. */
static size_t marks_back(const hline *a, const hline *b, size_t width) {
  if (!b->n || b->indent == b->n || !a->n || a->width + EDGE_SLACK < width)
    return 0;
  return closing_marks(b->s + b->indent, b->n - b->indent);
}

/* Does line a (the item's text starting at column `text`) go on with b? */
static int goes_on(const hline *a, const hline *b, size_t text, size_t width) {
  if (!b->n || b->indent == b->n || !a->plain || !b->plain)
    return 0;
  return text && b->indent == text && !b->text && a->width + EDGE_SLACK >= width;
}

static int ascii_end(const char *s, size_t n) { return n && (unsigned char)s[n - 1] < 0x80; }

char *jn__sheet_join_hanging(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  size_t k = 1;
  for (size_t i = 0; i < len; i++)
    k += in[i] == '\n';
  hline *h = calloc(k, sizeof *h);
  if (!h)
    return NULL;
  size_t at = 0;
  for (size_t i = 0; i <= len && at < k; at++) {
    size_t e = jn__sheet_line_end(in, len, i);
    measure(&h[at], in + i, e - i);
    i = e + 1;
  }
  k = at;
  size_t width = wrap_width(h, k), changes = 0;
  for (size_t i = 0; width && i + 1 < k; i++)
    changes += goes_on(&h[i], &h[i + 1], h[i].text, width) || marks_back(&h[i], &h[i + 1], width);
  char *made = NULL;
  if (changes) {
    jn_buf b = JN_BUF_INIT;
    size_t moved = 0; /* closing marks of this line already put on the last */
    for (size_t i = 0; i < k && !b.failed; i++) {
      b.failed |= jn__line_map_add(lm, i + 1) != 0;
      jn__buf_put(&b, h[i].s, h[i].indent);
      jn__buf_put(&b, h[i].s + h[i].indent + moved, h[i].n - h[i].indent - moved);
      moved = 0;
      size_t text = h[i].text; /* the item's, kept over its joined lines */
      while (i + 1 < k && goes_on(&h[i], &h[i + 1], text, width)) {
        const hline *next = &h[i + 1];
        const char *s = next->s + next->indent;
        size_t n = next->n - next->indent;
        if (ascii_end(h[i].s, h[i].n) && (unsigned char)s[0] < 0x80)
          jn__buf_puts(&b, " "); /* words wrapped at a space */
        jn__buf_put(&b, s, n);
        i++;
      }
      if (i + 1 < k && (moved = marks_back(&h[i], &h[i + 1], width)) != 0) {
        jn__buf_put(&b, h[i + 1].s + h[i + 1].indent, moved);
        if (h[i + 1].indent + moved == h[i + 1].n)
          i++, moved = 0; /* the line held the marks alone: no blank line */
      }
      jn__buf_puts(&b, "\n");
    }
    made = jn__sheet_pass_result(&b, out_len, lm);
  }
  free(h);
  return made;
}
