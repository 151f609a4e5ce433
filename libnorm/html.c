/* html.c — markup and character references for the --html stage; see
 * html.h.
 *
 * This is not an HTML parser: disclosure sheets carry fragments (<p>, <b>,
 * <a href>, entities) inside otherwise plain text, where "<100字以内で記述>"
 * or "<PDF>" are text. So a '<' opens a tag only when a known element name
 * follows (dict/html_elements.tsv) and then a space, '/' or '>'. */
#include "html.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "utf8.h"

static int is_alpha(uint8_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static int is_alnum(uint8_t c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
static int is_space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
static uint8_t lower(uint8_t c) {
  return (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
}

static int cmp_entity(const void *a, const void *b) {
  return strcmp(((const jn_html_entity *)a)->name,
                ((const jn_html_entity *)b)->name);
}

static int parse_cp(const char *p, size_t len, uint32_t *out) {
  uint32_t v = 0;
  if (len == 0 || len > 6)
    return -1;
  for (size_t i = 0; i < len; i++) {
    char c = p[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0)
      return -1;
    v = v * 16 + (uint32_t)d;
  }
  *out = v;
  return 0;
}

static int load_entities(jn_html_tables *t, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("html_entities.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "html_entities.tsv is not embedded");
  size_t cap = 2300;
  t->entities = malloc(cap * sizeof *t->entities);
  if (!t->entities)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    jn_html_entity e = {{0}, {0, 0}, 0};
    const char *cp = fl[1].p, *end = fl[1].p + (n > 1 ? fl[1].len : 0);
    int bad = n < 2 || fl[0].len == 0 || fl[0].len >= sizeof e.name;
    while (!bad && cp < end && e.ncp < 2) {
      const char *sp = memchr(cp, ' ', (size_t)(end - cp));
      const char *stop = sp ? sp : end;
      bad = parse_cp(cp, (size_t)(stop - cp), &e.cps[e.ncp++]) != 0;
      cp = sp ? sp + 1 : end;
    }
    if (bad || e.ncp == 0)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "html_entities.tsv:%u: expected NAME<TAB>HEX [HEX]", r.line);
    memcpy(e.name, fl[0].p, fl[0].len);
    if (t->n_entities == cap) {
      jn_html_entity *p = realloc(t->entities, (cap *= 2) * sizeof *p);
      if (!p)
        return jn__error(err, JN_ENOMEM, 0, 0, NULL);
      t->entities = p;
    }
    t->entities[t->n_entities++] = e;
  }
  qsort(t->entities, t->n_entities, sizeof *t->entities, cmp_entity);
  return JN_OK;
}

static int cmp_element(const void *a, const void *b) {
  return strcmp(((const jn_html_element *)a)->name,
                ((const jn_html_element *)b)->name);
}

static int load_elements(jn_html_tables *t, jn_error *err) {
  static const struct {
    const char *word;
    jn_el_kind kind;
  } kinds[] = {{"inline", JN_EL_INLINE},
               {"block", JN_EL_BLOCK},
               {"rawtext", JN_EL_RAWTEXT},
               {"link", JN_EL_LINK}};
  const jn_dict_file *f = jn__dict_find("html_elements.tsv");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "html_elements.tsv is not embedded");
  size_t cap = 256;
  t->elements = malloc(cap * sizeof *t->elements);
  if (!t->elements)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int n;
  while ((n = jn__dict_next(&r, fl)) > 0) {
    jn_html_element e;
    int kind = -1;
    for (size_t i = 0; n >= 2 && i < sizeof kinds / sizeof kinds[0]; i++)
      if (strlen(kinds[i].word) == fl[1].len &&
          memcmp(kinds[i].word, fl[1].p, fl[1].len) == 0)
        kind = (int)kinds[i].kind;
    if (kind < 0 || fl[0].len == 0 || fl[0].len >= JN_HTML_MAX_NAME ||
        t->n_elements == cap)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "html_elements.tsv:%u: expected NAME<TAB>inline|block|rawtext|link",
                       r.line);
    memcpy(e.name, fl[0].p, fl[0].len);
    e.name[fl[0].len] = '\0';
    e.kind = (jn_el_kind)kind;
    t->elements[t->n_elements++] = e;
  }
  qsort(t->elements, t->n_elements, sizeof *t->elements, cmp_element);
  return JN_OK;
}

