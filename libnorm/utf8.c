/* utf8.c — see utf8.h. Table 3-7 of the Unicode Standard ("Well-Formed
 * UTF-8 Byte Sequences") is encoded in the lead-byte switch below. */
#include "utf8.h"

static int in_range(uint8_t b, uint8_t lo, uint8_t hi) {
  return b >= lo && b <= hi;
}

int32_t jn__utf8_decode(const uint8_t *p, size_t avail, size_t *len) {
  uint8_t b0 = p[0];
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  size_t need;
  uint8_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  uint32_t cp;
  if (in_range(b0, 0xC2, 0xDF)) {
    need = 2;
    cp = b0 & 0x1F;
  } else if (in_range(b0, 0xE0, 0xEF)) {
    need = 3;
    cp = b0 & 0x0F;
    if (b0 == 0xE0)
      lo = 0xA0; /* no overlongs */
    else if (b0 == 0xED)
      hi = 0x9F; /* no surrogates */
  } else if (in_range(b0, 0xF0, 0xF4)) {
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
    if (i == 1 ? !in_range(b, lo, hi) : !in_range(b, 0x80, 0xBF)) {
      *len = i; /* the valid prefix is one maximal subpart */
      return JN_UTF8_INVALID;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = need;
  return (int32_t)cp;
}

size_t jn__utf8_encode(uint32_t cp, uint8_t *out) {
  if (cp < 0x80) {
    out[0] = (uint8_t)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (uint8_t)(0xC0 | (cp >> 6));
    out[1] = (uint8_t)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (uint8_t)(0xE0 | (cp >> 12));
    out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | (cp >> 18));
  out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

size_t jn__utf8_last_start(const uint8_t *s, size_t len) {
  size_t i = len - 1;
  while (i > 0 && len - i < 4 && (s[i] & 0xC0) == 0x80)
    i--;
  return i;
}
