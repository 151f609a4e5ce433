/* numeral.h — reading a number written in Arabic digits, kanji numerals or
 * a mix of both (`1,000`, `2.3万`, `12億39百万`, `三十五`, `二〇一九`,
 * `四億五千六百四十二万零一十五`, `壱萬`), from normalized text (so digits
 * are ASCII). The scanner decides whether a number in context is a quantity;
 * this file only reads. */
#ifndef JN_NUMERAL_H
#define JN_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

typedef struct jn_numeral {
  double value;
  int decimals;    /* digits after the decimal point that remain */
  int arabic;      /* Arabic digits were used */
  int kanji;       /* kanji digits (一…九, 〇, 零, 壱…) were used */
  int multiplier;  /* 十百千万億兆 (or 拾佰阡萬) were used */
  int kanji_chars; /* number of kanji numeral characters */
  int malformed;   /* digit grouping out of place (`100,000,00`): the digits
                      were read as one number, a warning is due */
} jn_numeral;

/* Reads the longest number at s[0..len); returns its length in bytes, 0 when
 * none starts there. */
size_t jn__numeral_parse(const uint8_t *s, size_t len, jn_numeral *out);

/* The value of a kanji digit (〇 零 一…九 壱 弐 参 …), or -1. */
int jn__kanji_digit(uint32_t cp);

/* Writes `v` as JSON would: an integer without a fraction when it is one,
 * else the shortest decimal that reads back as `v`. Returns the length. */
size_t jn__format_number(double v, char *buf, size_t cap);

#endif
