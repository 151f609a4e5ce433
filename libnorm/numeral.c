/* numeral.c — see numeral.h.
 *
 * The reading is the usual one for Japanese numerals: digits (Arabic or
 * kanji, positional: 二〇一九 = 2019) form a coefficient; 十 百 千 multiply
 * the coefficient in front of them (1 when there is none: 十五 = 15) and add
 * it to the current section; 万 億 兆 close the section and multiply it.
 * So 12億39百万 = 12×10^8 + 39×100×10^4 and 四億五千六百四十二万零一十五 =
 * 456420015. Large units must come in decreasing order (万 after 億). */
#include "numeral.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int jn__kanji_digit(uint32_t cp) {
  switch (cp) {
  case 0x3007: /* 〇 */
  case 0x96F6: /* 零 */
    return 0;
  case 0x4E00: /* 一 */
  case 0x58F1: /* 壱 */
  case 0x58F9: /* 壹 */
    return 1;
  case 0x4E8C: /* 二 */
  case 0x5F10: /* 弐 */
  case 0x8CB3: /* 貳 */
    return 2;
  case 0x4E09: /* 三 */
  case 0x53C2: /* 参 */
  case 0x53C3: /* 參 */
    return 3;
  case 0x56DB: /* 四 */
  case 0x8086: /* 肆 */
    return 4;
  case 0x4E94: /* 五 */
  case 0x4F0D: /* 伍 */
    return 5;
  case 0x516D: /* 六 */
  case 0x9678: /* 陸 */
    return 6;
  case 0x4E03: /* 七 */
  case 0x6F06: /* 漆 */
    return 7;
  case 0x516B: /* 八 */
  case 0x634C: /* 捌 */
    return 8;
  case 0x4E5D: /* 九 */
  case 0x7396: /* 玖 */
    return 9;
  default:
    return -1;
  }
}

/* 十 百 千 (and formal forms) → 10, 100, 1000; 0 otherwise. */
static int small_unit(uint32_t cp) {
  switch (cp) {
  case 0x5341: /* 十 */
  case 0x62FE: /* 拾 */
    return 10;
  case 0x767E: /* 百 */
  case 0x4F70: /* 佰 */
    return 100;
  case 0x5343: /* 千 */
  case 0x9621: /* 阡 */
  case 0x4EDF: /* 仟 */
    return 1000;
  default:
    return 0;
  }
}

/* 万 億 兆 → their power of ten; 0 otherwise. */
static int big_unit(uint32_t cp) {
  switch (cp) {
  case 0x4E07: /* 万 */
  case 0x842C: /* 萬 */
    return 4;
  case 0x5104: /* 億 */
    return 8;
  case 0x5146: /* 兆 */
    return 12;
  default:
    return 0;
  }
}

static double round_to(double v, int decimals) {
  if (decimals <= 0)
    return round(v);
  double f = pow(10, decimals);
  return round(v * f) / f;
}

static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* Arabic digits at s with grouping commas and a decimal part; returns the
 * length, fills *v, *decimals and *malformed. */
static size_t arabic(const uint8_t *s, size_t len, double *v, int *decimals,
                     int *malformed) {
  size_t i = 0, lead = 0;
  char digits[64];
  size_t nd = 0;
  while (i < len && is_digit(s[i])) {
    if (nd < sizeof digits - 1)
      digits[nd++] = (char)s[i];
    i++;
    lead++;
  }
  /* Grouping: ",ddd" groups after 1-3 leading digits. A group of another
   * size after a good first group is a malformed amount (`100,000,00`):
   * read on, and say so. A first group of another size is a list (1,2). */
  int groups = 0;
  while (i + 1 < len && s[i] == ',' && is_digit(s[i + 1])) {
    size_t g = i + 1, n = 0;
    while (g < len && is_digit(s[g]))
      g++, n++;
    if (groups == 0 && (n != 3 || lead > 3))
      break;
    if (n != 3)
      *malformed = 1;
    for (size_t k = i + 1; k < g; k++)
      if (nd < sizeof digits - 1)
        digits[nd++] = (char)s[k];
    groups++;
    i = g;
  }
  *decimals = 0;
  if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
    digits[nd < sizeof digits - 1 ? nd++ : nd] = '.';
    i++;
    while (i < len && is_digit(s[i])) {
      if (nd < sizeof digits - 1)
        digits[nd++] = (char)s[i];
      (*decimals)++;
      i++;
    }
  }
  digits[nd] = '\0';
  if (*decimals == 0 && nd <= 15) { /* exact in a double: no strtod needed */
    double x = 0;
    for (size_t k = 0; k < nd; k++)
      x = x * 10 + (digits[k] - '0');
    *v = x;
  } else {
    *v = strtod(digits, NULL);
  }
  return i;
}

size_t jn__numeral_parse(const uint8_t *s, size_t len, jn_numeral *out) {
  memset(out, 0, sizeof *out);
  double total = 0, section = 0, cur = 0;
  int have_cur = 0, decimals = 0, last_big = 99, any = 0;
  size_t i = 0, end = 0;
  while (i < len) {
    if (is_digit(s[i])) {
      if (have_cur)
        break; /* "3一": two numbers side by side */
      int d, bad = 0;
      size_t n = arabic(s + i, len - i, &cur, &d, &bad);
      decimals = d;
      out->malformed |= bad;
      have_cur = 1;
      out->arabic = 1;
      i += n;
      end = i;
      any = 1;
      continue;
    }
    size_t n;
    int32_t cp = jn__utf8_decode(s + i, len - i, &n);
    if (cp < 0)
      break;
    int d = jn__kanji_digit((uint32_t)cp);
    if (d >= 0) {
      if (have_cur && !out->kanji)
        break; /* Arabic then kanji digits */
      /* Positional run of kanji digits: 二〇一九. */
      cur = have_cur ? cur * 10 + d : d;
      have_cur = 1;
      decimals = 0;
      out->kanji = 1;
      out->kanji_chars++;
      i += n;
      end = i;
      any = 1;
      continue;
    }
    int su = small_unit((uint32_t)cp);
    if (su) {
      section += (have_cur ? cur : 1) * su;
      section = round_to(section, decimals - (su == 10 ? 1 : su == 100 ? 2 : 3));
      cur = 0;
      have_cur = 0;
      decimals = 0;
      out->multiplier = 1;
      out->kanji_chars++;
      i += n;
      end = i;
      any = 1;
      continue;
    }
    int bu = big_unit((uint32_t)cp);
    if (bu && bu < last_big && (have_cur || section > 0)) {
      double part = section + (have_cur ? cur : 0);
      total = round_to(total + part * pow(10, bu), decimals - bu);
      section = cur = 0;
      have_cur = 0;
      decimals = 0;
      last_big = bu;
      out->multiplier = 1;
      out->kanji_chars++;
      i += n;
      end = i;
      continue;
    }
    break;
  }
  if (!any && end == 0)
    return 0;
  out->value = total + section + (have_cur ? cur : 0);
  out->decimals = decimals > 0 ? decimals : 0;
  return end;
}

size_t jn__format_number(double v, char *buf, size_t cap) {
  if (v == floor(v) && fabs(v) < 1e15)
    return (size_t)snprintf(buf, cap, "%.0f", v);
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, cap, "%.*g", prec, v);
    if (strtod(buf, NULL) == v)
      break;
  }
  return strlen(buf);
}
