/* normalize.c — the normalizer: one pass over UTF-8 that applies the default
 * profile of spec §1 (and, with JN_OPT_HTML, the HTML stage), streaming, with
 * an offset map.
 *
 * The loop reads the input directly as UTF-8 and asks the character table
 * (chartab.h) what to do with each code point; ICU is called only for
 * combining sequences (JN_ACT_SLOW), which Japanese text rarely has. The hot
 * loop (fast_run) copies spans of characters that need no context in one
 * go; run() takes every other character one at a time. The --html stage is
 * html_stage.c, --era/--numbers rewrite.c.
 *
 * Streaming: run() consumes as much of a buffer as it can decide on and
 * leaves the rest (an incomplete character, a dash whose right neighbour
 * has not arrived, the first bytes of a tag or reference) for the next call. Output
 * is handed on except for the last character written, which a following
 * voiced mark or combining mark may still rewrite. Both holds are bounded,
 * so memory does not grow with the length of a line. */
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <unicode/ustring.h>

#include "buf.h"
#include "ctx.h"
#include "normalize.h"
#include "normalizer.h"
#include "rewrite.h"
#include "error.h"
#include "offsets.h"
#include "utf8.h"

/* ------------------------------------------------------------ writing */

static int put_raw(jn_normalizer *nz, const char *s, size_t n, uint64_t in_s,
                   uint64_t in_e, int identity) {
  uint64_t at = nz->out_base + nz->out.len;
  if (jn__buf_put(&nz->out, s, n) != JN_OK)
    return JN_ENOMEM;
  if ((nz->opts & JN_OPT_OFFSETS) &&
      jn__offmap_add(&nz->map, at, n, in_s, in_e, identity) != JN_OK)
    return JN_ENOMEM;
  if (nz->in_link && nz->link_text.len < nz->href_len + 16 &&
      jn__buf_put(&nz->link_text, s, n) != JN_OK)
    return JN_ENOMEM;
  return JN_OK;
}

/* Writes one piece of content: first the space a whitespace run left
 * pending, then the bytes. `last_len` is the size of the piece's final
 * character as seen by later marks (the whole piece for a replacement). */
int jn__nz_emit(jn_normalizer *nz, const char *s, size_t n, size_t last_len,
                uint64_t in_s, uint64_t in_e, int identity, unsigned cls) {
  nz->skip_lf = 0;
  if (nz->pending_space) {
    nz->pending_space = 0;
    if (put_raw(nz, " ", 1, nz->space_in_start, nz->space_in_end, 0) != JN_OK)
      return JN_ENOMEM;
  }
  nz->have_last = 1;
  nz->last_out = nz->out_base + nz->out.len + (n - last_len);
  nz->last_in = identity ? in_e - last_len : in_s;
  nz->last_marks = 0;
  nz->line_has_content = 1;
  nz->prev_class = cls;
  return put_raw(nz, s, n, in_s, in_e, identity);
}

/* Replaces the last character written (from nz->last_out on) by `s`, which
 * now stands for input [last_in, in_e). */
static int rewrite_last(jn_normalizer *nz, const char *s, size_t n,
                        uint64_t in_e, unsigned cls) {
  size_t keep = (size_t)(nz->last_out - nz->out_base);
  nz->out.len = keep;
  if (nz->opts & JN_OPT_OFFSETS)
    jn__offmap_cut(&nz->map, nz->last_out);
  nz->prev_class = cls;
  int rc = put_raw(nz, s, n, nz->last_in, in_e, 0);
  return rc;
}

/* ------------------------------------------------- character handling */

static unsigned class_of_cp(const jn_ctx *ctx, uint32_t cp) {
  return JN_E_LAST(jn__chartab_get(&ctx->chars, cp));
}

static int is_alnum_class(unsigned c) {
  return c == JN_CLS_DIGIT || c == JN_CLS_LATIN;
}

void jn__nz_add_space(jn_normalizer *nz, uint64_t in_s, uint64_t in_e) {
  nz->skip_lf = 0;
  if (!nz->line_has_content)
    return; /* leading whitespace is trimmed */
  if (!nz->pending_space) {
    nz->space_in_start = in_s;
    nz->space_in_end = in_e;
  }
  /* The space stands for the whole run, even when its pieces are not in
   * input order (a link's target comes from the <a> tag before its text). */
  nz->space_in_start = in_s < nz->space_in_start ? in_s : nz->space_in_start;
  nz->space_in_end = in_e > nz->space_in_end ? in_e : nz->space_in_end;
  nz->pending_space = 1;
}

int jn__nz_newline(jn_normalizer *nz, uint32_t cp, uint64_t in_s,
                   uint64_t in_e) {
  if (cp == '\n' && nz->skip_lf) { /* the LF of a CRLF: one break */
    nz->skip_lf = 0;
    if ((nz->opts & JN_OPT_OFFSETS) && nz->map.n > 0)
      nz->map.v[nz->map.n - 1].in_end = in_e;
    return JN_OK;
  }
  nz->pending_space = 0; /* trailing whitespace is trimmed */
  nz->line_has_content = 0;
  nz->have_last = 0;
  nz->prev_class = JN_CLS_OTHER;
  nz->line++;
  int rc = put_raw(nz, "\n", 1, in_s, in_e, cp == '\n' && in_e - in_s == 1);
  nz->skip_lf = cp == '\r';
  return rc;
}

