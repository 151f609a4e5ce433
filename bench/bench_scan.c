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
#include <time.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "jnorm.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(66);
  }
  size_t cap = 1 << 20, n = 0, r;
  char *buf = malloc(cap);
  while ((r = fread(buf + n, 1, cap - n, f)) > 0)
    if ((n += r) == cap)
      buf = realloc(buf, cap *= 2);
  fclose(f);
  *len = n;
  return buf;
}

static double icu_nfkc(const char *in, size_t len) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
  UChar *u16 = malloc((len + 1) * sizeof *u16), *n16 = malloc((len * 2 + 16) * sizeof *n16);
  char *out = malloc(len * 4 + 16);
  double t0 = now();
  int32_t ulen = 0, olen = 0;
  u_strFromUTF8WithSub(u16, (int32_t)len + 1, &ulen, in, (int32_t)len, 0xFFFD, NULL, &st);
  int32_t nlen = unorm2_normalize(nfkc, u16, ulen, n16, (int32_t)len * 2 + 16, &st);
  u_strToUTF8(out, (int32_t)len * 4 + 16, &olen, n16, nlen, &st);
  double t = now() - t0;
  free(u16), free(n16), free(out);
  return t;
}

int main(int argc, char **argv) {
  int rounds = 5, first = 1;
  if (argc > 2 && !strcmp(argv[1], "-n")) {
    rounds = atoi(argv[2]);
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: bench_scan [-n ROUNDS] FILE...\n");
    return 64;
  }
  jn_ctx *ctx;
  if (jn_ctx_new(&ctx, NULL) != JN_OK)
    return 70;
  printf("%-28s %8s %12s %12s %9s %8s\n", "file", "MB", "ICU NFKC", "jn_scan",
         "mentions", "ratio");
  for (int f = first; f < argc; f++) {
    size_t len;
    char *in = slurp(argv[f], &len);
    double bi = 1e9, bs = 1e9;
    size_t count = 0;
    for (int r = 0; r < rounds; r++) {
      double a = icu_nfkc(in, len);
      double t0 = now();
      jn_mentions *ms;
      if (jn_scan(&ms, ctx, in, len, 0, NULL) != JN_OK)
        return 70;
      double b = now() - t0;
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
