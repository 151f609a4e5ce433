/* test_sheet.c — jn_sheet_parse on the project's own sheets (one per
 * layout, corpus/sheets/) and, when ../shared is there, on the real sheets:
 * every item number a sheet shows is found, rows are well formed, the
 * header carries the page metadata. "Shown" is counted here independently
 * of the parser: lines whose first cell (tab- or pipe-separated) is a
 * number. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

#ifndef CORPUS_DIR
#error CORPUS_DIR must name corpus/sheets
#endif
#ifndef REAL_DIR
#error REAL_DIR must name ../shared/corpus/real
#endif

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0, r;
  char *buf = malloc(cap);
  while ((r = fread(buf + n, 1, cap - n, f)) > 0)
    if ((n += r) == cap)
      buf = realloc(buf, cap *= 2);
  fclose(f);
  *len = n;
  return buf;
}

/* Item numbers the raw text shows in a first cell, as a bitmap 0..999. */
static void shown_items(const char *s, size_t n, unsigned char seen[1000]) {
  memset(seen, 0, 1000);
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n, j = i;
    if (j < e && s[j] == '|') {
      j++;
      while (j < e && s[j] == ' ')
        j++;
    }
    int v = 0, d = 0;
    while (j < e && isdigit((unsigned char)s[j]) && d < 4)
      v = v * 10 + (s[j++] - '0'), d++;
    if (j < e && s[j] == '.')
      j++;
    while (j < e && s[j] == ' ')
      j++;
    if (d >= 1 && d <= 3 && j < e && (s[j] == '\t' || s[j] == '|'))
      seen[v] = 1;
    i = e + 1;
  }
}

/* Parses a sheet file and checks coverage and well-formedness; returns the
 * share of shown items found. */
static double check_sheet(const char *path, const char *want_format) {
  size_t len = 0;
  char *in = slurp(path, &len);
  if (!in)
    fail_msg("cannot read %s", path);
  jn_sheet *sh;
  jn_error err = {0};
  if (jn_sheet_parse(&sh, th_ctx(), in, len, &err) != JN_OK)
    fail_msg("%s: %s", path, err.message);
  unsigned char seen[1000], found[1000] = {0};
  shown_items(in, len, seen);
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (!r->anchor)
      fail_msg("%s: row %zu has no anchor", path, i);
    if (strcmp(r->anchor, "row") != 0) { /* text around the tables */
      if (!r->question || !r->answer || r->line == 0)
        fail_msg("%s: %s row %zu (line %llu) is malformed", path, r->anchor, i,
                 (unsigned long long)r->line);
      continue;
    }
    if (!r->item || !r->question || !r->answer || r->line == 0)
      fail_msg("%s: row %zu (line %llu) is malformed", path, i,
               (unsigned long long)r->line);
    int v = atoi(r->item);
    if (v >= 0 && v < 1000)
      found[v] = 1;
    if (r->required && strcmp(r->required, "必須") && strcmp(r->required, "必須○") &&
        strcmp(r->required, "選択"))
      fail_msg("%s: line %llu: required is \"%s\"", path, (unsigned long long)r->line,
               r->required);
  }
  int shown = 0, hit = 0;
  for (int v = 0; v < 1000; v++) {
    shown += seen[v];
    hit += seen[v] && found[v];
    if (seen[v] && !found[v])
      print_message("%s: item %d not found\n", path, v);
  }
  if (strstr(path, "cp932") && strcmp(jn_sheet_get_header(sh)->encoding, "cp932") != 0)
    fail_msg("%s: read as %s, not cp932", path, jn_sheet_get_header(sh)->encoding);
  if (want_format && strcmp(jn_sheet_get_header(sh)->format, want_format) != 0)
    fail_msg("%s: format %s, want %s", path, jn_sheet_get_header(sh)->format,
             want_format);
  jn_sheet_free(sh);
  free(in);
  assert_true(shown > 30);
  return (double)hit / shown;
}

static void test_own_sheets(void **state) {
  (void)state;
  static const char *const sheets[][2] = {{"s001_tsv.txt", "tsv"},
                                          {"s002_markdown.txt", "markdown"},
                                          {"s003_html.txt", "html"},
                                          {"s004_messy.txt", "tsv"},
                                          {"s005_cp932.txt", "markdown"}};
  for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", CORPUS_DIR, sheets[i][0]);
    double share = check_sheet(path, sheets[i][1]);
    if (share < 0.95)
      fail_msg("%s: %.1f%% of the items found", path, share * 100);
  }
}

/* Rows of a small TSV sheet, checked one by one: carried item and label,
 * marker alone or stuck to the answer, a shifted answer, a section row, a
 * footnote and a page header that are not rows. */
