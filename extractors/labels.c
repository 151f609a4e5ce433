/* labels.c — compiling and matching the catalogue's label patterns. */
#include "labels.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "lexicon.h"
#include "utf8.h"

static int compile_alternative(pcre2_code **out, const jn_field *f, const char *p, size_t n,
                               jn_error *err) {
  char pat[320];
  size_t k = jn__squash(p, n, pat, sizeof pat); /* rows are matched without spaces */
  int code;
  PCRE2_SIZE at;
  *out = pcre2_compile((PCRE2_SPTR)pat, k, PCRE2_UTF, &code, &at, NULL);
  if (!*out) {
    PCRE2_UCHAR msg[128];
    pcre2_get_error_message(code, msg, sizeof msg);
    return jn__error(err, JN_EDICT, 0, 0, "fields.tsv: labels of %s: %s at offset %zu", f->id,
                     (const char *)msg, (size_t)at);
  }
  pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE); /* the interpreter if no JIT */
  return JN_OK;
}

static size_t count_alternatives(const jn_lexicon *lx) {
  size_t n = 0, len;
  for (size_t f = 0; f < lx->n_fields; f++)
    for (const char *p = lx->fields[f].labels, *w; jn__dict_next_alt(&p, &w, &len);)
      n++;
  return n;
}

int jn__labels_load(jn_labels *lb, const jn_lexicon *lx, jn_error *err) {
  memset(lb, 0, sizeof *lb);
  lb->re = calloc(count_alternatives(lx) + 1, sizeof *lb->re);
  lb->first = calloc(lx->n_fields + 1, sizeof *lb->first);
  lb->kind = calloc(count_alternatives(lx) + 1, 1);
  if (!lb->re || !lb->first || !lb->kind)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  size_t n = 0;
  for (size_t f = 0; f < lx->n_fields; f++) {
    lb->first[f] = lb->first[f + 1] = n;
    lb->n_fields = f + 1; /* what jn__labels_free must free */
    size_t k;
    for (const char *p = lx->fields[f].labels, *w; jn__dict_next_alt(&p, &w, &k);) {
      if (compile_alternative(&lb->re[n], &lx->fields[f], w, k, err) != JN_OK)
        return JN_EDICT;
      /* the catalogue's own labels are specific enough for sentences */
      lb->kind[n] = JN_LABEL_ANY | JN_LABEL_SENTENCE;
      n++;
      lb->first[f + 1] = n;
    }
    lb->first[f + 1] = n;
  }
  return JN_OK;
}

void jn__labels_free(jn_labels *lb) {
  if (lb->re && lb->first)
    for (size_t i = 0; i < lb->first[lb->n_fields]; i++)
      pcre2_code_free(lb->re[i]);
  free(lb->re);
  free(lb->first);
  free(lb->kind);
  memset(lb, 0, sizeof *lb);
}

int jn__label_find(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                   size_t len, size_t from, size_t *s, size_t *e) {
  int found = 0;
  for (size_t i = lb->first[f]; i < lb->first[f + 1]; i++) {
    if (pcre2_match(lb->re[i], (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, md, NULL) < 0)
      continue;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    /* the earliest match; of two at one place, the longer */
    if (!found || ov[0] < *s || (ov[0] == *s && ov[1] > *e))
      *s = ov[0], *e = ov[1];
    found = 1;
  }
  return found;
}

size_t jn__label_longest(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                         size_t len) {
  return jn__label_longest_of(lb, md, f, text, len, JN_LABEL_ANY);
}

size_t jn__label_longest_of(const jn_labels *lb, pcre2_match_data *md, size_t f,
                            const char *text, size_t len, unsigned kind) {
  size_t best = 0;
  for (size_t i = lb->first[f]; i < lb->first[f + 1]; i++) {
    if (!(lb->kind[i] & kind))
      continue;
    if (pcre2_match(lb->re[i], (PCRE2_SPTR)text, len, 0, PCRE2_NO_UTF_CHECK, md, NULL) < 0)
      continue;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[1] - ov[0] > best)
      best = ov[1] - ov[0];
  }
  return best;
}
