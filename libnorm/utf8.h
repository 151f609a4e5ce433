/* utf8.h — UTF-8 decoding that tells "invalid" from "not finished yet".
 *
 * Invalid input is cut into maximal subparts (Unicode §3.9, "U+FFFD
 * Substitution of Maximal Subparts", the practice of the W3C/WHATWG
 * decoder), so every reader of the same bytes counts the same number of
 * replacement characters. */
#ifndef JN_UTF8_H
#define JN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define JN_UTF8_INVALID (-1)    /* *len bytes form one maximal invalid subpart */
#define JN_UTF8_INCOMPLETE (-2) /* a valid prefix that the buffer cuts short */

/* Decode one code point at p[0..avail). Returns the code point and sets
 * *len, or returns JN_UTF8_INVALID / JN_UTF8_INCOMPLETE. avail must be > 0. */
int32_t jn__utf8_decode(const uint8_t *p, size_t avail, size_t *len);

/* Encode a valid scalar value; returns the byte count (1-4). */
size_t jn__utf8_encode(uint32_t cp, uint8_t *out);

/* Start of the last code point in s[0..len) (len > 0). */
size_t jn__utf8_last_start(const uint8_t *s, size_t len);

#endif
