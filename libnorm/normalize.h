/* normalize.h — internals of the normalizer that tests look at. */
#ifndef JN_NORMALIZE_H
#define JN_NORMALIZE_H

#include <stddef.h>

#include "jnorm.h"

/* Bytes of buffer the normalizer holds right now (output not yet handed
 * on, input held back, link text): what "bounded memory" is measured by. */
size_t jn__normalizer_held(const jn_normalizer *nz);

#endif
