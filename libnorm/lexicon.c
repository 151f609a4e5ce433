/* lexicon.c — loading dict/eras.tsv and dict/units.tsv; see lexicon.h. */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "ctx.h"
#include "error.h"
#include "utf8.h"

static int field_int(const jn_dict_field *f, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n && i < f->len; i++) {
    if (f->p[i] < '0' || f->p[i] > '9')
      return -1;
    v = v * 10 + (f->p[i] - '0');
  }
  return v;
}

/* "YYYY-MM-DD" → parts; 0 on success. */
static int parse_ymd(const jn_dict_field *f, int *y, int *m, int *d) {
  if (f->len != 10 || f->p[4] != '-' || f->p[7] != '-')
    return -1;
  *y = field_int(f, 0, 4);
  *m = field_int(f, 5, 2);
  *d = field_int(f, 8, 2);
  return (*y < 0 || *m < 1 || *m > 12 || *d < 1 || *d > 31) ? -1 : 0;
}

static int load_eras(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("eras.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "eras.tsv is not embedded");
  lx->eras = calloc(16, sizeof *lx->eras);
  if (!lx->eras)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    jn_era *e = &lx->eras[lx->n_eras];
    jn_dict_field empty = {"", 0};
    const jn_dict_field *last = n >= 4 ? &fl[3] : &empty;
    if (n < 3 || lx->n_eras >= 16 || fl[0].len >= sizeof e->name ||
        fl[1].len != 1 ||
        parse_ymd(&fl[2], &e->first_year, &e->first_month, &e->first_day) ||
        (last->len && parse_ymd(last, &e->last_year, &e->last_month, &e->last_day)))
      return jn__error(err, JN_EDICT, 0, r.line,
                       "eras.tsv:%u: expected NAME<TAB>LETTER<TAB>YYYY-MM-DD<TAB>[YYYY-MM-DD]",
                       r.line);
    memcpy(e->name, fl[0].p, fl[0].len);
    e->abbrev = fl[1].p[0];
    lx->n_eras++;
  }
  return JN_OK;
}

static int by_length_desc(const void *a, const void *b) {
  size_t la = ((const jn_unit *)a)->word_len, lb = ((const jn_unit *)b)->word_len;
  return la < lb ? 1 : la > lb ? -1 : 0;
}

static int load_units(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("units.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "units.tsv is not embedded");
  size_t cap = 128;
  lx->units = calloc(cap, sizeof *lx->units);
  if (!lx->units)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    if (lx->n_units == cap) {
      jn_unit *p = realloc(lx->units, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      lx->units = p;
    }
    jn_unit *u = &lx->units[lx->n_units];
    memset(u, 0, sizeof *u);
    char num[32] = {0};
    if (n < 4 || fl[0].len == 0 || fl[0].len >= sizeof u->word ||
        fl[1].len >= sizeof u->unit || fl[2].len >= sizeof num ||
        fl[3].len >= sizeof u->kind)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "units.tsv:%u: expected WORD<TAB>UNIT<TAB>FACTOR<TAB>KIND", r.line);
    memcpy(u->word, fl[0].p, fl[0].len);
    u->word_len = fl[0].len;
    memcpy(u->unit, fl[1].p, fl[1].len);
    memcpy(num, fl[2].p, fl[2].len);
    char *endp;
    u->factor = strtod(num, &endp);
    if (*endp || u->factor <= 0)
      return jn__error(err, JN_EDICT, 0, r.line, "units.tsv:%u: bad factor", r.line);
    memcpy(u->kind, fl[3].p, fl[3].len);
    lx->n_units++;
  }
  qsort(lx->units, lx->n_units, sizeof *lx->units, by_length_desc);
  return JN_OK;
}

static uint32_t first_cp(const char *w, size_t len) {
  size_t n;
  int32_t cp = jn__utf8_decode((const uint8_t *)w, len, &n);
  return cp < 0 ? 0 : (uint32_t)cp;
}

