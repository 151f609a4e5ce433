/* sheet_rewrap.c — cells wrapped line by line in narrow columns, joined.
 *
 * A printed table read back in reading order (pdftotext -raw, pdftotext
 * without -layout) gives each cell on lines of its own, and a cell too long
 * for its column on several: every line but the last as wide as the column,
 * the last no wider.
 *
 *   開示情          the label column, three wide characters
 *   報の日
 *   付
 *   開示情報の      the question column, five
 *   年月日(西
 *   暦)
 *   必              the 必須/選択 column, one
 *   須
 *
 * The column widths are the widths that such runs of equal lines repeat (a
 * text of one cell per line seldom has two equal lines in a row, and never
 * many): the pass does nothing unless the text shows at least
 * REWRAP_MIN_PAIRS of them. Then a line as wide as a column (or one less: a
 * wide character that did not fit) goes on with the next line when that one
 * is no wider, is no item number, and does not start the 必須/選択 column's
 * word (必 / 須, which make one cell); that word whole (必須) is a cell of
 * its own. An address broken after a hyphen goes on too, without a space.
 * The lines of a cell become one line, mapped to its first. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "sheet.h"

enum { REWRAP_MIN_WIDTH = 4, REWRAP_MIN_PAIRS = 15, REWRAP_MIN_PER_WIDTH = 5,
       REWRAP_MAX_WIDTH = 256 };

typedef struct wline {
  const char *s; /* trimmed */
  size_t n;
  int width;     /* display columns */
  int spaced;    /* holds a space */
  int digits;    /* an item number: only digits and dots, or an item id (No.20) */
} wline;

static void measure(wline *l, const char *s, size_t n) {
  while (n && (s[0] == ' ' || s[0] == '\t'))
    s++, n--;
  n = jn__sheet_trim_end(s, n);
  *l = (wline){s, n, 0, 0, n > 0};
  for (int32_t i = 0; (size_t)i < n;) {
    UChar32 cp;
    U8_NEXT(s, i, (int32_t)n, cp);
    l->width += cp < 0 ? 1 : jn__display_width(cp);
    l->spaced |= cp == ' ';
    l->digits &= (cp >= '0' && cp <= '9') || cp == '.';
  }
  const char *id;
  size_t idn;
  l->digits |= n && jn__sheet_item_id(s, n, &id, &idn);
}

/* Does the line start the marker column's word, cut one character a line
 * (必 then 須)? */
static int starts_marker(const wline *l, const wline *next) {
  const char *canon;
  if (!l->n || l->width > 2 || !jn__marker_word(l->s, l->n, JN_MARKER_HALF, &canon))
    return 0;
  return next && next->n && jn__marker_word(next->s, next->n, JN_MARKER_HALF, &canon);
}

/* A line that is the marker column's whole word (必須, 選択) is a cell. */
static int whole_marker(const wline *l) {
  const char *canon;
  return l->n && jn__marker_word(l->s, l->n, JN_MARKER_WORD, &canon) == l->n;
}

