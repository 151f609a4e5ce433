/* extract_out.h — what `jnorm extract` prints for one record: the
 * library's writers (jn_record_write_json, jn_record_write_csv) with the
 * command's options. Pure functions of the record: they run on worker
 * threads. */
#ifndef JN_EXTRACT_OUT_H
#define JN_EXTRACT_OUT_H

#include <stddef.h>
#include <stdio.h>

#include "jnorm.h"

/* The catalogue's field ids in the order of dict/fields.tsv, NULL-ended:
 * generated at build time from the same file the library embeds
 * (cmake/FieldIds.cmake → build/cli/field_ids.c). */
extern const char *const cli_catalogue_ids[];

typedef struct extract_out {
  int csv;                 /* --format csv, else JSON Lines */
  int pretty;              /* --pretty (JSON only) */
  const char *const *ids;  /* --fields in the order given, or NULL: all */
  size_t nids;
  const char *const *cols; /* CSV columns after "sheet": ids, or the catalogue */
  size_t ncols;
} extract_out;

/* Writes the CSV header row: sheet, then the columns. 0, or -1 when memory
 * ran out. */
int extract_out_header(FILE *f, const extract_out *o);
/* What the record becomes: a JSON line, an indented JSON object and a
 * newline, or a CSV row (CRLF-ended), in *out (malloc'd, *len bytes).
 * 0, or -1 when memory ran out. */
int extract_out_record(char **out, size_t *len, const jn_record *rec, const extract_out *o);

#endif
