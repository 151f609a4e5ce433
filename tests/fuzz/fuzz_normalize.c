/* fuzz_normalize.c — libFuzzer target for jn_normalize() and the streaming
 * normalizer (jn_normalizer_new/feed/finish).
 *
 * Input layout (as cmark's fuzz/cmark-fuzz.c): byte 0 picks the option bits
 * (masked to JN_OPT_HTML | JN_OPT_STRICT | JN_OPT_OFFSETS |
 * JN_OPT_KEEP_TABS), byte 1 the streaming piece size (1..64), the rest is
 * the text.
 *
 * For every input:
 *  (a) jn_normalize() the whole text with JN_OPT_OFFSETS added and check
 *      that the output is valid UTF-8 and NUL-terminated, that the offset
 *      map's pieces follow each other in output order and cover the output
 *      with no gap, that every input range lies inside the input, that an
 *      identity piece maps equal lengths of equal bytes, and that
 *      jn_text_source() on sub-ranges of the output answers JN_OK with a
 *      range inside the input;
 *  (b) jn_normalize() again with exactly the chosen options: the text must
 *      not depend on JN_OPT_OFFSETS;
 *  (c) feed the text to a streaming normalizer (chosen options) in pieces of
 *      the chosen size, each piece in its own exactly-sized allocation so
 *      ASan sees any read past it: the output must equal (a) byte for byte;
 *      with JN_OPT_STRICT, the stream fails with JN_EUTF8 exactly when (a)
 *      did;
 *  (d) reuse the same normalizer for the whole text in one piece (a
 *      normalizer can be reused after jn_normalizer_finish()).
 * Any violation prints what broke to stderr and abort()s.
 *
 * Built with -DJN_FUZZ_STANDALONE the file has a main() that replays files
 * or directories of inputs, so the corpus runs in the ordinary test run
 * with any compiler (utf8proc's test/fuzz_main.c, PCRE2's STANDALONE). */
#ifdef JN_FUZZ_STANDALONE
#define _POSIX_C_SOURCE 200809L
#endif

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jnorm.h"

#define OPT_MASK (JN_OPT_HTML | JN_OPT_STRICT | JN_OPT_OFFSETS | JN_OPT_KEEP_TABS)
#define MAX_PIECE 64
#define SOURCE_PROBES 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ------------------------------------------------------------ failures */

static unsigned g_opts;
static size_t g_piece;

static void show_bytes(const char *label, const uint8_t *p, size_t n) {
  fprintf(stderr, "  %s (%zu bytes):", label, n);
  size_t lim = n < 256 ? n : 256;
  for (size_t i = 0; i < lim; i++)
    fprintf(stderr, " %02x", p[i]);
  fprintf(stderr, "%s\n", lim < n ? " ..." : "");
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2), noreturn))
#endif
static void fail(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "fuzz_normalize: invariant violated (opts=0x%x piece=%zu): ",
          g_opts, g_piece);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  fflush(stderr);
  abort();
}

/* ------------------------------------------------------------- helpers */

static const jn_ctx *ctx(void) {
  static jn_ctx *c;
  if (!c) {
    jn_error err;
    int rc = jn_ctx_new(&c, &err);
    if (rc != JN_OK || !c) {
      fprintf(stderr, "fuzz_normalize: jn_ctx_new: %s (%s)\n", jn_strerror(rc),
              err.message);
      abort();
    }
  }
  return c;
}

/* Is s[0..n) well-formed UTF-8 (Unicode Table 3-7)? Returns n when it is,
 * else the offset of the first bad sequence. */
static size_t utf8_valid_upto(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t b = s[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0)
        lo = 0xA0;
      else if (b == 0xED)
        hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0)
        lo = 0x90;
      else if (b == 0xF4)
        hi = 0x8F;
    } else {
      return i;
    }
    if (n - i - 1 < need)
      return i;
    if (s[i + 1] < lo || s[i + 1] > hi)
      return i;
    for (size_t k = 2; k <= need; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF)
        return i;
    i += need + 1;
  }
  return n;
}

typedef struct sink {
  uint8_t *data;
  size_t len, cap;
} sink;

