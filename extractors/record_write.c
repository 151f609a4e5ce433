/* record_write.c — a record as JSON (spec §4): the line of `jnorm
 * extract`, with only some fields, or indented (jn_record_write_json).
 *
 * Written from the record itself, the values from their jn_value trees:
 * no JSON text is parsed to be written again. One writer does both
 * layouts; `pretty` only changes the space between tokens, so the two
 * cannot drift apart. The bytes are those of the first writer, which
 * printed the rules' value text as it was: strings are escaped as
 * jn__buf_put_json_string (the one escaper the rules use) and numbers are
 * printed as written (jn_value keeps their text). */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "record.h"
#include "value.h"

#define MAX_LEVEL 40 /* the record (3) and the deepest value (value_read.c: 32) */

/* A JSON writer: separators and, when pretty, line breaks and indents. */
typedef struct jw {
  jn_buf b;
  int pretty, level;
  size_t count[MAX_LEVEL]; /* members written so far at each open level */
} jw;

static void indent(jw *w) {
  jn__buf_put(&w->b, "\n", 1);
  for (int i = 0; i < w->level; i++)
    jn__buf_put(&w->b, "  ", 2);
}

static void open_(jw *w, const char *bracket) {
  jn__buf_puts(&w->b, bracket);
  w->count[++w->level] = 0;
}

/* An empty object or array closes at once ({}), as the compact form. */
static void close_(jw *w, const char *bracket) {
  int empty = w->count[w->level] == 0;
  w->level--;
  if (w->pretty && !empty)
    indent(w);
  jn__buf_puts(&w->b, bracket);
}

/* Before an element, or before a member's key when key is not NULL. */
static void next(jw *w, const char *key) {
  if (w->count[w->level]++)
    jn__buf_put(&w->b, ",", 1);
  if (w->pretty)
    indent(w);
  if (key) {
    jn__buf_put_json_string(&w->b, key, strlen(key));
    jn__buf_puts(&w->b, w->pretty ? ": " : ":");
  }
}

static void put_str(jw *w, const char *key, const char *s) {
  next(w, key);
  jn__buf_put_json_string(&w->b, s ? s : "", s ? strlen(s) : 0);
}

static void put_raw(jw *w, const char *key, const char *text) {
  next(w, key);
  jn__buf_puts(&w->b, text);
}

static void put_count(jw *w, const char *key, unsigned long long n) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%llu", n);
  put_raw(w, key, tmp);
}

static void put_value(jw *w, const char *key, const jn_value *v) {
  size_t len;
  switch (jn_value_kind(v)) {
  case JN_KIND_NULL:
    put_raw(w, key, "null");
    return;
  case JN_KIND_BOOL:
    put_raw(w, key, jn_value_bool(v) ? "true" : "false");
    return;
  case JN_KIND_NUMBER:
    put_raw(w, key, jn_value_number_text(v));
    return;
  case JN_KIND_STRING: {
    const char *s = jn_value_string(v, &len);
    next(w, key);
    jn__buf_put_json_string(&w->b, s, len);
    return;
  }
  case JN_KIND_ARRAY:
  case JN_KIND_OBJECT: {
    int object = jn_value_kind(v) == JN_KIND_OBJECT;
    next(w, key);
    open_(w, object ? "{" : "[");
    for (size_t i = 0; i < jn_value_count(v); i++)
      put_value(w, jn_value_key(v, i), jn_value_at(v, i));
    close_(w, object ? "}" : "]");
  }
  }
}

/* A field read from the page header has no row: no item, raw, line. */
static void put_field(jw *w, const jn_field_result *f) {
  next(w, f->id);
  open_(w, "{");
  put_str(w, "status", jn_status_name(f->status));
  if (f->status == JN_STATUS_VALUE)
    put_value(w, "value", f->value);
  if (strcmp(f->anchor, "header") != 0) {
    char conf[32];
    put_str(w, "item", f->item);
    put_str(w, "raw", f->raw);
    put_count(w, "line", (unsigned long long)f->line);
    put_str(w, "anchor", f->anchor);
    snprintf(conf, sizeof conf, "%.2f", f->confidence);
    put_raw(w, "confidence", conf);
  }
  close_(w, "}");
}

static int wanted(const jn_record_format *fmt, const char *id) {
  if (!fmt->fields)
    return 1;
  for (size_t i = 0; i < fmt->n_fields; i++)
    if (fmt->fields[i] && !strcmp(fmt->fields[i], id))
      return 1;
  return 0;
}

static void put_record(jw *w, const jn_record *r, const jn_record_format *fmt) {
  open_(w, "{");
  put_str(w, "sheet", r->sheet);
  put_str(w, "format", r->format);
  put_count(w, "rows", r->form_rows);
  next(w, "fields");
  open_(w, "{");
  for (size_t i = 0; i < r->n; i++)
    if (wanted(fmt, r->fields[i].id))
      put_field(w, &r->fields[i]);
  close_(w, "}");
  next(w, "understood"); /* counts of the whole record, whatever is kept */
  open_(w, "{");
  put_count(w, "form_rows", r->form_rows);
  put_count(w, "text_rows", r->text_rows);
  put_count(w, "fields", r->n);
  put_count(w, "unmatched_rows", r->unmatched_rows);
  close_(w, "}");
  put_value(w, "warnings", r->warning_list);
  close_(w, "}");
}

int jn_record_write_json(char **out, const jn_record *r, const jn_record_format *fmt) {
  static const jn_record_format all = JN_RECORD_FORMAT_INIT;
  if (!out || !r || !r->warning_list)
    return JN_EINVAL;
  jw w = {JN_BUF_INIT, fmt && fmt->pretty, 0, {0}};
  put_record(&w, r, fmt ? fmt : &all);
  *out = jn__buf_detach(&w.b);
  jn__buf_free(&w.b);
  return *out ? JN_OK : JN_ENOMEM;
}

int jn_record_to_json(const jn_record *r, char **out) {
  return jn_record_write_json(out, r, NULL);
}
