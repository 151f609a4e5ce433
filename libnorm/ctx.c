/* ctx.c — building and freeing a jn_ctx, and the version calls. */
#include <stdio.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "ctx.h"
#include "error.h"
#include "morph.h"

int jn_ctx_new(jn_ctx **out, jn_error *err) {
  if (!out)
    return jn__error(err, JN_EINVAL, 0, 0, "jn_ctx_new: out is NULL");
  *out = NULL;
  jn_ctx *ctx = calloc(1, sizeof *ctx);
  if (!ctx)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  UErrorCode st = U_ZERO_ERROR;
  ctx->nfc = unorm2_getNFCInstance(&st);
  ctx->nfkc = unorm2_getNFKCInstance(&st);
  if (U_FAILURE(st)) {
    free(ctx);
    return jn__error(err, JN_EICU, 0, 0, "ICU normalization data: %s",
                     u_errorName(st));
  }
  int rc = jn__chartab_build(&ctx->chars, err);
  if (rc == JN_OK)
    rc = jn__html_tables_load(&ctx->html, err);
  if (rc == JN_OK)
    rc = jn__lexicon_load(&ctx->lex, err);
  if (rc == JN_OK)
    rc = jn__patterns_load(&ctx->patterns, err);
  if (rc == JN_OK)
    rc = jn__labels_load(&ctx->labels, &ctx->lex, err);
  if (rc == JN_OK)
    jn__scan_fill_starts(&ctx->lex);
  if (rc == JN_OK)
    ctx->mecab = jn__morph_load(&ctx->mecab_error);
  if (rc != JN_OK) {
    jn_ctx_free(ctx); /* each part frees what it has, NULLs included */
    return rc;
  }
  *out = ctx;
  return JN_OK;
}

void jn_ctx_free(jn_ctx *ctx) {
  if (!ctx)
    return;
  jn__chartab_free(&ctx->chars);
  jn__html_tables_free(&ctx->html);
  jn__lexicon_free(&ctx->lex);
  jn__patterns_free(&ctx->patterns);
  jn__labels_free(&ctx->labels);
  jn__morph_unload(ctx->mecab);
  free(ctx);
}

const char *jn_version(void) { return JN_VERSION_STRING; }

const char *jn_unicode_source(void) {
  return "ICU " U_ICU_VERSION " (Unicode " U_UNICODE_VERSION ")";
}
