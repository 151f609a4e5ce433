/* normalizer.h — the normalizer's state and the primitives that write to
 * it, shared by normalize.c (characters, the loop, streaming) and
 * html_stage.c (markup). Internal. */
#ifndef JN_NORMALIZER_H
#define JN_NORMALIZER_H

#include <stdint.h>

#include "buf.h"
#include "ctx.h"
#include "offsets.h"

/* UAX #15's stream-safe limit: a base character takes at most this many
 * combining marks into one ICU call, so a flood of marks costs linear time. */
#define MAX_COMBINING 30

struct jn_normalizer {
  const jn_ctx *ctx;
  unsigned opts;
  jn_buf out;        /* output not yet handed on */
  uint64_t out_base; /* absolute output offset of out.data[0] */
  jn_buf carry;      /* input held back from the previous feed */
  uint64_t in_pos;   /* absolute input offset of the next unread byte */
  jn_offmap map;     /* only with JN_OPT_OFFSETS */

  /* line state */
  int line_has_content; /* something was written since the line began */
  int pending_space;    /* whitespace seen after content: write it if more
                           content follows on this line */
  uint64_t space_in_start, space_in_end;
  int skip_lf;          /* the previous character was CR */
  unsigned prev_class;  /* jn_class of the last character written */
  uint64_t line;        /* 1-based input line being read */

  /* the last character written, which marks may still combine with */
  int have_last;
  uint64_t last_out;    /* its absolute output offset */
  uint64_t last_in;     /* the input offset it came from */
  unsigned last_marks;  /* combining marks already merged into it */

  /* HTML (html_stage.c): the markup being skipped, and links */
  int markup;           /* enum in html_stage.c; 0 = in text */
  jn_markup_start tag;  /* the tag being read */
  char tag_text[JN_HTML_MAX_HREF + 64]; /* its first bytes, for href */
  size_t tag_len;
  uint8_t tag_quote;    /* inside a quoted attribute value */
  uint8_t tag_prev;     /* last non-space byte of the tag */
  uint64_t tag_in_start;
  unsigned dashes;      /* '-' seen in a row, for "-->" */
  char raw_end[JN_HTML_MAX_NAME]; /* element whose end tag ends raw text */
  int in_link;          /* <a href="URL">TEXT</a> → "TEXT (URL)" unless equal */
  char href[JN_HTML_MAX_HREF];
  size_t href_len;
  uint64_t link_in_start, link_in_end;
  jn_buf link_text;

  int finished; /* jn_normalizer_finish() ended a document */

  /* invalid UTF-8 */
  uint64_t invalid, first_invalid_off, first_invalid_line;
};

/* Returned by the loop's helpers when they need more input to decide. */
#define NEED_MORE 1

/* Writing (normalize.c). in_s/in_e: the input range the output stands for. */
int jn__nz_emit(jn_normalizer *nz, const char *s, size_t n, size_t last_len,
                uint64_t in_s, uint64_t in_e, int identity, unsigned cls);
void jn__nz_add_space(jn_normalizer *nz, uint64_t in_s, uint64_t in_e);
int jn__nz_newline(jn_normalizer *nz, uint32_t cp, uint64_t in_s, uint64_t in_e);
/* One code point through the character rules. `bytes` is its UTF-8 form;
 * `from_input` says those bytes are the input [in_s, in_e) itself (not a
 * decoded reference); `next` is the class of the character after it. */
int jn__nz_put_cp(jn_normalizer *nz, uint32_t cp, uint32_t e,
                  const uint8_t *bytes, size_t blen, int from_input,
                  uint64_t in_s, uint64_t in_e, unsigned next);
int jn__nz_invalid_utf8(jn_normalizer *nz, uint64_t in_s, uint64_t in_e,
                        jn_error *err);
int jn__nz_peek_class(const jn_normalizer *nz, const uint8_t *p, size_t len,
                      size_t pos, int final, unsigned *cls);

/* The HTML stage (html_stage.c). */
/* Called by run() at a '<' or '&' in text, or while markup is open: handles
 * what starts at p[i] and sets *used (0: the '<' or '&' is plain text).
 * Returns JN_OK, NEED_MORE or an error. */
int jn__html_step(jn_normalizer *nz, const uint8_t *p, size_t len, size_t i,
                  int final, jn_error *err, size_t *used);
/* End of document: an open link gets its target. */
int jn__html_finish(jn_normalizer *nz, jn_error *err);
void jn__html_reset(jn_normalizer *nz);

#endif
