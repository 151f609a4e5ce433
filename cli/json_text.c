/* json_text.c — see json_text.h. The grammar is RFC 8259's; depth is capped
 * so that no text can exhaust the stack. */
#include "json_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 128

static size_t skip_ws(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

static int hex4(const char *s, unsigned *out) {
  unsigned v = 0;
  for (int k = 0; k < 4; k++) {
    char c = s[k];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= (unsigned)(c - 'A' + 10);
    else
      return 0;
  }
  *out = v;
  return 1;
}

/* End of the string starting at s[i] == '"', or 0. */
static size_t string_end(const char *s, size_t n, size_t i) {
  for (i++; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"')
      return i + 1;
    if (c < 0x20)
      return 0;
    if (c == '\\') {
      if (++i >= n)
        return 0;
      unsigned u;
      if (s[i] == 'u') {
        if (n - i < 5 || !hex4(s + i + 1, &u))
          return 0;
        i += 4;
      } else if (!strchr("\"\\/bfnrt", s[i]) || s[i] == '\0') {
        return 0;
      }
    }
  }
  return 0;
}

static size_t digits(const char *s, size_t n, size_t i) {
  while (i < n && s[i] >= '0' && s[i] <= '9')
    i++;
  return i;
}

/* End of the number starting at s[i], or 0. */
static size_t number_end(const char *s, size_t n, size_t i) {
  if (i < n && s[i] == '-')
    i++;
  if (i < n && s[i] == '0')
    i++;
  else if (i < n && s[i] >= '1' && s[i] <= '9')
    i = digits(s, n, i);
  else
    return 0;
  if (i < n && s[i] == '.') {
    size_t j = digits(s, n, i + 1);
    if (j == i + 1)
      return 0;
    i = j;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    size_t j = digits(s, n, i);
    if (j == i)
      return 0;
    i = j;
  }
  return i;
}

static size_t value_end(const char *s, size_t n, size_t i, int depth);

/* End of the object or array starting at s[i], or 0. */
static size_t container_end(const char *s, size_t n, size_t i, int depth) {
  int object = s[i] == '{';
  char close = object ? '}' : ']';
  if (depth > MAX_DEPTH)
    return 0;
  i = skip_ws(s, n, i + 1);
  if (i < n && s[i] == close)
    return i + 1;
  for (;;) {
    if (object) {
      if (i >= n || s[i] != '"' || !(i = string_end(s, n, i)))
        return 0;
      i = skip_ws(s, n, i);
      if (i >= n || s[i] != ':')
        return 0;
      i++;
    }
    if (!(i = value_end(s, n, i, depth + 1)))
      return 0;
    i = skip_ws(s, n, i);
    if (i < n && s[i] == close)
      return i + 1;
    if (i >= n || s[i] != ',')
      return 0;
    i = skip_ws(s, n, i + 1);
  }
}

static size_t value_end(const char *s, size_t n, size_t i, int depth) {
  i = skip_ws(s, n, i);
  if (i >= n)
    return 0;
  switch (s[i]) {
  case '{':
  case '[':
    return container_end(s, n, i, depth);
  case '"':
    return string_end(s, n, i);
  case 't':
    return n - i >= 4 && !memcmp(s + i, "true", 4) ? i + 4 : 0;
  case 'f':
    return n - i >= 5 && !memcmp(s + i, "false", 5) ? i + 5 : 0;
  case 'n':
    return n - i >= 4 && !memcmp(s + i, "null", 4) ? i + 4 : 0;
  default:
    return number_end(s, n, i);
  }
}

size_t jt_value_len(const char *s, size_t n) { return value_end(s, n, 0, 0); }

int jt_begin(jt_iter *it, jt_span v) {
  size_t i = skip_ws(v.p, v.n, 0);
  if (i >= v.n || (v.p[i] != '{' && v.p[i] != '['))
    return 0;
  it->s = v.p;
  it->n = v.n;
  it->pos = i + 1;
  it->object = v.p[i] == '{';
  it->first = 1;
  return 1;
}

int jt_next(jt_iter *it, jt_span *key, jt_span *val) {
  const char *s = it->s;
  size_t n = it->n, i = skip_ws(s, n, it->pos);
  char close = it->object ? '}' : ']';
  if (i >= n)
    return -1;
  if (s[i] == close)
    return 0;
  if (!it->first) {
    if (s[i] != ',')
      return -1;
    i = skip_ws(s, n, i + 1);
  }
  it->first = 0;
  if (it->object) {
    size_t e;
    if (i >= n || s[i] != '"' || !(e = string_end(s, n, i)))
      return -1;
    if (key)
      *key = (jt_span){s + i, e - i};
    i = skip_ws(s, n, e);
    if (i >= n || s[i] != ':')
      return -1;
    i = skip_ws(s, n, i + 1);
  }
  size_t e = value_end(s, n, i, 1);
  if (!e)
    return -1;
  if (val)
    *val = (jt_span){s + i, e - i};
  it->pos = e;
  return 1;
}

int jt_kind(jt_span v) {
  size_t i = skip_ws(v.p, v.n, 0);
  return i < v.n ? (unsigned char)v.p[i] : 0;
}

static size_t put_utf8(char *o, unsigned cp) {
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | cp >> 6);
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12);
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18);
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Decodes a well-formed string span into out (room for str.n bytes: a
 * decoded string is never longer than its JSON text). Returns the length. */
