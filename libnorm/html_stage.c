/* html_stage.c — the --html stage of the normalizer: markup is skipped,
 * character references are decoded and go through the character rules like
 * any other character, and a link keeps its target.
 *
 * Markup is a small state machine carried across feeds, so a tag, a comment
 * or a <script> of any length streams in bounded memory and is read once
 * (no rescanning). Line breaks inside markup are still written, so one input
 * line stays one output line; for the same reason a reference that decodes
 * to a line break (&#10;) becomes a space. */
#include <string.h>

#include "html.h"
#include "normalizer.h"
#include "utf8.h"

enum markup_state {
  IN_TEXT = 0,
  IN_TAG,     /* up to the next unquoted '>' */
  IN_COMMENT, /* up to "-->" */
  IN_DECL,    /* up to '>' */
  IN_RAWTEXT  /* script/style content, up to "</name" */
};

static int is_space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void jn__html_reset(jn_normalizer *nz) {
  nz->markup = IN_TEXT;
  nz->tag_len = 0;
  nz->tag_quote = nz->tag_prev = 0;
  nz->dashes = 0;
  nz->in_link = 0;
  nz->href_len = 0;
  nz->link_text.len = 0;
}

/* ----------------------------------------------------------------- links */

/* Does the link text say the same as its target? Schemes that the text
 * usually omits (mailto:, tel:, http(s)://) and a final '/' are ignored. */
static int link_text_is_target(const char *text, size_t tlen, const char *href,
                               size_t hlen) {
  static const char *const schemes[] = {"mailto:", "tel:", "https://",
                                        "http://"};
  while (tlen && text[0] == ' ')
    text++, tlen--;
  while (tlen && text[tlen - 1] == ' ')
    tlen--;
  for (int pass = 0; pass < 2; pass++) {
    if (tlen == hlen && memcmp(text, href, hlen) == 0)
      return 1;
    for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++) {
      size_t sl = strlen(schemes[i]);
      if (hlen >= sl && strncmp(href, schemes[i], sl) == 0 &&
          (tlen < sl || strncmp(text, schemes[i], sl) != 0)) {
        href += sl;
        hlen -= sl;
        break;
      }
    }
    if (hlen && href[hlen - 1] == '/')
      hlen--;
    if (tlen && text[tlen - 1] == '/')
      tlen--;
  }
  return 0;
}

/* Writes a link target through the character rules, so it is normalized
 * like text (full-width letters folded, invalid UTF-8 replaced and counted);
 * whitespace, which no URL holds, is left out. */
static int put_target(jn_normalizer *nz, const char *s, size_t len,
                      jn_error *err) {
  const uint8_t *p = (const uint8_t *)s;
  uint64_t in_s = nz->link_in_start, in_e = nz->link_in_end;
  for (size_t i = 0; i < len;) {
    size_t n;
    int32_t cp = jn__utf8_decode(p + i, len - i, &n);
    int rc;
    if (cp < 0) {
      rc = jn__nz_invalid_utf8(nz, in_s, in_e, err);
    } else {
      uint32_t e = jn__chartab_get(&nz->ctx->chars, (uint32_t)cp);
      unsigned a = JN_E_ACTION(e), next;
      jn__nz_peek_class(nz, p, len, i + n, 1, &next);
      rc = (a == JN_ACT_SPACE || a == JN_ACT_NEWLINE)
               ? JN_OK
               : jn__nz_put_cp(nz, (uint32_t)cp, e, p + i, n, 0, in_s, in_e,
                               next);
    }
    if (rc != JN_OK)
      return rc;
    i += n;
  }
  return JN_OK;
}

static int close_link(jn_normalizer *nz, jn_error *err) {
  if (!nz->in_link)
    return JN_OK;
  nz->in_link = 0;
  if (nz->href_len == 0 ||
      link_text_is_target(nz->link_text.data ? nz->link_text.data : "",
                          nz->link_text.len, nz->href, nz->href_len))
    return JN_OK;
  if (nz->line_has_content)
    jn__nz_add_space(nz, nz->link_in_start, nz->link_in_end);
  int rc = jn__nz_emit(nz, "(", 1, 1, nz->link_in_start, nz->link_in_end, 0,
                       JN_CLS_OTHER);
  if (rc == JN_OK)
    rc = put_target(nz, nz->href, nz->href_len, err);
  if (rc == JN_OK)
    rc = jn__nz_emit(nz, ")", 1, 1, nz->link_in_start, nz->link_in_end, 0,
                     JN_CLS_OTHER);
  return rc;
}

int jn__html_finish(jn_normalizer *nz, jn_error *err) {
  int rc = close_link(nz, err);
  jn__html_reset(nz);
  return rc;
}

/* ------------------------------------------------------------------ tags */

/* A whole tag has been read (from tag_in_start to in_e): act on it. */
static int end_tag(jn_normalizer *nz, uint64_t in_e, jn_error *err) {
  const jn_markup_start *t = &nz->tag;
  nz->markup = IN_TEXT;
  switch (t->el) {
  case JN_EL_BLOCK:
    jn__nz_add_space(nz, nz->tag_in_start, in_e);
    return JN_OK;
  case JN_EL_RAWTEXT:
    if (!t->closing && nz->tag_prev != '/') {
      memcpy(nz->raw_end, t->name, sizeof nz->raw_end);
      nz->markup = IN_RAWTEXT;
    }
    return JN_OK;
  case JN_EL_LINK: {
    int rc = close_link(nz, err);
    if (t->closing || rc != JN_OK)
      return rc;
    nz->in_link = 1;
    nz->href_len = jn__html_href(&nz->ctx->html, nz->tag_text, nz->tag_len,
                                 nz->href, sizeof nz->href);
    nz->link_in_start = nz->tag_in_start;
    nz->link_in_end = in_e;
    nz->link_text.len = 0;
    return JN_OK;
  }
  default:
    return JN_OK;
  }
}

