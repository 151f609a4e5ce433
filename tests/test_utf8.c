/* test_utf8.c — the decoder cuts invalid input into maximal subparts
 * (Unicode §3.9, Table 3-8's example), tells "incomplete" from "invalid",
 * and the encoder round-trips every scalar value. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "utf8.h"

static void expect(const char *bytes, size_t avail, int32_t want, size_t want_len) {
  size_t len = 0;
  int32_t got = jn__utf8_decode((const uint8_t *)bytes, avail, &len);
  assert_int_equal(got, want);
  assert_int_equal(len, want_len);
}

static void test_valid(void **state) {
  (void)state;
  expect("A", 1, 'A', 1);
  expect("\xC2\xA9", 2, 0xA9, 2);
  expect("\xE3\x81\x82", 3, 0x3042, 3);
  expect("\xF0\xA0\xAE\xB7", 4, 0x20BB7, 4);
  expect("\xEF\xBB\xBF", 3, 0xFEFF, 3);
}

static void test_maximal_subparts(void **state) {
  (void)state;
  expect("\x80", 1, JN_UTF8_INVALID, 1);
  expect("\xC0\xAF", 2, JN_UTF8_INVALID, 1);     /* C0 never starts */
  expect("\xE0\x80\x80", 3, JN_UTF8_INVALID, 1); /* overlong: E0 then bad */
  expect("\xED\xA0\x80", 3, JN_UTF8_INVALID, 1); /* surrogate */
  expect("\xF4\x90\x80\x80", 4, JN_UTF8_INVALID, 1); /* > U+10FFFF */
  expect("\xE3\x81(", 3, JN_UTF8_INVALID, 2);    /* valid prefix, then bad */
  expect("\xF0\x9F\x98(", 4, JN_UTF8_INVALID, 3);
  expect("\xFF", 1, JN_UTF8_INVALID, 1);
}

static void test_incomplete(void **state) {
  (void)state;
  expect("\xE3\x81", 2, JN_UTF8_INCOMPLETE, 2);
  expect("\xF0", 1, JN_UTF8_INCOMPLETE, 1);
  expect("\xF0\x9F\x98", 3, JN_UTF8_INCOMPLETE, 3);
}

static void test_roundtrip(void **state) {
  (void)state;
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF)
      continue;
    uint8_t buf[4];
    size_t n = jn__utf8_encode(cp, buf), len;
    int32_t back = jn__utf8_decode(buf, n, &len);
    if (back != (int32_t)cp || len != n)
      fail_msg("U+%04X does not round-trip", cp);
    assert_int_equal(jn__utf8_last_start(buf, n), 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid),
      cmocka_unit_test(test_maximal_subparts),
      cmocka_unit_test(test_incomplete),
      cmocka_unit_test(test_roundtrip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
