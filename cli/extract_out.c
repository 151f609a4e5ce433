/* extract_out.c — see extract_out.h. The CSV cell rules are the ones
 * `jnorm extract --help` states; keep the two together. */
#include "extract_out.h"

#include <stdlib.h>
#include <string.h>

#include "json_text.h"

/* RFC 4180: a cell holding a comma, a quote or a line break is quoted, its
 * quotes doubled. */
static void csv_cell(FILE *f, const char *s, size_t n) {
  if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) && !memchr(s, '\r', n)) {
    fwrite(s, 1, n, f);
    return;
  }
  putc('"', f);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"')
      putc('"', f);
    putc(s[i], f);
  }
  putc('"', f);
}

void extract_out_header(FILE *f, const extract_out *o) {
  csv_cell(f, "sheet", 5);
  for (size_t i = 0; i < o->ncols; i++) {
    putc(',', f);
    csv_cell(f, o->cols[i], strlen(o->cols[i]));
  }
  fputs("\r\n", f);
}

static int wanted(jt_span key, const extract_out *o) {
  for (size_t i = 0; i < o->nids; i++)
    if (jt_string_is(key, o->ids[i]))
      return 1;
  return 0;
}

/* The record with only the wanted fields, compact: the same bytes as the
 * library's line, less the members dropped. */
static int put_filtered(FILE *f, jt_span rec, const extract_out *o) {
  jt_iter it, fit;
  jt_span key, val, fkey, fval;
  int r, fr, n = 0;
  if (!jt_begin(&it, rec) || !it.object)
    return -1;
  putc('{', f);
  while ((r = jt_next(&it, &key, &val)) > 0) {
    if (n++)
      putc(',', f);
    fwrite(key.p, 1, key.n, f);
    putc(':', f);
    if (!jt_string_is(key, "fields") || !o->ids) {
      fwrite(val.p, 1, val.n, f);
      continue;
    }
    if (!jt_begin(&fit, val) || !fit.object)
      return -1;
    int m = 0;
    putc('{', f);
    while ((fr = jt_next(&fit, &fkey, &fval)) > 0) {
      if (!wanted(fkey, o))
        continue;
      if (m++)
        putc(',', f);
      fwrite(fkey.p, 1, fkey.n, f);
      putc(':', f);
      fwrite(fval.p, 1, fval.n, f);
    }
    if (fr < 0)
      return -1;
    putc('}', f);
  }
  putc('}', f);
  return r < 0 ? -1 : 0;
}

/* ------------------------------------------------------------- CSV cells */

static void put_value(FILE *f, jt_span v);

/* The member of object o named name, if any. */
static int member(jt_span o, const char *name, jt_span *out) {
  jt_iter it;
  jt_span key, val;
  if (!jt_begin(&it, o) || !it.object)
    return 0;
  while (jt_next(&it, &key, &val) > 0)
    if (jt_string_is(key, name)) {
      *out = val;
      return 1;
    }
  return 0;
}

/* An object value: [BOUND]CORE [UNIT] [(AS_OF)] [(PERIOD)] [(KEY=VALUE)]...
 * where CORE is VALUE, MIN-MAX or FROM/TO, BOUND is >= (min), <= (max) or
 * ~ (approx), and any other member follows as (KEY=VALUE). */
static void put_object(FILE *f, jt_span o) {
  enum { VALUE, MIN, MAX, FROM, TO, UNIT, BOUND, AS_OF, PERIOD, NKNOWN };
  static const char *const names[NKNOWN] = {"value", "min",  "max",   "from",  "to",
                                            "unit",  "bound", "as_of", "period"};
  jt_span m[NKNOWN];
  int has[NKNOWN], used[NKNOWN] = {0};
  for (int k = 0; k < NKNOWN; k++)
    has[k] = member(o, names[k], &m[k]);
  const char *prefix = "";
  if (has[BOUND]) {
    used[BOUND] = 1;
    if (jt_string_is(m[BOUND], "min"))
      prefix = ">=";
    else if (jt_string_is(m[BOUND], "max"))
      prefix = "<=";
    else if (jt_string_is(m[BOUND], "approx"))
      prefix = "~";
    else
      used[BOUND] = 0; /* an unknown bound is shown as (bound=…) */
  }
  int wrote = 0;
  if (has[VALUE] || has[MIN] || has[MAX]) {
    fputs(prefix, f);
    if (has[VALUE]) {
      put_value(f, m[VALUE]);
      used[VALUE] = 1;
    } else {
      if (has[MIN])
        put_value(f, m[MIN]);
      putc('-', f);
      if (has[MAX])
        put_value(f, m[MAX]);
      used[MIN] = used[MAX] = 1;
    }
    wrote = 1;
  } else if (has[FROM] || has[TO]) {
    if (has[FROM])
      put_value(f, m[FROM]);
    putc('/', f);
    if (has[TO])
      put_value(f, m[TO]);
    used[FROM] = used[TO] = 1;
    wrote = 1;
  }
  static const int tail[] = {UNIT, AS_OF, PERIOD};
  for (int t = 0; t < 3; t++) {
    int k = tail[t];
    if (!has[k])
      continue;
    if (wrote)
      putc(' ', f);
    if (k != UNIT)
      putc('(', f);
    put_value(f, m[k]);
    if (k != UNIT)
      putc(')', f);
    used[k] = wrote = 1;
  }
  jt_iter it;
  jt_span key, val;
  jt_begin(&it, o);
  while (jt_next(&it, &key, &val) > 0) {
    int k = 0;
    while (k < NKNOWN && !(used[k] && jt_string_is(key, names[k])))
      k++;
    if (k < NKNOWN)
      continue;
    fputs(wrote ? " (" : "(", f);
    jt_put_string(f, key);
    putc('=', f);
    put_value(f, val);
    putc(')', f);
    wrote = 1;
  }
}

