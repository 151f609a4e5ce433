/* fuzz_scan.c — libFuzzer target for jn_scan(). The first byte picks the
 * options (JN_OPT_HTML); the rest is the text. Checks: every mention lies
 * inside the input, mentions come in order without overlapping, and each
 * value renders as non-empty JSON that fits the buffer its size asks for.
 * Built as a plain program with -DJN_FUZZ_STANDALONE it replays files. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jnorm.h"

static const jn_ctx *ctx(void) {
  static jn_ctx *c;
  if (!c && jn_ctx_new(&c, NULL) != JN_OK)
    abort();
  return c;
}

static void fail(const char *what) {
  fprintf(stderr, "fuzz_scan: invariant violated: %s\n", what);
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned opts = (data[0] & 1) ? JN_OPT_HTML : 0;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  jn_mentions *ms;
  if (jn_scan(&ms, ctx(), text, len, opts, NULL) != JN_OK)
    fail("jn_scan failed on valid arguments");
  uint64_t prev_end = 0;
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (m->start >= m->end || m->end > len)
      fail("mention outside the input");
    if (m->start < prev_end)
      fail("mentions overlap or are out of order");
    prev_end = m->end;
    size_t need = jn_mention_value_json(m, NULL, 0);
    char *buf = malloc(need + 1);
    if (!buf || jn_mention_value_json(m, buf, need + 1) != need || need == 0 ||
        strlen(buf) != need)
      fail("value JSON size");
    free(buf);
  }
  jn_mentions_free(ms);
  return 0;
}

#ifdef JN_FUZZ_STANDALONE
#include <dirent.h>

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  size_t cap = 1 << 16, n = 0, r;
  uint8_t *buf = malloc(cap);
  while ((r = fread(buf + n, 1, cap - n, f)) > 0)
    if ((n += r) == cap)
      buf = realloc(buf, cap *= 2);
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

int main(int argc, char **argv) {
  int count = 0;
  for (int a = 1; a < argc; a++) {
    DIR *d = opendir(argv[a]);
    if (!d) {
      count += run_file(argv[a]) == 0;
      continue;
    }
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d)))
      if (e->d_name[0] != '.') {
        snprintf(path, sizeof path, "%s/%s", argv[a], e->d_name);
        count += run_file(path) == 0;
      }
    closedir(d);
  }
  printf("fuzz_scan: %d inputs replayed, 0 failures\n", count);
  return count > 0 ? 0 : 1;
}
#endif
