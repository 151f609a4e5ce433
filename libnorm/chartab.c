/* chartab.c — builds the per-code-point action table (chartab.h) from ICU's
 * NFKC data and the project's own rules in dict/charclass.tsv.
 *
 * For each code point: a rule of charclass.tsv wins; a character with no
 * normalization boundary before it (a combining mark) is left to ICU at run
 * time (JN_ACT_SLOW), because its result depends on its neighbour; any other
 * character has a context-free NFKC result, computed here once. When that
 * result is a single character with a rule of its own (U+FF5E → "~"), the
 * rule applies as well. */
#include "chartab.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include "dict.h"
#include "error.h"
#include "utf8.h"

#define N_BLOCKS (0x110000 >> 8)
#define ACT_NONE 0xFFu /* "no rule" in the rule lookup */

typedef struct rule {
  uint32_t first, last;
  unsigned action; /* enum jn_action, or JN_ACT_COPY for "keep" */
} rule;

typedef struct builder {
  jn_chartab *t;
  const UNormalizer2 *nfkc;
  rule *rules;
  size_t n_rules;
  uint8_t rule_blocks[0x110000 >> 8]; /* block has a rule: saves the scan */
  size_t pool_cap;
  /* dedup of stage-2 blocks: open addressing on a hash of the block */
  uint32_t *slots; /* block index + 1, 0 = empty */
  size_t n_slots;
  size_t blocks_cap;
} builder;

static const struct {
  const char *name;
  unsigned action;
} action_names[] = {
    {"keep", JN_ACT_COPY},         {"space", JN_ACT_SPACE},
    {"newline", JN_ACT_NEWLINE},   {"drop", JN_ACT_DROP},
    {"hyphen", JN_ACT_HYPHEN},     {"longdash", JN_ACT_LONGDASH},
    {"tilde", JN_ACT_TILDE},       {"voiced", JN_ACT_VOICED},
    {"semivoiced", JN_ACT_SEMIVOICED},
};

static int parse_hex(const jn_dict_field *f, uint32_t *out) {
  uint32_t v = 0;
  if (f->len == 0 || f->len > 6)
    return -1;
  for (size_t i = 0; i < f->len; i++) {
    char c = f->p[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                   : -1;
    if (d < 0)
      return -1;
    v = v * 16 + (uint32_t)d;
  }
  *out = v;
  return v <= 0x10FFFF ? 0 : -1;
}

static int load_rules(builder *b, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("charclass.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "charclass.tsv is not embedded");
  size_t cap = 64;
  b->rules = malloc(cap * sizeof *b->rules);
  if (!b->rules)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    rule ru;
    if (n < 3 || parse_hex(&fl[0], &ru.first) || parse_hex(&fl[1], &ru.last) ||
        ru.last < ru.first)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "charclass.tsv:%u: expected FIRST<TAB>LAST<TAB>ACTION",
                       r.line);
    ru.action = ACT_NONE;
    for (size_t i = 0; i < sizeof action_names / sizeof action_names[0]; i++)
      if (strlen(action_names[i].name) == fl[2].len &&
          memcmp(action_names[i].name, fl[2].p, fl[2].len) == 0)
        ru.action = action_names[i].action;
    if (ru.action == ACT_NONE)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "charclass.tsv:%u: unknown action '%.*s'", r.line,
                       (int)fl[2].len, fl[2].p);
    if (b->n_rules == cap) {
      rule *p = realloc(b->rules, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      b->rules = p;
    }
    b->rules[b->n_rules++] = ru;
    for (uint32_t blk = ru.first >> 8; blk <= ru.last >> 8; blk++)
      b->rule_blocks[blk] = 1;
  }
  return JN_OK;
}

static unsigned rule_for(const builder *b, uint32_t cp) {
  if (!b->rule_blocks[cp >> 8]) /* no rule touches this block of 256 */
    return ACT_NONE;
  for (size_t i = 0; i < b->n_rules; i++)
    if (cp >= b->rules[i].first && cp <= b->rules[i].last)
      return b->rules[i].action;
  return ACT_NONE;
}