static int sink_write(const char *bytes, size_t len, void *payload) {
  sink *s = payload;
  if (len == 0)
    return 0;
  if (!bytes)
    fail("write callback got NULL with length %zu", len);
  if (s->len + len > s->cap) {
    size_t cap = (s->len + len) * 2;
    uint8_t *p = realloc(s->data, cap);
    if (!p)
      abort();
    s->data = p;
    s->cap = cap;
  }
  memcpy(s->data + s->len, bytes, len);
  s->len += len;
  return 0;
}

static void compare(const char *what, const uint8_t *want, size_t want_len,
                    const uint8_t *got, size_t got_len, const uint8_t *in,
                    size_t in_len) {
  if (want_len == got_len && (want_len == 0 || memcmp(want, got, want_len) == 0))
    return;
  size_t i = 0;
  while (i < want_len && i < got_len && want[i] == got[i])
    i++;
  show_bytes("input text", in, in_len);
  show_bytes("jn_normalize", want, want_len);
  show_bytes(what, got, got_len);
  fail("%s differs from jn_normalize(opts|OFFSETS) at output byte %zu", what, i);
}

/* A small deterministic generator for the jn_text_source probes. */
static uint64_t rng_next(uint64_t *s) {
  uint64_t x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

/* --------------------------------------------------------------- checks */

static void check_offsets(const jn_text *t, const uint8_t *out, size_t out_len,
                          const uint8_t *in, size_t in_len) {
  size_t count = 0;
  const jn_offset *map = jn_text_offsets(t, &count);
  if (count > 0 && !map)
    fail("jn_text_offsets returned NULL with count %zu", count);
  uint64_t at = 0;
  for (size_t k = 0; k < count; k++) {
    const jn_offset *o = &map[k];
    if (o->out_start != at)
      fail("offset piece %zu starts at output %llu, expected %llu (gap or "
           "overlap)", k, (unsigned long long)o->out_start,
           (unsigned long long)at);
    if (o->out_end <= o->out_start)
      fail("offset piece %zu is empty or reversed: output [%llu,%llu)", k,
           (unsigned long long)o->out_start, (unsigned long long)o->out_end);
    if (o->out_end > out_len)
      fail("offset piece %zu ends at output %llu past the output length %zu",
           k, (unsigned long long)o->out_end, out_len);
    if (!(o->in_start <= o->in_end && o->in_end <= in_len))
      fail("offset piece %zu maps to input [%llu,%llu), input length %zu", k,
           (unsigned long long)o->in_start, (unsigned long long)o->in_end,
           in_len);
    /* Without markup the map follows the input in order (a piece that
     * points back before its predecessor is a stale range). */
    if (!(g_opts & JN_OPT_HTML) && k > 0 && o->in_start < map[k - 1].in_end &&
        !(o->in_start == map[k - 1].in_start && o->in_end == map[k - 1].in_end))
      fail("offset piece %zu maps to input [%llu,%llu) before piece %zu ends (%llu)",
           k, (unsigned long long)o->in_start, (unsigned long long)o->in_end, k - 1,
           (unsigned long long)map[k - 1].in_end);
    if (o->identity) {
      uint64_t olen = o->out_end - o->out_start;
      if (o->in_end - o->in_start != olen)
        fail("identity piece %zu: output [%llu,%llu) but input [%llu,%llu)", k,
             (unsigned long long)o->out_start, (unsigned long long)o->out_end,
             (unsigned long long)o->in_start, (unsigned long long)o->in_end);
      if (memcmp(out + o->out_start, in + o->in_start, (size_t)olen) != 0)
        fail("identity piece %zu: output [%llu,%llu) and input [%llu,%llu) "
             "hold different bytes", k, (unsigned long long)o->out_start,
             (unsigned long long)o->out_end, (unsigned long long)o->in_start,
             (unsigned long long)o->in_end);
    }
    at = o->out_end;
  }
  if (at != out_len)
    fail("offset map covers output [0,%llu) of %zu bytes", (unsigned long long)at,
         out_len);

  /* jn_text_source on sub-ranges: the whole output, each single byte at a
   * piece boundary, and pseudo-random ranges. */
  if (out_len == 0)
    return;
  uint64_t seed = 0x9E3779B97F4A7C15ull ^ out_len;
  for (size_t i = 0; i < in_len; i++)
    seed = (seed ^ in[i]) * 0x100000001B3ull;
  if (!seed)
    seed = 1;
  for (int probe = 0; probe < SOURCE_PROBES + 1; probe++) {
    uint64_t s, e;
    if (probe == 0) {
      s = 0;
      e = out_len;
    } else {
      s = rng_next(&seed) % out_len;                 /* s < out_len */
      e = s + rng_next(&seed) % (out_len - s + 1);   /* s <= e <= out_len */
    }
    uint64_t is = ~0ull, ie = ~0ull;
    int rc = jn_text_source(t, s, e, &is, &ie);
    if (rc != JN_OK)
      fail("jn_text_source(%llu, %llu) on %zu output bytes returned %d (%s)",
           (unsigned long long)s, (unsigned long long)e, out_len, rc,
           jn_strerror(rc));
    if (!(is <= ie && ie <= in_len))
      fail("jn_text_source(%llu, %llu) gave input [%llu, %llu), input length "
           "%zu", (unsigned long long)s, (unsigned long long)e,
           (unsigned long long)is, (unsigned long long)ie, in_len);
  }
  /* Ranges outside the text are refused. */
  uint64_t is, ie;
  if (jn_text_source(t, 0, out_len + 1, &is, &ie) != JN_ERANGE)
    fail("jn_text_source(0, %zu) past the end did not return JN_ERANGE",
         out_len + 1);
  if (out_len >= 1 && jn_text_source(t, 1, 0, &is, &ie) != JN_ERANGE)
    fail("jn_text_source(1, 0) (reversed) did not return JN_ERANGE");
}

/* Streams text[0..len) into nz in pieces of `piece` bytes; returns the first
 * error code (JN_OK when the document went through). */
static int stream(jn_normalizer *nz, const uint8_t *text, size_t len,
                  size_t piece, sink *out) {
  jn_error err;
  int rc = jn_normalizer_feed(nz, NULL, 0, sink_write, out, &err);
  if (rc != JN_OK)
    fail("jn_normalizer_feed(NULL, 0) returned %d (%s)", rc, jn_strerror(rc));
  for (size_t i = 0; i < len; i += piece) {
    size_t n = len - i < piece ? len - i : piece;
    char *chunk = malloc(n); /* exactly sized: ASan catches over-reads */
    if (!chunk)
      abort();
    memcpy(chunk, text + i, n);
    rc = jn_normalizer_feed(nz, chunk, n, sink_write, out, &err);
    /* Poison the bytes, so a normalizer keeping a pointer into a fed chunk
     * after the call would read garbage rather than the right text. */
    memset(chunk, 0xFF, n);
    free(chunk);
    if (rc != JN_OK)
      return rc;
  }
  return jn_normalizer_finish(nz, sink_write, out, &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned opts = size > 0 ? data[0] & OPT_MASK : 0;
  size_t piece = size > 1 ? (size_t)(data[1] % MAX_PIECE) + 1 : 1;
  const uint8_t *text = size > 2 ? data + 2 : data + size;
  size_t len = size > 2 ? size - 2 : 0;
  const int strict = (opts & JN_OPT_STRICT) != 0;
  g_opts = opts;
  g_piece = piece;

  /* (a) the whole text, with the offset map */
  jn_text *t = NULL;
  jn_error err;
  memset(&err, 0, sizeof err);
  int rc_a = jn_normalize(&t, ctx(), (const char *)text, len,
                          opts | JN_OPT_OFFSETS, &err);
  if (rc_a != JN_OK && !(strict && rc_a == JN_EUTF8))
    fail("jn_normalize returned %d (%s): %s", rc_a, jn_strerror(rc_a),
         err.message);
  if (rc_a != JN_OK && t)
    fail("jn_normalize failed but set *out");
  if (rc_a == JN_EUTF8 && (err.code != JN_EUTF8 || err.offset >= len))
    fail("JN_EUTF8 reported with code %d at offset %llu (input length %zu)",
         err.code, (unsigned long long)err.offset, len);

  const uint8_t *out = NULL;
  size_t out_len = 0;
  uint64_t invalid = 0;
  if (rc_a == JN_OK) {
    if (!t)
      fail("jn_normalize returned JN_OK without a text");
    out = (const uint8_t *)jn_text_data(t, &out_len);
    if (!out)
      fail("jn_text_data returned NULL");
    if (out[out_len] != '\0')
      fail("jn_text_data is not NUL-terminated");
    size_t bad = utf8_valid_upto(out, out_len);
    if (bad != out_len) {
      show_bytes("input text", text, len);
      show_bytes("output", out, out_len);
      fail("output is not valid UTF-8 at byte %zu", bad);
    }
    invalid = jn_text_invalid_count(t);
    if (strict && invalid != 0)
      fail("strict mode succeeded but counted %llu invalid sequences",
           (unsigned long long)invalid);
    check_offsets(t, out, out_len, text, len);

    /* (b) the text does not depend on the offset map */
    if (!(opts & JN_OPT_OFFSETS)) {
      jn_text *t2 = NULL;
      int rc = jn_normalize(&t2, ctx(), (const char *)text, len, opts, NULL);
      if (rc != JN_OK)
        fail("jn_normalize without JN_OPT_OFFSETS returned %d (%s) where "
             "with it succeeded", rc, jn_strerror(rc));
      size_t l2;
      const uint8_t *o2 = (const uint8_t *)jn_text_data(t2, &l2);
      compare("jn_normalize(opts without OFFSETS)", out, out_len, o2, l2, text,
              len);
      size_t n2 = 99;
      if (jn_text_offsets(t2, &n2) != NULL || n2 != 0)
        fail("jn_text_offsets without JN_OPT_OFFSETS is not NULL, 0");
      uint64_t a, b;
      if (jn_text_source(t2, 0, 0, &a, &b) != JN_EINVAL)
        fail("jn_text_source without JN_OPT_OFFSETS did not return JN_EINVAL");
      if (jn_text_invalid_count(t2) != invalid)
        fail("invalid count %llu without OFFSETS, %llu with",
             (unsigned long long)jn_text_invalid_count(t2),
             (unsigned long long)invalid);
      jn_text_free(t2);
    }
  }

  /* (c) the stream, in pieces */
  jn_normalizer *nz = NULL;
  int rc = jn_normalizer_new(&nz, ctx(), opts);
  if (rc != JN_OK || !nz)
    fail("jn_normalizer_new returned %d (%s)", rc, jn_strerror(rc));
  sink s = {NULL, 0, 0};
  int rc_c = stream(nz, text, len, piece, &s);
  if (rc_a == JN_OK) {
    if (rc_c != JN_OK)
      fail("the stream failed with %d (%s) where jn_normalize succeeded", rc_c,
           jn_strerror(rc_c));
    compare("stream output", out, out_len, s.data, s.len, text, len);
    uint64_t off, line;
    uint64_t inv = jn_normalizer_invalid(nz, &off, &line);
    if (inv != invalid)
      fail("stream counted %llu invalid sequences, jn_normalize %llu",
           (unsigned long long)inv, (unsigned long long)invalid);
    if (inv > 0 && (off >= len || line == 0))
      fail("first invalid sequence reported at offset %llu line %llu (input "
           "length %zu)", (unsigned long long)off, (unsigned long long)line,
           len);

    /* (d) reuse after finish, the whole text in one piece */
    s.len = 0;
    rc = stream(nz, text, len, len ? len : 1, &s);
    if (rc != JN_OK)
      fail("the reused normalizer failed with %d (%s)", rc, jn_strerror(rc));
    compare("reused normalizer output", out, out_len, s.data, s.len, text, len);
  } else if (rc_c != JN_EUTF8) {
    show_bytes("input text", text, len);
    fail("jn_normalize failed with JN_EUTF8 but the stream returned %d (%s)",
         rc_c, jn_strerror(rc_c));
  }
  jn_normalizer_free(nz);
  free(s.data);
  jn_text_free(t);
  return 0;
}

/* ------------------------------------------------------ standalone replay */

#ifdef JN_FUZZ_STANDALONE
#define FUZZ_REPLAY_NAME "fuzz_normalize_replay"
#include "fuzz_replay.h"
#endif
