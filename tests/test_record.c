/* test_record.c — the typed record: jn_value's accessors on a record
 * extracted from a small sheet written here, the JSON writer's filter and
 * indent, the CSV writer's cells and quoting, and the value reader's
 * strictness. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "value.h" /* jn__value_read: the reader the record uses */

/* One answer per row, tab-separated: item, label, answer. */
static const char sheet_text[] =
    "1\t事業者名\t株式会社\"あおば\", 東京\n"
    "2\t売上高\t12億39百万円(2023年3月期)\n"
    "3\t稼働率の目標値\t99.9%以上\n"
    "4\t上場の有無\t無し\n"
    "5\t認証取得\tISMS(ISO27001)、プライバシーマーク\n"
    "6\t資本金\t非公開\n"
    "7\t従業員数\t約120名\n";

static jn_record *extract(const char *text) {
  jn_sheet *sh = NULL;
  jn_record *rec = NULL;
  jn_error err;
  assert_int_equal(jn_sheet_parse(&sh, th_ctx(), text, strlen(text), &err), JN_OK);
  assert_int_equal(jn_extract(&rec, th_ctx(), sh, "t.tsv", &err), JN_OK);
  jn_sheet_free(sh);
  return rec;
}

static const jn_value *value_of(const jn_record *rec, const char *id) {
  const jn_field_result *f = jn_record_field(rec, id);
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_non_null(f->value);
  return f->value;
}

static void test_accessors(void **state) {
  (void)state;
  jn_record *rec = extract(sheet_text);
  size_t len;

  const jn_value *revenue = value_of(rec, "revenue");
  assert_int_equal(jn_value_kind(revenue), JN_KIND_OBJECT);
  assert_string_equal(jn_kind_name(jn_value_kind(revenue)), "object");
  assert_int_equal(jn_value_count(revenue), 3);
  assert_string_equal(jn_value_key(revenue, 0), "value");
  assert_true(jn_value_number(jn_value_member(revenue, "value")) == 1239000000.0);
  assert_string_equal(jn_value_number_text(jn_value_member(revenue, "value")), "1239000000");
  assert_string_equal(jn_value_string(jn_value_member(revenue, "unit"), &len), "JPY");
  assert_int_equal(len, 3);
  assert_string_equal(jn_value_string(jn_value_member(revenue, "as_of"), NULL), "2023-03");
  assert_null(jn_value_member(revenue, "min"));

  const jn_value *target = value_of(rec, "availability_target");
  assert_string_equal(jn_value_number_text(jn_value_member(target, "value")), "99.9");
  assert_string_equal(jn_value_string(jn_value_member(target, "unit"), NULL), "%");
  assert_string_equal(jn_value_string(jn_value_member(target, "bound"), NULL), "min");

  const jn_value *listed = value_of(rec, "listed");
  assert_int_equal(jn_value_kind(listed), JN_KIND_BOOL);
  assert_int_equal(jn_value_bool(listed), 0);

  const jn_value *certs = value_of(rec, "certifications");
  assert_int_equal(jn_value_kind(certs), JN_KIND_ARRAY);
  assert_int_equal(jn_value_count(certs), 2);
  assert_string_equal(jn_value_string(jn_value_at(certs, 0), NULL), "PMARK");
  assert_string_equal(jn_value_string(jn_value_at(certs, 1), NULL), "ISMS");
  assert_null(jn_value_at(certs, 2));
  assert_null(jn_value_key(certs, 0)); /* an array has no member names */

  const jn_value *name = value_of(rec, "company_name");
  assert_int_equal(jn_value_kind(name), JN_KIND_STRING);
  assert_string_equal(jn_value_string(name, NULL), "株式会社\"あおば\", 東京");

  const jn_field_result *capital = jn_record_field(rec, "capital");
  assert_non_null(capital);
  assert_int_equal(capital->status, JN_STATUS_UNDISCLOSED);
  assert_null(capital->value);
  assert_null(capital->value_json);

  /* the wrong kind, or NULL: zero answers, never a crash */
  assert_null(jn_value_string(revenue, &len));
  assert_int_equal(len, 0);
  assert_int_equal(jn_value_count(name), 0);
  assert_true(jn_value_number(name) == 0);
  assert_int_equal(jn_value_kind(NULL), JN_KIND_NULL);
  assert_null(jn_value_member(NULL, "value"));

  const jn_value *warnings = jn_record_warnings(rec);
  assert_int_equal(jn_value_kind(warnings), JN_KIND_ARRAY);
  assert_int_equal(jn_value_count(warnings), 0);
  jn_record_free(rec);
}

static void test_csv(void **state) {
  (void)state;
  static const char *const cols[] = {"company_name", "revenue",  "availability_target",
                                     "listed",       "certifications", "capital",
                                     "employee_count", "founded"};
  jn_record_format fmt = JN_RECORD_FORMAT_INIT;
  fmt.fields = cols;
  fmt.n_fields = sizeof cols / sizeof cols[0];
  jn_record *rec = extract(sheet_text);
  char *head, *row;
  assert_int_equal(jn_record_csv_header(&head, &fmt), JN_OK);
  assert_string_equal(head, "sheet,company_name,revenue,availability_target,listed,"
                            "certifications,capital,employee_count,founded\r\n");
  assert_int_equal(jn_record_write_csv(&row, rec, &fmt), JN_OK);
  assert_string_equal(row, "t.tsv,\"株式会社\"\"あおば\"\", 東京\",1239000000 JPY (2023-03),"
                           ">=99.9 %,false,PMARK; ISMS,[undisclosed],~120 person,\r\n");
  jn_free(head);
  jn_free(row);

  jn_record_format none = JN_RECORD_FORMAT_INIT; /* CSV needs its columns */
  assert_int_equal(jn_record_write_csv(&row, rec, &none), JN_EINVAL);
  assert_int_equal(jn_record_csv_header(&head, &none), JN_EINVAL);
  jn_record_free(rec);
}

