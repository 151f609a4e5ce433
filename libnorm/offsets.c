/* offsets.c — see offsets.h. */
#include "offsets.h"

#include <stdlib.h>

int jn__offmap_add(jn_offmap *m, uint64_t out_start, uint64_t out_len,
                   uint64_t in_start, uint64_t in_end, int identity) {
  if (out_len == 0)
    return JN_OK;
  if (m->n > 0 && identity) {
    jn_offset *last = &m->v[m->n - 1];
    if (last->identity && last->out_end == out_start && last->in_end == in_start) {
      last->out_end += out_len;
      last->in_end = in_end;
      return JN_OK;
    }
  }
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    jn_offset *p = realloc(m->v, cap * sizeof *p);
    if (!p)
      return JN_ENOMEM;
    m->v = p;
    m->cap = cap;
  }
  m->v[m->n++] = (jn_offset){out_start, out_start + out_len, in_start, in_end,
                             identity};
  return JN_OK;
}

uint64_t jn__offmap_cut(jn_offmap *m, uint64_t out_pos) {
  uint64_t in = 0;
  while (m->n > 0 && m->v[m->n - 1].out_end > out_pos) {
    jn_offset *last = &m->v[m->n - 1];
    if (last->out_start < out_pos) {
      /* Only an identity piece can be split inside: a replacement maps as a
       * whole, so the rewritten text keeps its whole source. */
      if (last->identity) {
        in = last->in_start + (out_pos - last->out_start);
        last->in_end = in;
        last->out_end = out_pos;
        return in;
      }
      in = last->in_start;
      m->n--;
      return in;
    }
    in = last->in_start;
    m->n--;
  }
  return in;
}

/* First piece whose out_end is after `pos` (binary search). */
static size_t piece_at(const jn_offmap *m, uint64_t pos) {
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->v[mid].out_end <= pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int jn__offmap_source(const jn_offmap *m, uint64_t out_len, uint64_t out_start,
                      uint64_t out_end, uint64_t *in_start, uint64_t *in_end) {
  if (out_start > out_end || out_end > out_len)
    return JN_ERANGE;
  size_t a = piece_at(m, out_start);
  if (a >= m->n) { /* an empty range at the very end of the output */
    *in_start = *in_end = m->n ? m->v[m->n - 1].in_end : 0;
    return JN_OK;
  }
  const jn_offset *p = &m->v[a];
  uint64_t lo = p->identity && out_start > p->out_start
                    ? p->in_start + (out_start - p->out_start)
                    : p->in_start;
  if (out_end == out_start) {
    *in_start = *in_end = lo;
    return JN_OK;
  }
  /* Output order is not always input order (a link's target is written
   * after its text but comes from the <a> tag before it), so the answer is
   * the smallest range covering every piece involved. */
  uint64_t hi = 0;
  for (size_t k = a; k < m->n && m->v[k].out_start < out_end; k++) {
    const jn_offset *q = &m->v[k];
    uint64_t s = q->identity && out_start > q->out_start
                     ? q->in_start + (out_start - q->out_start)
                     : q->in_start;
    uint64_t e = q->identity && out_end < q->out_end
                     ? q->in_end - (q->out_end - out_end)
                     : q->in_end;
    lo = s < lo ? s : lo;
    hi = e > hi ? e : hi;
  }
  *in_start = lo;
  *in_end = hi;
  return JN_OK;
}

int jn__offmap_copy_range(const jn_offmap *src, uint64_t from, uint64_t to,
                          uint64_t at, jn_offmap *dst) {
  for (size_t k = piece_at(src, from); k < src->n && src->v[k].out_start < to; k++) {
    const jn_offset *q = &src->v[k];
    uint64_t s = q->out_start > from ? q->out_start : from;
    uint64_t e = q->out_end < to ? q->out_end : to;
    uint64_t is = q->in_start, ie = q->in_end;
    if (q->identity) { /* clip the input side too */
      is += s - q->out_start;
      ie -= q->out_end - e;
    }
    if (jn__offmap_add(dst, at + (s - from), e - s, is, ie, q->identity) != JN_OK)
      return JN_ENOMEM;
  }
  return JN_OK;
}

void jn__offmap_free(jn_offmap *m) {
  free(m->v);
  m->v = NULL;
  m->n = m->cap = 0;
}
