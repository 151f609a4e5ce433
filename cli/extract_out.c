/* extract_out.c — see extract_out.h. The CSV cell rules live with the
 * writer (extractors/record_csv.c, listed in jnorm.h); `jnorm extract
 * --help` repeats them: keep the three together. */
#include "extract_out.h"

#include <stdlib.h>
#include <string.h>

static jn_record_format format_of(const extract_out *o) {
  jn_record_format fmt = JN_RECORD_FORMAT_INIT;
  fmt.pretty = o->pretty;
  fmt.fields = o->csv ? o->cols : o->ids;
  fmt.n_fields = o->csv ? o->ncols : o->nids;
  return fmt;
}

int extract_out_header(FILE *f, const extract_out *o) {
  jn_record_format fmt = format_of(o);
  char *head;
  if (jn_record_csv_header(&head, &fmt) != JN_OK)
    return -1;
  fputs(head, f);
  jn_free(head);
  return 0;
}

int extract_out_record(char **out, size_t *len, const jn_record *rec, const extract_out *o) {
  jn_record_format fmt = format_of(o);
  char *text;
  int rc = o->csv ? jn_record_write_csv(&text, rec, &fmt) : jn_record_write_json(&text, rec, &fmt);
  if (rc != JN_OK)
    return -1;
  size_t n = strlen(text);
  *out = malloc(n + 2); /* the CLI's own copy, with JSON's line end */
  if (*out) {
    memcpy(*out, text, n);
    if (!o->csv)
      (*out)[n++] = '\n';
    (*out)[n] = '\0';
    *len = n;
  }
  jn_free(text);
  return *out ? 0 : -1;
}