/* Line breaks inside markup are written all the same (CRLF as one). */
static int markup_newline(jn_normalizer *nz, uint8_t c, uint64_t at) {
  return jn__nz_newline(nz, c, at, at + 1);
}

/* Reads markup bytes from p[i]; returns how many it took. Stops at the end of
 * the markup or of the buffer. */
static int in_markup(jn_normalizer *nz, const uint8_t *p, size_t len, size_t i,
                     int final, jn_error *err, size_t *used) {
  const uint64_t base = nz->in_pos;
  size_t j = i;
  int rc = JN_OK;
  while (j < len && rc == JN_OK && nz->markup != IN_TEXT) {
    uint8_t c = p[j];
    if (nz->markup == IN_RAWTEXT && c == '<') {
      /* "</script" (any case) ends it; decide once enough bytes are here. */
      size_t n = strlen(nz->raw_end);
      if (len - j < n + 3 && !final) {
        if (j == i)
          return NEED_MORE; /* nothing read: wait for the rest */
        break;
      }
      int end = len - j >= n + 3 && p[j + 1] == '/';
      for (size_t k = 0; end && k < n; k++)
        end = (p[j + 2 + k] | 0x20) == (uint8_t)nz->raw_end[k];
      if (end && (is_space(p[j + 2 + n]) || p[j + 2 + n] == '>')) {
        nz->markup = IN_TAG;
        nz->tag.closing = 1;
        nz->tag.el = JN_EL_RAWTEXT;
        nz->tag_in_start = base + j;
        nz->tag_len = 0;
        nz->tag_quote = 0;
        j += 2 + n;
        continue;
      }
    }
    j++;
    if (c == '\n' || c == '\r') {
      rc = markup_newline(nz, c, base + j - 1);
      continue;
    }
    switch (nz->markup) {
    case IN_TAG:
      if (nz->tag_len < sizeof nz->tag_text - 1)
        nz->tag_text[nz->tag_len++] = (char)c;
      if (nz->tag_quote) {
        if (c == nz->tag_quote)
          nz->tag_quote = 0;
      } else if ((c == '"' || c == '\'') && nz->tag_prev == '=') {
        nz->tag_quote = c;
      } else if (c == '>') {
        rc = end_tag(nz, base + j, err);
      } else if (!is_space(c)) {
        nz->tag_prev = c;
      }
      break;
    case IN_COMMENT:
      if (c == '>' && nz->dashes >= 2)
        nz->markup = IN_TEXT;
      nz->dashes = c == '-' ? nz->dashes + 1 : 0;
      break;
    case IN_DECL:
      if (c == '>')
        nz->markup = IN_TEXT;
      break;
    default: /* IN_RAWTEXT: content dropped */
      break;
    }
  }
  *used = j - i;
  return rc;
}

/* A character reference at p[i]: decoded, then through the character
 * rules; a decoded line break becomes a space (one line in, one line out). */
static int reference(jn_normalizer *nz, const uint8_t *p, size_t len, size_t i,
                     int final, size_t *used) {
  uint32_t cps[2];
  int ncp = 0;
  int n = jn__html_ref(&nz->ctx->html, p + i, len - i, final, cps, &ncp);
  if (n == JN_HTML_NEED_MORE)
    return NEED_MORE;
  *used = n > 0 ? (size_t)n : 0;
  const uint64_t in_s = nz->in_pos + i, in_e = in_s + *used;
  for (int k = 0; k < ncp && n > 0; k++) {
    uint8_t u[4];
    size_t ul = jn__utf8_encode(cps[k], u);
    uint32_t e = jn__chartab_get(&nz->ctx->chars, cps[k]);
    unsigned next = JN_CLS_OTHER;
    if ((JN_E_ACTION(e) == JN_ACT_HYPHEN || JN_E_ACTION(e) == JN_ACT_LONGDASH) &&
        jn__nz_peek_class(nz, p, len, i + (size_t)n, final, &next) == NEED_MORE)
      return NEED_MORE;
    int rc;
    if (JN_E_ACTION(e) == JN_ACT_NEWLINE) {
      jn__nz_add_space(nz, in_s, in_e);
      rc = JN_OK;
    } else {
      rc = jn__nz_put_cp(nz, cps[k], e, u, ul, 0, in_s, in_e, next);
    }
    if (rc != JN_OK)
      return rc;
  }
  return JN_OK;
}

int jn__html_step(jn_normalizer *nz, const uint8_t *p, size_t len, size_t i,
                  int final, jn_error *err, size_t *used) {
  *used = 0;
  if (nz->markup != IN_TEXT)
    return in_markup(nz, p, len, i, final, err, used);
  if (p[i] == '&')
    return reference(nz, p, len, i, final, used);
  jn_markup_start ms;
  int n = jn__html_markup_start(&nz->ctx->html, p + i, len - i, final, &ms);
  if (n == JN_HTML_NEED_MORE)
    return NEED_MORE;
  if (n == 0)
    return JN_OK; /* a '<' that is text */
  nz->tag = ms;
  nz->tag_in_start = nz->in_pos + i;
  nz->tag_len = 0;
  nz->tag_quote = 0;
  nz->tag_prev = 0;
  nz->dashes = 0;
  nz->markup = ms.kind == JN_MARKUP_TAG       ? IN_TAG
               : ms.kind == JN_MARKUP_COMMENT ? IN_COMMENT
                                              : IN_DECL;
  size_t more = 0;
  int rc = in_markup(nz, p, len, i + (size_t)n, final, err, &more);
  *used = (size_t)n + more;
  return rc == NEED_MORE ? JN_OK : rc; /* the opening is taken either way */
}
