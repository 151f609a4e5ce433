/* value_read.c — JSON text to a jn_value tree (value.h).
 *
 * It reads only what the library itself wrote: a field's value text and
 * the record's warnings. So it is small, but still strict (RFC 8259: a
 * malformed text is JN_EINVAL, never read past its end) and its depth is
 * capped, because a rule that wrote bad text must fail a test, not crash.
 * A number keeps the text it was written as, so that writers print it the
 * same way (99.97 stays 99.97). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"
#include "value.h"

#define MAX_DEPTH 32

typedef struct reader {
  const char *s;
  size_t n, i;
} reader;

static int read_value(reader *r, jn_value *v, int depth);

static void skip_ws(reader *r) {
  while (r->i < r->n && strchr(" \t\r\n", r->s[r->i]) && r->s[r->i])
    r->i++;
}

static int peek(const reader *r) { return r->i < r->n ? (unsigned char)r->s[r->i] : -1; }

static int literal(reader *r, const char *word) {
  size_t k = strlen(word);
  if (r->n - r->i < k || memcmp(r->s + r->i, word, k))
    return 0;
  r->i += k;
  return 1;
}

static int hex4(const char *s, unsigned *out) {
  unsigned v = 0;
  for (int k = 0; k < 4; k++) {
    char c = s[k];
    int d = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0)
      return 0;
    v = v << 4 | (unsigned)d;
  }
  *out = v;
  return 1;
}

/* \uXXXX (and its low surrogate, when it is a high one) at r->i, after the
 * backslash and the u. Lone surrogates and U+0000 become U+FFFD. */