/* Tab as a cell separator (JN_OPT_KEEP_TABS): spaces around it are trimmed
 * as at a line end, and it is written even in an empty cell. */
static int cell_break(jn_normalizer *nz, uint64_t in_s, uint64_t in_e) {
  nz->pending_space = 0;
  nz->skip_lf = 0;
  nz->line_has_content = 0;
  nz->have_last = 0;
  nz->prev_class = JN_CLS_OTHER;
  return put_raw(nz, "\t", 1, in_s, in_e, in_e - in_s == 1);
}

/* The code point whose UTF-8 starts at nz->out at absolute offset `at`. */
static uint32_t cp_at(const jn_normalizer *nz, uint64_t at) {
  const uint8_t *p = (const uint8_t *)nz->out.data + (at - nz->out_base);
  size_t avail = nz->out.len - (size_t)(at - nz->out_base), n;
  int32_t cp = jn__utf8_decode(p, avail, &n);
  return cp < 0 ? 0xFFFD : (uint32_t)cp;
}

/* A voiced (U+3099) or semi-voiced (U+309A) mark in any spelling:
 * composed with the kana before it when such a letter exists (ｶﾞ → ガ,
 * か゛ → が), else written as the spacing mark. */
static int voiced_mark(jn_normalizer *nz, uint32_t cp, uint32_t mark,
                       uint64_t in_s, uint64_t in_e) {
  if (nz->have_last && !nz->pending_space &&
      nz->last_out + 4 >= nz->out_base + nz->out.len) {
    UChar32 c = unorm2_composePair(nz->ctx->nfc, (UChar32)cp_at(nz, nz->last_out),
                                   (UChar32)mark);
    if (c > 0) {
      uint8_t u[4];
      size_t n = jn__utf8_encode((uint32_t)c, u);
      return rewrite_last(nz, (const char *)u, n, in_e, JN_CLS_KANA);
    }
  }
  uint32_t spacing = cp == 0xFF9E ? 0x309B : cp == 0xFF9F ? 0x309C : cp;
  uint8_t u[4];
  size_t n = jn__utf8_encode(spacing, u);
  return jn__nz_emit(nz, (const char *)u, n, n, in_s, in_e, 0, JN_CLS_OTHER);
}

/* NFKC of `prefix` (UTF-8) followed by `cp`, through ICU, into *dst. */
static int icu_nfkc(const jn_normalizer *nz, const char *prefix, size_t plen,
                    uint32_t cp, jn_buf *dst) {
  UChar src[4 * MAX_COMBINING + 72], res[8 * (MAX_COMBINING + 72)];
  int32_t n = 0;
  UErrorCode st = U_ZERO_ERROR;
  u_strFromUTF8(src, 4 * MAX_COMBINING + 64, &n, prefix, (int32_t)plen, &st);
  if (U_FAILURE(st))
    return JN_EICU;
  U16_APPEND_UNSAFE(src, n, cp);
  int32_t m = unorm2_normalize(nz->ctx->nfkc, src, n, res,
                               (int32_t)(sizeof res / sizeof res[0]), &st);
  if (U_FAILURE(st))
    return JN_EICU;
  if (jn__buf_reserve(dst, (size_t)m * 3) != JN_OK)
    return JN_ENOMEM;
  int32_t len = 0;
  u_strToUTF8(dst->data, (int32_t)dst->cap, &len, res, m, &st);
  if (U_FAILURE(st))
    return JN_EICU;
  dst->len = (size_t)len;
  return JN_OK;
}

/* Class of the last character of b (for the dash rule). */
static unsigned last_class(const jn_normalizer *nz, const jn_buf *b) {
  if (b->len == 0)
    return JN_CLS_OTHER;
  size_t at = jn__utf8_last_start((const uint8_t *)b->data, b->len), n;
  int32_t cp = jn__utf8_decode((const uint8_t *)b->data + at, b->len - at, &n);
  return cp < 0 ? JN_CLS_OTHER : class_of_cp(nz->ctx, (uint32_t)cp);
}

/* A character with no normalization boundary before it (a combining mark):
 * NFKC of the previous character plus this one, by ICU. */
static int combining(jn_normalizer *nz, uint32_t cp, uint64_t in_s,
                     uint64_t in_e) {
  jn_buf tmp = JN_BUF_INIT;
  int rc;
  size_t tail = (size_t)(nz->out_base + nz->out.len - nz->last_out);
  if (nz->have_last && !nz->pending_space &&
      nz->last_marks < MAX_COMBINING && tail <= 64) {
    rc = icu_nfkc(nz, nz->out.data + (nz->last_out - nz->out_base), tail, cp,
                  &tmp);
    if (rc == JN_OK) {
      unsigned marks = nz->last_marks + 1;
      rc = rewrite_last(nz, tmp.data, tmp.len, in_e, last_class(nz, &tmp));
      nz->last_marks = marks;
    }
  } else {
    rc = icu_nfkc(nz, "", 0, cp, &tmp);
    if (rc == JN_OK)
      rc = jn__nz_emit(nz, tmp.data, tmp.len, tmp.len, in_s, in_e, 0,
                last_class(nz, &tmp));
  }
  jn__buf_free(&tmp);
  return rc;
}

