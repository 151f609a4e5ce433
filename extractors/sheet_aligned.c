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
 * gap) is a short word, not an item number, a bullet or a sentence: a
 * list "1 事業者名 / 2 法人番号" keeps its numbers. Line for line: no line
 * map. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

enum { ALIGNED_MIN_LINES = 3, ALIGNED_LABEL_MAX_COLS = 24 };

/* Where the line's value starts (the display column after its first gap)
 * and the byte offset of that gap; -1 when the line is no label and
 * value. */
static int value_column(const char *s, size_t n, size_t *label, size_t *gap) {
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
    return -1; /* a line of cells already */
  for (size_t i = a; i < b; i++) /* an item's number, a bullet, a sentence */
    if ((s[i] >= '0' && s[i] <= '9') || strchr("-*:|#(", s[i]) ||
        (i + 3 <= b && (!memcmp(s + i, "。", 3) || !memcmp(s + i, "・", 3) ||
                        !memcmp(s + i, "、", 3) || !memcmp(s + i, "■", 3))))
      return -1;
  if (jn__text_width(s + a, b - a) > ALIGNED_LABEL_MAX_COLS)
    return -1;
  *label = a, *gap = b;
  return (int)jn__text_width(s, c);
}

static int same_label(const char *in, const size_t *start, const size_t *label, const size_t *gap,
                      size_t x, size_t y) {
  size_t nx = gap[x] - label[x], ny = gap[y] - label[y];
  return nx == ny && !memcmp(in + start[x] + label[x], in + start[y] + label[y], nx);
}

char *jn__sheet_aligned(const char *in, size_t len, size_t *out_len) {
  size_t k = 1;
  for (size_t i = 0; i < len; i++)
    k += in[i] == '\n';
  size_t *start = malloc(k * sizeof *start), *gap = malloc(k * sizeof *gap);
  size_t *label = malloc(k * sizeof *label);
  int *col = malloc(k * sizeof *col);
  char *made = NULL;
  if (!start || !gap || !label || !col)
    goto done;
  size_t at = 0;
  for (size_t i = 0; i < len && at < k; at++) {
    size_t e = jn__sheet_line_end(in, len, i);
    start[at] = i;
    col[at] = value_column(in + i, e - i, &label[at], &gap[at]);
    i = e + 1;
  }
  k = at;
  jn_buf b = JN_BUF_INIT;
  size_t broken = 0, from = 0;
  for (size_t i = 0; i < k && !b.failed; i++) {
    size_t run = 0; /* the lines from i sharing its value column, each
                       with a label of its own (a cell's wrapped lines may
                       all start with the same word) */
    while (col[i] >= 0 && i + run < k && col[i + run] == col[i] &&
           (!run || !same_label(in, start, label, gap, i + run - 1, i + run)))
      run++;
    if (run >= ALIGNED_MIN_LINES) {
      for (size_t j = i; j < i + run; j++) {
        size_t g = start[j] + gap[j], v = g;
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
  if (broken && !b.failed) {
    jn__buf_put(&b, in + from, len - from);
    made = b.failed ? NULL : b.data;
    *out_len = b.len;
  }
  if (!made)
    jn__buf_free(&b);
done:
  free(start);
  free(gap);
  free(label);
  free(col);
  return made;
}