int jn__html_tables_load(jn_html_tables *t, jn_error *err) {
  memset(t, 0, sizeof *t);
  int rc = load_entities(t, err);
  if (rc == JN_OK)
    rc = load_elements(t, err);
  if (rc != JN_OK)
    jn__html_tables_free(t);
  return rc;
}

void jn__html_tables_free(jn_html_tables *t) {
  free(t->entities);
  free(t->elements);
  memset(t, 0, sizeof *t);
}

/* A numeric reference's value, as HTML decoders treat it: zero, surrogates
 * and values past U+10FFFF become U+FFFD. */
static uint32_t numeric_ref(const uint8_t *p, size_t len, int hex) {
  uint32_t v = 0;
  for (size_t i = 0; i < len; i++) {
    uint8_t c = lower(p[i]);
    uint32_t d = c <= '9' ? (uint32_t)(c - '0') : (uint32_t)(c - 'a' + 10);
    v = v * (hex ? 16u : 10u) + d;
    if (v > 0x10FFFF)
      return 0xFFFD;
  }
  if (v == 0 || (v >= 0xD800 && v <= 0xDFFF))
    return 0xFFFD;
  return v;
}

static int legacy_name(const uint8_t *p, size_t n) {
  static const char *const names[] = {"amp", "lt", "gt", "quot", "nbsp"};
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    if (strlen(names[k]) == n && memcmp(names[k], p, n) == 0)
      return 1;
  return 0;
}

int jn__html_ref(const jn_html_tables *t, const uint8_t *p, size_t avail,
                 int final, uint32_t cps[2], int *ncp) {
  size_t i = 1;
  int numeric = avail > 1 && p[1] == '#';
  int hex = numeric && avail > 2 && (p[2] == 'x' || p[2] == 'X');
  i += (size_t)numeric + (size_t)hex;
  size_t start = i;
  while (i < avail && i < JN_HTML_MAX_REF) {
    uint8_t c = p[i];
    int ok = numeric ? (hex ? (is_alnum(c) && (c <= '9' || lower(c) <= 'f'))
                            : (c >= '0' && c <= '9'))
                     : is_alnum(c);
    if (!ok)
      break;
    i++;
  }
  if (i >= avail && !final && i < JN_HTML_MAX_REF)
    return JN_HTML_NEED_MORE;
  if (i == start)
    return 0;
  /* Without its ';' a reference is still read, as browsers do, when it is
   * numeric or one of the few names sloppy HTML leaves open: "&#65" "&amp". */
  int semi = i < avail && p[i] == ';';
  if (!semi && !numeric && !legacy_name(p + start, i - start))
    return 0;
  if (numeric) {
    cps[0] = numeric_ref(p + start, i - start, hex);
    *ncp = 1;
    return (int)i + semi;
  }
  jn_html_entity key;
  size_t n = i - start;
  if (n >= sizeof key.name)
    return 0;
  memcpy(key.name, p + start, n);
  key.name[n] = '\0';
  const jn_html_entity *e =
      bsearch(&key, t->entities, t->n_entities, sizeof key, cmp_entity);
  if (!e)
    return 0;
  cps[0] = e->cps[0];
  cps[1] = e->cps[1];
  *ncp = e->ncp;
  return (int)i + semi;
}

