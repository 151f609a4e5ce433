/* fuzz_common.h — what the fuzz targets share: the context, built once for
 * the whole run, and failing an invariant loudly (abort, so libFuzzer saves
 * the input). Define FUZZ_NAME before including it. */
#ifndef JN_FUZZ_COMMON_H
#define JN_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "jnorm.h"

static const jn_ctx *ctx(void) {
  static jn_ctx *c;
  if (!c && jn_ctx_new(&c, NULL) != JN_OK)
    abort();
  return c;
}

static void fail(const char *what) {
  fprintf(stderr, FUZZ_NAME ": invariant violated: %s\n", what);
  abort();
}

#endif
