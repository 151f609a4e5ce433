/* eval.h — scoring extraction against gold (spec §6) for `jnorm eval`. */
#ifndef JN_EVAL_H
#define JN_EVAL_H

#include <jansson.h>

#include "jnorm.h"

/* Does predicted value p equal gold value g, for a field of this type
 * (NULL: judged by the value's shape)? */
int eval_values_equal(const jn_ctx *ctx, const char *type, json_t *g, json_t *p);

#endif
