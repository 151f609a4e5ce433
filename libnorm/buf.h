/* buf.h — a growable byte buffer that owns its bytes (cmark's cmark_strbuf
 * idea). Every growth is checked; nothing here aborts. */
#ifndef JN_BUF_H
#define JN_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct jn_buf {
  char *data;
  size_t len, cap;
  int failed; /* a growth failed: the bytes are incomplete, detach says so */
} jn_buf;

#define JN_BUF_INIT {NULL, 0, 0, 0}

/* Make room for `extra` more bytes; JN_OK or JN_ENOMEM. */
int jn__buf_reserve(jn_buf *b, size_t extra);
int jn__buf_put(jn_buf *b, const void *bytes, size_t len);
int jn__buf_puts(jn_buf *b, const char *s);
/* Append s[0..n) as a JSON string: quoted, '"', '\\' and controls escaped. */
int jn__buf_put_json_string(jn_buf *b, const char *s, size_t n);
/* Append the UTF-8 encoding of code point `cp` (assumed valid). */
int jn__buf_put_cp(jn_buf *b, uint32_t cp);
/* Drop the first `n` bytes, keeping the rest. */
void jn__buf_consume(jn_buf *b, size_t n);
/* Hand the bytes over to the caller (NUL-terminated); the buffer is reset.
 * NULL when any growth failed since the buffer was made, so writers may
 * ignore each put's result and check once. */
char *jn__buf_detach(jn_buf *b);

/* An owned, NUL-terminated copy of s[0..n); NULL when memory ran out. */
char *jn__dup(const void *s, size_t n);
void jn__buf_free(jn_buf *b);

#endif
