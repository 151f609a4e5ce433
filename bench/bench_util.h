/* bench_util.h — what the benchmarks share: a monotonic clock, reading a
 * file into memory, ICU's NFKC on UTF-8 (the baseline every benchmark
 * measures in the same run) and jnorm's own normalization, whole and
 * streamed. Header-only: each bench is one program. */
#ifndef JN_BENCH_UTIL_H
#define JN_BENCH_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "jnorm.h"

static inline double bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The whole file; exits 66 when it cannot be read. */
/* "[-n ROUNDS] FILE...": sets *rounds (default 5) and returns the index of
 * the first FILE; exits 64 with the usage line when there is none. */
static inline int bench_args(int argc, char **argv, const char *name, int *rounds) {
  int first = 1;
  *rounds = 5;
  if (argc > 2 && !strcmp(argv[1], "-n")) {
    *rounds = atoi(argv[2]);
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: %s [-n ROUNDS] FILE...\n", name);
    exit(64);
  }
  return first;
}

static inline char *bench_slurp(const char *path, size_t *len) {
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

/* Seconds ICU takes for NFKC of UTF-8, doing what a caller of ICU must:
 * UTF-8 → UTF-16, unorm2_normalize, UTF-16 → UTF-8. */
static inline double bench_icu_nfkc(const char *in, size_t len) {
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
  UChar *u16 = malloc((len + 1) * sizeof *u16);
  UChar *n16 = malloc((len * 2 + 16) * sizeof *n16);
  char *out = malloc(len * 4 + 16);
  double t0 = bench_now();
  int32_t ulen = 0, olen = 0;
  u_strFromUTF8WithSub(u16, (int32_t)len + 1, &ulen, in, (int32_t)len, 0xFFFD,
                       NULL, &st);
  int32_t nlen = unorm2_normalize(nfkc, u16, ulen, n16, (int32_t)len * 2 + 16, &st);
  u_strToUTF8(out, (int32_t)len * 4 + 16, &olen, n16, nlen, &st);
  double t = bench_now() - t0;
  if (U_FAILURE(st)) {
    fprintf(stderr, "ICU: %s\n", u_errorName(st));
    exit(70);
  }
  free(u16);
  free(n16);
  free(out);
  return t;
}

/* Seconds jn_normalize takes over the whole input; exits 70 on failure. */
static inline double bench_jn_normalize(const jn_ctx *ctx, const char *in, size_t len) {
  jn_text *t;
  double t0 = bench_now();
  if (jn_normalize(&t, ctx, in, len, 0, NULL) != JN_OK)
    exit(70);
  double el = bench_now() - t0;
  jn_text_free(t);
  return el;
}

static inline int bench_discard(const char *b, size_t n, void *p) {
  (void)b;
  *(size_t *)p += n;
  return 0;
}

/* Seconds the streaming normalizer takes, fed 64 KiB at a time; exits 70
 * on failure. */
static inline double bench_jn_stream(const jn_ctx *ctx, const char *in, size_t len) {
  jn_normalizer *nz;
  size_t total = 0;
  if (jn_normalizer_new(&nz, ctx, 0) != JN_OK)
    exit(70);
  double t0 = bench_now();
  for (size_t i = 0; i < len; i += 65536) {
    size_t n = len - i < 65536 ? len - i : 65536;
    if (jn_normalizer_feed(nz, in + i, n, bench_discard, &total, NULL) != JN_OK)
      exit(70);
  }
  if (jn_normalizer_finish(nz, bench_discard, &total, NULL) != JN_OK)
    exit(70);
  double el = bench_now() - t0;
  jn_normalizer_free(nz);
  return el;
}

#endif
