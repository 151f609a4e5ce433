/* test_threads.c — one jn_ctx shared by several threads (it is read-only
 * once built): each thread normalizes and scans the same texts many times
 * and must get exactly what a single thread gets. scripts/dev.sh test also
 * runs it under ThreadSanitizer, which reports any shared state written by
 * two threads (PCRE2 match data, scratch buffers). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

static const char *const texts[] = {
    "売上高 ２０，１０９百万円(令和5年3月期)、稼働率99.99%以上、ｻｰﾊﾞｰ",
    "TEL: 03-5555-3470 info@example.jp 〒105-0000 9020001055512 ①",
    "月曜から金曜までの9時30分~17時30分(祝祭日を除く) 5~10分毎 有り",
    "<p>R&amp;D <a href=\"https://example.jp/\">詳細</a></p> 2000(平成12)年4月1日",
};
#define N_TEXTS (sizeof texts / sizeof texts[0])

/* Everything a text yields, as one string. */
static char *digest(const char *text) {
  char *out = malloc(1 << 14);
  size_t n = 0;
  jn_text *t;
  if (jn_normalize(&t, th_ctx(), text, strlen(text), JN_OPT_HTML | JN_OPT_ERA | JN_OPT_NUMBERS, NULL) != JN_OK)
    return NULL;
  n += (size_t)snprintf(out + n, (1 << 14) - n, "%s\n", jn_text_data(t, NULL));
  jn_text_free(t);
  jn_mentions *ms;
  if (jn_scan(&ms, th_ctx(), text, strlen(text), JN_OPT_HTML, NULL) != JN_OK)
    return NULL;
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    char v[256];
    const jn_mention *m = jn_mentions_at(ms, i);
    jn_mention_value_json(m, v, sizeof v);
    n += (size_t)snprintf(out + n, (1 << 14) - n, "%s %llu %llu %s\n",
                          jn_mention_type_name(m->type), (unsigned long long)m->start,
                          (unsigned long long)m->end, v);
  }
  jn_mentions_free(ms);
  return out;
}

static char *expected[N_TEXTS];

static void *worker(void *arg) {
  (void)arg;
  for (int round = 0; round < 200; round++)
    for (size_t k = 0; k < N_TEXTS; k++) {
      char *got = digest(texts[k]);
      int same = got && strcmp(got, expected[k]) == 0;
      free(got);
      if (!same)
        return (void *)1;
    }
  return NULL;
}

static void test_shared_context(void **state) {
  (void)state;
  for (size_t k = 0; k < N_TEXTS; k++) {
    expected[k] = digest(texts[k]);
    assert_non_null(expected[k]);
  }
  pthread_t th[4];
  for (int i = 0; i < 4; i++)
    assert_int_equal(pthread_create(&th[i], NULL, worker, NULL), 0);
  int bad = 0;
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(th[i], &r);
    bad += r != NULL;
  }
  for (size_t k = 0; k < N_TEXTS; k++)
    free(expected[k]);
  assert_int_equal(bad, 0);
}

int main(void) {
  th_ctx(); /* built once, before the threads */
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shared_context),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
