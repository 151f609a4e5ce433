/* json_text.h — walking JSON text the library wrote, byte for byte: the
 * members of an object or the elements of an array as spans of the text,
 * strings decoded, and the same text re-indented. Nothing is re-encoded, so
 * numbers stay as written (99.97, not 99.969999999999999) and keys keep
 * their order. Reading JSON files (gold, predictions) is jansson's job
 * (docs/DEPENDENCIES.md); this is only for jnorm extract's own records.
 * Malformed text is detected, never read past its end. */
#ifndef JN_JSON_TEXT_H
#define JN_JSON_TEXT_H

#include <stddef.h>
#include <stdio.h>

typedef struct jt_span {
  const char *p;
  size_t n;
} jt_span;

/* The length of the one JSON value that starts s (leading whitespace
 * included), or 0 when it is not well-formed. */
size_t jt_value_len(const char *s, size_t n);

/* Iterates the members of an object (key and value spans) or the elements
 * of an array (value spans only). */
typedef struct jt_iter {
  const char *s;
  size_t n, pos;
  int object, first;
} jt_iter;

/* Starts at a span holding an object or an array; 0 when it is neither. */
int jt_begin(jt_iter *it, jt_span v);
/* Next member: 1 and *key (object only: the string, quotes included) and
 * *val; 0 at the end; -1 on malformed text. */
int jt_next(jt_iter *it, jt_span *key, jt_span *val);

/* First character of the value, whitespace skipped ('{', '[', '"', 't',
 * 'f', 'n', or a number's first character); 0 for an empty span. */
int jt_kind(jt_span v);
/* 1 when the string span (quotes included) decodes to exactly s. */
int jt_string_is(jt_span str, const char *s);
/* Writes the string's decoded UTF-8 (no quotes); U+0000 and lone
 * surrogates become U+FFFD. */
void jt_put_string(FILE *f, jt_span str);
/* Writes a well-formed value indented by two spaces a level, "key": value,
 * empty objects and arrays as {} and []; level is the starting depth. */
void jt_put_pretty(FILE *f, jt_span v, int level);

#endif