/* A value of spec §5 as text: strings as they are, numbers and true,
 * false, null as written, arrays joined with "; ", objects as above. */
static void put_value(FILE *f, jt_span v) {
  jt_iter it;
  jt_span val;
  switch (jt_kind(v)) {
  case '"':
    jt_put_string(f, v);
    break;
  case '[':
    jt_begin(&it, v);
    for (int n = 0; jt_next(&it, NULL, &val) > 0; n++) {
      if (n)
        fputs("; ", f);
      put_value(f, val);
    }
    break;
  case '{':
    put_object(f, v);
    break;
  default:
    jt_put_pretty(f, v, 0); /* a scalar: its text, whitespace trimmed */
  }
}

/* A field's cell: [STATUS] unless the status is value, else the value. */
static void put_field_cell(FILE *f, jt_span field) {
  jt_span status, value;
  if (!member(field, "status", &status))
    return;
  if (!jt_string_is(status, "value")) {
    putc('[', f);
    jt_put_string(f, status);
    putc(']', f);
  } else if (member(field, "value", &value)) {
    put_value(f, value);
  }
}

static int put_csv_row(FILE *out, jt_span rec, const extract_out *o) {
  jt_span sheet = {"\"\"", 2}, fields, key, val;
  jt_iter it;
  if (!member(rec, "fields", &fields) || !jt_begin(&it, fields) || !it.object)
    return -1;
  member(rec, "sheet", &sheet);
  /* The record's fields, once, so that each column is a lookup. */
  size_t nf = 0, capf = 128;
  jt_span(*fl)[2] = malloc(capf * sizeof *fl);
  while (fl && jt_next(&it, &key, &val) > 0) {
    if (nf == capf) {
      void *p = realloc(fl, (capf *= 2) * sizeof *fl);
      if (!p) {
        free(fl);
        fl = NULL;
        break;
      }
      fl = p;
    }
    fl[nf][0] = key;
    fl[nf++][1] = val;
  }
  /* The cells are written one after the other into one buffer, then
   * quoted as each needs. */
  char *buf = NULL;
  size_t len = 0;
  long *ends = fl ? malloc((o->ncols + 1) * sizeof *ends) : NULL;
  FILE *f = ends ? open_memstream(&buf, &len) : NULL;
  if (!f) {
    free(fl);
    free(ends);
    return -1;
  }
  jt_put_string(f, sheet);
  ends[0] = ftell(f);
  for (size_t c = 0; c < o->ncols; c++) {
    for (size_t i = 0; i < nf; i++)
      if (jt_string_is(fl[i][0], o->cols[c])) {
        put_field_cell(f, fl[i][1]);
        break;
      }
    ends[c + 1] = ftell(f);
  }
  free(fl);
  if (fclose(f) != 0 || !buf) {
    free(buf);
    free(ends);
    return -1;
  }
  long start = 0;
  for (size_t c = 0; c <= o->ncols; c++) {
    if (c)
      putc(',', out);
    csv_cell(out, buf + start, (size_t)(ends[c] - start));
    start = ends[c];
  }
  fputs("\r\n", out);
  free(buf);
  free(ends);
  return 0;
}

int extract_out_record(FILE *f, const char *rec, size_t len, const extract_out *o) {
  while (len && (rec[len - 1] == '\n' || rec[len - 1] == ' '))
    len--;
  jt_span r = {rec, len}, fields;
  if (jt_value_len(rec, len) != len || jt_kind(r) != '{' || !member(r, "fields", &fields) ||
      jt_kind(fields) != '{')
    return -1;
  if (o->csv)
    return put_csv_row(f, r, o);
  if (!o->pretty && !o->ids) {
    fwrite(rec, 1, len, f);
    putc('\n', f);
    return 0;
  }
  if (!o->pretty)
    return put_filtered(f, r, o) == 0 && putc('\n', f) != EOF ? 0 : -1;
  char *buf = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&buf, &n);
  if (!m)
    return -1;
  int rc = put_filtered(m, r, o);
  if (fclose(m) != 0 || !buf)
    rc = -1;
  if (rc == 0) {
    jt_put_pretty(f, (jt_span){buf, n}, 0);
    putc('\n', f);
  }
  free(buf);
  return rc;
}
