/* ctx.h — what a jn_ctx holds. Read-only once jn_ctx_new() returns, so one
 * context serves any number of threads (PCRE2's compiled-pattern rule). */
#ifndef JN_CTX_H
#define JN_CTX_H

#include <unicode/unorm2.h>

#include "chartab.h"
#include "html.h"
#include "labels.h"
#include "lexicon.h"
#include "scan.h"

struct jn_ctx {
  jn_chartab chars;
  jn_html_tables html;
  jn_lexicon lex; /* eras and units, for the scanner */
  jn_patterns patterns; /* PCRE2, JIT-compiled, for the scanner */
  jn_labels labels;     /* PCRE2, JIT-compiled: the catalogue's label patterns */
  /* MeCab's dictionary for extraction (morph.h); NULL when it did not
   * load, with the reason kept, so normalizing and scanning still work. */
  struct mecab_model_t *mecab;
  jn_error mecab_error;
  const UNormalizer2 *nfc;  /* owned by ICU, never freed */
  const UNormalizer2 *nfkc;
};

#endif
