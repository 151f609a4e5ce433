/* cmd_eval.c — `jnorm eval --gold GOLD PRED`: extraction accuracy per spec
 * §6. Per field and overall: gold count, correct, accuracy, and precision,
 * recall and F1 over status "value"; a summary per sheet; the misses with
 * both sides. `--json` prints the same as one JSON object. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "eval.h"

static const char usage[] =
    "usage: jnorm eval --gold GOLD [--json] PRED\n"
    "\n"
    "Score extracted records (PRED, JSON Lines as jnorm extract prints them;\n"
    "'-' for stdin) against gold (GOLD, the same shape) per the scoring rules\n"
    "of the contract: a field is correct when its status equals the gold\n"
    "status and, for status \"value\", the values are equal (numbers in base\n"
    "units within 1e-9, ranges only equal ranges, gold keys such as as_of and\n"
    "bound must match, lists as sets, text without whitespace).\n"
    "\n"
    "Prints per field and overall: gold count, correct, accuracy, precision,\n"
    "recall and F1 over status \"value\"; then one line per sheet; then the\n"
    "misses with both sides.\n"
    "\n"
    "Options:\n"
    "  --gold FILE   the gold records (required)\n"
    "  --json        print one JSON object instead of tables\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit status: 0 scored, 64 usage, 65 a malformed gold or prediction file\n"
    "(named with its line), 66 a file missing.\n";

typedef struct tally {
  long gold, correct, tp, fp, fn;
} tally;

/* Reads JSON Lines of {"sheet":…, "fields":{…}} into an array; on a bad
 * line prints FILE:LINE and returns NULL with *status set. */
static json_t *load(const char *path, int *status) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
  if (!f) {
    cli_error("%s: %s", path, strerror(errno));
    *status = EXIT_NOINPUT;
    return NULL;
  }
  json_t *all = json_array();
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  unsigned long lineno = 0;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    size_t k = (size_t)n;
    while (k && (line[k - 1] == '\n' || line[k - 1] == '\r' || line[k - 1] == ' '))
      k--;
    if (k == 0)
      continue;
    json_error_t err;
    json_t *o = json_loadb(line, k, 0, &err);
    const char *why = NULL;
    if (!o)
      why = err.text;
    else if (!json_is_object(o) || !json_is_string(json_object_get(o, "sheet")))
      why = "expected an object with a \"sheet\" string";
    else if (!json_is_object(json_object_get(o, "fields")))
      why = "expected a \"fields\" object";
    if (why) {
      cli_error("%s:%lu: %s", path, lineno, why);
      json_decref(o);
      json_decref(all);
      free(line);
      if (f != stdin)
        fclose(f);
      *status = EXIT_DATAERR;
      return NULL;
    }
    json_array_append_new(all, o);
  }
  free(line);
  if (f != stdin)
    fclose(f);
  return all;
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0; }

