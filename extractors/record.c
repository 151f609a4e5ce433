/* record.c — the typed record of one sheet (jn_record) and its JSON.
 *
 * Extraction (extract.c) fills a jn_record: per field its status as an
 * enum, its typed value (spec §5, kept as the JSON text the value rules
 * wrote), the row or anchor it was read from and a confidence. The JSON
 * line of `jnorm extract` (spec §4) is written from the record, so the API
 * and the command give the same facts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "record.h"

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
  return f->id && (st != JN_STATUS_VALUE || f->value_json) && (!item || f->item) &&
                 (!raw || f->raw)
             ? 0
             : -1;
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

void jn_record_free(jn_record *r) {
  if (!r)
    return;
  for (size_t i = 0; i < r->n; i++) {
    free((char *)r->fields[i].id);
    free((char *)r->fields[i].value_json);
    free((char *)r->fields[i].item);
    free((char *)r->fields[i].raw);
  }
  free(r->fields);
  free(r->sheet);
  free(r->warnings);
  free(r);
}

static void put_field(jn_buf *b, const jn_field_result *f) {
  char tmp[96];
  jn__buf_puts(b, "\"");
  jn__buf_puts(b, f->id);
  jn__buf_puts(b, "\":{\"status\":\"");
  jn__buf_puts(b, jn_status_name(f->status));
  jn__buf_puts(b, "\"");
  if (f->status == JN_STATUS_VALUE) {
    jn__buf_puts(b, ",\"value\":");
    jn__buf_puts(b, f->value_json);
  }
  if (!strcmp(f->anchor, "header")) { /* from the page header, not a row */
    jn__buf_puts(b, "}");
    return;
  }
  jn__buf_puts(b, ",\"item\":");
  jn__buf_put_json_string(b, f->item ? f->item : "", f->item ? strlen(f->item) : 0);
  jn__buf_puts(b, ",\"raw\":");
  jn__buf_put_json_string(b, f->raw ? f->raw : "", f->raw ? strlen(f->raw) : 0);
  snprintf(tmp, sizeof tmp, ",\"line\":%llu,\"anchor\":\"%s\",\"confidence\":%.2f}",
           (unsigned long long)f->line, f->anchor, f->confidence);
  jn__buf_puts(b, tmp);
}

int jn_record_to_json(const jn_record *r, char **out) {
  if (!r || !out)
    return JN_EINVAL;
  jn_buf b = JN_BUF_INIT;
  char tmp[224];
  jn__buf_puts(&b, "{\"sheet\":");
  jn__buf_put_json_string(&b, r->sheet, strlen(r->sheet));
  snprintf(tmp, sizeof tmp, ",\"format\":\"%s\",\"rows\":%zu,\"fields\":{", r->format,
           r->form_rows);
  jn__buf_puts(&b, tmp);
  for (size_t i = 0; i < r->n; i++) {
    if (i)
      jn__buf_puts(&b, ",");
    put_field(&b, &r->fields[i]);
  }
  snprintf(tmp, sizeof tmp,
           "},\"understood\":{\"form_rows\":%zu,\"text_rows\":%zu,\"fields\":%zu,"
           "\"unmatched_rows\":%zu},\"warnings\":",
           r->form_rows, r->text_rows, r->n, r->unmatched_rows);
  jn__buf_puts(&b, tmp);
  jn__buf_puts(&b, jn_record_warnings_json(r));
  jn__buf_puts(&b, "}");
  *out = jn__buf_detach(&b);
  jn__buf_free(&b);
  return *out ? JN_OK : JN_ENOMEM;
}