/* By first character, then longest first: the first match is the longest. */
static int polar_order(const void *a, const void *b) {
  const jn_polar_word *x = a, *y = b;
  uint32_t fx = first_cp(x->word, x->word_len), fy = first_cp(y->word, y->word_len);
  if (fx != fy)
    return fx < fy ? -1 : 1;
  return x->word_len < y->word_len ? 1 : x->word_len > y->word_len ? -1 : 0;
}

static int load_polarity(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("polarity.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "polarity.tsv is not embedded");
  size_t cap = 128;
  lx->polar = calloc(cap, sizeof *lx->polar);
  if (!lx->polar)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    if (lx->n_polar == cap) {
      jn_polar_word *p = realloc(lx->polar, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      lx->polar = p;
    }
    jn_polar_word *w = &lx->polar[lx->n_polar];
    memset(w, 0, sizeof *w);
    int yes = n >= 2 && fl[1].len == 4 && memcmp(fl[1].p, "true", 4) == 0;
    int no = n >= 2 && fl[1].len == 5 && memcmp(fl[1].p, "false", 5) == 0;
    if (n < 2 || fl[0].len == 0 || fl[0].len >= sizeof w->word || !(yes || no) ||
        (n >= 3 && !(fl[2].len == 5 && memcmp(fl[2].p, "alone", 5) == 0)))
      return jn__error(err, JN_EDICT, 0, r.line,
                       "polarity.tsv:%u: expected WORD<TAB>true|false[<TAB>alone]", r.line);
    memcpy(w->word, fl[0].p, fl[0].len);
    w->word_len = fl[0].len;
    w->positive = yes;
    w->alone = n >= 3;
    lx->n_polar++;
  }
  qsort(lx->polar, lx->n_polar, sizeof *lx->polar, polar_order);
  lx->polar_buckets = calloc(lx->n_polar ? lx->n_polar : 1, sizeof *lx->polar_buckets);
  if (!lx->polar_buckets)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  for (size_t i = 0; i < lx->n_polar; i++) {
    uint32_t f = first_cp(lx->polar[i].word, lx->polar[i].word_len);
    jn_bucket *b = &lx->polar_buckets[lx->n_polar_buckets ? lx->n_polar_buckets - 1 : 0];
    if (lx->n_polar_buckets == 0 || b->first != f) {
      b = &lx->polar_buckets[lx->n_polar_buckets++];
      b->first = f;
      b->start = (uint16_t)i;
    }
    b->end = (uint16_t)(i + 1);
  }
  return JN_OK;
}

static int cmp_bucket(const void *key, const void *b) {
  uint32_t k = *(const uint32_t *)key, f = ((const jn_bucket *)b)->first;
  return k < f ? -1 : k > f ? 1 : 0;
}

const jn_polar_word *jn__polar_at(const jn_lexicon *lx, const uint8_t *s,
                                  size_t len) {
  size_t n;
  int32_t cp = jn__utf8_decode(s, len, &n);
  if (cp < 0)
    return NULL;
  uint32_t key = (uint32_t)cp;
  const jn_bucket *b = bsearch(&key, lx->polar_buckets, lx->n_polar_buckets,
                               sizeof *b, cmp_bucket);
  for (size_t i = b ? b->start : 0; b && i < b->end; i++) {
    const jn_polar_word *w = &lx->polar[i];
    if (w->word_len <= len && memcmp(s, w->word, w->word_len) == 0)
      return w;
  }
  return NULL;
}

static int cmp_field(const void *a, const void *b) {
  return strcmp(((const jn_field *)a)->id, ((const jn_field *)b)->id);
}

/* The index of p[0..n) among names[0..count), count when it is none. */
static size_t index_of(const char *const *names, size_t count, const char *p, size_t n) {
  size_t i = 0;
  while (i < count && !(strlen(names[i]) == n && !memcmp(names[i], p, n)))
    i++;
  return i;
}

/* The type's enum, or -1 for a type the extraction has no rule for. */
static int type_id_of(const char *p, size_t n) {
  static const char *const names[] = {"bool",  "choice",  "code",   "date",  "dates",
                                      "email", "hours",   "list",   "money", "percent",
                                      "period", "phone",  "quantity", "text", "url"};
  size_t count = sizeof names / sizeof names[0], i = index_of(names, count, p, n);
  return i < count ? (int)i : -1; /* names[] is in the order of jn_field_type_id */
}

/* The flags' bits; -1 for a flag the extraction does not know. */
static long flags_of(const char *p, size_t n) {
  static const char *const names[] = {"first", "min",    "zero",   "lead",
                                      "span",  "name",   "person", "staffed",
                                      "disclosure", "org"};
  long bits = 0;
  for (size_t at = 0, end; at < n; at = end + 1) {
    for (end = at; end < n && p[end] != ','; end++)
      ;
    size_t i = index_of(names, sizeof names / sizeof names[0], p + at, end - at);
    if (i == sizeof names / sizeof names[0])
      return -1;
    bits |= 1L << i; /* names[] is in the order of the JN_FF_* bits */
  }
  return bits;
}

static int load_fields(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("fields.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "fields.tsv is not embedded");
  size_t cap = 128;
  lx->fields = calloc(cap, sizeof *lx->fields);
  if (!lx->fields)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    if (lx->n_fields == cap) {
      jn_field *p = realloc(lx->fields, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      lx->fields = p;
    }
    jn_field *x = &lx->fields[lx->n_fields];
    memset(x, 0, sizeof *x);
    if (n < 2 || fl[0].len == 0 || fl[0].len >= sizeof x->id || fl[1].len == 0 ||
        fl[1].len >= sizeof x->type || (n > 2 && fl[2].len >= sizeof x->unit) ||
        (n > 4 && fl[4].len >= sizeof x->labels))
      return jn__error(err, JN_EDICT, 0, r.line,
                       "fields.tsv:%u: expected ID<TAB>TYPE<TAB>UNIT<TAB>FLAGS<TAB>LABELS",
                       r.line);
    int type = type_id_of(fl[1].p, fl[1].len);
    long flags = n > 3 ? flags_of(fl[3].p, fl[3].len) : 0;
    if (type < 0 || flags < 0)
      return jn__error(err, JN_EDICT, 0, r.line, "fields.tsv:%u: unknown %s", r.line,
                       type < 0 ? "type" : "flag");
    memcpy(x->id, fl[0].p, fl[0].len);
    memcpy(x->type, fl[1].p, fl[1].len);
    x->type_id = (jn_field_type_id)type;
    x->flags = (unsigned)flags;
    if (n > 2)
      memcpy(x->unit, fl[2].p, fl[2].len);
    if (n > 4)
      memcpy(x->labels, fl[4].p, fl[4].len);
    lx->n_fields++;
  }
  qsort(lx->fields, lx->n_fields, sizeof *lx->fields, cmp_field);
  return JN_OK;
}

static int load_list_ids(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("list_ids.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "list_ids.tsv is not embedded");
  size_t cap = 32;
  lx->list_ids = calloc(cap, sizeof *lx->list_ids);
  if (!lx->list_ids)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    if (lx->n_list_ids == cap) {
      jn_list_id *p = realloc(lx->list_ids, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      lx->list_ids = p;
    }
    jn_list_id *x = &lx->list_ids[lx->n_list_ids];
    memset(x, 0, sizeof *x);
    if (n < 3 || fl[0].len >= sizeof x->field || fl[1].len >= sizeof x->id ||
        fl[2].len >= sizeof x->words)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "list_ids.tsv:%u: expected FIELD<TAB>ID<TAB>WORDS", r.line);
    memcpy(x->field, fl[0].p, fl[0].len);
    memcpy(x->id, fl[1].p, fl[1].len);
    memcpy(x->words, fl[2].p, fl[2].len);
    lx->n_list_ids++;
  }
  return JN_OK;
}

/* The array of count items of `size` bytes with room for one more, that
 * one zeroed (realloc: NULL when memory ran out, items untouched). */
static void *grow_by_one(void *items, size_t count, size_t size) {
  char *p = realloc(items, (count + 1) * size);
  if (p)
    memset(p + count * size, 0, size);
  return p;
}

/* A list of WORD<TAB>KIND lines, KIND being one of two names (kind1 gives
 * 1, kind0 gives 0), into *words (file order). */
static int load_kind_words(const char *file, const char *kind1, const char *kind0,
                           jn_kind_word **words, size_t *count, jn_error *err) {
  const jn_dict_file *f = jn__dict_find(file);
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "%s is not embedded", file);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    jn_kind_word *p = grow_by_one(*words, *count, sizeof *p);
    if (!p)
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    *words = p;
    jn_kind_word *x = &p[*count];
    int one = n == 2 && fl[1].len == strlen(kind1) && !memcmp(fl[1].p, kind1, fl[1].len);
    int zero = n == 2 && fl[1].len == strlen(kind0) && !memcmp(fl[1].p, kind0, fl[1].len);
    if ((!one && !zero) || fl[0].len == 0 || fl[0].len >= sizeof x->word)
      return jn__error(err, JN_EDICT, 0, r.line, "%s:%u: expected WORD<TAB>%s|%s", file, r.line,
                       kind0, kind1);
    memcpy(x->word, fl[0].p, fl[0].len);
    x->kind = one;
    (*count)++;
  }
  return JN_OK;
}

