/* offsets.h — the output→input offset map, recorded while text is consumed
 * (as cmark records source positions), never reconstructed afterwards.
 * Consecutive identity pieces are merged, so text that needs no change costs
 * one entry however long it is. */
#ifndef JN_OFFSETS_H
#define JN_OFFSETS_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

typedef struct jn_offmap {
  jn_offset *v;
  size_t n, cap;
} jn_offmap;

/* Output [out_start, out_start+out_len) came from input [in_start, in_end). */
int jn__offmap_add(jn_offmap *m, uint64_t out_start, uint64_t out_len,
                   uint64_t in_start, uint64_t in_end, int identity);
/* Forget the mapping of output bytes at and after out_pos (the caller is
 * rewriting them); returns the input offset they began at. */
uint64_t jn__offmap_cut(jn_offmap *m, uint64_t out_pos);
/* The smallest input range covering output [out_start, out_end). */
int jn__offmap_source(const jn_offmap *m, uint64_t out_len, uint64_t out_start,
                      uint64_t out_end, uint64_t *in_start, uint64_t *in_end);
/* Appends to dst the mapping of src's output [from, to), moved to start at
 * output offset `at` (a later stage copied those bytes unchanged). */
int jn__offmap_copy_range(const jn_offmap *src, uint64_t from, uint64_t to,
                          uint64_t at, jn_offmap *dst);
void jn__offmap_free(jn_offmap *m);

#endif
