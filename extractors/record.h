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
};

int jn__record_add(jn_record *r, const char *id, jn_status st, const char *value, size_t vn,
                   const char *item, const char *raw, uint64_t line, const char *anchor,
                   double confidence);
double jn__anchor_confidence(const char *anchor, int marked);

#endif
