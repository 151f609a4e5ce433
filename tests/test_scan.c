/* test_scan.c — jn_scan against tests/vectors/scan.tsv (spec §2/§5 and the
 * fields.tsv examples), the spans in the original input, and the era
 * boundaries of every era in dict/eras.tsv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ctx.h"
#include "harness.h"

/* "type|text|value" for every mention, TAB-separated; "-" for none. */
static char *describe(const char *in, size_t len) {
  jn_mentions *ms;
  jn_error err = {0};
  if (jn_scan(&ms, th_ctx(), in, len, 0, &err) != JN_OK)
    fail_msg("jn_scan: %s", err.message);
  size_t cap = 256 + len * 4, n = 0;
  char *out = malloc(cap);
  out[0] = '\0';
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    char value[512];
    jn_mention_value_json(m, value, sizeof value);
    size_t need = strlen(value) + (size_t)(m->end - m->start) + 32;
    if (n + need >= cap)
      out = realloc(out, cap = (n + need) * 2);
    n += (size_t)snprintf(out + n, cap - n, "%s%s|%.*s|%s", i ? "\t" : "",
                          jn_mention_type_name(m->type), (int)(m->end - m->start),
                          in + m->start, value);
  }
  if (n == 0)
    strcpy(out, "-");
  jn_mentions_free(ms);
  return out;
}

static void test_vectors(void **state) {
  (void)state;
  const char *path = VECTOR_DIR "/scan.tsv";
  size_t n;
  th_vector *v = th_read_vectors(path, &n);
  int failed = 0;
  for (size_t i = 0; i < n; i++) {
    /* Everything after the input is the expected list, TABs included. */
    char want[8192];
    snprintf(want, sizeof want, "%s%s%s", v[i].expected, v[i].flags[0] ? "\t" : "",
             v[i].flags);
    char *got = describe(v[i].input, v[i].input_len);
    if (strcmp(got, want) != 0) {
      print_error("%s:%u:\n  got  %s\n  want %s\n", path, v[i].line, got, want);
      failed++;
    }
    free(got);
  }
  th_free_vectors(v, n);
  if (failed)
    fail_msg("%d of %zu scan vectors failed", failed, n);
}

static void expect_one(const char *text, const char *want_value, int want_warning) {
  jn_mentions *ms;
  assert_int_equal(jn_scan(&ms, th_ctx(), text, strlen(text), 0, NULL), JN_OK);
  if (jn_mentions_count(ms) != 1)
    fail_msg("\"%s\": %zu mentions, want 1", text, jn_mentions_count(ms));
  const jn_mention *m = jn_mentions_at(ms, 0);
  char value[128];
  jn_mention_value_json(m, value, sizeof value);
  if (strcmp(value, want_value) != 0 || (m->warning != NULL) != want_warning)
    fail_msg("\"%s\": %s%s, want %s%s", text, value, m->warning ? " (warned)" : "",
             want_value, want_warning ? " (warned)" : "");
  if (m->start != 0 || m->end != strlen(text))
    fail_msg("\"%s\": span [%llu,%llu)", text, (unsigned long long)m->start,
             (unsigned long long)m->end);
  jn_mentions_free(ms);
}

/* Every era: its first day is 元年, the day before is outside it; its last
 * day is inside, the day after is outside (converted and warned). */