/* The dash rule of spec §1; `next` is the class of the following character. */
static int dash(jn_normalizer *nz, uint32_t e, const uint8_t *bytes,
                size_t blen, int identity, uint64_t in_s, uint64_t in_e,
                unsigned next) {
  unsigned prev = nz->pending_space || !nz->line_has_content
                      ? JN_CLS_OTHER
                      : nz->prev_class;
  static const char chouon[] = "\xE3\x83\xBC"; /* ー */
  if (JN_E_ACTION(e) == JN_ACT_LONGDASH && is_alnum_class(prev) &&
      is_alnum_class(next))
    return jn__nz_emit(nz, "-", 1, 1, in_s, in_e, 0, JN_CLS_OTHER);
  if (prev == JN_CLS_KANA && !is_alnum_class(next))
    return jn__nz_emit(nz, chouon, 3, 3, in_s, in_e, 0, JN_CLS_KANA);
  if (JN_E_ACTION(e) == JN_ACT_HYPHEN)
    return jn__nz_emit(nz, "-", 1, 1, in_s, in_e, identity && bytes[0] == '-',
                       JN_CLS_OTHER);
  if (JN_E_MAPLEN(e)) /* a long dash kept as it is (its NFKC form) */
    return jn__nz_emit(nz, nz->ctx->chars.pool + JN_E_MAPOFF(e), JN_E_MAPLEN(e),
                JN_E_MAPLEN(e), in_s, in_e, 0, JN_E_LAST(e));
  return jn__nz_emit(nz, (const char *)bytes, blen, blen, in_s, in_e, identity,
                     JN_E_LAST(e));
}

/* One code point with its table entry. `bytes` is its UTF-8 form (from the
 * input, or the decoding of a reference); it stands for input [in_s, in_e). */
int jn__nz_put_cp(jn_normalizer *nz, uint32_t cp, uint32_t e,
                  const uint8_t *bytes, size_t blen, int from_input,
                  uint64_t in_s, uint64_t in_e, unsigned next) {
  /* Identity (byte for byte) only when the bytes are the input itself, not
   * the decoding of a reference that happens to be as long ("&#0"). */
  int identity = from_input;
  switch (JN_E_ACTION(e)) {
  case JN_ACT_COPY:
    return jn__nz_emit(nz, (const char *)bytes, blen, blen, in_s, in_e, identity,
                JN_E_LAST(e));
  case JN_ACT_MAP:
    return jn__nz_emit(nz, nz->ctx->chars.pool + JN_E_MAPOFF(e), JN_E_MAPLEN(e),
                JN_E_MAPLEN(e), in_s, in_e, 0, JN_E_LAST(e));
  case JN_ACT_SPACE:
    if (cp == '\t' && (nz->opts & JN_OPT_KEEP_TABS))
      return cell_break(nz, in_s, in_e);
    jn__nz_add_space(nz, in_s, in_e);
    return JN_OK;
  case JN_ACT_NEWLINE:
    return jn__nz_newline(nz, cp, in_s, in_e);
  case JN_ACT_DROP:
    nz->skip_lf = 0;
    return JN_OK;
  case JN_ACT_HYPHEN:
  case JN_ACT_LONGDASH:
    return dash(nz, e, bytes, blen, identity, in_s, in_e, next);
  case JN_ACT_TILDE:
    return jn__nz_emit(nz, "~", 1, 1, in_s, in_e, identity && cp == '~', JN_CLS_OTHER);
  case JN_ACT_VOICED:
    return voiced_mark(nz, cp, 0x3099, in_s, in_e);
  case JN_ACT_SEMIVOICED:
    return voiced_mark(nz, cp, 0x309A, in_s, in_e);
  default:
    nz->skip_lf = 0;
    return combining(nz, cp, in_s, in_e);
  }
}

int jn__nz_invalid_utf8(jn_normalizer *nz, uint64_t in_s, uint64_t in_e,
                        jn_error *err) {
  if (nz->invalid++ == 0) {
    nz->first_invalid_off = in_s;
    nz->first_invalid_line = nz->line;
  }
  if (nz->opts & JN_OPT_STRICT)
    return jn__error(err, JN_EUTF8, in_s, nz->line,
                     "invalid UTF-8 at byte %llu (line %llu)",
                     (unsigned long long)in_s, (unsigned long long)nz->line);
  return jn__nz_emit(nz, "\xEF\xBF\xBD", 3, 3, in_s, in_e, 0, JN_CLS_OTHER);
}

/* ---------------------------------------------------------- the loop */

/* Printable ASCII that is written as it is, in a run: everything but the
 * hyphen (dash rule) and, with HTML, '<' and '&'. */
static int plain_ascii(uint8_t c, int html) {
  return c > 0x20 && c < 0x7F && c != '-' && !(html && (c == '<' || c == '&'));
}

static unsigned ascii_class(uint8_t c) {
  if (c >= '0' && c <= '9')
    return JN_CLS_DIGIT;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
    return JN_CLS_LATIN;
  return JN_CLS_OTHER;
}


/* End of the span of plain ASCII (written as it is) that starts at p[j].
 * With SSE2, sixteen bytes per step, when the table agrees with the
 * vector test (chartab.c checks it at start-up). */
