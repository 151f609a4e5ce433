/* dict.c — lookup and line reading of the embedded dict/ files. */
#include "dict.h"

#include <string.h>

const jn_dict_file *jn__dict_find(const char *name) {
  for (const jn_dict_file *f = jn__dict_files; f->name; f++)
    if (strcmp(f->name, name) == 0)
      return f;
  return NULL;
}

int jn__dict_next(jn_dict_reader *r, jn_dict_field *fields) {
  const char *d = r->file->data;
  size_t n = r->file->len;
  while (r->pos < n) {
    size_t start = r->pos, end = start;
    while (end < n && d[end] != '\n')
      end++;
    r->pos = end < n ? end + 1 : end;
    r->line++;
    size_t stop = end;
    if (stop > start && d[stop - 1] == '\r')
      stop--;
    if (stop == start || d[start] == '#')
      continue;
    int count = 0;
    size_t f = start;
    while (count < JN_DICT_MAX_FIELDS) {
      size_t e = f;
      while (e < stop && d[e] != '\t')
        e++;
      fields[count].p = d + f;
      fields[count].len = e - f;
      count++;
      if (e >= stop)
        break;
      f = e + 1;
    }
    return count;
  }
  return 0;
}

int jn__dict_next_alt(const char **p, const char **w, size_t *n) {
  if (!**p)
    return 0;
  const char *bar = strstr(*p, " | ");
  *w = *p;
  *n = bar ? (size_t)(bar - *p) : strlen(*p);
  *p = bar ? bar + 3 : *p + *n;
  return 1;
}