static void test_era_boundaries(void **state) {
  (void)state;
  const jn_lexicon *lx = &th_ctx()->lex;
  assert_true(lx->n_eras >= 5);
  for (size_t i = 0; i < lx->n_eras; i++) {
    const jn_era *e = &lx->eras[i];
    char text[128], want[32];
    snprintf(text, sizeof text, "%s元年%d月%d日", e->name, e->first_month, e->first_day);
    snprintf(want, sizeof want, "\"%04d-%02d-%02d\"", e->first_year, e->first_month,
             e->first_day);
    expect_one(text, want, 0);
    snprintf(text, sizeof text, "%c1.%d.%d", e->abbrev, e->first_month, e->first_day);
    expect_one(text, want, 0);
    if (e->first_day > 1) {
      snprintf(text, sizeof text, "%s元年%d月%d日", e->name, e->first_month,
               e->first_day - 1);
      snprintf(want, sizeof want, "\"%04d-%02d-%02d\"", e->first_year,
               e->first_month, e->first_day - 1);
      expect_one(text, want, 1);
    }
    if (!e->last_year)
      continue;
    int n = e->last_year - e->first_year + 1;
    snprintf(text, sizeof text, "%s%d年%d月%d日", e->name, n, e->last_month, e->last_day);
    snprintf(want, sizeof want, "\"%04d-%02d-%02d\"", e->last_year, e->last_month,
             e->last_day);
    expect_one(text, want, 0);
    int m = e->last_month, d = e->last_day + 1;
    if (d > 28) { /* the day after, without a calendar: go to the 1st */
      m = m % 12 + 1;
      d = 1;
    }
    int y = m == 1 && e->last_month == 12 ? n + 1 : n;
    snprintf(text, sizeof text, "%s%d年%d月%d日", e->name, y, m, d);
    snprintf(want, sizeof want, "\"%04d-%02d-%02d\"", e->first_year + y - 1, m, d);
    expect_one(text, want, 1);
  }
  expect_one("平成31年5月1日", "\"2019-05-01\"", 1);
  expect_one("2000(平成12)年4月1日", "\"2000-04-01\"", 0);
  expect_one("2000(平成13)年4月1日", "\"2000-04-01\"", 1);
  expect_one("㍻30年3月31日", "\"2018-03-31\"", 0);
  expect_one("㋿元年", "\"2019\"", 0);
}

static void test_spans_in_original(void **state) {
  (void)state;
  /* Full-width input: the span covers the original bytes. */
  const char *in = "売上高：２０，１０９百万円";
  jn_mentions *ms;
  assert_int_equal(jn_scan(&ms, th_ctx(), in, strlen(in), 0, NULL), JN_OK);
  assert_int_equal(jn_mentions_count(ms), 1);
  const jn_mention *m = jn_mentions_at(ms, 0);
  assert_int_equal(m->type, JN_MENTION_MONEY);
  assert_int_equal(m->start, strlen("売上高："));
  assert_int_equal(m->end, strlen(in));
  assert_true(m->value == 20109000000.0);
  jn_mentions_free(ms);
}

/* A row label's unit scales the bare amounts of its answer. */
static void test_yen_scale(void **state) {
  (void)state;
  static const struct {
    const char *label;
    double scale;
  } cases[] = {{"売上高（単位：千円）", 1e3}, {"(千円)", 1e3}, {"単位 百万円", 1e6},
               {"(単位:万円)", 1e4}, {"売上高 1,000千円", 0}, {"資本金", 0}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    if (jn_yen_scale(th_ctx(), cases[i].label, strlen(cases[i].label)) != cases[i].scale)
      fail_msg("jn_yen_scale(\"%s\") != %g", cases[i].label, cases[i].scale);
  jn_scan_options o = JN_SCAN_OPTIONS_INIT;
  o.yen_scale = 1000;
  const char *in = "20,109 (2023年3月期)、従業員 12名";
  jn_mentions *ms;
  assert_int_equal(jn_scan_ex(&ms, th_ctx(), in, strlen(in), &o, NULL), JN_OK);
  assert_int_equal(jn_mentions_count(ms), 3);
  const jn_mention *m = jn_mentions_at(ms, 0);
  assert_int_equal(m->type, JN_MENTION_MONEY);
  assert_true(m->value == 20109000);
  assert_int_equal(jn_mentions_at(ms, 2)->type, JN_MENTION_QUANTITY); /* 12名 stays */
  jn_mentions_free(ms);
  o.version = 99;
  assert_int_equal(jn_scan_ex(&ms, th_ctx(), in, strlen(in), &o, NULL), JN_EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_era_boundaries),
      cmocka_unit_test(test_spans_in_original),
      cmocka_unit_test(test_yen_scale),
      cmocka_unit_test(test_vectors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
