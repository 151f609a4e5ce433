/* error.h — filling a jn_error. */
#ifndef JN_ERROR_H
#define JN_ERROR_H

#include "jnorm.h"

/* Sets err (when not NULL) and returns code, so callers can
 * `return jn__error(err, JN_EDICT, 0, 0, "...", ...);`. */
int jn__error(jn_error *err, int code, uint64_t offset, uint64_t line,
              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

#endif
