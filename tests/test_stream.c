/* test_stream.c — the streaming normalizer at its boundaries: a character
 * split between two feeds, a kana in one feed and its voiced mark in the
 * next, CRLF and dashes cut apart, tags and references cut apart, invalid
 * UTF-8 counted with its position, and memory that stays bounded on one
 * endless line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "normalize.h"


/* Feeds the NULL-terminated list of pieces, returns the output. */
static char *feed_pieces(unsigned opts, const char *const *pieces) {
  jn_normalizer *nz;
  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), opts), JN_OK);
  th_sink s = {calloc(1, 1), 0, 1};
  for (size_t i = 0; pieces[i]; i++)
    assert_int_equal(jn_normalizer_feed(nz, pieces[i], strlen(pieces[i]),
                                        th_sink_write, &s, NULL),
                     JN_OK);
  assert_int_equal(jn_normalizer_finish(nz, th_sink_write, &s, NULL), JN_OK);
  jn_normalizer_free(nz);
  return s.data;
}

#define CHECK(opts, want, ...)                                   \
  do {                                                           \
    const char *const pieces_[] = {__VA_ARGS__, NULL};           \
    char *got_ = feed_pieces(opts, pieces_);                     \
    assert_string_equal(got_, want);                             \
    free(got_);                                                  \
  } while (0)

static void test_voiced_mark_in_next_feed(void **state) {
  (void)state;
  CHECK(0, "ガ", "ｶ", "ﾞ");
  CHECK(0, "パソコン", "ﾊ", "ﾟｿｺﾝ");
  CHECK(0, "ヴ", "ｳ", "", "ﾞ");
  CHECK(0, "が", "か", "\xE3\x82\x99"); /* combining U+3099 */
  CHECK(0, "ガ", "ｶ\xEF\xBE", "\x9E"); /* the mark itself split */
}

static void test_character_split_everywhere(void **state) {
  (void)state;
  const char *text = "漢字ｶﾞ１２３ー－〜𠮷";
  char *whole = th_normalize(text, strlen(text), 0, NULL);
  size_t n = strlen(text);
  for (size_t a = 1; a < n; a++)
    for (size_t b = a; b < n; b++) {
      char p1[64] = {0}, p2[64] = {0}, p3[64] = {0};
      memcpy(p1, text, a);
      memcpy(p2, text + a, b - a);
      memcpy(p3, text + b, n - b);
      CHECK(0, whole, p1, p2, p3);
    }
  free(whole);
}

static void test_crlf_and_dash_split(void **state) {
  (void)state;
  CHECK(0, "a\nb", "a\r", "\nb");
  CHECK(0, "a\n\nb", "a\r", "\r", "\nb");
  CHECK(0, "サーバー", "サ", "-", "バ", "-");
  CHECK(0, "03-1234", "03", "\xE2\x88\x92", "1234"); /* U+2212 */
  CHECK(0, "ア-A", "ア\xE2\x80\x90", "Ａ");
  CHECK(0, "a b", "a ", " ", "\t b");
  CHECK(0, "a", "  a", "   ", " ");
}

static void test_html_split(void **state) {
  (void)state;
  CHECK(JN_OPT_HTML, "太字", "<", "b>太", "字</", "b>");
  CHECK(JN_OPT_HTML, "R&D", "R&am", "p;D");
  CHECK(JN_OPT_HTML, "リンク (https://example.jp/x)",
        "<a href=\"https://exa", "mple.jp/x\">リン", "ク</a>");
  CHECK(JN_OPT_HTML, "ab", "a<!-- long ", "comment -->b");
}

static void test_invalid_counted_with_position(void **state) {
  (void)state;
  jn_normalizer *nz;
  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), 0), JN_OK);
  th_sink s = {calloc(1, 1), 0, 1};
  const char *in = "a\nb\xFF" "c\n\xFE";
  assert_int_equal(jn_normalizer_feed(nz, in, strlen(in), th_sink_write, &s, NULL), JN_OK);
  assert_int_equal(jn_normalizer_finish(nz, th_sink_write, &s, NULL), JN_OK);
  uint64_t off, line;
  assert_int_equal(jn_normalizer_invalid(nz, &off, &line), 2);
  assert_int_equal(off, 3);
  assert_int_equal(line, 2);
  assert_string_equal(s.data, "a\nb\xEF\xBF\xBD" "c\n\xEF\xBF\xBD");
  jn_normalizer_free(nz);
  free(s.data);

  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), JN_OPT_STRICT), JN_OK);
  jn_error err = {0};
  int rc = jn_normalizer_feed(nz, "ok\nok\n\xC3(", 9, NULL, NULL, &err);
  if (rc == JN_OK)
    rc = jn_normalizer_finish(nz, NULL, NULL, &err);
  assert_int_equal(rc, JN_EUTF8);
  assert_int_equal(err.code, JN_EUTF8);
  assert_int_equal(err.offset, 6);
  assert_int_equal(err.line, 3);
  jn_normalizer_free(nz);
}

static void test_truncated_at_end(void **state) {
  (void)state;
  /* A sequence cut short by the end of input is one invalid subpart. */
  CHECK(0, "a\xEF\xBF\xBD", "a\xE3", "\x81");
}

/* One line of 64 MiB fed in 64 KiB pieces: what the normalizer holds must
 * not grow with the line. */
static void test_bounded_on_endless_line(void **state) {
  (void)state;
  const char *unit = "ｻｰﾊﾞｰ（株）漢字テスト１２３ -〜";
  char piece[65536];
  size_t ul = strlen(unit), fill = 0;
  while (fill + ul <= sizeof piece) {
    memcpy(piece + fill, unit, ul);
    fill += ul;
  }
  jn_normalizer *nz;
  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), JN_OPT_HTML), JN_OK);
  size_t total = 0, most = 0;
  for (int i = 0; i < 1024; i++) {
    assert_int_equal(jn_normalizer_feed(nz, piece, fill, NULL, NULL, NULL), JN_OK);
    size_t held = jn__normalizer_held(nz);
    most = held > most ? held : most;
    total += fill;
  }
  assert_int_equal(jn_normalizer_finish(nz, NULL, NULL, NULL), JN_OK);
  jn_normalizer_free(nz);
  assert_true(total > (60u << 20));
  if (most > (1u << 20))
    fail_msg("normalizer held %zu bytes on a single line", most);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_voiced_mark_in_next_feed),
      cmocka_unit_test(test_character_split_everywhere),
      cmocka_unit_test(test_crlf_and_dash_split),
      cmocka_unit_test(test_html_split),
      cmocka_unit_test(test_invalid_counted_with_position),
      cmocka_unit_test(test_truncated_at_end),
      cmocka_unit_test(test_bounded_on_endless_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
