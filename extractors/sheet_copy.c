/* sheet_copy.c — a browser's copy of the certifier's page whose few tab
 * lines hold only an item's number, category and label, each question and
 * each answer (led by its 必須/選択 marker) on a line of its own:
 *
 *   6<TAB>経営者<TAB>代表者
 *   代表者氏名
 *   必須代表取締役 架空 一郎
 *
 * Read as a table, the tab lines would be rows and every line under them
 * would run into their last cell. Such a copy is text: its tabs become
 * blanks, and the text reader takes each item line, question and
 * marker-led answer (docs/SHEETS.md). A document whose tab lines are most
 * of its lines, or whose answers are not led by markers, stays a table. */
#include <stdlib.h>
#include <string.h>

#include "sheet.h"

/* Counts the non-blank lines, those holding a tab, and those without a
 * tab that start with the guideline's marker (必須…, 選択 …). */
static void count_lines(const char *in, size_t len, size_t *lines, size_t *tabbed, size_t *led) {
  const char *canon;
  *lines = *tabbed = *led = 0;
  for (size_t at = 0; at < len;) {
    size_t end = jn__sheet_line_end(in, len, at), n = end - at;
    if (n && in[at + n - 1] == '\r')
      n--;
    if (n) {
      int tab = memchr(in + at, '\t', n) != NULL;
      (*lines)++;
      *tabbed += (size_t)tab;
      *led += !tab && jn__sheet_marker_led(in + at, n, &canon) > 0;
    }
    at = end + 1;
  }
}

char *jn__sheet_sparse_tabs(const char *in, size_t len) {
  size_t lines, tabbed, led;
  count_lines(in, len, &lines, &tabbed, &led);
  /* tab lines a minority, and as many answers led by their markers as
   * half the tab lines at least: the copy's answers are not in its rows */
  if (tabbed < 3 || tabbed * 5 > lines * 2 || led < 5 || led * 2 < tabbed)
    return NULL;
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  for (size_t i = 0; i < len; i++)
    out[i] = in[i] == '\t' ? ' ' : in[i];
  out[len] = '\0';
  return out;
}
