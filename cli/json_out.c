/* json_out.c — see json_out.h. */
#include "json_out.h"

#include <stdint.h>

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s, size_t avail) {
  unsigned char c = s[0];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || n > avail || (n == 2 && c < 0xC2) || (n == 4 && c > 0xF4))
    return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if (n == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)))
    return 0;
  if (n == 4 && ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)))
    return 0;
  return n;
}

void json_put_string(FILE *f, const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  putc('"', f);
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    if (c == '"' || c == '\\') {
      putc('\\', f);
      putc(c, f);
      i++;
    } else if (c < 0x20) {
      static const char *const named[] = {[8] = "\\b", [9] = "\\t", [10] = "\\n",
                                          [12] = "\\f", [13] = "\\r"};
      if (c < 14 && named[c])
        fputs(named[c], f);
      else
        fprintf(f, "\\u%04x", c);
      i++;
    } else if (c < 0x80) {
      putc(c, f);
      i++;
    } else {
      size_t n = utf8_len(s + i, len - i);
      if (n) {
        fwrite(s + i, 1, n, f);
        i += n;
      } else {
        fputs("\xEF\xBF\xBD", f);
        i++;
      }
    }
  }
  putc('"', f);
}
