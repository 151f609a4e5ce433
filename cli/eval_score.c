/* eval_score.c — when a predicted field value equals the gold one (spec §6).
 *
 * Numbers compare after conversion to base units (s, min, h, d, wk to
 * seconds; mo, y to months; k/M/G prefixes removed) with a relative
 * tolerance of 1e-9, and a range equals only a range; every key of the gold
 * value must be in the prediction and equal, extra predicted keys are
 * ignored; list, phone, email, url and dates compare as sets (phones by
 * their digits); text and hours after normalization with all whitespace
 * removed; other strings (dates, codes) after normalization. JSON is read with jansson (see docs/DEPENDENCIES.md). */
#include "eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A unit's dimension and its factor to the dimension's base unit. */
static int unit_base(const char *u, double *factor) {
  static const struct {
    const char *unit;
    int dim;
    double factor;
  } table[] = {{"s", 1, 1},        {"min", 1, 60},   {"h", 1, 3600},
               {"d", 1, 86400},    {"wk", 1, 604800}, {"mo", 2, 1},
               {"y", 2, 12}};
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(u, table[i].unit) == 0) {
      *factor = table[i].factor;
      return table[i].dim;
    }
  static const char *const prefixed[] = {"V", "A", "VA", "W", "bps"};
  double f = 1;
  const char *base = u;
  if ((u[0] == 'k' || u[0] == 'K' || u[0] == 'M' || u[0] == 'G') && u[1]) {
    f = u[0] == 'M' ? 1e6 : u[0] == 'G' ? 1e9 : 1e3;
    base = u + 1;
  }
  for (size_t i = 0; i < sizeof prefixed / sizeof prefixed[0]; i++)
    if (strcmp(base, prefixed[i]) == 0) {
      *factor = f;
      return 10 + (int)i;
    }
  *factor = 1;
  return 0; /* compared by name */
}

static int numbers_equal(double a, double b) {
  if (a == b)
    return 1;
  return fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

/* Gold and predicted amounts, each in its own unit. */
static int amount_equal(json_t *g, const char *gu, json_t *p, const char *pu) {
  if (json_is_string(g) || json_is_string(p)) /* seismic "6+" */
    return json_is_string(g) && json_is_string(p) &&
           strcmp(json_string_value(g), json_string_value(p)) == 0 &&
           strcmp(gu ? gu : "", pu ? pu : "") == 0;
  if (!json_is_number(g) || !json_is_number(p))
    return 0;
  double gf = 1, pf = 1;
  int gd = gu ? unit_base(gu, &gf) : 0, pd = pu ? unit_base(pu, &pf) : 0;
  if (gd != pd || (gd == 0 && strcmp(gu ? gu : "", pu ? pu : "") != 0))
    return 0;
  return numbers_equal(json_number_value(g) * gf, json_number_value(p) * pf);
}

/* Quantities, money, percentages: keys of the gold object. */
static int object_equal(json_t *g, json_t *p) {
  if (!json_is_object(g) || !json_is_object(p))
    return json_equal(g, p);
  int g_range = json_object_get(g, "min") != NULL, p_range = json_object_get(p, "min") != NULL;
  if (g_range != p_range)
    return 0; /* a range equals only a range */
  const char *gu = json_string_value(json_object_get(g, "unit"));
  const char *pu = json_string_value(json_object_get(p, "unit"));
  const char *key;
  json_t *gv;
  json_object_foreach(g, key, gv) {
    json_t *pv = json_object_get(p, key);
    if (!pv)
      return 0;
    if (!strcmp(key, "value") || !strcmp(key, "min") || !strcmp(key, "max")) {
      if (!amount_equal(gv, gu, pv, pu))
        return 0;
    } else if (!strcmp(key, "unit")) {
      continue; /* decided through the amounts */
    } else if (!json_equal(gv, pv)) {
      return 0;
    }
  }
  return 1;
}

/* Text compared after normalization with all whitespace removed; phones by
 * their digits. Returns a malloc'd key. */
static char *text_key(const jn_ctx *ctx, const char *s, int digits_only) {
  jn_text *t;
  size_t n = strlen(s);
  if (jn_normalize(&t, ctx, s, n, 0, NULL) != JN_OK)
    return strdup(s);
  const char *d = jn_text_data(t, &n);
  char *out = malloc(n + 1);
  size_t k = 0;
  for (size_t i = 0; out && i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (digits_only ? (c >= '0' && c <= '9') : !(c == ' ' || c == '\n' || c == '\t'))
      out[k++] = d[i];
  }
  if (out)
    out[k] = '\0';
  jn_text_free(t);
  return out;
}

/* A string in its normalized spelling (full-width digits folded). */
static char *normalized(const jn_ctx *ctx, const char *s) {
  jn_text *t;
  if (jn_normalize(&t, ctx, s, strlen(s), 0, NULL) != JN_OK)
    return strdup(s);
  char *out = strdup(jn_text_data(t, NULL));
  jn_text_free(t);
  return out;
}

/* The set key of one element: strings normalized, anything else as JSON. */
static char *element_key(const jn_ctx *ctx, json_t *e, int phone) {
  if (json_is_string(e))
    return text_key(ctx, json_string_value(e), phone);
  return json_dumps(e, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
}

static int contains(const jn_ctx *ctx, json_t *arr, const char *key, int phone) {
  size_t i;
  json_t *e;
  json_array_foreach(arr, i, e) {
    char *k = element_key(ctx, e, phone);
    int same = k && strcmp(k, key) == 0;
    free(k);
    if (same)
      return 1;
  }
  return 0;
}

/* Sets: every element of each side is in the other. */
static int set_equal(const jn_ctx *ctx, json_t *g, json_t *p, int phone) {
  if (!json_is_array(g) || !json_is_array(p))
    return 0;
  for (int side = 0; side < 2; side++) {
    json_t *a = side ? p : g, *b = side ? g : p;
    size_t i;
    json_t *e;
    json_array_foreach(a, i, e) {
      char *k = element_key(ctx, e, phone);
      int in = k && contains(ctx, b, k, phone);
      free(k);
      if (!in)
        return 0;
    }
  }
  return 1;
}

int eval_values_equal(const jn_ctx *ctx, const char *type, json_t *g, json_t *p) {
  if (!g || !p)
    return g == p;
  if (!type) /* not in the catalogue: by the value's shape */
    type = json_is_array(g) ? "list" : json_is_object(g) ? "quantity"
           : json_is_string(g) ? "code" : "bool";
  if (!strcmp(type, "list") || !strcmp(type, "email") || !strcmp(type, "url") ||
      !strcmp(type, "dates"))
    return set_equal(ctx, g, p, 0);
  if (!strcmp(type, "phone"))
    return set_equal(ctx, g, p, 1);
  if (!strcmp(type, "text") || !strcmp(type, "hours")) {
    if (!json_is_string(g) || !json_is_string(p))
      return 0;
    char *a = text_key(ctx, json_string_value(g), 0), *b = text_key(ctx, json_string_value(p), 0);
    int same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same;
  }
  if (!strcmp(type, "quantity") || !strcmp(type, "money") || !strcmp(type, "percent"))
    return object_equal(g, p);
  if (json_is_number(g) && json_is_number(p))
    return numbers_equal(json_number_value(g), json_number_value(p));
  if (json_is_string(g) && json_is_string(p)) { /* dates, codes: one spelling */
    char *a = normalized(ctx, json_string_value(g)), *b = normalized(ctx, json_string_value(p));
    int same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same;
  }
  return json_equal(g, p);
}
