/* buf.c — growable byte buffer; see buf.h. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jnorm.h"
#include "utf8.h"

int jn__buf_reserve(jn_buf *b, size_t extra) {
  if (b->cap - b->len > extra) /* keep one byte for a terminating NUL */
    return JN_OK;
  if (extra > SIZE_MAX / 2 - b->len) {
    b->failed = 1;
    return JN_ENOMEM;
  }
  size_t want = b->len + extra + 1;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < want)
    cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = 1;
    return JN_ENOMEM;
  }
  b->data = p;
  b->cap = cap;
  return JN_OK;
}

int jn__buf_put(jn_buf *b, const void *bytes, size_t len) {
  if (jn__buf_reserve(b, len) != JN_OK)
    return JN_ENOMEM;
  if (len)
    memcpy(b->data + b->len, bytes, len);
  b->len += len;
  return JN_OK;
}

int jn__buf_put_cp(jn_buf *b, uint32_t cp) {
  if (jn__buf_reserve(b, 4) != JN_OK)
    return JN_ENOMEM;
  b->len += jn__utf8_encode(cp, (uint8_t *)b->data + b->len);
  return JN_OK;
}

void jn__buf_consume(jn_buf *b, size_t n) {
  if (n >= b->len) {
    b->len = 0;
    return;
  }
  memmove(b->data, b->data + n, b->len - n);
  b->len -= n;
}

char *jn__buf_detach(jn_buf *b) {
  if (b->failed || jn__buf_reserve(b, 0) != JN_OK)
    return NULL;
  b->data[b->len] = '\0';
  char *p = b->data;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

void jn__buf_free(jn_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}

int jn__buf_puts(jn_buf *b, const char *s) { return jn__buf_put(b, s, strlen(s)); }

int jn__buf_put_json_string(jn_buf *b, const char *s, size_t n) {
  int rc = jn__buf_put(b, "\"", 1);
  size_t run = 0; /* bytes copied as they are, written in one go */
  for (size_t i = 0; i < n && rc == JN_OK; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c != '"' && c != '\\' && c >= 0x20)
      continue;
    char esc[8];
    if (c == '"' || c == '\\')
      esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
    else
      snprintf(esc, sizeof esc, "\\u%04x", c);
    rc = jn__buf_put(b, s + run, i - run);
    if (rc == JN_OK)
      rc = jn__buf_puts(b, esc);
    run = i + 1;
  }
  if (rc == JN_OK)
    rc = jn__buf_put(b, s + run, n - run);
  return rc == JN_OK ? jn__buf_put(b, "\"", 1) : rc;
}

char *jn__dup(const void *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}
