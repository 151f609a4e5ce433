/* test_offsets.c — the output→input offset map: expansions (㈱ → (株)),
 * contractions (ｶﾞ → ガ), identity spans, collapsed and trimmed spaces,
 * CRLF, HTML, and full coverage of the output on every vector. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

static jn_text *norm(const char *in, unsigned opts) {
  jn_text *t = NULL;
  assert_int_equal(jn_normalize(&t, th_ctx(), in, strlen(in), opts | JN_OPT_OFFSETS, NULL),
                   JN_OK);
  return t;
}

/* Asserts that output [os, oe) of `in` comes from input [is, ie). */
static void expect_source(const char *in, unsigned opts, const char *want_out,
                          uint64_t os, uint64_t oe, uint64_t is, uint64_t ie) {
  jn_text *t = norm(in, opts);
  assert_string_equal(jn_text_data(t, NULL), want_out);
  uint64_t a = 99, b = 99;
  assert_int_equal(jn_text_source(t, os, oe, &a, &b), JN_OK);
  if (a != is || b != ie)
    fail_msg("\"%s\": output [%llu,%llu) came from [%llu,%llu), want [%llu,%llu)",
             in, (unsigned long long)os, (unsigned long long)oe,
             (unsigned long long)a, (unsigned long long)b,
             (unsigned long long)is, (unsigned long long)ie);
  jn_text_free(t);
}

static void test_expansion(void **state) {
  (void)state;
  /* "A㈱B": ㈱ is input [1,4), "(株)" is output [1,6). */
  expect_source("A㈱B", 0, "A(株)B", 1, 6, 1, 4);
  expect_source("A㈱B", 0, "A(株)B", 2, 5, 1, 4); /* inside: the whole source */
  expect_source("A㈱B", 0, "A(株)B", 6, 7, 4, 5);
  expect_source("℡03", 0, "TEL03", 0, 3, 0, 3);
}

static void test_contraction(void **state) {
  (void)state;
  /* "xｶﾞy": ｶﾞ is input [1,7), ガ is output [1,4). */
  expect_source("xｶﾞy", 0, "xガy", 1, 4, 1, 7);
  expect_source("xｶﾞy", 0, "xガy", 4, 5, 7, 8);
  expect_source("か\xE3\x82\x99", 0, "が", 0, 3, 0, 6); /* combining mark */
}

static void test_identity_and_width(void **state) {
  (void)state;
  expect_source("abc漢字", 0, "abc漢字", 3, 6, 3, 6);
  expect_source("abc漢字", 0, "abc漢字", 1, 4, 1, 4); /* byte for byte */
  expect_source("ＡＢ", 0, "AB", 1, 2, 3, 6);
}

static void test_spaces_and_lines(void **state) {
  (void)state;
  expect_source("a   b", 0, "a b", 1, 2, 1, 4);
  expect_source("  a", 0, "a", 0, 1, 2, 3);
  expect_source("a\r\nb", 0, "a\nb", 1, 2, 1, 3);
  expect_source("a\xE3\x80\x80\tb", 0, "a b", 1, 2, 1, 5);
  expect_source("a - b", 0, "a - b", 2, 3, 2, 3);
}

static void test_html_offsets(void **state) {
  (void)state;
  expect_source("<b>x</b>", JN_OPT_HTML, "x", 0, 1, 3, 4);
  expect_source("a&lt;b", JN_OPT_HTML, "a<b", 1, 2, 1, 5);
  expect_source("<a href=\"u\">t</a>", JN_OPT_HTML, "t (u)", 2, 5, 0, 12);
}

static void test_rewrite_offsets(void **state) {
  (void)state;
  /* "売上 令和5年3月期": 令和5 (input [7,14)) became 2023 (output [7,11)). */
  expect_source("売上 令和5年3月期", JN_OPT_ERA, "売上 2023年3月期", 7, 11, 7, 14);
  expect_source("売上 令和5年3月期", JN_OPT_ERA, "売上 2023年3月期", 11, 14, 14, 17);
  expect_source("12億39百万円", JN_OPT_NUMBERS, "1239000000円", 0, 10, 0, 13);
  expect_source("ＡＢ 一ヶ月", JN_OPT_NUMBERS, "AB 1ヶ月", 3, 4, 7, 10);
}

