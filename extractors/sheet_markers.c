/* sheet_markers.c — the guideline's 必須/選択 marker words (dict/markers.tsv),
 * read once, and the questions the readers ask of them: is there a marker
 * at the start of this cell or answer, is this cell one character of it.
 * The words are data; the rules of where a marker may stand are in
 * sheet.c (a cell) and sheet_anchor.c (text). */
#include <pthread.h>
#include <string.h>

#include "dict.h"
#include "sheet.h"

enum { MAX_MARKER_WORDS = 64, MARKER_WORD_BYTES = 32 };

static struct {
  char word[MARKER_WORD_BYTES];
  char canon[MARKER_WORD_BYTES]; /* NUL-terminated: rows keep a pointer to it */
  size_t len;
  jn_marker_kind kind;
} marker_words[MAX_MARKER_WORDS];
static size_t n_marker_words;
static pthread_once_t markers_once = PTHREAD_ONCE_INIT;

static void load_markers(void) {
  static const struct {
    const char *name;
    jn_marker_kind kind;
  } kinds[] = {{"marker", JN_MARKER_WORD}, {"half", JN_MARKER_HALF},
               {"compound", JN_MARKER_COMPOUND}, {"led", JN_MARKER_LED}};
  const jn_dict_file *f = jn__dict_find("markers.tsv");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  while (f && n_marker_words < MAX_MARKER_WORDS && jn__dict_next(&r, fl) >= 3) {
    if (!fl[0].len || fl[0].len >= MARKER_WORD_BYTES || fl[1].len >= MARKER_WORD_BYTES)
      continue;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
      if (fl[2].len == strlen(kinds[k].name) && !memcmp(fl[2].p, kinds[k].name, fl[2].len)) {
        memcpy(marker_words[n_marker_words].word, fl[0].p, fl[0].len);
        memcpy(marker_words[n_marker_words].canon, fl[1].p, fl[1].len);
        marker_words[n_marker_words].len = fl[0].len;
        marker_words[n_marker_words++].kind = kinds[k].kind;
      }
  }
}

size_t jn__marker_word(const char *s, size_t n, jn_marker_kind kind, const char **canon) {
  pthread_once(&markers_once, load_markers);
  size_t best = 0;
  for (size_t i = 0; i < n_marker_words; i++)
    if (marker_words[i].kind == kind && marker_words[i].len > best &&
        marker_words[i].len <= n && !memcmp(s, marker_words[i].word, marker_words[i].len)) {
      best = marker_words[i].len;
      if (canon)
        *canon = marker_words[i].canon;
    }
  return best;
}

int jn__marker_piece(const char *s, size_t n) {
  return n && (jn__marker_word(s, n, JN_MARKER_WORD, NULL) == n ||
               jn__marker_word(s, n, JN_MARKER_HALF, NULL) == n);
}
