/* html.c — tags and character references for the --html stage; see html.h.
 *
 * This is not an HTML parser: disclosure sheets carry fragments (<p>, <b>,
 * <a href>, entities) inside otherwise plain text, so a '<' counts as a tag
 * only when an ASCII letter, '/', '!' or '?' follows and a '>' closes it
 * within JN_HTML_MAX_TAG bytes; "<100字以内で記述>" stays text. */
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
static int cmp_tag(const void *a, const void *b) {
  return strcmp((const char *)a, (const char *)b);
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

static int load_block_tags(jn_html_tables *t, jn_error *err) {
  const jn_dict_file *f = jn__dict_find("html_block_tags.txt");
  if (!f)
    return jn__error(err, JN_EDICT, 0, 0, "html_block_tags.txt is not embedded");
  size_t cap = 64;
  t->block_tags = malloc(cap * sizeof *t->block_tags);
  if (!t->block_tags)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  while (jn__dict_next(&r, fl) > 0) {
    if (fl[0].len == 0 || fl[0].len >= 16 || t->n_block_tags == cap)
      return jn__error(err, JN_EDICT, 0, r.line,
                       "html_block_tags.txt:%u: bad tag name", r.line);
    memcpy(t->block_tags[t->n_block_tags], fl[0].p, fl[0].len);
    t->block_tags[t->n_block_tags++][fl[0].len] = '\0';
  }
  qsort(t->block_tags, t->n_block_tags, sizeof *t->block_tags, cmp_tag);
  return JN_OK;
}

int jn__html_tables_load(jn_html_tables *t, jn_error *err) {
  memset(t, 0, sizeof *t);
  int rc = load_entities(t, err);
  if (rc == JN_OK)
    rc = load_block_tags(t, err);
  if (rc != JN_OK)
    jn__html_tables_free(t);
  return rc;
}

void jn__html_tables_free(jn_html_tables *t) {
  free(t->entities);
  free(t->block_tags);
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
  if (i >= avail)
    return final || i >= JN_HTML_MAX_REF ? 0 : JN_HTML_NEED_MORE;
  if (p[i] != ';' || i == start)
    return 0;
  if (numeric) {
    cps[0] = numeric_ref(p + start, i - start, hex);
    *ncp = 1;
    return (int)i + 1;
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
  return (int)i + 1;
}

/* Decodes an attribute value into tag->href, references included. */
static void set_href(const jn_html_tables *t, const uint8_t *v, size_t len,
                     jn_tag *tag) {
  size_t o = 0;
  while (len && is_space(*v))
    v++, len--;
  while (len && is_space(v[len - 1]))
    len--;
  for (size_t i = 0; i < len && o + 8 < sizeof tag->href;) {
    uint32_t cps[2];
    int ncp = 0;
    int n = v[i] == '&' ? jn__html_ref(t, v + i, len - i, 1, cps, &ncp) : 0;
    if (n > 0) {
      for (int k = 0; k < ncp; k++)
        o += jn__utf8_encode(cps[k], (uint8_t *)tag->href + o);
      i += (size_t)n;
    } else {
      tag->href[o++] = (char)v[i++];
    }
  }
  tag->href[o] = '\0';
  tag->href_len = o;
}

/* Finds href="..." among the attributes in p[0..len) (after the name). */
static void find_href(const jn_html_tables *t, const uint8_t *p, size_t len,
                      jn_tag *tag) {
  size_t i = 0;
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
        lower(p[ns + 2]) == 'e' && lower(p[ns + 3]) == 'f') {
      set_href(t, p + vs, ve - vs, tag);
      return;
    }
  }
}

/* Index just past the '>' that ends a tag starting at p, honouring quoted
 * attribute values; 0 when none within the limit, -1 when more is needed. */
static long tag_end(const uint8_t *p, size_t avail, int final) {
  size_t limit = avail < JN_HTML_MAX_TAG ? avail : JN_HTML_MAX_TAG;
  uint8_t quote = 0, prev = 0;
  for (size_t i = 1; i < limit; i++) {
    uint8_t c = p[i];
    if (quote) {
      if (c == quote)
        quote = 0;
    } else if ((c == '"' || c == '\'') && prev == '=') {
      quote = c;
    } else if (c == '>') {
      return (long)i + 1;
    }
    if (!is_space(c))
      prev = c;
  }
  return (final || avail >= JN_HTML_MAX_TAG) ? 0 : -1;
}

static long comment_end(const uint8_t *p, size_t avail, int final) {
  size_t limit = avail < JN_HTML_MAX_COMMENT ? avail : JN_HTML_MAX_COMMENT;
  for (size_t i = 4; i + 2 < limit; i++)
    if (p[i] == '-' && p[i + 1] == '-' && p[i + 2] == '>')
      return (long)i + 3;
  return (final || avail >= JN_HTML_MAX_COMMENT) ? 0 : -1;
}

long jn__html_tag(const jn_html_tables *t, const uint8_t *p, size_t avail,
                  int final, jn_tag *tag) {
  if (avail < 2)
    return final ? 0 : JN_HTML_NEED_MORE;
  if (p[1] == '!' && (avail < 4 || (p[2] == '-' && p[3] == '-'))) {
    if (avail < 4)
      return final ? 0 : JN_HTML_NEED_MORE;
    tag->kind = JN_TAG_COMMENT;
    return comment_end(p, avail, final);
  }
  int closing = p[1] == '/';
  size_t ns = 1 + (size_t)closing;
  if (ns >= avail)
    return final ? 0 : JN_HTML_NEED_MORE;
  if (!is_alpha(p[ns]) && !(!closing && (p[ns] == '!' || p[ns] == '?')))
    return 0;
  long end = tag_end(p, avail, final);
  if (end <= 0)
    return end;
  size_t ne = ns;
  char name[16];
  size_t nlen = 0;
  while (ne < (size_t)end && (is_alnum(p[ne]) || p[ne] == '-')) {
    if (nlen < sizeof name - 1)
      name[nlen++] = (char)lower(p[ne]);
    ne++;
  }
  name[nlen] = '\0';
  tag->href[0] = '\0';
  tag->href_len = 0;
  if (strcmp(name, "a") == 0) {
    tag->kind = closing ? JN_TAG_A_CLOSE : JN_TAG_A_OPEN;
    if (!closing)
      find_href(t, p + ne, (size_t)end - 1 - ne, tag);
  } else {
    tag->kind = bsearch(name, t->block_tags, t->n_block_tags,
                        sizeof *t->block_tags, cmp_tag)
                    ? JN_TAG_BLOCK
                    : JN_TAG_INLINE;
  }
  return end;
}
