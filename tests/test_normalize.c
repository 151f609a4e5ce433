/* test_normalize.c — the contract's normalization vectors
 * (tests/vectors/normalize.tsv), each checked three ways: in one call, fed
 * to the streaming normalizer in pieces of every small size, and with the
 * offset map switched on (which must not change the text). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

#ifndef VECTOR_DIR
#error VECTOR_DIR must name tests/vectors
#endif

static unsigned flags_of(const char *flags) {
  unsigned o = 0;
  if (strstr(flags, "html"))
    o |= JN_OPT_HTML;
  if (strstr(flags, "era"))
    o |= JN_OPT_ERA;
  if (strstr(flags, "numbers"))
    o |= JN_OPT_NUMBERS;
  return o;
}


/* Output of the streaming normalizer fed `piece` bytes at a time. */
static char *stream_normalize(const char *in, size_t len, unsigned opts,
                              size_t piece, size_t *out_len) {
  jn_normalizer *nz;
  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), opts), JN_OK);
  th_sink s = {calloc(1, 1), 0, 1};
  for (size_t i = 0; i < len; i += piece) {
    size_t n = len - i < piece ? len - i : piece;
    assert_int_equal(jn_normalizer_feed(nz, in + i, n, th_sink_write, &s, NULL), JN_OK);
  }
  assert_int_equal(jn_normalizer_finish(nz, th_sink_write, &s, NULL), JN_OK);
  jn_normalizer_free(nz);
  *out_len = s.len;
  return s.data;
}

static void test_vectors(void **state) {
  (void)state;
  size_t n;
  const char *path = VECTOR_DIR "/normalize.tsv";
  th_vector *v = th_read_vectors(path, &n);
  assert_true(n >= 100);
  int failed = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned opts = flags_of(v[i].flags);
    size_t got_len;
    char *got = th_normalize(v[i].input, v[i].input_len, opts, &got_len);
    if (got_len != v[i].expected_len || memcmp(got, v[i].expected, got_len)) {
      char want[4096];
      snprintf(want, sizeof want, "%s", th_show(v[i].expected, v[i].expected_len));
      print_error("%s:%u: got \"%s\", want \"%s\"\n", path, v[i].line,
                  th_show(got, got_len), want);
      failed++;
    }
    for (size_t piece = 1; piece <= 7; piece++) {
      size_t sl;
      char *streamed = stream_normalize(v[i].input, v[i].input_len, opts, piece, &sl);
      if (sl != got_len || memcmp(streamed, got, sl)) {
        print_error("%s:%u: fed in %zu-byte pieces: \"%s\"\n", path, v[i].line,
                    piece, th_show(streamed, sl));
        failed++;
      }
      free(streamed);
    }
    size_t ol;
    char *with_map = th_normalize(v[i].input, v[i].input_len, opts | JN_OPT_OFFSETS, &ol);
    if (ol != got_len || memcmp(with_map, got, ol)) {
      print_error("%s:%u: JN_OPT_OFFSETS changed the output\n", path, v[i].line);
      failed++;
    }
    free(with_map);
    free(got);
  }
  th_free_vectors(v, n);
  if (failed)
    fail_msg("%d normalization vector check(s) failed", failed);
}

/* The contract's own examples (spec §1), kept here verbatim as well so a
 * change to the vector file cannot drop them. */
static void test_spec_examples(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"ＡＢＣ１２３", "ABC123"},
      {"（株）", "(株)"},
      {"ｶﾞｷﾞｸﾞ", "ガギグ"},
      {"ﾊﾟｿｺﾝ", "パソコン"},
      {"ｳﾞ", "ヴ"},
      {"㈱", "(株)"},
      {"㍻", "平成"},
      {"㋿", "令和"},
      {"℡", "TEL"},
      {"㎏", "kg"},
      {"①", "①"},
      {"03−5555‐3470", "03-5555-3470"},
      {"サーバ―", "サーバー"},
      {"2022年10月～2023年9月", "2022年10月~2023年9月"},
      {"9:00〜17:30", "9:00~17:30"},
      {"\xEF\xBB\xBF" "a\r\nb", "a\nb"},
      {"  a \t\xE3\x80\x80 b  ", "a b"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n;
    char *got = th_normalize(cases[i][0], strlen(cases[i][0]), 0, &n);
    assert_string_equal(got, cases[i][1]);
    free(got);
  }
  size_t n;
  char *got = th_normalize("&lt;定義&gt;", strlen("&lt;定義&gt;"), JN_OPT_HTML, &n);
  assert_string_equal(got, "<定義>");
  free(got);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spec_examples),
      cmocka_unit_test(test_vectors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
