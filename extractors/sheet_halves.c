/* sheet_halves.c — a print read in drawing order (pdftotext -raw): a
 * 必須/選択 marker broken over two lines of running text joined back, and
 * the other pieces its narrow columns broke (at the end of this file).
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
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"
#include "utf8.h"

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

/* Does line a end with a whole marker word (必須, after a blank or alone)
 * that line b's first word makes a longer one (必須○: a marker of
 * dict/markers.tsv wider than its column), more text after it? */
static int marker_goes_on(jn_line_span a, jn_line_span b) {
  size_t n = jn__sheet_trim_end(a.s, a.n), at = n, k = 0;
  while (at > 0 && a.s[at - 1] != ' ')
    at--;
  while (k < b.n && b.s[k] != ' ')
    k++;
  const char *canon;
  char word[64];
  size_t w = n - at;
  if (!w || !k || k == b.n || !jn__sheet_trim_end(b.s + k, b.n - k) || w + k > sizeof word ||
      jn__marker_word(a.s + at, w, JN_MARKER_WORD, &canon) != w)
    return 0;
  memcpy(word, a.s + at, w);
  memcpy(word + w, b.s, k);
  return jn__marker_word(word, w + k, JN_MARKER_WORD, &canon) == w + k;
}

/* Is line a's last character the first half of a marker whose second half
 * opens line b, or its last word a marker that b's first word goes on? */
static int broken(jn_line_span a, jn_line_span b) {
  const char *canon = NULL;
  size_t k = first_half(a.s, a.n, &canon);
  return (k && second_half(b.s, b.n, canon, k)) || marker_goes_on(a, b);
}

char *jn__sheet_mend_markers(const char *in, size_t len, size_t *out_len) {
  return jn__sheet_join_lines(in, len, out_len, MIN_BROKEN, broken);
}

/* ------------------------------------ the rest of a print read so */

/* The same prints break other narrow cells too. Three mends, in a text
 * that shows it is such a print (MIN_BROKEN markers broken over lines, the
 * second half alone on its line or not), each leaving the line count as
 * it is but the last:
 *
 * - the marker's second half alone on its line, the answer below it, the
 *   first half after the question: the first half moves down to it, so the
 *   marker stands alone and the question's line holds the question only
 *   ("… 必" / "須" → "…" / "必須");
 * - a header word (or a marker) the narrow column broke a character or two
 *   a line, its first piece after other words (… 記述内容 必 / 須/ / 選 /
 *   択): the pieces joined where the last
 *   stands, when together they make a column word of dict/columns.tsv, the
 *   lines between left empty (the answer under a marker stays under it);
 * - an item's number sharing its line with the first line of the next
 *   cell ("(1) 開示情"), as the two stand on one baseline: the number on a
 *   line of its own, as such prints write it when the cell is lower
 *   (jn__sheet_split_items, a line map). Only numbers that follow each
 *   other (each after the last, a few skipped), five at least. */
enum { PIECE_MAX_CHARS = 3, PIECES_MAX = 6, ITEMS_MIN = 5, WORD_BYTES = 64 };

static int second_alone(jn_line_span b, const char *canon, size_t first) {
  size_t rest = strlen(canon) - first, n = jn__sheet_trim_end(b.s, b.n), i = 0;
  while (i < n && b.s[i] == ' ')
    i++;
  return n - i == rest && !memcmp(b.s + i, canon + first, rest);
}

/* Is the line free of the runs of blanks that lay text out in columns
 * (a text browser's, pdftotext -layout's), as text read in drawing order
 * is? */
static int unpadded(jn_line_span l) {
  size_t n = jn__sheet_trim_end(l.s, l.n);
  if (n && l.s[0] == ' ')
    return 0;
  for (size_t i = 0; i + 1 < n; i++)
    if (l.s[i] == ' ' && l.s[i + 1] == ' ')
      return 0;
  return 1;
}

/* Is the text a print read in drawing order: markers broken over lines
 * that no column layout pads? */
static int drawn_print(const jn_line_span *l, size_t n) {
  size_t breaks = 0;
  for (size_t i = 0; i + 1 < n && breaks < MIN_BROKEN; i++) {
    const char *canon = NULL;
    size_t k = first_half(l[i].s, l[i].n, &canon);
    breaks += k && unpadded(l[i]) && unpadded(l[i + 1]) &&
              (second_half(l[i + 1].s, l[i + 1].n, canon, k) || second_alone(l[i + 1], canon, k));
  }
  return breaks >= MIN_BROKEN;
}

/* The last word of line a (after its last blank), when short enough to
 * be a piece of a broken header word. */
static jn_line_span last_piece(jn_line_span a) {
  size_t n = jn__sheet_trim_end(a.s, a.n), i = n;
  while (i > 0 && a.s[i - 1] != ' ')
    i--;
  jn_line_span p = {a.s + i, n - i};
  /* a piece alone on its line is left: the readers take 必 over 須 for
   * the marker, and a header's words a line each are a header to them */
  return i && p.n && jn__utf8_count(p.s, p.n) <= PIECE_MAX_CHARS ? p : (jn_line_span){a.s, 0};
}