static size_t ascii_span(const jn_chartab *tab, const uint8_t *p, size_t len,
                         size_t j, int html) {
  const uint8_t *plain = html ? tab->plain_html : tab->plain;
#if defined(__SSE2__)
  if (tab->plain_is_vector) {
    const __m128i lo = _mm_set1_epi8(0x20), hi = _mm_set1_epi8(0x7E);
    const __m128i dash = _mm_set1_epi8('-'), lt = _mm_set1_epi8('<'),
                  amp = _mm_set1_epi8('&');
    while (j + 16 <= len) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + j));
      __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi));
      __m128i bad = _mm_cmpeq_epi8(v, dash);
      if (html)
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, lt),
                                             _mm_cmpeq_epi8(v, amp)));
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, ok));
      if (m != 0xFFFFu)
        return j + (size_t)__builtin_ctz(~m);
      j += 16;
    }
  }
#endif
  while (j < len && plain[p[j]])
    j++;
  return j;
}

/* Class of the character at p[j] for the dash rule, from inside the hot
 * loop; -1 when it cannot tell cheaply (end of buffer, unusual character). */
static int next_class(const jn_chartab *tab, const uint8_t *p, size_t len,
                      size_t j) {
  if (j >= len)
    return -1;
  if (p[j] < 0x80)
    return (int)ascii_class(p[j]);
  size_t n;
  int32_t cp = jn__utf8_decode(p + j, len - j, &n);
  if (cp < 0)
    return -1;
  uint32_t e = jn__chartab_get(tab, (uint32_t)cp);
  unsigned a = JN_E_ACTION(e);
  return a == JN_ACT_COPY || a == JN_ACT_MAP ? (int)JN_E_FIRST(e)
                                             : (int)JN_CLS_OTHER;
}

/* The hot loop, used whenever no link is open (a link's text is kept for
 * comparison, which only run() does): from p[i], writes straight into the
 * output every character that needs neither ICU nor state from before the
 * run: printable ASCII, characters whose action is JN_ACT_COPY (kanji,
 * kana) or JN_ACT_MAP (full-width forms), tildes, dashes whose neighbours
 * are in view (サーバー, 03-1234), whole runs of spaces and tabs (one space,
 * or none at either end of a line; pending when nothing decides yet) and
 * line breaks. Stops at anything else and returns where; run() handles
 * that character the general way. With JN_OPT_OFFSETS it records the
 * offset map as it goes.
 *
 * Written for the compiler: table pointers in locals (stores through `out`
 * may alias anything, so fields would be reloaded) and plain ASCII copied
 * in runs. The output never outgrows the input consumed except by
 * replacements longer than their source, which draw on `slack`. */
