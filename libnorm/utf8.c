/* utf8.c — see utf8.h. Table 3-7 of the Unicode Standard ("Well-Formed
 * UTF-8 Byte Sequences") is encoded in the lead-byte switch below. */
#include "utf8.h"

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

size_t jn__utf8_whole(const char *s, size_t len) {
  if (len == 0)
    return 0;
  size_t at = jn__utf8_last_start((const uint8_t *)s, len);
  uint8_t b = (uint8_t)s[at];
  size_t need = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  return at + need <= len ? len : at;
}

uint64_t jn__hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

size_t jn__squash(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0, i = 0;
  for (; i < n && k + 1 < cap; i++)
    if (s[i] != ' ' && s[i] != '\n')
      out[k++] = s[i];
  if (i < n) /* cut short: end on a whole character (PCRE2 reads it as UTF-8) */
    k = jn__utf8_whole(out, k);
  out[k] = '\0';
  return k;
}

size_t jn__utf8_count(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}
