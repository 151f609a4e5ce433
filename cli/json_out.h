/* json_out.h — writing JSON to a stdio stream: strings escaped per RFC 8259
 * (control characters as \uXXXX, invalid UTF-8 replaced by U+FFFD so the
 * output is always valid UTF-8). Reading JSON is a library's job (see
 * docs/DEPENDENCIES.md); writing it is this small. */
#ifndef JN_JSON_OUT_H
#define JN_JSON_OUT_H

#include <stddef.h>
#include <stdio.h>

/* Writes bytes s[0..len) as a JSON string, quotes included. */
void json_put_string(FILE *f, const char *s, size_t len);

#endif