static const char *const word_list_names[JN_WORDS_COUNT] = {
    "withheld",    "template_ending", "label_join",    "label_rest",
    "question_ending", "answer_mark", "question_mark", "column_heading", "plan_label",
    "free_of_charge", "plan_word", "title_join", "example_end", "example_after",
    "negation", "list_rest", "bound_in_word"};

static int load_words(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("words.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "words.tsv is not embedded");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    size_t id = n == 2 ? index_of(word_list_names, JN_WORDS_COUNT, fl[0].p, fl[0].len)
                       : JN_WORDS_COUNT;
    jn_word_list *wl = id < JN_WORDS_COUNT ? &lx->words[id] : NULL;
    if (!wl || fl[1].len == 0 || fl[1].len >= sizeof wl->w[0].text)
      return jn__error(err, JN_EDICT, 0, r.line, "words.tsv:%u: expected LIST<TAB>WORD", r.line);
    jn_list_word *w = grow_by_one(wl->w, wl->n, sizeof *w);
    if (!w)
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    wl->w = w;
    memcpy(w[wl->n].text, fl[1].p, fl[1].len); /* grown zeroed: terminated */
    w[wl->n++].len = fl[1].len;
  }
  return JN_OK;
}

size_t jn__words_start(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n) {
  const jn_word_list *wl = &lx->words[list];
  for (size_t i = 0; i < wl->n; i++)
    if (wl->w[i].len <= n && !memcmp(s, wl->w[i].text, wl->w[i].len))
      return wl->w[i].len;
  return 0;
}

