/* bench_extract.c — the sheet stages' speed (jn_sheet_parse, then
 * jn_extract_json), with MeCab tokenizing the same bytes as the baseline
 * measured in the same run: extraction calls MeCab only on a few answers
 * (names, lists, sentences), so the ratio says what the whole of parsing
 * and typing costs against one pass of the morphological analyser.
 *
 *   bench_extract [-n ROUNDS] FILE...
 *
 * Prints, per sheet, KB, milliseconds for MeCab over the whole text and for
 * parse + extract, best of ROUNDS, and their ratio (above 1: extraction is
 * faster than tokenizing the sheet). */
#define _POSIX_C_SOURCE 200809L
#include <mecab.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "jnorm.h"

/* Seconds MeCab takes to tokenize the text, line by line (as the
 * command-line mecab does). */
static double mecab_seconds(mecab_t *tagger, mecab_lattice_t *lattice, const char *in,
                            size_t len) {
  double t0 = bench_now();
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(in + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - in) : len;
    mecab_lattice_set_sentence2(lattice, in + i, e - i);
    mecab_parse_lattice(tagger, lattice);
    i = e + 1;
  }
  return bench_now() - t0;
}

static double extract_seconds(const jn_ctx *ctx, const char *in, size_t len, const char *name) {
  double t0 = bench_now();
  jn_sheet *sh;
  char *rec;
  if (jn_sheet_parse(&sh, ctx, in, len, NULL) != JN_OK)
    return -1;
  if (jn_extract_json(&rec, ctx, sh, name, NULL) != JN_OK)
    exit(70);
  double t = bench_now() - t0;
  jn_free(rec);
  jn_sheet_free(sh);
  return t;
}

int main(int argc, char **argv) {
  int rounds, first = bench_args(argc, argv, "bench_extract", &rounds);
  jn_ctx *ctx;
  mecab_model_t *model = mecab_model_new2("");
  if (jn_ctx_new(&ctx, NULL) != JN_OK || !model)
    return 70;
  mecab_t *tagger = mecab_model_new_tagger(model);
  mecab_lattice_t *lattice = mecab_model_new_lattice(model);
  printf("%-28s %8s %11s %11s %8s\n", "file", "KB", "MeCab", "extract", "ratio");
  double total_m = 0, total_e = 0;
  for (int f = first; f < argc; f++) {
    size_t len;
    char *in = bench_slurp(argv[f], &len);
    const char *base = strrchr(argv[f], '/');
    base = base ? base + 1 : argv[f];
    double bm = 1e9, be = 1e9;
    for (int r = 0; r < rounds; r++) {
      double m = mecab_seconds(tagger, lattice, in, len);
      double e = extract_seconds(ctx, in, len, base);
      bm = m < bm ? m : bm;
      be = e < be ? e : be;
    }
    free(in);
    if (be < 0) {
      printf("%-28s (not a sheet)\n", base);
      continue;
    }
    total_m += bm, total_e += be;
    printf("%-28s %8.1f %8.2f ms %8.2f ms %7.2fx\n", base, (double)len / 1e3, bm * 1e3, be * 1e3,
           bm / be);
  }
  printf("%-28s %8s %8.2f ms %8.2f ms %7.2fx\n", "all", "", total_m * 1e3, total_e * 1e3,
         total_e > 0 ? total_m / total_e : 0);
  mecab_lattice_destroy(lattice);
  mecab_destroy(tagger);
  mecab_model_destroy(model);
  jn_ctx_free(ctx);
  return 0;
}
