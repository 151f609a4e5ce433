/* rewrite.h — the --era and --numbers stages over normalized text. */
#ifndef JN_REWRITE_H
#define JN_REWRITE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "jnorm.h"

/* Told about each piece written: out[at, at+n) stands for s[from, to);
 * `same` when the bytes are unchanged. Non-zero stops (out of memory). */
typedef int (*jn_rewrite_piece_fn)(size_t at, size_t n, size_t from, size_t to,
                                   int same, void *payload);

/* Appends s[0..len) to *out with the JN_OPT_ERA / JN_OPT_NUMBERS rewrites of
 * `opts` applied; `piece` (may be NULL) hears about every piece. */
int jn__rewrite(const jn_ctx *ctx, const uint8_t *s, size_t len, unsigned opts,
                jn_buf *out, jn_rewrite_piece_fn piece, void *payload);

#endif