size_t jn__words_end(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n) {
  const jn_word_list *wl = &lx->words[list];
  for (size_t i = 0; i < wl->n; i++)
    if (wl->w[i].len <= n && !memcmp(s + n - wl->w[i].len, wl->w[i].text, wl->w[i].len))
      return wl->w[i].len;
  return 0;
}

size_t jn__words_is(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n) {
  const jn_word_list *wl = &lx->words[list];
  for (size_t i = 0; i < wl->n; i++)
    if (wl->w[i].len == n && !memcmp(s, wl->w[i].text, n))
      return n;
  return 0;
}

const char *jn__words_find(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n,
                           size_t *len) {
  const jn_word_list *wl = &lx->words[list];
  const char *first = NULL;
  for (size_t i = 0; i < wl->n; i++)
    for (size_t at = 0; at + wl->w[i].len <= n; at++)
      if (!memcmp(s + at, wl->w[i].text, wl->w[i].len)) {
        if (!first || s + at < first)
          first = s + at, *len = wl->w[i].len;
        break;
      }
  return first;
}

static int load_compounds(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("compound_items.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "compound_items.tsv is not embedded");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    jn_compound *p = grow_by_one(lx->compounds, lx->n_compounds, sizeof *p);
    if (!p)
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    lx->compounds = p;
    jn_compound *x = &p[lx->n_compounds];
    int bad = n < 3 || n > JN_COMPOUND_PARTS + 1 || fl[0].len >= sizeof x->question;
    for (int i = 1; !bad && i < n; i++)
      bad = fl[i].len == 0 || fl[i].len >= sizeof x->parts[0];
    if (bad)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "compound_items.tsv:%u: expected QUESTION<TAB>FIELD<TAB>FIELD[…]",
                       r.line);
    memcpy(x->question, fl[0].p, fl[0].len);
    for (int i = 1; i < n; i++)
      memcpy(x->parts[i - 1], fl[i].p, fl[i].len);
    x->n_parts = (size_t)(n - 1);
    lx->n_compounds++;
  }
  return JN_OK;
}

