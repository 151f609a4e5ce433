/* bench_scan.c — jn_scan() speed, with ICU's NFKC on the same bytes as the
 * baseline measured in the same run (scanning includes a normalization, so
 * the ratio says what the recognizers cost on top).
 *
 *   bench_scan [-n ROUNDS] FILE...
 *
 * Prints MB/s of input for ICU NFKC and for jn_scan (mentions counted, not
 * printed), best of ROUNDS. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "jnorm.h"

int main(int argc, char **argv) {
  int rounds, first = bench_args(argc, argv, "bench_scan", &rounds);
  jn_ctx *ctx;
  if (jn_ctx_new(&ctx, NULL) != JN_OK)
    return 70;
  printf("%-28s %8s %12s %12s %9s %8s\n", "file", "MB", "ICU NFKC", "jn_scan",
         "mentions", "ratio");
  for (int f = first; f < argc; f++) {
    size_t len;
    char *in = bench_slurp(argv[f], &len);
    double bi = 1e9, bs = 1e9;
    size_t count = 0;
    for (int r = 0; r < rounds; r++) {
      double a = bench_icu_nfkc(in, len);
      double t0 = bench_now();
      jn_mentions *ms;
      if (jn_scan(&ms, ctx, in, len, 0, NULL) != JN_OK)
        return 70;
      double b = bench_now() - t0;
      count = jn_mentions_count(ms);
      jn_mentions_free(ms);
      bi = a < bi ? a : bi;
      bs = b < bs ? b : bs;
    }
    double mb = (double)len / 1e6;
    const char *base = strrchr(argv[f], '/');
    printf("%-28s %8.2f %7.0f MB/s %7.0f MB/s %9zu %7.2fx\n", base ? base + 1 : argv[f],
           mb, mb / bi, mb / bs, count, bi / bs);
    free(in);
  }
  jn_ctx_free(ctx);
  return 0;
}
