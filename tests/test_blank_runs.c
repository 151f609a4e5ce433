/* test_blank_runs.c — megabytes of blanks (spaces, tabs, U+3000, a mix)
 * at the end of a text, at the start, between two words, before a line
 * break and before what the hot loop leaves to the general path (a voiced
 * mark, a tag), through jn_normalize (with and without the offset map), the
 * streaming normalizer (in the CLI's 64 KiB pieces and in pieces that cut
 * U+3000 in two), jn_scan, and jn_sheet_parse and jn_extract on sheets
 * whose lines end in such runs.
 *
 * Issue 11: a run reaching the end of a buffer used to be rescanned blank
 * by blank, quadratic in its length (400 KB of trailing spaces: 71 s through
 * jn_scan). Only the output is asserted here; at these sizes the quadratic
 * version would take hours, so a regression shows as a test that does not
 * end. bench/bench_blanks.c prints the times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

/* Bytes of blanks in each run. */
#define RUN_BYTES ((size_t)4 << 20)

/* The blanks a run is made of: each fills RUN_BYTES with copies of itself. */
static const char *const units[] = {" ", "\t", "\xE3\x80\x80" /* U+3000 */,
                                    " \t\xE3\x80\x80"};
#define N_UNITS (sizeof units / sizeof units[0])

/* prefix + a run of `unit` (RUN_BYTES, whole units) + suffix, in a new
 * buffer of exactly *len bytes (ASan sees a read past it); *run gets the
 * run's length. */
static char *with_run(const char *prefix, const char *unit, const char *suffix,
                      size_t *len, size_t *run) {
  size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
  size_t rl = RUN_BYTES / ul * ul;
  char *s = malloc(pl + rl + sl);
  assert_non_null(s);
  memcpy(s, prefix, pl);
  for (size_t k = 0; k < rl; k += ul)
    memcpy(s + pl + k, unit, ul);
  memcpy(s + pl + rl, suffix, sl);
  *len = pl + rl + sl;
  *run = rl;
  return s;
}

/* A run between a prefix and a suffix, and what it normalizes to. */
typedef struct shape {
  const char *prefix, *suffix, *want;
  unsigned opts;
} shape;

static const shape shapes[] = {
    {"a", "", "a", 0},                  /* trailing: trimmed */
    {"", "a", "a", 0},                  /* leading: trimmed */
    {"a", "b", "a b", 0},               /* inside a line: one space */
    {"a", "\nb", "a\nb", 0},            /* before a line break */
    {"a", "\r\nb", "a\nb", 0},
    {"", "", "", 0},                    /* nothing else */
    {"ｶ", "ﾞ", "カ ゛", 0},             /* a mark the space keeps apart */
    {"漢", "\xE3\x80\x80字", "漢 字", 0}, /* U+3000 after the run */
    {"<b>a</b>", "<i>b</i>", "a b", JN_OPT_HTML}, /* tags on both sides */
    {"<p>a", "</p>", "a", JN_OPT_HTML},
};
#define N_SHAPES (sizeof shapes / sizeof shapes[0])

static void check_text(const char *got, size_t got_len, const char *want,
                       const char *how, size_t unit, size_t shape) {
  if (got_len != strlen(want) || memcmp(got, want, got_len) != 0)
    fail_msg("%s, unit %zu, shape %zu: got %s, want %s", how, unit, shape,
             th_show(got, got_len < 64 ? got_len : 64), th_show(want, strlen(want)));
}

static void test_normalize_one_shot(void **state) {
  (void)state;
  for (size_t u = 0; u < N_UNITS; u++)
    for (size_t k = 0; k < N_SHAPES; k++) {
      const shape *sh = &shapes[k];
      size_t len, run;
      char *in = with_run(sh->prefix, units[u], sh->suffix, &len, &run);
      for (int offsets = 0; offsets < 2; offsets++) {
        jn_text *t;
        unsigned opts = sh->opts | (offsets ? JN_OPT_OFFSETS : 0);
        assert_int_equal(jn_normalize(&t, th_ctx(), in, len, opts, NULL), JN_OK);
        size_t n;
        const char *d = jn_text_data(t, &n);
        check_text(d, n, sh->want, offsets ? "jn_normalize (offsets)" : "jn_normalize",
                   u, k);
        jn_text_free(t);
      }
      free(in);
    }
}

/* The space a run leaves maps back to the whole run, and the run costs the
 * map one piece at most. */