/* How many lines after line i continue the header word its last piece
 * starts (0: none), the longest that makes a column word (必 alone is one,
 * as a narrow column heads itself, but 必 / 須/ / 選 / 択 make 必須/選択);
 * the word in w. */
static size_t broken_word(const jn_line_span *l, size_t n, size_t i, char *w, size_t *wn) {
  jn_line_span p = last_piece(l[i]);
  size_t at = p.n, best = 0, best_n = 0;
  if (!p.n)
    return 0;
  memcpy(w, p.s, p.n);
  for (size_t j = i + 1; j < n && j <= i + PIECES_MAX; j++) {
    size_t m = jn__sheet_trim_end(l[j].s, l[j].n);
    if (!m || memchr(l[j].s, ' ', m) || jn__utf8_count(l[j].s, m) > PIECE_MAX_CHARS ||
        at + m >= WORD_BYTES || jn__roles_word(l[j].s, m))
      break;
    memcpy(w + at, l[j].s, m), at += m;
    if (jn__roles_word(w, at))
      best = j - i, best_n = at;
  }
  *wn = best_n;
  return best;
}

char *jn__sheet_mend_print(const char *in, size_t len, size_t *out_len) {
  size_t n = 0, mended = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  int print = drawn_print(l, n);
  for (size_t i = 0; i < n && print && !b.failed; i++) {
    char w[WORD_BYTES];
    size_t wn = 0, k = broken_word(l, n, i, w, &wn);
    const char *canon = NULL;
    size_t half = k ? 0 : first_half(l[i].s, l[i].n, &canon), end = jn__sheet_trim_end(l[i].s, l[i].n);
    if (k) { /* the word where its last piece stands, the lines between empty */
      jn_line_span p = last_piece(l[i]);
      jn__buf_put(&b, l[i].s, jn__sheet_trim_end(l[i].s, (size_t)(p.s - l[i].s)));
      for (size_t j = 0; j < k; j++)
        jn__buf_puts(&b, "\n");
      jn__buf_put(&b, w, wn);
      jn__buf_puts(&b, "\n");
      i += k, mended++;
    } else if (half && half < end && i + 1 < n && second_alone(l[i + 1], canon, half)) {
      jn__buf_put(&b, l[i].s, jn__sheet_trim_end(l[i].s, end - half));
      jn__buf_puts(&b, "\n");
      jn__buf_puts(&b, canon);
      jn__buf_puts(&b, "\n");
      i++, mended++;
    } else {
      jn__sheet_put_line(&b, NULL, l[i].s, l[i].n, 0);
    }
  }
  free(l);
  if (!mended) {
    jn__buf_free(&b);
    return NULL;
  }
  return jn__sheet_pass_result(&b, out_len, NULL);
}

/* Does the line hold a marker's second half as a word of its own ("1 報の
 * 日 月日(西暦) 須 2023年7月27日", 必 on the line above)? Then its row was
 * set around this line, the middle of its cells (pdftotext without -raw),
 * not begun by it. */
static int half_word_in(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i && s[i - 1] != ' ')
      continue;
    size_t e = i;
    while (e < n && s[e] != ' ')
      e++;
    const char *canon;
    if (e > i && jn__marker_word(s + i, e - i, JN_MARKER_HALF, &canon) == e - i &&
        strncmp(canon, s + i, e - i))
      return 1; /* the second half (須): the first stood on a line above */
    i = e;
  }
  return 0;
}

/* The item number opening line s ("(1) 開示情", "No.3 設立年月日", "12 事業所"):
 * its length with the blank after it, 0 when none; its value in *v. */
static size_t led_item(const char *s, size_t n, int *v) {
  const char *sp = memchr(s, ' ', n), *id;
  size_t k = sp ? (size_t)(sp - s) : 0, idn;
  if (!k || k + 1 >= n || !jn__sheet_item_id(s, k, &id, &idn) || half_word_in(s + k, n - k))
    return 0;
  *v = atoi(id);
  return k + 1;
}

/* Does item v follow item last (a few skipped)? */
static int follows_last(int last, int v) { return v > last && v <= last + 10; }

char *jn__sheet_split_items(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  size_t n = 0, chain = 0;
  jn_line_span *l = jn__sheet_split_lines(in, len, JN_SHEET_LINES_MAX, &n);
  if (!l)
    return NULL;
  int last = 0, v;
  for (size_t i = 0; i < n; i++)
    if (led_item(l[i].s, l[i].n, &v) && follows_last(last, v))
      chain++, last = v;
  if (chain < ITEMS_MIN || !drawn_print(l, n)) {
    free(l);
    return NULL;
  }
  jn_buf b = JN_BUF_INIT;
  last = 0;
  for (size_t i = 0; i < n && !b.failed; i++) {
    size_t k = led_item(l[i].s, l[i].n, &v);
    if (k && follows_last(last, v)) {
      last = v;
      jn__sheet_put_line(&b, lm, l[i].s, k - 1, i + 1);
      jn__sheet_put_line(&b, lm, l[i].s + k, l[i].n - k, i + 1);
      continue;
    }
    jn__sheet_put_line(&b, lm, l[i].s, l[i].n, i + 1);
  }
  free(l);
  return jn__sheet_pass_result(&b, out_len, lm);
}
