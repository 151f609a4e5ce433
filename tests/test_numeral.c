/* test_numeral.c — reading numbers: every form of spec §5 and issue 3, and a
 * round trip over 0…10^12 (integers rendered as kanji numerals, read back). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "numeral.h"

static void expect(const char *text, double value, size_t len) {
  jn_numeral n;
  size_t got = jn__numeral_parse((const uint8_t *)text, strlen(text), &n);
  if (got != len || n.value != value)
    fail_msg("\"%s\": read %zu bytes as %.17g, want %zu bytes as %.17g", text,
             got, n.value, len, value);
}

/* The whole text is the number. */
static void whole(const char *text, double value) {
  expect(text, value, strlen(text));
}

static void test_forms(void **state) {
  (void)state;
  whole("1,000", 1000);
  whole("20,109", 20109);
  whole("3.14", 3.14);
  whole("三十五", 35);
  whole("二千十九", 2019);
  whole("二〇一九", 2019);
  whole("四億五千六百四十二万零一十五", 456420015);
  whole("〇", 0);
  whole("零", 0);
  whole("壱弐参", 123);
  whole("壱萬", 10000);
  whole("参拾", 30);
  whole("12億39百万", 1239000000);
  whole("1億2000万", 120000000);
  whole("2.3万", 23000);
  whole("39百万", 39000000);
  whole("20,109百万", 20109000000.0);
  whole("5兆", 5e12);
  whole("1万5千", 15000);
  whole("十", 10);
  whole("百万", 1000000);
  expect("12円", 12, 2);        /* stops at what is not a number */
  expect("1,2", 1, 1);          /* a list, not a grouping */
  expect("万一", 0, 0);         /* 万 needs something to multiply */
  expect("abc", 0, 0);
}

static void test_malformed_grouping(void **state) {
  (void)state;
  jn_numeral n;
  size_t len = jn__numeral_parse((const uint8_t *)"100,000,00", 10, &n);
  assert_int_equal(len, 10);
  assert_true(n.value == 10000000);
  assert_true(n.malformed);
  jn__numeral_parse((const uint8_t *)"100,000", 7, &n);
  assert_false(n.malformed);
}

/* Kanji numeral of n in the usual spelling: 千九百八十三, 一億二千万. */
static void render(unsigned long long n, char *out) {
  static const char *const digit[] = {"〇", "一", "二", "三", "四",
                                      "五", "六", "七", "八", "九"};
  static const char *const small[] = {"", "十", "百", "千"};
  static const char *const big[] = {"", "万", "億", "兆"};
  out[0] = '\0';
  if (n == 0) {
    strcat(out, digit[0]);
    return;
  }
  unsigned groups[4] = {0};
  for (int g = 0; g < 4; g++, n /= 10000)
    groups[g] = (unsigned)(n % 10000);
  for (int g = 3; g >= 0; g--) {
    unsigned v = groups[g];
    if (!v)
      continue;
    for (int p = 3; p >= 0; p--) {
      unsigned d = v / (p == 3 ? 1000 : p == 2 ? 100 : p == 1 ? 10 : 1) % 10;
      if (!d)
        continue;
      if (d != 1 || p == 0)
        strcat(out, digit[d]);
      strcat(out, small[p]);
    }
    strcat(out, big[g]);
  }
}

static void roundtrip(unsigned long long n) {
  char text[256];
  render(n, text);
  jn_numeral r;
  size_t len = jn__numeral_parse((const uint8_t *)text, strlen(text), &r);
  if (len != strlen(text) || r.value != (double)n)
    fail_msg("%llu rendered \"%s\" read back as %.17g (%zu of %zu bytes)", n,
             text, r.value, len, strlen(text));
}

static void test_roundtrip(void **state) {
  (void)state;
  for (unsigned long long n = 0; n <= 100000; n++)
    roundtrip(n);
  /* A deterministic spread over 0…10^12, every power of ten and its
   * neighbours included. */
  unsigned long long x = 88172645463325252ull;
  for (int i = 0; i < 200000; i++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    roundtrip(x % 1000000000001ull);
  }
  for (unsigned long long p = 1; p <= 1000000000000ull; p *= 10) {
    roundtrip(p);
    roundtrip(p - 1);
    roundtrip(p + 1);
  }
}

static void test_format(void **state) {
  (void)state;
  char buf[64];
  jn__format_number(1239000000, buf, sizeof buf);
  assert_string_equal(buf, "1239000000");
  jn__format_number(99.9749, buf, sizeof buf);
  assert_string_equal(buf, "99.9749");
  jn__format_number(0.1 + 0.2, buf, sizeof buf);
  assert_string_equal(buf, "0.30000000000000004");
  jn__format_number(1500000, buf, sizeof buf);
  assert_string_equal(buf, "1500000");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_forms),
      cmocka_unit_test(test_malformed_grouping),
      cmocka_unit_test(test_roundtrip),
      cmocka_unit_test(test_format),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