static void test_offsets_span_the_run(void **state) {
  (void)state;
  for (size_t u = 0; u < N_UNITS; u++) {
    size_t len, run;
    char *in = with_run("a", units[u], "b", &len, &run);
    jn_text *t;
    assert_int_equal(jn_normalize(&t, th_ctx(), in, len, JN_OPT_OFFSETS, NULL), JN_OK);
    size_t count;
    jn_text_offsets(t, &count);
    assert_int_equal(count, 3); /* a, the space, b */
    uint64_t s, e;
    assert_int_equal(jn_text_source(t, 1, 2, &s, &e), JN_OK);
    assert_int_equal(s, 1);
    assert_int_equal(e, 1 + run);
    assert_int_equal(jn_text_source(t, 2, 3, &s, &e), JN_OK);
    assert_int_equal(s, 1 + run);
    assert_int_equal(e, 2 + run);
    jn_text_free(t);
    free(in);

    in = with_run("a", units[u], "", &len, &run); /* trailing: no piece */
    assert_int_equal(jn_normalize(&t, th_ctx(), in, len, JN_OPT_OFFSETS, NULL), JN_OK);
    jn_text_offsets(t, &count);
    assert_int_equal(count, 1);
    jn_text_free(t);
    free(in);
  }
}

/* Feeds `in` in pieces of `piece` bytes (the last one shorter), each in its
 * own exactly-sized allocation; returns the output. */
static char *stream(const char *in, size_t len, size_t piece, unsigned opts,
                    size_t *out_len) {
  jn_normalizer *nz;
  assert_int_equal(jn_normalizer_new(&nz, th_ctx(), opts), JN_OK);
  th_sink s = {calloc(1, 1), 0, 1};
  for (size_t i = 0; i < len; i += piece) {
    size_t n = len - i < piece ? len - i : piece;
    char *c = malloc(n);
    assert_non_null(c);
    memcpy(c, in + i, n);
    assert_int_equal(jn_normalizer_feed(nz, c, n, th_sink_write, &s, NULL), JN_OK);
    free(c);
  }
  assert_int_equal(jn_normalizer_finish(nz, th_sink_write, &s, NULL), JN_OK);
  jn_normalizer_free(nz);
  *out_len = s.len;
  return s.data;
}

static void test_streaming(void **state) {
  (void)state;
  /* 64 KiB as jnorm normalize reads; 4093 is prime, so feeds end inside a
   * U+3000 and between the blanks of the mixed unit. */
  static const size_t pieces[] = {65536, 4093};
  for (size_t u = 0; u < N_UNITS; u++)
    for (size_t k = 0; k < N_SHAPES; k++) {
      const shape *sh = &shapes[k];
      size_t len, run;
      char *in = with_run(sh->prefix, units[u], sh->suffix, &len, &run);
      for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++) {
        size_t n;
        char *got = stream(in, len, pieces[p], sh->opts, &n);
        check_text(got, n, sh->want, pieces[p] == 65536 ? "stream 65536" : "stream 4093",
                   u, k);
        free(got);
      }
      free(in);
    }
}

/* The run ends exactly where a feed ends; the next feed decides. */
static void test_run_ends_with_the_feed(void **state) {
  (void)state;
  static const char *const next[] = {"b", "\nb", "", "ﾞ"};
  static const char *const want[] = {"a b", "a\nb", "a", "a ゛"};
  for (size_t u = 0; u < N_UNITS; u++)
    for (size_t k = 0; k < sizeof next / sizeof next[0]; k++) {
      size_t len, run;
      char *in = with_run("a", units[u], "", &len, &run);
      jn_normalizer *nz;
      assert_int_equal(jn_normalizer_new(&nz, th_ctx(), 0), JN_OK);
      th_sink s = {calloc(1, 1), 0, 1};
      assert_int_equal(jn_normalizer_feed(nz, in, len, th_sink_write, &s, NULL), JN_OK);
      assert_int_equal(
          jn_normalizer_feed(nz, next[k], strlen(next[k]), th_sink_write, &s, NULL), JN_OK);
      assert_int_equal(jn_normalizer_finish(nz, th_sink_write, &s, NULL), JN_OK);
      jn_normalizer_free(nz);
      check_text(s.data, s.len, want[k], "feed boundary", u, k);
      free(s.data);
      free(in);
    }
}

/* Mentions after a run keep their spans in the input; a run that ends the
 * document costs nothing. */
static void test_scan(void **state) {
  (void)state;
  for (size_t u = 0; u < N_UNITS; u++) {
    size_t len, run;
    char *in = with_run("稼働率", units[u], "99.99%以上", &len, &run);
    /* and another run after it, to the end of the text */
    size_t len2, run2;
    char *tail = with_run("", units[u], "", &len2, &run2);
    char *all = malloc(len + len2);
    assert_non_null(all);
    memcpy(all, in, len);
    memcpy(all + len, tail, len2);
    jn_mentions *ms;
    assert_int_equal(jn_scan(&ms, th_ctx(), all, len + len2, 0, NULL), JN_OK);
    assert_int_equal(jn_mentions_count(ms), 1);
    const jn_mention *m = jn_mentions_at(ms, 0);
    assert_int_equal(m->type, JN_MENTION_PERCENT);
    assert_int_equal(m->start, strlen("稼働率") + run);
    assert_int_equal(m->end, len);
    assert_true(m->value == 99.99);
    assert_string_equal(m->bound, "min");
    jn_mentions_free(ms);
    free(all);
    free(tail);
    free(in);
  }
}