/* The index in fields[] of the id written in [p, p + n), or -1. */
static long field_index(const jn_lexicon *lx, const char *p, size_t n) {
  jn_field key;
  if (n >= sizeof key.id)
    return -1;
  memcpy(key.id, p, n);
  key.id[n] = '\0';
  const jn_field *f = bsearch(&key, lx->fields, lx->n_fields, sizeof key, cmp_field);
  return f ? (long)(f - lx->fields) : -1;
}

/* dict/companions.tsv, its ids resolved once: an unknown id fails the load. */
static int load_companions(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("companions.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "companions.tsv is not embedded");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    long a = n == 2 ? field_index(lx, fl[0].p, fl[0].len) : -1;
    long b = n == 2 ? field_index(lx, fl[1].p, fl[1].len) : -1;
    if (a < 0 || b < 0)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "companions.tsv:%u: expected FIELD<TAB>COMPANION, both in fields.tsv",
                       r.line);
    size_t(*p)[2] = grow_by_one(lx->companions, lx->n_companions, sizeof *p);
    if (!p)
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    lx->companions = p;
    p[lx->n_companions][0] = (size_t)a;
    p[lx->n_companions++][1] = (size_t)b;
  }
  return JN_OK;
}

/* dict/bool_words.tsv, in its order (the first word of a field's list
 * found in an answer decides): an unknown id, a field that is not yes/no
 * or a value other than true/false fails the load. */
static int load_bool_words(jn_lexicon *lx, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("bool_words.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "bool_words.tsv is not embedded");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    long a = n == 3 ? field_index(lx, fl[0].p, fl[0].len) : -1;
    int yes = n == 3 && fl[2].len == 4 && !memcmp(fl[2].p, "true", 4);
    int no = n == 3 && fl[2].len == 5 && !memcmp(fl[2].p, "false", 5);
    if (a < 0 || lx->fields[a].type_id != JN_FT_BOOL || (!yes && !no) || !fl[1].len ||
        fl[1].len >= sizeof lx->bool_words->word)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "bool_words.tsv:%u: expected FIELD<TAB>WORD<TAB>true|false, FIELD a "
                       "yes/no field of fields.tsv",
                       r.line);
    jn_bool_word *p = grow_by_one(lx->bool_words, lx->n_bool_words, sizeof *p);
    if (!p)
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    lx->bool_words = p;
    p[lx->n_bool_words].field = (size_t)a;
    memcpy(p[lx->n_bool_words].word, fl[1].p, fl[1].len);
    p[lx->n_bool_words].word[fl[1].len] = '\0';
    p[lx->n_bool_words++].value = yes;
  }
  return JN_OK;
}

