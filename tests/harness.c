#define _POSIX_C_SOURCE 200809L
/* harness.c — see harness.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

static jn_ctx *shared_ctx;

static void free_ctx(void) { jn_ctx_free(shared_ctx); }

const jn_ctx *th_ctx(void) {
  if (!shared_ctx) {
    jn_error err = {0};
    if (jn_ctx_new(&shared_ctx, &err) != JN_OK)
      fail_msg("jn_ctx_new: %s", err.message);
    atexit(free_ctx);
  }
  return shared_ctx;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static size_t put_utf8(uint32_t cp, char *o) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12));
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18));
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Decodes the escapes of one field into a new string. */
static char *unescape(const char *s, size_t n, size_t *out_len,
                      const char *path, unsigned line) {
  char *o = malloc(n * 4 + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\\') {
      o[k++] = s[i];
      continue;
    }
    char c = ++i < n ? s[i] : '\0';
    int digits = c == 'u' ? 4 : c == 'U' ? 8 : c == 'x' ? 2 : 0;
    if (c == 't' || c == 'n' || c == 'r' || c == '\\') {
      o[k++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : '\\';
      continue;
    }
    if (!digits || i + (size_t)digits >= n)
      fail_msg("%s:%u: bad escape", path, line);
    uint32_t v = 0;
    for (int d = 1; d <= digits; d++) {
      int h = hexval(s[i + (size_t)d]);
      if (h < 0)
        fail_msg("%s:%u: bad escape digits", path, line);
      v = v * 16 + (uint32_t)h;
    }
    i += (size_t)digits;
    if (c == 'x')
      o[k++] = (char)v;
    else
      k += put_utf8(v, o + k);
  }
  o[k] = '\0';
  *out_len = k;
  return o;
}

th_vector *th_read_vectors(const char *path, size_t *count) {
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s", path);
  size_t cap = 64, n = 0;
  th_vector *v = malloc(cap * sizeof *v);
  char *line = NULL;
  size_t lcap = 0;
  ssize_t len;
  unsigned lineno = 0;
  while ((len = getline(&line, &lcap, f)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0 || line[0] == '#')
      continue;
    char *tab1 = strchr(line, '\t');
    if (!tab1)
      fail_msg("%s:%u: expected INPUT<TAB>EXPECTED", path, lineno);
    char *tab2 = strchr(tab1 + 1, '\t');
    size_t elen = tab2 ? (size_t)(tab2 - tab1 - 1) : strlen(tab1 + 1);
    if (n == cap)
      v = realloc(v, (cap *= 2) * sizeof *v);
    th_vector *t = &v[n++];
    t->line = lineno;
    t->input = unescape(line, (size_t)(tab1 - line), &t->input_len, path, lineno);
    t->expected = unescape(tab1 + 1, elen, &t->expected_len, path, lineno);
    t->flags = strdup(tab2 ? tab2 + 1 : "");
  }
  free(line);
  fclose(f);
  *count = n;
  return v;
}

void th_free_vectors(th_vector *v, size_t count) {
  for (size_t i = 0; i < count; i++) {
    free(v[i].input);
    free(v[i].expected);
    free(v[i].flags);
  }
  free(v);
}

char *th_normalize(const char *in, size_t len, unsigned opts, size_t *out_len) {
  jn_text *t = NULL;
  jn_error err = {0};
  int rc = jn_normalize(&t, th_ctx(), in, len, opts, &err);
  if (rc != JN_OK)
    fail_msg("jn_normalize failed: %s", err.message);
  size_t n;
  const char *d = jn_text_data(t, &n);
  char *copy = malloc(n + 1);
  memcpy(copy, d, n + 1);
  if (out_len)
    *out_len = n;
  jn_text_free(t);
  return copy;
}

int th_sink_write(const char *b, size_t n, void *payload) {
  th_sink *s = payload;
  if (s->len + n + 1 > s->cap) {
    s->cap = (s->len + n + 1) * 2;
    s->data = realloc(s->data, s->cap);
  }
  memcpy(s->data + s->len, b, n);
  s->len += n;
  s->data[s->len] = '\0';
  return 0;
}

const char *th_show(const char *s, size_t len) {
  static char buf[4096];
  size_t k = 0;
  for (size_t i = 0; i < len && k + 8 < sizeof buf; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
      k += (size_t)snprintf(buf + k, sizeof buf - k, "\\n");
    else if (c == '\t')
      k += (size_t)snprintf(buf + k, sizeof buf - k, "\\t");
    else if (c < 0x20 || c == 0x7F)
      k += (size_t)snprintf(buf + k, sizeof buf - k, "\\x%02X", c);
    else
      buf[k++] = (char)c;
  }
  buf[k] = '\0';
  return buf;
}
