/* value.c — the typed value of a field (jn_value): what kind it is and
 * what it holds, for callers that would otherwise parse JSON text.
 *
 * The tree is built by value_read.c from the value text the extraction
 * rules write (extract_value.c, extract_text.c, jn_mention_value_json),
 * once per field when the record is made; see record.c for why the rules
 * still write text. */
#include <stdlib.h>
#include <string.h>

#include "value.h"

jn_kind jn_value_kind(const jn_value *v) { return v ? v->kind : JN_KIND_NULL; }

int jn_value_bool(const jn_value *v) { return v && v->kind == JN_KIND_BOOL && v->boolean; }

double jn_value_number(const jn_value *v) {
  return v && v->kind == JN_KIND_NUMBER ? v->number : 0;
}

const char *jn_value_number_text(const jn_value *v) {
  return v && v->kind == JN_KIND_NUMBER ? v->text : NULL;
}

const char *jn_value_string(const jn_value *v, size_t *len) {
  int ok = v && v->kind == JN_KIND_STRING;
  if (len)
    *len = ok ? v->len : 0;
  return ok ? v->text : NULL;
}

size_t jn_value_count(const jn_value *v) {
  return v && (v->kind == JN_KIND_ARRAY || v->kind == JN_KIND_OBJECT) ? v->n : 0;
}

const jn_value *jn_value_at(const jn_value *v, size_t i) {
  return i < jn_value_count(v) ? &v->items[i] : NULL;
}

const char *jn_value_key(const jn_value *v, size_t i) {
  return v && v->kind == JN_KIND_OBJECT && i < v->n ? v->keys[i] : NULL;
}

const jn_value *jn_value_member(const jn_value *v, const char *name) {
  for (size_t i = 0; v && name && v->kind == JN_KIND_OBJECT && i < v->n; i++)
    if (!strcmp(v->keys[i], name))
      return &v->items[i];
  return NULL;
}

static const char *const kind_names[] = {"null",   "bool",  "number",
                                         "string", "array", "object"};

const char *jn_kind_name(jn_kind kind) {
  return (unsigned)kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[kind] : NULL;
}

/* The children of v, not v itself: a child lives in its parent's block. */
static void free_children(jn_value *v) {
  for (size_t i = 0; i < v->n; i++) {
    if (v->items)
      free_children(&v->items[i]);
    if (v->keys)
      free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->text);
}

void jn__value_free(jn_value *v) {
  if (!v)
    return;
  free_children(v);
  free(v);
}
