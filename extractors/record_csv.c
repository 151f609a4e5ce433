/* record_csv.c — a record as one CSV row (jn_record_write_csv) under its
 * header (jn_record_csv_header): RFC 4180, UTF-8, CRLF.
 *
 * A cell is a field's value as text, by the rules jnorm.h lists (and
 * `jnorm extract --help` repeats: keep the three together). Each cell is
 * written whole first, then quoted as it needs, so that the rules that
 * make text never think about quoting. */
#include <string.h>

#include "buf.h"
#include "record.h"
#include "value.h"

/* RFC 4180: a cell holding a comma, a quote or a line break is quoted, its
 * quotes doubled. */
static void put_cell(jn_buf *b, const char *s, size_t n) {
  if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) && !memchr(s, '\r', n)) {
    jn__buf_put(b, s, n);
    return;
  }
  jn__buf_put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"')
      jn__buf_put(b, "\"", 1);
    jn__buf_put(b, s + i, 1);
  }
  jn__buf_put(b, "\"", 1);
}

static void put_text(jn_buf *b, const jn_value *v);

/* The members an object cell names; any other is shown as (KEY=VALUE). */
enum { VALUE, MIN, MAX, FROM, TO, UNIT, BOUND, AS_OF, PERIOD, NKNOWN };
static const char *const known[NKNOWN] = {"value", "min",  "max",   "from",  "to",
                                          "unit",  "bound", "as_of", "period"};

/* >=, <= or ~ for a bound the cell shows in front; NULL for another. */
static const char *bound_prefix(const jn_value *bound) {
  const char *s = jn_value_string(bound, NULL);
  return !s ? NULL : !strcmp(s, "min") ? ">=" : !strcmp(s, "max") ? "<=" : !strcmp(s, "approx") ? "~" : NULL;
}

/* CORE: VALUE, MIN-MAX or FROM/TO, with the bound in front. 1 when it
 * wrote one. */
static int put_core(jn_buf *b, const jn_value *const m[NKNOWN], int used[NKNOWN]) {
  const char *prefix = m[BOUND] ? bound_prefix(m[BOUND]) : NULL;
  used[BOUND] = prefix != NULL; /* an unknown bound is shown as (bound=…) */
  if (m[VALUE] || m[MIN] || m[MAX]) {
    jn__buf_puts(b, prefix ? prefix : "");
    if (m[VALUE]) {
      put_text(b, m[VALUE]);
      used[VALUE] = 1;
      return 1;
    }
    put_text(b, m[MIN]); /* NULL (an open end) writes nothing */
    jn__buf_put(b, "-", 1);
    put_text(b, m[MAX]);
    used[MIN] = used[MAX] = 1;
    return 1;
  }
  if (!m[FROM] && !m[TO])
    return 0;
  put_text(b, m[FROM]);
  jn__buf_put(b, "/", 1);
  put_text(b, m[TO]);
  used[FROM] = used[TO] = 1;
  return 1;
}

static int was_used(const char *key, const int used[NKNOWN]) {
  for (int k = 0; k < NKNOWN; k++)
    if (used[k] && !strcmp(key, known[k]))
      return 1;
  return 0;
}

/* [BOUND]CORE [UNIT] [(AS_OF)] [(PERIOD)] [(KEY=VALUE)]... */
static void put_object(jn_buf *b, const jn_value *o) {
  const jn_value *m[NKNOWN];
  int used[NKNOWN] = {0};
  for (int k = 0; k < NKNOWN; k++)
    m[k] = jn_value_member(o, known[k]);
  int wrote = put_core(b, m, used);
  static const int tail[] = {UNIT, AS_OF, PERIOD};
  for (int t = 0; t < 3; t++) {
    int k = tail[t];
    if (!m[k])
      continue;
    jn__buf_puts(b, wrote ? (k == UNIT ? " " : " (") : (k == UNIT ? "" : "("));
    put_text(b, m[k]);
    jn__buf_puts(b, k == UNIT ? "" : ")");
    used[k] = wrote = 1;
  }
  for (size_t i = 0; i < jn_value_count(o); i++) {
    const char *key = jn_value_key(o, i);
    if (was_used(key, used))
      continue;
    jn__buf_puts(b, wrote ? " (" : "(");
    jn__buf_puts(b, key);
    jn__buf_put(b, "=", 1);
    put_text(b, jn_value_at(o, i));
    jn__buf_put(b, ")", 1);
    wrote = 1;
  }
}

/* A value as text: strings as they are, numbers as written, true, false
 * and null as words, arrays joined with "; ", objects as above. */
static void put_text(jn_buf *b, const jn_value *v) {
  size_t len;
  const char *s;
  if (!v)
    return;
  switch (jn_value_kind(v)) {
  case JN_KIND_STRING:
    s = jn_value_string(v, &len);
    jn__buf_put(b, s, len);
    break;
  case JN_KIND_NUMBER:
    jn__buf_puts(b, jn_value_number_text(v));
    break;
  case JN_KIND_BOOL:
    jn__buf_puts(b, jn_value_bool(v) ? "true" : "false");
    break;
  case JN_KIND_NULL:
    jn__buf_puts(b, "null");
    break;
  case JN_KIND_ARRAY:
    for (size_t i = 0; i < jn_value_count(v); i++) {
      jn__buf_puts(b, i ? "; " : "");
      put_text(b, jn_value_at(v, i));
    }
    break;
  case JN_KIND_OBJECT:
    put_object(b, v);
  }
}

/* A field's cell before quoting: [STATUS] unless the status is value, else
 * the value; nothing when the record lacks the field. */
static void field_text(jn_buf *b, const jn_field_result *f) {
  if (!f)
    return;
  if (f->status != JN_STATUS_VALUE) {
    jn__buf_put(b, "[", 1);
    jn__buf_puts(b, jn_status_name(f->status));
    jn__buf_put(b, "]", 1);
    return;
  }
  put_text(b, f->value);
}

static int detach(jn_buf *b, char **out) {
  *out = jn__buf_detach(b);
  jn__buf_free(b);
  return *out ? JN_OK : JN_ENOMEM;
}

int jn_record_csv_header(char **out, const jn_record_format *fmt) {
  if (!out || !fmt || !fmt->fields)
    return JN_EINVAL;
  jn_buf b = JN_BUF_INIT;
  put_cell(&b, "sheet", 5);
  for (size_t i = 0; i < fmt->n_fields; i++) {
    jn__buf_put(&b, ",", 1);
    put_cell(&b, fmt->fields[i], strlen(fmt->fields[i]));
  }
  jn__buf_puts(&b, "\r\n");
  return detach(&b, out);
}

int jn_record_write_csv(char **out, const jn_record *r, const jn_record_format *fmt) {
  if (!out || !r || !fmt || !fmt->fields)
    return JN_EINVAL;
  jn_buf b = JN_BUF_INIT, cell = JN_BUF_INIT;
  put_cell(&b, r->sheet, strlen(r->sheet));
  for (size_t i = 0; i < fmt->n_fields; i++) {
    cell.len = 0;
    field_text(&cell, jn_record_field(r, fmt->fields[i]));
    jn__buf_put(&b, ",", 1);
    put_cell(&b, cell.data ? cell.data : "", cell.len);
  }
  jn__buf_puts(&b, "\r\n");
  b.failed |= cell.failed;
  jn__buf_free(&cell);
  return detach(&b, out);
}