static int read_u(reader *r, jn_buf *b) {
  unsigned cp, lo;
  if (r->n - r->i < 4 || !hex4(r->s + r->i, &cp))
    return JN_EINVAL;
  r->i += 4;
  if (cp >= 0xD800 && cp <= 0xDBFF && r->n - r->i >= 6 && r->s[r->i] == '\\' &&
      r->s[r->i + 1] == 'u' && hex4(r->s + r->i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    r->i += 6;
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  return jn__buf_put_cp(b, cp);
}

/* A string at r->i (the opening quote), decoded into a NUL-terminated
 * copy. */
static int read_string(reader *r, char **out, size_t *len) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  jn_buf b = JN_BUF_INIT;
  int rc = JN_EINVAL;
  for (r->i++; r->i < r->n;) {
    unsigned char c = (unsigned char)r->s[r->i++];
    if (c == '"') {
      rc = JN_OK;
      break;
    }
    if (c < 0x20)
      break;
    if (c != '\\') {
      jn__buf_put(&b, &c, 1);
      continue;
    }
    const char *e = r->i < r->n && r->s[r->i] ? strchr(from, r->s[r->i]) : NULL;
    if (r->i < r->n && r->s[r->i] == 'u') {
      r->i++;
      if (read_u(r, &b) == JN_EINVAL)
        break;
    } else if (e) {
      r->i++;
      jn__buf_put(&b, &to[e - from], 1);
    } else {
      break;
    }
  }
  *len = b.len;
  *out = rc == JN_OK ? jn__buf_detach(&b) : NULL; /* "" too: never NULL when it worked */
  jn__buf_free(&b);
  return rc != JN_OK ? rc : *out ? JN_OK : JN_ENOMEM;
}

static size_t digits(const reader *r, size_t i) {
  while (i < r->n && r->s[i] >= '0' && r->s[i] <= '9')
    i++;
  return i;
}

/* A number: its grammar checked, its text kept, its value from strtod. */
static int read_number(reader *r, jn_value *v) {
  size_t i = r->i, start = i;
  if (i < r->n && r->s[i] == '-')
    i++;
  size_t d = digits(r, i);
  if (d == i || (r->s[i] == '0' && d > i + 1))
    return JN_EINVAL;
  i = d;
  if (i < r->n && r->s[i] == '.') {
    if ((d = digits(r, i + 1)) == i + 1)
      return JN_EINVAL;
    i = d;
  }
  if (i < r->n && (r->s[i] == 'e' || r->s[i] == 'E')) {
    i += i + 1 < r->n && (r->s[i + 1] == '+' || r->s[i + 1] == '-') ? 2 : 1;
    if ((d = digits(r, i)) == i)
      return JN_EINVAL;
    i = d;
  }
  v->kind = JN_KIND_NUMBER;
  v->len = i - start;
  if (!(v->text = jn__dup(r->s + start, v->len)))
    return JN_ENOMEM;
  v->number = strtod(v->text, NULL);
  r->i = i;
  return JN_OK;
}

/* Room for one more child of v (zeroed, so that a failure part-way leaves
 * a tree jn__value_free can walk). */
static jn_value *add_child(jn_value *v, size_t *cap) {
  if (v->n == *cap) {
    size_t c = *cap ? *cap * 2 : 4;
    jn_value *items = realloc(v->items, c * sizeof *items);
    if (items)
      v->items = items;
    char **keys = v->kind == JN_KIND_OBJECT && items ? realloc(v->keys, c * sizeof *keys) : NULL;
    if (keys)
      v->keys = keys;
    if (!items || (v->kind == JN_KIND_OBJECT && !keys))
      return NULL;
    *cap = c;
  }
  jn_value *child = &v->items[v->n];
  memset(child, 0, sizeof *child);
  if (v->keys)
    v->keys[v->n] = NULL;
  v->n++;
  return child;
}

/* An object's "key": */
static int read_key(reader *r, jn_value *v) {
  size_t len;
  skip_ws(r);
  if (peek(r) != '"')
    return JN_EINVAL;
  int rc = read_string(r, &v->keys[v->n - 1], &len);
  skip_ws(r);
  if (rc == JN_OK && peek(r) != ':')
    return JN_EINVAL;
  r->i++;
  return rc;
}

/* An array or object at r->i (its opening bracket). */
static int read_container(reader *r, jn_value *v, int depth) {
  int object = peek(r) == '{';
  int close = object ? '}' : ']';
  size_t cap = 0;
  v->kind = object ? JN_KIND_OBJECT : JN_KIND_ARRAY;
  if (depth >= MAX_DEPTH)
    return JN_EINVAL;
  r->i++;
  skip_ws(r);
  if (peek(r) == close) {
    r->i++;
    return JN_OK;
  }
  for (;;) {
    jn_value *child = add_child(v, &cap);
    if (!child)
      return JN_ENOMEM;
    int rc = object ? read_key(r, v) : JN_OK;
    if (rc == JN_OK)
      rc = read_value(r, child, depth + 1);
    if (rc != JN_OK)
      return rc;
    skip_ws(r);
    int c = peek(r);
    r->i++;
    if (c == close)
      return JN_OK;
    if (c != ',')
      return JN_EINVAL;
  }
}

static int read_value(reader *r, jn_value *v, int depth) {
  skip_ws(r);
  switch (peek(r)) {
  case '{':
  case '[':
    return read_container(r, v, depth);
  case '"':
    v->kind = JN_KIND_STRING;
    return read_string(r, &v->text, &v->len);
  case 't':
  case 'f':
    v->kind = JN_KIND_BOOL;
    v->boolean = peek(r) == 't';
    return literal(r, v->boolean ? "true" : "false") ? JN_OK : JN_EINVAL;
  case 'n':
    v->kind = JN_KIND_NULL;
    return literal(r, "null") ? JN_OK : JN_EINVAL;
  default:
    return read_number(r, v);
  }
}

int jn__value_read(jn_value **out, const char *s, size_t n) {
  reader r = {s, n, 0};
  jn_value *v = calloc(1, sizeof *v);
  int rc = v ? read_value(&r, v, 0) : JN_ENOMEM;
  skip_ws(&r);
  if (rc == JN_OK && r.i != n)
    rc = JN_EINVAL; /* something after the value */
  if (rc != JN_OK) {
    jn__value_free(v);
    v = NULL;
  }
  *out = v;
  return rc;
}
