/* dict.h — the files of dict/, embedded into the library at build time by
 * cmake/EmbedDict.cmake, and a line reader for their TSV format. */
#ifndef JN_DICT_H
#define JN_DICT_H

#include <stddef.h>

typedef struct jn_dict_file {
  const char *name; /* file name in dict/, e.g. "charclass.tsv" */
  const char *data; /* its bytes, NUL-terminated */
  size_t len;
} jn_dict_file;

extern const jn_dict_file jn__dict_files[]; /* ends with a NULL name */

/* The embedded file called `name`, or NULL. */
const jn_dict_file *jn__dict_find(const char *name);

/* Iterates over the data lines of a dict file: blank lines and lines
 * starting with '#' are skipped; fields are split at tabs. */
typedef struct jn_dict_reader {
  const jn_dict_file *file;
  size_t pos;
  unsigned line; /* 1-based number of the line last returned */
} jn_dict_reader;

#define JN_DICT_MAX_FIELDS 8

typedef struct jn_dict_field {
  const char *p;
  size_t len;
} jn_dict_field;

/* Next data line: fills up to JN_DICT_MAX_FIELDS fields and returns their
 * count, or 0 at the end of the file. */
int jn__dict_next(jn_dict_reader *r, jn_dict_field *fields);

/* The next of the alternatives written "a | b | c" in a column (labels,
 * words): 1 with [*w, *w + *n) and *p moved past it, 0 at the end.
 *   for (const char *p = words, *w; jn__dict_next_alt(&p, &w, &n);) … */
int jn__dict_next_alt(const char **p, const char **w, size_t *n);

#endif