#if defined(__GNUC__)
__attribute__((noinline)) /* its own registers: inlined into run() it spills */
#endif
static size_t fast_run(jn_normalizer *nz, const uint8_t *p, size_t len,
                       size_t i, int html) {
  const jn_chartab *tab = &nz->ctx->chars;
  const uint16_t *const s1 = tab->stage1;
  const uint32_t *const s2 = tab->stage2;
  const char *const pool = tab->pool;
  const uint32_t *const u8off = tab->u8off;
  const uint8_t *const plain = html ? tab->plain_html : tab->plain;
  const int tabs_are_spaces = !(nz->opts & JN_OPT_KEEP_TABS);
  const size_t start = i;
  size_t slack = 256;
  if (jn__buf_reserve(&nz->out, (len - i) + slack + 1) != JN_OK)
    return i;
  char *out = nz->out.data + nz->out.len;
  /* With JN_OPT_OFFSETS every write is recorded too (copied spans as one
   * identity piece each); the map is cut back to `map_mark` when the run
   * gives up. */
  jn_offmap *const map = (nz->opts & JN_OPT_OFFSETS) ? &nz->map : NULL;
  const size_t map_mark = map ? map->n : 0;
  const char *const out0 = nz->out.data;
  const uint64_t ob = nz->out_base, ib = nz->in_pos;
#define RECORD(at, n, in_s, in_e, id)                                          \
  do {                                                                         \
    if (map && jn__offmap_add(map, ob + (uint64_t)((at) - out0), (n),          \
                              ib + (in_s), ib + (in_e), (id)) != JN_OK)        \
      goto give_up;                                                            \
  } while (0)
  if (nz->pending_space) {
    if (map && jn__offmap_add(map, ob + (uint64_t)(out - out0), 1,
                              nz->space_in_start, nz->space_in_end, 0) != JN_OK)
      return start;
    *out++ = ' '; /* in doubt, like any space */
  }
  char *last_out = NULL; /* the last content character written */
  int tentative = nz->pending_space; /* the last byte written is a space in
                                        doubt */
  uint64_t space_in_s = nz->space_in_start, space_in_e = nz->space_in_end;
  uint64_t lines = 0;     /* line breaks written */
  size_t last_in = 0;
  unsigned cls = JN_CLS_OTHER; /* class of last_out's character */
  while (i < len) {
    uint8_t b0 = p[i];
    if ((b0 & 0xF0) == 0xE0) {
      /* A span of three-byte characters that are copied unchanged (kanji,
       * kana): validated and looked up one by one, copied in one go. */
      size_t j = i;
      uint32_t e = 0, last_e = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      /* One 4-byte load per character: lead byte 1110xxxx and two
       * continuation bytes 10xxxxxx are checked with one mask. */
      while (j + 4 <= len) {
        uint32_t w;
        memcpy(&w, p + j, 4);
        if ((w & 0x00C0C0F0u) != 0x008080E0u)
          break;
        e = s2[u8off[((w & 0x0Fu) << 6) | ((w >> 8) & 0x3Fu)] + ((w >> 16) & 0x3Fu)];
        if (JN_E_ACTION(e) != JN_ACT_COPY)
          break;
        last_e = e;
        j += 3;
      }
#endif
      while (j + 3 <= len) {
        uint32_t c0 = p[j], c1 = p[j + 1], c2 = p[j + 2];
        if (((c0 & 0xF0) ^ 0xE0) | ((c1 & 0xC0) ^ 0x80) | ((c2 & 0xC0) ^ 0x80))
          break;
        e = s2[u8off[((c0 & 0x0F) << 6) | (c1 & 0x3F)] + (c2 & 0x3F)];
        if (JN_E_ACTION(e) != JN_ACT_COPY)
          break;
        last_e = e;
        j += 3;
      }
      if (j > i) {
        RECORD(out, j - i, i, j, 1);
        memcpy(out, p + i, j - i);
        out += j - i;
        last_out = out - 3;
        last_in = j - 3;
        cls = JN_E_LAST(last_e);
        i = j;
        tentative = 0;
        continue;
      }
    }
    if (b0 < 0x80) {
      if (plain[b0]) {
        size_t j = ascii_span(tab, p, len, i + 1, html);
        RECORD(out, j - i, i, j, 1);
        memcpy(out, p + i, j - i);
        out += j - i;
        last_out = out - 1;
        last_in = j - 1;
        cls = ascii_class(p[j - 1]);
        i = j;
        tentative = 0;
        continue;
      }
      /* Spaces and tabs: trimmed at either end of a line, a run of them
       * inside a line written as one space, in doubt until content follows
       * (taken back below if the run stops first). The whole run is
       * consumed here, even when it reaches the end of the buffer: handing
       * it to run() a blank at a time would read the rest of the run again
       * after each one (quadratic in its length). */
      if (b0 == ' ' || (b0 == '\t' && tabs_are_spaces)) {
        size_t j = i + 1;
        while (j < len && (p[j] == ' ' || (p[j] == '\t' && tabs_are_spaces)))
          j++;
        int line_start = !last_out && (lines > 0 || !nz->line_has_content);
        /* A line break after the run trims it; at the end of the buffer
         * the next feed decides, so the space stays in doubt. */
        int before_break = j < len && (p[j] == '\n' || p[j] == '\r');
        if (!line_start && !tentative && !before_break) {
          RECORD(out, 1, i, j, 0);
          *out++ = ' ';
          tentative = 1;
          space_in_s = ib + i;
          space_in_e = ib + j;
        } else if (tentative) {
          space_in_e = ib + j; /* the space grows its run */
          if (map)
            map->v[map->n - 1].in_end = space_in_e;
        }
        i = j;
        continue;
      }
      /* A line break (LF or CRLF); not the LF of a CRLF split by a feed. */
      if ((b0 == '\n' || (b0 == '\r' && i + 1 < len && p[i + 1] == '\n')) &&
          !(i == start && nz->skip_lf)) {
        if (tentative) { /* trailing space: taken back with its piece */
          out--;
          if (map)
            map->n--;
          tentative = 0;
        }
        RECORD(out, 1, i, i + (b0 == '\r' ? 2 : 1), b0 == '\n');
        *out++ = '\n';
        i += b0 == '\r' ? 2 : 1;
        lines++;
        last_out = NULL;
        continue;
      }
      if (b0 != '-')
        break;
    }
    uint32_t cp;
    size_t n;
    if ((b0 & 0xF0) == 0xE0 && i + 2 < len && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80 && (b0 != 0xE0 || p[i + 1] >= 0xA0) &&
        (b0 != 0xED || p[i + 1] <= 0x9F)) {
      cp = ((uint32_t)(b0 & 0x0F) << 12) | ((uint32_t)(p[i + 1] & 0x3F) << 6) |
           (p[i + 2] & 0x3Fu);
      n = 3;
    } else {
      int32_t c = jn__utf8_decode(p + i, len - i, &n);
      if (c < 0)
        break;
      cp = (uint32_t)c;
    }
    uint32_t e = s2[((size_t)s1[cp >> 8] << 8) | (cp & 0xFF)];
    const char *src;
    size_t m;
    int copied = 0; /* the output is these input bytes (identity) */
    switch (JN_E_ACTION(e)) {
    case JN_ACT_COPY:
      src = (const char *)p + i;
      m = n;
      copied = 1;
      break;
    case JN_ACT_MAP:
      src = pool + JN_E_MAPOFF(e);
      m = JN_E_MAPLEN(e);
      break;
    case JN_ACT_TILDE:
      src = "~";
      m = 1;
      e = JN_CLS_OTHER << 6;
      break;
    case JN_ACT_HYPHEN:
    case JN_ACT_LONGDASH: {
      unsigned prev = !tentative && last_out ? cls : JN_CLS_OTHER;
      int next = -2; /* not needed */
      if (prev == JN_CLS_KANA ||
          (JN_E_ACTION(e) == JN_ACT_LONGDASH && is_alnum_class(prev)))
        next = next_class(tab, p, len, i + n);
      if (next == -1 || !last_out)
        goto done; /* undecided here: run() looks further */
      int alnum_next = next >= 0 && is_alnum_class((unsigned)next);
      if (JN_E_ACTION(e) == JN_ACT_LONGDASH && is_alnum_class(prev) && alnum_next) {
        src = "-", m = 1, e = JN_CLS_OTHER << 6;
      } else if (prev == JN_CLS_KANA && !alnum_next) {
        src = "\xE3\x83\xBC", m = 3, e = JN_CLS_KANA << 6; /* ー */
      } else if (JN_E_ACTION(e) == JN_ACT_HYPHEN) {
        src = "-", m = 1, e = JN_CLS_OTHER << 6;
      } else if (JN_E_MAPLEN(e)) {
        src = pool + JN_E_MAPOFF(e), m = JN_E_MAPLEN(e);
      } else {
        src = (const char *)p + i, m = n, copied = 1;
      }
      break;
    }
    default:
      goto done;
    }
    if (m > n) {
      if (slack < m - n)
        break;
      slack -= m - n;
    } else {
      slack += n - m;
    }
    RECORD(out, m, i, i + n, copied);
    if (m == 3) /* the common case, as a fixed-size copy */
      memcpy(out, src, 3);
    else
      memcpy(out, src, m);
    last_out = out;
    out += m;
    last_in = i;
    cls = JN_E_LAST(e);
    i += n;
    tentative = 0;
  }
done:
  if (i == start) {
  give_up:
    if (map)
      map->n = map_mark;
    return start; /* nothing consumed: run() takes this character */
  }
#undef RECORD
  /* A space still in doubt goes back to being pending: run() writes or
   * trims it with whatever follows. */
  if (tentative) {
    out--;
    if (map)
      map->n--;
    nz->space_in_start = space_in_s; /* the space it stands for, when written */
    nz->space_in_end = space_in_e;
  }
  nz->pending_space = tentative;
  nz->skip_lf = 0;
  nz->line += lines;
  if (last_out) {
    nz->have_last = 1;
    nz->last_out = nz->out_base + (uint64_t)(last_out - nz->out.data);
    nz->last_in = nz->in_pos + last_in;
    nz->last_marks = 0;
    nz->line_has_content = 1;
    nz->prev_class = cls;
  } else if (lines) { /* the run ended with a line break */
    nz->have_last = 0;
    nz->line_has_content = 0;
    nz->prev_class = JN_CLS_OTHER;
  } /* else only blanks: at most a pending space, the line state stands */
  nz->out.len = (size_t)(out - nz->out.data);
  return i;
}

