/* morph.c — the MeCab tagger behind morph.h. */
#include "morph.h"

#include <mecab.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "error.h"

#ifndef JN_MECAB_DICDIR
#define JN_MECAB_DICDIR ""
#endif

struct mecab_model_t *jn__morph_load(jn_error *err) {
  const char *dir = getenv("JNORM_MECAB_DICDIR");
  if (!dir || !*dir)
    dir = JN_MECAB_DICDIR;
  /* -r /dev/null: the dictionary named here, whatever /etc/mecabrc says;
   * an argument vector, so a directory may hold spaces */
  char *argv[] = {"jnorm", "-r", "/dev/null", "-d", (char *)dir, NULL};
  mecab_model_t *model = *dir ? mecab_model_new(5, argv) : mecab_model_new2("");
  if (!model)
    jn__error(err, JN_EMECAB, 0, 0, "MeCab: cannot load the dictionary%s%s: %s "
              "(install mecab-ipadic-utf8, or set JNORM_MECAB_DICDIR)",
              *dir ? " " : "", dir, mecab_strerror(NULL));
  return model;
}

void jn__morph_unload(struct mecab_model_t *model) {
  if (model)
    mecab_model_destroy(model);
}

struct jn_morph {
  mecab_t *tagger;
  mecab_lattice_t *lattice;
  jn_word *words;
  size_t cap;
};

jn_morph *jn__morph_new(const jn_ctx *ctx) {
  if (!ctx->mecab)
    return NULL;
  jn_morph *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->tagger = mecab_model_new_tagger(ctx->mecab);
  m->lattice = mecab_model_new_lattice(ctx->mecab);
  if (!m->tagger || !m->lattice) {
    jn__morph_free(m);
    return NULL;
  }
  return m;
}

void jn__morph_free(jn_morph *m) {
  if (!m)
    return;
  if (m->lattice)
    mecab_lattice_destroy(m->lattice);
  if (m->tagger)
    mecab_destroy(m->tagger);
  free(m->words);
  free(m);
}

static int starts(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The base form: the 7th field of an ipadic feature string. */
static int base_is(const char *feature, const char *word) {
  const char *p = feature;
  for (int commas = 0; *p && commas < 6; p++)
    commas += *p == ',';
  size_t k = strlen(word);
  return strncmp(p, word, k) == 0 && (p[k] == ',' || p[k] == '\0');
}

static jn_word_kind kind_of(const mecab_node_t *node) {
  const char *f = node->feature;
  if (node->stat == MECAB_UNK_NODE)
    return starts(f, "記号") ? JN_WORD_SYMBOL : JN_WORD_UNKNOWN;
  if (starts(f, "名詞,固有名詞,人名,姓"))
    return JN_WORD_SURNAME;
  if (starts(f, "名詞,固有名詞,人名"))
    return JN_WORD_GIVEN_NAME;
  if (starts(f, "名詞,固有名詞,組織"))
    return JN_WORD_ORG;
  if (starts(f, "名詞,固有名詞"))
    return JN_WORD_PROPER;
  if (starts(f, "名詞"))
    return JN_WORD_NOUN;
  if (starts(f, "動詞"))
    return JN_WORD_VERB;
  if (starts(f, "助詞") || starts(f, "接続詞")) /* が at the start reads as 接続詞 */
    return JN_WORD_PARTICLE;
  if (starts(f, "助動詞"))
    return base_is(f, "ない") || base_is(f, "ぬ") || base_is(f, "ん") ? JN_WORD_NEGATION
                                                                   : JN_WORD_AUX;
  if (starts(f, "形容詞"))
    return base_is(f, "無い") || base_is(f, "ない") ? JN_WORD_NEGATION : JN_WORD_OTHER;
  if (starts(f, "記号"))
    return JN_WORD_SYMBOL;
  return JN_WORD_OTHER;
}

size_t jn__morph_words(jn_morph *m, const char *s, size_t n, const jn_word **words) {
  *words = m->words;
  mecab_lattice_set_sentence2(m->lattice, s, n);
  if (!mecab_parse_lattice(m->tagger, m->lattice))
    return 0;
  size_t count = 0;
  for (const mecab_node_t *node = mecab_lattice_get_bos_node(m->lattice); node;
       node = node->next) {
    if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
      continue;
    if (count == m->cap) {
      size_t cap = m->cap ? m->cap * 2 : 64;
      jn_word *w = realloc(m->words, cap * sizeof *w);
      if (!w)
        return 0;
      m->words = w, m->cap = cap;
    }
    m->words[count].start = (size_t)(node->surface - s);
    m->words[count].len = node->length;
    m->words[count].kind = kind_of(node);
    count++;
  }
  *words = m->words;
  return count;
}