static void test_rows(void **state) {
  (void)state;
  const char *in =
      "# 情報開示 認定サービスの申請内容 (1/2)\n"
      "認定番号: 0001-0001, サービス名称: テスト, 事業者名称: 株式会社テスト\n"
      "【審査対象項目】\t\t【記述内容】\t必須/選択\t申請内容\n"
      "1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t必須 2023/11/1\n"
      "- 事業所・事業\t\t\t\t\n"
      "2\t事業所等の概要\t事業者名\t事業者の正式名称(商号)\t必須\t株式会社テスト\n"
      "\t\t\t法人番号\t\t9020001055512\n"
      "\t事業所数(国内、国外)\t\t国内5拠点\t\n"
      "(注) 必須項目は…\n"
      "認定サービスの申請内容 (2/2)\n"
      "3\t\t設立年\t設立年(西暦)\t選択 1983年\n";
  jn_sheet *sh;
  assert_int_equal(jn_sheet_parse(&sh, th_ctx(), in, strlen(in), NULL), JN_OK);
  const jn_sheet_header *h = jn_sheet_get_header(sh);
  assert_string_equal(h->cert_number, "0001-0001");
  assert_string_equal(h->service_name, "テスト");
  assert_string_equal(h->company_name, "株式会社テスト");
  assert_int_equal(h->pages, 2);
  /* five rows of the form, then the rows of the text around the table:
   * the note "(注) 必須項目は…" is no item but its text is kept */
  size_t form = 0, text = 0;
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const char *a = jn_sheet_row_at(sh, i)->anchor;
    if (!strcmp(a, "row"))
      assert_int_equal(i, form++); /* the form's rows come first */
    else
      text++;
  }
  assert_int_equal(form, 5);
  assert_true(text >= 1);
  const jn_sheet_row *r = jn_sheet_row_at(sh, 0);
  assert_string_equal(r->item, "1");
  assert_null(r->section);
  assert_string_equal(r->question, "開示情報の年月日(西暦)");
  assert_string_equal(r->required, "必須");
  assert_string_equal(r->answer, "2023/11/1");
  assert_int_equal(r->line, 4);
  r = jn_sheet_row_at(sh, 1);
  assert_string_equal(r->section, "事業所・事業");
  assert_string_equal(r->label, "事業者名");
  assert_string_equal(r->answer, "株式会社テスト");
  r = jn_sheet_row_at(sh, 2);
  assert_string_equal(r->item, "2"); /* carried forward */
  assert_string_equal(r->question, "法人番号");
  assert_null(r->required);
  assert_string_equal(r->answer, "9020001055512");
  r = jn_sheet_row_at(sh, 3);
  assert_string_equal(r->question, "事業所数(国内、国外)"); /* shifted cells */
  assert_string_equal(r->answer, "国内5拠点");
  r = jn_sheet_row_at(sh, 4);
  assert_string_equal(r->item, "3");
  assert_string_equal(r->required, "選択");
  assert_string_equal(r->answer, "1983年");
  assert_int_equal(r->line, 11);
  jn_sheet_free(sh);
}

static jn_sheet *parse_file(const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", CORPUS_DIR, name);
  size_t len = 0;
  char *in = slurp(path, &len);
  if (!in)
    fail_msg("cannot read %s", path);
  jn_sheet *sh;
  if (jn_sheet_parse(&sh, th_ctx(), in, len, NULL) != JN_OK)
    fail_msg("%s: parse failed", path);
  free(in);
  return sh;
}

/* The same sheet with its table lost (corpus/tools/relayout.py made them
 * from s001): one cell per line, and cells run together. The items and the
 * answers of the table version must come back. */
static void test_text_layouts(void **state) {
  (void)state;
  jn_sheet *table = parse_file("s001_tsv.txt");
  static const char *const text[] = {"s006_pdf_lines.txt", "s007_flat.txt"};
  for (size_t t = 0; t < sizeof text / sizeof text[0]; t++) {
    jn_sheet *sh = parse_file(text[t]);
    assert_string_equal(jn_sheet_get_header(sh)->format, "flat");
    assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0987-2402");
    size_t items = 0, items_found = 0, answers_found = 0, rows = jn_sheet_row_count(table);
    for (size_t i = 0; i < rows; i++) {
      const jn_sheet_row *want = jn_sheet_row_at(table, i);
      if (!want->item) { /* a row of the text around the table */
        rows = i;
        break;
      }
      int new_item = i == 0 || strcmp(want->item, jn_sheet_row_at(table, i - 1)->item);
      int item_seen = 0, answer_seen = 0;
      for (size_t k = 0; k < jn_sheet_row_count(sh); k++) {
        const jn_sheet_row *got = jn_sheet_row_at(sh, k);
        if (got->item && strcmp(got->item, want->item) == 0) {
          item_seen = 1;
          answer_seen |= strcmp(got->answer, want->answer) == 0;
        }
      }
      items += new_item;
      items_found += new_item && item_seen;
      answers_found += answer_seen;
    }
    print_message("%s: %zu/%zu items, %zu/%zu answers\n", text[t], items_found, items,
                  answers_found, rows);
    if (items_found * 100 < items * 95 || answers_found * 100 < rows * 95)
      fail_msg("%s: %zu/%zu items, %zu/%zu answers", text[t], items_found, items,
               answers_found, rows);
    jn_sheet_free(sh);
  }
  jn_sheet_free(table);
}

static void test_real_sheets(void **state) {
  (void)state;
  DIR *d = opendir(REAL_DIR);
  if (!d) {
    print_message("%s absent: real sheets not checked\n", REAL_DIR);
    skip();
  }
  struct dirent *e;
  int sheets = 0;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", REAL_DIR, e->d_name);
    double share = check_sheet(path, NULL);
    print_message("%s: %.1f%% of the shown items found\n", e->d_name, share * 100);
    if (share < 0.95)
      fail_msg("%s: only %.1f%% of the items found", e->d_name, share * 100);
    sheets++;
  }
  closedir(d);
  assert_true(sheets > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows),
      cmocka_unit_test(test_own_sheets),
      cmocka_unit_test(test_text_layouts),
      cmocka_unit_test(test_real_sheets),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
