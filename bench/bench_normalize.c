/* bench_normalize.c — normalization speed against ICU's NFKC, measured in
 * the same run on the same bytes, so the figure that matters is the ratio.
 *
 *   bench_normalize [-n ROUNDS] FILE...
 *
 * Each file is read into memory. The ICU baseline does what a caller of ICU
 * must do with UTF-8: convert to UTF-16, unorm2_normalize (NFKC), convert
 * back. jnorm runs jn_normalize() (one call) and the streaming normalizer
 * (64 KiB pieces). Prints MB/s of input for each, the best of ROUNDS. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "jnorm.h"

int main(int argc, char **argv) {
  int rounds, first = bench_args(argc, argv, "bench_normalize", &rounds);
  double t0 = bench_now();
  jn_ctx *ctx;
  if (jn_ctx_new(&ctx, NULL) != JN_OK)
    return 70;
  printf("jn_ctx_new: %.1f ms (%s)\n", (bench_now() - t0) * 1e3, jn_unicode_source());
  printf("%-28s %10s %12s %12s %12s %8s\n", "file", "MB", "ICU NFKC", "jn_normalize",
         "jn stream", "ratio");
  for (int f = first; f < argc; f++) {
    size_t len;
    char *in = bench_slurp(argv[f], &len);
    double bi = 1e9, bo = 1e9, bs = 1e9;
    for (int r = 0; r < rounds; r++) {
      double a = bench_icu_nfkc(in, len), b = bench_jn_normalize(ctx, in, len),
             c = bench_jn_stream(ctx, in, len);
      bi = a < bi ? a : bi;
      bo = b < bo ? b : bo;
      bs = c < bs ? c : bs;
    }
    double mb = (double)len / 1e6;
    const char *base = strrchr(argv[f], '/');
    printf("%-28s %10.2f %9.0f MB/s %7.0f MB/s %7.0f MB/s %7.2fx\n",
           base ? base + 1 : argv[f], mb, mb / bi, mb / bo, mb / bs, bi / bo);
    free(in);
  }
  jn_ctx_free(ctx);
  return 0;
}