/* Two equal lines are two cells (a label and its question, alike). */
static int same_text(const wline *a, const wline *b) {
  return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

/* The widths of the text's columns: widths that many pairs of lines
 * without a space share (within a column: a wide character that did not
 * fit, a half-width one). 0 when the text shows too few. */
static int learn_widths(const wline *l, size_t k, unsigned char *is_col) {
  unsigned count[REWRAP_MAX_WIDTH] = {0}, pairs = 0;
  for (size_t i = 0; i + 1 < k; i++)
    if (l[i].n && !l[i].spaced && !l[i + 1].spaced && !l[i].digits && !l[i + 1].digits &&
        abs(l[i].width - l[i + 1].width) <= 1 && !whole_marker(&l[i]) &&
        !same_text(&l[i], &l[i + 1])) {
      int w = l[i].width > l[i + 1].width ? l[i].width : l[i + 1].width;
      if (w >= REWRAP_MIN_WIDTH && w < REWRAP_MAX_WIDTH)
        count[w]++; /* "年月日(西" under "開示情報の": a half-width bracket */
    }
  memset(is_col, 0, REWRAP_MAX_WIDTH);
  for (int w = 0; w < REWRAP_MAX_WIDTH; w++)
    if (count[w] >= REWRAP_MIN_PER_WIDTH)
      is_col[w] = 1, pairs += count[w];
  return pairs >= REWRAP_MIN_PAIRS;
}

/* An address broken after a hyphen at the column's edge ("emc-" /
 * "support@example.jp"): the next line's first word is the address's rest. */
static int address_cut(const wline *l, const wline *next) {
  if (l->n < 2 || l->s[l->n - 1] != '-' || !isalnum((unsigned char)l->s[l->n - 2]) || !next->n ||
      !isalnum((unsigned char)next->s[0]))
    return 0;
  for (size_t i = 0; i < next->n && next->s[i] != ' '; i++)
    if (next->s[i] == '@' || next->s[i] == '.' || next->s[i] == '/')
      return 1;
  return 0;
}

/* Is line i as wide as a column, its cell going on with line i + 1? */
static int goes_on(const wline *l, size_t k, size_t i, const unsigned char *is_col) {
  if (i + 1 >= k || !l[i].n || l[i].digits || l[i].width >= REWRAP_MAX_WIDTH ||
      whole_marker(&l[i]) || whole_marker(&l[i + 1]))
    return 0;
  if (!is_col[l[i].width] && !(l[i].width + 1 < REWRAP_MAX_WIDTH && is_col[l[i].width + 1]))
    return 0;
  const wline *next = &l[i + 1];
  if (!next->n || next->digits || next->width > l[i].width + 1 || same_text(&l[i], next))
    return 0;
  return !starts_marker(next, i + 2 < k ? &l[i + 2] : NULL);
}

/* A word followed by two blanks or more: a cell break of text laid out in
 * columns. */
static int blank_run(const char *s, size_t n) {
  for (size_t j = 0; j + 2 < n; j++)
    if (s[j] != ' ' && s[j + 1] == ' ' && s[j + 2] == ' ')
      return 1;
  return 0;
}

static int any_line(const char *s, size_t n) {
  (void)s, (void)n;
  return 1;
}

/* Text laid out by runs of blanks (pdftotext -layout) or in tabs is the
 * layout reader's. */
static int raw_text(const char *in, size_t len) {
  return !memchr(in, '\t', len) && jn__sheet_count_lines(in, len, blank_run, SIZE_MAX) * 10 <
                                        jn__sheet_count_lines(in, len, any_line, SIZE_MAX);
}

char *jn__sheet_rewrap(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (!raw_text(in, len))
    return NULL;
  size_t k = 1;
  for (size_t i = 0; i < len; i++)
    k += in[i] == '\n';
  wline *l = calloc(k, sizeof *l);
  unsigned char *is_col = malloc(REWRAP_MAX_WIDTH);
  if (!l || !is_col) {
    free(l);
    free(is_col);
    return NULL;
  }
  size_t at = 0;
  for (size_t i = 0; i <= len && at < k; at++) {
    size_t e = jn__sheet_line_end(in, len, i);
    measure(&l[at], in + i, e - i);
    i = e + 1;
  }
  k = at;
  char *made = NULL;
  if (learn_widths(l, k, is_col)) {
    jn_buf b = JN_BUF_INIT;
    for (size_t i = 0; i < k && !b.failed; i++) {
      b.failed |= jn__line_map_add(lm, i + 1) != 0;
      jn_buf cell = JN_BUF_INIT;
      jn__buf_put(&cell, l[i].s, l[i].n);
      if (i + 1 < k && starts_marker(&l[i], &l[i + 1])) { /* 必 then 須: 必須 */
        i++;
        jn__buf_put(&cell, l[i].s, l[i].n);
      }
      /* every line of a cell but its last is as wide as its first: a
       * shorter line ends the cell, even one as wide as another column */
      int width = l[i].width;
      for (;;) {
        if (i + 1 < k && address_cut(&l[i], &l[i + 1]))
          jn__buf_put(&cell, l[i + 1].s, l[i + 1].n);
        else if (abs(l[i].width - width) <= 1 && goes_on(l, k, i, is_col))
          jn__sheet_put_after(&cell, l[i + 1].s, l[i + 1].n);
        else
          break;
        i++;
      }
      jn__buf_put(&b, cell.data, cell.len);
      jn__buf_puts(&b, "\n");
      b.failed |= cell.failed;
      jn__buf_free(&cell);
    }
    made = jn__sheet_pass_result(&b, out_len, lm);
  }
  free(l);
  free(is_col);
  return made;
}

/* ------------------------------------------------ cells as paragraphs */

/* A page whose table cells hold paragraphs (<td><p>…</p></td>), printed by
 * a text browser, gives each cell a paragraph of its own: one line between
 * blank lines. When most of the text is such lines (PARAGRAPH_SHARE, and
 * PARAGRAPH_MIN of them), the blank lines are only the cells' margins and
 * are dropped, so the cells read one a line as a browser's copy gives
 * them. */
enum { PARAGRAPH_MIN = 30, PARAGRAPH_SHARE = 8 /* tenths */ };

static int text_line(const char *s, size_t n) { return jn__sheet_trim_end(s, n) > 0; }

/* A hard break of exactly two blanks after a text line's words (more are
 * a padded line's, not a cell's line break). */
static int hard_break(const char *s, size_t n) { return jn__sheet_trailing_blanks(s, n) == 2; }

/* Two "label: value" lines one under the other (サービス名:… over 運営会社:…)
 * in a paragraph that opens with one: the break between them parts two
 * pairs, no cell's lines (a cell 有り<br>稼働時間: 24時間<br>… stays whole). */
static int pairs_apart(const char *a, size_t an, const char *b, size_t bn) {
  size_t la, lb;
  return jn__sheet_pair_split(a, jn__sheet_trim_end(a, an), &la) &&
         jn__sheet_pair_split(b, jn__sheet_trim_end(b, bn), &lb);
}

char *jn__sheet_unparagraph(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  if (memchr(in, '\t', len))
    return NULL;
  size_t lone = 0;
  int before = 0, last = 0; /* the two lines before were text (the start: blank) */
  for (size_t i = 0; i < len;) {
    size_t e = jn__sheet_line_end(in, len, i);
    int now = text_line(in + i, e - i);
    lone += last && !before && !now; /* the last line stood alone */
    before = last, last = now;
    i = e + 1;
  }
  lone += last && !before; /* the end of the text is blank too */
  size_t text = jn__sheet_count_lines(in, len, text_line, SIZE_MAX);
  if (lone < PARAGRAPH_MIN || lone * 10 < text * PARAGRAPH_SHARE)
    return NULL;
  jn_buf b = JN_BUF_INIT;
  uint64_t line = 0;
  for (size_t i = 0; i < len && !b.failed;) {
    size_t e = jn__sheet_line_end(in, len, i);
    line++;
    if (!text_line(in + i, e - i)) {
      i = e + 1;
      continue;
    }
    /* a cell's line break, as Markdown writes it (a hard break: two blanks
     * at the line's end, CommonMark 6.7), keeps the cell's lines on one
     * line, parted by <br> as an HTML cell's are; but a header cell cut at
     * its separator (必須/ over 選択) stays two lines, as the header
     * reader knows it */
    uint64_t first = line;
    size_t pl;
    int pairs = jn__sheet_pair_split(in + i, jn__sheet_trim_end(in + i, e - i), &pl) != 0;
    while (e + 1 < len && hard_break(in + i, e - i) &&
           !jn__roles_cut_marker(in + i, jn__sheet_trim_end(in + i, e - i)) &&
           text_line(in + e + 1, jn__sheet_line_end(in, len, e + 1) - e - 1) &&
           !(pairs && pairs_apart(in + i, e - i, in + e + 1,
                                  jn__sheet_line_end(in, len, e + 1) - e - 1))) {
      jn__buf_put(&b, in + i, jn__sheet_trim_end(in + i, e - i));
      jn__buf_puts(&b, "<br>");
      i = e + 1, e = jn__sheet_line_end(in, len, i);
      line++;
    }
    jn__sheet_put_line(&b, lm, in + i, e - i, first);
    i = e + 1;
  }
  return jn__sheet_pass_result(&b, out_len, lm);
}