/* Decodes an attribute value into href, references included. */
static size_t decode_value(const jn_html_tables *t, const uint8_t *v,
                           size_t len, char *href, size_t cap) {
  size_t o = 0;
  while (len && is_space(*v))
    v++, len--;
  while (len && is_space(v[len - 1]))
    len--;
  for (size_t i = 0; i < len && o + 8 < cap;) {
    uint32_t cps[2];
    int ncp = 0;
    int n = v[i] == '&' ? jn__html_ref(t, v + i, len - i, 1, cps, &ncp) : 0;
    if (n > 0) {
      for (int k = 0; k < ncp; k++)
        o += jn__utf8_encode(cps[k], (uint8_t *)href + o);
      i += (size_t)n;
    } else {
      href[o++] = (char)v[i++];
    }
  }
  href[o] = '\0';
  return o;
}

size_t jn__html_href(const jn_html_tables *t, const char *attrs, size_t len,
                     char *href, size_t cap) {
  const uint8_t *p = (const uint8_t *)attrs;
  size_t i = 0;
  href[0] = '\0';
  while (i < len) {
    while (i < len && (is_space(p[i]) || p[i] == '/'))
      i++;
    size_t ns = i;
    while (i < len && !is_space(p[i]) && p[i] != '=' && p[i] != '>')
      i++;
    size_t nlen = i - ns;
    while (i < len && is_space(p[i]))
      i++;
    if (i >= len || p[i] != '=') {
      if (nlen == 0)
        i++;
      continue;
    }
    i++;
    while (i < len && is_space(p[i]))
      i++;
    size_t vs, ve;
    if (i < len && (p[i] == '"' || p[i] == '\'')) {
      uint8_t q = p[i++];
      vs = i;
      while (i < len && p[i] != q)
        i++;
      ve = i++;
    } else {
      vs = i;
      while (i < len && !is_space(p[i]) && p[i] != '>')
        i++;
      ve = i;
    }
    if (nlen == 4 && lower(p[ns]) == 'h' && lower(p[ns + 1]) == 'r' &&
        lower(p[ns + 2]) == 'e' && lower(p[ns + 3]) == 'f')
      return decode_value(t, p + vs, ve - vs, href, cap);
  }
  return 0;
}

int jn__html_markup_start(const jn_html_tables *t, const uint8_t *p,
                          size_t avail, int final, jn_markup_start *ms) {
  /* Enough bytes to see "<!--", or "</" + the longest name + one more. */
  size_t want = JN_HTML_MAX_NAME + 3;
  if (avail < want && !final) {
    /* Decide early when the answer is already clear. */
    size_t k = 1;
    while (k < avail && (is_alnum(p[k]) || p[k] == '/' || p[k] == '!' ||
                         p[k] == '-' || p[k] == '?'))
      k++;
    if (k >= avail)
      return JN_HTML_NEED_MORE;
  }
  memset(ms, 0, sizeof *ms);
  if (avail >= 4 && p[1] == '!' && p[2] == '-' && p[3] == '-') {
    ms->kind = JN_MARKUP_COMMENT;
    return 4;
  }
  if (avail >= 3 && (p[1] == '!' || p[1] == '?') &&
      (is_alpha(p[2]) || p[2] == '[')) {
    ms->kind = JN_MARKUP_DECL;
    return 2;
  }
  size_t i = 1;
  if (i < avail && p[i] == '/') {
    ms->closing = 1;
    i++;
  }
  size_t ns = i, nlen = 0;
  while (i < avail && is_alnum(p[i]) && nlen < JN_HTML_MAX_NAME - 1)
    ms->name[nlen++] = (char)lower(p[i++]);
  ms->name[nlen] = '\0';
  if (nlen == 0 || i >= avail || i - ns != nlen)
    return 0;
  if (!(is_space(p[i]) || p[i] == '/' || p[i] == '>'))
    return 0; /* "<A社>", "<abc1>x": not a tag */
  jn_html_element key;
  memcpy(key.name, ms->name, nlen + 1);
  const jn_html_element *e = bsearch(&key, t->elements, t->n_elements,
                                     sizeof key, cmp_element);
  if (!e)
    return 0; /* "<PDF>": not an element we know */
  ms->kind = JN_MARKUP_TAG;
  ms->el = e->kind;
  return (int)i;
}