static void scores(const tally *t, double *p, double *r, double *f1) {
  *p = ratio(t->tp, t->tp + t->fp);
  *r = ratio(t->tp, t->tp + t->fn);
  *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static json_t *tally_json(const tally *t) {
  double p, r, f1;
  scores(t, &p, &r, &f1);
  return json_pack("{s:I,s:I,s:f,s:I,s:I,s:I,s:f,s:f,s:f}", "gold", (json_int_t)t->gold,
                   "correct", (json_int_t)t->correct, "accuracy", ratio(t->correct, t->gold),
                   "tp", (json_int_t)t->tp, "fp", (json_int_t)t->fp, "fn", (json_int_t)t->fn,
                   "precision", p, "recall", r, "f1", f1);
}

static void add(tally *t, int gold_value, int pred_value, int correct) {
  t->gold++;
  t->correct += correct;
  t->tp += gold_value && correct;
  t->fp += pred_value && !correct;
  t->fn += gold_value && !correct;
}

static void print_row(const char *name, const tally *t) {
  double p, r, f1;
  scores(t, &p, &r, &f1);
  printf("%-32s %6ld %8ld %9.4f %9.4f %9.4f %9.4f\n", name, t->gold, t->correct,
         ratio(t->correct, t->gold), p, r, f1);
}

static json_t *side(json_t *field) {
  if (!field)
    return json_null();
  json_t *v = json_object_get(field, "value");
  return json_pack("{s:O,s:O}", "status", json_object_get(field, "status"), "value",
                   v ? v : json_null());
}

/* Scores everything; fills the result object. */
static json_t *score(const jn_ctx *ctx, json_t *gold, json_t *pred) {
  json_t *by_sheet = json_object(); /* sheet → predicted fields */
  size_t i;
  json_t *rec;
  json_array_foreach(pred, i, rec)
      json_object_set(by_sheet, json_string_value(json_object_get(rec, "sheet")),
                      json_object_get(rec, "fields"));
  json_t *field_order = json_array(), *field_index = json_object();
  tally *per_field = NULL;
  size_t n_fields = 0;
  tally all = {0};
  json_t *sheets = json_array(), *misses = json_array();
  json_array_foreach(gold, i, rec) {
    const char *sheet = json_string_value(json_object_get(rec, "sheet"));
    json_t *pf = json_object_get(by_sheet, sheet);
    tally st = {0};
    const char *id;
    json_t *gfield;
    json_object_foreach(json_object_get(rec, "fields"), id, gfield) {
      json_t *idx = json_object_get(field_index, id);
      if (!idx) {
        per_field = realloc(per_field, (n_fields + 1) * sizeof *per_field);
        memset(&per_field[n_fields], 0, sizeof *per_field);
        json_object_set_new(field_index, id, json_integer((json_int_t)n_fields++));
        json_array_append_new(field_order, json_string(id));
        idx = json_object_get(field_index, id);
      }
      json_t *pfield = pf ? json_object_get(pf, id) : NULL;
      const char *gs = json_string_value(json_object_get(gfield, "status"));
      const char *ps = pfield ? json_string_value(json_object_get(pfield, "status")) : NULL;
      int gold_value = gs && !strcmp(gs, "value"), pred_value = ps && !strcmp(ps, "value");
      int correct = gs && ps && !strcmp(gs, ps) &&
                    (!gold_value || eval_values_equal(ctx, jn_field_type(ctx, id),
                                                      json_object_get(gfield, "value"),
                                                      json_object_get(pfield, "value")));
      add(&per_field[json_integer_value(idx)], gold_value, pred_value, correct);
      add(&all, gold_value, pred_value, correct);
      add(&st, gold_value, pred_value, correct);
      if (!correct)
        json_array_append_new(misses, json_pack("{s:s,s:s,s:o,s:o}", "sheet", sheet,
                                                "field", id, "gold", side(gfield),
                                                "pred", side(pfield)));
    }
    json_array_append_new(sheets, json_pack("{s:s,s:I,s:I,s:f}", "sheet", sheet, "gold",
                                            (json_int_t)st.gold, "correct",
                                            (json_int_t)st.correct, "accuracy",
                                            ratio(st.correct, st.gold)));
  }
  json_t *fields = json_object();
  json_t *name;
  json_array_foreach(field_order, i, name)
      json_object_set_new(fields, json_string_value(name), tally_json(&per_field[i]));
  json_t *result = json_pack("{s:o,s:o,s:o,s:o}", "overall", tally_json(&all), "fields",
                             fields, "sheets", sheets, "misses", misses);
  free(per_field);
  json_decref(field_order);
  json_decref(field_index);
  json_decref(by_sheet);
  return result;
}

static void print_tables(json_t *r) {
  printf("%-32s %6s %8s %9s %9s %9s %9s\n", "field", "gold", "correct", "accuracy",
         "precision", "recall", "f1");
  const char *id;
  json_t *t;
  json_object_foreach(json_object_get(r, "fields"), id, t) {
    tally x = {json_integer_value(json_object_get(t, "gold")),
               json_integer_value(json_object_get(t, "correct")),
               json_integer_value(json_object_get(t, "tp")),
               json_integer_value(json_object_get(t, "fp")),
               json_integer_value(json_object_get(t, "fn"))};
    print_row(id, &x);
  }
  json_t *o = json_object_get(r, "overall");
  tally all = {json_integer_value(json_object_get(o, "gold")),
               json_integer_value(json_object_get(o, "correct")),
               json_integer_value(json_object_get(o, "tp")),
               json_integer_value(json_object_get(o, "fp")),
               json_integer_value(json_object_get(o, "fn"))};
  print_row("OVERALL", &all);
  printf("\n%-40s %6s %8s %9s\n", "sheet", "gold", "correct", "accuracy");
  size_t i;
  json_t *s;
  json_array_foreach(json_object_get(r, "sheets"), i, s)
      printf("%-40s %6lld %8lld %9.4f\n", json_string_value(json_object_get(s, "sheet")),
             (long long)json_integer_value(json_object_get(s, "gold")),
             (long long)json_integer_value(json_object_get(s, "correct")),
             json_real_value(json_object_get(s, "accuracy")));
  json_t *misses = json_object_get(r, "misses");
  printf("\nmisses (%zu):\n", json_array_size(misses));
  json_array_foreach(misses, i, s) {
    char *g = json_dumps(json_object_get(s, "gold"), JSON_COMPACT | JSON_ENCODE_ANY);
    char *p = json_dumps(json_object_get(s, "pred"), JSON_COMPACT | JSON_ENCODE_ANY);
    printf("%s %s\n  gold %s\n  pred %s\n", json_string_value(json_object_get(s, "sheet")),
           json_string_value(json_object_get(s, "field")), g ? g : "?", p ? p : "?");
    free(g);
    free(p);
  }
}

int cmd_eval(int argc, char **argv) {
  static const struct option longopts[] = {
      {"gold", required_argument, NULL, 'g'},
      {"json", no_argument, NULL, 'j'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  const char *gold_path = NULL;
  int as_json = 0, c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
    switch (c) {
    case 'g':
      gold_path = optarg;
      break;
    case 'j':
      as_json = 1;
      break;
    default:
      return cli_option_done(c, "eval", usage, argv);
    }
  }
  if (!gold_path || optind != argc - 1) {
    cli_error("eval: needs --gold GOLD and one PRED file (try 'jnorm eval --help')");
    return EXIT_USAGE;
  }
  int status = EXIT_OK;
  json_t *gold = load(gold_path, &status);
  json_t *pred = gold ? load(argv[optind], &status) : NULL;
  jn_ctx *ctx = pred ? cli_ctx() : NULL;
  if (!gold || !pred || !ctx) {
    json_decref(gold);
    json_decref(pred);
    return status ? status : EXIT_SOFTWARE;
  }
  json_t *result = score(ctx, gold, pred);
  if (as_json) {
    char *s = json_dumps(result, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
    if (s)
      puts(s);
    free(s);
  } else {
    print_tables(result);
  }
  json_decref(result);
  json_decref(gold);
  json_decref(pred);
  jn_ctx_free(ctx);
  return cli_close_stdout();
}
