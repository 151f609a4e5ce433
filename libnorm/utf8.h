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
 * *len, or returns JN_UTF8_INVALID / JN_UTF8_INCOMPLETE. avail must be > 0.
 * Inline: every stage calls it per character. Table 3-7 of the Unicode
 * Standard ("Well-Formed UTF-8 Byte Sequences") is the lead-byte switch. */
static inline int jn__utf8_in_range(uint8_t b, uint8_t lo, uint8_t hi) {
  return b >= lo && b <= hi;
}

static inline int32_t jn__utf8_decode(const uint8_t *p, size_t avail,
                                      size_t *len) {
  uint8_t b0 = p[0];
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  uint32_t cp;
  if (jn__utf8_in_range(b0, 0xC2, 0xDF)) {
    need = 2;
    cp = b0 & 0x1F;
  } else if (jn__utf8_in_range(b0, 0xE0, 0xEF)) {
    need = 3;
    cp = b0 & 0x0F;
    if (b0 == 0xE0)
      lo = 0xA0; /* no overlongs */
    else if (b0 == 0xED)
      hi = 0x9F; /* no surrogates */
  } else if (jn__utf8_in_range(b0, 0xF0, 0xF4)) {
    need = 4;
    cp = b0 & 0x07;
    if (b0 == 0xF0)
      lo = 0x90;
    else if (b0 == 0xF4)
      hi = 0x8F; /* nothing above U+10FFFF */
  } else {
    *len = 1; /* 80..C1 and F5..FF never start a sequence */
    return JN_UTF8_INVALID;
  }
  for (size_t i = 1; i < need; i++) {
    if (i >= avail) {
      *len = i;
      return JN_UTF8_INCOMPLETE;
    }
    uint8_t b = p[i];
    if (i == 1 ? !jn__utf8_in_range(b, lo, hi) : !jn__utf8_in_range(b, 0x80, 0xBF)) {
      *len = i; /* the valid prefix is one maximal subpart */
      return JN_UTF8_INVALID;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = need;
  return (int32_t)cp;
}


/* Encode a valid scalar value; returns the byte count (1-4). */
size_t jn__utf8_encode(uint32_t cp, uint8_t *out);

/* Start of the last code point in s[0..len) (len > 0). */
size_t jn__utf8_last_start(const uint8_t *s, size_t len);

/* Copies s[0..n) without its spaces and line breaks into out (NUL-ended),
 * ending on a whole character when out is too small; returns the length.
 * Sheets write "BCP 対応計画" where the catalogue has none, so labels and
 * the text they are matched in are compared this way. */
size_t jn__squash(const char *s, size_t n, char *out, size_t cap);

/* FNV-1a over s[0..n): a key for text seen again (a cache of what was
 * found in it), not a digest. */
uint64_t jn__hash_bytes(const char *s, size_t n);

/* The length of s[0..len) without a last code point cut short (text
 * copied into a fixed buffer stops at a character's end, not inside it). */
size_t jn__utf8_whole(const char *s, size_t len);

/* The number of code points in s[0..n) (bytes that start one): a
 * label's or a line's length as a reader counts it. */
size_t jn__utf8_count(const char *s, size_t n);

#endif
