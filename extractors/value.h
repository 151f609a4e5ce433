/* value.h — internals of the typed value (jn_value, value.c) and its
 * reader (value_read.c). */
#ifndef JN_VALUE_H
#define JN_VALUE_H

#include <stddef.h>

#include "jnorm.h"

/* One node. Arrays and objects own their children in `items` (one block);
 * an object's member names are in `keys`, in the order written. */
struct jn_value {
  jn_kind kind;
  int boolean;
  double number;
  char *text;  /* a string, decoded; a number as written (99.97, not 99.969…) */
  size_t len;  /* of text */
  jn_value *items;
  char **keys; /* objects only */
  size_t n;
};

/* Reads the one JSON value that is s[0..n) into *out (a node the caller
 * owns: jn__value_free). JN_OK, JN_ENOMEM, or JN_EINVAL when the text is
 * not one well-formed value. */
int jn__value_read(jn_value **out, const char *s, size_t n);
/* Frees a node made by jn__value_read (NULL is fine). */
void jn__value_free(jn_value *v);

#endif
