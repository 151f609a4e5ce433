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
  size_t cap = 1 << 20, n = 0;
  char *buf = malloc(cap);
  size_t r;
  while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap)
      buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

static double icu_nfkc(const char *in, size_t len) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
  UChar *u16 = malloc((len + 1) * sizeof *u16);
  UChar *n16 = malloc((len * 2 + 16) * sizeof *n16);
  char *out = malloc(len * 4 + 16);
  double t0 = now();
  int32_t ulen = 0, olen = 0;
  u_strFromUTF8WithSub(u16, (int32_t)len + 1, &ulen, in, (int32_t)len, 0xFFFD,
                       NULL, &st);
  int32_t nlen = unorm2_normalize(nfkc, u16, ulen, n16, (int32_t)len * 2 + 16, &st);
  u_strToUTF8(out, (int32_t)len * 4 + 16, &olen, n16, nlen, &st);
  double t = now() - t0;
  if (U_FAILURE(st)) {
    fprintf(stderr, "ICU: %s\n", u_errorName(st));
    exit(70);
  }
  free(u16);
  free(n16);
  free(out);
  return t;
}

static double jn_once(const jn_ctx *ctx, const char *in, size_t len) {
  jn_text *t;
  double t0 = now();
  if (jn_normalize(&t, ctx, in, len, 0, NULL) != JN_OK)
    exit(70);
  double el = now() - t0;
  jn_text_free(t);
  return el;
}

static int discard(const char *b, size_t n, void *p) {
  (void)b;
  *(size_t *)p += n;
  return 0;
}

static double jn_stream(const jn_ctx *ctx, const char *in, size_t len) {
  jn_normalizer *nz;
  size_t total = 0;
  jn_normalizer_new(&nz, ctx, 0);
  double t0 = now();
  for (size_t i = 0; i < len; i += 65536) {
    size_t n = len - i < 65536 ? len - i : 65536;
    jn_normalizer_feed(nz, in + i, n, discard, &total, NULL);
  }
  jn_normalizer_finish(nz, discard, &total, NULL);
  double el = now() - t0;
  jn_normalizer_free(nz);
  return el;
}

int main(int argc, char **argv) {
  int rounds = 5, first = 1;
  if (argc > 2 && !strcmp(argv[1], "-n")) {
    rounds = atoi(argv[2]);
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: bench_normalize [-n ROUNDS] FILE...\n");
    return 64;
  }
  double t0 = now();
  jn_ctx *ctx;
  if (jn_ctx_new(&ctx, NULL) != JN_OK)
    return 70;
  printf("jn_ctx_new: %.1f ms (%s)\n", (now() - t0) * 1e3, jn_unicode_source());
  printf("%-28s %10s %12s %12s %12s %8s\n", "file", "MB", "ICU NFKC", "jn_normalize",
         "jn stream", "ratio");
  for (int f = first; f < argc; f++) {
    size_t len;
    char *in = slurp(argv[f], &len);
    double bi = 1e9, bo = 1e9, bs = 1e9;
    for (int r = 0; r < rounds; r++) {
      double a = icu_nfkc(in, len), b = jn_once(ctx, in, len), c = jn_stream(ctx, in, len);
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
