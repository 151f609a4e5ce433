/* sheet_cutrow.c — a header row (tab-separated, or a Markdown row) that a
 * line break inside one of its cells cut in two, joined back.
 *
 * A browser's copy of a table (innerText, a selection pasted as text)
 * writes a row's cells separated by tabs, and a <br> inside a cell as a
 * line break: the header cell 必須/<br>選択 ends one line and starts the
 * next, and the row reads as two rows, the second taken for the header:
 *
 *   区分 → 【審査対象項目】 → 【記述内容】 → 必須/        区分 → … → 必須/選択 → 申請内容 → 備考
 *   選択 → 申請内容 → 備考                          ->   (empty line)
 *
 * A line break is visible as a cut when the line's last cell ends with a
 * separator (/, ・) and that cell with the next line's first cell makes a
 * column word of dict/columns.tsv (sheet_roles.c) that neither makes
 * alone. The joined row takes the first line; the second is left empty,
 * so every other line keeps its number. */
#include <string.h>

#include "sheet.h"

enum { WORD_MAX = 64 };

/* Does s[0..n) end with a separator a header cell is cut at (/, its
 * full-width form, ・)? */
static size_t cut_separator(const char *s, size_t n) {
  if (n >= 1 && s[n - 1] == '/')
    return 1;
  if (n >= 3 && (!memcmp(s + n - 3, "／", 3) || !memcmp(s + n - 3, "・", 3)))
    return 3;
  return 0;
}

/* The character that parts line a's cells: a tab, or the pipe of a
 * Markdown row (html2markdown writes a cell's <br> as a line break too:
 * "【記述内容】| 申請内容| 必須/" over "選択"); 0 when a is no row. */
static char cell_separator(jn_line_span a) {
  if (memchr(a.s, '\t', a.n))
    return '\t';
  return (a.n && a.s[0] == '|') || jn__sheet_bare_pipe_row(a.s, a.n) ? '|' : 0;
}

/* Is line a (its last cell) cut, the rest of that cell opening line b (up
 * to its first separator, or the whole line)? */
static int cut_row(jn_line_span a, jn_line_span b) {
  char sep = cell_separator(a);
  a.n = jn__sheet_trim_end(a.s, a.n);
  if (sep == '|' && a.n && a.s[a.n - 1] == '|')
    return 0; /* a closed row: its last cell ended */
  size_t t = a.n;
  while (t && a.s[t - 1] != sep)
    t--;
  if (!sep || !t)
    return 0;
  while (t < a.n && a.s[t] == ' ')
    t++;
  const char *next = memchr(b.s, sep, b.n);
  size_t fn = next ? (size_t)(next - b.s) : jn__sheet_trim_end(b.s, b.n);
  while (fn && b.s[fn - 1] == ' ')
    fn--;
  const char *last = a.s + t;
  size_t ln = (size_t)(a.s + a.n - last);
  if (!ln || !fn || !cut_separator(last, ln) || ln + fn > WORD_MAX)
    return 0;
  char w[WORD_MAX];
  memcpy(w, last, ln);
  memcpy(w + ln, b.s, fn);
  return jn__roles_word(w, ln + fn) && !jn__roles_word(last, ln) && !jn__roles_word(b.s, fn);
}

char *jn__sheet_cut_rows(const char *in, size_t len, size_t *out_len) {
  if (!len || (!memchr(in, '\t', len) && !memchr(in, '|', len)))
    return NULL;
  return jn__sheet_join_lines(in, len, out_len, 1, cut_row);
}
