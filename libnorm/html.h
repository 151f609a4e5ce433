/* html.h — recognizing HTML markup in a byte buffer, for the --html stage
 * (html_stage.c decides what to do; this file only reads). Tables come from
 * dict/html_entities.tsv and dict/html_elements.tsv. */
#ifndef JN_HTML_H
#define JN_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

#define JN_HTML_MAX_REF 40    /* longest character reference looked at */
#define JN_HTML_MAX_NAME 16   /* longest element name */
#define JN_HTML_MAX_HREF 2048 /* link targets are cut at this length */

typedef enum jn_el_kind {
  JN_EL_INLINE,  /* tag removed */
  JN_EL_BLOCK,   /* tag acts as a space */
  JN_EL_RAWTEXT, /* content removed up to the end tag (script, style) */
  JN_EL_LINK     /* <a> */
} jn_el_kind;

typedef struct jn_html_entity {
  char name[40]; /* without '&' and ';' */
  uint32_t cps[2];
  int ncp;
} jn_html_entity;

typedef struct jn_html_element {
  char name[JN_HTML_MAX_NAME];
  jn_el_kind kind;
} jn_html_element;

typedef struct jn_html_tables {
  jn_html_entity *entities; /* sorted by name */
  size_t n_entities;
  jn_html_element *elements; /* sorted by name */
  size_t n_elements;
} jn_html_tables;

int jn__html_tables_load(jn_html_tables *t, jn_error *err);
void jn__html_tables_free(jn_html_tables *t);

#define JN_HTML_NEED_MORE (-1) /* cannot tell before more bytes arrive */

/* A character reference at p (p[0] == '&'). Returns the bytes it spans and
 * fills cps/ncp, or 0 when the '&' is literal, or JN_HTML_NEED_MORE. */
int jn__html_ref(const jn_html_tables *t, const uint8_t *p, size_t avail,
                 int final, uint32_t cps[2], int *ncp);

typedef enum jn_markup {
  JN_MARKUP_TAG,     /* <name or </name: ends at the next unquoted '>' */
  JN_MARKUP_COMMENT, /* <!-- : ends at --> */
  JN_MARKUP_DECL     /* <!DOCTYPE, <?xml, <![CDATA[ : ends at '>' */
} jn_markup;

typedef struct jn_markup_start {
  jn_markup kind;
  int closing;     /* </name */
  jn_el_kind el;   /* for a tag */
  char name[JN_HTML_MAX_NAME];
} jn_markup_start;

/* Does markup start at p (p[0] == '<')? Returns the bytes of its opening
 * ("<!--", "<name", "</name", "<!", "<?") and fills *ms, or 0 when the '<'
 * is text, or JN_HTML_NEED_MORE. */
int jn__html_markup_start(const jn_html_tables *t, const uint8_t *p,
                          size_t avail, int final, jn_markup_start *ms);

/* The decoded href="..." among the attributes in attrs[0..len), cut at
 * cap - 1 bytes and NUL-terminated; returns its length (0 when absent). */
size_t jn__html_href(const jn_html_tables *t, const char *attrs, size_t len,
                     char *href, size_t cap);

#endif
