/* labels.h — the catalogue's label patterns (dict/fields.tsv, column 5),
 * compiled once with PCRE2 (JIT) into the jn_ctx.
 *
 * Each field has one or more alternatives separated by " | "; each is a
 * PCRE2 pattern matched against text without spaces (the extractor squashes
 * rows the same way), so "サービス通知・報告.*告知時期" can ask for an item
 * label and a sub-question together. A match's length is its specificity:
 * the longest match wins a row. */
#ifndef JN_LABELS_H
#define JN_LABELS_H

#include <stddef.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include "jnorm.h"

struct jn_lexicon;

/* Where a wording may anchor a field (dict/labels.tsv, column kind). */
enum { JN_LABEL_ANY = 1, JN_LABEL_SENTENCE = 2, JN_LABEL_CATALOGUE = 4, JN_LABEL_TOPIC = 8,
       JN_LABEL_WHOLE = 16 /* the wording matches a label that is all of it */,
       JN_LABEL_PREFIX = 32 /* no gap in it: a cut cell may end with its beginning */ };

typedef struct jn_labels {
  pcre2_code **re; /* every alternative of every field, in field order */
  unsigned char *kind; /* per alternative: JN_LABEL_ANY, | JN_LABEL_SENTENCE
                          when it may anchor a field inside a sentence */
  size_t *first;   /* field f has re[first[f]] .. re[first[f + 1] - 1] */
  size_t n_fields;
  /* per alternative: bytes every match must contain (a plain wording's
   * longest literal run), "" when none is known. A text without them is
   * not given to PCRE2 at all: most of the thousand wordings are absent
   * from most rows. */
  char **need;
  int *need_pair; /* the hash of need's first two characters, -1 if none */
} jn_labels;

int jn__labels_load(jn_labels *lb, const struct jn_lexicon *lx, jn_error *err);
void jn__labels_free(jn_labels *lb);

/* A match of field f's label in text[from, len): 1 with [*s, *e) the
 * longest-starting-first match of any alternative, 0 when none matches.
 * `md` is the caller's match data (one per thread). */
int jn__label_find(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                   size_t len, size_t from, size_t *s, size_t *e);

/* The length of the longest match of any of field f's alternatives in
 * text (its specificity), 0 when none matches. */
size_t jn__label_longest(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                         size_t len);

/* The longest match of every field at once (lens[f]), over the
 * alternatives of the given kind: one pass for a text that every field is
 * matched against. */
void jn__label_longest_all(const jn_labels *lb, pcre2_match_data *md, const char *text,
                           size_t len, unsigned kind, size_t *lens);

/* The same, over the alternatives of the given kind only. */
size_t jn__label_longest_of(const jn_labels *lb, pcre2_match_data *md, size_t f,
                            const char *text, size_t len, unsigned kind);

#endif
