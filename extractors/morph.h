/* morph.h — MeCab where language matters: the words of a short text with
 * their part of speech (mecab-ipadic-utf8).
 *
 * The model (the dictionary, memory-mapped) is loaded once into the jn_ctx
 * and shared by threads; a jn_morph (a tagger and its lattice) belongs to
 * one extraction, so each thread has its own. */
#ifndef JN_MORPH_H
#define JN_MORPH_H

#include <stddef.h>

#include "jnorm.h"

struct mecab_model_t;

/* Loads the dictionary: $JNORM_MECAB_DICDIR, else the ipadic-utf8 found at
 * build time, else MeCab's own default. NULL with err set when none loads. */
struct mecab_model_t *jn__morph_load(jn_error *err);
void jn__morph_unload(struct mecab_model_t *model);

/* What a word is, as far as extraction cares. */
typedef enum jn_word_kind {
  JN_WORD_OTHER = 0,
  JN_WORD_SURNAME,     /* 名詞,固有名詞,人名,姓 */
  JN_WORD_GIVEN_NAME,  /* 名詞,固有名詞,人名,名 (or 一般) */
  JN_WORD_ORG,         /* 名詞,固有名詞,組織 */
  JN_WORD_PROPER,      /* another proper noun (名詞,固有名詞,一般 or 地域):
                          a place name may be a surname (琴平, 宇治) */
  JN_WORD_NOUN,        /* any other noun */
  JN_WORD_UNKNOWN,     /* not in the dictionary */
  JN_WORD_VERB,
  JN_WORD_PARTICLE,    /* 助詞, and 接続詞 */
  JN_WORD_AUX,         /* 助動詞, not a negation */
  JN_WORD_NEGATION,    /* ない, ぬ, ん (助動詞), 無い/無し (形容詞) */
  JN_WORD_SYMBOL
} jn_word_kind;

typedef struct jn_word {
  size_t start, len; /* bytes, into the text given to jn__morph_words */
  jn_word_kind kind;
} jn_word;

typedef struct jn_morph jn_morph;

/* NULL when the context has no dictionary or memory ran out. */
jn_morph *jn__morph_new(const jn_ctx *ctx);
void jn__morph_free(jn_morph *m);

/* The words of s[0..n); *words is valid until the next call. Returns the
 * count, 0 when MeCab fails (a warning, not an error: rules fall back). */
size_t jn__morph_words(jn_morph *m, const char *s, size_t n, const jn_word **words);

#endif
