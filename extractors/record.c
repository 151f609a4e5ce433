/* record.c — the typed record of one sheet (jn_record).
 *
 * Extraction (extract.c) fills a jn_record: per field its status as an
 * enum, its typed value (spec §5, a jn_value tree), the row or anchor it
 * was read from and a confidence. The writers (record_write.c) print the
 * JSON line of `jnorm extract` (spec §4) and its CSV row from the record,
 * so the API and the command give the same facts.
 *
 * Why the tree is read from text. The value rules (extract_value.c,
 * extract_text.c) write each value as JSON text, in some twenty places,
 * many of them through jn_mention_value_json(), the scanner's public
 * writer. Building the tree there instead would rewrite all of them and
 * the scanner's writer with them, for values that must keep their bytes
 * (the numbers' digits, the members' order). So the record reads the
 * text once, when the field is added (value_read.c), and keeps both: the
 * tree for callers and writers, the text as value_json for callers of the
 * first API. A rule that writes malformed text fails here, loudly
 * (JN_EINVAL), not later in a writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "record.h"
#include "value.h"

static const char *const status_names[] = {"value", "blank", "undisclosed", "none",
                                           "unparsed"};

const char *jn_status_name(jn_status s) {
  return (unsigned)s < sizeof status_names / sizeof status_names[0] ? status_names[s] : NULL;
}

/* How far a value is trusted, by where it was read (docs/EXTRACTION.md):
 * the page header and table rows most, then an answer led by its marker, an
 * item read from text, a label: value pair, a heading's block, a sentence. */
double jn__anchor_confidence(const char *anchor, int marked) {
  if (!strcmp(anchor, "header"))
    return 0.99;
  if (!strcmp(anchor, "row"))
    return 0.95;
  if (!strcmp(anchor, "pair"))
    return marked ? 0.9 : 0.8;
  if (!strcmp(anchor, "item"))
    return 0.85;
  if (!strcmp(anchor, "block"))
    return 0.7;
  return 0.55; /* sentence */
}

int jn__record_add(jn_record *r, const char *id, jn_status st, const char *value, size_t vn,
                   const char *item, const char *raw, uint64_t line, const char *anchor,
                   double confidence) {
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 32;
    jn_field_result *p = realloc(r->fields, cap * sizeof *p);
    if (!p)
      return -1;
    r->fields = p, r->cap = cap;
  }
  jn_field_result *f = &r->fields[r->n];
  memset(f, 0, sizeof *f);
  f->id = jn__dup(id, strlen(id));
  f->status = st;
  f->value_json = st == JN_STATUS_VALUE ? jn__dup(value, vn) : NULL;
  f->item = item ? jn__dup(item, strlen(item)) : NULL;
  f->raw = raw ? jn__dup(raw, strlen(raw)) : NULL;
  f->line = line;
  f->anchor = anchor;
  f->confidence = confidence;
  r->n++;
  if (!f->id || (st == JN_STATUS_VALUE && !f->value_json) || (item && !f->item) ||
      (raw && !f->raw))
    return JN_ENOMEM;
  if (st != JN_STATUS_VALUE)
    return JN_OK;
  jn_value *v;
  int rc = jn__value_read(&v, f->value_json, vn);
  f->value = v;
  return rc;
}

int jn__record_set_warnings(jn_record *r, char *json) {
  r->warnings = json;
  if (!json)
    return JN_ENOMEM;
  return jn__value_read(&r->warning_list, json, strlen(json));
}

size_t jn_record_field_count(const jn_record *r) { return r ? r->n : 0; }

const jn_field_result *jn_record_field_at(const jn_record *r, size_t i) {
  return r && i < r->n ? &r->fields[i] : NULL;
}

const jn_field_result *jn_record_field(const jn_record *r, const char *id) {
  for (size_t i = 0; r && id && i < r->n; i++)
    if (!strcmp(r->fields[i].id, id))
      return &r->fields[i];
  return NULL;
}

const char *jn_record_warnings_json(const jn_record *r) {
  return r && r->warnings ? r->warnings : "[]";
}

const jn_value *jn_record_warnings(const jn_record *r) { return r ? r->warning_list : NULL; }

void jn_record_free(jn_record *r) {
  if (!r)
    return;
  for (size_t i = 0; i < r->n; i++) {
    free((char *)r->fields[i].id);
    free((char *)r->fields[i].value_json);
    free((char *)r->fields[i].item);
    free((char *)r->fields[i].raw);
    jn__value_free((jn_value *)r->fields[i].value);
  }
  free(r->fields);
  free(r->sheet);
  free(r->warnings);
  jn__value_free(r->warning_list);
  free(r);
}