static unsigned class_of(uint32_t cp) {
  if (cp >= '0' && cp <= '9')
    return JN_CLS_DIGIT;
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
    return JN_CLS_LATIN;
  if (cp == 0x30FC)
    return JN_CLS_KANA;
  /* ICU's script property decides. Asking it for all 300 000 code points
   * costs most of jn_ctx_new, and Unicode 15 has Hiragana and Katakana only
   * in these ranges (kana blocks, CJK symbols, half-width forms, the kana
   * supplements), so the question is asked there alone. */
  if (!((cp >= 0x3000 && cp < 0x3400) || (cp >= 0xFF00 && cp < 0xFFF0) ||
        (cp >= 0x1AFF0 && cp < 0x1B300) || (cp >= 0x1F200 && cp < 0x1F300)))
    return JN_CLS_OTHER;
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript((UChar32)cp, &st);
  if (U_SUCCESS(st) && (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA))
    return JN_CLS_KANA;
  return JN_CLS_OTHER;
}

/* Appends `len` bytes to the pool; returns the entry bits for offset and
 * length, or 0 with *ok cleared when the pool is full. */
static uint32_t pool_add(builder *b, const char *s, size_t len, int *ok) {
  jn_chartab *t = b->t;
  if (len > 0x3F || t->pool_len + len > (1u << 18)) {
    *ok = 0;
    return 0;
  }
  if (t->pool_len + len > b->pool_cap) {
    size_t cap = b->pool_cap ? b->pool_cap * 2 : 4096;
    char *p = realloc(t->pool, cap);
    if (!p) {
      *ok = 0;
      return 0;
    }
    t->pool = p;
    b->pool_cap = cap;
  }
  memcpy(t->pool + t->pool_len, s, len);
  uint32_t bits = ((uint32_t)t->pool_len << 14) | ((uint32_t)len << 8);
  t->pool_len += len;
  return bits;
}

static uint32_t entry(unsigned action, unsigned first, unsigned last) {
  return action | (first << 4) | (last << 6);
}

/* The table entry of one code point; *ok is cleared on failure. */
static uint32_t compute(builder *b, uint32_t cp, int *ok) {
  unsigned cls = class_of(cp);
  unsigned act = rule_for(b, cp);
  if (act != ACT_NONE)
    return entry(act, cls, cls);
  if (!unorm2_hasBoundaryBefore(b->nfkc, (UChar32)cp))
    return entry(JN_ACT_SLOW, JN_CLS_OTHER, JN_CLS_OTHER);

  UChar src[2], dst[64];
  UErrorCode st = U_ZERO_ERROR;
  if (unorm2_getDecomposition(b->nfkc, (UChar32)cp, dst, 64, &st) < 0)
    return entry(JN_ACT_COPY, cls, cls); /* a lone character NFKC keeps */
  int32_t n = 0;
  U16_APPEND_UNSAFE(src, n, cp);
  st = U_ZERO_ERROR;
  int32_t m = unorm2_normalize(b->nfkc, src, n, dst, 64, &st);
  if (U_FAILURE(st)) {
    *ok = 0;
    return 0;
  }
  /* Decode the result into code points and UTF-8. */
  uint32_t cps[64] = {0};
  size_t ncp = 0;
  char utf8[256];
  size_t ulen = 0;
  for (int32_t i = 0; i < m && ncp < 64;) {
    UChar32 c;
    U16_NEXT(dst, i, m, c);
    cps[ncp++] = (uint32_t)c;
    ulen += jn__utf8_encode((uint32_t)c, (uint8_t *)utf8 + ulen);
  }
  if (ncp == 1 && cps[0] == cp)
    return entry(JN_ACT_COPY, cls, cls);
  unsigned first = class_of(cps[0]), last = class_of(cps[ncp - 1]);
  if (ncp == 1) {
    unsigned act2 = rule_for(b, cps[0]);
    if (act2 != ACT_NONE && act2 != JN_ACT_COPY)
      return entry(act2, first, last) | pool_add(b, utf8, ulen, ok);
  }
  return entry(JN_ACT_MAP, first, last) | pool_add(b, utf8, ulen, ok);
}

static uint64_t hash_block(const uint32_t *e) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < 256; i++) {
    h ^= e[i];
    h *= 1099511628211ull;
  }
  return h;
}

/* Index of a stage-2 block equal to `e`, adding it when new; -1 on ENOMEM. */
static long intern_block(builder *b, const uint32_t *e) {
  jn_chartab *t = b->t;
  size_t mask = b->n_slots - 1;
  for (size_t s = hash_block(e) & mask;; s = (s + 1) & mask) {
    uint32_t idx = b->slots[s];
    if (idx == 0) {
      if (t->n_blocks == b->blocks_cap) {
        size_t cap = b->blocks_cap * 2;
        uint32_t *p = realloc(t->stage2, cap * 256 * sizeof *p);
        if (!p)
          return -1;
        t->stage2 = p;
        b->blocks_cap = cap;
      }
      memcpy(t->stage2 + t->n_blocks * 256, e, 256 * sizeof *e);
      b->slots[s] = (uint32_t)++t->n_blocks;
      return (long)t->n_blocks - 1;
    }
    if (memcmp(t->stage2 + (size_t)(idx - 1) * 256, e, 256 * sizeof *e) == 0)
      return (long)idx - 1;
  }
}

