/* sheet_halves.c — a 必須/選択 marker broken over two lines of running
 * text, joined back.
 *
 * A printed table whose marker column is one character wide wraps the
 * word: 必 on one line of the cell, 須 on the next. Text read from such a
 * print in the order it was drawn (pdftotext -raw, a browser's PDF) puts
 * each line of the page on a line of its own, the cells of a row that
 * share a baseline side by side, so the first half ends a line and the
 * second opens the next, the answer after it:
 *
 *   日付 開示情報の日付(西暦) 必          日付 開示情報の日付(西暦) 必須 2019/1/5
 *   須 2019/1/5                      ->   (empty line)
 *
 * Halves are those of dict/markers.tsv ("half": 必 and 須 make 必須). The
 * first must stand alone at the end of its line (after a blank, a closing
 * parenthesis or at the line's start) and the second alone at the start of
 * the next, a blank or a slash and more text after it, so that words such
 * as 必須項目 or 選択肢 written across a line break are left alone. A
 * second half alone on its line (the answer on the lines below) stays: the
 * readers take 必 over 須 for the marker there (sheet_anchor.c), and an
 * empty line would part the answer from its question. The
 * joined line takes the first line's place and the second is left empty,
 * so every other line keeps its number. A text needs MIN_BROKEN such
 * breaks to be read as such a print. */
#include <string.h>

#include "sheet.h"

enum { MIN_BROKEN = 2 };

/* Does the line s[0..n) end with a half, alone: its length, 0 when not. */
static size_t first_half(const char *s, size_t n, const char **canon) {
  n = jn__sheet_trim_end(s, n);
  size_t at = n;
  while (at > 0 && ((unsigned char)s[at - 1] & 0xC0) == 0x80)
    at--;
  if (!at || at == n)
    return 0;
  at--;
  if (jn__marker_word(s + at, n - at, JN_MARKER_HALF, canon) != n - at ||
      strncmp(*canon, s + at, n - at))
    return 0; /* not the word's first character */
  int alone = at == 0 || s[at - 1] == ' ' || s[at - 1] == ')';
  return alone ? n - at : 0;
}

/* Does line s open with the second half of the word canon, more text after
 * it? Its length, 0 when not. */
static size_t second_half(const char *s, size_t n, const char *canon, size_t first) {
  size_t rest = strlen(canon) - first;
  if (n < rest || memcmp(s, canon + first, rest))
    return 0;
  size_t after = jn__sheet_trim_end(s + rest, n - rest);
  return after && (s[rest] == ' ' || s[rest] == '/') ? rest : 0;
}

/* Is line a's last character the first half of a marker whose second half
 * opens line b? */
static int broken(jn_line_span a, jn_line_span b) {
  const char *canon = NULL;
  size_t k = first_half(a.s, a.n, &canon);
  return k && second_half(b.s, b.n, canon, k);
}

char *jn__sheet_mend_markers(const char *in, size_t len, size_t *out_len) {
  return jn__sheet_join_lines(in, len, out_len, MIN_BROKEN, broken);
}