/* The rows of a sheet, one string per row with every field. */
static char *rows_of(const char *in, size_t len) {
  jn_sheet *sh;
  jn_error err = {0};
  if (jn_sheet_parse(&sh, th_ctx(), in, len, &err) != JN_OK)
    fail_msg("jn_sheet_parse: %s", err.message);
  th_sink s = {calloc(1, 1), 0, 1};
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    const char *f[] = {r->item, r->section, r->label, r->question, r->required,
                       r->answer, r->anchor, r->remark};
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
      const char *v = f[k] ? f[k] : "-";
      th_sink_write(v, strlen(v), &s);
      th_sink_write("|", 1, &s);
    }
    char line[32];
    int n = snprintf(line, sizeof line, "%llu\n", (unsigned long long)r->line);
    th_sink_write(line, (size_t)n, &s);
  }
  jn_sheet_free(sh);
  return s.data;
}

/* Text laid out in columns by spaces, with one tab-separated line that ends
 * in a run of spaces (sheet_layout.c copied such a run blank by blank):
 * the rows are those of the same sheet with one space there. */
static void test_sheet_layout_line_ends_in_run(void **state) {
  (void)state;
  const char *rows = "1   項目1   毎日 0:00~24:00    備考1\n"
                     "2   項目2   毎日 0:00~24:00    備考2\n"
                     "3   項目3   毎日 0:00~24:00    備考3\n"
                     "4   項目4   毎日 0:00~24:00    備考4\n"
                     "5   項目5   毎日 0:00~24:00    備考5\n";
  size_t rl = strlen(rows), len, run;
  char *line = with_run("6\t回線\t100Mbps", " ", "\n", &len, &run);
  char *big = malloc(2 * rl + len);
  assert_non_null(big);
  memcpy(big, rows, rl);
  memcpy(big + rl, line, len);
  memcpy(big + rl + len, rows, rl);
  size_t small_len = 0;
  char small[1024];
  small_len += (size_t)snprintf(small, sizeof small, "%s6\t回線\t100Mbps \n%s", rows, rows);
  char *want = rows_of(small, small_len), *got = rows_of(big, 2 * rl + len);
  assert_non_null(strstr(want, "6|-|-|回線|-|100Mbps|row|-|6\n"));
  assert_string_equal(got, want);
  free(got);
  free(want);
  free(big);
  free(line);
}

/* A sheet of label: value pairs whose answers end in runs (the last one at
 * the end of the document): the record is that of the sheet without them. */
static void test_extract_pairs_end_in_runs(void **state) {
  (void)state;
  for (size_t u = 0; u < N_UNITS; u++) {
    size_t l1, r1, l2, r2;
    char *a = with_run("会社名: 株式会社テスト", units[u], "\n資本金: 1億円\n", &l1, &r1);
    char *b = with_run("稼働率: 99.99%以上", units[u], "", &l2, &r2);
    char *in = malloc(l1 + l2);
    assert_non_null(in);
    memcpy(in, a, l1);
    memcpy(in + l1, b, l2);
    const char *plain = "会社名: 株式会社テスト\n資本金: 1億円\n稼働率: 99.99%以上";
    char *json[2];
    const char *text[2] = {in, plain};
    size_t tlen[2] = {l1 + l2, strlen(plain)};
    for (int k = 0; k < 2; k++) {
      jn_sheet *sh;
      assert_int_equal(jn_sheet_parse(&sh, th_ctx(), text[k], tlen[k], NULL), JN_OK);
      assert_int_equal(jn_extract_json(&json[k], th_ctx(), sh, "s", NULL), JN_OK);
      jn_sheet_free(sh);
    }
    assert_non_null(strstr(json[1], "\"company_name\":{\"status\":\"value\","
                                    "\"value\":\"株式会社テスト\""));
    assert_non_null(strstr(json[1], "\"value\":{\"value\":99.99,\"unit\":\"%\","
                                    "\"bound\":\"min\"}"));
    assert_string_equal(json[0], json[1]);
    jn_free(json[0]);
    jn_free(json[1]);
    free(in);
    free(b);
    free(a);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_normalize_one_shot),
      cmocka_unit_test(test_offsets_span_the_run),
      cmocka_unit_test(test_streaming),
      cmocka_unit_test(test_run_ends_with_the_feed),
      cmocka_unit_test(test_scan),
      cmocka_unit_test(test_sheet_layout_line_ends_in_run),
      cmocka_unit_test(test_extract_pairs_end_in_runs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