const char *jn_field_type(const jn_ctx *ctx, const char *id) {
  if (!ctx || !id)
    return NULL;
  jn_field key;
  if (strlen(id) >= sizeof key.id)
    return NULL;
  strcpy(key.id, id);
  const jn_field *f = bsearch(&key, ctx->lex.fields, ctx->lex.n_fields, sizeof key, cmp_field);
  return f ? f->type : NULL;
}

int jn__lexicon_load(jn_lexicon *lx, jn_error *err) {
  memset(lx, 0, sizeof *lx);
  int rc = load_words(lx, err);
  if (rc == JN_OK)
    rc = load_eras(lx, err);
  if (rc == JN_OK)
    rc = load_units(lx, err);
  if (rc == JN_OK)
    rc = load_polarity(lx, err);
  if (rc == JN_OK)
    rc = load_fields(lx, err);
  if (rc == JN_OK)
    rc = load_list_ids(lx, err);
  if (rc == JN_OK)
    rc = load_compounds(lx, err);
  if (rc == JN_OK)
    rc = load_companions(lx, err);
  if (rc == JN_OK)
    rc = load_bool_words(lx, err);
  if (rc == JN_OK)
    rc = load_kind_words("person_words.tsv", "post", "title", &lx->person_words,
                         &lx->n_person_words, err);
  if (rc == JN_OK)
    rc = load_kind_words("org_words.tsv", "form", "ending", &lx->org_words, &lx->n_org_words,
                         err);
  if (rc != JN_OK)
    jn__lexicon_free(lx);
  return rc;
}

void jn__lexicon_free(jn_lexicon *lx) {
  for (size_t i = 0; i < JN_WORDS_COUNT; i++)
    free(lx->words[i].w);
  free(lx->eras);
  free(lx->units);
  free(lx->polar);
  free(lx->polar_buckets);
  free(lx->fields);
  free(lx->list_ids);
  free(lx->compounds);
  free(lx->companions);
  free(lx->bool_words);
  free(lx->person_words);
  free(lx->org_words);
  memset(lx, 0, sizeof *lx);
}

const jn_era *jn__era_at(const jn_lexicon *lx, const uint8_t *s, size_t len,
                         size_t *used) {
  for (size_t i = 0; i < lx->n_eras; i++) {
    size_t n = strlen(lx->eras[i].name);
    if (n <= len && memcmp(s, lx->eras[i].name, n) == 0) {
      *used = n;
      return &lx->eras[i];
    }
  }
  return NULL;
}

const jn_era *jn__era_by_letter(const jn_lexicon *lx, char letter) {
  if (letter >= 'a' && letter <= 'z')
    letter = (char)(letter - 32);
  for (size_t i = 0; i < lx->n_eras; i++)
    if (lx->eras[i].abbrev == letter)
      return &lx->eras[i];
  return NULL;
}

const jn_unit *jn__unit_at(const jn_lexicon *lx, const uint8_t *s, size_t len) {
  for (size_t i = 0; i < lx->n_units; i++) {
    const jn_unit *u = &lx->units[i];
    if (u->word[0] != (char)s[0]) /* one byte first: most words differ there */
      continue;
    if (u->word_len <= len && memcmp(s, u->word, u->word_len) == 0)
      return u;
  }
  return NULL;
}

size_t jn__list_ids_named(const jn_lexicon *lx, const char *field, const char *s, size_t n) {
  char text[2048], w[256];
  size_t tn = jn__squash(s, n, text, sizeof text), count = 0, wn;
  text[tn < sizeof text ? tn : sizeof text - 1] = '\0';
  for (size_t i = 0; i < lx->n_list_ids; i++) {
    if (strcmp(lx->list_ids[i].field, field))
      continue;
    int named = 0;
    for (const char *p = lx->list_ids[i].words, *word; !named && jn__dict_next_alt(&p, &word, &wn);) {
      size_t k = jn__squash(word, wn, w, sizeof w);
      if (k && k < sizeof w) {
        w[k] = '\0';
        named = strstr(text, w) != NULL;
      }
    }
    count += named;
  }
  return count;
}