/* Planes 4-13 are unassigned and 15-16 are private use: nothing to fold. */
static int plane_is_inert(size_t block) {
  size_t plane = block >> 8;
  return (plane >= 4 && plane <= 13) || plane >= 15;
}

/* Derives the hot loop's shortcut tables from the full table. */
static int fill_shortcuts(jn_chartab *t, builder *b) {
  for (uint32_t c = 0; c < 0x80; c++) {
    uint32_t e = jn__chartab_get(t, c);
    t->plain[c] = c > 0x20 && c < 0x7F && JN_E_ACTION(e) == JN_ACT_COPY;
    t->plain_html[c] = t->plain[c] && c != '<' && c != '&';
  }
  t->plain_is_vector = 1;
  for (uint32_t c = 0; c < 0x80; c++)
    if (t->plain[c] != (c > 0x20 && c < 0x7E && c != '-'))
      t->plain_is_vector = 0;
  uint32_t slow[256];
  for (size_t k = 0; k < 256; k++)
    slow[k] = JN_ACT_SLOW;
  long bad = intern_block(b, slow);
  if (bad < 0)
    return JN_ENOMEM;
  for (uint32_t idx = 0; idx < 1024; idx++) {
    uint32_t cp = ((idx >> 6) << 12) | ((idx & 0x3F) << 6);
    int invalid = cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF);
    t->u8off[idx] = invalid ? (uint32_t)bad << 8
                            : ((uint32_t)t->stage1[cp >> 8] << 8) | (cp & 0xC0);
  }
  return JN_OK;
}

int jn__chartab_build(jn_chartab *t, jn_error *err) {
  memset(t, 0, sizeof *t);
  builder b = {0};
  b.t = t;
  UErrorCode st = U_ZERO_ERROR;
  b.nfkc = unorm2_getNFKCInstance(&st);
  if (U_FAILURE(st))
    return jn__error(err, JN_EICU, 0, 0, "ICU NFKC data unavailable: %s",
                     u_errorName(st));
  int rc = load_rules(&b, err);
  b.n_slots = 4096; /* far more than the distinct blocks (a few hundred) */
  b.blocks_cap = 256;
  b.slots = calloc(b.n_slots, sizeof *b.slots);
  t->stage2 = malloc(b.blocks_cap * 256 * sizeof *t->stage2);
  if (rc == JN_OK && (!b.slots || !t->stage2))
    rc = jn__error(err, JN_ENOMEM, 0, 0, NULL);
  uint32_t block[256];
  int ok = 1;
  /* Block 0 of stage 2 is "copy, class other" for everything inert. */
  memset(block, 0, sizeof block);
  if (rc == JN_OK && intern_block(&b, block) != 0)
    rc = jn__error(err, JN_ENOMEM, 0, 0, NULL);
  for (size_t blk = 0; rc == JN_OK && blk < N_BLOCKS; blk++) {
    if (plane_is_inert(blk)) {
      t->stage1[blk] = 0;
      continue;
    }
    for (uint32_t lo = 0; lo < 256; lo++) {
      uint32_t cp = (uint32_t)(blk << 8) | lo;
      block[lo] = (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : compute(&b, cp, &ok);
    }
    long idx = ok ? intern_block(&b, block) : -1;
    if (idx < 0)
      rc = jn__error(err, JN_ENOMEM, 0, 0, "building the character table");
    else
      t->stage1[blk] = (uint16_t)idx;
  }
  if (rc == JN_OK && fill_shortcuts(t, &b) != JN_OK)
    rc = jn__error(err, JN_ENOMEM, 0, 0, NULL);
  free(b.rules);
  free(b.slots);
  if (rc != JN_OK)
    jn__chartab_free(t);
  return rc;
}

void jn__chartab_free(jn_chartab *t) {
  free(t->stage2);
  free(t->pool);
  t->stage2 = NULL;
  t->pool = NULL;
  t->n_blocks = t->pool_len = 0;
}
