/* html.h — recognizing HTML tags and character references in a byte
 * buffer, for the --html stage of the normalizer (normalize.c decides what
 * to emit; this file only reads). Tables come from dict/html_entities.tsv
 * and dict/html_block_tags.txt. */
#ifndef JN_HTML_H
#define JN_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

/* How far ahead a tag, comment or reference may reach before a '<' or '&'
 * is taken literally: this bounds what the streaming normalizer holds. */
#define JN_HTML_MAX_TAG 4096
#define JN_HTML_MAX_COMMENT 65536
#define JN_HTML_MAX_REF 40
#define JN_HTML_MAX_HREF 2048

typedef struct jn_html_entity {
  char name[40]; /* without '&' and ';' */
  uint32_t cps[2];
  int ncp;
} jn_html_entity;

typedef struct jn_html_tables {
  jn_html_entity *entities; /* sorted by name */
  size_t n_entities;
  char (*block_tags)[16]; /* sorted */
  size_t n_block_tags;
} jn_html_tables;

int jn__html_tables_load(jn_html_tables *t, jn_error *err);
void jn__html_tables_free(jn_html_tables *t);

#define JN_HTML_NEED_MORE (-1) /* cannot tell before more bytes arrive */

/* A character reference at p (p[0] == '&'). Returns the bytes it spans and
 * fills cps/ncp, or 0 when it is a literal '&', or JN_HTML_NEED_MORE. */
int jn__html_ref(const jn_html_tables *t, const uint8_t *p, size_t avail,
                 int final, uint32_t cps[2], int *ncp);

typedef enum jn_tag_kind {
  JN_TAG_INLINE,  /* removed */
  JN_TAG_BLOCK,   /* removed, separates text like a space */
  JN_TAG_A_OPEN,  /* <a ...>, href in the tag */
  JN_TAG_A_CLOSE, /* </a> */
  JN_TAG_COMMENT  /* <!-- ... --> */
} jn_tag_kind;

typedef struct jn_tag {
  jn_tag_kind kind;
  char href[JN_HTML_MAX_HREF]; /* decoded; "" when absent */
  size_t href_len;
} jn_tag;

/* A tag at p (p[0] == '<'). Returns the bytes it spans and fills *tag, or 0
 * when the '<' is literal text, or JN_HTML_NEED_MORE. */
long jn__html_tag(const jn_html_tables *t, const uint8_t *p, size_t avail,
                  int final, jn_tag *tag);

#endif
