/* sheet_csv.c — comma-separated values (RFC 4180) into the cells the reader
 * reads; semicolon-separated ones too.
 *
 * The guideline's form is a spreadsheet, and "save as CSV" is how many
 * vendors hand it out (LAYOUTS.md §2): fields separated by commas, a field
 * holding a comma, a quote or a line break between double quotes, "" for a
 * quote inside. A sheet is taken as CSV when its records, read that way,
 * mostly have the same number of fields (a page of prose with a few
 * commas in its numbers does not). Where commas do not part the records
 * so, semicolons may (LibreOffice's and Excel's CSV in locales whose
 * decimal mark is a comma). Each record becomes one line of
 * tab-separated cells; a line break inside a field becomes
 * JN_PARAGRAPH_MARK, so a multi-line answer stays one cell. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sheet.h"

/* One record from in[*at]: its fields written to out (tab-separated) when
 * out is not NULL; the field count. *at moves past the record's end. */
static size_t record(const char *in, size_t len, size_t *at, jn_buf *out, uint64_t *line,
                     char sep) {
  size_t i = *at, fields = 1;
  int quoted = 0, field_start = 1;
  for (; i < len; i++) {
    char c = in[i];
    if (quoted) {
      if (c == '"' && i + 1 < len && in[i + 1] == '"') {
        if (out)
          jn__buf_put(out, "\"", 1);
        i++;
      } else if (c == '"') {
        quoted = 0;
      } else if (c == '\n' || c == '\r') {
        *line += c == '\n';
        if (c == '\r' && i + 1 < len && in[i + 1] == '\n')
          continue; /* CRLF inside a field: one break, at its LF */
        char m = JN_PARAGRAPH_MARK;
        if (out)
          jn__buf_put(out, &m, 1);
      } else if (out) {
        jn__buf_put(out, c == '\t' ? " " : &in[i], 1);
      }
      continue;
    }
    if (c == '"' && field_start) {
      quoted = 1;
      field_start = 0;
    } else if (c == sep) {
      fields++;
      field_start = 1;
      if (out)
        jn__buf_put(out, "\t", 1);
    } else if (c == '\n') {
      i++;
      break;
    } else if (c != '\r') {
      field_start = 0;
      if (out)
        jn__buf_put(out, c == '\t' ? " " : &in[i], 1);
    }
  }
  *line += 1;
  *at = i;
  return fields;
}

/* Do most records share one field count (at least two fields)? */
static int looks_like_csv(const char *in, size_t len, char sep) {
  enum { MAX_FIELDS = 64 };
  size_t count[MAX_FIELDS + 1] = {0}, records = 0, tabs = 0;
  uint64_t line = 0;
  for (size_t i = 0; i < len; i++)
    tabs += in[i] == '\t';
  for (size_t at = 0; at < len && records < 2000;) {
    size_t start = at;
    size_t k = record(in, len, &at, NULL, &line, sep);
    int blank = at - start <= 2;
    if (blank)
      continue;
    records++;
    count[k > MAX_FIELDS ? MAX_FIELDS : k]++;
  }
  size_t best = 2;
  for (size_t k = 3; k <= MAX_FIELDS; k++)
    if (count[k] > count[best])
      best = k;
  if (tabs > records / 2 || records < 4)
    return 0;
  /* two fields per record is also "label, value" prose: ask for more */
  return best >= 3 ? count[best] * 2 >= records : count[2] * 10 >= records * 7;
}

char *jn__sheet_csv(const char *in, size_t len, size_t *out_len, jn_line_map *lm) {
  /* a comma, or a semicolon where a comma is the decimal mark (LibreOffice
   * and Excel in such locales, or on request) */
  char sep = memchr(in, ',', len) && looks_like_csv(in, len, ',')   ? ','
             : memchr(in, ';', len) && looks_like_csv(in, len, ';') ? ';'
                                                                     : 0;
  if (!sep)
    return NULL;
  jn_buf out = JN_BUF_INIT;
  uint64_t line = 1;
  for (size_t at = 0; at < len && !out.failed;) {
    if (jn__line_map_add(lm, line) != 0)
      out.failed = 1;
    record(in, len, &at, &out, &line, sep);
    jn__buf_put(&out, "\n", 1);
  }
  return jn__sheet_pass_result(&out, out_len, lm);
}