static void test_errors(void **state) {
  (void)state;
  jn_text *t = norm("abc", 0);
  uint64_t a, b;
  assert_int_equal(jn_text_source(t, 2, 9, &a, &b), JN_ERANGE);
  assert_int_equal(jn_text_source(t, 2, 1, &a, &b), JN_ERANGE);
  jn_text_free(t);
  assert_int_equal(jn_normalize(&t, th_ctx(), "abc", 3, 0, NULL), JN_OK);
  assert_int_equal(jn_text_source(t, 0, 1, &a, &b), JN_EINVAL);
  assert_null(jn_text_offsets(t, NULL));
  jn_text_free(t);
}

/* Every vector: the pieces cover the output in order with no gap, stay
 * inside the input, and identity pieces really are identical bytes. */
static void test_map_covers_every_vector(void **state) {
  (void)state;
  size_t n;
  th_vector *v = th_read_vectors(VECTOR_DIR "/normalize.tsv", &n);
  for (size_t i = 0; i < n; i++) {
    unsigned opts = (strstr(v[i].flags, "html") ? JN_OPT_HTML : 0) |
                    (strstr(v[i].flags, "era") ? JN_OPT_ERA : 0) |
                    (strstr(v[i].flags, "numbers") ? JN_OPT_NUMBERS : 0);
    jn_text *t;
    assert_int_equal(jn_normalize(&t, th_ctx(), v[i].input, v[i].input_len,
                                  opts | JN_OPT_OFFSETS, NULL),
                     JN_OK);
    size_t len, count;
    const char *out = jn_text_data(t, &len);
    const jn_offset *m = jn_text_offsets(t, &count);
    uint64_t at = 0;
    for (size_t k = 0; k < count; k++) {
      if (m[k].out_start != at || m[k].out_end <= m[k].out_start ||
          m[k].in_end > v[i].input_len || m[k].in_start > m[k].in_end)
        fail_msg("normalize.tsv:%u: bad offset piece %zu", v[i].line, k);
      /* Without markup the map follows the input in order: a piece never
       * points back before the previous one (a stale range would). */
      if (!(opts & JN_OPT_HTML) && k > 0 && m[k].in_start < m[k - 1].in_end &&
          !(m[k].in_start == m[k - 1].in_start && m[k].in_end == m[k - 1].in_end))
        fail_msg("normalize.tsv:%u: piece %zu maps to [%llu,%llu), before piece %zu's end %llu",
                 v[i].line, k, (unsigned long long)m[k].in_start,
                 (unsigned long long)m[k].in_end, k - 1, (unsigned long long)m[k - 1].in_end);
      if (m[k].identity &&
          (m[k].in_end - m[k].in_start != m[k].out_end - m[k].out_start ||
           memcmp(out + m[k].out_start, v[i].input + m[k].in_start,
                  (size_t)(m[k].out_end - m[k].out_start))))
        fail_msg("normalize.tsv:%u: identity piece %zu differs", v[i].line, k);
      at = m[k].out_end;
    }
    if (at != len)
      fail_msg("normalize.tsv:%u: map covers %llu of %zu output bytes",
               v[i].line, (unsigned long long)at, len);
    jn_text_free(t);
  }
  th_free_vectors(v, n);
}

/* A space collapsed by the hot loop and written later by the general path
 * must still map to its own whitespace (a stale range once pointed to an
 * earlier run of spaces). */
static void test_space_range_not_stale(void **state) {
  (void)state;
  const char *in = "a  b ｶ\xEF\xBE\x9E c";
  jn_text *t = norm(in, 0);
  size_t len, count;
  const char *out = jn_text_data(t, &len);
  const jn_offset *m = jn_text_offsets(t, &count);
  assert_string_equal(out, "a b ガ c");
  for (size_t k = 1; k < count; k++)
    assert_true(m[k].in_start >= m[k - 1].in_end);
  jn_text_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_expansion),
      cmocka_unit_test(test_contraction),
      cmocka_unit_test(test_identity_and_width),
      cmocka_unit_test(test_spaces_and_lines),
      cmocka_unit_test(test_html_offsets),
      cmocka_unit_test(test_rewrite_offsets),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_space_range_not_stale),
      cmocka_unit_test(test_map_covers_every_vector),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