static void test_json(void **state) {
  (void)state;
  static const char *const keep[] = {"listed", "revenue"};
  jn_record *rec = extract(sheet_text);
  char *all, *line, *pretty;
  jn_record_format fmt = JN_RECORD_FORMAT_INIT;
  assert_int_equal(jn_record_to_json(rec, &all), JN_OK);
  assert_int_equal(jn_record_write_json(&line, rec, &fmt), JN_OK);
  assert_string_equal(all, line); /* the default format is the record's line */
  jn_free(line);

  fmt.fields = keep; /* in the record's order, whatever the list's */
  fmt.n_fields = 2;
  assert_int_equal(jn_record_write_json(&line, rec, &fmt), JN_OK);
  assert_non_null(strstr(line, "\"fields\":{\"listed\":{\"status\":\"value\",\"value\":false,"
                               "\"item\":\"4\""));
  assert_non_null(strstr(line, "},\"revenue\":{\"status\":\"value\",\"value\":{\"value\":"
                               "1239000000,\"unit\":\"JPY\",\"as_of\":\"2023-03\"},"));
  assert_null(strstr(line, "capital"));
  assert_non_null(strstr(line, "\"understood\":{\"form_rows\":7,\"text_rows\":3,\"fields\":8,"));

  fmt.pretty = 1;
  assert_int_equal(jn_record_write_json(&pretty, rec, &fmt), JN_OK);
  assert_true(strncmp(pretty, "{\n  \"sheet\": \"t.tsv\",\n  \"format\": \"tsv\",\n", 40) == 0);
  assert_non_null(strstr(pretty, "\n    \"listed\": {\n      \"status\": \"value\",\n"
                                 "      \"value\": false,\n"));
  assert_non_null(strstr(pretty, "\n  \"warnings\": []\n}"));
  assert_int_equal(pretty[strlen(pretty) - 1], '}');
  jn_free(line);
  jn_free(pretty);
  jn_free(all);
  jn_record_free(rec);
}

/* A document with no field: its warning, typed. */
static void test_warnings(void **state) {
  (void)state;
  jn_record *rec = extract("1\t天気\t晴れ\n");
  assert_int_equal(jn_record_field_count(rec), 0);
  const jn_value *w = jn_record_warnings(rec);
  assert_int_equal(jn_value_count(w), 1);
  const jn_value *first = jn_value_at(w, 0);
  assert_null(jn_value_member(first, "field")); /* about the sheet */
  assert_string_equal(jn_value_number_text(jn_value_member(first, "line")), "0");
  assert_string_equal(jn_value_string(jn_value_member(first, "message"), NULL),
                      "no field of the catalogue was read from this document");
  jn_record_free(rec);
}

/* The reader keeps numbers' text and decodes escapes; it refuses what is
 * not one well-formed value. */
static void test_reader(void **state) {
  (void)state;
  static const char *const bad[] = {"",     "{",         "[1,]",  "{\"a\"1}", "01",
                                    "1.",   "\"\\x\"",   "tru",   "1 2",      "\"a\nb\"",
                                    "-",    "{\"a\":1,}"};
  jn_value *v;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(jn__value_read(&v, bad[i], strlen(bad[i])), JN_EINVAL);
    assert_null(v);
  }
  char deep[81]; /* 40 arrays in each other: deeper than any value is */
  memset(deep, '[', 40);
  memset(deep + 40, ']', 40);
  deep[80] = '\0';
  assert_int_equal(jn__value_read(&v, deep, 80), JN_EINVAL);
  assert_int_equal(jn__value_read(&v, deep + 10, 60), JN_OK); /* 30 deep is fine */
  assert_int_equal(jn_value_kind(v), JN_KIND_ARRAY);
  jn__value_free(v);
  const char *ok = " {\"n\":99.97,\"e\":-1.5e3,\"s\":\"a\\\"\\u00e9\\ud83d\\ude00\",\"z\":null} ";
  assert_int_equal(jn__value_read(&v, ok, strlen(ok)), JN_OK);
  assert_string_equal(jn_value_number_text(jn_value_member(v, "n")), "99.97");
  assert_true(jn_value_number(jn_value_member(v, "e")) == -1500.0);
  assert_string_equal(jn_value_string(jn_value_member(v, "s"), NULL), "a\"é😀");
  assert_int_equal(jn_value_kind(jn_value_member(v, "z")), JN_KIND_NULL);
  jn__value_free(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_accessors), cmocka_unit_test(test_csv),
      cmocka_unit_test(test_json),      cmocka_unit_test(test_warnings),
      cmocka_unit_test(test_reader),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
