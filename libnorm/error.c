/* error.c — the one table of error messages (in JN_E* order) and the
 * helper that fills a jn_error. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const messages[] = {
    "success",                        /* JN_OK */
    "out of memory",                  /* JN_ENOMEM */
    "invalid argument",               /* JN_EINVAL */
    "invalid UTF-8 in input",         /* JN_EUTF8 */
    "input/output error",             /* JN_EIO */
    "malformed dictionary table",     /* JN_EDICT */
    "ICU error",                      /* JN_EICU */
    "offset out of range",            /* JN_ERANGE */
    "stopped by callback",            /* JN_EUSER */
    "MeCab dictionary not available", /* JN_EMECAB */
};

const char *jn_strerror(int code) {
  int i = -code;
  if (i < 0 || (size_t)i >= sizeof messages / sizeof messages[0])
    return "unknown error";
  return messages[i];
}

int jn__error(jn_error *err, int code, uint64_t offset, uint64_t line,
              const char *fmt, ...) {
  if (!err)
    return code;
  err->code = code;
  err->offset = offset;
  err->line = line;
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
  } else {
    snprintf(err->message, sizeof err->message, "%s", jn_strerror(code));
  }
  return code;
}
