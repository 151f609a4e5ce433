/* record.h — internals of the typed record (jn_record, record.c). */
#ifndef JN_RECORD_H
#define JN_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

struct jn_record {
  char *sheet;
  const char *format; /* borrowed: a literal of the parser */
  size_t form_rows, text_rows, unmatched_rows;
  jn_field_result *fields;
  size_t n, cap;
  char *warnings; /* a JSON array */
  jn_value *warning_list; /* the same, typed */
};

/* Adds a field; its value text (spec §5) is read into a jn_value here.
 * JN_OK, JN_ENOMEM, or JN_EINVAL when a rule wrote malformed value text. */
int jn__record_add(jn_record *r, const char *id, jn_status st, const char *value, size_t vn,
                   const char *item, const char *raw, uint64_t line, const char *anchor,
                   double confidence);
/* Takes the warnings' JSON array (owned; NULL when memory ran out) and
 * reads it typed. JN_OK, JN_ENOMEM or JN_EINVAL. */
int jn__record_set_warnings(jn_record *r, char *json);
double jn__anchor_confidence(const char *anchor, int marked);

#endif