/* Class of the character at p[pos..len) for the dash rule, or NEED_MORE. */
int jn__nz_peek_class(const jn_normalizer *nz, const uint8_t *p, size_t len,
                      size_t pos, int final, unsigned *cls) {
  *cls = JN_CLS_OTHER;
  if (pos >= len)
    return final ? 0 : NEED_MORE;
  if ((nz->opts & JN_OPT_HTML) && (p[pos] == '<' || p[pos] == '&'))
    return 0;
  size_t n;
  int32_t cp = jn__utf8_decode(p + pos, len - pos, &n);
  if (cp == JN_UTF8_INCOMPLETE)
    return final ? 0 : NEED_MORE;
  if (cp >= 0) {
    uint32_t e = jn__chartab_get(&nz->ctx->chars, (uint32_t)cp);
    unsigned a = JN_E_ACTION(e);
    if (a == JN_ACT_COPY || a == JN_ACT_MAP)
      *cls = JN_E_FIRST(e);
  }
  return 0;
}

/* Normalizes p[0..len) (absolute input offset nz->in_pos) as far as it can
 * decide; *consumed gets how far that was. With `final` everything is
 * consumed. */
static int run(jn_normalizer *nz, const uint8_t *p, size_t len, int final,
               size_t *consumed, jn_error *err) {
  const jn_chartab *tab = &nz->ctx->chars;
  const int html = (nz->opts & JN_OPT_HTML) != 0;
  const uint64_t base = nz->in_pos;
  size_t i = 0;
  int rc = JN_OK;
  while (i < len && rc == JN_OK) {
    uint8_t c = p[i];
    if (html && (nz->markup || c == '<' || c == '&')) {
      size_t used;
      rc = jn__html_step(nz, p, len, i, final, err, &used);
      if (rc == NEED_MORE) {
        rc = JN_OK;
        break;
      }
      if (used || rc != JN_OK) {
        i += used;
        continue;
      }
      rc = jn__nz_emit(nz, (const char *)p + i, 1, 1, base + i, base + i + 1, 1,
                       JN_CLS_OTHER); /* a '<' or '&' that is text */
      i++;
      continue;
    }
    if (!nz->in_link) {
      size_t j = fast_run(nz, p, len, i, html);
      if (j > i) {
        i = j;
        continue;
      }
    }
    if (plain_ascii(c, html)) { /* with an offset map or inside a link */
      size_t j = i + 1;
      while (j < len && plain_ascii(p[j], html))
        j++;
      rc = jn__nz_emit(nz, (const char *)p + i, j - i, 1, base + i, base + j, 1,
                       ascii_class(p[j - 1]));
      i = j;
      continue;
    }
    size_t n;
    int32_t cp = jn__utf8_decode(p + i, len - i, &n);
    if (cp == JN_UTF8_INCOMPLETE && !final)
      break;
    if (cp < 0) {
      rc = jn__nz_invalid_utf8(nz, base + i, base + i + n, err);
      i += n;
      continue;
    }
    uint32_t e = jn__chartab_get(tab, (uint32_t)cp);
    unsigned next = JN_CLS_OTHER;
    if ((JN_E_ACTION(e) == JN_ACT_HYPHEN || JN_E_ACTION(e) == JN_ACT_LONGDASH) &&
        jn__nz_peek_class(nz, p, len, i + n, final, &next) == NEED_MORE)
      break;
    rc = jn__nz_put_cp(nz, (uint32_t)cp, e, p + i, n, 1, base + i, base + i + n,
                       next);
    i += n;
  }
  *consumed = i;
  nz->in_pos += i;
  if (rc != JN_OK && rc != JN_EUTF8)
    jn__error(err, rc, base + i, nz->line, NULL);
  return rc;
}

