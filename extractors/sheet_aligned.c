/* sheet_aligned.c — a two-column table drawn without borders, its cells
 * one space apart.
 *
 * w3m prints a borderless table of labels and values (<th> beside <td>)
 * with the values of every row starting in the same screen column, and
 * where a label fills its column only one space stands between the two:
 *
 *   対象サービス 架空ワークフロー
 *     ご契約者   架空商会株式会社様
 *   ご契約プラン ビジネスプラン
 *
 * The layout pass (sheet_layout.c) breaks cells at runs of two spaces or
 * more, in five such lines or more; in three or more lines in a row whose
 * first gap ends in the same display column, that gap is a cell break
 * (written as a tab) whatever its width. The label (the text before the
 * gap) is a short word, not an item number, a bullet, a list's or an
 * FAQ's mark (Q. / A.) or a sentence: a list "1 事業者名 / 2 法人番号"
 * keeps its numbers. Line for line: no line
 * map. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { ALIGNED_MIN_LINES = 3, ALIGNED_LABEL_MAX_COLS = 24 };

/* A line of the text: where it starts, where its label starts and ends
 * (the first gap) and the display column of its value, -1 when it is no
 * label and value. */
typedef struct aligned_line {
  size_t start, label, gap;
  int col;
} aligned_line;

/* The line s[0..n) as label and value, its col -1 when it is none. */
static void measure(aligned_line *l, const char *s, size_t n) {
  l->col = -1;
  size_t a = 0;
  while (a < n && s[a] == ' ')
    a++;
  size_t b = a;
  while (b < n && s[b] != ' ')
    b++;
  size_t c = b;
  while (c < n && s[c] == ' ')
    c++;
  if (b == a || c == n || b == n || memchr(s, '\t', n))
    return; /* a line of cells already */
  for (size_t i = a; i < b; i++) /* an item's number, a bullet, a sentence */
    if ((s[i] >= '0' && s[i] <= '9') || strchr("-*:|#(", s[i]) ||
        (i + 3 <= b && (!memcmp(s + i, "。", 3) || !memcmp(s + i, "・", 3) ||
                        !memcmp(s + i, "、", 3) || !memcmp(s + i, "■", 3))))
      return;
  if (jn__text_width(s + a, b - a) > ALIGNED_LABEL_MAX_COLS)
    return;
  if (b - a == 2 && strchr(".:)", s[a + 1]))
    return; /* "Q. …", "A. …", "a) …": a mark of a list or an FAQ */
  size_t end = n;
  while (end > c && s[end - 1] == ' ')
    end--;
  for (size_t i = c; i + 1 < end; i++)
    if (s[i] == ' ' && s[i + 1] == ' ')
      return; /* more cells after the value: a wider table's row, which the
                 layout pass cuts at its columns (必須 1    開示情報の時点 …) */
  l->label = a, l->gap = b;
  l->col = (int)jn__text_width(s, c);
}

static int same_label(const char *in, const aligned_line *x, const aligned_line *y) {
  size_t nx = x->gap - x->label, ny = y->gap - y->label;
  return nx == ny && !memcmp(in + x->start + x->label, in + y->start + y->label, nx);
}

char *jn__sheet_aligned(const char *in, size_t len, size_t *out_len) {
  size_t k = jn__sheet_count_lines(in, len, NULL, SIZE_MAX);
  aligned_line *l = k ? malloc(k * sizeof *l) : NULL;
  if (!l)
    return NULL;
  size_t at = 0;
  for (size_t i = 0; i < len && at < k; at++) {
    size_t e = jn__sheet_line_end(in, len, i);
    l[at].start = i;
    measure(&l[at], in + i, e - i);
    i = e + 1;
  }
  k = at;
  jn_buf b = JN_BUF_INIT;
  size_t broken = 0, from = 0;
  for (size_t i = 0; i < k && !b.failed; i++) {
    size_t run = 0; /* the lines from i sharing its value column, each
                       with a label of its own (a cell's wrapped lines may
                       all start with the same word) */
    while (l[i].col >= 0 && i + run < k && l[i + run].col == l[i].col &&
           (!run || !same_label(in, &l[i + run - 1], &l[i + run])))
      run++;
    if (run >= ALIGNED_MIN_LINES) {
      for (size_t j = i; j < i + run; j++) {
        size_t g = l[j].start + l[j].gap, v = g;
        while (in[v] == ' ')
          v++;
        jn__buf_put(&b, in + from, g - from);
        jn__buf_puts(&b, "\t");
        from = v;
        broken++;
      }
      i += run - 1;
    }
  }
  free(l);
  char *made = NULL;
  if (broken && !b.failed) {
    jn__buf_put(&b, in + from, len - from);
    made = b.failed ? NULL : b.data;
    *out_len = b.len;
  }
  if (!made)
    jn__buf_free(&b);
  return made;
}
