/* bench_blanks.c — does time grow linearly with a run of blanks? (issue 11)
 *
 *   bench_blanks [-n ROUNDS] [-m MAX_MB]
 *
 * For each shape of text (an answer followed by a run of spaces, tabs or
 * U+3000 to the end of the document, a run inside a line, a run after a
 * U+3000, a column-laid sheet whose tabbed line ends in a run), builds the
 * text in memory with runs of 0.5, 1, 2 … MAX_MB (default 4) megabytes and
 * times, best of ROUNDS (default 3), on the same bytes:
 *
 *   ICU NFKC      the baseline (UTF-8 → UTF-16 → NFKC → UTF-8), linear
 *   jn_normalize  one call
 *   stream        the streaming normalizer in 64 KiB pieces (jnorm normalize)
 *   jn_scan       normalization with offsets, then the recognizers
 *   extract       jn_sheet_parse + jn_extract_json (jnorm extract)
 *
 * Each cell is milliseconds and, from the second size on, the growth over
 * the size before: about 2.0x when time is linear in the run, 4.0x when it
 * is quadratic (before the fix, 400 KB of trailing spaces took 71 s through
 * jn_scan). It prints figures and asserts nothing.
 *
 * ICU's column can jump (10x and more) at the size where glibc starts to
 * give its fresh per-call buffers (bench_util.h) their own mappings, whose
 * pages fault in on first touch: that is malloc, not NFKC. With
 * GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4294967295:glibc.malloc.trim_threshold=4294967295
 * it grows 2.0x like the others. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "jnorm.h"

typedef struct shape {
  const char *name, *prefix, *unit, *suffix;
  int layout; /* the column-laid rows around it */
} shape;

static const char answer[] = "稼働率: 99.99%以上";

static const shape shapes[] = {
    {"trailing spaces", answer, " ", "", 0},
    {"trailing tabs", answer, "\t", "", 0},
    {"trailing U+3000", answer, "\xE3\x80\x80", "", 0},
    {"spaces inside a line", answer, " ", "(目標値)", 0},
    {"spaces after a U+3000", "稼働率: 99.99%以上\xE3\x80\x80", " ", "", 0},
    {"layout: tabbed line ends in spaces", "6\t回線\t100Mbps", " ", "\n", 1},
};

static const char layout_rows[] = "1   項目1   毎日 0:00~24:00    備考1\n"
                                  "2   項目2   毎日 0:00~24:00    備考2\n"
                                  "3   項目3   毎日 0:00~24:00    備考3\n"
                                  "4   項目4   毎日 0:00~24:00    備考4\n"
                                  "5   項目5   毎日 0:00~24:00    備考5\n";

/* The shape's text with `run` bytes of blanks (whole units). */
static char *build(const shape *s, size_t run, size_t *len) {
  size_t rows = s->layout ? strlen(layout_rows) : 0;
  size_t pl = strlen(s->prefix), ul = strlen(s->unit), sl = strlen(s->suffix);
  run = run / ul * ul;
  char *t = malloc(2 * rows + pl + run + sl), *o = t;
  if (!t)
    exit(70);
  memcpy(o, layout_rows, rows);
  o += rows;
  memcpy(o, s->prefix, pl);
  o += pl;
  for (size_t k = 0; k < run; k += ul)
    memcpy(o + k, s->unit, ul);
  o += run;
  memcpy(o, s->suffix, sl);
  o += sl;
  memcpy(o, layout_rows, rows);
  o += rows;
  *len = (size_t)(o - t);
  return t;
}

static double t_scan(const jn_ctx *ctx, const char *in, size_t len) {
  jn_mentions *ms;
  double t0 = bench_now();
  if (jn_scan(&ms, ctx, in, len, 0, NULL) != JN_OK)
    exit(70);
  double el = bench_now() - t0;
  jn_mentions_free(ms);
  return el;
}

static double t_extract(const jn_ctx *ctx, const char *in, size_t len) {
  jn_sheet *sh;
  char *json;
  double t0 = bench_now();
  if (jn_sheet_parse(&sh, ctx, in, len, NULL) != JN_OK ||
      jn_extract_json(&json, ctx, sh, "bench", NULL) != JN_OK)
    exit(70);
  double el = bench_now() - t0;
  jn_free(json);
  jn_sheet_free(sh);
  return el;
}

enum { N_COLS = 5 };

int main(int argc, char **argv) {
  int rounds = 3;
  double max_mb = 4;
  for (int i = 1; i < argc; i++) {
    if (i + 1 < argc && !strcmp(argv[i], "-n")) {
      rounds = atoi(argv[++i]);
    } else if (i + 1 < argc && !strcmp(argv[i], "-m")) {
      max_mb = atof(argv[++i]);
    } else {
      fprintf(stderr, "usage: bench_blanks [-n ROUNDS] [-m MAX_MB]\n");
      return 64;
    }
  }
  if (rounds < 1 || max_mb < 0.5) {
    fprintf(stderr, "bench_blanks: ROUNDS must be at least 1, MAX_MB at least 0.5\n");
    return 64;
  }
  jn_ctx *ctx;
  if (jn_ctx_new(&ctx, NULL) != JN_OK)
    return 70;
  static const char *const cols[N_COLS] = {"ICU NFKC", "jn_normalize", "stream",
                                           "jn_scan", "extract"};
  /* One untimed pass at the largest size first: the first calls of a
   * process pay for page faults and malloc's first mappings, which would
   * show as growth below 2.0x in the first rows. */
  size_t wlen;
  char *warm = build(&shapes[0], (size_t)(max_mb * 1e6), &wlen);
  bench_icu_nfkc(warm, wlen);
  bench_jn_normalize(ctx, warm, wlen);
  bench_jn_stream(ctx, warm, wlen);
  t_scan(ctx, warm, wlen);
  t_extract(ctx, warm, wlen);
  free(warm);
  printf("best of %d; ms, and growth over the size before (2.0x: linear, 4.0x: quadratic)\n",
         rounds);
  for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
    printf("\n%s\n%8s", shapes[s].name, "run MB");
    for (int c = 0; c < N_COLS; c++)
      printf(" %17s", cols[c]);
    printf("\n");
    double prev[N_COLS] = {0};
    for (double mb = 0.5; mb <= max_mb; mb *= 2) {
      size_t len;
      char *in = build(&shapes[s], (size_t)(mb * 1e6), &len);
      double best[N_COLS];
      for (int c = 0; c < N_COLS; c++)
        best[c] = 1e9;
      for (int r = 0; r < rounds; r++) {
        double t[N_COLS] = {bench_icu_nfkc(in, len), bench_jn_normalize(ctx, in, len),
                            bench_jn_stream(ctx, in, len), t_scan(ctx, in, len),
                            t_extract(ctx, in, len)};
        for (int c = 0; c < N_COLS; c++)
          best[c] = t[c] < best[c] ? t[c] : best[c];
      }
      printf("%8.2f", mb);
      for (int c = 0; c < N_COLS; c++) {
        if (prev[c] > 0)
          printf(" %9.2f (%4.1fx)", best[c] * 1e3, best[c] / prev[c]);
        else
          printf(" %9.2f        ", best[c] * 1e3);
        prev[c] = best[c];
      }
      printf("\n");
      free(in);
    }
  }
  jn_ctx_free(ctx);
  return 0;
}