/* ------------------------------------------------------------ the API */

static void reset(jn_normalizer *nz) {
  nz->out.len = 0;
  nz->carry.len = 0;
  nz->link_text.len = 0;
  nz->out_base = nz->in_pos = 0;
  nz->map.n = 0;
  nz->line_has_content = nz->pending_space = nz->skip_lf = 0;
  nz->prev_class = JN_CLS_OTHER;
  nz->line = 1;
  nz->have_last = 0;
  nz->last_marks = 0;
  jn__html_reset(nz);
  nz->invalid = nz->first_invalid_off = nz->first_invalid_line = 0;
}

int jn_normalizer_new(jn_normalizer **out, const jn_ctx *ctx, unsigned opts) {
  if (!out || !ctx)
    return JN_EINVAL;
  *out = NULL;
  jn_normalizer *nz = calloc(1, sizeof *nz);
  if (!nz)
    return JN_ENOMEM;
  nz->ctx = ctx;
  nz->opts = opts;
  reset(nz);
  *out = nz;
  return JN_OK;
}

void jn_normalizer_free(jn_normalizer *nz) {
  if (!nz)
    return;
  jn__buf_free(&nz->out);
  jn__buf_free(&nz->carry);
  jn__buf_free(&nz->link_text);
  jn__offmap_free(&nz->map);
  free(nz);
}

/* Hands finished output to `write`, keeping the last character (a mark may
 * still combine with it) unless `all`. */
/* Hands finished output to `write`, keeping the last character (a mark may
 * still combine with it) unless `all`. With --era or --numbers, only whole
 * lines are handed on, rewritten: a date is never cut in two (a line longer
 * than 1 MiB is the exception that keeps memory bounded). */
static int flush(jn_normalizer *nz, int all, jn_write_fn write, void *payload,
                 jn_error *err) {
  size_t n = nz->out.len;
  if (!all && nz->have_last)
    n = (size_t)(nz->last_out - nz->out_base);
  const int rewrite = (nz->opts & (JN_OPT_ERA | JN_OPT_NUMBERS)) != 0;
  if (rewrite && !all) {
    size_t k = n;
    while (k > 0 && nz->out.data[k - 1] != '\n')
      k--;
    n = k > 0 ? k : n >= (1u << 20) ? n : 0;
  }
  if (n == 0)
    return JN_OK;
  int stopped;
  if (rewrite) {
    jn_buf tmp = JN_BUF_INIT;
    int rc = jn__rewrite(nz->ctx, (const uint8_t *)nz->out.data, n, nz->opts,
                         &tmp, NULL, NULL);
    if (rc != JN_OK) {
      jn__buf_free(&tmp);
      return jn__error(err, rc, nz->in_pos, nz->line, NULL);
    }
    stopped = write && tmp.len && write(tmp.data, tmp.len, payload) != 0;
    jn__buf_free(&tmp);
  } else {
    stopped = write && write(nz->out.data, n, payload) != 0;
  }
  if (stopped)
    return jn__error(err, JN_EUSER, nz->in_pos, nz->line,
                     "the output callback stopped the normalizer");
  jn__buf_consume(&nz->out, n);
  nz->out_base += n;
  return JN_OK;
}

int jn_normalizer_feed(jn_normalizer *nz, const char *chunk, size_t len,
                       jn_write_fn write, void *payload, jn_error *err) {
  if (!nz || (!chunk && len))
    return jn__error(err, JN_EINVAL, 0, 0, NULL);
  const uint8_t *p = (const uint8_t *)chunk;
  size_t used;
  int rc;
  if (nz->finished) { /* a new document: its own counts */
    nz->finished = 0;
    nz->invalid = nz->first_invalid_off = nz->first_invalid_line = 0;
  }
  if (nz->carry.len) {
    /* What was held back is at most a few kilobytes: join it with this
     * chunk and go on as if the two had come together. */
    if (jn__buf_put(&nz->carry, chunk, len) != JN_OK)
      return jn__error(err, JN_ENOMEM, nz->in_pos, nz->line, NULL);
    rc = run(nz, (const uint8_t *)nz->carry.data, nz->carry.len, 0, &used, err);
    jn__buf_consume(&nz->carry, used);
  } else {
    rc = run(nz, p, len, 0, &used, err);
    if (rc == JN_OK && used < len &&
        jn__buf_put(&nz->carry, p + used, len - used) != JN_OK)
      rc = jn__error(err, JN_ENOMEM, nz->in_pos, nz->line, NULL);
  }
  if (rc != JN_OK)
    return rc;
  return flush(nz, 0, write, payload, err);
}

static int finish_input(jn_normalizer *nz, jn_error *err) {
  size_t used;
  int rc = run(nz, (const uint8_t *)nz->carry.data, nz->carry.len, 1, &used, err);
  nz->carry.len = 0;
  if (rc == JN_OK)
    rc = jn__html_finish(nz, err);
  return rc;
}

