/* chartab.h — the per-code-point action table behind the normalizer.
 *
 * Built once per jn_ctx from ICU's NFKC data plus dict/charclass.tsv, so the
 * hot loop never asks ICU about a character: three array reads give the
 * action, the character classes the dash rule needs, and the replacement
 * bytes. Two-stage layout as in utf8proc: stage1[cp >> 8] picks a block of
 * 256 entries in stage2; identical blocks are stored once (all CJK
 * ideograph blocks share one). */
#ifndef JN_CHARTAB_H
#define JN_CHARTAB_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

enum jn_action {
  JN_ACT_COPY = 0,   /* output the input bytes (NFKC leaves it alone) */
  JN_ACT_MAP,        /* output the pool bytes (NFKC or project mapping) */
  JN_ACT_SPACE,      /* whitespace: collapse and trim */
  JN_ACT_NEWLINE,    /* line break */
  JN_ACT_DROP,       /* output nothing */
  JN_ACT_HYPHEN,     /* short dash, by context */
  JN_ACT_LONGDASH,   /* long dash, by context; pool holds the kept form */
  JN_ACT_TILDE,      /* "~" */
  JN_ACT_VOICED,     /* compose U+3099 with the previous kana */
  JN_ACT_SEMIVOICED, /* compose U+309A with the previous kana */
  JN_ACT_SLOW        /* no normalization boundary before it: ask ICU */
};

/* Character classes of an output character, for the dash rule. */
enum jn_class {
  JN_CLS_OTHER = 0,
  JN_CLS_DIGIT = 1, /* ASCII 0-9 */
  JN_CLS_LATIN = 2, /* ASCII A-Z a-z */
  JN_CLS_KANA = 3   /* hiragana, katakana, ー */
};

/* Entry bits: action 0-3, class of the first output char 4-5, class of the
 * last output char 6-7, mapping length 8-13, mapping offset 14-31. */
#define JN_E_ACTION(e) ((e) & 0xFu)
#define JN_E_FIRST(e) (((e) >> 4) & 3u)
#define JN_E_LAST(e) (((e) >> 6) & 3u)
#define JN_E_MAPLEN(e) (((e) >> 8) & 0x3Fu)
#define JN_E_MAPOFF(e) ((e) >> 14)

typedef struct jn_chartab {
  uint16_t stage1[0x110000 >> 8];
  uint32_t *stage2; /* n_blocks * 256 entries */
  size_t n_blocks;
  char *pool; /* UTF-8 replacement strings */
  size_t pool_len;
  /* Shortcuts for the hot loop (normalize.c, fast_run): */
  uint8_t plain[256];      /* byte is printable ASCII written as it is */
  uint8_t plain_html[256]; /* the same with '<' and '&' excluded */
  int plain_is_vector;     /* plain[] is exactly 0x21..0x7D except '-'
                              (what the SSE2 test in normalize.c checks) */
  /* Three-byte characters looked up by their bytes, with no code point
   * computed: u8off[(b0 & 0x0F) << 6 | (b1 & 0x3F)] + (b2 & 0x3F) indexes
   * stage2. Overlong and surrogate byte pairs lead to a block of
   * JN_ACT_SLOW entries, so the hot loop leaves them to the general path. */
  uint32_t u8off[1024];
} jn_chartab;

/* An impossible entry value that marks "plain ASCII" in the hot loop. */
#define JN_E_ASCII 0xFFFFFFFFu

int jn__chartab_build(jn_chartab *t, jn_error *err);
void jn__chartab_free(jn_chartab *t);

static inline uint32_t jn__chartab_get(const jn_chartab *t, uint32_t cp) {
  return t->stage2[((size_t)t->stage1[cp >> 8] << 8) | (cp & 0xFFu)];
}

#endif