static size_t decode(jt_span str, char *out) {
  const char *s = str.p;
  size_t i = skip_ws(s, str.n, 0) + 1, o = 0;
  size_t end = string_end(s, str.n, i - 1);
  if (!end)
    return 0;
  end--; /* the closing quote */
  while (i < end) {
    if (s[i] != '\\') {
      out[o++] = s[i++];
      continue;
    }
    char c = s[i + 1];
    i += 2;
    if (c != 'u') {
      static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
      out[o++] = to[strchr(from, c) - from];
      continue;
    }
    unsigned cp = 0xFFFD, lo = 0;
    hex4(s + i, &cp);
    i += 4;
    if (cp >= 0xD800 && cp <= 0xDBFF && end - i >= 6 && s[i] == '\\' && s[i + 1] == 'u' &&
        hex4(s + i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i += 6;
    }
    o += put_utf8(out + o, cp);
  }
  return o;
}

int jt_string_is(jt_span str, const char *want) {
  char small[128];
  char *buf = str.n <= sizeof small ? small : malloc(str.n);
  if (!buf)
    return 0;
  size_t len = decode(str, buf);
  int eq = len == strlen(want) && !memcmp(buf, want, len);
  if (buf != small)
    free(buf);
  return eq;
}

void jt_put_string(FILE *f, jt_span str) {
  char small[256];
  char *buf = str.n <= sizeof small ? small : malloc(str.n);
  if (!buf)
    return;
  fwrite(buf, 1, decode(str, buf), f);
  if (buf != small)
    free(buf);
}

static void indent(FILE *f, int level) {
  for (int i = 0; i < level; i++)
    fputs("  ", f);
}

void jt_put_pretty(FILE *f, jt_span v, int level) {
  jt_iter it;
  jt_span key, val;
  if (!jt_begin(&it, v)) {
    size_t i = skip_ws(v.p, v.n, 0), e = value_end(v.p, v.n, i, 0);
    if (e > i)
      fwrite(v.p + i, 1, e - i, f);
    return;
  }
  char open = it.object ? '{' : '[', close = it.object ? '}' : ']';
  int r = jt_next(&it, &key, &val);
  if (r <= 0) {
    fprintf(f, "%c%c", open, close);
    return;
  }
  fprintf(f, "%c\n", open);
  while (r > 0) {
    indent(f, level + 1);
    if (it.object) {
      fwrite(key.p, 1, key.n, f);
      fputs(": ", f);
    }
    jt_put_pretty(f, val, level + 1);
    r = jt_next(&it, &key, &val);
    fputs(r > 0 ? ",\n" : "\n", f);
  }
  indent(f, level);
  putc(close, f);
}