int jn_normalizer_finish(jn_normalizer *nz, jn_write_fn write, void *payload,
                         jn_error *err) {
  if (!nz)
    return jn__error(err, JN_EINVAL, 0, 0, NULL);
  int rc = finish_input(nz, err);
  if (rc == JN_OK)
    rc = flush(nz, 1, write, payload, err);
  uint64_t inv = nz->invalid, off = nz->first_invalid_off,
           line = nz->first_invalid_line;
  reset(nz);
  /* The counts stay readable until the next document begins. */
  nz->invalid = inv;
  nz->first_invalid_off = off;
  nz->first_invalid_line = line;
  nz->finished = 1;
  return rc;
}

uint64_t jn_normalizer_invalid(const jn_normalizer *nz, uint64_t *first_offset,
                               uint64_t *first_line) {
  if (first_offset)
    *first_offset = nz->first_invalid_off;
  if (first_line)
    *first_line = nz->first_invalid_line;
  return nz->invalid;
}

size_t jn__normalizer_held(const jn_normalizer *nz) {
  return nz->out.cap + nz->carry.cap + nz->link_text.cap;
}

/* ------------------------------------------------------ one-shot text */

struct jn_text {
  char *data;
  size_t len;
  uint64_t invalid;
  jn_offmap map;
  int has_map;
};

typedef struct compose {
  const jn_offmap *old;
  uint64_t old_len;
  jn_offmap *map;
} compose;

/* A rewritten piece: unchanged bytes keep their mapping, a replacement maps
 * to the whole input its source came from. */
static int compose_piece(size_t at, size_t n, size_t from, size_t to, int same,
                         void *payload) {
  compose *c = payload;
  if (same)
    return jn__offmap_copy_range(c->old, from, to, at, c->map);
  uint64_t a, b;
  if (jn__offmap_source(c->old, c->old_len, from, to, &a, &b) != JN_OK)
    return JN_ENOMEM;
  return jn__offmap_add(c->map, at, n, a, b, 0);
}

/* --era / --numbers on the whole normalized text, offsets carried over. */
static int rewrite_text(jn_normalizer *nz, jn_error *err) {
  jn_buf out = JN_BUF_INIT;
  jn_offmap map = {0};
  compose c = {&nz->map, nz->out.len, &map};
  int offsets = (nz->opts & JN_OPT_OFFSETS) != 0;
  int rc = jn__rewrite(nz->ctx, (const uint8_t *)nz->out.data, nz->out.len,
                       nz->opts, &out, offsets ? compose_piece : NULL, &c);
  if (rc != JN_OK) {
    jn__buf_free(&out);
    jn__offmap_free(&map);
    return jn__error(err, rc, 0, 0, NULL);
  }
  jn__buf_free(&nz->out);
  nz->out = out;
  jn__offmap_free(&nz->map);
  nz->map = map;
  return JN_OK;
}

int jn_normalize(jn_text **out, const jn_ctx *ctx, const char *in, size_t len,
                 unsigned opts, jn_error *err) {
  if (!out || !ctx || (!in && len))
    return jn__error(err, JN_EINVAL, 0, 0, "jn_normalize: NULL argument");
  *out = NULL;
  jn_normalizer *nz;
  if (jn_normalizer_new(&nz, ctx, opts) != JN_OK)
    return jn__error(err, JN_ENOMEM, 0, 0, NULL);
  jn_text *t = calloc(1, sizeof *t);
  int rc = t ? JN_OK : jn__error(err, JN_ENOMEM, 0, 0, NULL);
  if (rc == JN_OK && jn__buf_reserve(&nz->out, len + len / 8 + 16) != JN_OK)
    rc = jn__error(err, JN_ENOMEM, 0, 0, NULL);
  size_t used;
  if (rc == JN_OK)
    rc = run(nz, (const uint8_t *)in, len, 1, &used, err);
  if (rc == JN_OK)
    rc = jn__html_finish(nz, err);
  if (rc == JN_OK && (opts & (JN_OPT_ERA | JN_OPT_NUMBERS)))
    rc = rewrite_text(nz, err);
  if (rc == JN_OK) {
    t->invalid = nz->invalid;
    t->len = nz->out.len;
    t->data = jn__buf_detach(&nz->out);
    t->map = nz->map;
    t->has_map = (opts & JN_OPT_OFFSETS) != 0;
    nz->map = (jn_offmap){0};
    if (!t->data)
      rc = jn__error(err, JN_ENOMEM, 0, 0, NULL);
  }
  jn_normalizer_free(nz);
  if (rc != JN_OK) {
    jn_text_free(t);
    return rc;
  }
  *out = t;
  return JN_OK;
}

const char *jn_text_data(const jn_text *t, size_t *len) {
  if (len)
    *len = t->len;
  return t->data;
}

uint64_t jn_text_invalid_count(const jn_text *t) { return t->invalid; }

const jn_offset *jn_text_offsets(const jn_text *t, size_t *count) {
  if (count)
    *count = t->has_map ? t->map.n : 0;
  return t->has_map ? t->map.v : NULL;
}

int jn_text_source(const jn_text *t, uint64_t out_start, uint64_t out_end,
                   uint64_t *in_start, uint64_t *in_end) {
  if (!t || !t->has_map || !in_start || !in_end)
    return JN_EINVAL;
  return jn__offmap_source(&t->map, t->len, out_start, out_end, in_start,
                           in_end);
}

void jn_text_free(jn_text *t) {
  if (!t)
    return;
  free(t->data);
  jn__offmap_free(&t->map);
  free(t);
}
