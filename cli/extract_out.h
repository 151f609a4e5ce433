/* extract_out.h — what `jnorm extract` prints for one record: the library's
 * JSON line (spec §4) as it is, with only some fields, indented, or as one
 * CSV row. Pure functions of the record text: they run on worker threads. */
#ifndef JN_EXTRACT_OUT_H
#define JN_EXTRACT_OUT_H

#include <stddef.h>
#include <stdio.h>

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

/* Writes the CSV header row: sheet, then the columns. */
void extract_out_header(FILE *f, const extract_out *o);
/* Writes what the record rec[0..len) becomes: a JSON line, an indented
 * JSON object and a newline, or a CSV row (CRLF-ended). Returns 0, or -1
 * when rec is not a JSON object with a "fields" object (then nothing is
 * written) or memory ran out (then f may hold part of it: discard it). */
int extract_out_record(FILE *f, const char *rec, size_t len, const extract_out *o);

#endif
