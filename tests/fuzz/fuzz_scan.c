/* fuzz_scan.c — libFuzzer target for jn_scan(). The first byte picks the
 * options (JN_OPT_HTML); the rest is the text. Checks: every mention lies
 * inside the input, mentions come in order without overlapping, and each
 * value renders as non-empty JSON that fits the buffer its size asks for.
 * Built as a plain program with -DJN_FUZZ_STANDALONE it replays files. */
#ifdef JN_FUZZ_STANDALONE
#define _POSIX_C_SOURCE 200809L /* scandir, in fuzz_replay.h */
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_NAME "fuzz_scan"
#include "fuzz_common.h"

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
#define FUZZ_REPLAY_NAME "fuzz_scan_replay"
#include "fuzz_replay.h"
#endif
