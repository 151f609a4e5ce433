/* test_reader.c — the reader on layouts written here, one behaviour each:
 * pdftotext -layout's wrapped cells, rows under a rowspan in a plain
 * table, definition lists as text browsers print them, html2text's
 * underlined rows, remark columns, a marker stuck to the answer in a
 * table cell, a column of labels over a shorter column of values, and the
 * staffed support window. Rows are checked through jn_sheet_parse, values
 * through jn_extract's typed record. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

static jn_sheet *parse(const char *text) {
  jn_sheet *sh = NULL;
  jn_error err;
  assert_int_equal(jn_sheet_parse(&sh, th_ctx(), text, strlen(text), &err), JN_OK);
  return sh;
}

/* The first row whose question is q (NULL when there is none). */
static const jn_sheet_row *row_asking(const jn_sheet *sh, const char *q) {
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (r->question && !strcmp(r->question, q))
      return r;
  }
  return NULL;
}

static jn_record *extract(const char *text) {
  jn_sheet *sh = parse(text);
  jn_record *rec = NULL;
  jn_error err;
  assert_int_equal(jn_extract(&rec, th_ctx(), sh, "t.txt", &err), JN_OK);
  jn_sheet_free(sh);
  return rec;
}

/* The field's number (value member of a quantity or percent), its unit. */
static double number_of(const jn_record *rec, const char *id, const char *unit) {
  const jn_field_result *f = jn_record_field(rec, id);
  if (!f || f->status != JN_STATUS_VALUE)
    fail_msg("%s: no value", id);
  assert_string_equal(jn_value_string(jn_value_member(f->value, "unit"), NULL), unit);
  return jn_value_number(jn_value_member(f->value, "value"));
}

static const char *string_of(const jn_record *rec, const char *id) {
  const jn_field_result *f = jn_record_field(rec, id);
  if (!f || f->status != JN_STATUS_VALUE)
    fail_msg("%s: no value", id);
  return jn_value_string(f->value, NULL);
}

/* The first element of a list field's value. */
static const char *first_of(const jn_record *rec, const char *id) {
  const jn_field_result *f = jn_record_field(rec, id);
  if (!f || f->status != JN_STATUS_VALUE || !jn_value_count(f->value))
    fail_msg("%s: no value", id);
  return jn_value_string(jn_value_at(f->value, 0), NULL);
}

/* A text browser's print of a page whose cells hold paragraphs: head,
 * then each cell indented on a line of its own between blank lines. */
static void cell_paragraphs(char *text, size_t cap, const char *head, const char *const *cells,
                            size_t n) {
  assert_true(strlen(head) < cap);
  strcpy(text, head);
  for (size_t i = 0; i < n; i++) {
    assert_true(strlen(text) + strlen(cells[i]) + 6 < cap);
    strcat(strcat(strcat(text, "   "), cells[i]), "\n\n");
  }
}

/* pdftotext -layout: a cell too long for its column wraps onto the next
 * lines, under the cell; the row reads whole. */
static void test_wrapped_cells(void **state) {
  (void)state;
  const char *in =
      "  No.   項目                  仕様                      備考\n"
      "  2-1   サービス提供時間      毎日 0:00~24:00           定期メンテナンス\n"
      "                                                        (毎月第3日曜日\n"
      "                                                        2:00~6:00)を除く\n"
      "  2-2   稼働率の目標          99.95%                    月間。計画停止時間\n"
      "                                                        は計算から除外\n"
      "  2-3   推奨帯域              特に設定なし              なし\n"
      "  2-4   データセンター        国内                      東京・大阪\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "サービス提供時間");
  assert_non_null(r);
  assert_string_equal(r->answer, "毎日 0:00~24:00");
  assert_string_equal(r->remark, "定期メンテナンス(毎月第3日曜日2:00~6:00)を除く");
  r = row_asking(sh, "稼働率の目標");
  assert_non_null(r);
  assert_string_equal(r->remark, "月間。計画停止時間は計算から除外");
  jn_sheet_free(sh);
}

/* A plain table whose cell ends short of its column: the line under it is
 * a row of its own (a rowspan left its first cells blank), not a wrap. */
static void test_rows_under_rowspan(void **state) {
  (void)state;
  const char *in =
      "  No.   項目              内容                                  回答\n"
      "  2     事業者名          事業者の正式名称(商号)                架空株式会社\n"
      "                          法人番号                              9020001055512\n"
      "  3     設立年月日        事業者の設立年月日(西暦)              2001年10月25日\n"
      "  4     資本金            事業者の資本金                        1億円\n"
      "  5     従業員数          正社員数                              120名\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->answer, "9020001055512");
  r = row_asking(sh, "事業者の正式名称(商号)");
  assert_non_null(r);
  assert_string_equal(r->answer, "架空株式会社");
  jn_sheet_free(sh);
}

/* w3m's <dl>: the term, then its definition indented under it. */
static void test_definition_list(void **state) {
  (void)state;
  const char *in = "会社概要\n\n"
                   "会社名\n    株式会社シロツメ架空\n"
                   "設立\n    平成15年10月1日\n"
                   "資本金\n    1億2,500万円\n"
                   "従業員数\n    約240名\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "株式会社シロツメ架空");
  assert_string_equal(string_of(rec, "founded"), "2003-10-01");
  assert_true(number_of(rec, "capital", "JPY") == 125000000.0);
  assert_true(number_of(rec, "employee_count", "person") == 240.0);
  jn_record_free(rec);
}

/* html2text prints a row's last line underlined: its spaces are '_', but
 * an e-mail address keeps its own underscores. */
static void test_underlined_rows(void **state) {
  (void)state;
  const char *in = "|No.|項目______|内容__________________|必|回答________________|\n"
                   "|1__|代表者____|代表者氏名____________|必|代表取締役_架空_太郎__|\n"
                   "|2__|窓口______|電子メールアドレス____|必|ab_cd@example.jp______|\n"
                   "|3__|窓口______|電話番号______________|必|03-5555-0101_________|\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "代表者氏名");
  assert_non_null(r);
  assert_string_equal(r->answer, "代表取締役 架空 太郎");
  assert_string_equal(r->required, "必須"); /* 必 cut short in the marker column */
  r = row_asking(sh, "電子メールアドレス");
  assert_non_null(r);
  assert_string_equal(r->answer, "ab_cd@example.jp");
  jn_sheet_free(sh);
}

/* A checklist answers はい and leaves the figure to its remark column; a
 * remark never overrides an answer's none. */
static void test_remark_column(void **state) {
  (void)state;
  const char *in = "No.\t質問\t回答\t備考\n"
                   "1\tバックアップデータは何世代保管していますか\tはい\t7世代\n"
                   "2\t推奨する回線帯域はありますか\t特に設定なし\t100Mbps程度が目安\n"
                   "3\tデータセンターの所在国\t○\t国内(関東)\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "バックアップデータは何世代保管していますか");
  assert_non_null(r);
  assert_string_equal(r->answer, "はい");
  assert_string_equal(r->remark, "7世代");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  const jn_field_result *bw = jn_record_field(rec, "recommended_bandwidth");
  assert_non_null(bw);
  assert_int_equal(bw->status, JN_STATUS_NONE);
  jn_record_free(rec);
}

/* spec §3: the marker stuck to the answer, here in a table's last cell. */
static void test_marker_stuck_in_cell(void **state) {
  (void)state;
  const char *in = "審査対象項目\t記述内容\t必須/選択\t情報開示内容\n"
                   "1\t開示情報の日付\t開示情報の年月日(西暦)\t必須2024/2/15\n"
                   "2\t事業者名\t事業者の正式名称(商号)\t必須架空データ株式会社\n"
                   "3\t選択肢\t該当するものを選択\t選択肢1\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の正式名称(商号)");
  assert_non_null(r);
  assert_string_equal(r->required, "必須");
  assert_string_equal(r->answer, "架空データ株式会社");
  r = row_asking(sh, "該当するものを選択");
  assert_non_null(r);
  assert_string_equal(r->answer, "選択肢1"); /* a word, not the marker */
  jn_sheet_free(sh);
}

/* pdftotext without -layout: a column of labels, a stray page number, then
 * one value fewer than labels; the field's type chooses among the values
 * near each label's place. */
static void test_label_column(void **state) {
  (void)state;
  const char *in = "1\n\n.事業者の概要\n\n"
                   "事業者名\n法人番号\n設立\n資本金\n従業員数\n本社所在地\n2\n\n"
                   "8401099887766\n2011年6月1日\n9,800万円\n126名\n"
                   "〒150-0099 東京都渋谷区架空町1-2-3\n\n.サービスの内容\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "corporate_number"), "8401099887766");
  assert_string_equal(string_of(rec, "founded"), "2011-06-01");
  assert_true(number_of(rec, "capital", "JPY") == 98000000.0);
  assert_true(number_of(rec, "employee_count", "person") == 126.0);
  jn_record_free(rec);
}

/* support_hours (flag staffed): the handling window over a 24-hour one. */
static void test_staffed_window(void **state) {
  (void)state;
  const char *in = "No.\t項目\t内容\t回答\n"
                   "1\tサービス提供時間帯(障害対応)\t障害の問い合わせを受け付ける時間帯\t24時間365日\n"
                   "2\tサポート窓口の受付時間\t一般的な問い合わせを受け付ける時間帯\t平日9:00~18:00\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-18:00; PH off");
  jn_record_free(rec);
}

/* dict/companions.tsv: the notice's row gives the notice time, for a
 * value of its type only. */
static void test_companion_row(void **state) {
  (void)state;
  jn_record *rec = extract("項目\t内容\n"
                           "障害時の通知\t検知後速やかに(目安:15分以内)メールで通知\n");
  assert_true(number_of(rec, "failure_notice_time", "min") == 15.0);
  jn_record_free(rec);
  rec = extract("項目\t内容\n障害時の通知\tメールで通知\n");
  assert_null(jn_record_field(rec, "failure_notice_time")); /* no time: absent */
  jn_record_free(rec);
}

/* An answer cell is prose too: a fact stated under a label that names no
 * field is read by its sentence wording; a bare date states nothing more. */
static void test_answer_sentences(void **state) {
  (void)state;
  const char *in = "| 項目 | 内容 |\n| --- | --- |\n"
                   "| 受電 | 同一変電所から2回線で受電 |\n"
                   "| 建物構造 | 震度7クラスの地震に耐える設計 |\n"
                   "| 改定日 | 2026/4/1 |\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "power_feeds", "line") == 2.0);
  assert_string_equal(jn_value_string(jn_value_member(jn_record_field(rec, "seismic_intensity")->value,
                                                      "value"), NULL), "7");
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  assert_non_null(row_asking(sh, "受電 同一変電所から2回線で受電")); /* after its row's label */
  assert_null(row_asking(sh, "2026/4/1")); /* a date is no sentence */
  jn_sheet_free(sh);
}

/* pdftotext without -layout: the page's label columns first, then their
 * values under 内容, a value wrapped where its column was full; each
 * column pairs with its own run of values. */
static void test_columns_in_turn(void **state) {
  (void)state;
  const char *in = "1. 会社概要\n\n項目\n会社名\n設立\n資本金\n\n"
                   "2. 契約\n\n項目\n最低利用期間\n稼働率(サービス品質の目\n標値)\n\n"
                   "内容\n架空ソフト株式会社\n2009年4月1日\n9,800万円(2026年3月31日現在の払込資\n本金の額)\n\n"
                   "内容\n12か月\n月間99.9%\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_true(number_of(rec, "capital", "JPY") == 98000000.0);
  assert_true(number_of(rec, "min_contract_period", "mo") == 12.0);
  assert_true(number_of(rec, "availability_target", "%") == 99.9); /* a label wrapped in its bracket */
  jn_record_free(rec);
  /* two columns of as many labels under their own headings: the second is
   * a table of its own, not the questions beside the first */
  const char *two = "第3条 料金\n項目\n初期費用\n月額料金\n最低利用期間\n解約\n\n"
                    "第4条 サポート\n項目\n問合せ窓口\n電話\nメール\n受付時間\n\n"
                    "内容\n0円\n1台あたり 1,500円\nなし\n前月末日までにお手続きください。\n\n"
                    "内容\n架空サポートデスク\n045-555-0100\nhelp@kakuu.example.jp\n"
                    "月曜~土曜 8:00~20:00(日曜・祝日を除く)\n";
  jn_sheet *sh = parse(two); /* each pair under its labels' heading, not the values' */
  int under = 0;
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (r->question && !strcmp(r->question, "解約") && r->answer && *r->answer) {
      assert_non_null(r->section);
      assert_string_equal(r->section, "料金");
      under++;
    }
  }
  assert_true(under > 0);
  jn_sheet_free(sh);
  rec = extract(two);
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kakuu.example.jp");
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Sa 08:00-20:00; PH off");
  jn_record_free(rec);
}

/* A browser's print puts the file's address and the time of printing at
 * each page's foot and head: they are no value of the label before them. */
static void test_print_chrome(void **state) {
  (void)state;
  jn_record *rec = extract("5. 契約の終了\n\nサービス提供終了時の事前通知\n\n"
                           "file:///tmp/print/kakuu_spec.html\n\n12/5/26, 6:43 PM\n\n"
                           "サービス仕様書\n");
  assert_null(jn_record_field(rec, "termination_notice"));
  jn_record_free(rec);
}

/* "N. question：answer" lines: a question that asks how data is handed
 * back (返還の方法) asks of no refund; a refund rule in the answer is no
 * level (spec §7). */
static void test_numbered_questions(void **state) {
  (void)state;
  jn_record *rec = extract("11. 契約終了時の利用者データの返却の有無と、返還の方法・形式・費用：返却は行わない\n"
                           "12. サービス稼働率の目標値：99.9%を下回った場合は月額料金の10%を返金\n");
  const jn_field_result *f = jn_record_field(rec, "data_return");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  f = jn_record_field(rec, "availability_target");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* A list item that is a label alone (・稼働率:) heads the items of another
 * mark under it (- 目標:…, - 実績:…), whose labels alone say little. */
static void test_list_parents(void **state) {
  (void)state;
  jn_record *rec = extract("■ サービスの内容\n・サービス名称:架空PBX\n・稼働率:\n"
                           "- 目標:99.95%\n- 実績:99.98%(2024年4月~2025年3月)\n"
                           "・メンテナンスの事前告知:\n- 定期メンテナンス:7日前まで\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "availability_actual", "%") == 99.98);
  assert_true(number_of(rec, "maintenance_notice", "d") == 7.0);
  jn_record_free(rec);
}

/* pdftotext -raw of a browser's print: each cell's lines in turn, cut at
 * its column's width, the marker column one character wide (必, 須). */
static void test_raw_print(void **state) {
  (void)state;
  jn_record *rec = extract("No. 項目 内容\n必\n須/\n選\n択\n回答\n1\n開示情\n報の日\n付\n"
                           "開示情報の年月日\n(西暦)\n必\n須\n2025/3/1\n2\n事業者\n名\n"
                           "事業者の正式名称\n(商号)\n必\n須\n架空あさぎ株式会社\n3\n設立\n年\n"
                           "事業者の設立年(西\n暦)\n必\n須\n2004年\n7\n役員\n役員数\n選\n択\n5名\n"
                           "12\n自己資本\n比率\n事業者全体の自己資本比率(単\n独ベース)(単位:\n%)\n選\n"
                           "択\n48.5%\n8\n従業員\n正社員数(単独ベース)\n必\n須\n126名(2025年3月\n31日現在)\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-03-01");
  assert_string_equal(string_of(rec, "company_name"), "架空あさぎ株式会社");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "equity_ratio", "%") == 48.5); /* a question cut in its brackets */
  assert_true(number_of(rec, "employee_count", "person") == 126.0); /* an answer so cut */
  const jn_field_result *f = jn_record_field(rec, "employee_count");
  assert_string_equal(jn_value_string(jn_value_member(f->value, "as_of"), NULL), "2025-03-31");
  jn_record_free(rec);
}

/* pdftotext prints each cell as a paragraph: label, blank line, value. */
static void test_cell_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("1. 事業者の概要\n\n法人番号\n\n9010401555203\n\n"
                           "本社所在地\n\n〒105-0000 東京都港区架空芝公園1-1-1 架空タワー\n12F\n\n"
                           "資本金\n\n3億5,000万円\n");
  assert_string_equal(string_of(rec, "corporate_number"), "9010401555203");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "東京都");
  assert_true(number_of(rec, "capital", "JPY") == 350000000.0);
  jn_record_free(rec);
}

/* A remark's "label: value" lines state facts of their own; a bare いいえ
 * answers the question, and the remark may still hold the field's value. */
static void test_remark_lines(void **state) {
  (void)state;
  jn_record *rec = extract("番号\t質問\t回答\t補足\n"
                           "Q3\t稼働率の保証はありますか。\tいいえ\t月間稼働率99.9%を目標値として運用しています\n"
                           "Q19\t運営会社を教えてください。\t架空ラボ株式会社\t\"設立: 2017年8月\n資本金: 4,980万円\"\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  assert_true(number_of(rec, "capital", "JPY") == 49800000.0);
  assert_string_equal(string_of(rec, "founded"), "2017-08");
  jn_record_free(rec);
}

/* lynx prints each table row on one line: the marker glued to the answer,
 * and the item's next rows (rowspan) without a marker. */
static void test_flattened_rows(void **state) {
  (void)state;
  jn_record *rec = extract("3 設立年・事業年数 事業者の設立年(西暦) 必須 1998年\n"
                           "設立後の事業年数(1年に満たない場合は月数) 25年\n"
                           "20 主要取引金融機関 主要取引金融機関の名称 選択架空港北銀行\n");
  assert_true(number_of(rec, "years_in_business", "y") == 25.0);
  const jn_field_result *banks = jn_record_field(rec, "main_banks");
  assert_non_null(banks);
  assert_string_equal(jn_value_string(jn_value_at(banks->value, 0), NULL), "架空港北銀行");
  jn_record_free(rec);
}

/* Two tables printed beside each other (pdftotext -layout), each under
 * its own numbered heading: label | value pairs, read under their side's
 * heading (電話 under お問い合わせ窓口). */
static void test_side_by_side(void **state) {
  (void)state;
  jn_record *rec = extract("1.\t事業者の概要\t2.\tサービスの概要\n"
                           "事業者名\t架空クラウド株式会社\tサービス名称\t架空ストレージ\n"
                           "設立\t2012年5月\t稼働率の目標\t99.9%以上\n"
                           "3.\t料金\t4.\tお問い合わせ窓口\n"
                           "初期費用\t10,000円\t電話\t0120-555-284\n");
  assert_string_equal(string_of(rec, "company_name"), "架空クラウド株式会社");
  assert_string_equal(string_of(rec, "service_name"), "架空ストレージ");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  const jn_field_result *phone = jn_record_field(rec, "support_phone");
  assert_non_null(phone);
  assert_string_equal(jn_value_string(jn_value_at(phone->value, 0), NULL), "0120-555-284");
  jn_record_free(rec);
}

/* Headings over label | value tables: two marked headings side by side
 * (a page of two panels through pdftotext -layout) each head the pairs
 * of their side; an unmarked short line after a blank line heads the
 * pairs under it. A label that says little (所在地, 電話) reads with its
 * heading. */
static void test_headed_pairs(void **state) {
  (void)state;
  jn_record *rec = extract(
      "     ■会社概要                              ■ご利用条件\n"
      "     社名            架空もみじ株式会社     初期費用        無料\n"
      "     所在地          〒900-0000 沖縄県那覇市架空通り1-2\n"
      "                                            最低利用期間    3か月\n"
      "     ■窓口                                  ■その他\n"
      "     電話            098-555-0172           推奨環境        Chrome 最新版\n"
      "     メール          desk@momiji.example.jp\n"
      "\n"
      "保守\n"
      "\n"
      "サポート\n"
      "電話\t0120-555-903\n");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "沖縄県");
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "desk@momiji.example.jp");
  jn_record_free(rec);
  /* the unmarked heading: サポート + 電話 */
  rec = extract("サービス概要\tクラウド会計\n\nサポート\n電話\t0120-555-903\n受付\t平日\n");
  f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "0120-555-903");
  jn_record_free(rec);
  /* a line under cells, not after a blank line, heads nothing */
  rec = extract("サービス概要\tクラウド会計\nサポート\n電話\t0120-555-903\n");
  assert_null(jn_record_field(rec, "support_phone"));
  jn_record_free(rec);
}

/* A list field told in prose: a heading naming the field's topic over a
 * list (## アクセス制御), and a heading's paragraph announcing a list
 * (次の機能…) whose items are numbered: every item is the answer. */
static void test_topic_lists(void **state) {
  (void)state;
  jn_record *rec = extract("# セキュリティ\n\n## アクセス制御\n\n"
                           "- 利用者はIDとパスワードでログインします。\n"
                           "- 接続元のIPアドレスを管理者が制限できます。\n"
                           "- SAMLによるシングルサインオンに対応しています。\n");
  const jn_field_result *f = jn_record_field(rec, "user_auth");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
  rec = extract("### 5.1 利用者の認証\n\nパスワード認証のほか、次の方式を選べます。\n\n"
                "1. 二段階認証\n2. クライアント証明書\n\n### 5.2 暗号化\n");
  f = jn_record_field(rec, "user_auth");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* Facts stated in prose and in checklist remarks: two words of a
 * sentence wording apart by a bracketed aside; a bare いいえ whose remark
 * withholds the answer is undisclosed, except for a field that asks for
 * disclosure itself (bcp_disclosure, flagged disclosure in fields.tsv),
 * which it answers no. */
static void test_prose_facts(void **state) {
  (void)state;
  jn_record *rec = extract(
      "# データの保護\n\n"
      "保存データ(顧客情報、添付ファイル、バックアップ)はすべて暗号化しています。\n"
      "サーバ室への入室は、事前登録した手のひら静脈で本人を認証します。\n");
  const jn_field_result *f = jn_record_field(rec, "db_encryption");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "personal_auth");
  assert_non_null(f);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
  rec = extract("質問\t回答\t補足\n"
                "データセンターの消火設備の仕様を開示いただけますか。\tいいえ\t委託先の方針により非公開\n"
                "BCP対応計画を開示いただけますか。\tいいえ\t社外秘のため非公開\n");
  f = jn_record_field(rec, "gas_fire_suppression");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  f = jn_record_field(rec, "bcp_disclosure");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
  /* a figure over a past period, its words apart (過去12か月の稼働率) */
  rec = extract("Q. 稼働率の実績を教えてください。\n\n過去12か月の稼働率は99.98%です。\n");
  assert_true(number_of(rec, "availability_actual", "%") == 99.98);
  jn_record_free(rec);
}

/* Python's html2text: the header list as a label, a blank line and an
 * indented value; table rows without outer pipes, ending in a hard break
 * (two spaces), wrapped at a space when long; a rowspan's later rows with
 * one pipe or two; short cells that would read as a navigation bar
 * outside a table. */
static void test_wrapped_markdown(void **state) {
  (void)state;
  jn_record *rec = extract(
      "認定番号\n\n    0999-2407\nサービス名称\n\n    架空ノート\n"
      "No.| 項目| 内容| 必須/選択| 回答  \n"
      "---|---|---|---|---  \n"
      "6| 代表者| 代表者氏名| 必須| 架空 一郎  \n"
      "代表者年齢| | 47歳  \n"
      "7| 役員| 役員数| 選択| 4名  \n"
      "39| サービス稼働設定値| サービス稼働率のこれまでの実績値、またはやむなき理由により実績値が\n"
      "記載できない場合はその理由と目標値| 必須|\n"
      "稼働率実績値: 99.95%(2024年4月~2025年3月)  \n"
      "サービス停止の事故歴| | なし  \n");
  assert_string_equal(string_of(rec, "cert_number"), "0999-2407");
  assert_string_equal(string_of(rec, "representative_name"), "架空 一郎");
  assert_true(number_of(rec, "representative_age", "y") == 47.0);
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  assert_true(number_of(rec, "availability_actual", "%") == 99.95);
  assert_true(number_of(rec, "outage_count", "case") == 0.0);
  jn_record_free(rec);
}

/* w3m's box table at its default width: an address the cell's width cut
 * goes on without a blank ("https://" then "www.…", "…example.jp" then
 * "/"), an address that ends its line before a labelled one does not. */
static void test_box_addresses(void **state) {
  (void)state;
  jn_record *rec = extract(
      "┌───┬──────────┬──────────────────┬──────────────────┐\n"
      "│No.│項目      │内容              │回答              │\n"
      "├───┼──────────┼──────────────────┼──────────────────┤\n"
      "│4  │事業所    │事業者ホームページ│https://          │\n"
      "│   │          │                  │www.kaku.example.j│\n"
      "│   │          │                  │p/                │\n"
      "├───┼──────────┼──────────────────┼──────────────────┤\n"
      "│85 │連絡先    │電話/FAX、Web、電 │help@kaku.example.│\n"
      "│   │          │子メール等の連絡先│jp                │\n"
      "│   │          │                  │Web: https://www.k│\n"
      "│   │          │                  │aku.example.jp/faq│\n"
      "└───┴──────────┴──────────────────┴──────────────────┘\n");
  const jn_field_result *f = jn_record_field(rec, "website");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "https://www.kaku.example.jp/");
  f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kaku.example.jp");
  jn_record_free(rec);
}

/* lynx at its default width: a row's answer wrapped onto the next line
 * holding a note in brackets ("有り 架空" / "太郎(開発部長)") goes on from
 * it; continuation rows of a question and its value, a space between,
 * are no column of labels whose values are the next items' rows; a
 * question line over the next item's row has no value below it. */
static void test_lynx_rows(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   20 コンプライアンス担当役員 コンプライアンス担当役員の氏名 選択 取締役 管理部長 井原 千秋\n"
      "   22 情報セキュリティに関する組織体制の状況 情報セキュリティに関する責任者の有無と氏名 必須 有り 小田切\n"
      "   遼(開発部長)\n"
      "   46 サービス稼働設定値 サービス稼働率の目標値 必須 99.95%以上\n"
      "   サービス稼働率の実績値 99.97%\n"
      "   サービス停止の事故歴 1件\n"
      "   48 サービス品質 認証取得・監査実施 選択 プライバシーマーク\n"
      "   49 脆弱性診断 脆弱性診断の有無と、「有り」の場合は診断の対象 選択 有り 年1回\n"
      "   36 料金体系 初期費用額 必須 オープン価格\n"
      "   月額利用額 オープン価格\n"
      "   最低利用契約期間 一ヶ月\n"
      "   37 解約時ペナルティ 解約時違約金の有無 必須 無し\n");
  assert_string_equal(string_of(rec, "security_officer"), "小田切 遼");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_true(number_of(rec, "min_contract_period", "mo") == 1.0);
  jn_record_free(rec);
  /* a row under a rowspan whose marker cell is empty: its label, then its
   * question restating the label with words in brackets, then the value */
  rec = extract("   3 設立年・事業年数 事業者の設立年(西暦) 必須 平成20年\n"
                "   4 事業所 事業者の本店住所・郵便番号 必須 沖縄県架空里市字北原1番地(〒904-0555)\n"
                "   事業所数 事業所数(国内、国外) 本社のみ(国内2、国外0)\n"
                "   6 代表者 代表者氏名 必須 架空 太郎\n");
  assert_true(number_of(rec, "offices_domestic", "site") == 2.0);
  assert_true(number_of(rec, "offices_overseas", "site") == 0.0);
  jn_record_free(rec);
}

/* lynx prints an answer cell holding a numbered list (<ol>) under its
 * row, the row ending at its marker: the list, counted from 1, is the
 * row's answer, as under a continuation row of the same item with no
 * marker; the next item's row (numbered 59) is not one of its items. */
static void test_lynx_list_answer(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   24 文書類 情報セキュリティに関する規程等の整備 情報セキュリティに関する基本方針・規程・マニュアル"
      "等文書類の名称 必須 情報セキュリティ基本方針、情報セキュリティ管理規程、アクセス管理手順書\n"
      "   54 死活監視(ソフトウェア、機器) 死活監視の対象ごとの監視インターバル 必須\n"
      "    1. 10分間隔:アプリケーション、サーバ\n"
      "    2. 30分間隔:通信機器\n"
      "\n"
      "   58 記録(ログ等) 利用者の利用状況の記録(ログ等)取得の有無と、記録(ログ等)がある場合にはその保存期間 必須\n"
      "    1. ログ取得: 有り(操作ログ)\n"
      "    2. 保存期間: 13ヶ月\n"
      "\n"
      "   28 サービス開始年月日 サービス開始年月日(西暦) 必須 2012年4月1日\n"
      "   サービス開始から申請時までの間のリニューアル等の有無と、「有り」の場合はその年月日(西暦)\n"
      "    1. 2016/4/1 バージョン2.0\n"
      "    2. 2022/10 バージョン3.0\n"
      "\n"
      "   59 セキュリティパッチ管理 パッチの更新間隔 必須 リリースから72時間以内に適用\n");
  assert_true(number_of(rec, "monitoring_interval", "min") == 10.0);
  assert_true(number_of(rec, "log_retention", "mo") == 13.0);
  const jn_field_result *f = jn_record_field(rec, "service_revisions");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
}

/* lynx on a table with no marker column: each row a line, its cells run
 * together by single spaces. The question ends where it has asked (…の
 * 有無, …(西暦)), and the value after it may name its own field. */
static void test_rows_without_marker(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No. 項目 内容 回答\n"
      "   1 開示情報の日付 開示情報の年月日(西暦) 2025/3/1\n"
      "   3 設立年・事業年数 事業者の設立年(西暦) 2011年\n"
      "   設立後の事業年数(1年未満の場合は月数) 14年\n"
      "   37 解約時ペナルティ 解約時違約金の有無と、ある場合はその額 解約時違約金無し\n"
      "   79 直撃雷対策 直撃雷対策の有無 有り(避雷針)\n"
      "   6 代表者 代表者氏名 代表取締役 架空 太郎\n"
      "   代表者写真\n"
      "   代表者年齢 61歳\n"
      "   代表者経歴 1990年 入社\n"
      "   12 自己資本比率 事業者全体の自己資本の比率(単独ベース)(単位:%) 48.5%\n"
      "   57 セキュリティ ウイルスチェック 有り、定義ファイルは1時間毎に更新の有無を確認\n"
      "   13 キャッシュフロー対有利子負債比率 事業者全体のキャッシュフロー対有利子負債比率(単位:%)\n"
      "   有利子負債なし\n"
      "   7 役員 役員数\n"
      "   62 暗号化対策 暗号化措置(データベース) 有り AES-256による保存データの暗号化\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-03-01");
  assert_true(number_of(rec, "years_in_business", "y") == 14.0);
  const jn_field_result *f = jn_record_field(rec, "cancellation_penalty");
  assert_non_null(f);
  assert_false(jn_value_bool(f->value));
  f = jn_record_field(rec, "lightning_direct");
  assert_non_null(f);
  assert_true(jn_value_bool(f->value));
  assert_true(number_of(rec, "representative_age", "y") == 61.0);
  assert_true(number_of(rec, "equity_ratio", "%") == 48.5);
  assert_true(number_of(rec, "antivirus_update_interval", "h") == 1.0);
  f = jn_record_field(rec, "cf_debt_ratio");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_NONE);
  f = jn_record_field(rec, "officer_count"); /* its value cell empty */
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  f = jn_record_field(rec, "db_encryption");
  assert_non_null(f);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A numbered chapter heading (第1章 提供事業者) heads the pairs under it;
 * a column of labels may start with one that says little by itself (名
 *称) when the labels under it name fields; a pair naming its field itself
 * (サポート窓口) comes before one read through its heading (お問い合わせ
 * 窓口 + 電話: the sales desk's number). */
static void test_chapter_pairs(void **state) {
  (void)state;
  jn_record *rec = extract(
      "第1章 提供事業者\n\n本サービスは、次の事業者が提供します。\n\n"
      "名称\n本店所在地\n法人番号\n代表者氏名\n\n"
      "架空みずき工業株式会社\n〒980-0000 宮城県架空市みずき町2-4\n"
      "4370001555101\n代表取締役 水城 一郎\n\n"
      "6. お問い合わせ窓口\n\n"
      "ご契約前のご相談(営業部)\n\n電話: 022-555-0100\n\n"
      "サポート窓口\n\n電話: 0120-555-771\n受付時間: 平日 9:00~17:00\n");
  assert_string_equal(string_of(rec, "company_name"), "架空みずき工業株式会社");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "0120-555-771");
  jn_record_free(rec);
}

/* A table without borders through w3m or elinks: each cell stands in the
 * middle of its row, so a tall cell starts on the line above the row's
 * item number; a marker column one or two characters wide leaves one
 * blank before the answer ("必 架空…", its 須 on the next line), and
 * goes on a character a line even where no answer stands beside it. */
static void test_centred_cells(void **state) {
  (void)state;
  jn_record *rec = extract(
      "1   開示情報  開示情報の年月日(西暦)               必 2025/4/1\n"
      "    の日付                                         須\n"
      "2   事業者名  事業者の正式名称(商号)               必 架空あさぎ株式会社\n"
      "                                                   須\n"
      "              事業者の設立年(西暦)                 必 2004年\n"
      "3   設立年・                                       須\n"
      "    事業年数  設立後の事業年数(1年未満の場合は月数)    21年\n"
      "              別の変電所を経由した給電ルート(系統) 必\n"
      "75  給電ルート で2ルート以上が確保されているか否か   須 同一変電所から2回線受電\n"
      "              (自家発電機、UPSを除く)\n"
      "76  非常用電源 非常用電源の有無と連続稼働時間      必 有り:連続48時間\n"
      "                                                   須\n"
      "77  消火設備   サーバールーム内消火設備            必 有り:ガス系消火設備\n"
      "                                                   須\n"
      "79  避雷対策   直撃雷対策の有無                    選 有り(避雷針)\n"
      "                                                   択\n"
      "              役員数                               選\n"
      "7   役員                                           択\n"
      "              役員氏名及び役職名                   選\n"
      "                                                   択\n"
      "8   従業員数  正社員数(単独ベース)                 選\n"
      "                                                   択\n"
      "9   売上高    事業者全体の売上高(単位:円)          必 4億5千万円\n"
      "                                                   須\n");
  assert_string_equal(string_of(rec, "company_name"), "架空あさぎ株式会社");
  const jn_field_result *f = jn_record_field(rec, "power_separate_substations");
  assert_non_null(f);
  assert_false(jn_value_bool(f->value));
  assert_true(number_of(rec, "power_feeds", "line") == 2.0);
  f = jn_record_field(rec, "officer_count"); /* its item beside it; no answer */
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  /* an empty answer: the marker's second character (択) goes on in its
   * one-character column, not into the answer of the row under it */
  f = jn_record_field(rec, "employee_count");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  jn_record_free(rec);
}

/* SLA and SLO pages: an HTML heading without a number heads the table
 * under it (## ヘルプデスク over メール | …); terms a page defines (用語の
 * 定義) and rules on what a fault's time counts are no levels (spec §7);
 * pandoc's list items ("-   label:value") are no table rows. */
static void test_sla_page(void **state) {
  (void)state;
  jn_record *rec = extract(
      "## 第2条 用語の定義\n\n"
      "「障害」\tサービスが15分以上連続して利用できない状態をいいます。\n\n"
      "## 第3条 品質項目\n\n"
      "障害発生時のご連絡\t障害を検知してから45分以内にメールでお知らせします。\n"
      "※1回あたり5分未満の停止は障害時間に算入しません。\n\n"
      "## データの保全\n\n"
      "-   差分の退避:3時間ごと\n-   世代数:5世代\n-   保管期間:10日\n\n"
      "## ヘルプデスク\n\n"
      "メール\thelp@kaku-sla.example.jp\n受付時間\t平日 9:00~17:00\n");
  assert_true(number_of(rec, "failure_notice_time", "min") == 45.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 5.0);
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kaku-sla.example.jp");
  jn_record_free(rec);
}

/* "・label        :value" lines (a text export lining up its colons):
 * the colon after the blanks is the pair's, not the value's. */
static void test_colon_after_blanks(void **state) {
  (void)state;
  jn_record *rec = extract("  ・事業者名        :架空いぶき通信株式会社\n"
                           "  ・サービス名称    :架空いぶきPBX\n"
                           "  ・設立            :2012年4月\n"
                           "  ・資本金          :5,000万円\n"
                           "  ・従業員数        :85名\n"
                           "  ・受付時間        :9:00~17:30(土日祝・当社休業日を除く)\n");
  assert_string_equal(string_of(rec, "company_name"), "架空いぶき通信株式会社");
  assert_string_equal(string_of(rec, "service_name"), "架空いぶきPBX");
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-17:30; PH off");
  jn_record_free(rec);
}

/* An FAQ page: each question a heading, its answer a paragraph stating
 * the facts in sentences. */
static void test_faq_sentences(void **state) {
  (void)state;
  jn_record *rec = extract(
      "## ご契約・料金\n\n### Q. 導入時に費用はかかりますか?\n\n"
      "初期設定費として、1契約あたり3万円(税別)を申し受けます。\n\n"
      "### Q. 販売代理店からも購入できますか?\n\nはい。全国8社の販売代理店からもお申し込みいただけます。\n\n"
      "### Q. どのくらい使われていますか?\n\n2025年3月末現在、約420の法人にご契約いただいています。\n\n"
      "### Q. 止まることはありますか?\n\n2024年度の月間アップタイムの実績は、平均99.97%でした。\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 30000.0);
  assert_true(number_of(rec, "agency_count", "company") == 8.0);
  assert_true(number_of(rec, "customer_count", "company") == 420.0);
  assert_true(number_of(rec, "availability_actual", "%") == 99.97);
  jn_record_free(rec);
}

/* A table whose header names its columns (取得間隔, 保持) under a heading
 * (## 4. バックアップ): each cell is a pair read under that heading, whose
 * words its labels lack. Prose under a heading is sentences, not blocks. */
static void test_table_under_heading(void **state) {
  (void)state;
  jn_record *rec = extract("# 架空経費 セキュリティの取り組み\n\n## 3. 暗号化\n\n"
                           "通信はすべてTLSで暗号化しています。\n\n## 4. バックアップ\n\n"
                           "| 対象 | 取得間隔 | 保持 |\n| --- | --- | --- |\n"
                           "| データベース | 6時間ごと | 28世代(7日分) |\n\n"
                           "復元の手順は四半期に一度の訓練で確かめています。\n");
  assert_true(number_of(rec, "backup_interval", "h") == 6.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 28.0);
  jn_record_free(rec);
  /* a paragraph's first line that states (…を使用します), its sentence
   * going on over the next line, heads no block */
  rec = extract("## 2. 入館\n\n- 入退室の記録は1年間保存されます。\n\n"
                "## 3. 通信とデータの暗号化\n\n"
                "ブラウザと当社サーバとの通信には **TLS 1.3** を使用します\n"
                "(古い端末との互換のため TLS 1.2 も受け付けます)。\n"
                "保存データは、ディスク全体の暗号化(AES-256)により保護しています。\n");
  assert_string_equal(string_of(rec, "tls_version"), "TLS1.3");
  jn_record_free(rec);
  /* a sentence naming monitoring and an interval (監視…間隔) over one that
   * names a camera and a period */
  rec = extract("## 2. 入館\n\n- 監視カメラの映像は6か月間保存されます。\n\n"
                "## 5. 運用監視\n\n- 外形監視およびサーバ監視は **5分間隔** で行っています。\n");
  assert_true(number_of(rec, "monitoring_interval", "min") == 5.0);
  jn_record_free(rec);
}

/* A table whose header names each value column (連絡先, 対応時間): the
 * row read for the telephone holds its hours in the last column, no value
 * of the telephone's type; the pair of the 連絡先 column under the same
 * label reads it (the field's type decides which value qualifies). */
static void test_value_by_type(void **state) {
  (void)state;
  jn_record *rec = extract("# 架空クラウド サービス仕様書\n\n## 1. 料金\n\n"
                           "| 費目 | 金額 |\n|---|---|\n| 初期費用 | 50,000円 |\n"
                           "| 月額利用料 | 1ユーザーあたり500円 |\n\n## 5. サポート\n\n"
                           "| 窓口 | 連絡先 | 対応時間 |\n|---|---|---|\n"
                           "| カスタマーサポートセンター | TEL 03-5555-0101 / help@kakuu.example.jp "
                           "| 平日 9:00~18:00 |\n");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "03-5555-0101");
  f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-18:00; PH off");
  jn_record_free(rec);
}

/* Questionnaires: header cells of two words joined (補足・根拠, Question /
 * 質問) name the column by their first word when every word names one; a
 * bare いいえ answers the question over the remark; a time of day in a
 * remark (02:00) is no count. */
static void test_questionnaire_headers(void **state) {
  (void)state;
  jn_record *rec = extract(
      "No.\t区分\t質問\t回答\t補足・根拠\n"
      "3\tデータセンター\t免震構造を採用していますか。\tいいえ\t耐震構造のみ\n"
      "4\tデータセンター\t無停電電源装置(UPS)を備えていますか。\tはい\t停電時10分間給電\n"
      "6\tデータセンター\tデータセンターの所在地(住所)を開示できますか\tいいえ\t"
      "非公開。国内のデータセンターを利用\n");
  const jn_field_result *f = jn_record_field(rec, "seismic_isolation");
  assert_non_null(f);
  assert_false(jn_value_bool(f->value));
  assert_true(number_of(rec, "ups_runtime", "min") == 10.0);
  /* the address withheld, the country stated in the remark's next sentence */
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  jn_record_free(rec);
  rec = extract("Question / 質問\tAnswer / 回答\tComment / コメント\n"
                "Backup frequency / バックアップ頻度\tDaily / 1日1回\t02:00 JST\n"
                "Uptime SLA / 稼働率保証\t99.95%\tmonthly\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_null(jn_record_field(rec, "backup_generations"));
  jn_record_free(rec);
}

/* Markdown's strong emphasis marks a value and is no part of it; a list
 * announced by a sentence may stand after a blank line. */
static void test_markdown_emphasis(void **state) {
  (void)state;
  jn_record *rec = extract("# 概要\n\n**事業者名**: **架空いろは株式会社**  \n"
                           "監視は **5分間隔** で行っています。\n\n"
                           "当社は次の認証を取得しています。\n\n- ISO/IEC 27001\n- プライバシーマーク\n");
  assert_string_equal(string_of(rec, "company_name"), "架空いろは株式会社");
  assert_true(number_of(rec, "monitoring_interval", "min") == 5.0);
  const jn_field_result *c = jn_record_field(rec, "certifications");
  assert_non_null(c);
  assert_int_equal(jn_value_count(c->value), 2);
  assert_int_equal(c->line, 6); /* lines keep their numbers */
  jn_record_free(rec);
}

/* A remark answering several fields in "label: value" parts gives each
 * field the part under its own label. */
static void test_remark_parts(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t確認項目\t回答\t備考\n"
                           "3\tUPSおよび非常用発電設備を備えていますか。\tはい\t"
                           "UPS:約20分 / 非常用発電機:24時間連続運転\n");
  assert_true(number_of(rec, "generator_runtime", "h") == 24.0);
  jn_record_free(rec);
  /* a field read from its companion's row reads that row's remark too */
  rec = extract("No.\t確認項目\t回答\t備考\n"
                "5\tバックアップの取得間隔、世代数を教えてください。\tはい\t1時間ごとに取得し、48世代を保管\n");
  assert_true(number_of(rec, "backup_interval", "h") == 1.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 48.0);
  jn_record_free(rec);
}

/* The next table's header row names its columns (補足 a remark), though
 * the table above had a remark column of its own. */
static void test_second_header(void **state) {
  (void)state;
  jn_record *rec = extract("| No | 確認項目 | 回答 | 補足 |\n|---|---|---|---|\n"
                           "| A-1 | 会社名 | 架空株式会社 | |\n\n"
                           "| No | 確認項目 | 回答 | 補足 |\n|---|---|---|---|\n"
                           "| B-1 | 稼働率 | 99.9% | 月間、計画停止を除く |\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  jn_record_free(rec);
}

/* Label lines each followed by their value line; an item left
 * unanswered prints its label alone, the next label after a blank line:
 * a blank answer, not the next item's label and not nothing. A label
 * with its value after a blank line stays a pair. */
static void test_unanswered_label(void **state) {
  (void)state;
  jn_record *rec = extract("資本金\n3億円\n\n"
                           "事業者全体の経常利益額(単位:円)\n\n"
                           "従業員数\n120名\n\n"
                           "決算公告の実施の有無\n\n"
                           "■サービス\n\n"
                           "サービス名称\n\n架空クラウド\n");
  const jn_field_result *f = jn_record_field(rec, "ordinary_profit");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  f = jn_record_field(rec, "public_notice");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  assert_true(number_of(rec, "employee_count", "person") == 120);
  assert_string_equal(string_of(rec, "service_name"), "架空クラウド");
  jn_record_free(rec);
  /* "label: its question" over the value line is no pair of the two */
  rec = extract("給電ルート: 別の変電所を経由した2ルート以上の給電の有無\n"
                "データセンター事業者との契約により非公開\n\n"
                "サービス名称\n架空クラウド\n");
  f = jn_record_field(rec, "power_feeds");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  jn_record_free(rec);
  /* numbered "question: answer" lines; the colon in (単位:円) is the
   * question's own */
  rec = extract("16. 事業者全体の売上高(単位:円):3億円\n"
                "17. 事業者全体の経常利益額(単位:円):\n"
                "18. 事業者全体の資本金(単位:円):1,000万円\n");
  f = jn_record_field(rec, "ordinary_profit");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  assert_true(number_of(rec, "capital", "JPY") == 10000000);
  jn_record_free(rec);
}

/* A browser's copy of the form: one cell per line, each item's number
 * glued to its label (or a space between them), an empty answer simply
 * missing. The next item's label is no value ("21所属団体" under an
 * unanswered 主要取引金融機関, "45バックアップ対策" no 45 days), while a
 * value that starts with a figure (1か月前までに…) stays a value. */
static void test_browser_copy_items(void **state) {
  (void)state;
  jn_record *rec = extract("20主要取引金融機関\n主要取引金融機関の名称\n選択\n"
                           "21所属団体\n所属している業界団体、経済団体等の名称\n選択\n"
                           "22 解約\n利用者からの解約事前受付期限\n必須\n1か月前までに書面で通知\n"
                           "23バックアップ対策\nバックアップ実施インターバル\n必須毎日\n"
                           "世代バックアップ(何世代前までかを記述)\n"
                           "24セキュリティパッチ管理\n"
                           "パッチの更新間隔(ベンダーリリースからパッチ更新開始までの時間)\n"
                           "必須随時\n");
  const jn_field_result *f = jn_record_field(rec, "main_banks");
  assert_true(!f || f->status == JN_STATUS_BLANK);
  assert_true(number_of(rec, "cancellation_deadline", "mo") == 1);
  f = jn_record_field(rec, "backup_retention");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  f = jn_record_field(rec, "patch_interval");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* lynx wraps a row at the window's edge: after its marker (the answer on
 * the next line), inside a bracket (the next line closes it, short as a
 * title), and before a word too long to fit (①…④ moved whole to the next
 * line, the marker and answer after it). */
static void test_lynx_wraps(void **state) {
  (void)state;
  jn_record *rec = extract(
      "15 上場の有無 株式上場の有無と、上場の場合は市場名 選択 非上場(今後の上場予定なし、持株会社が全株式を保有)\n"
      "16 財務監査・財務データの状況 該当する状況を、以下より選択する。\n"
      "①会計監査人による会計監査、②会計参与による監査、③中小企業会計による財務データ 選択 ②\n"
      "79 給電ルート 異なる変電所を経由した給電ルートで2ルート以上が確保されているか否か 必須\n"
      "有り(異なる変電所から受電)\n"
      "80 非常用電源 非常用電源(自家発電機)の有無と、「有り」の場合は連続稼働時間 必須 有り(連続\n"
      "稼働時間は非公開)\n"
      "81 火災感知・報知システム 火災検知システムの有無 必須 有り\n");
  const jn_field_result *f = jn_record_field(rec, "financial_audit");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_number(f->value) == 2);
  f = jn_record_field(rec, "power_separate_substations");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  f = jn_record_field(rec, "generator_runtime");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  jn_record_free(rec);
}

/* A marker column whose cells add a sign to the word (必須○, printed
 * "必須 ○" when w3m wraps the narrow column): the answer is the next
 * cell; the sign is the answer only when that cell is empty. */
static void test_marker_sign(void **state) {
  (void)state;
  jn_sheet *sh = parse("31\t設立年\t事業者の設立年(西暦)\t必須\t1998年\n"
                       "32\t事前告知\t利用者への告知時期\t必須 ○\t3か月前\n"
                       "33\t解約\t解約時違約金の有無\t必須 ○\t\n");
  const jn_sheet_row *r = row_asking(sh, "利用者への告知時期");
  assert_non_null(r);
  assert_string_equal(r->answer, "3か月前");
  r = row_asking(sh, "解約時違約金の有無");
  assert_non_null(r);
  assert_string_equal(r->answer, "○");
  jn_sheet_free(sh);
}

/* pdftotext without -layout: a column of labels, then its values, the
 * last of which runs into another table's lines (a refund table's bands);
 * a value starting with a time (1:00~5:00 は停止) goes on from the line
 * above, it is no numbered line. */
static void test_column_with_tail(void **state) {
  (void)state;
  const char *in = "項目\nサービス提供時間\n稼働率(目標値)\nメンテナンスの事前通知\n返金\n\n"
                   "内容\n毎日 6:00~翌2:00(日次バッチ処理のため\n2:00~6:00 は停止)\n99.8%\n"
                   "原則10日前に管理者宛てメールで通知。緊急\nの場合はこの限りではありません。\n"
                   "月間稼働率が99.0%を下回った場合、下記の\n割合で月額料金を返金します。\n"
                   "99.0%未満97.0%以上:10% / 97.0%未\n満:25%\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "service_hours"), "Mo-Su 06:00-02:00");
  assert_true(number_of(rec, "availability_target", "%") == 99.8);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10);
  jn_record_free(rec);
}

/* A browser's copy of an HTML table: cells split by tabs, a cell's later
 * lines written as lines of their own (no tab). They go on from the
 * row's answer; a section's title or the next item does not. */
static void test_tab_cell_lines(void **state) {
  (void)state;
  jn_record *rec = extract("84\tその他セキュリティ対策\t保管管理手順書の有無\t必須\t有り\n"
                           "サービスサポート\n"
                           "85\tサービス窓口(苦情受付)\t連絡先\t申請者の電話/FAX、Web、電子メール等の連絡先\t"
                           "必須\t架空サポートセンター\n"
                           "TEL: 045-555-0142 FAX: 045-555-0143\n"
                           "E-mail: help@kaku.example.jp\n"
                           "86\t営業日・時間\t営業曜日、営業時間(受付時間)\t必須\t平日 9:00~18:00\n");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "045-555-0142");
  f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kaku.example.jp");
  jn_record_free(rec);
}

/* turndown writes a table one paragraph a cell, blank lines between, and
 * nothing for an empty cell: a row comes short, its last paragraph the
 * answer when the header's last column is; a section row stands between
 * the header and the first row. */
static void test_paragraph_a_cell(void **state) {
  (void)state;
  jn_record *rec = extract("No.\n\n分類\n\n項目\n\n内容\n\n設定例\n\n回答\n\n"
                           "可用性\n\n"
                           "1\n\n稼働率\n\n月間の稼働率\n\n99.5%\n\n99.95%以上\n\n"
                           "2\n\n世代数\n\nバックアップの世代数\n\n14世代\n\n"
                           "3\n\n計画メンテナンスの事前通知\n\n"
                           "告知の時期\n\n1ヶ月前\n\n10日前までにメールで通知\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 14);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10);
  jn_record_free(rec);
}

/* The same with the marker column first (区分 | 項番 | …): a row starts at
 * its marker; one marker spans an item's rows (rowspan), so the rows under
 * the first come as question/answer pairs at its end, and the first may
 * leave out its 大項目; a section title before a row is no answer. */
static void test_paragraph_a_cell_marker_first(void **state) {
  (void)state;
  const char *in = ("区分\n\n項番\n\n大項目\n\n小項目\n\n記述内容\n\n申請内容\n\n"
                           "必須\n\n1\n\n開示情報の時点\n\n開示情報の日付\n\n"
                           "開示情報の年月日(西暦)\n\n2025/9/1\n\n事業所・事業\n\n"
                           "必須\n\n2\n\n事業所等の概要\n\n事業者名\n\n事業者の正式名称(商号)\n\n"
                           "架空テスト株式会社\n\n"
                           "必須\n\n3\n\n設立年・事業年数\n\n事業者の設立年(西暦)\n\n昭和62年\n\n"
                           "設立後の事業年数(1年に満たない場合は月数)\n\n38年\n\n人材\n\n"
                           "選択\n\n8\n\n従業員\n\n従業員数\n\n正社員数(単独ベース)\n\n412名\n\n"
                           "財務状況\n\n"
                           "選択\n\n9\n\n財務データ\n\n売上高\n\n売上高(単独ベース)\n\n5,870百万円\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-09-01");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "founded"), "1987");
  assert_true(number_of(rec, "years_in_business", "y") == 38);
  assert_true(number_of(rec, "employee_count", "person") == 412);
  assert_true(number_of(rec, "revenue", "JPY") == 5870000000.0);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  int seen = 0; /* 人材 and 財務状況 are section rows, not answers */
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (r->question && !strcmp(r->question, "正社員数(単独ベース)"))
      assert_string_equal(r->answer, "412名"), seen++;
    if (r->question && !strcmp(r->question, "設立後の事業年数(1年に満たない場合は月数)"))
      assert_string_equal(r->answer, "38年"), seen++;
  }
  assert_int_equal(seen, 2);
  jn_sheet_free(sh);
}

/* A page whose cells turndown wrote a paragraph each, one line between
 * blank lines, is read a cell a line; a cell's <br> comes out as a hard
 * break (two blanks ending the line) inside its paragraph, and its lines
 * stay one cell: every shareholder is the answer's, not the first alone. */
static void test_paragraph_cells_with_hard_breaks(void **state) {
  (void)state;
  static const char *const rows[][3] = {
      {"役員数", "選択", "5名"},
      {"正社員数(単独ベース)", "必須", "120名"},
      {"事業者の資本金(単独ベース)", "必須", "1億円"},
      {"大株主の名称(上位5株主程度)、及び各々の株式保有比率", "選択",
       "架空商事株式会社(35.2%)  \n架空信託銀行株式会社(8.1%)  \n架空社員持株会(4.0%)"},
      {"所属している業界団体、経済団体等の名称", "選択", "一般社団法人架空協会"},
      {"担当役員の氏名", "選択", "山田 一郎"},
      {"決算公告の実施の有無", "選択", "有"},
      {"事業者の売上高(単独ベース)", "必須", "12億円"},
      {"事業者の経常利益額(単独ベース)", "選択", "1億円"},
      {"守秘義務に係る契約又は条項の有無", "必須", "有り"},
      {"サービスの提供時間帯", "必須", "24時間365日"},
  };
  char in[4096];
  size_t at = 0;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    at += (size_t)snprintf(in + at, sizeof in - at, "No.%zu\n\n%s\n\n%s\n\n%s\n\n", i + 7,
                           rows[i][0], rows[i][1], rows[i][2]);
  jn_record *rec = extract(in);
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* An SLA's article: the guarantee in a sentence, then a reference line
 * "参考: …の稼働率実績は 99.99%" read as a pair under the article's heading
 * (サービス稼働率). The pair's own words name the actual, so the heading
 * lends it no target: the target is the guaranteed figure. */
static void test_heading_pair_names_another_field(void **state) {
  (void)state;
  jn_record *rec = extract("第3条 サービス稼働率\n"
                           "当社は、本サービスの月間稼働率 99.95%以上を保証します。\n\n"
                           "参考: 2023年度(2023年4月~2024年3月)の稼働率実績は 99.99%です。\n\n"
                           "第4条 計画停止\n"
                           "当社は、計画メンテナンスを行う場合、実施の7日前までに通知します。\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "availability_actual", "%") == 99.99);
  jn_record_free(rec);
}

/* A contact box written a paragraph a line (turndown of a <dl>): a short
 * label that names no field alone (メール, 代表電話) pairs with a value
 * that shows itself (an e-mail address, a telephone number), so the
 * heading above can name the field; the window's own number stays the
 * support phone. */
static void test_contact_labels_naming_nothing(void **state) {
  (void)state;
  jn_record *rec = extract("## お問い合わせ\n\nサポートセンター\n\n082-555-4410\n\n"
                           "受付時間\n\n平日 9:00~17:00(祝日・年末年始を除く)\n\n"
                           "メール\n\nsupport@kaku.example.jp\n\n"
                           "代表電話\n\n082-555-4400(FAX 082-555-4401)\n");
  assert_string_equal(first_of(rec, "support_email"), "support@kaku.example.jp");
  assert_string_equal(first_of(rec, "support_phone"), "082-555-4410");
  jn_record_free(rec);
}

/* A browser's copy of a table whose marker column comes first: the rows
 * under a rowspan keep their marker and item number but leave out the
 * spanned 大項目 and 小項目, so the answer is the row's last cell, not the
 * one after its marker. */
static void test_copy_marker_first_rowspan(void **state) {
  (void)state;
  jn_record *rec = extract(
      "必須/選択\t項番\t大項目\t小項目\t記述内容\t申請内容\n"
      "必須\tNo.1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t2026年6月30日\n"
      "必須\tNo.3\t設立年・事業年数\t事業者の設立年(西暦)\t昭和58年\n"
      "必須\tNo.3\t設立後の事業年数(1年に満たない場合は月数)\t43年\n"
      "必須\tNo.4\t事業所\t事業者の本店住所・郵便番号\t〒980-0555 宮城県架空台市中央3-4-5\n"
      "必須\tNo.4\t事業所数(国内、国外)\t国内:6拠点 国外:0拠点\n"
      "選択\tNo.8\t従業員\t従業員数\t正社員数(単独ベース)\t212名\n");
  assert_string_equal(string_of(rec, "founded"), "1983");
  assert_true(number_of(rec, "years_in_business", "y") == 43);
  assert_true(number_of(rec, "offices_domestic", "site") == 6);
  assert_true(number_of(rec, "employee_count", "person") == 212);
  jn_record_free(rec);
}

/* A company's results year by year under a caption giving their unit on
 * a line of its own ("(単位:千円)" over the table, not in its header): the
 * latest period's figures are read in that unit. */
static void test_results_table_unit_caption(void **state) {
  (void)state;
  jn_record *rec = extract("## IRハイライト\n\n(単位:千円)\n\n"
                           "| 項目 | 2024年3月期 | 2025年3月期 | 2026年3月期 |\n"
                           "|---|---|---|---|\n"
                           "| 売上高 | 4,012,345 | 4,456,789 | 5,123,456 |\n"
                           "| 経常利益 | 301,234 | 356,789 | 412,345 |\n");
  assert_true(number_of(rec, "revenue", "JPY") == 5123456000.0);
  assert_true(number_of(rec, "ordinary_profit", "JPY") == 412345000.0);
  jn_record_free(rec);
}

/* w3m without borders centres a group's item number, label and marker
 * among the group's rows: when the group's first row (its question and
 * answer) stands on the line above them, right after a blank line, the
 * line fills that row's gaps and the row reads whole. */
static void test_w3m_centred_group_line(void **state) {
  (void)state;
  jn_record *rec = extract(
      "項番       項目                    記述内容             必須/                     申請内容\n"
      "                                                         選択\n\n"
      "1    開示情報の日付    開示情報の年月日(西暦)           必須   2026.07.15\n\n"
      "【事業所・事業】\n\n"
      "                       事業者の正式名称(商号)                  架空トラストサイン株式会社\n"
      "2    事業者名                                           必須\n"
      "                       法人番号                                2011101555508\n\n"
      "3    設立年月日        事業者の設立年月日(西暦)         必須   平成27年4月1日\n\n"
      "                       代表者氏名                              代表取締役 鈴木一郎\n"
      "6    代表者                                             必須\n"
      "                       代表者年齢                              55歳\n\n"
      "7    役員              役員数                           選択   4名\n");
  assert_string_equal(string_of(rec, "company_name"), "架空トラストサイン株式会社");
  assert_string_equal(string_of(rec, "representative_name"), "鈴木一郎");
  assert_true(number_of(rec, "representative_age", "y") == 55);
  jn_record_free(rec);
}

/* A pair's answer stating another field's fact in words of its own: the
 * label names the entry log, the answer's sentence names personal
 * authentication too, and both are read from it. */
static void test_pair_answer_states_another_field(void **state) {
  (void)state;
  jn_record *rec = extract("データセンター設備\n"
                           "建物\t免震構造\n"
                           "入退館管理\tICカードと生体認証による個人認証。入退室記録は5年間保存\n");
  const jn_field_result *f = jn_record_field(rec, "personal_auth");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  assert_true(number_of(rec, "entry_log_retention", "y") == 5);
  jn_record_free(rec);
}

/* METI's checklist of service levels: 測定単位 and 設定例 are no answers
 * (spec §7); the one column of marks (対応(○/×)) answers with the remarks
 * after it (備考), which say how. The same table written a paragraph a
 * cell (turndown) reads alike. */
static void test_checklist_marks_with_remarks(void **state) {
  (void)state;
  const char *tsv =
      "No.\t種別\tサービスレベル項目例\t規定内容\t測定単位\t設定例\t対応(○/×)\t備考\n"
      "1\t可用性\tサービス時間\tサービスを提供する時間帯\t時間帯\t24時間365日\t○\t平日9:00~18:00\n"
      "2\t\t計画停止予定通知\t定期的な保守停止に関する事前連絡確認\t有無\t30日前にメールで通知\t○\t"
      "10日前までにメール及び管理画面で通知\n";
  jn_record *rec = extract(tsv);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10);
  jn_record_free(rec);
  const char *paras = "No.\n\n種別\n\nサービスレベル項目例\n\n規定内容\n\n測定単位\n\n設定例\n\n"
                      "対応(○/×)\n\n備考\n\n"
                      "1\n\n可用性\n\nサービス時間\n\nサービスを提供する時間帯\n\n時間帯\n\n24時間365日\n\n"
                      "○\n\n平日9:00~18:00\n\n"
                      "2\n\n可用性\n\n計画停止予定通知\n\n定期的な保守停止に関する事前連絡確認\n\n有無\n\n"
                      "30日前にメールで通知\n\n○\n\n10日前までにメール及び管理画面で通知\n\n"
                      "3\n\n可用性\n\nサービス提供終了時の事前通知\n\nサービス提供を終了する場合の事前連絡確認\n\n"
                      "有無\n\n3ヶ月前に書面で通知\n\n○\n\n180日前までに書面で通知\n";
  rec = extract(paras);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10);
  assert_true(number_of(rec, "termination_notice", "d") == 180);
  jn_record_free(rec);
}

/* A company page's table of major shareholders (株主名 | 持株数 | 持株比率):
 * the header cell over the names names a list, so the rows' names are
 * that list, one item a row; the header line is no row of answers. */
static void test_list_column_under_header(void **state) {
  (void)state;
  jn_record *rec = extract("大株主の状況(2026年3月31日現在)\n"
                           "株主名\t持株数(千株)\t持株比率(%)\n"
                           "架空興産株式会社\t4,210\t18.2\n"
                           "岡田 和也\t1,350\t5.8\n"
                           "架空情報システム従業員持株会\t980\t4.2\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  assert_string_equal(first_of(rec, "shareholders"), "架空興産株式会社");
  jn_record_free(rec);
}

/* pandoc gfm keeps a table with spans as HTML; its header cell 必須/<br />
 * 選択 still names the marker's column after the answer's, so each row's
 * answer is the cell before its marker. */
static void test_html_header_marker_with_break(void **state) {
  (void)state;
  jn_record *rec = extract(
      "## 申請内容\n\n<table>\n<thead>\n<tr>\n<th colspan=\"3\">【審査対象項目】</th>\n"
      "<th>【記述内容】</th>\n<th>情報開示内容</th>\n<th>必須/<br />\n選択</th>\n</tr>\n</thead>\n"
      "<tbody>\n<tr>\n<td>1</td>\n<td>開示情報の時点</td>\n<td>開示情報の日付</td>\n"
      "<td>開示情報の年月日(西暦)</td>\n<td>令和8年9月30日</td>\n<td>必須</td>\n</tr>\n"
      "<tr>\n<td>8</td>\n<td>従業員</td>\n<td>従業員数</td>\n<td>正社員数(単独ベース)</td>\n"
      "<td>120名</td>\n<td>必須</td>\n</tr>\n</tbody>\n</table>\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-09-30");
  assert_true(number_of(rec, "employee_count", "person") == 120);
  jn_record_free(rec);
}

/* html2markdown writes a table's rows without outer pipes and with two
 * blanks after the first ("1|  **稼働率** …| 99.9%| ○| ○"): the header
 * row of column words heads the table (no navigation bar), and the blanks
 * cut no cells. */
static void test_bare_pipe_rows_with_runs(void **state) {
  (void)state;
  const char *in = "No.| 項目| 内容| 必須| 記述  \n---|---|---|---|---  \n"
                           "1|  **開示情報の日付** 開示情報の年月日(西暦)| 2026年6月1日| ○| ○  \n"
                           "2|  **事業者名** 事業者の正式名称(商号)| 架空テスト株式会社| ○| ○  \n"
                           "3|  **従業員数** 正社員数(単独ベース)| 社員数 96名| ○| ○  \n"
                           "4|  **資本金** 事業者の資本金(単独ベース)| 5,000万円| ○| ○  \n"
                           "5|  **上場の有無** 株式上場の有無と市場名| 無| | ○  \n"
                           "6|  **決算公告** 決算公告の実施の有無| 無| | ○  \n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = jn_sheet_row_at(sh, 2);
  assert_non_null(r);
  assert_string_equal(r->item, "3");
  assert_string_equal(r->answer, "社員数 96名");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "employee_count", "person") == 96);
  assert_true(number_of(rec, "capital", "JPY") == 50000000);
  const jn_field_result *f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* turndown writes a header one column word a paragraph, and a cell's
 * <br> as a line break: under 記述内容 / 情報開示内容 then 必須/選択, each
 * row gives its question, its answer on the next line, then the marker. */
static void test_header_word_a_line_marker_last(void **state) {
  (void)state;
  jn_record *rec = extract("申請内容\n----\n\n項番\n\n大項目\n\n小項目\n\n"
                           "記述内容 / 情報開示内容\n\n必須/選択\n\n"
                           "1\n\n開示情報の時点\n\n開示情報の日付\n\n"
                           "開示情報の年月日(西暦)  \n令和6年5月1日\n\n必須\n\n"
                           "2\n\n事業所等の概要\n\n設立年月日\n\n"
                           "事業者の設立年月日(西暦)  \n平成9年4月1日\n\n必須\n\n"
                           "3\n\n人材\n\n従業員\n\n"
                           "正社員数(単独ベース)  \n85名\n\n必須\n\n"
                           "4\n\n財務状況\n\n資本金\n\n"
                           "事業者の資本金(単独ベース)  \n3,000万円\n\n必須\n\n"
                           "5\n\n財務状況\n\n上場\n\n"
                           "株式上場の有無と市場名  \n無し\n\n選択\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-05-01");
  assert_string_equal(string_of(rec, "founded"), "1997-04-01");
  assert_true(number_of(rec, "employee_count", "person") == 85);
  assert_true(number_of(rec, "capital", "JPY") == 30000000);
  jn_record_free(rec);
}

/* A Markdown link writes its address twice, "[https://…](https://…)":
 * RFC 3986 allows ']' only around an IPv6 host, so the address ends
 * there, and the site is listed once. 株式公開 is a company profile's
 * name for the listing, with the code in brackets. */
static void test_markdown_link_address(void **state) {
  (void)state;
  jn_record *rec = extract("会社概要\n\n商号\n\n架空テスト株式会社\n\n"
                           "株式公開\n\n架空証券取引所 グロース市場(証券コード:5555)\n\n"
                           "ホームページ\n\n[https://www.kaku-test.example.jp/](https://www.kaku-test.example.jp/)\n");
  const jn_field_result *f = jn_record_field(rec, "website");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "https://www.kaku-test.example.jp/");
  assert_string_equal(string_of(rec, "stock_code"), "5555");
  jn_record_free(rec);
}

/* html2markdown writes a two-column table as "label| value" rows under a
 * "---|---" delimiter (GFM 4.10: the line above is the header row), and a
 * header cell's <br> as a line break ("…| 必須/" over "選択"): the page's
 * header pairs are read, and the cut header names the marker after the
 * answer, so each row's answer is the cell before its marker. */
static void test_html2markdown_tables(void **state) {
  (void)state;
  const char *in = "認定番号| 0555-2401  \n---|---  \nサービス名称| 架空テストクラウド  \n"
                   "事業者名称| 架空テスト株式会社  \n  \n## 申請内容\n\n"
                   "【審査対象項目】| 【記述内容】| 申請内容| 必須/  \n選択  \n---|---|---|---  \n"
                   "1| 開示情報の時点| 開示情報の日付| 開示情報の年月日(西暦)| 2025/09/30| 必須  \n"
                   "2| 事業所等の概要| 事業者名| 事業者の正式名称(商号)| 架空テスト株式会社| 必須  \n"
                   "3| 設立年月日| 事業者の設立年月日(西暦)| 2001年4月3日| 必須  \n"
                   "4| 従業員| 従業員数| 正社員数(単独ベース)| 238名| 必須  \n";
  jn_sheet *sh = parse(in);
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0555-2401");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "founded"), "2001-04-03");
  assert_true(number_of(rec, "employee_count", "person") == 238);
  jn_record_free(rec);
}

/* html2markdown ends a row's line where a cell's block starts (a list, a
 * second paragraph) and writes the block under it, up to the table's next
 * row; it also wraps a row longer than 78 columns onto the next lines.
 * Each row is read whole, its blocks in its last cell; the table's last
 * row keeps what follows it (the page's note is not its answer). */
static void test_html2markdown_blocks_in_cells(void **state) {
  (void)state;
  const char *in = "項番| 小項目| 記述内容| 区分| 開示内容  \n---|---|---|---|---  \n"
                   "2-1| 事業者名| 事業者の正式名称(商号)| 必須|\n\n  * 架空テスト株式会社\n\n  \n"
                   "8| 従業員数| 正社員数(単独ベース)| 必須|\n\n  * 238名\n  * 2025年3月末現在\n\n  \n"
                   "11| 資本金| 資本金(単独ベース)、及び資本金の額を確認できる資料の名称と該当する\n"
                   "頁番号| 必須| 1億円  \n"
                   "12| 自己資本比率| 自己資本の比率(単独ベース)| 選択|\n\n  * 35.5%\n\n  \n  \n"
                   "(注) 売上高は税込、従業員数は120名(2020年)から増加。\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_true(number_of(rec, "employee_count", "person") == 238);
  assert_true(number_of(rec, "capital", "JPY") == 100000000);
  jn_record_free(rec);
  /* the same blocks under a table written with outer pipes are not cells:
   * such a converter keeps a row on one line */
  const char *gfm = "| 項番 | 小項目 | 記述内容 | 区分 | 開示内容 |\n|---|---|---|---|---|\n"
                    "| 8 | 従業員数 | 正社員数(単独ベース) | 必須 | |\n\n  * 238名\n\n"
                    "| 11 | 資本金 | 資本金(単独ベース) | 必須 | 1億円 |\n";
  jn_sheet *sh = parse(gfm);
  size_t rows = jn_sheet_row_count(sh);
  for (size_t i = 0; i < rows; i++)
    if (jn_sheet_row_at(sh, i)->item && !strcmp(jn_sheet_row_at(sh, i)->item, "8"))
      assert_null(strstr(jn_sheet_row_at(sh, i)->answer, "238"));
  jn_sheet_free(sh);
}

/* elinks prints the marker column first, its header 必須/ cut over 選択,
 * and one header cell (【審査対象項目】) over three columns (No., 大項目,
 * 小項目): the cut word still names the marker's column, and the columns
 * after the spanning one stand as far right in each row as in the header,
 * the answer last. */
static void test_marker_first_spanning_header(void **state) {
  (void)state;
  const char *in =
      "   必須/      【審査対象項目】              【記述内容】                  申請内容\n"
      "   選択\n"
      "   必須  1  開示情報の 開示情報の日 開示情報の年月日(西暦)        2025.10.01\n"
      "   必須  2  事業所等の 事業者名     事業者の正式名称(商号)        架空テスト株式会社\n"
      "   必須  3  概要       設立年月日   事業者の設立年月日(西暦)      2012年7月1日\n"
      "   必須  8  従業員     従業員数     正社員数(単独ベース)          57人\n"
      "   必須  11 財務       資本金       事業者の資本金(単独ベース)    1億円\n"
      "   選択  12 財務       自己資本比率 事業者の自己資本の比率        35.5%\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "founded"), "2012-07-01");
  assert_true(number_of(rec, "employee_count", "person") == 57);
  assert_true(number_of(rec, "capital", "JPY") == 100000000);
  assert_true(number_of(rec, "equity_ratio", "%") == 35.5);
  jn_record_free(rec);
}

/* w3m stacks the word of a one-character 必須/選択 column a character a
 * line (必 over 須, the header's 必 須 / 選 択 centred on its line), and a
 * 備考 column follows the answer: the stacked header still names the
 * marker's column, and the row's marker puts the answer and the remark in
 * their columns whatever a rowspan took from the row's left. */
static void test_stacked_marker_with_remarks(void **state) {
  (void)state;
  const char *in =
      "                                                      必\n"
      "                                                      須\n"
      "     【審査対象項目】           【記述内容】          /   申請内容          備考\n"
      "                                                      選\n"
      "                                                      択\n"
      "1  開示情報  開示情報の日付 開示情報の年月日(西暦)    必 令和7年8月20日\n"
      "   の時点                                             須\n"
      "2            事業者名       事業者の正式名称(商号)    必 架空テスト工業株式会社\n"
      "                                                      須\n"
      "3            資本金         事業者の資本金            必 3,000万円         2024年に増資\n"
      "                                                      須\n"
      "4            従業員数       正社員数(単独ベース)      必 120名\n"
      "                                                      須\n"
      "5            役員           役員数                    選 5名               取締役を含む\n"
      "                                                      択\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金");
  assert_non_null(r);
  assert_string_equal(r->answer, "3,000万円");
  assert_non_null(r->remark);
  assert_string_equal(r->remark, "2024年に増資");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空テスト工業株式会社");
  assert_true(number_of(rec, "capital", "JPY") == 30000000);
  assert_true(number_of(rec, "employee_count", "person") == 120);
  assert_true(number_of(rec, "officer_count", "person") == 5);
  jn_record_free(rec);
}

/* pandoc and html2text wrap a paragraph at blanks only, and a Japanese
 * sentence has them only around Latin words: "…通信はTLS" over "1.2以上で
 * 暗号化しています。" is one sentence. A certification number is a code:
 * a note after it in its cell is not part of it. */
static void test_sentence_broken_at_blank(void **state) {
  (void)state;
  jn_record *rec = extract("認定番号 0555-2301(対象サービス: 架空テストクラウド)\n\n"
                           "3. 暗号化\n\nブラウザと本サービスの間の通信はTLS\n"
                           "1.2以上で暗号化しています。保存データはAES-256で暗号化しています。\n");
  assert_string_equal(string_of(rec, "tls_version"), "TLS1.2");
  assert_string_equal(string_of(rec, "cert_number"), "0555-2301");
  jn_record_free(rec);
}

/* A print's narrow marker header may stand before the question's header
 * on its line (【審査対象項目】 必須/ 【記述内容】 申請内容) while the rows
 * keep the form's order, marker after the question: the answer follows
 * the marker in both, so it is the cell after the row's marker. */
static void test_header_order_unlike_rows(void **state) {
  (void)state;
  jn_record *rec = extract("【審査対象項目】\t必須/\t【記述内容】\t申請内容\n"
                           "36\t料金体系\t初期費用額\t必須\t初期費用: 300,000円\n"
                           "\t\t最低利用契約期間\t必須\t3年\n"
                           "37\t解約時ペナルティ\t解約時違約金(ユーザ側)の有無\t必須\t有り: 残存期間の50%\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 300000);
  assert_true(number_of(rec, "min_contract_period", "y") == 3);
  jn_record_free(rec);
}

/* Label and value paragraphs in turn (turndown's <dl> or table cells): a
 * value may name its label's field in other words (消火設備 / 窒素ガス消火
 * 設備, 直撃雷対策 / 避雷針を設置), and is its answer, not the next label
 * left unanswered. */
static void test_value_restating_its_label(void **state) {
  (void)state;
  jn_record *rec = extract("## 設備\n\n消火設備\n\n窒素ガス消火設備\n\n火災検知\n\n"
                           "超高感度煙検知器\n\n直撃雷対策\n\n避雷針を設置\n\n"
                           "誘導雷対策\n\n避雷器を設置 最大対応電圧20kV\n");
  const jn_field_result *f = jn_record_field(rec, "gas_fire_suppression");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "lightning_direct");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* innerText of a page whose question cell holds the item's label in
 * <strong> over the question: "13 <tab> label" on a line of its own, then
 * the question's row with its marker and answer. The answered row reads
 * the field, not the title line above it. */
static void test_title_line_over_answered_row(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t必須/選択\t申請内容\n"
                           "12\t自己資本比率\n事業者の自己資本の比率(単独ベース)\t選択\t32%\n"
                           "13\tキャッシュフロー対有利子負債比率\n"
                           "事業者のキャッシュフロー対有利子負債比率(単独ベース)\t選択\t非公開\n"
                           "14\tインタレスト・カバレッジ・レシオ\n"
                           "事業者のインタレスト・カバレッジ・レシオ(単独ベース)\t選択\t非開示\n");
  const jn_field_result *f = jn_record_field(rec, "cf_debt_ratio");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  f = jn_record_field(rec, "interest_coverage");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  jn_record_free(rec);
}

/* A column headed 【記述内容】/情報開示内容 holds the question, a <br>,
 * then the answer; innerText writes the break as a line of its own: the
 * cell's first line is the question, the answer starts on the next. */
static void test_question_over_answer_in_one_cell(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t【審査対象項目】\t必須/選択\t【記述内容】/情報開示内容\n"
                           "2\t事業者名\t必須\t事業者の正式名称(商号)\n架空テスト株式会社\n"
                           "3\t設立年月日\t必須\t事業者の設立年月日(西暦)\n1998年6月1日\n"
                           "8\t従業員数\t必須\t正社員数(単独ベース)\n120名\n");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "founded"), "1998-06-01");
  assert_true(number_of(rec, "employee_count", "person") == 120);
  jn_record_free(rec);
}

/* turndown, a header one column word a paragraph whose last cell's <br>
 * cut the marker's word (情報開示内容, then "必須/" over "選択"): the
 * marker comes after the answer, so each row's answer is the paragraph
 * before its marker. */
static void test_header_words_cut_marker_last(void **state) {
  (void)state;
  jn_record *rec = extract("申請内容\n----\n\n【審査対象項目】\n\n【記述内容】\n\n情報開示内容\n\n"
                           "必須/  \n選択\n\n"
                           "1\n\n開示情報の時点\n\n開示情報の日付\n\n開示情報の年月日(西暦)\n\n"
                           "2026年11月1日\n\n必須\n\n"
                           "3\n\n設立年・事業年数\n\n事業者の設立年(西暦)\n\n1998年\n\n必須\n\n"
                           "8\n\n従業員\n\n従業員数\n\n正社員数(単独ベース)\n\n140名\n\n必須\n\n"
                           "11\n\n資本金\n\n事業者の資本金(単独ベース)\n\n8,000万円\n\n必須\n\n"
                           "12\n\n自己資本比率\n\n事業者の自己資本の比率(単独ベース)\n\n41.5%\n\n選択\n\n"
                           "15\n\n上場\n\n株式上場の有無と市場名\n\n無し\n\n選択\n");
  assert_true(number_of(rec, "employee_count", "person") == 140);
  assert_true(number_of(rec, "capital", "JPY") == 80000000);
  jn_record_free(rec);
}

/* lynx centres a table's <th> labels in their cells (lynx -dump of a
 * two-column facts table): short words with no 、 or 。 left of the gap
 * are a table's labels, not a column of text to read before the one
 * right of it. */
static void test_centred_labels_no_page_columns(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "                         架空東データセンター 設備のご紹介\n"
                           "\n"
                           "   CAPTION: 設備概要\n"
                           "\n"
                           "      対象サービス    架空テストホスティング\n"
                           "       所在地      日本国内（架空県架空市）※詳細住所は非公開\n"
                           "        建物      データセンター専用建物（地上4階建）\n"
                           "       耐震性能     震度6強相当の地震に耐える構造\n"
                           "      免震・制震     免震構造（積層ゴム支承）\n"
                           "       受電方式     異なる2つの変電所から本線・予備線の2回線で受電\n"
                           "   UPS（無停電電源装置） あり／N+1冗長構成、満負荷時10分間の給電が可能\n"
                           "      自家発電設備    有／燃料備蓄により連続４８時間の運転が可能\n"
                           "       消火設備     窒素ガス消火設備（サーバ室）\n"
                           "       火災検知     超高感度煙検知システムを設置\n"
                           "     入退室記録の保存   5年間\n"
                           "      監視カメラ     館内80台、録画データは90日間保存\n"
                           "        空調      N+1冗長構成\n"
                           "\n");
  assert_true(number_of(rec, "generator_runtime", "h") == 48);
  assert_true(number_of(rec, "entry_log_retention", "y") == 5);
  assert_true(number_of(rec, "cctv_retention", "d") == 90);
  jn_record_free(rec);
}

/* pdftotext without -layout may print a column of values before its
 * labels, and a value wider than its column (a URL) is not the wrapped
 * line: the values are paired with the column whose fields they fit. */
static void test_values_before_labels(void **state) {
  (void)state;
  const char *in = "1.\n\n項目\n会社名\n設立\n\n"
                   "架空在庫\n毎日 6:00~24:00\n99.5%\n\n"
                   "サービス\n\nサービス名称\nサービス提供時間\n稼働率の目標\n\n"
                   "お問い合わせ\n\n項目\nサポート窓口\n受付時間\n\n"
                   "内容\n電話:03-5555-0181 / メー\nル:help@kakuu-zaiko.example.jp\n"
                   "平日 9:00~17:30(土日祝日を除\nく)\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "service_hours"), "Mo-Su 06:00-24:00");
  assert_true(number_of(rec, "availability_target", "%") == 99.5);
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-17:30; PH off");
  jn_record_free(rec);
}

/* A browser's copy, one cell per line: an item's later rows have no
 * marker, a question line then its answer line; a marker alone with the
 * next row's question under it answered nothing. */
static void test_copy_rows(void **state) {
  (void)state;
  jn_record *rec = extract("39 サービス稼働設定値\n"
                           "サービス稼働率のこれまでの実績値、またはその理由と目標値\n"
                           "必須 99.95%(2024年4月~2025年3月)\n"
                           "申請したサービスが該当するパターン番号と稼働率の対策参照値\n"
                           "パターン2 99%以上\n"
                           "サービス停止の事故歴\n"
                           "1件\n"
                           "40 耐震・免震構造\n"
                           "耐震数値\n"
                           "必須 \n"
                           "免震構造や制震構造の有無\n"
                           "有り(免震構造)\n"
                           "41 無停電電源\n"
                           "無停電電源装置(UPS)の有無と、UPSがある場合は電力供給時間\n"
                           "必須 有り(10分間)\n");
  assert_true(number_of(rec, "availability_reference", "%") == 99);
  assert_true(number_of(rec, "outage_count", "case") == 1);
  const jn_field_result *f = jn_record_field(rec, "seismic_isolation");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A question's bracket naming what it leaves out ("(自家発電機、UPSを
 * 除く)") anchors nothing: the generator is the next row's. */
static void test_excluded_words(void **state) {
  (void)state;
  jn_record *rec = extract("75\t受電系統\t別の変電所を経由した受電系統で2ルート以上が確保されているか否か"
                           "(自家発電機、UPSを除く)\t必須\t同一変電所から2回線受電\n"
                           "76\t自家発電設備\t自家発電設備の有無と、ある場合は連続稼働時間の数値\t必須\t"
                           "有り:連続72時間運転可能\n");
  assert_true(number_of(rec, "generator_runtime", "h") == 72);
  jn_record_free(rec);
}

/* A Markdown heading naming a field, a blank line, and its list; an item
 * the list says is not had yet (準備中) is left out, and a list of such
 * items only is an empty list. */
static void test_heading_list(void **state) {
  (void)state;
  jn_record *rec = extract("## 取得認証\n\n- プライバシーマーク(2012年取得)\n"
                           "- ISO/IEC 20000-1(ITSMS)\n- ISO/IEC 27017 は取得に向けて準備中です\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "PMARK");
  assert_string_equal(jn_value_string(jn_value_at(f->value, 1), NULL), "ITSMS");
  jn_record_free(rec);
  rec = extract("| 項目 | 回答 |\n|---|---|\n| 認証取得 | 現在、ISMS認証の取得に向けて準備中です |\n");
  f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 0);
  jn_record_free(rec);
}

/* A heading's noun with a polite ご (障害発生時のご連絡) is the wording
 * without it; a maintenance notice (a lead time, 前) is not read from the
 * failure notice's 30分以内. */
static void test_polite_heading(void **state) {
  (void)state;
  jn_record *rec = extract("■障害発生時のご連絡\n"
                           "障害を検知した場合、原則として30分以内に登録メールアドレス宛にお知らせします。\n");
  const jn_field_result *f = jn_record_field(rec, "failure_notification");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  assert_null(jn_record_field(rec, "maintenance_notice"));
  jn_record_free(rec);
  /* 前 must follow a figure: 午前 is no lead time */
  rec = extract("■障害発生時のご連絡\n"
                "障害検知後30分以内にメールで通知します(午前9時~午後6時は電話も)\n");
  assert_null(jn_record_field(rec, "maintenance_notice"));
  jn_record_free(rec);
}

/* Prose wrapped across the window: its first line is no label over the
 * next; a sentence naming a field and withholding it says undisclosed
 * when nothing else says more. */
static void test_withheld_sentence(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   お客様のデータは国内のデータセンターに保管しています。当社は東京と大阪の二つのリージョンを主系と待機系として利用しており、\n"
      "   いずれも国内にあります。\n\n"
      "   データセンター建物の耐震性能、電源設備の詳細については、クラウド事業者のセキュリティポリシーにより非公開です。なお、第三者監\n"
      "   査報告書は当社で確認済みです。\n");
  const jn_field_result *f = jn_record_field(rec, "seismic_intensity");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  jn_record_free(rec);
}

/* What the new readings must not take (a review's cases): a list
 * numbered 1次, 2次, 3次 is no run of items; a closing word after a
 * tab-separated table is no part of its last cell; × after 必須 is the
 * answer (必須× is no marker); an id said to be had keeps its place beside
 * one planned in the same sentence. */
static void test_not_overread(void **state) {
  (void)state;
  jn_record *rec = extract("データセンターの所在地\n1次拠点東京都江東区\n2次拠点大阪府大阪市\n"
                           "3次拠点福岡県福岡市\n");
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  jn_record_free(rec);
  rec = extract("No\t項目\t回答\n1\t資本金\t3億円\n2\t事業者名\t架空ネット株式会社\n以上\n");
  assert_string_equal(string_of(rec, "company_name"), "架空ネット株式会社");
  jn_record_free(rec);
  rec = extract("1\t事業者名\t必須\t架空ネット株式会社\n2\t上場の有無\t必須 ×\t2026年に上場予定\n"
                "3\t資本金\t必須\t3億円\n");
  const jn_field_result *f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
  rec = extract("| 項目 | 内容 |\n|---|---|\n"
                "| 認証取得 | ISO/IEC 27001を取得済み、ISO/IEC 27017は来年取得予定です。 |\n");
  f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "ISMS");
  jn_record_free(rec);
}

/* pandoc's own Markdown: a <dl> as term lines with ":   definition"
 * under them, backslash escapes (記述有り(\\*)) and a backslash ending a
 * line (a hard break) are no part of the text. */
static void test_pandoc_markdown(void **state) {
  (void)state;
  jn_record *rec = extract("認定番号\n:   0999-2401\n\nサービス名称\n:   架空クラウド\n\n"
                           "事業者名称\n:   架空ネット株式会社\n\n"
                           "| No | 項目 | 回答 |\n|---|---|---|\n"
                           "| 9 | 売上高 | 記述有り(\\*) |\n\n"
                           "コンプライアンス担当役員: 架空 基隆 \\\n");
  assert_string_equal(string_of(rec, "cert_number"), "0999-2401");
  const jn_field_result *f = jn_record_field(rec, "revenue");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  assert_string_equal(string_of(rec, "compliance_officer"), "架空 基隆");
  jn_record_free(rec);
}

/* A table laid out by spaces with no borders (elinks): a cell that fills
 * its column leaves one blank before the next, which still starts where
 * the column's other cells start. */
static void test_single_blank_column(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No. 項目                   内容                               必須/選択 回答\n"
      "   10  経常利益               事業者全体の経常利益額(単独ベース)   選択      2億円\n"
      "   11  資本金                 事業者全体の資本金(単独ベース)       必須      3億円\n"
      "   9   売上高                 事業者全体の売上高(単独ベース)       必須      30億円\n"
      "   7   役員                   役員数                               必須      5名\n"
      "   8   従業員                 従業員数(単独ベース)                 必須      120名\n"
      "   12  自己資本比率           事業者全体の自己資本の比率(単独ベー 選択      54.1%\n"
      "                              ス)(単位:%)\n"
      "   13  キャッシュフロー対有利 事業者全体のキャッシュフロー対有利子 選択      有利子負債なし\n"
      "       子負債比率             負債比率(単独ベース)(単位:%)\n"
      "   15  上場の有無             株式上場の有無と、上場の場合は市場名 選択      無し\n"
      "   16  決算公告               決算公告の実施の有無                 選択      有り\n");
  assert_true(number_of(rec, "equity_ratio", "%") == 54.1);
  const jn_field_result *f = jn_record_field(rec, "cf_debt_ratio");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_NONE);
  jn_record_free(rec);
}

/* A table with no marker column flattened by a text browser (lynx): a
 * question asks over the row's whole first line and its value comes on
 * the next ("16 財務監査 … 以下より選択する。" / "①…④いずれでもない ②", the
 * chosen mark apart from the options listed); a space inside brackets
 * splits no question from its value; a row whose question names no field
 * leaves the item's next rows rows of the table; a question with no
 * value is blank; an instruction in brackets is the question's. */
static void test_flat_rows_asking(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No. 項目 内容 回答\n"
      "   16 財務監査・財務データの状況 該当する財務監査・財務データの状況を、以下より選択する。\n"
      "   ①会計監査人による会計監査、②会計参与による監査、③中小企業会計のチェックリスト、④いずれでもない ②\n"
      "   18 株主構成 大株主の名称(上位 5 株主程度)と保有比率 架空ホールディングス株式会社 60.5%\n"
      "   20 主要取引金融機関 主要取引金融機関の名称\n"
      "   21 所属団体 所属団体の名称 架空協会\n"
      "   32 サービス変更・終了時の事前告知 利用者への告知時期(1ヶ月前等の単位で記述) 6か月前\n"
      "   33 サービスの変更・終了 対応・代替措置の基本方針の有無 有り\n"
      "   具体的な対応策(代替サービスの紹介等)の有無 有り\n"
      "   契約終了時の情報資産(ユーザデータ等)の返却責任の有無 有り\n");
  const jn_field_result *f = jn_record_field(rec, "financial_audit");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_number(f->value) == 2.0);
  f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "架空ホールディングス株式会社");
  f = jn_record_field(rec, "main_banks");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_BLANK);
  assert_true(number_of(rec, "termination_notice", "mo") == 6.0);
  f = jn_record_field(rec, "data_return");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A questionnaire whose answers are columns (はい | いいえ | 該当なし), the
 * one that applies marked ○: the marked column's word is the answer, the
 * remark column its detail. A row of answers (有 | 有) is no header. */
static void test_choice_columns(void **state) {
  (void)state;
  jn_record *rec = extract(
      "回答事業者,架空システムズ株式会社,,,,,\n"
      "対象サービス,架空勤怠クラウド,,,,,\n"
      ",,,,,,\n"
      "項番,カテゴリ,質問,はい,いいえ,該当なし,補足説明\n"
      "A.1,運用,稼働状況の定期報告を行っていますか。,,○,,\n"
      "A.2,技術,ファイアウォールで不要な通信を遮断していますか。,○,,,\n"
      "A.3,技術,保存データは暗号化されていますか。,,,○,\n");
  const jn_field_result *f = jn_record_field(rec, "periodic_report");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  f = jn_record_field(rec, "firewall");
  assert_non_null(f);
  assert_true(jn_value_bool(f->value));
  assert_string_equal(string_of(rec, "company_name"), "架空システムズ株式会社");
  jn_record_free(rec);
}

/* A company's name is an organization's: a label such as 提供元 heads one
 * only when a legal form or an organization's ending is in its value, and
 * what follows the name on its line (| 〒…) is not part of it. */
static void test_company_is_org(void **state) {
  (void)state;
  jn_record *rec = extract("提供元:東京リージョン\n\n運営会社:架空アプリ株式会社 | 〒060-0000 架空市北1条\n");
  assert_string_equal(string_of(rec, "company_name"), "架空アプリ株式会社");
  jn_record_free(rec);
  rec = extract("提供元:東京リージョン\n");
  const jn_field_result *f = jn_record_field(rec, "company_name");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* An FAQ whose marks stand alone on their lines (【質問】 / the question /
 * 【回答】 / the answer): each question with its answer; sentences that
 * state a log's keeping or a fault's notice in words of their own. */
static void test_marked_faq(void **state) {
  (void)state;
  jn_record *rec = extract("■セキュリティ\n\n"
                           "【質問】\nログはどのくらい残りますか。\n\n"
                           "【回答】\n操作ログは5年間保存しています。\n\n"
                           "【質問】\n障害が起きたときは連絡がありますか。\n\n"
                           "【回答】\nはい。ご登録の連絡先へメールで\nお知らせします。\n");
  assert_true(number_of(rec, "log_retention", "y") == 5.0);
  const jn_field_result *f = jn_record_field(rec, "failure_notification");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
  jn_sheet *sh = parse("【質問】\n夜間も使えますか。\n\n【回答】\n24時間365日ご利用いただけます。\n");
  const jn_sheet_row *r = row_asking(sh, "夜間も使えますか。");
  assert_non_null(r);
  assert_string_equal(r->answer, "24時間365日ご利用いただけます。");
  jn_sheet_free(sh);
}

/* An evaluation sheet answered 対応済 / 一部対応 / 対象外 with the details
 * in 備考: a person named in the remark of a yes; a disclosure answered
 * in part whose remark withholds it is false; an answer that says nothing
 * of the field and a remark that says there is none give none. The
 * columns are named 大分類 and 確認項目. */
static void test_evaluation_sheet(void **state) {
  (void)state;
  jn_record *rec = extract(
      "No\t大分類\t確認項目\t回答\t根拠資料\t備考\n"
      "1\t組織\t情報セキュリティの管理責任者を定めている\t対応済\t規程 第5条\t執行役員 架空 花子\n"
      "2\t組織\t事業継続計画(BCP)を策定し、顧客に開示できる\t一部対応\t計画書\t策定済み。内容は社外秘のため開示不可\n"
      "3\t運用\t推奨するネットワーク帯域を示している\t対象外\t\t特に指定なし\n");
  assert_string_equal(string_of(rec, "security_officer"), "架空 花子");

  const jn_field_result *f = jn_record_field(rec, "bcp_disclosure");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  f = jn_record_field(rec, "recommended_bandwidth");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_NONE);
  jn_record_free(rec);
  /* the role, a colon, then the person (最高情報セキュリティ責任者(CISO):…) */
  rec = extract("項番,質問,回答,補足説明\n"
                "A.1,情報セキュリティの責任者を任命していますか。,はい,最高情報セキュリティ責任者(CISO):取締役 架空 一郎\n"
                "A.2,ファイアウォールで通信を制限していますか。,はい,\n"
                "A.3,不正侵入検知を導入していますか。,はい,IDSを導入\n"
                "A.4,時刻同期を行っていますか。,はい,NTPによる\n");
  assert_string_equal(string_of(rec, "security_officer"), "架空 一郎");
  jn_record_free(rec);
  /* a post, a title, the name, the blanks between them lost (w3m) but one */
  rec = extract("No.\t項目\t内容\t必須/選択\t回答\n"
                "22\t情報セキュリティに関する組織体制の状況\t情報セキュリティに関する責任者の有無と氏名\t必須\t"
                "有り情報セキュリティ統括責任者取締役CTO 架空一郎\n");
  assert_string_equal(string_of(rec, "security_officer"), "架空一郎");
  jn_record_free(rec);
  /* a word joining two titles goes with them (社長 兼 CEO, 取締役兼…, the
   * blanks lost), never a surname that starts with it (兼子) */
  static const char *const joined[][2] = {{"代表取締役社長 兼 CEO 架空 淳", "架空 淳"},
                                          {"代表取締役社長兼CEO 兼子 一郎", "兼子 一郎"},
                                          {"代表取締役兼架空修", "架空修"}};
  for (size_t i = 0; i < sizeof joined / sizeof joined[0]; i++) {
    char in[256];
    snprintf(in, sizeof in, "No.\t項目\t内容\t必須/選択\t回答\n6\t代表者\t代表者氏名\t必須\t%s\n",
             joined[i][0]);
    rec = extract(in);
    assert_string_equal(string_of(rec, "representative_name"), joined[i][1]);
    jn_record_free(rec);
  }
  /* the guideline's marker left at either end by cells run together */
  static const char *const marked[][2] = {{"必須 架空 誠一郎", "架空 誠一郎"},
                                          {"架空 大輔 【必須】", "架空 大輔"}};
  for (size_t i = 0; i < sizeof marked / sizeof marked[0]; i++) {
    char in[256];
    snprintf(in, sizeof in, "No.\t項目\t内容\t回答\n6\t代表者\t代表者氏名\t%s\n", marked[i][0]);
    rec = extract(in);
    assert_string_equal(string_of(rec, "representative_name"), marked[i][1]);
    jn_record_free(rec);
  }
  /* a list's bare いいえ answers the question; the remark lists what there is */
  rec = extract("No\t質問\t回答\t補足\n"
                "1\tユーザー認証に多要素認証を利用できますか\tいいえ\tID・パスワードによる認証。接続元IPアドレスの制限は可能\n"
                "2\tファイアウォールを設置していますか\tはい\t\n"
                "3\t時刻同期を行っていますか\tはい\tNTP\n");
  const jn_field_result *ua = jn_record_field(rec, "user_auth");
  assert_non_null(ua);
  assert_int_equal(ua->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(ua->value), 2);
  jn_record_free(rec);
}

/* Items run together with their numbers (a PDF printed and read with
 * pdftotext -raw): an item's title with no answer heads the rows under
 * it and stands for no field itself; a label that goes on with the same
 * phrase (サービスの名称及び内容) is no question of its own. */
static void test_item_titles(void **state) {
  (void)state;
  jn_record *rec = extract("1事業者の名称等\n"
                           "事業者の名称 架空テレコム株式会社\n"
                           "2お問い合わせ窓口\n"
                           "架空クラウドPBX カスタマ\n"
                           "ーセンター\n"
                           "電話 0120-555-701(通話料無料)\n"
                           "3サービスの名称及び内容\n"
                           "サービスの名称 架空クラウドPBX\n"
                           "提供時間 24時間365日\n"
                           "4料金\n"
                           "初期登録料 1契約につき 10,000円\n"
                           "5契約期間\n"
                           "最低利用期間 12か月\n");
  assert_string_equal(string_of(rec, "service_name"), "架空クラウドPBX");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* 目標値 names the answer's column as a whole header cell (指標 | 目標値 |
 * 補足), but ending a question (サービス稼働率の目標値) it names none: that
 * row is no header. */
static void test_target_column(void **state) {
  (void)state;
  jn_record *rec = extract("| 指標 | 目標値 | 補足 |\n|---|---|---|\n"
                           "| 月間稼働率 | 99.8% | 計画停止を除く |\n"
                           "| 障害発生時の初報 | 検知から15分以内 | メールで連絡 |\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.8);
  assert_true(number_of(rec, "failure_notice_time", "min") == 15.0);
  jn_record_free(rec);
  rec = extract("46\tサービス稼働設定値\tサービス稼働率の目標値\t必須\t99.99%\n"
                "47\tサービス品質\t平均復旧時間\t選択\t2時間\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.99);
  jn_record_free(rec);
}

/* A two-column table whose header says label and value (項目 | 内容,
 * Item / 項目 | Value / 内容) reads as pairs under the heading above
 * it, as a table without a header does: 取得頻度 says little by itself. */
static void test_headed_two_columns(void **state) {
  (void)state;
  jn_record *rec = extract("## 6. Backup / バックアップ\n\n"
                           "| 項目 | 内容 |\n|---|---|\n"
                           "| Frequency / 取得頻度 | 4時間ごと |\n"
                           "| RPO / 目標復旧時点 | 4時間 |\n");
  assert_true(number_of(rec, "backup_interval", "h") == 4.0);
  /* RPO is no retention of backups, whatever heading it stands under */
  const jn_field_result *f = jn_record_field(rec, "backup_retention");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* A row of a flattened table whose value a text browser wrapped onto a
 * short line: a line with a blank inside is the row's rest, not a
 * section's title ("Azure より非公開"). */
static void test_wrapped_rest(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No. 項目 内容 回答\n"
      "   82 火災感知・報知システム 火災検知システムの有無 有り\n"
      "   83 直撃雷対策 直撃雷対策の有無 データセンター事業者である架空クラウド基盤株式会社\n"
      "   Kakuu より非公開\n"
      "   84 誘導雷対策 誘導雷対策の有無 有り\n");
  const jn_field_result *f = jn_record_field(rec, "lightning_direct");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_UNDISCLOSED);
  jn_record_free(rec);
}

/* An SLA's appendix (別表2) lists its levels: its table is read as any
 * table is, while the refund table (別表1) stays no answer; an ordinal
 * (第7条) is no count. */
static void test_appendix_levels(void **state) {
  (void)state;
  jn_record *rec = extract(
      "<h3>別表1 サービスクレジット</h3>\n<table><tr><th>月間稼働率</th><th>返金率</th></tr>\n"
      "<tr><td>99.9%未満</td><td>10%</td></tr></table>\n"
      "<h3>別表2 サービスレベル一覧</h3>\n<table><tr><th>項目</th><th>水準</th><th>備考</th></tr>\n"
      "<tr><td>月間稼働率</td><td>99.9%以上</td><td>第5条</td></tr>\n"
      "<tr><td>障害発生の通知</td><td>1時間以内</td><td>電子メール(第7条)</td></tr>\n"
      "<tr><td>テクニカルサポート(電話)</td><td>平日 9:00~18:00</td><td>TEL 03-5555-0101</td></tr>\n"
      "</table>\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  assert_true(number_of(rec, "failure_notice_time", "h") == 1.0);
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-18:00; PH off");
  jn_record_free(rec);
}

/* A definition list as lynx prints it (the term, its definition
 * indented under it): a definition's lines that end short were ended by
 * their writer, one item each; a line across the window was wrapped. */
static void test_definition_lines(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   商号\n          架空デジタル株式会社\n\n"
      "   事業内容\n          クラウド型業務アプリケーションの開発と提供、システムインテグレーション、デー\n"
      "          タセンター運用受託\n\n"
      "   主要株主\n          架空 太郎\n          架空ホールディングス株式会社\n\n"
      "   資本金\n          1億円\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "架空 太郎");
  jn_record_free(rec);
}

/* An FAQ's answers in prose: a fee that is not charged (かかりません) is
 * none; a level stated before が、 stands though the other clause speaks
 * of refunds. */
static void test_faq_clauses(void **state) {
  (void)state;
  jn_record *rec = extract("Q. 初期費用はかかりますか?\nA. 初期費用はかかりません。月額料金のみです。\n\n"
                           "Q. 稼働率の保証はありますか?\n"
                           "A. 月間稼働率99.9%を目標値として運用していますが、返金を伴うSLAは設けておりません。\n\n"
                           "Q. サポート窓口を教えてください。\n"
                           "A. サポート窓口(help@kakuu.example.jp)までメールでお問い合わせください。対応時間は"
                           "平日10:00~18:00です。お電話でのサポートは行っておりません。\n");
  const jn_field_result *f = jn_record_field(rec, "initial_fee");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_NONE);
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  f = jn_record_field(rec, "support_phone"); /* the telephone is denied */
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_NONE);
  jn_record_free(rec);
}

/* Nested lists indented under list items (・稼働率: / - 目標:… / - 実績:…)
 * are no definition list: each child reads under its parent's label, and
 * the parent with all its children is a row too. */
static void test_nested_lists(void **state) {
  (void)state;
  jn_record *rec = extract("■ サービスの内容\n"
                           "  ・提供開始        :2020年9月1日\n"
                           "  ・メンテナンスの事前告知:\n"
                           "      - 定期メンテナンス:7日前まで\n"
                           "      - 緊急メンテナンス:可能な限り事前に告知\n"
                           "  ・稼働率:\n"
                           "      - 目標:99.95%\n"
                           "      - 実績:99.98%(2024年4月~2025年3月)\n"
                           "  ・契約解除料:\n"
                           "      - 最低利用期間内の解約:残余期間の月額料金相当額\n"
                           "      - 最低利用期間経過後の解約:無料\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "availability_actual", "%") == 99.98);
  const jn_field_result *f = jn_record_field(rec, "cancellation_penalty");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* Prose a text browser wrapped at the window's edge, a word cut in two
 * (…12月の稼 / 働率の実績は99.97%でした。): the sentence reads whole. */
static void test_wrapped_sentence(void **state) {
  (void)state;
  jn_record *rec = extract(
      "## 運用\n\n"
      "当社の運用チームが24時間365日の体制で、1分ごとにシステムの稼働状況を監視しています。障害が発生\n"
      "した場合は、発生の確認から1時間以内に本サービスのお知らせページで第一報を掲載し、復旧まで状況を\n"
      "随時更新します。なお、定期メンテナンスの時間を除いた2023年1月~12月の稼\n"
      "働率の実績は99.97%でした。\n");
  assert_true(number_of(rec, "availability_actual", "%") == 99.97);
  jn_record_free(rec);
}

/* Where the data centre stands: a bullet under the topic's word
 * (データセンター:国内(東京リージョン)) gives the country; a country given
 * beside a withheld address is given. */
static void test_dc_country(void **state) {
  (void)state;
  jn_record *rec = extract("■ 提供環境\n・データセンター:国内(架空クラウドの東京リージョン)\n・稼働率:99.9%\n");
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  jn_record_free(rec);
  rec = extract("| 項目 | 内容 |\n|---|---|\n| 所在地 | 日本国内(関西地域)※詳細な住所はセキュリティ上非公開 |\n"
                "| 建物 | データセンター専用建物 |\n");
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  jn_record_free(rec);
}

/* A grid table in ASCII (reStructuredText, pandoc's grid tables): +---+
 * rules, | between cells, a cell's text wrapped inside its column. */
static void test_ascii_grid(void **state) {
  (void)state;
  jn_record *rec = extract("+------+------------+------------+------+-------------+\n"
                           "| No.  | 項目       | 内容       | 必須 | 回答        |\n"
                           "+======+============+============+======+=============+\n"
                           "| 1    | 開示       | 開         | 必須 | 2024/2/15   |\n"
                           "|      | 情報の日付 | 示情報の年 |      |             |\n"
                           "|      |            | 月日(西暦) |      |             |\n"
                           "+------+------------+------------+------+-------------+\n"
                           "| 3    | 設立年     | 事業者の設 | 必須 | 2009年      |\n"
                           "|      | ・事業年数 | 立年(西暦) |      |             |\n"
                           "+------+------------+------------+------+-------------+\n"
                           "| 7    | 役員       | 役員数     | 必須 | 5名(うち社  |\n"
                           "|      |            |            |      | 外取締役1名)|\n"
                           "+------+------------+------------+------+-------------+\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-15");
  assert_string_equal(string_of(rec, "founded"), "2009");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  jn_record_free(rec);
}

/* A page converted by pandoc, in reStructuredText or in pandoc's Markdown:
 * directives (".. container::") and fenced divs ("::: site-header") are no
 * AsciiDoc terms, and the grid's drawer counted 【 and 】 one column each,
 * so the rows' | stand off the joints: the text between two | is still
 * one cell. */
static void test_pandoc_grid_page(void **state) {
  (void)state;
  static const char *const heads[] = {".. container:: site\n\n"
                                      "   架空認定機構\n\n"
                                      ".. container:: breadcrumb\n\n"
                                      "   ホーム > 一覧\n\n"
                                      ".. container::\n\n",
                                      "::: site-header\n"
                                      "[架空認定機構](/)\n"
                                      ":::\n\n"
                                      "::: {role=\"main\"}\n"
                                      "# 申請内容\n\n"};
  static const char grid[] = "   +------+------------+------------+------+-------------+\n"
                             "   | No.  | 項目       | 内容       | 必須 | 回答        |\n"
                             "   +======+============+============+======+=============+\n"
                             "   | 【1】| 開示       | 開         | 必須 | 2024/2/15   |\n"
                             "   |      | 情報の日付 | 示情報の年 |      |             |\n"
                             "   |      |            | 月日(西暦) |      |             |\n"
                             "   +------+------------+------------+------+-------------+\n"
                             "   | 【3】| 設立年     | 事業者の設 | 必須 | 2009年      |\n"
                             "   |      | ・事業年数 | 立年(西暦) |      |             |\n"
                             "   +------+------------+------------+------+-------------+\n"
                             "   | 【7】| 役員       | 役員数     | 必須 | 5名         |\n"
                             "   +------+------------+------------+------+-------------+\n";
  for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
    char page[2048];
    snprintf(page, sizeof page, "%s%s", heads[h], grid);
    jn_sheet *sh = parse(page);
    for (size_t i = 0; i < jn_sheet_row_count(sh); i++) { /* no rule left in a cell */
      const jn_sheet_row *r = jn_sheet_row_at(sh, i);
      assert_null(strstr(r->question ? r->question : "", "│"));
      assert_null(strstr(r->answer ? r->answer : "", "│"));
    }
    jn_sheet_free(sh);
    jn_record *rec = extract(page);
    assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-15");
    assert_string_equal(string_of(rec, "founded"), "2009");
    assert_true(number_of(rec, "officer_count", "person") == 5.0);
    jn_record_free(rec);
  }
}

/* Pandoc cuts a word too long for its column from the word's end: a short
 * first piece on a line of its own, then pieces that fill the column. The
 * pieces make one word again; w3m's short line before a full one does not
 * (a line break of the page). */
static void test_word_cut_from_end(void **state) {
  (void)state;
  jn_record *rec = extract("+------+------------+-----------+------+-------------+\n"
                           "| No.  | 項目       | 内容      | 必須 | 回答        |\n"
                           "+======+============+===========+======+=============+\n"
                           "| 9    | 売上高     | 売上高    | 必須 | 2,8         |\n"
                           "|      |            |           |      | 74百万円(20 |\n"
                           "|      |            |           |      | 23年12月期) |\n"
                           "+------+------------+-----------+------+-------------+\n"
                           "| 85   | 連絡先     | 電話      | 必須 | 03-5        |\n"
                           "|      |            |           |      | 555-1234、0 |\n"
                           "|      |            |           |      | 3-5555-1235 |\n"
                           "+------+------------+-----------+------+-------------+\n");
  assert_true(number_of(rec, "revenue", "JPY") == 2874000000.0);
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_string_equal(f->value_json, "[\"03-5555-1234\",\"03-5555-1235\"]");
  jn_record_free(rec);
  rec = extract("┌──┬──────┬────────────┐\n"
                "│No│項目  │回答        │\n"
                "├──┼──────┼────────────┤\n"
                "│85│連絡先│TEL         │\n"
                "│  │      │03-5555-1234│\n"
                "└──┴──────┴────────────┘\n");
  f = jn_record_field(rec, "support_phone");
  assert_non_null(f);
  assert_string_equal(f->raw, "TEL 03-5555-1234");
  jn_record_free(rec);
}

/* AsciiDoc: the cells fill rows of as many columns as cols= names, a cell
 * goes on over the lines after it (" +" a line the writer broke), ".2+|"
 * spans rows, "2+|" columns; "term::" over its value is a pair. */
static void test_asciidoc(void **state) {
  (void)state;
  jn_sheet *sh = parse("== 架空クラウド\n\n"
                       "認定番号::\n  0999-2401\n"
                       "サービス名称::\n  架空クラウド\n"
                       "事業者名称::\n  架空株式会社\n\n"
                       "[cols=\",,,\",options=\"header\",]\n"
                       "|===\n"
                       "|No. |項目 |内容 |回答\n"
                       ".2+|2 .2+|事業者名 |事業者の正式名称(商号) |架空株式会社 +\n"
                       "（架空商事グループ）\n\n"
                       "|法人番号\n|1010001000007\n\n"
                       "4+|人材\n\n"
                       "|7 |役員 |役員数 |5名\n"
                       "|===\n");
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0999-2401");
  const jn_sheet_row *r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->item, "2");
  assert_string_equal(r->answer, "1010001000007");
  r = row_asking(sh, "役員数");
  assert_non_null(r);
  assert_string_equal(r->answer, "5名");
  jn_sheet_free(sh);
  jn_record *rec = extract("[cols=\",,,\",options=\"header\",]\n"
                           "|===\n"
                           "|No. |項目 |内容 |回答\n"
                           "|2 |事業者名 |事業者の正式名称(商号) |架空株式会社 +\n"
                           "（架空商事グループ）\n"
                           "|3 |設立年 |事業者の設立年(西暦) |2009年\n"
                           "|===\n");
  assert_string_equal(string_of(rec, "company_name"), "架空株式会社");
  assert_string_equal(string_of(rec, "founded"), "2009");
  jn_record_free(rec);
}

/* w3m without borders: a group's label wraps beside its item number, which
 * stands in the middle of the group ("サービス" over "40  (事業)変更"); the
 * label's lines make one label with the row's other cells. */
static void test_label_beside_item(void **state) {
  (void)state;
  jn_sheet *sh = parse(
      "37  提供時間   サービスの提供時間帯                        必 24時間365日\n"
      "38  移行支援   既存システムからの移行支援の有無            必 有り\n"
      "39  料金体系   最低利用契約期間                            必 1年\n"
      "    サービス   利用者への告知時期(事前の告知時期を1ヶ月前  必 4か月\n"
      "40  (事業)変更 、3ヶ月前、6ヶ月前、12ヶ月前等の単位で記述) 須\n"
      "    ・終了時等 告知方法                                    必 電子メール\n"
      "    の事前告知                                             須\n"
      "41  違約金     解約時違約金の有無                          必 無し\n"
      "42  解約期限   利用者からの解約の受付期限                  必 30日前まで\n"
      "44  稼働率     サービス稼働率の目標値                      必 99.9%以上\n");
  const jn_sheet_row *r = row_asking(
      sh, "利用者への告知時期(事前の告知時期を1ヶ月前、3ヶ月前、6ヶ月前、12ヶ月前等の単位で記述)");
  assert_non_null(r);
  assert_string_equal(r->item, "40");
  assert_string_equal(r->answer, "4か月");
  /* the group's label goes on beside the item's next row: that row's
   * first cell, not the table's first column, wraps too */
  r = row_asking(sh, "告知方法");
  assert_non_null(r);
  assert_string_equal(r->label, "サービス(事業)変更・終了時等の事前告知");
  assert_string_equal(r->answer, "電子メール");
  jn_sheet_free(sh);
}

/* pdftotext -raw of a printed page: each cell on lines of its own, a cell
 * too long for its narrow column on several, each as wide as the column
 * but the last ("開示情" / "報の日" / "付"). The lines of a cell make one. */
static void test_raw_print_cells(void **state) {
  (void)state;
  jn_record *rec = extract(
      "サービスの情報開示\n"
      "No. 項目 内容\n"
      "必\n"
      "須/\n"
      "選\n"
      "択\n"
      "回答\n"
      "1\n"
      "開示情\n"
      "報の日\n"
      "付\n"
      "開示情報の\n"
      "年月日(西\n"
      "暦)\n"
      "必\n"
      "須\n"
      "2024年2月15日\n"
      "2\n"
      "事業者\n"
      "の名称\n"
      "事業者の正\n"
      "式名称(商\n"
      "号)\n"
      "必\n"
      "須\n"
      "架空ソフト株式会社\n"
      "法人番号 3010401099999\n"
      "3\n"
      "設立年\n"
      "月日\n"
      "事業者の設\n"
      "立年月日(\n"
      "西暦)\n"
      "必\n"
      "須\n"
      "2009年4月1日\n"
      "4\n"
      "事業所\n"
      "の所在\n"
      "地\n"
      "事業者の本\n"
      "店所在地\n"
      "必\n"
      "須\n"
      "東京都架空区1-2-3 お問い合わせ desk-\n"
      "support@kakuu.example.jp\n"
      "5\n"
      "代表者\n"
      "の氏名\n"
      "代表者氏名\n"
      "必\n"
      "須\n"
      "架空 太郎\n"
      "7\n"
      "役員の\n"
      "人数\n"
      "役員数\n"
      "選\n"
      "択\n"
      "5名\n"
      "8\n"
      "従業員\n"
      "の人数\n"
      "正社員数(\n"
      "単独ベース\n"
      ")\n"
      "必\n"
      "須\n"
      "42名\n"
      "9\n"
      "売上高\n"
      "の実績\n"
      "事業者の売\n"
      "上高(単独\n"
      "ベース)\n"
      "必\n"
      "須\n"
      "3億2千万円\n"
      "11\n"
      "資本金\n"
      "の額\n"
      "事業者の資\n"
      "本金(単独\n"
      "ベース)\n"
      "必\n"
      "須\n"
      "1,000万円\n"
      "12\n"
      "自己資\n"
      "本比率\n"
      "事業者の自\n"
      "己資本の比\n"
      "率(単独ベ\n"
      "ース)\n"
      "選\n"
      "択\n"
      "48.5%\n"
      "15\n"
      "上場の\n"
      "有無\n"
      "株式上場の\n"
      "有無と、上\n"
      "場している\n"
      "場合は市場\n"
      "名\n"
      "選\n"
      "択\n"
      "無し\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-15");
  assert_string_equal(string_of(rec, "founded"), "2009-04-01");
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  assert_true(number_of(rec, "capital", "JPY") == 10000000.0);
  /* a line holding a question and its value whole; an address broken
   * after its hyphen */
  assert_string_equal(string_of(rec, "corporate_number"), "3010401099999");
  const jn_field_result *f = jn_record_field(rec, "head_office_prefecture");
  assert_non_null(f);
  assert_non_null(strstr(f->raw, "desk-support@kakuu.example.jp"));
  jn_record_free(rec);
}

/* lynx prints each row of a table as a line; under a header (head) that
 * puts the 必須/選択 column after the answer, the marker ends the line and
 * the value stands before it. */
static void read_marker_last(const char *head) {
  static const char rows[] = "   1 開示情報の日付 開示情報の年月日(西暦) 2024年2月15日 必須\n"
                             "   2 事業者名 事業者の正式名称(商号) 架空ソフト株式会社 必須\n"
                             "   3 設立年月日 事業者の設立年月日(西暦) 2009年4月1日 必須\n"
                             "   7 役員 役員数 5名 選択\n"
                             "   8 従業員数 正社員数(単独ベース) 42名 必須\n";
  char text[1024];
  snprintf(text, sizeof text, "%s%s", head, rows);
  jn_record *rec = extract(text);
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-15");
  assert_string_equal(string_of(rec, "founded"), "2009-04-01");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

static void test_marker_after_answer(void **state) {
  (void)state;
  read_marker_last("   No. 項目 内容 回答 必須/選択\n");
}

/* The same table where the header's last cell wrapped at its separator
 * (a narrow marker column: "必須/" over "選択"): the header still puts the
 * marker after the answer. */
static void test_marker_header_wrapped(void **state) {
  (void)state;
  read_marker_last("   No. 項目 内容 回答 必須/\n   選択\n");
}

/* html2text cuts a narrow column by bytes: the marker keeps its first
 * character and one broken byte, stuck to the answer (read as U+FFFD). */
static void test_marker_cut_by_bytes(void **state) {
  (void)state;
  jn_record *rec = extract("1   開示情報の日付      開示情報の年月日(西暦)        必\xe9" "2024年2月15日\n"
                           "2   事業者名            事業者の正式名称(商号)        必\xe9架空ソフト株式会社\n"
                           "7   役員                役員数                        選\xe9" "5名\n");
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-15");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  jn_record_free(rec);
}

/* A checklist exported from a spreadsheet whose first column (区分) holds
 * a category in the group's first row only, the merged cell's other rows
 * empty: column A is the table's, not an empty margin, and the rows keep
 * their columns. */
static void test_first_column_merged(void **state) {
  (void)state;
  jn_record *rec = extract("区分\tNo.\t種別\t項目\t規定内容\t測定単位\t回答\t備考\n"
                           "アプリケーション運用\t1\t可用性\tサービス稼働率\tサービスを利用できる確率\t稼働率(%)\t99.95%\t月間\n"
                           "\t2\t\t計画停止予定通知\t定期的な保守停止に関する事前連絡確認\t有無\t有\t14日前までに通知\n"
                           "\t3\t\tバックアップの世代数\t保存するバックアップの世代数\t世代数\t7世代\t毎日取得\n"
                           "\t4\t\t死活監視\t死活監視の間隔\t時間\t5分\t外部から監視\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_true(number_of(rec, "monitoring_interval", "min") == 5.0);
  jn_record_free(rec);
}

/* A questionnaire's column headed by joined words of evidence and remarks
 * (回答の根拠・補足) holds the vendor's details beside a yes/no answer: a
 * remark column, not a note column to drop. */
static void test_joined_remark_header(void **state) {
  (void)state;
  jn_record *rec = extract("管理番号\tカテゴリ\tチェック項目\t回答(はい/いいえ)\t回答の根拠・補足\t関連資料\n"
                           "A-01\t組織\t情報セキュリティの責任者を任命していますか\tはい\t情報システム部長 架空 太郎\t組織図\n"
                           "A-02\t運用\tバックアップを取得していますか\tはい\t毎日取得し、7世代保管\t運用手順書\n"
                           "A-03\t運用\t死活監視を行っていますか\tはい\t5分間隔で監視\t監視設計書\n");
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_true(number_of(rec, "monitoring_interval", "min") == 5.0);
  jn_record_free(rec);
}

/* A certifier's table whose question column is headed by what the item
 * is about (開示項目の説明) beside the answer's 開示内容: the column
 * describes each item, so it holds the questions under one item label
 * (No.2 事業者名: 正式名称, 法人番号), not remarks on the answer. */
static void test_item_description_header(void **state) {
  (void)state;
  jn_record *rec = extract("項目\t開示内容\t開示項目の説明\t区分\n"
                           "No.2 事業者名\t架空商事株式会社\t事業者の正式名称(商号)\t必須\n"
                           "\t8401099887766\t法人番号\t必須\n"
                           "No.3 設立年月日\t2001年4月2日\t事業者の設立年月日(西暦)\t必須\n"
                           "No.11 資本金\t1億2000万円\t資本金\t必須\n");
  assert_string_equal(string_of(rec, "corporate_number"), "8401099887766");
  assert_string_equal(string_of(rec, "founded"), "2001-04-02");
  jn_record_free(rec);
}

/* A questionnaire's row whose question names only a field's topic
 * (バックアップを取得していますか。) and whose answer leaves the figures to
 * its remark: each figure goes to the topic's field of its type (the
 * interval, the retention), and a field with no figure of its type (the
 * generations, the check of a backup) is not read from it. A contract's
 * clause of confidentiality (秘密保持条項) names its field. */
static void test_topic_row(void **state) {
  (void)state;
  jn_record *rec = extract("| No. | 質問 | 回答 | 補足 |\n|---|---|---|---|\n"
                           "| 15 | バックアップを取得していますか。 | はい | 毎日取得し、30日分を保持 |\n"
                           "| 16 | 通信は暗号化していますか。 | はい | TLS1.2以上 |\n"
                           "| 17 | 顧客との契約に秘密保持条項がありますか。 | はい | 利用規約 第12条 |\n");
  const jn_field_result *nda = jn_record_field(rec, "confidentiality_contract");
  assert_true(nda && nda->status == JN_STATUS_VALUE && jn_value_bool(nda->value));
  assert_true(number_of(rec, "backup_interval", "d") == 1.0);
  assert_true(number_of(rec, "backup_retention", "d") == 30.0);
  assert_null(jn_record_field(rec, "backup_generations"));
  assert_null(jn_record_field(rec, "backup_check_interval"));
  jn_record_free(rec);
}

/* A status page's wordings (spec §7, SLO pages): the first report of a
 * fault (初報) is the failure notice; "24時間365日ご利用いただけます" states
 * the service hours; "…は X までお寄せください" gives the contact. */
static void test_status_page_wordings(void **state) {
  (void)state;
  jn_record *rec = extract("サービスレベル目標\n\n"
                           "本サービスは24時間365日ご利用いただけます(計画メンテナンス中を除く)。\n\n"
                           "| 対象 | 月間目標 |\n|---|---|\n"
                           "| サービス稼働率 | 99.95%以上 |\n"
                           "| 障害発生時の初報 | 検知から15分以内 |\n\n"
                           "ご質問は slo-desk@kaku-status.example.com までお寄せください。\n");
  assert_true(number_of(rec, "failure_notice_time", "min") == 15.0);
  assert_string_equal(string_of(rec, "service_hours"), "24/7");
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_count(f->value) == 1);
  jn_record_free(rec);
}

/* Numbers joined by hyphens are an address, a phone or a code, never a
 * count in the field's unit: a revision note naming the backup interval
 * over the page's footer (架空坂3-4-5) gives no interval of 3 hours. */
static void test_hyphened_numbers(void **state) {
  (void)state;
  jn_record *rec = extract("<html><body><h2>改訂履歴</h2><ul><li>2026年10月1日 第3版(バックアップ間隔を変更)"
                           "</li></ul><footer><p>架空ピープル株式会社 〒150-0555 東京都渋谷区架空坂3-4-5"
                           "</p></footer></body></html>\n");
  const jn_field_result *f = jn_record_field(rec, "backup_interval");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* A sentence stating two facts: each figure field reads from the clause
 * its wording stands in (the UPS's minutes are not the generator's
 * hours), while a date in an earlier clause still dates the figure. */
static void test_clause_of_field(void **state) {
  (void)state;
  jn_record *rec = extract("<html><body><h2>電源設備</h2>"
                           "<p>商用電源が途絶えた場合、UPSが約15分間給電し、その間に起動する非常用発電機が"
                           "無給油で48時間の運転を継続します。</p>"
                           "<h2>導入実績</h2><p>2025年6月時点で、約820社に導入いただいています。</p>"
                           "</body></html>\n");
  assert_true(number_of(rec, "generator_runtime", "h") == 48.0);
  assert_true(number_of(rec, "ups_runtime", "min") == 15.0);
  const jn_field_result *f = jn_record_field(rec, "customer_count");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_member(f->value, "as_of"), NULL), "2025-06");
  jn_record_free(rec);
}

/* Data given back at the end of a contract, in the words of a service
 * specification or terms (契約終了後…ダウンロードできます, データを…返却
 * します): data_return is true. */
static void test_data_return_sentences(void **state) {
  (void)state;
  jn_record *rec = extract("## 解約について\n\n契約終了後30日間、管理画面からCSV形式で全データをダウンロードできます。\n");
  const jn_field_result *f = jn_record_field(rec, "data_return");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
  rec = extract("## 契約終了時の取扱い\n\n契約終了時、お客様のデータをCSV形式で返却します。\n");
  f = jn_record_field(rec, "data_return");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A contact table with the support desk and the sales desk: the sales
 * desk's contact (営業窓口, a no_field label of dict/patterns.tsv) is not
 * the support contact; the technical support desk names both its phone
 * and its mail. */
static void test_sales_desk(void **state) {
  (void)state;
  jn_record *rec = extract("## お問い合わせ\n\n| 窓口 | 電話番号 | メールアドレス | 受付時間 |\n|---|---|---|---|\n"
                           "| テクニカルサポート | 03-5555-7720 | help@kaku-vps.example.com | 平日 9:30～18:00 |\n"
                           "| 営業窓口(新規契約のご相談) | 03-5555-7700 | sales@kaku-vps.example.com | 平日 10:00～17:00 |\n");
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_count(f->value) == 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kaku-vps.example.com");
  jn_record_free(rec);
}

/* Certifications in preparation are not had (dict/patterns.tsv not_yet):
 * "…については現在取得に向けた準備を進めている", "…への登録は現在準備を進めて
 * いる" leave their id out of the list. */
static void test_certification_in_preparation(void **state) {
  (void)state;
  jn_record *rec = extract("## 第三者認証\n\n当社は2018年に ISO/IEC 27001 の認証を取得しました。"
                           "なお、SOC2 Type2 報告書については現在取得に向けた準備を進めている段階です。"
                           "政府情報システムのためのセキュリティ評価制度(ISMAP)への登録は現在準備を進めているところです。\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "ISMS");
  jn_record_free(rec);
}

/* A white paper names its security officer in prose ("…最高責任者(CISO)を
 * 取締役の鈴木 一郎が務め", "佐藤 花子を…(CISO)に任命"): the sentence's
 * wording names the field and MeCab finds the name in it. */
static void test_officer_in_prose(void **state) {
  (void)state;
  static const char *const prose[][2] = {
      {"## 体制\n\n当社では、情報セキュリティの最高責任者(CISO)を取締役の鈴木 一郎が務め、"
       "CISOを委員長とする情報セキュリティ委員会を設置しています。\n", "鈴木 一郎"},
      {"## 体制\n\n当社は、取締役CTOの佐藤 花子を情報セキュリティの最高責任者(CISO)に任命しています。\n",
       "佐藤 花子"}};
  for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++) {
    jn_record *rec = extract(prose[i][0]);
    assert_string_equal(string_of(rec, "security_officer"), prose[i][1]);
    jn_record_free(rec);
  }
}

/* Facility and status pages in prose: the entrance log's retention in a
 * sentence that goes on to the cameras' (入退館の記録は5年間保管し、…映像は
 * 1年間保存: each figure from its own clause); a fault announced on the
 * status page (障害…ステータスページ…掲載) is a failure notification. */
static void test_facility_prose(void **state) {
  (void)state;
  jn_record *rec = extract("## 物理セキュリティ\n\n建物への入館にはICカードが必要で、入退館の記録は4年間保管し、"
                           "館内の監視カメラの映像は1年間保存しています。\n\n"
                           "## 障害対応\n\n障害発生時は、ステータスページに状況を掲載します。\n");
  assert_true(number_of(rec, "entry_log_retention", "y") == 4.0);
  const jn_field_result *f = jn_record_field(rec, "failure_notification");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
  /* a past period's availability, said as what it was (…の稼働率は…でした) */
  rec = extract("## 運用\n\n稼働率99.9%を目標として運用しています。2024年4月~2025年3月の稼働率は99.97%でした。\n");
  assert_true(number_of(rec, "availability_actual", "%") == 99.97);
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  jn_record_free(rec);
}

/* A browser's copy of the certifier's page whose few tab lines hold only
 * an item's number, category and label, each question and each answer
 * (led by its marker) on a line of its own: read as text, each answer
 * under its question, not run into the tab row above it. */
static void test_sparse_tab_copy(void **state) {
  (void)state;
  jn_record *rec = extract("6\t経営者\t代表者\n代表者氏名\n必須代表取締役 架空 一郎\n代表者年齢\n58歳\n"
                           "7\t役員\t役員数\n役員数\n必須5名\n"
                           "8\t従業員\t従業員数\n正社員数(単独ベース)\n必須92名(2024年12月末現在)\n"
                           "11\t資本金\n事業者全体の資本金(単独ベース)(単位:円)\n必須5,000万円\n"
                           "12\t自己資本比率\n事業者全体の自己資本の比率(単独ベース)(単位:%)\n選択48.2%\n");
  assert_string_equal(string_of(rec, "representative_name"), "架空 一郎");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 92.0);
  assert_true(number_of(rec, "capital", "JPY") == 50000000.0);
  jn_record_free(rec);
}

/* A checklist answered as Q/A in plain questions, each answer ending in
 * the guideline's marker: the questions' own wordings name their fields
 * (本社(本店)の所在地はどこですか, 正社員は何名いますか), and the marker is no
 * part of a name. */
static void test_plain_questions(void **state) {
  (void)state;
  jn_record *rec = extract("1-2 Q2. 御社の正式な社名を教えてください。\nA. 架空テック株式会社 【必須】\n\n"
                           "1-5 Q5. 本社(本店)の所在地はどこですか？\nA. 〒530-0555 大阪府大阪市北区架空町1-2-3 【必須】\n\n"
                           "1-8 Q8. 正社員は何名いますか？\nA. 約150名(2024年9月末時点) 【必須】\n\n"
                           "2-1 Q15. サービスの正式名称は？\nA. 架空勤怠クラウド 【必須】\n\n"
                           "3-9 Q33. 契約している企業は何社ありますか？\nA. 2,100社以上(2024年9月末) 【選択】\n\n"
                           "6-3 Q46. メンテナンスでサービスが止まる場合、いつ知らせてもらえますか？\n"
                           "A. 約10日前にお知らせします。 【必須】\n");
  assert_true(number_of(rec, "customer_count", "company") == 2100.0);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10.0);
  assert_string_equal(string_of(rec, "company_name"), "架空テック株式会社");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "大阪府");
  assert_true(number_of(rec, "employee_count", "person") == 150.0);
  assert_string_equal(string_of(rec, "service_name"), "架空勤怠クラウド");
  jn_record_free(rec);
}

/* An SLO page printed by a text browser: the header centred over its
 * columns starts further right than the rows, yet fills the columns from
 * the first; the rows are indented, and an indent is no cell break. */
static void test_centred_header(void **state) {
  (void)state;
  jn_record *rec = extract("目標値一覧\n\n"
                           "               指標               目標値          測定方法\n"
                           "   サービス稼働率(月間)      99.9%       外部の監視サービスによる応答確認\n"
                           "   バックアップ保持期間      35日         保管中のバックアップの最古日付\n"
                           "   死活監視の間隔            1分          監視システムの設定値\n"
                           "   障害発生の告知            30分以内     ステータスページへの掲載時刻\n"
                           "   バックアップ取得          1日1回       ジョブの完了記録\n"
                           "   ウイルス定義の更新        1時間毎      更新ログ\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  assert_true(number_of(rec, "backup_retention", "d") == 35.0);
  assert_true(number_of(rec, "backup_interval", "d") == 1.0);
  assert_true(number_of(rec, "monitoring_interval", "min") == 1.0);
  jn_record_free(rec);
}

/* A 重要事項説明書 printed and read back by pdftotext -layout: the header
 * row stands indented further than the rows, whose first column (区分)
 * spans rows; the header still names the columns from the first, and the
 * rows under a spanning cell keep theirs. */
static void test_indented_header_over_spans(void **state) {
  (void)state;
  jn_record *rec = extract(
      "重要事項説明書\n\n"
      "       区分               項目                  内容                        備考\n"
      "   料金               初期費用              金五万円(税別)              導入支援は別途お見積り\n"
      "                      月額利用料            月額金二千円(税別)          10ライセンスから\n"
      "                      最低利用期間          3ヶ月                       以後1ヶ月単位で自動更新\n"
      "   解約               解約時の違約金        なし                        残期間分の料金をお支払い\n"
      "                      解約の申出期限        解約希望日の1ヶ月前まで     書面又は管理画面から\n"
      "   サービス           サービス開始年月日    令和2年4月1日               全国で提供\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 50000.0);
  assert_true(number_of(rec, "min_contract_period", "mo") == 3.0);
  assert_true(number_of(rec, "cancellation_deadline", "mo") == 1.0);
  assert_string_equal(string_of(rec, "service_start"), "2020-04-01");
  jn_record_free(rec);
}

/* An e-mail reply quoting the customer's numbered questions ("> 3. …か。")
 * and answering each in a paragraph after a blank line, with no Q/A
 * marks: the answer's paragraph is read under its question, whose words
 * name the field the answer does not (契約更新日の60日前まで: the
 * cancellation deadline the question asks for). */
static void test_quoted_questions(void **state) {
  (void)state;
  jn_record *rec = extract("いつもお世話になっております。ご質問に回答いたします。\n\n"
                           "> 3. 解約はいつまでに申し出ればよいですか。\n\n"
                           "契約更新日の60日前までに、管理画面からお申し出ください。\n\n"
                           "> 4. 障害が起きた場合、連絡はもらえますか。\n\n"
                           "はい。初報は検知から45分以内を目標としております。\n\n"
                           "> 5. 問い合わせ窓口の連絡先を教えてください。\n\n"
                           "平日9時~17時に受け付けております。\n"
                           "  メール:desk@kaku-mail.example.jp\n");
  assert_true(number_of(rec, "cancellation_deadline", "d") == 60.0);
  assert_true(number_of(rec, "failure_notice_time", "min") == 45.0);
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* A Markdown FAQ: each **Q.** and **A.** a paragraph of its own, blank
 * lines between. Its one-line paragraphs are the writer's, not cells of a
 * printed table (no blank lines dropped, no "Q." label column), and an
 * answer after a blank line still answers its question. */
static void test_markdown_faq(void **state) {
  (void)state;
  static const char *const filler[][2] = {
      {"導入事例はありますか?", "Webサイトの事例ページに掲載しています。"},
      {"スマートフォンで使えますか?", "はい。ブラウザからご利用いただけます。"},
      {"請求書払いはできますか?", "はい。法人のお客様は請求書払いをお選びいただけます。"},
      {"無料で試せますか?", "30日間の無料トライアルをご用意しています。"},
      {"操作の研修はありますか?", "オンラインの説明会を毎月開催しています。"},
      {"API連携はできますか?", "はい。管理画面からAPIキーを発行できます。"},
      {"データを書き出せますか?", "CSV形式で書き出せます。"},
      {"対応ブラウザを教えてください。", "最新版のChrome、Edge、Safari、Firefoxです。"},
      {"ログインできません。", "パスワード再設定の画面からお手続きください。"},
      {"請求先を変更できますか?", "管理画面の契約情報から変更できます。"},
      {"複数の拠点で使えますか?", "はい。拠点ごとに管理者を置けます。"},
      {"権限を分けられますか?", "はい。役割ごとに権限を設定できます。"},
      {"操作の履歴は見られますか?", "管理者は操作の履歴を確認できます。"},
  };
  char page[8192];
  size_t k = (size_t)snprintf(page, sizeof page,
                              "## ご利用について\n\n**Q.** 稼働率の目標はどのくらいですか?\n\n"
                              "**A.** 月間99.95%%以上を目標として運用しています。\n\n"
                              "**Q.** バックアップは取っていますか?\n\n"
                              "**A.** 毎日バックアップを取得し、7世代を保管しています。\n\n");
  for (size_t i = 0; i < sizeof filler / sizeof filler[0]; i++)
    k += (size_t)snprintf(page + k, sizeof page - k, "**Q.** %s\n\n**A.** %s\n\n", filler[i][0],
                          filler[i][1]);
  jn_record *rec = extract(page);
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  jn_record_free(rec);
  *strstr(page, "**Q.** 導入") = '\0'; /* a short FAQ: its two first questions */
  rec = extract(page);
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  jn_record_free(rec);
}

/* FAQ answers: a fee the answer calls free before it names another amount
 * is 0 (dict/words.tsv "free_of_charge"), and a question about when the
 * service can be used asks its hours. */
static void test_faq_free_fee_and_hours(void **state) {
  (void)state;
  jn_record *rec = extract("Q. 初期費用はかかりますか?\n"
                           "A. いいえ、初期費用は無料です。月額料金は1店舗あたり4,980円です。\n\n"
                           "Q. サービスは何時から何時まで使えますか?\n"
                           "A. 24時間365日ご利用いただけます(メンテナンスの時間を除きます)。\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 0.0);
  assert_string_equal(string_of(rec, "service_hours"), "24/7");
  jn_record_free(rec);
  /* a blank line between a question and its answer, whose line wraps:
   * the question is answered, not left blank (the next line's amount is
   * another's) */
  rec = extract("Q. 初期費用はかかりますか?\n\n"
                "A. はい。導入時に初期費用として一律2万円(税別)を頂戴しております。代行をご希望の場合は、\n"
                "別途5万円(税別)のオプションをご用意しています。\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 20000.0);
  jn_record_free(rec);
}

/* A browser's print read back by pdftotext: every page ends with the
 * print's header (date, time, title) and footer (address, page number),
 * then a form feed. They are no part of any row; the rows keep their
 * answers. */
static void test_print_furniture(void **state) {
  (void)state;
  static const char *const pages[][5] = {
      {"1", "開示情報の日付", "開示情報の年月日(西暦)", "必須", "2024年2月15日"},
      {"7", "役員", "役員数", "必須", "5名"},
      {"8", "従業員", "正社員数(単独ベース)", "必須", "42名"},
  };
  char text[2048];
  size_t k = (size_t)snprintf(text, sizeof text, "認定サービス詳細\n");
  for (size_t p = 0; p < 3; p++)
    k += (size_t)snprintf(text + k, sizeof text - k,
                          "%s%s\n%s\n%s\n%s\n%s\n12/6/26, 9:34 AM 認定サービス詳細 | 架空認定機構\n"
                          "https://www.example.jp/list/0001.html %zu/3\n",
                          p ? "\f" : "", pages[p][0], pages[p][1], pages[p][2], pages[p][3],
                          pages[p][4], p + 1);
  jn_sheet *sh = parse(text);
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    assert_null(strstr(r->answer ? r->answer : "", "AM"));
    assert_null(strstr(r->question ? r->question : "", "AM"));
  }
  jn_sheet_free(sh);
  jn_record *rec = extract(text);
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* A company profile: 役員 and 株式 as whole labels (役員 | 7名…, 株式 |
 * 非上場), and a table of results whose header names periods: a figure
 * under 2025年3月期 is as of that period. */
static void test_period_columns(void **state) {
  (void)state;
  jn_record *rec = extract("会社概要\n\n項目\t内容\n会社名\t架空株式会社\n"
                           "役員\t7名(取締役5名、監査役2名)\n株式\t非上場\n\n財務情報\n\n"
                           "\t2024年3月期\t2025年3月期\n売上高\t12億円\t15億3,000万円\n"
                           "経常利益\t1億円\t1億2,000万円\n");
  assert_true(number_of(rec, "revenue", "JPY") == 1530000000.0);
  const jn_field_result *f = jn_record_field(rec, "revenue");
  assert_string_equal(jn_value_string(jn_value_member(f->value, "as_of"), NULL), "2025-03");
  assert_true(number_of(rec, "officer_count", "person") == 7.0);
  f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A support page lists its windows plan by plan, under headings; the
 * contracted plan is named in a borderless two-column row. Only that
 * plan's section speaks for the service. */
static void test_plan_sections(void **state) {
  (void)state;
  jn_record *rec = extract("サポートのご案内\n\n対象サービス 架空ワークフロー\n"
                           "  ご契約者   架空商会株式会社様\nご契約プラン ビジネスプラン\n\n"
                           "ライトプラン\n\n問い合わせ窓口\n    light@example.jp\n定期報告\n    なし\n\n"
                           "ビジネスプラン\n\n問い合わせ窓口\n    biz@example.jp\n定期報告\n"
                           "    毎月第5営業日までにお送りします\n");
  const jn_field_result *f = jn_record_field(rec, "periodic_report");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "support_email");
  assert_non_null(f);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "biz@example.jp");
  jn_record_free(rec);
}

/* A header naming two marker-like columns: 区分 (a category) and 必須/選択.
 * The column its own word heads is the marker's; 区分 is a label. */
static void test_category_beside_marker(void **state) {
  (void)state;
  jn_record *rec = extract("| 区分 | 中項目 | No. | 項目 | 開示内容 | 必須/選択 | 申請内容 |\n"
                           "|---|---|---|---|---|---|---|\n"
                           "| 開示情報 | 開示情報の時点 | 1 | 開示情報の日付 | 開示情報の年月日(西暦) | 必須 | 令和6年2月14日 |\n"
                           "| 人材 | 役員 | 7 | 役員 | 役員数 | 選択 | 5名 |\n"
                           "| | 従業員 | 8 | 従業員数 | 正社員数(単独ベース) | 必須 | 42名 |\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-02-14");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* w3m cuts 必須○ a character a line in a narrow marker column; ○ is of
 * ambiguous width, so the lines run on into one marker and the answer
 * column keeps its answer. */
static void test_marker_cut_in_column(void **state) {
  (void)state;
  jn_sheet *sh = parse("┌──┬────────────────┬──────────┬──┐\n"
                       "│No│内容            │回答      │必│\n"
                       "│  │                │          │須│\n"
                       "├──┼────────────────┼──────────┼──┤\n"
                       "│  │                │          │必│\n"
                       "│53│死活監視の間隔  │5分       │須│\n"
                       "│  │                │          │○ │\n"
                       "└──┴────────────────┴──────────┴──┘\n");
  const jn_sheet_row *r = row_asking(sh, "死活監視の間隔");
  assert_non_null(r);
  assert_string_equal(r->answer, "5分");
  assert_string_equal(r->required, "必須○");
  jn_sheet_free(sh);
}

/* A word too common to look for inside a label (提供, 運営; dict/labels.tsv
 * kind whole) names the company only as a pair's whole label. */
static void test_whole_label(void **state) {
  (void)state;
  jn_record *rec = extract("サービス概要\n\n"
                           "提供:架空インフォメーション株式会社\n"
                           "サービス提供に係る委託先:架空データセンター株式会社\n");
  assert_string_equal(string_of(rec, "company_name"), "架空インフォメーション株式会社");
  jn_record_free(rec);
  rec = extract("サービス概要\n\n"
                "サービス提供に係る委託先:架空データセンター株式会社\n"
                "稼働率:99.9%\n");
  assert_null(jn_record_field(rec, "company_name"));
  jn_record_free(rec);
  /* the last word of a label read under its heading ("会社概要 URL") */
  rec = extract("会社概要\n\n"
                "   会社名\n          架空デジタル株式会社\n\n"
                "   設立\n          2001年4月\n\n"
                "   資本金\n          1億円\n\n"
                "   URL\n          https://www.kakuu.example.com/\n");
  const jn_field_result *f = jn_record_field(rec, "website");
  assert_non_null(f);
  assert_string_equal(f->value_json, "[\"https://www.kakuu.example.com/\"]");
  jn_record_free(rec);
}

/* An SLO table with its value in the middle: SLO names the answer column,
 * 測定・算出方法 a note column, 備考 the remark; a row's figure is read from
 * the SLO cell, not from the method beside it. */
static void test_slo_columns(void **state) {
  (void)state;
  jn_sheet *sh = parse("| カテゴリ | 項目 | SLO | 測定・算出方法 | 備考 |\n"
                       "|---|---|---|---|---|\n"
                       "| 可用性 | 月間サービス稼働率 | 99.9%以上 | 停止時間を除く割合 | 計画停止を除く |\n"
                       "| 障害対応 | 死活監視の間隔 | 5分 | 外部から1分ごとに確認 | - |\n");
  const jn_sheet_row *r = row_asking(sh, "死活監視の間隔");
  assert_non_null(r);
  assert_string_equal(r->answer, "5分");
  assert_string_equal(r->label, "障害対応");
  jn_sheet_free(sh);
}

/* An FAQ answer states the number of customers or users in a sentence
 * whose question names neither ("どのくらいの企業が利用していますか"): the
 * topic (dict/topics.tsv) and the figure's counter (社, 人) say which. */
static void test_faq_counts(void **state) {
  (void)state;
  jn_record *rec = extract("## よくある質問\n\n"
                           "**Q.** どのくらいの企業が利用していますか?\n\n"
                           "**A.** 2026年9月末現在、5,800社以上の企業・団体にご利用いただいています。\n\n"
                           "**Q.** 何人くらいが使っていますか?\n\n"
                           "**A.** 約12万人のユーザーにご利用いただいています。\n");
  assert_true(number_of(rec, "customer_count", "company") == 5800.0);
  assert_true(number_of(rec, "user_count", "person") == 120000.0);
  jn_record_free(rec);
}

/* A page whose cells hold paragraphs, printed by lynx, under a header that
 * puts the 必須/選択 column after the answer: each cell a line between
 * blank lines, the marker closing each row. The header list read as pairs
 * does not keep the many items from being read as the form's. */
static void test_cell_paragraphs_marker_last(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   認定番号\n"
      "          0999-2401\n"
      "\n"
      "   サービス名称\n"
      "          架空クラウド\n"
      "\n"
      "   事業者名称\n"
      "          架空ソフト株式会社\n"
      "\n"
      "   No. 項目 内容 回答 必須/選択\n"
      "\n"
      "   1\n"
      "\n"
      "   開示情報の日付\n"
      "\n"
      "   開示情報の年月日(西暦)\n"
      "\n"
      "   2024/2/15\n"
      "\n"
      "   必須\n"
      "\n"
      "   2\n"
      "\n"
      "   事業者名\n"
      "\n"
      "   事業者の正式名称(商号)\n"
      "\n"
      "   架空ソフト株式会社\n"
      "\n"
      "   必須\n"
      "\n"
      "   3\n"
      "\n"
      "   設立年月日\n"
      "\n"
      "   事業者の設立年月日(西暦)\n"
      "\n"
      "   2009年4月1日\n"
      "\n"
      "   必須\n"
      "\n"
      "   7\n"
      "\n"
      "   役員\n"
      "\n"
      "   役員数\n"
      "\n"
      "   5名\n"
      "\n"
      "   選択\n"
      "\n"
      "   8\n"
      "\n"
      "   従業員数\n"
      "\n"
      "   正社員数(単独ベース)\n"
      "\n"
      "   42名\n"
      "\n"
      "   必須\n"
      "\n"
      "   9\n"
      "\n"
      "   売上高\n"
      "\n"
      "   事業者の売上高(単独ベース)\n"
      "\n"
      "   3億2千万円\n"
      "\n"
      "   必須\n"
      "\n"
      "   11\n"
      "\n"
      "   資本金\n"
      "\n"
      "   事業者の資本金(単独ベース)\n"
      "\n"
      "   1,000万円\n"
      "\n"
      "   必須\n"
      "\n");
  assert_true(number_of(rec, "revenue", "JPY") == 320000000.0);
  assert_true(number_of(rec, "capital", "JPY") == 10000000.0);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* A browser's copy of the certifier's page, a cell a line, the marker
 * stuck to its answer: a question taken at first for the rest of the
 * answer above it (代表者経歴(…), which names no field) is the question
 * of the marked answer under it. */
static void test_marker_led_after_wrap(void **state) {
  (void)state;
  jn_record *rec = extract("1\n開示情報の時点\n開示情報の日付\n開示情報の年月日(西暦)\n必須2024年2月1日\n"
                           "2\n事業所・事業\n事業者名\n事業者の正式名称(商号)\n必須架空ソフト株式会社\n"
                           "3\n設立年月日\n事業者の設立年月日(西暦)\n必須2009年4月1日\n"
                           "4\n事業所\n事業者の本店住所\n必須架空県架空市1-2-3\n"
                           "5\n経営者\n代表者\n代表者氏名\n必須代表取締役 架空 一郎\n"
                           "代表者経歴(学歴、業務履歴、資格等)\n選択1999年 当社設立、代表取締役(現任)\n"
                           "6\n役員\n役員数\n役員数\n選択5名\n"
                           "7\n従業員\n従業員数\n正社員数(単独ベース)\n必須42名\n");
  assert_string_equal(string_of(rec, "representative_name"), "架空 一郎");
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* The same print read as the form's items: the marker after an answer
 * closes its row, so the next item's question (代表者経歴(…), which names
 * no field) is no wrapped rest of the answer. */
static void test_marker_closes_row(void **state) {
  (void)state;
  static const char *const cells[] = {
      "1", "開示情報の日付", "開示情報の年月日(西暦)", "2024/2/15", "必須",
      "2", "事業者名", "事業者の正式名称(商号)", "架空ソフト株式会社", "必須",
      "3", "設立年月日", "事業者の設立年月日(西暦)", "2009年4月1日", "必須",
      "4", "代表者", "代表者氏名", "架空 一郎", "必須", "代表者経歴(学歴、業務履歴、資格等)",
      "1999年 当社設立", "選択",
      "5", "役員", "役員数", "5名", "選択",
      "6", "従業員数", "正社員数(単独ベース)", "42名", "必須"};
  static char text[2048];
  cell_paragraphs(text, sizeof text, "   No. 項目 内容 回答 必須/選択\n\n", cells,
                  sizeof cells / sizeof cells[0]);
  jn_record *rec = extract(text);
  assert_string_equal(string_of(rec, "representative_name"), "架空 一郎");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  jn_record_free(rec);
}

/* w3m prints a borderless table of labels and values with the values in
 * one column, as little as one space after a label that fills its own:
 * each line is a label and its value. A cell's wrapped lines starting
 * with the same word, and numbered lines, are no such table. */
static void test_aligned_pairs(void **state) {
  (void)state;
  jn_sheet *sh = parse("対象サービス 架空ワークフロー\n"
                       "  ご契約者   架空商会株式会社様\n"
                       "ご契約プラン ビジネスプラン\n"
                       " お客様番号  C-0041187\n\n"
                       "更新履歴 V1 2020年4月1日 更新履歴 V2\n"
                       "更新履歴 V3 2022年4月1日 更新履歴 V4\n"
                       "更新履歴 V5 2024年4月1日\n\n"
                       "1 事業者名 架空商会\n2 法人番号 1234\n3 資本金 1億円\n");
  const jn_sheet_row *r = row_asking(sh, "ご契約プラン");
  assert_non_null(r);
  assert_string_equal(r->answer, "ビジネスプラン");
  assert_null(row_asking(sh, "更新履歴"));
  assert_null(row_asking(sh, "1"));
  jn_sheet_free(sh);
  jn_record *rec = extract("対象サービス 架空ワークフロー\n"
                           "  ご契約者   架空商会株式会社様\n"
                           "ご契約プラン ビジネスプラン\n");
  assert_string_equal(string_of(rec, "service_name"), "架空ワークフロー");
  jn_record_free(rec);
}

/* A specification whose numbered subheading says little (2.4.1 取得)
 * under a heading naming the topic (2.4 バックアップ): the pairs under it
 * read under both; a subheading of another heading starts afresh. */
static void test_outline_sections(void **state) {
  (void)state;
  jn_record *rec = extract("2.　運用\n\n"
                           "2.4　バックアップ\n"
                           "2.4.1　取得\n"
                           "取得周期：1日1回(深夜帯)\n"
                           "保管世代：7世代\n\n"
                           "2.5　監視\n"
                           "2.5.1　取得\n"
                           "取得周期：5分\n\n"
                           "3.　契約\n"
                           "ご契約の最短期間：12か月\n");
  assert_true(number_of(rec, "backup_interval", "d") == 1.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_true(number_of(rec, "min_contract_period", "mo") == 12.0);
  jn_record_free(rec);
}

/* A table comparing plans, on a page that says which plan is contracted:
 * only that plan's column speaks for the service. */
static void test_contracted_plan(void **state) {
  (void)state;
  jn_record *rec = extract("# 料金プラン\n\n"
                           "お客様のご契約プラン：スタンダード（年間契約）\n\n"
                           "| 機能・条件 | フリー | スタンダードプラン | エンタープライズ |\n"
                           "|---|---|---|---|\n"
                           "| 初期費用 | 0円 | 30,000円 | 個別見積 |\n"
                           "| 監査ログ保存期間 | 30日 | 1年 | 5年 |\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 30000.0);
  assert_true(number_of(rec, "log_retention", "y") == 1.0);
  jn_record_free(rec);
}

/* A checklist whose header names a column after the answer with a word of
 * no role (最終確認日): that column is no answer, the 回答 column is. */
static void test_column_after_answer(void **state) {
  (void)state;
  jn_record *rec = extract("No.,確認項目,回答,備考,最終確認日\n"
                           "1,通信の暗号化,○,TLS1.2以上で暗号化,2026/10/01\n"
                           "2,ウイルス対策ソフトの導入,○,定義ファイルは1時間ごとに更新,2026/10/01\n"
                           "3,データセンターの免震構造,×,耐震構造,2026/09/15\n");
  const jn_field_result *f = jn_record_field(rec, "antivirus");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "seismic_isolation");
  assert_non_null(f);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* The certification number in a sentence, in brackets with its key: the
 * closing bracket is not the number's. */
static void test_cert_number_in_brackets(void **state) {
  (void)state;
  jn_sheet *sh = parse("本サービスは「ASP・SaaSの安全・信頼性に係る情報開示認定」を取得(認定番号 0555-2601)しています。\n");
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0555-2601");
  jn_sheet_free(sh);
}

/* A press release: the bracket of label:value pairs after the company's
 * name, a founding date in a sentence; a bracket whose parts are not all
 * pairs (受付時間:…、祝日を除く) stays one value. */
static void test_press_release(void **state) {
  (void)state;
  jn_record *rec = extract("架空トラスト株式会社(本社:福岡県福岡市架空区、代表取締役:架空 真央)は、"
                           "電子契約サービスの導入社数が1万社を突破したことをお知らせします。\n\n"
                           "当社は2009年4月に設立され、資本金は4億8,000万円です。\n\n"
                           "お問い合わせ:サポートセンター 電話 092-555-0100"
                           "(受付時間:月曜日から金曜日の9時~18時、祝日を除く)\n");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "福岡県");
  assert_string_equal(string_of(rec, "representative_name"), "架空 真央");
  assert_string_equal(string_of(rec, "founded"), "2009-04");
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-18:00; PH off");
  jn_record_free(rec);
}

/* A table whose header puts the 必須/選択 column first and the item number
 * second: the header's roles place the cells, not the form's usual order. */
static void test_marker_column_first(void **state) {
  (void)state;
  jn_record *rec = extract(
      "必須/選択\tNo.\t項目\t内容\t回答\n"
      "必須\t1\t開示情報の日付\t開示情報の年月日(西暦)\t2024/2/15\n"
      "必須\t2\t事業者名\t事業者の正式名称(商号)\t架空ソフト株式会社\n"
      "必須\t3\t設立年月日\t事業者の設立年月日(西暦)\t2009年4月1日\n"
      "選択\t7\t役員\t役員数\t5名\n"
      "必須\t8\t従業員数\t正社員数(単独ベース)\t42名\n");
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_string_equal(string_of(rec, "founded"), "2009-04-01");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* An SLA's articles: a sentence that names no topic of its own reads
 * under its article's title (第22条(計画停止)), for a value of the
 * field's type only. */
static void test_article_topic(void **state) {
  (void)state;
  jn_record *rec = extract("第22条(計画停止)\n"
                           "1 当社は、本サービスの保守のため、本サービスを停止することがあります。"
                           "この場合、当社は停止日の5日前までに、その旨を契約者に電子メールで通知します。\n\n"
                           "第24条(データの保全)\n"
                           "1 当社は、契約者データを毎日取得し、直近14日分を保管します。\n");
  assert_true(number_of(rec, "maintenance_notice", "d") == 5.0);
  jn_record_free(rec);
}

/* A status page's history: rows named by a month hold that month's
 * figures, neither the service's target nor its count of outages; the
 * page's own statements give those. */
static void test_period_rows(void **state) {
  (void)state;
  jn_record *rec = extract("- サービスレベル目標:月間稼働率 99.99%(計画メンテナンスを除く)\n\n"
                           "| 月 | 稼働率 | 障害件数 | 計画メンテナンス |\n"
                           "|---|---|---|---|\n"
                           "| 2026年11月 | 100% | 0 | 11/18 2:00~3:00 |\n"
                           "| 2026年10月 | 99.958% | 1 | なし |\n"
                           "| 2026年9月 | 100% | 0 | なし |\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.99);
  jn_record_free(rec);
}

/* A company profile's "事業所" names no field; it names the offices'
 * topic (dict/topics.tsv), and the counts it states are read. */
static void test_offices_topic(void **state) {
  (void)state;
  jn_record *rec = extract("## 会社概要\n\n"
                           "- **設立**：2005年4月\n"
                           "- **事業所**：国内3拠点(本社、架空市支社、架空町営業所)、"
                           "海外2拠点(架空国開発センター、架空州オフィス)\n"
                           "- **従業員**：120名\n");
  assert_true(number_of(rec, "offices_domestic", "site") == 3.0);
  assert_true(number_of(rec, "offices_overseas", "site") == 2.0);
  jn_record_free(rec);
}

/* pdftotext without -layout prints a two-column table as its column of
 * labels, then its column of values, a value too long for its cell
 * wrapped onto the next line: the lines that reach the column's width go
 * on, and label and value pair by order, the first label under the
 * chapter's heading included. 提供事業者 names the company as a whole
 * label, 定期保守 and 推奨回線 name their fields' topics. */
static void test_wrapped_value_column(void **state) {
  (void)state;
  jn_record *rec = extract("第2章 サービス仕様\n\n"
                           "提供事業者\nサービス名称\n提供開始\n稼働率(目標)\n定期保守\n"
                           "データ保管場所\nログイン認証\n推奨回線\n操作ログ\n\n"
                           "架空データ株式会社\n"
                           "架空ストレージ\n"
                           "2019年10月\n"
                           "99.9%以上(月間)\n"
                           "毎月第2火曜日の深夜。実施の5日前までにお知\n"
                           "らせします。\n"
                           "国内のデータセンター(架空市及び架空町)\n"
                           "ID・パスワードとメールで届くワンタイムコ\n"
                           "ード / 接続元IPアドレスの制限\n"
                           "20Mbps以上の回線\n"
                           "操作の記録を2年間保存\n");
  assert_string_equal(string_of(rec, "company_name"), "架空データ株式会社");
  assert_string_equal(string_of(rec, "service_name"), "架空ストレージ");
  assert_true(number_of(rec, "maintenance_notice", "d") == 5.0);
  assert_true(number_of(rec, "recommended_bandwidth", "bps") == 20e6);
  assert_true(number_of(rec, "log_retention", "y") == 2.0);
  const jn_field_result *f = jn_record_field(rec, "user_auth");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 3); /* password, otp, ip_restriction */
  jn_record_free(rec);
}

/* A page laid out by a table of its own (navigation in one cell, the
 * content in the next): its cells are regions of the page, and the
 * disclosure table inside keeps its rows, rowspan expanded. */
static void test_layout_table(void **state) {
  (void)state;
  const char *in =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
      "<table width=\"100%\"><tr><td><ul><li><a href=\"/\">ホーム</a></li>"
      "<li>お問い合わせ</li></ul></td><td>\n"
      "<h1>架空クラウド</h1>\n"
      "<dl><dt>認定番号</dt><dd>0999-2401</dd><dt>事業者名称</dt><dd>架空ソフト株式会社</dd></dl>\n"
      "<table border=\"1\">\n"
      "<tr><th>No.</th><th>項目</th><th>内容</th><th>必須/選択</th><th>回答</th></tr>\n"
      "<tr><td rowspan=\"2\">2</td><td rowspan=\"2\">事業者名</td>"
      "<td>事業者の正式名称(商号)</td><td>必須</td><td>架空ソフト株式会社</td></tr>\n"
      "<tr><td>法人番号</td><td></td><td>9020001055512</td></tr>\n"
      "<tr><td>8</td><td>従業員数</td><td>正社員数(単独ベース)</td><td>必須</td><td>42名</td></tr>\n"
      "</table>\n</td></tr></table>\n</body></html>\n";
  jn_sheet *sh = parse(in);
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0999-2401");
  const jn_sheet_row *r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->answer, "9020001055512");
  assert_string_equal(r->item, "2");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* The first row whose question is q and which a marker closed. */
static const jn_sheet_row *row_marked(const jn_sheet *sh, const char *q) {
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (r->question && !strcmp(r->question, q) && r->required)
      return r;
  }
  return NULL;
}

/* The same print with what the last test left out: the header list's
 * last value followed at once by the table's header, which lynx centres
 * (the print's blank lines are gone once cells are read one a line, and
 * the header is no wrapped line of the value); an answer of two
 * paragraphs; a blank answer, which prints nothing. */
static void test_cell_paragraphs_marker_last_edges(void **state) {
  (void)state;
  static const char *const cells[] = {
      "1", "開示情報の日付", "開示情報の年月日(西暦)", "2024/2/15", "必須",
      "2", "事業者名", "事業者の正式名称(商号)", "架空ソフト株式会社", "必須",
      "3", "設立年月日", "事業者の設立年月日(西暦)", "2009年4月1日", "必須",
      "5", "役員", "役員数", "選択",
      "6", "従業員数", "正社員数(単独ベース)", "42名", "必須",
      "7", "ユーザ認証", "利用者のアクセスを管理するための認証方法", "ID・パスワードによる認証",
      "クライアント証明書による端末認証", "必須",
      "8", "なりすまし対策", "なりすまし対策の有無", "あり", "必須"};
  static char text[4096];
  cell_paragraphs(text, sizeof text,
                  "   認定番号\n          0999-2401\n\n   サービス名称\n          架空クラウド\n\n"
                  "   事業者名称\n          架空ソフト株式会社\n\n"
                  "                 No.                   項目 内容 回答 必須/選択\n\n",
                  cells, sizeof cells / sizeof cells[0]);
  jn_sheet *sh = parse(text);
  const jn_sheet_row *r = row_marked(sh, "役員数");
  assert_non_null(r);
  assert_string_equal(r->answer, "");
  r = row_marked(sh, "利用者のアクセスを管理するための認証方法");
  assert_non_null(r);
  assert_non_null(strstr(r->answer, "ID・パスワード"));
  assert_non_null(strstr(r->answer, "クライアント証明書"));
  jn_sheet_free(sh);
  jn_record *rec = extract(text);
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_int_equal(jn_record_field(rec, "officer_count")->status, JN_STATUS_BLANK);
  assert_true(number_of(rec, "employee_count", "person") == 42.0);
  jn_record_free(rec);
}

/* A form row whose label ends in a header's word (…設定値) under a table
 * whose No. column holds its number is an item, not the next table's
 * header: the rows after it keep the table's columns. */
static void test_numbered_row_not_header(void **state) {
  (void)state;
  jn_record *rec = extract("No.,大項目,小項目,記述内容,必須/選択,回答,備考\n"
                           "5-2,稼働設定値,稼働設定値,サービス稼働率の実績値,必須,99.95%,SLA基準値 99.0%\n"
                           "5-3,バックアップ,バックアップ,世代バックアップ(何世代前までかを記述),必須,7世代,\n"
                           "5-4,監視,監視,死活監視のインターバル,選択,3分毎,\n");
  assert_true(number_of(rec, "availability_actual", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_true(number_of(rec, "monitoring_interval", "min") == 3.0);
  jn_record_free(rec);
}

/* The guideline's form names its question column 記述内容; a page that
 * puts the answer (申請内容) before it still asks in that column, and a row
 * whose label ends in a header's word (…設定値) but fills the 必須/選択
 * column with 必須 is an item, not a new header. */
static void test_question_after_answer(void **state) {
  (void)state;
  const char *text = "大項目,小項目,申請内容,記述内容,必須/選択\n"
                     "運用,バックアップ,毎日2回,バックアップ実施インターバル,必須\n"
                     "運用,バックアップ,14世代,世代バックアップ(何世代前までかを記述),必須\n"
                     "稼働設定値,稼働設定値,99.9%,サービス稼働率の実績値,必須\n"
                     "運用,監視,5分間隔,死活監視のインターバル,選択\n";
  jn_sheet *sh = parse(text);
  const jn_sheet_row *r = row_marked(sh, "世代バックアップ(何世代前までかを記述)");
  assert_non_null(r);
  assert_string_equal(r->answer, "14世代");
  r = row_marked(sh, "死活監視のインターバル");
  assert_non_null(r);
  assert_string_equal(r->answer, "5分間隔");
  jn_sheet_free(sh);
  jn_record *rec = extract(text);
  assert_true(number_of(rec, "backup_generations", "generation") == 14.0);
  assert_true(number_of(rec, "monitoring_interval", "min") == 5.0);
  jn_record_free(rec);
}

/* A landscape print read by pdftotext -raw: a row's label and question
 * wrap over short lines after its number, and the line holding the marker
 * and the answer after it closes the row, read whole. */
static void test_raw_print_wrapped_row(void **state) {
  (void)state;
  jn_record *rec = extract("申請内容\n"
                           "【審査対象項目】 【記述内容】 必須/\n選択\n情報開示内容\n"
                           "21 利用者からの解約事\n"
                           "前受付期限\n"
                           "利用者からのサービス解約の受付期限の有無と、\n"
                           "「有り」の場合\n"
                           "はその期限(何日・何ヶ月前かを記述)\n"
                           "必須 有り3ヵ月前まで\n"
                           "22 暗号化対策 暗号化対策 暗号化措置(データベース)への対応の有無と、\n"
                           "「有り」の場合は\n"
                           "その概要\n"
                           "必須 無し\n"
                           "23 定期報告 利用者への定期報告の有無(アプリケーション、サーバ、プラッ\n"
                           "トフォーム、その他機器の監視結果等)\n"
                           "選択 有り(月次)\n"
                           "24 財務信\n頼性\n"
                           "上場の有無 株式上場の有無と、「有り」の場合は市場\n名\n"
                           "選\n択\n"
                           "非上場\n"
                           "25 決算公告 決算公告の実施の有無\n選\n択\n有り\n"
                           "26 事業所数 事業所数(国内、国外)\n必\n須\n国内3 国外0\n"
                           "27 事業の継続に\n関する規程\n"
                           "事業継続に関する基本方針・規程・マニュアル等の有無と、\n"
                           "「有\nり」の場合は文書名\n"
                           "必須 有り緊急時対応計画\n"
                           "BCP対応計画及び運用手順等の開示の可否と、可能な場合の条\n件等\n"
                           "否\n");
  assert_true(number_of(rec, "cancellation_deadline", "mo") == 3.0);
  const jn_field_result *f = jn_record_field(rec, "db_encryption");
  assert_true(f && f->status == JN_STATUS_VALUE && !jn_value_bool(f->value));
  f = jn_record_field(rec, "periodic_report");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  f = jn_record_field(rec, "bcp_disclosure");
  assert_true(f && f->status == JN_STATUS_VALUE && !jn_value_bool(f->value));
  f = jn_record_field(rec, "listed");
  assert_true(f && f->status == JN_STATUS_VALUE && !jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A browser's copy, one cell per line: the rows after an item's first
 * carry no marker, and a question of the guideline that names no field
 * (its examples in brackets after its end, or ending in 役職名) is the
 * next row, not the rest of the answer above it. */
static void test_copy_questions_without_fields(void **state) {
  (void)state;
  jn_record *rec = extract("1\n開示情報の時点\n開示情報の日付\n開示情報の年月日(西暦)\n必須\n2025年4月1日\n"
                           "2\n事業所等の概要\n事業者名\n事業者の正式名称(商号)\n必須\n架空商事株式会社\n"
                           "3\n経営者\n代表者\n代表者氏名\n必須\n代表取締役 架空 花子\n"
                           "代表者年齢\n58歳\n"
                           "代表者経歴(学歴、業務履歴、資格等)\n記述無し(*)\n"
                           "4\n役員\n役員\n役員数\n選択\n6名\n"
                           "役員氏名及び役職名\n記述有り(*)\n"
                           "5\n従業員\n従業員数\n正社員数(単独ベース)\n必須\n120名\n");
  assert_true(number_of(rec, "representative_age", "y") == 58.0);
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  assert_true(number_of(rec, "employee_count", "person") == 120.0);
  jn_record_free(rec);
}

/* The certifier's header as a table of labels over values: a row of its
 * labels (no outer pipes, as html2text writes it, so it could pass for a
 * navigation bar) over the row of values; and, printed without its layout
 * (pdftotext -raw), its labels a line each, then the site's own lines,
 * then the values in the same order, found from the certification
 * number's line. A form's row naming one label twice is no such header. */
static void test_header_labels_over_values(void **state) {
  (void)state;
  jn_sheet *sh = parse("# 認定サービス\n\n"
                       "認定番号| サービス名称| 事業者名称| 認定年月日\n"
                       "---|---|---|---\n"
                       "0999-2612| 架空ノート| 架空データ株式会社| 2026年1月5日\n\n");
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0999-2612");
  assert_string_equal(jn_sheet_get_header(sh)->service_name, "架空ノート");
  jn_sheet_free(sh);
  sh = parse("認定番号\nサービス名称\nサービス概要\n事業者名称\n"
             "架空認定協会\nホーム お問い合わせ\n認定サービス詳細\n"
             "0888-2611\n架空タイム\n勤怠を記録するサービス\n架空勤怠株式会社\n");
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0888-2611");
  assert_string_equal(jn_sheet_get_header(sh)->service_name, "架空タイム");
  assert_string_equal(jn_sheet_get_header(sh)->company_name, "架空勤怠株式会社");
  jn_sheet_free(sh);
  sh = parse("No.\t大項目\t小項目\t記述内容\t必須/選択\t回答\n"
             "27\tサービス内容\tサービス名称\tサービス名称\t必須\t架空ノート\n"
             "28\tサービス内容\tサービス開始時期\tサービス開始年月日\t必須\t2019年4月1日\n");
  assert_null(jn_sheet_get_header(sh)->service_name);
  jn_sheet_free(sh);
}

/* A support desk's block that also gives the sales desk's number: the
 * support contact is the users' desk (spec §7), so the number on the line
 * naming the sales desk is not taken. */
static void test_sales_line_in_support_block(void **state) {
  (void)state;
  jn_record *rec = extract("サポートデスク\n"
                           "受付時間: 平日9:00~17:00\n"
                           "TEL 0120-555-901 / E-mail help@example.jp\n"
                           "ご導入・お見積のご相談(営業部) TEL 03-5555-0123 / sales@example.jp\n");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "0120-555-901");
  f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 1);
  jn_record_free(rec);
}

/* A print's paragraph (pdftotext) cut at the paper's edge in mid-clause:
 * the line is prose, not a label over the lines under it, though it is
 * shorter in characters than the widest line (ASCII and kanji mix), so
 * the notice time is the clause's, not the recovery time after it. */
static void test_print_line_cut_mid_clause(void **state) {
  (void)state;
  jn_record *rec = extract("第7条(障害時の連絡)\n\n"
                           "当社は、重大な障害を検知した場合、検知から20分以内に管理者のメールアドレス宛に第一報を送り、あわせてス\n"
                           "テータスページに掲載します。復旧目標時間(RTO)は6時間とします。\n\n"
                           "第8条(監視)\n\n"
                           "当社は、Web/API endpoint (https://status.example.jp/api/v1/health/all) を外部から1分間隔で監視します\n"
                           "。\n");
  assert_true(number_of(rec, "failure_notice_time", "min") == 20.0);
  jn_record_free(rec);
  /* w3m at 80 columns: the widest lines hold ASCII */
  rec = extract("1. 認証\n\n"
                "当社は、ISO/IEC 27001(ISMS)認証及びプライバシーマークを取得しています。ま\n"
                "た、ISO/IEC 27017の認証取得に向けて準備を進めています。\n\n"
                "2. 暗号化\n\n"
                "通信は、すべてTLS1.2以上で暗号化しています。データベースの内容はAES-256で暗\n"
                "号化しており、鍵は毎年更新しています。\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_count(f->value) == 2);
  assert_string_equal(string_of(rec, "tls_version"), "TLS1.2");
  jn_record_free(rec);
}

/* A report a vendor sends every month, named in prose (月次報告書,
 * 月次レポート), states the periodic report. */
static void test_monthly_report_sentence(void **state) {
  (void)state;
  jn_record *rec = extract("第9条(報告)\n\n当社は、翌月5営業日以内に稼働率を記載した月次レポートを契約者へ送付します。\n");
  const jn_field_result *f = jn_record_field(rec, "periodic_report");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
}

/* Lines that each give a label and its value after a space (an SLA's
 * scope: サービス名称 X / 対象プラン Y / 事業者名 Z) are pairs, not a label
 * over the lines under it. */
static void test_label_value_lines(void **state) {
  (void)state;
  jn_record *rec = extract("第2条(対象)\n"
                           "サービス名称 架空ドライブ\n"
                           "対象プラン ベーシックプラン、プロプラン(無料プランは対象外)\n"
                           "事業者名 架空ストレージ株式会社\n\n"
                           "第3条(稼働率)\n当社は月間稼働率99.9%以上を保証します。\n");
  assert_string_equal(string_of(rec, "service_name"), "架空ドライブ");
  assert_string_equal(string_of(rec, "company_name"), "架空ストレージ株式会社");
  jn_record_free(rec);
}

/* lynx prints a heading without marks over an indented paragraph: the
 * heading names the topic (メンテナンス), the paragraph holds the lead time;
 * the failure notice's "within an hour" below is no maintenance notice. */
static void test_unmarked_heading_paragraph(void **state) {
  (void)state;
  jn_record *rec = extract("メンテナンスについて\n\n"
                           "   定期メンテナンスは毎月第1火曜日の2:00~4:00に行います。実施の5日前までにメールでご案内します。\n\n"
                           "障害について\n\n"
                           "   障害発生時は、原則として1時間以内にステータスページでお知らせします。\n");
  assert_true(number_of(rec, "maintenance_notice", "d") == 5.0);
  assert_true(number_of(rec, "failure_notice_time", "h") == 1.0);
  jn_record_free(rec);
  /* a maintenance row without a lead time reads nothing from the failure
   * notice's row: they are different notices */
  rec = extract("障害時の通知\t有り(検知後30分以内にメールで通知)\nメンテナンス\t毎月第2水曜日に実施\n");
  const jn_field_result *f = jn_record_field(rec, "maintenance_notice");
  assert_true(!f || f->status != JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* Terms of service state the SLA's place in the contract and the data's
 * return in their own words: a separate SLA that forms part of the terms
 * is attached; data left downloadable after the contract ends is returned. */
static void test_terms_sentences(void **state) {
  (void)state;
  jn_record *rec = extract("## 第9条(品質)\n\n"
                           "本サービスの品質は、別紙「架空サービスレベル合意書」に定めるとおりとし、同別紙は本規約の一部を構成します。\n\n"
                           "## 第15条(終了後の扱い)\n\n"
                           "当社は、利用契約の終了日から60日間、お客様がデータをCSV形式でダウンロードできるようにします。\n");
  const jn_field_result *f = jn_record_field(rec, "sla_attached");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  f = jn_record_field(rec, "data_return");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A company profile lists its certifications, and its history says when
 * one of them was first obtained: the history's dated entry tells what
 * happened then, the profile what holds now. */
static void test_history_entry_below_profile(void **state) {
  (void)state;
  jn_record *rec = extract("## 会社概要\n\n"
                           "認証  \nISO/IEC 27001、ISO/IEC 20000-1、プライバシーマーク\n\n"
                           "## 沿革\n\n"
                           "- 2014年5月 ISO/IEC 20000-1 認証取得\n"
                           "- 2018年2月 東京都架空区に本社移転\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* A camera's answer gives how long it records and how long it keeps:
 * the retention is the figure after 保存 (映像保存90日間), not the hours it
 * records first. */
static void test_retention_after_keep_word(void **state) {
  (void)state;
  jn_record *rec = extract("項目\t内容\n監視カメラ\t有(約120台、24時間録画、映像保存60日間)\n");
  assert_true(number_of(rec, "cctv_retention", "d") == 60.0);
  jn_record_free(rec);
}

/* A report's row gives the period in its label and the figure in its
 * answer (上期通算(2025年4月~2025年9月) | 稼働率 99.97%): the percent is
 * measured over the label's period. */
static void test_period_in_label(void **state) {
  (void)state;
  jn_record *rec = extract("2. 稼働実績\n\n  2025年4月     99.990%\n  2025年5月     99.950%\n\n"
                           "  上期通算(2025年4月~2025年9月): 稼働率 99.97%\n");
  const jn_field_result *f = jn_record_field(rec, "availability_actual");
  assert_true(f && f->status == JN_STATUS_VALUE);
  const jn_value *p = jn_value_member(f->value, "period");
  assert_non_null(p);
  assert_string_equal(jn_value_string(jn_value_member(p, "from"), NULL), "2025-04");
  assert_string_equal(jn_value_string(jn_value_member(p, "to"), NULL), "2025-09");
  jn_record_free(rec);
}

/* w3m without graphic characters (-no-graph) frames its tables in ASCII,
 * rules starting with | where a cell spans them: read as its box drawing
 * is. A Markdown table (|---|) has no such frame. */
static void test_ascii_frame(void **state) {
  (void)state;
  jn_record *rec = extract("+------------------------------------------------------+\n"
                           "|No. |項目       |記述内容               |必須|回答      |\n"
                           "|----+-----------+-----------------------+----+----------|\n"
                           "|1   |開示情報の |開示情報の年月日(西暦) |必須|2025/3/1  |\n"
                           "|    |日付       |                       |    |          |\n"
                           "|------------------------------------------------------|\n"
                           "|人材                                                  |\n"
                           "|------------------------------------------------------|\n"
                           "|    |           |役員数                 |選択|4名       |\n"
                           "|2   |役員       |-----------------------+----+----------|\n"
                           "|    |           |役員氏名及び役職名     |    |記述無し  |\n"
                           "|----+-----------+-----------------------+----+----------|\n"
                           "|3   |従業員数   |正社員数(単独ベース)   |必須|35名      |\n"
                           "+------------------------------------------------------+\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-03-01");
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  assert_true(number_of(rec, "employee_count", "person") == 35.0);
  jn_record_free(rec);
}

/* A wiki's page source (MediaWiki markup, pandoc -t mediawiki): its table
 * with rowspans and its definition list are read as the HTML they stand
 * for. */
static void test_mediawiki_page(void **state) {
  (void)state;
  jn_record *rec = extract("; 認定番号\n: 0777-2601\n; サービス名称\n: 架空ワーク\n\n"
                           "{| class=\"wikitable\"\n|-\n"
                           "! No. !! 項目 !! 記述内容 !! 必須/<br />\n選択\n! 回答\n"
                           "|-\n| rowspan=\"2\"| 3\n| rowspan=\"2\"| 設立年・事業年数\n"
                           "| 事業者の設立年(西暦)\n| rowspan=\"2\"| 必須\n| 2001年\n"
                           "|-\n| 設立後の事業年数(1年に満たない場合は月数)\n| 24年\n"
                           "|-\n| 7 || 役員 || 役員数 || 選択 || 6名\n|}\n");
  assert_string_equal(string_of(rec, "founded"), "2001");
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  assert_string_equal(string_of(rec, "service_name"), "架空ワーク");
  jn_record_free(rec);
}

/* Debian's html2text writes headings between runs of stars: such a
 * heading ends the list above it and names what follows, as a Markdown
 * heading does. */
static void test_star_headings(void **state) {
  (void)state;
  jn_record *rec = extract("****** 架空サービス 重要事項説明書 ******\n"
                           "***** 1. 事業者の概要 *****\n"
                           "  事業者名\n      架空ソフト株式会社\n"
                           "  従業員数\n      64名\n"
                           "***** 2. サービスの内容 *****\n"
                           "  サービス名称\n      架空メモ\n");
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_string_equal(string_of(rec, "service_name"), "架空メモ");
  jn_record_free(rec);
}

/* A questionnaire nests each answer and its remark as items under the
 * question (- 設問 / - 回答: はい / - 補足: …): the answer is the question's,
 * and where it is a bare yes the remark states the value. */
static void test_nested_answer_remark(void **state) {
  (void)state;
  jn_record *rec = extract("## 体制\n\n- S-3 情報セキュリティの責任者を定めていますか。\n  - 回答: はい\n"
                           "  - 補足: 管理部長 架空 次郎\n- S-4 監視カメラの映像の保存期間は。\n"
                           "  - 回答: 対応\n  - 備考: 90日間保存\n- S-5 侵入検知を導入していますか。\n"
                           "  - 回答: いいえ\n");
  assert_string_equal(string_of(rec, "security_officer"), "架空 次郎");
  assert_true(number_of(rec, "cctv_retention", "d") == 90.0);
  const jn_field_result *f = jn_record_field(rec, "intrusion_detection");
  assert_true(f && f->status == JN_STATUS_VALUE && !jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A page's title over a table of label | value rows is the section of its
 * rows, never part of a label that names a field of its own: サービス名 under
 * お問い合わせ窓口のご案内 is the service's name, not the support desk. A
 * label that says little (窓口) still reads under the heading. */
static void test_title_over_pairs(void **state) {
  (void)state;
  jn_record *rec = extract("■ お問い合わせ窓口のご案内\n\n"
                           "┌────────┬──────────────┐\n"
                           "│サービス名│架空帳票クラウド    │\n"
                           "├────────┼──────────────┤\n"
                           "│提供会社  │架空データ株式会社  │\n"
                           "└────────┴──────────────┘\n");
  assert_string_equal(string_of(rec, "service_name"), "架空帳票クラウド");
  assert_string_equal(string_of(rec, "company_name"), "架空データ株式会社");
  jn_record_free(rec);
}

/* A text browser wraps a list item at the window's edge and indents the
 * rest to the item's text: the item reads as one line again, its sentence
 * whole. A short item line with an indented line under it (a label and
 * its value) is not joined, nor is text laid out in columns. */
static void test_hanging_list_items(void **state) {
  (void)state;
  char text[2048];
  snprintf(text, sizeof text, "%s\n%s\n%s\n%s\n%s\n\n%s\n%s\n",
           " 1. 当社は、本サービスの提供を停止する場合、停止日の14日前までに契約者に書面又は",
           "    電子メールで通知します。",
           " 2. 当社は、契約者の承諾を得て、本サービスの内容を変更することができるものとし、",
           "    変更の内容は、本サービスの公式ウェブサイトに掲載する方法で契約者に通知しま",
           "    す。",
           " 3. 窓口",
           "    電話 03-5555-0101");
  jn_sheet *sh = parse(text);
  assert_non_null(row_asking(sh, "当社は、本サービスの提供を停止する場合、停止日の14日前までに契約者に"
                                 "書面又は電子メールで通知します。"));
  assert_non_null(row_asking(sh, "当社は、契約者の承諾を得て、本サービスの内容を変更することができるも"
                                 "のとし、変更の内容は、本サービスの公式ウェブサイトに掲載する方法で契約者"
                                 "に通知します。"));
  assert_null(row_asking(sh, "窓口 電話 03-5555-0101"));
  assert_null(row_asking(sh, "窓口電話 03-5555-0101"));
  jn_sheet_free(sh);
}

/* An article whose title is a field's label (第3条(サービスの提供時間)) gives
 * that field to the sentences of its numbered paragraphs that hold a value
 * of its type. */
static void test_article_label(void **state) {
  (void)state;
  jn_record *rec = extract("第5条(サービスの提供時間)\n\n"
                           " 1. 本サービスは、原則として毎日24時間提供いたします。\n"
                           " 2. 当社は、保守のため本サービスを停止することがあります。\n");
  assert_string_equal(string_of(rec, "service_hours"), "24/7");
  jn_record_free(rec);
}

/* A table laid out by spaces whose columns stand further apart than a
 * wrapped cell's text tells (groff's tbl): a cell that reaches the
 * furthest its column's cells reach on the lines around goes on with the
 * piece under it (自己資本 / 比率), though the next cell starts well to its
 * right. */
static void test_layout_column_edge(void **state) {
  (void)state;
  jn_sheet *sh = parse("No.   小項目        記述内容              回答\n"
                       "1     代表者        代表者氏名            架空 一郎\n"
                       "2     自己資本      事業者全体の自己資本  35.2%\n"
                       "      比率          の比率(単位:%)\n"
                       "3     資本金        事業者全体の資本金    3億円\n"
                       "4     役員          役員数                9名\n"
                       "5     従業員数      従業員数              120名\n"
                       "6     売上高        事業者全体の売上高    12億円\n");
  const jn_sheet_row *r = row_asking(sh, "事業者全体の自己資本の比率(単位:%)");
  assert_non_null(r);
  assert_string_equal(r->label, "自己資本比率");
  assert_string_equal(r->answer, "35.2%");
  jn_sheet_free(sh);
}

/* Jira / Confluence markup: || header rows, a row whose last cell holds
 * line breaks going on until its closing |, links [text|url] and
 * [mailto:…] whose | splits no cell, *bold* labels. */
static void test_jira_markup(void **state) {
  (void)state;
  jn_record *rec = extract("h2. 申請内容\n"
                           "|| No. || 項目 || 記述内容 || 回答 ||\n"
                           "| 1 | 事業者名 | 事業者の正式名称 | 架空工房株式会社 |\n"
                           "| 2 | ホームページ | 事業者ホームページ | [当社サイト|https://www.kobo.example.jp/] |\n"
                           "| 3 | 連絡先 | 電話、電子メール等の連絡先 | サポートセンター\n"
                           "TEL:03-5555-0199\n"
                           "E-mail:[mailto:help@kobo.example.jp] |\n"
                           "| 4 | 従業員 | 従業員数 | 85名 |\n");
  assert_string_equal(string_of(rec, "company_name"), "架空工房株式会社");
  assert_true(number_of(rec, "employee_count", "person") == 85.0);
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "help@kobo.example.jp");
  f = jn_record_field(rec, "website");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "https://www.kobo.example.jp/");
  jn_record_free(rec);
}

/* Textile (Redmine, pandoc -t textile): h1(#id). headings, |_. header
 * cells, a cell over two rows written /2., HTML let through (<dl>) and
 * character references kept from it (&#45;). */
static void test_textile_markup(void **state) {
  (void)state;
  jn_record *rec = extract("h1(#top). 架空クラウド\n\n"
                           "<dl>\n<dt>認定番号</dt>\n<dd>0987&#45;2402</dd>\n</dl>\n\n"
                           "|_. No.|_. 項目|_. 内容|_. 必須/選択|_. 回答|\n"
                           "|1|開示情報の日付|開示情報の年月日(西暦)|必須|2024/2/15|\n"
                           "|2|事業者名|事業者の正式名称(商号)|必須|架空株式会社|\n"
                           "|||法人番号||5010401187364|\n"
                           "|/2. 3|/2. 設立年・事業年数|事業者の設立年(西暦)|必須|2009年|\n"
                           "|設立後の事業年数|選択|15年|\n"
                           "|4|事業所|事業者の本店住所・郵便番号|必須|〒530&#45;0555 大阪府架空市北区1&#45;2|\n");
  assert_string_equal(string_of(rec, "company_name"), "架空株式会社");
  assert_true(number_of(rec, "years_in_business", "y") == 15.0);
  assert_string_equal(string_of(rec, "head_office_postal_code"), "530-0555");
  jn_record_free(rec);
}

/* An FAQ whose answer mark stands alone (A. / its answer) and whose
 * answer goes on over paragraphs after it: the question's field reads the
 * whole answer (the login methods of both paragraphs); a certification
 * whose clause, past its bracket, says it is being prepared is not had. */
static void test_faq_answer_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("Q. どのようなログイン方法に対応していますか?\n\nA.\n"
                           "ID・パスワードによるログインに対応しています。\n\n"
                           "また、上位プランではIPアドレス制限もご利用いただけます。\n\n"
                           "Q. 第三者認証は取得していますか?\n\n"
                           "A. ISMS(ISO/IEC 27001)認証を取得しています。\n\n"
                           "なお、ISMSクラウドセキュリティ認証(クラウドサービス\n"
                           "の拡張)は来年度の取得に向けて準備中です。\n");
  const jn_field_result *f = jn_record_field(rec, "user_auth");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 1);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "ISMS");
  jn_record_free(rec);
}

/* A slide read back by pdftotext: a title over indented "label: value"
 * lines is a heading over pairs, not a term with one long definition;
 * a figure set large above its caption (2,300社以上 / 導入企業数) is the
 * caption's value. */
static void test_slide_pairs_and_figures(void **state) {
  (void)state;
  jn_record *rec = extract("サポート体制\n"
                           "     受付時間: 平日 9:30~18:30(土日祝を除く)\n"
                           "     メール: help@slide.example.com\n\n"
                           "会社概要\n"
                           "     会社名: 架空スライド株式会社\n"
                           "     資本金: 1億円\n\n"
                           "企業情報\n"
                           "     設立: 2010年4月\n"
                           "     社員数: 45名\n\n"
                           "数字で見る架空スライド\n"
                           "        1,200社以上\n"
                           "       導入企業数(2026年9月末時点)\n");
  assert_true(number_of(rec, "customer_count", "company") == 1200.0);
  assert_string_equal(string_of(rec, "company_name"), "架空スライド株式会社");
  const jn_field_result *f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* Fixed-width text (Excel's .prn): every line padded to one width, a cell
 * cut at its column's edge running into the next with no blank between
 * (30日前にメールで通知10日前までに): cut at the header's columns, the
 * answer is the 回答 column's, not the example's beside it. */
static void test_fixed_width_columns(void **state) {
  (void)state;
  jn_record *rec = extract(
      "No.  項目                  設定例              回答                    \r\n"
      "   1 計画停止予定通知      30日前にメールで通知10日前までにメール      \r\n"
      "   2 サービス稼働率        99.9%以上を目標とす 99.5%                   \r\n"
      "   3 バックアップ世代数    3世代以上保持するこ 7世代                   \r\n"
      "   4 障害通知時間          15分以内に第一報を送60分以内                \r\n"
      "   5 ログの保存期間        1年以上保存すること 6ヶ月                   \r\n"
      "   6 サポート窓口の受付時間平日9:00~17:00など  平日10:00~18:00         \r\n"
      "   7 データの保管場所      国内のデータセンター国内                    \r\n"
      "   8 通信の暗号化          TLS1.2以上を必須とすTLS1.3                  \r\n"
      "   9 ウイルス対策          パターンファイル毎日有り                    \r\n"
      "  10 監視間隔              5分間隔で監視する   1分間隔                 \r\n");
  assert_true(number_of(rec, "maintenance_notice", "d") == 10.0);
  assert_true(number_of(rec, "availability_target", "%") == 99.5);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_string_equal(string_of(rec, "tls_version"), "TLS1.3");
  jn_record_free(rec);
}

/* Fixed-width text whose label and question cells were cut at their
 * columns' edges (Excel's .prn keeps a column's width, not its text): a
 * cut cell that ends with the beginning of a catalogue wording anchors its
 * field (サービス(事業)変更・ of サービス(事業)変更・終了時等の事前告知;
 * 情報資産(利用者デ of 情報資産(利用者データ等)の返却). */
static void test_fixed_width_cut_labels(void **state) {
  (void)state;
  jn_record *rec = extract(
      "No. 項目                質問                          必須/選択 回答                    \r\n"
      "   1開示情報の日付      開示情報の年月日(西暦)        必須      2024年4月1日            \r\n"
      "   2事業者名            事業者の正式名称(商号)        必須      架空カット株式会社      \r\n"
      "   3サービス(事業)変更・利用者への告知時期(事前の告知 必須      6ヶ月前                 \r\n"
      "   4サービス(事業)変更・契約終了時の情報資産(利用者デ 必須      有り                    \r\n"
      "   5サービス稼働設定値  サービス稼働率の目標値        必須      99.9%                   \r\n"
      "   6バックアップ対策    バックアップ実施インターバル  必須      1日1回                  \r\n"
      "   7サポート            サービスサポートの受付時間    必須      平日9:00~17:00          \r\n"
      "   8ウイルス対策        ウイルス対策ソフトの導入      必須      有り                    \r\n"
      "   9時刻同期            時刻同期の方法                必須      NTP                     \r\n"
      "  10死活監視            死活監視の有無                必須      有り                    \r\n");
  assert_string_equal(string_of(rec, "company_name"), "架空カット株式会社");
  assert_true(number_of(rec, "termination_notice", "mo") == 6.0);
  const jn_field_result *f = jn_record_field(rec, "data_return");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A contract's articles in prose: ending the service with a lead time
 * (本サービスの全部を廃止する場合、廃止日の3ヶ月前までに…), the SLA
 * attached as a schedule (…サービスレベル合意書に定め、…添付する). */
static void test_contract_articles(void **state) {
  (void)state;
  jn_record *rec = extract("第8条(変更)\n\n"
                           "1.  当社は、本サービスの全部を廃止する場合、廃止日の4ヶ月前までに契約者に通知する。\n\n"
                           "第15条(品質)\n\n"
                           "1.  品質の詳細は別紙「サービスレベル合意書」に定め、当社は同別紙を本契約書に添付する。\n");
  assert_true(number_of(rec, "termination_notice", "mo") == 4.0);
  const jn_field_result *f = jn_record_field(rec, "sla_attached");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  jn_record_free(rec);
}

/* groff's table wraps the answer column too: its cell goes on under the
 * row's other cells (架空テスト工 / 業株式会社 beside the question's rest),
 * since on the lines around many of that column's cells go on over the
 * next line from where most of them end. */
static void test_layout_last_column_wraps(void **state) {
  (void)state;
  jn_record *rec = extract(
      "No.  項目        記述内容          回答\n"
      "───────────────────────────────────────────────\n"
      "1    事業所等    事業者の正式      架空テスト工\n"
      "     の概要      名称(商号)        業株式会社\n"
      "2    設立        事業者の設立      1999年\n"
      "                 年(西暦)\n"
      "3    従業員      正社員数(単独     120名\n"
      "                 ベース)\n"
      "4    事業所      事業者の本店      〒100‐0555\n"
      "                 住所・郵便番      東京都架空区\n"
      "                 号                架空町1丁目\n"
      "                                   2番3号\n"
      "5    役員        役員数            5名\n"
      "6    代表        代表者氏名        代表取締役架\n"
      "                                   空 一郎\n");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト工業株式会社");
  jn_record_free(rec);
}

/* A two-column table printed and read back by pdftotext with no options:
 * the labels' column, a blank line, the values' column (上場市場 / 事業内容 /
 * URL / / 東京証券取引所…(証券コード:5559) / … / https://…): label j takes
 * value j, the labels that name no field keeping the others in place. */
static void test_blank_parted_columns(void **state) {
  (void)state;
  jn_record *rec = extract("会社概要\n\n"
                           "本社\n事業内容\nURL\n\n"
                           "〒600-0555 京都府架空市下架空区5-5\n"
                           "医療情報システムの開発・提供\n"
                           "https://www.parted.example.com/\n\n"
                           "本件に関するお問い合わせ先\n");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "京都府");
  const jn_field_result *f = jn_record_field(rec, "website");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 0), NULL), "https://www.parted.example.com/");
  jn_record_free(rec);
}

/* CSV whose fields semicolons part (LibreOffice, or Excel where the
 * decimal mark is a comma), quoted text cells holding commas. */
static void test_semicolon_csv(void **state) {
  (void)state;
  jn_record *rec = extract("\"No.\";\"項目\";\"内容\";\"回答\"\r\n"
                           "1;\"事業者名\";\"事業者の正式名称\";\"架空セミコロン株式会社\"\r\n"
                           "2;\"従業員\";\"正社員数\";\"1,240名\"\r\n"
                           "3;\"資本金\";\"資本金(単独ベース)\";\"4億5,000万円\"\r\n"
                           "4;\"役員\";\"役員数\";\"7名\"\r\n");
  assert_string_equal(string_of(rec, "company_name"), "架空セミコロン株式会社");
  assert_true(number_of(rec, "employee_count", "person") == 1240.0);
  assert_true(number_of(rec, "capital", "JPY") == 450000000.0);
  jn_record_free(rec);
}

/* An ASCII frame drawn counting every character one column wide (links2):
 * its bars drift right of the rules' joints after kanji on screen; drawn
 * again on the joints counted in characters, its cells read as any
 * drawing's. */
static void test_frame_by_characters(void **state) {
  (void)state;
  jn_record *rec = extract(
      "+----+-----+-----------+-----------+\n"
      "|No. |項目   |内容         |回答         |\n"
      "+----+-----+-----------+-----------+\n"
      "|1   |事業者名 |事業者の正式名称   |架空リンクス株式会社 |\n"
      "|----+-----+-----------+-----------|\n"
      "|2   |従業員  |正社員数       |85名        |\n"
      "|----+-----+-----------+-----------|\n"
      "|3   |資本金  |資本金(単独ベース) |3,000万円    |\n"
      "|----+-----+-----------+-----------|\n"
      "|4   |役員   |役員数        |4名         |\n"
      "|----+-----+-----------+-----------|\n"
      "|5   |代表者  |代表者氏名      |架空 次郎      |\n"
      "+----+-----+-----------+-----------+\n");
  assert_string_equal(string_of(rec, "company_name"), "架空リンクス株式会社");
  assert_true(number_of(rec, "employee_count", "person") == 85.0);
  assert_true(number_of(rec, "capital", "JPY") == 30000000.0);
  assert_string_equal(string_of(rec, "representative_name"), "架空 次郎");
  jn_record_free(rec);
}

/* A notice time stated implies the notice: a contract's sentence too long
 * between 障害が発生 and 通知 for the notice's own wordings gives the time,
 * and the notice reads the time's sentence (dict/companions.tsv). */
static void test_notice_implied_by_its_time(void **state) {
  (void)state;
  const char *in = "第9条(障害時の対応)\n\n"
                   "当社は、本サービスに障害が発生したことを認識したときは、原則として"
                   "1時間以内に契約者の管理者に電子メールで通知する。\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "failure_notice_time", "h") == 1.0);
  const jn_field_result *f = jn_record_field(rec, "failure_notification");
  assert_non_null(f);
  assert_string_equal(f->value_json, "true");
  jn_record_free(rec);
}

/* A list field named by its values: a sentence listing two ways to log in
 * or more under a heading naming no field, and lists under headings naming
 * nothing, one after another (標準 / オプション): their ids join. */
static void test_list_named_by_ids(void **state) {
  (void)state;
  jn_record *rec = extract("# セキュリティ\n\n## アカウントの保護\n\n"
                           "パスワード認証に加え、二段階認証、SAMLによるシングルサインオンを"
                           "ご利用いただけます。\n");
  const jn_field_result *f = jn_record_field(rec, "user_auth");
  assert_non_null(f);
  assert_string_equal(f->value_json, "[\"password\",\"mfa\",\"sso\"]");
  jn_record_free(rec);
  rec = extract("# 仕様\n\n## ログイン\n\n### 標準\n\n- ID・パスワード\n- 多要素認証\n\n"
                "### オプション\n\n- SAMLによるシングルサインオン\n- IPアドレスによるアクセス制限\n");
  f = jn_record_field(rec, "user_auth");
  assert_non_null(f);
  assert_string_equal(f->value_json, "[\"password\",\"mfa\",\"ip_restriction\",\"sso\"]");
  jn_record_free(rec);
}

/* lynx prints a table it cannot lay out a row a line, cells parted by one
 * blank: question, answer, then the marker and the remark column's text.
 * A marker ending the line closes the answer before it unless the line
 * under holds that answer; a value opening before a marker keeps the text
 * after it as the remark. */
static void test_flat_rows_marker_after_answer(void **state) {
  (void)state;
  const char *in = "申請内容\n\n"
                   "   項番 項目 回答 備考\n"
                   "   1 開示情報の日付\n"
                   "   開示情報の年月日(西暦) 2026.07.01 必須\n"
                   "   8 従業員数\n"
                   "   正社員数(単独ベース) 42名 選択 前年比+3名\n"
                   "   45 バックアップ対策\n"
                   "   バックアップ実施インターバル 毎日1回 必須\n"
                   "   49 サービス利用量\n"
                   "   申請したASP・SaaSの利用者数(ID数、ライセンス数等) 選択\n"
                   "   12,500人(2023年9月1日現在)\n"
                   "   代表者年齢 70歳 選択\n"
                   "   ■ 財務状況\n";
  jn_sheet *sh = parse(in);
  /* the item's label line and its question line are one row (the label
   * cell wrapped onto a line of its own), the question holding both */
  const jn_sheet_row *r = NULL;
  for (size_t i = 0; i < jn_sheet_row_count(sh) && !r; i++)
    if (strstr(jn_sheet_row_at(sh, i)->question, "開示情報の年月日(西暦)"))
      r = jn_sheet_row_at(sh, i);
  assert_non_null(r);
  assert_string_equal(r->answer, "2026.07.01");
  r = NULL;
  for (size_t i = 0; i < jn_sheet_row_count(sh) && !r; i++)
    if (strstr(jn_sheet_row_at(sh, i)->question, "正社員数(単独ベース)"))
      r = jn_sheet_row_at(sh, i);
  assert_non_null(r);
  assert_string_equal(r->answer, "42名");
  assert_non_null(r->remark);
  assert_string_equal(r->remark, "前年比+3名");
  r = NULL;
  for (size_t i = 0; i < jn_sheet_row_count(sh) && !r; i++)
    if (strstr(jn_sheet_row_at(sh, i)->question, "バックアップ実施インターバル"))
      r = jn_sheet_row_at(sh, i);
  assert_non_null(r);
  assert_string_equal(r->answer, "毎日1回");
  r = row_asking(sh, "代表者年齢"); /* a heading under it is no answer */
  assert_non_null(r);
  assert_string_equal(r->answer, "70歳");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "user_count", "person") == 12500.0);
  jn_record_free(rec);
}

/* The certifier's printer-friendly page as a <dl> through w3m: each item's
 * term is its number, group, label and question, closed by its marker,
 * longer than a term is otherwise and numbered like a heading; the answer
 * is indented under it. */
static void test_numbered_question_terms(void **state) {
  (void)state;
  const char *in = "申請内容\n\n"
                   "1. 情報開示の時点/開示の日付:情報開示の年月日(西暦) 【必須】\n    2024.11.15\n\n"
                   "3. 事業所等の概要/設立年月日:事業者の設立年月日(西暦) 【必須】\n    平成24年10月\n\n"
                   "7. 経営者/役員:役員数【選択】\n    4名\n\n"
                   "11. 財務データ/資本金:事業者の資本金(単独ベース) 【必須】\n    1億円\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-11-15");
  assert_string_equal(string_of(rec, "founded"), "2012-10");
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  assert_true(number_of(rec, "capital", "JPY") == 100000000.0);
  jn_record_free(rec);
}

/* Markdown holding an HTML table (pandoc writes one where a cell has a line
 * break): the pipe tables stay Markdown, the block reads as HTML; and the
 * certifier's header as a two-column pipe table fills the header. */
static void test_markdown_with_html_block(void **state) {
  (void)state;
  const char *in = "# データセンター仕様\n\n"
                   "| 項目 | 内容 |\n|------|------|\n"
                   "| 運営会社 | 架空ホスティング株式会社 |\n"
                   "| 耐震 | 震度7クラスの地震に耐えうる設計 |\n\n"
                   "## 防災設備\n\n"
                   "<table>\n<thead>\n<tr class=\"header\">\n<th>項目</th>\n<th>仕様</th>\n</tr>\n</thead>\n"
                   "<tbody>\n<tr>\n<td>消火設備</td>\n<td>窒素ガス消火設備(サーバ室)<br />\n"
                   "スプリンクラー(事務エリア)</td>\n</tr>\n"
                   "<tr>\n<td>直撃雷対策</td>\n<td>有(避雷針)</td>\n</tr>\n</tbody>\n</table>\n\n"
                   "## セキュリティ\n\n"
                   "| 項目 | 仕様 |\n|---|---|\n| 監視カメラ | 24時間録画、映像は3ヶ月間保存 |\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空ホスティング株式会社");
  const jn_field_result *f = jn_record_field(rec, "lightning_direct");
  assert_non_null(f);
  assert_string_equal(f->value_json, "true");
  assert_true(number_of(rec, "cctv_retention", "mo") == 3.0);
  jn_record_free(rec);
  jn_sheet *sh = parse("# 認定サービス詳細\n\n|  |  |\n|----|----|\n| 認定番号 | 0915-2406 |\n"
                       "| サービス名称 | ラボ受発注クラウド |\n");
  assert_string_equal(jn_sheet_get_header(sh)->cert_number, "0915-2406");
  jn_sheet_free(sh);
}

/* Results year by year under a header of periods whose first cell gives
 * the unit: each row states its latest period's figure, in the header's
 * yen unless the row names its own unit. */
static void test_period_table_latest_in_unit(void **state) {
  (void)state;
  const char *in = "## 業績ハイライト\n\n"
                   "| (単位: 百万円) | 2024年3月期 | 2025年3月期 | 2026年3月期 |\n|---|---|---|---|\n"
                   "| 売上高 | 28,412 | 30,975 | 33,206 |\n"
                   "| 経常利益 | 2,904 | 3,318 | 3,771 |\n"
                   "| 自己資本比率(%) | 58.2 | 59.6 | 61.3 |\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "revenue", "JPY") == 33206000000.0);
  assert_true(number_of(rec, "ordinary_profit", "JPY") == 3771000000.0);
  assert_true(number_of(rec, "equity_ratio", "%") == 61.3);
  jn_record_free(rec);
}

/* A frame of one column around sections that each hold a table (pandoc's
 * grid table of a layout table): the frame comes off and the tables read;
 * a frame with joints (w3m -no-graph) stays a grid. */
static void test_one_column_frame(void **state) {
  (void)state;
  const char *in =
      "申請内容\n\n"
      "+--------------------------------------------------------------------+\n"
      "| 人材                                                               |\n"
      "|                                                                    |\n"
      "|   No.   項目       記述内容               必須/選択   情報開示内容 |\n"
      "|   ----- ---------- ---------------------- ----------- ------------ |\n"
      "|   6     代表者     代表者氏名             必須        宇佐美 隆    |\n"
      "|   7     役員       役員数                 選択        4名          |\n"
      "|   8     従業員数   正社員数(単独ベース)   選択        52名         |\n"
      "+--------------------------------------------------------------------+\n"
      "| 財務状況                                                           |\n"
      "|                                                                    |\n"
      "|   No.   項目       記述内容               必須/選択   情報開示内容 |\n"
      "|   ----- ---------- ---------------------- ----------- ------------ |\n"
      "|   11    資本金     事業者全体の資本金     必須        3,000万円    |\n"
      "+--------------------------------------------------------------------+\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  assert_true(number_of(rec, "employee_count", "person") == 52.0);
  assert_true(number_of(rec, "capital", "JPY") == 30000000.0);
  jn_record_free(rec);
}

/* A table written a record at a time (a browser's copy of a page that
 * draws each item as a small table of <th>/<td> pairs): each name<TAB>value
 * line gives a column of the record; an item asking two questions gives
 * two rows. */
static void test_records_one_item_a_table(void **state) {
  (void)state;
  const char *in = "申請内容\n"
                   "項番\t1\n項目\t開示情報の時点 / 開示情報の日付\n質問\t開示情報の年月日(西暦)\n"
                   "回答\t2026/10/15\n必須・選択\t必須\n"
                   "事業所・事業\n"
                   "項番\t2\n項目\t事業所等の概要 / 事業者名\n質問\t事業者の正式名称(商号)\n"
                   "回答\t株式会社架空メディカルリンク\n質問\t法人番号\n回答\t5290001055514\n"
                   "必須・選択\t必須\n"
                   "項番\t7\n項目\t経営者 / 役員\n質問\t役員数\n回答\t役員6名\n必須・選択\t選択\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-10-15");
  assert_string_equal(string_of(rec, "company_name"), "株式会社架空メディカルリンク");
  assert_string_equal(string_of(rec, "corporate_number"), "5290001055514");
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  jn_record_free(rec);
}

/* A PDF's text with blanks around its figures (2024 年 4 月 1 日, 60 分):
 * taken out where the text writes its dates so, the figures read with their
 * units. */
static void test_pdf_blanks_around_figures(void **state) {
  (void)state;
  const char *in = "サービスレベル合意書\n"
                   "制定日: 2024 年 4 月 1 日\n最終改定日: 2026 年 10 月 1 日\n"
                   "第 5 条(障害発生時の対応)\n"
                   "当社は、障害を検知した場合、障害検知から 60 分以内に契約者へ通知します。\n"
                   "第 6 条(計画停止)\n"
                   "計画停止は 7 日前までに通知します。実施は 2026 年 11 月 1 日から 2027 年 3 月 31 日までの"
                   "間に予定しています。\n"
                   "料金・会社情報\n"
                   "初期費用 30,000 円(税別)\n"
                   "資本金 4 億 9,800 万円\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "failure_notice_time", "min") == 60.0);
  assert_true(number_of(rec, "maintenance_notice", "d") == 7.0);
  assert_true(number_of(rec, "initial_fee", "JPY") == 30000.0); /* its label kept apart */
  assert_true(number_of(rec, "capital", "JPY") == 498000000.0);
  jn_record_free(rec);
}

/* A page set in two columns of prose, as pdftotext -layout writes it:
 * the left column reads first, then the right, each sentence whole; a
 * two-column table of short labels stays a table. */
static void test_two_column_page(void **state) {
  (void)state;
  char in[8192];
  const char *left[] = {
      "第1条(目的)", "本合意書は、架空ホスティング株式会社(以下「当社」と",
      "いいます。)が提供する本サービスについて、当社が契約", "者に対して約束するサービスレベルを定めるものです。",
      "第3条(サービス提供時間)", "本サービスの提供時間は、24時間365日とします。ただ",
      "し、第5条に定める計画メンテナンスの時間を除きます。", "第4条(サービス稼働率)",
      "当社は、本サービスの月間稼働率99.95%以上を保証しま", "す。月間稼働率は毎月末に集計し、翌月に報告します。"};
  const char *right[] = {
      "第8条(データの保護)", "当社は、メールデータのバックアップを1日1回取得し、",
      "7世代(7日分)を保管します。保管場所は国内のデータ", "センター(東日本及び西日本の2拠点)とします。",
      "第9条(報告)", "当社は、毎月10営業日以内に、前月の稼働実績及び障害",
      "の状況を月次報告書として契約者に送付いたします。", "第10条(サービスの終了)",
      "当社が本サービスの提供を終了する場合、6か月前までに契", "約者に通知します。以上のとおりです。"};
  size_t at = 0;
  for (size_t i = 0; i < 10; i++) {
    size_t chars = 0; /* pdftotext -layout places the right column by characters */
    for (const char *c = left[i]; *c; c++)
      chars += ((unsigned char)*c & 0xC0) != 0x80;
    at += (size_t)snprintf(in + at, sizeof in - at, "%s%*s%s\n", left[i], (int)(59 - chars), "",
                           right[i]);
  }
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "availability_target", "%") == 99.95);
  assert_true(number_of(rec, "backup_generations", "generation") == 7.0);
  assert_true(number_of(rec, "termination_notice", "mo") == 6.0);
  jn_record_free(rec);
}

/* Lines that each hold a label and its value (初期費用 0円) are no column
 * of labels waiting for the lines under them (a landing page's text). */
static void test_valued_lines_no_label_column(void **state) {
  (void)state;
  const char *in = "料金プラン\nスタンダード\n月額 98,000円\nユーザー数 20名まで\n"
                   "エンタープライズ\nお見積り\nユーザー数 無制限\n初期費用 0円\n最低契約期間 6ヶ月\n"
                   "表示価格は税抜です。\nセキュリティと信頼性\n第三者認証\n"
                   "ISO/IEC 27001・ISO/IEC 27017 認証取得。\n暗号化\n"
                   "通信はTLS 1.2以上で暗号化しています。\nデータの保管場所\n"
                   "お客様のデータは日本国内のデータセンターにのみ保存します。\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "initial_fee", "JPY") == 0.0);
  assert_true(number_of(rec, "min_contract_period", "mo") == 6.0);
  jn_record_free(rec);
}

/* A flattened table whose marker column comes first (lynx: 区分 | 項番 |
 * 項目 | 内容 | 回答, cells one blank apart): the marker, the item number,
 * then the question and its value on the same line. */
static void test_flat_rows_marker_first(void **state) {
  (void)state;
  const char *in = "申請内容\n\n"
                   "   区分 項番 項目 内容 回答\n"
                   "   必須 1 開示情報の日付 開示情報の年月日(西暦) 2026年11月20日\n"
                   "   事業所・事業\n"
                   "   必須 2 事業者名 事業者の正式名称(商号) 架空データ工房株式会社\n"
                   "   選択 代表者年齢 57歳\n"
                   "   選択 7 役員数 役員数 6名(取締役4名、監査役2名)\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-11-20");
  assert_string_equal(string_of(rec, "company_name"), "架空データ工房株式会社");
  assert_true(number_of(rec, "representative_age", "y") == 57.0);
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  jn_record_free(rec);
}

/* Two boxes of label/value pairs side by side on a printed page (a
 * leaflet's 仕様 and 会社概要): each box reads on its own. */
static void test_two_boxes_of_pairs(void **state) {
  (void)state;
  char in[4096];
  const char *left[] = {" 仕様", "  サービス名 架空在庫ナビ", "  稼働率目標 99.9%",
                        "  データセンター 国内(東京・大阪)", "  初期費用 100,000円(税別)~",
                        "  最低契約期間 12か月", "  導入実績 1,200社突破"};
  const char *right[] = {"会社概要", "会社名:架空ロジソフト株式会社", "設立:2012年(平成24年)5月",
                         "資本金:8,000万円", "代表取締役:小林 直樹", "従業員数:64名",
                         "本社:大阪府架空島市梅田1-1-1"};
  size_t at = 0;
  for (size_t i = 0; i < 7; i++) {
    size_t chars = 0; /* pdftotext -layout places the right box by characters */
    for (const char *c = left[i]; *c; c++)
      chars += ((unsigned char)*c & 0xC0) != 0x80;
    at += (size_t)snprintf(in + at, sizeof in - at, "%s%*s%s\n", left[i], (int)(64 - chars), "",
                           right[i]);
  }
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空ロジソフト株式会社");
  assert_true(number_of(rec, "capital", "JPY") == 80000000.0);
  assert_true(number_of(rec, "employee_count", "person") == 64.0);
  assert_true(number_of(rec, "min_contract_period", "mo") == 12.0);
  jn_record_free(rec);
}

/* Text placed at character columns, as pdftotext -layout places it (a
 * kanji counts one): each line a list of (column, text), ended by a NULL
 * text; lines end with a NULL list. */
typedef struct placed {
  int col;
  const char *text;
} placed;

static void place_lines(char *out, size_t cap, const placed *const *lines) {
  size_t at = 0;
  for (size_t i = 0; lines[i]; i++) {
    int chars = 0;
    for (const placed *p = lines[i]; p->text; p++) {
      at += (size_t)snprintf(out + at, cap - at, "%*s%s", p->col > chars ? p->col - chars : 1, "",
                             p->text);
      chars = p->col > chars ? p->col : chars + 1;
      for (const char *c = p->text; *c; c++)
        chars += ((unsigned char)*c & 0xC0) != 0x80;
    }
    at += (size_t)snprintf(out + at, cap - at, "\n");
    assert_true(at < cap);
  }
}

/* A certifier's table printed on a narrow page (pdftotext -layout): the
 * marker column prints 必 over 須, cells full to their edge stand one
 * blank apart, a question may stand a line above its marker and answer,
 * and a second question under the same marker has its own answer. */
static void test_stacked_markers(void **state) {
  (void)state;
  static const placed l1[] = {{3, "1"}, {5, "開示情"}, {9, "開示情報の日"}, {16, "開示情報の年月日(西暦)"},
                              {44, "必"}, {46, "2026年10月1日"}, {0, NULL}};
  static const placed l2[] = {{5, "報の時"}, {9, "付"}, {44, "須"}, {0, NULL}};
  static const placed l3[] = {{3, "2"}, {5, "事業所"}, {9, "事業者名"}, {16, "事業者の正式名称(商号)"},
                              {44, "必"}, {46, "架空テスト工房株式会社"}, {0, NULL}};
  static const placed l4[] = {{5, "等の概"}, {16, "事業者ホームページ"}, {44, "須"},
                              {46, "https://www.kaku-"}, {0, NULL}};
  static const placed l5[] = {{5, "要"}, {46, "test.example.jp/"}, {0, NULL}};
  static const placed l6[] = {{3, "財務状況"}, {0, NULL}};
  static const placed l7[] = {{3, "9"}, {5, "財務デ"}, {9, "売上高"}, {16, "事業者の売上高(単独ベース)"},
                              {0, NULL}};
  static const placed l8[] = {{44, "必"}, {46, "15億20百万円(2025年3月期)"}, {0, NULL}};
  static const placed l9[] = {{5, "ータ"}, {44, "須"}, {0, NULL}};
  static const placed l10[] = {{3, "13"}, {9, "キャッシュフ"}, {16, "事業者のキャッシュフロー対有利子負債比"},
                               {44, "選"}, {46, "非開示"}, {0, NULL}};
  static const placed l11[] = {{9, "ロー対有利子"}, {16, "率(単独ベース)"}, {44, "択"}, {0, NULL}};
  static const placed l12[] = {{9, "負債比率"}, {0, NULL}};
  static const placed l13[] = {{3, "14"}, {9, "上場の有無"}, {16, "株式上場の有無と、「有り」の場合は市場"},
                               {44, "選"}, {46, "無し"}, {0, NULL}};
  static const placed l14[] = {{16, "名"}, {44, "択"}, {0, NULL}};
  static const placed *const lines[] = {l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, l14, NULL};
  char in[4096];
  place_lines(in, sizeof in, lines);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-10-01");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト工房株式会社");
  const jn_field_result *site = jn_record_field(rec, "website");
  assert_int_equal(site->status, JN_STATUS_VALUE);
  assert_string_equal(jn_value_string(jn_value_at(site->value, 0), NULL),
                      "https://www.kaku-test.example.jp/");
  assert_true(number_of(rec, "revenue", "JPY") == 1520000000.0);
  assert_int_equal(jn_record_field(rec, "cf_debt_ratio")->status, JN_STATUS_UNDISCLOSED);
  const jn_field_result *listed = jn_record_field(rec, "listed");
  assert_int_equal(listed->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(listed->value));
  jn_record_free(rec);
}

/* A page writing each item as one cell, its label, question and answer on
 * lines of their own (w3m: 項番 | 項目・回答 | 必須/選択): the table has no
 * answer column, and the cell's lines read as a label line over its value,
 * the post above a name included. */
static void test_item_lines_in_one_cell(void **state) {
  (void)state;
  const char *in = "申請内容\n"
                   "┌──────┬────────────────────────────────────────────┬───────────┐\n"
                   "│ 項番 │ 項目・回答                                 │ 必須/選択 │\n"
                   "├──────┼────────────────────────────────────────────┼───────────┤\n"
                   "│      │ 開示情報の日付                             │           │\n"
                   "│ 1    │ 開示情報の年月日(西暦)                     │ 必須      │\n"
                   "│      │ 2026年9月1日                               │           │\n"
                   "├──────┼────────────────────────────────────────────┼───────────┤\n"
                   "│      │ 代表者                                     │           │\n"
                   "│      │ 代表者氏名                                 │           │\n"
                   "│ 6    │ 代表取締役社長                             │ 必須      │\n"
                   "│      │ 架空 一郎                                  │           │\n"
                   "├──────┼────────────────────────────────────────────┼───────────┤\n"
                   "│      │ 役員                                       │           │\n"
                   "│ 7    │ 役員数                                     │ 選択      │\n"
                   "│      │ 4名                                        │           │\n"
                   "└──────┴────────────────────────────────────────────┴───────────┘\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-09-01");
  assert_string_equal(string_of(rec, "representative_name"), "架空 一郎");
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  jn_record_free(rec);
}

/* A post on a line of its own above the name (<br> in the answer cell):
 * the name is on the next line. */
static void test_post_above_name(void **state) {
  (void)state;
  const char *in = "<table><tr><th>項目</th><th>回答</th></tr>"
                   "<tr><td>代表者氏名</td><td>代表取締役社長 CEO<br>架空 次郎</td></tr>"
                   "<tr><td>役員数</td><td>5名</td></tr></table>";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "representative_name"), "架空 次郎");
  jn_record_free(rec);
}

/* A questionnaire in a word processor saved as text: every table cell a
 * line of its own, an empty cell an empty line, under a header of one
 * column word a line (No. | 質問 | 記入例 | 回答 | 根拠資料); the example
 * column is not the answer. */
static void test_cells_one_a_line(void **state) {
  (void)state;
  const char *in = "1. データセンター\nNo.\n質問\n記入例\n回答\n根拠資料\n"
                   "1-1\nデータセンターの所在国をご記入ください。\n例:日本\n日本(関東・関西)\n公開資料\n"
                   "1-2\nUPSの電力供給時間をご記入ください。\n例:あり:15分\nあり:20分\n同上\n"
                   "1-3\n非常用発電機の連続運転時間をご記入ください。\n\n48時間\n同上\n"
                   "1-4\n入退室記録の保存期間をご記入ください。\n\n1年間\n規程\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "dc_country"), "JP");
  assert_true(number_of(rec, "ups_runtime", "min") == 20.0);
  assert_true(number_of(rec, "generator_runtime", "h") == 48.0);
  jn_record_free(rec);
}

/* A row of the form whose header names no columns, with the item's label
 * over a shorter sub-label (サービス(事業)変更・終了時の事前告知 |
 * 事前告知): the question (利用者への告知時期) is the same for two fields,
 * and the label that tells them apart is the longer one. */
static void test_label_over_sub_label(void **state) {
  (void)state;
  const char *in =
      "32\tサービス(事業)変更・終了時の事前告知\t事前告知\t利用者への告知時期(事前の告知時期を1ヶ月前、"
      "3ヶ月前、6ヶ月前、12ヶ月前のうちから記述)\t必須\t12ヶ月前\n"
      "告知方法\t電子メール\n"
      "33\tサービスの変更・終了\t対応・代替措置\t対応・代替措置の基本方針の有無\t必須\t有り\n"
      "91\tサービス通知・報告\tメンテナンス等の一時的サービス停止時の事前告知\t利用者への告知時期(1ヶ月前、"
      "3ヶ月前、6ヶ月前、12ヶ月前等)\t必須\t2週間前\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "termination_notice", "mo") == 12.0);
  assert_true(number_of(rec, "maintenance_notice", "wk") == 2.0);
  jn_record_free(rec);
}

/* Support open round the clock, and under the same item the maintenance
 * window (メンテナンス実施時間): that row asks about maintenance, not the
 * staffed hours a 24/7 answer would give way to. */
static void test_staffed_hours_not_maintenance(void **state) {
  (void)state;
  const char *in = "86\t営業日・時間\t営業曜日、営業時間(受付時間)\t必須\t24時間365日\n"
                   "\t\tメンテナンス実施時間\t\t毎月第1日曜日 1:00~5:00\n"
                   "87\tサポート範囲\tサポート範囲\t必須\t操作方法、障害対応\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "support_hours"), "24/7");
  jn_record_free(rec);
}

/* A flattened table whose header ends with the marker column (区分 | 項目
 * | 内容 | 必須/選択) and whose rows end with the marker after the answer:
 * the line under a row (the next item's label) is not its answer. */
static void test_flat_rows_marker_last_header(void **state) {
  (void)state;
  const char *in = "申請内容\n\n"
                   "   区分 項目 内容 必須/選択\n"
                   "   開示情報の時点 開示情報の日付\n"
                   "   開示情報の年月日(西暦) 令和7年10月1日 必須\n"
                   "   財務状況\n"
                   "   財務データ 売上高\n"
                   "   事業者全体の売上高(単独ベース)(単位:円) 3,482百万円(2025年3月期) 必須\n"
                   "   経常利益\n"
                   "   事業者全体の経常利益額(単独ベース)(単位:円) 2億1,000万円(2025年3月期) 選択\n"
                   "   資本金\n"
                   "   事業者全体の資本金(単独ベース)(単位:円) 9,800万円 必須\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "revenue", "JPY") == 3482000000.0);
  assert_true(number_of(rec, "ordinary_profit", "JPY") == 210000000.0);
  jn_record_free(rec);
}

/* A fact sheet's table with a column of general guidance beside the
 * service's own figures ((参考)一般的な目安): a note column, never the
 * answer. */
static void test_reference_column(void **state) {
  (void)state;
  const char *in = "項目\t仕様\t(参考)一般的な目安\n"
                   "所在地\t埼玉県架空宮市\t―\n"
                   "UPS\t保持時間 15分\t5分以上\n"
                   "非常用発電機\t96時間の連続運転が可能\t24時間以上\n";
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "ups_runtime", "min") == 15.0);
  assert_true(number_of(rec, "generator_runtime", "h") == 96.0);
  jn_record_free(rec);
}

/* The same print with a marker column wide enough for its word: 必須 one
 * blank after a question cut at its column's edge, at one character column
 * on every row (the display columns differ where a row holds Latin text):
 * the answer is what follows the marker, the question's rest its own. */
static void test_marker_words_narrow_gutter(void **state) {
  (void)state;
  static const placed q1[] = {{3, "1"}, {6, "開示情報の日付"}, {16, "開示情報の年月日(西暦)を記載してくださ"}, {37, "必須"}, {40, "2026年9月1日"}, {0, NULL}};
  static const placed q2[] = {{16, "い"}, {0, NULL}};
  static const placed q3[] = {{3, "2"}, {6, "事業者名"}, {16, "事業者の正式名称(商号)を記載してくださ"}, {37, "必須"}, {40, "架空テスト工房株式会社"}, {0, NULL}};
  static const placed q4[] = {{16, "い"}, {0, NULL}};
  static const placed q5[] = {{3, "3"}, {6, "設立年月日"}, {16, "事業者の設立年月日(西暦)を記載してくだ"}, {37, "必須"}, {40, "2001年4月2日"}, {0, NULL}};
  static const placed q6[] = {{16, "さい"}, {0, NULL}};
  static const placed q7[] = {{3, "4"}, {6, "事業所"}, {16, "事業者の本店所在地及び郵便番号(〒)を記"}, {37, "必須"}, {40, "東京都架空区1-2-3"}, {0, NULL}};
  static const placed q8[] = {{16, "載してください"}, {0, NULL}};
  static const placed q9[] = {{3, "6"}, {6, "代表者"}, {16, "代表者の氏名及び役職名(代表権)を記載し"}, {37, "必須"}, {40, "代表取締役 架空 一郎"}, {0, NULL}};
  static const placed q10[] = {{16, "てください"}, {0, NULL}};
  static const placed q11[] = {{3, "7"}, {6, "役員"}, {16, "役員数(取締役及び監査役の合計数)を記載"}, {37, "選択"}, {40, "5名"}, {0, NULL}};
  static const placed q12[] = {{16, "してください"}, {0, NULL}};
  static const placed q13[] = {{3, "8"}, {6, "従業員数"}, {16, "正社員数(単独ベース)を人数で記載してく"}, {37, "必須"}, {40, "120名"}, {0, NULL}};
  static const placed q14[] = {{16, "ださい"}, {0, NULL}};
  static const placed q15[] = {{3, "9"}, {6, "売上高"}, {16, "事業者の売上高(単独ベース)(単位:円)"}, {37, "必須"}, {40, "24億6百万円(2026年3月期)"}, {0, NULL}};
  static const placed q16[] = {{16, "を記載"}, {0, NULL}};
  static const placed q17[] = {{3, "10"}, {6, "経常利益"}, {16, "事業者の経常利益額(単独ベース)(単位:"}, {37, "選択"}, {40, "1億8,500万円"}, {0, NULL}};
  static const placed q18[] = {{16, "円)を記載"}, {0, NULL}};
  static const placed q19[] = {{3, "11"}, {6, "資本金"}, {16, "事業者の資本金(単独ベース)(単位:円)"}, {37, "必須"}, {40, "4億5,000万円"}, {0, NULL}};
  static const placed q20[] = {{16, "を記載"}, {0, NULL}};
  static const placed q21[] = {{3, "15"}, {6, "上場の有無"}, {16, "株式上場の有無と、「有り」の場合はその市"}, {37, "選択"}, {40, "上場(東証グロース 証券コード 4555)"}, {0, NULL}};
  static const placed q22[] = {{16, "場名"}, {0, NULL}};
  static const placed q23[] = {{3, "46"}, {6, "稼働率"}, {16, "サービス稼働率の目標値(SLA値)を記載"}, {37, "必須"}, {40, "99.9%"}, {0, NULL}};
  static const placed q24[] = {{16, "してください"}, {0, NULL}};
  static const placed *const lines[] = {q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20, q21, q22, q23, q24, NULL};
  char in[8192];
  place_lines(in, sizeof in, lines);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *revenue = NULL;
  for (size_t i = 0; i < jn_sheet_row_count(sh); i++) {
    const jn_sheet_row *r = jn_sheet_row_at(sh, i);
    if (r->answer && !strcmp(r->answer, "24億6百万円(2026年3月期)") && r->required &&
        !revenue)
      revenue = r;
  }
  assert_non_null(revenue);
  assert_non_null(revenue->required);
  assert_string_equal(revenue->required, "必須");
  assert_non_null(revenue->label);
  assert_string_equal(revenue->label, "売上高");
  jn_sheet_free(sh);
}

/* A check sheet laid out in columns whose category spans rows: each next
 * row leaves the category blank and opens with its own number under the
 * number of the row above (2 under 1): a row of its own, not the wrapped
 * rest of the one above. */
static void test_numbered_rows_under_category(void **state) {
  (void)state;
  const char *in =
      "セキュリティチェックシート\n\n"
      "区分       No. 確認項目                                     回答                                    備考\n"
      "組織         1 情報セキュリティの責任者を任命していますか   ○                                       取締役CISO 架空花子\n"
      "             2 コンプライアンス担当役員を定めていますか     ○                                       専務取締役 架空太郎\n"
      "             3 利用契約に守秘義務条項を含めていますか       はい                                    利用規約第18条\n"
      "技術的対策   6 ファイアウォールを設置していますか           ○\n"
      "             7 不正侵入検知(IDS/IPS)を導入していますか      ○                                       IPSを全セグメントに設置\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "compliance_officer"), "架空太郎");
  assert_string_equal(string_of(rec, "security_officer"), "架空花子");
  jn_record_free(rec);
}

/* A company profile under its heading (html2text's ***** 会社概要 *****):
 * 所在地 alone names a data centre's place too, but under 会社概要 it is
 * the head office's (会社概要の所在地). */
static void test_heading_and_label_one_wording(void **state) {
  (void)state;
  const char *in = "***** 今後の展開 *****\n当社は新機能の開発を進めます。\n"
                   "***** 会社概要 *****\n会社名: 架空フィンテック株式会社\n"
                   "所在地: 〒105-5555 東京都架空坂区芝浜一丁目2番3号\n"
                   "代表者: 代表取締役社長 架空 一郎\n設立: 2008年4月\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "head_office_postal_code"), "105-5555");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "東京都");
  jn_record_free(rec);
}

/* The termination item's question is its own (事前の告知時期を…), though the
 * maintenance item asks 利用者への告知時期 too: the question alone names
 * the field when the item's label went elsewhere, and splits from its
 * answer on a line that ends with the marker (lynx). */
static void test_termination_question_alone(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   区分 項目 審査対象項目 回答 必須/選択\n"
      "   利用者への告知時期(事前の告知時期を1ヶ月前、3ヶ月前、6ヶ月前、12ヶ月前等の単位で記述) 12ヶ月前 必須\n"
      "   告知方法 電子メールでの告知\n"
      "   利用者への告知時期(1ヶ月前、3ヶ月前、6ヶ月前、12ヶ月前等の単位で記述) 7日前 必須\n");
  assert_true(number_of(rec, "termination_notice", "mo") == 12.0);
  jn_record_free(rec);
}

/* A browser's copy of the table writes the header cell 必須/<br>選択 over
 * two lines: the header row, cut there, is joined back, and the rows
 * under it read by its columns. */
static void test_header_cut_inside_cell(void **state) {
  (void)state;
  jn_record *rec = extract("区分\t【審査対象項目】\t【記述内容】\t必須/\n"
                           "選択\t申請内容\t備考\n"
                           "開示情報\t1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t必須\t2026年1月15日\t\n"
                           "事業所・事業\t2\t事業所等の概要\t事業者名\t事業者の正式名称(商号)\t必須\t架空ワークス株式会社\t\n"
                           "3\t設立年月日\t事業者の設立年月日(西暦)\t必須\t2014年2月3日\t\n"
                           "7\t役員\t役員数\t選択\t4名\t\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-01-15");
  assert_string_equal(string_of(rec, "company_name"), "架空ワークス株式会社");
  assert_string_equal(string_of(rec, "founded"), "2014-02-03");
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  jn_record_free(rec);
}

/* pdftotext -raw of a browser's print whose marker column is one character
 * wide: the marker's halves end one line and open the next, the answer
 * after the second (必 / 須 2019/1/5); the word is read whole. */
static void test_marker_broken_in_running_text(void **state) {
  (void)state;
  jn_record *rec = extract("No. 項目 内容\n"
                           "必\n須/\n選\n択\n"
                           "回答\n"
                           "1 開示情報の\n"
                           "日付 開示情報の日付(西暦) 必\n"
                           "須 2026/3/5\n"
                           "事業所・事業\n"
                           "2 事業者名 事業者の正式名称(商号)必\n"
                           "須 架空ソフト株式会社\n"
                           "7 役員数 役員数 選\n"
                           "択 6名\n"
                           "8 従業員数 正社員数(単独ベース) 必\n"
                           "須 58名\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-03-05");
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  assert_true(number_of(rec, "employee_count", "person") == 58.0);
  jn_record_free(rec);
}

/* html2markdown of a table whose cells hold <br>: every row line ends with a
 * hard break, a cell's <br> cuts the row (the header's too: 記述<br>内容),
 * a section row is its bare text between two rows, and a cell left empty
 * under a rowspan is written (| | |). Each row reads whole, after the
 * section row as before it. */
static void test_html2markdown_rows_cut_at_breaks(void **state) {
  (void)state;
  jn_record *rec = extract("項番| 大項目| 小項目| 記述  \n"
                           "内容| 必須/  \n"
                           "選択| 情報開示  \n"
                           "内容  \n"
                           "---|---|---|---|---|---  \n"
                           "1| 開示情報の時点| 開示情報の日付| 開示情報の年月日  \n"
                           "(西暦)| 必須| 2026年4月1日  \n"
                           " **事業所・事業**  \n"
                           "2| 事業所等の概要| 事業者名| 事業者の正式名称  \n"
                           "(商号)| 必須| 架空ノート株式会社  \n"
                           "3| | 設立年・事業年数| 事業者の設立年  \n"
                           "(西暦)| 必須| 2003年  \n"
                           "| | | 設立後の事業年数  \n"
                           "(1年に満たない場合は月数)| | 23年  \n"
                           " **人材**  \n"
                           "8| 従業員| 従業員数| 正社員数  \n"
                           "(単独ベース)| 必須| 41名  \n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-04-01");
  assert_string_equal(string_of(rec, "company_name"), "架空ノート株式会社");
  assert_string_equal(string_of(rec, "founded"), "2003");
  assert_true(number_of(rec, "years_in_business", "y") == 23.0);
  assert_true(number_of(rec, "employee_count", "person") == 41.0);
  jn_record_free(rec);
}

/* turndown of a table without its GFM plugin: every cell a paragraph, items
 * numbered No.N, a row that repeats its 大項目 cell instead of spanning it
 * (事業所等の概要 over 法人番号), an answer that is a list (<ul> in the cell,
 * "*   " items). Each item is read whole. */
static void test_paragraph_cells_prefixed_items(void **state) {
  (void)state;
  jn_record *rec = extract("No.1\n\n開示情報の時点\n\n開示情報の年月日(西暦)\n\n必須\n\n2025年1月20日\n\n"
                           "No.2\n\n事業所等の概要\n\n事業者名\n\n事業者の正式名称(商号)\n\n必須\n\n"
                           "架空ノート株式会社\n\n事業所等の概要\n\n法人番号\n\n7020001042495\n\n"
                           "No.3\n\n主要取引金融機関\n\n主要取引金融機関の名称\n\n選択\n\n"
                           "*   架空みなと銀行\n*   架空さつま銀行\n\n"
                           "No.4\n\n役員\n\n役員数\n\n選択\n\n3名\n\n"
                           "No.5\n\n従業員\n\n従業員数\n\n必須\n\n15名\n\n"
                           "No.6\n\n資本金\n\n資本金\n\n必須\n\n1億円\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-01-20");
  assert_string_equal(string_of(rec, "company_name"), "架空ノート株式会社");
  assert_string_equal(string_of(rec, "corporate_number"), "7020001042495");
  const jn_field_result *f = jn_record_field(rec, "main_banks");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 1), NULL), "架空さつま銀行");
  assert_true(number_of(rec, "employee_count", "person") == 15.0);
  jn_record_free(rec);
}

/* A browser's copy (tabs) of a table whose first column spans the rows of
 * its group (区分 | 項目 | 目標値 | 備考): the group's later rows come a
 * cell short, everything moved left, their empty cells kept as tabs. Each
 * row's value is read from its own cells, not from the 備考 that moved
 * into the answer's column. */
static void test_copied_rows_under_group_span(void **state) {
  (void)state;
  jn_record *rec = extract("区分\t項目\t目標値\t備考\n"
                           "可用性\tサービス提供時間\t24時間365日\t計画メンテナンスを除く\n"
                           "月間稼働率\t99.9%以上\t計画停止の時間は除いて算出\n"
                           "計画メンテナンスの事前通知\t10日前まで\tメールで通知\n"
                           "データ保護\tバックアップ取得頻度\t1日1回\t夜間に取得\n"
                           "バックアップ世代\t5世代\t \n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  assert_true(number_of(rec, "maintenance_notice", "d") == 10.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 5.0);
  jn_record_free(rec);
}

/* turndown writes its headings setext style: the heading's text, then as
 * many '-' (or '=') as it has characters. The heading names the lines
 * under it (バックアップ over "取得頻度: 6時間ごと"); its underline is no
 * value. */
static void test_setext_headings_name_their_lists(void **state) {
  (void)state;
  jn_record *rec = extract("セキュリティへの取り組み\n============\n\n"
                           "運営会社: 架空ノート株式会社\n\n"
                           "暗号化\n---\n\n"
                           "*   通信の暗号化: TLS1.2以上\n\n"
                           "バックアップ\n------\n\n"
                           "*   取得頻度: 6時間ごと\n"
                           "*   世代: 21世代(7日分)\n\n"
                           "お問い合わせ\n------\n\n"
                           "メール: help@note.example.com\n");
  assert_true(number_of(rec, "backup_interval", "h") == 6.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 21.0);
  jn_record_free(rec);
}

/* turndown of a two-column table (項目 | 仕様) without its GFM plugin: a
 * cell a paragraph, so label, value, label, value under the header's two
 * words; a value of two lines (<br>) is one cell. Each label keeps its own
 * value, in step to the table's end, though values read like labels. */
static void test_two_column_table_as_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("データセンター\n=======\n\n"
                           "建物・立地\n-----\n\n項目\n\n仕様\n\n"
                           "所在地\n\n日本国内(関東・関西の2拠点)\n\n"
                           "建物\n\nデータセンター専用建物\n\n"
                           "耐震性能\n\n震度6強相当\n\n"
                           "免震・制震\n\n免震構造(積層ゴム支承)\n\n"
                           "防災・防犯\n-----\n\n項目\n\n仕様\n\n"
                           "消火設備\n\nガス系消火設備(窒素ガス)\n\n"
                           "火災検知\n\n超高感度煙感知器\n\n"
                           "直撃雷対策\n\n有り(避雷針)\n\n"
                           "監視カメラ\n\n24時間録画、映像は60日間保存\n\n"
                           "回線\n\n複数キャリアによる冗長構成\n");
  const jn_field_result *f = jn_record_field(rec, "dc_dedicated");
  assert_non_null(f); /* 建物 | データセンター専用建物, no value of 所在地's */
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "seismic_isolation");
  assert_non_null(f);
  assert_true(jn_value_bool(f->value));
  assert_null(jn_record_field(rec, "offices_domestic")); /* 2拠点 is the data centre's */
  assert_true(number_of(rec, "cctv_retention", "d") == 60.0);
  jn_record_free(rec);
}

/* html2markdown under a header whose first cell spans the item's columns
 * (【審査対象項目】 over No., 大項目 and 小項目): the delimiter row has four
 * cells, an item's row five or six, and a question's <br> cuts the row.
 * The row is read whole when its marker stands as far right of the
 * header's as it has cells more. */
static void test_html2markdown_rows_under_spanning_header(void **state) {
  (void)state;
  jn_record *rec = extract("【審査対象項目】| 【記述内容】| 必須/  \n"
                           "選択| 情報開示内容  \n"
                           "---|---|---|---  \n"
                           "1| 開示情報の<br>時点| 開示情報の日付| 開示情報の年月日(西暦)| 必須| 2026年9月1日  \n"
                           "**事業所・事業**  \n"
                           "2| 事業所等の<br>概要| 事業者名| 事業者の正式名称(商号)| 必須| 架空ノート株式会社  \n"
                           "15| 上場の有無| 株式上場の有無と、  \n"
                           "「有り」の場合は市場名| 選択| 無し  \n"
                           "22| 情報セキュリティに関する責任者| 情報セキュリティに関する責任者の有無と、  \n"
                           "「有り」の場合は氏名・役職| 必須| 有り 情報システム部長 高橋 誠  \n"
                           "38| 解約時違約金支払いの有無| 解約時違約金(利用者側)の有無と、  \n"
                           "「有り」の場合はその額| 必須| 無し  \n");
  const jn_field_result *f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  assert_string_equal(string_of(rec, "security_officer"), "高橋 誠");
  f = jn_record_field(rec, "cancellation_penalty");
  assert_non_null(f);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A page of one-line paragraphs (turndown's FAQ) whose paragraph holds two
 * "label: value" lines parted by a hard break (サービス名:… <br> 運営会社:…):
 * two pairs, not one value of two lines. */
static void test_pairs_parted_by_hard_break(void **state) {
  (void)state;
  char text[8192] = "サービス名:架空ファイル便  \n運営会社:株式会社架空ノート工業\n\n";
  for (int i = 1; i <= 20; i++) {
    char qa[256];
    snprintf(qa, sizeof qa, "### Q%d. 質問%dはありますか?\n\nA. 回答%dです。\n\n", i, i, i);
    strcat(text, qa);
  }
  jn_record *rec = extract(text);
  assert_string_equal(string_of(rec, "service_name"), "架空ファイル便");
  assert_string_equal(string_of(rec, "company_name"), "株式会社架空ノート工業");
  jn_record_free(rec);
}

/* html2markdown of a page whose marker column comes first, its header cell
 * 必須/<br>選択 cut over two lines ("必須/" alone, then "選択| No| …",
 * which sheet_pipehead.c gives a leading pipe): one header row, the marker
 * column first, and the rows read under it. */
static void test_html2markdown_marker_first_header_cut(void **state) {
  (void)state;
  jn_record *rec = extract("必須/  \n"
                           "選択| No| 大項目| 小項目| 記述内容(開示項目)| 情報開示内容  \n"
                           "---|---|---|---|---|---  \n"
                           "事業所・事業  \n"
                           "必須| No.1| 開示情報の時点| 開示情報の日付| 開示情報の年月日(西暦)| 令和元年12月20日  \n"
                           "必須| No.2| 事業所等の概要| 事業者名| 事業者の正式名称(商号)| 架空ノート株式会社  \n"
                           "必須| No.3| 事業所等の概要| 設立年・事業年数| 事業者の設立年(西暦)| 1998年  \n"
                           "設立後の事業年数(1年に満たない場合は月数)| 21年  \n"
                           "選択| No.7| 役員| 役員数| 役員数| 5名  \n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2019-12-20");
  assert_string_equal(string_of(rec, "company_name"), "架空ノート株式会社");
  assert_true(number_of(rec, "years_in_business", "y") == 21.0);
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  jn_record_free(rec);
}

/* turndown of a company's figures over three years without its GFM
 * plugin: a cell a paragraph, the header a label and three periods, each
 * row a label and three figures, the unit on a line above. The latest
 * period's figures are the answers, as of that period. */
static void test_period_table_as_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("IR情報\n------\n\n(単位:百万円)\n\n決算期\n\n2024年3月期\n\n"
                           "2025年3月期\n\n2026年3月期\n\n売上高\n\n10,120\n\n11,045\n\n12,310\n\n"
                           "経常利益\n\n820\n\n905\n\n1,012\n\n"
                           "お問い合わせ\n------\n\nIR担当:経営企画部\n");
  const jn_field_result *f = jn_record_field(rec, "revenue");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_number(jn_value_member(f->value, "value")) == 12310000000.0);
  assert_string_equal(jn_value_string(jn_value_member(f->value, "as_of"), NULL), "2026-03");
  f = jn_record_field(rec, "ordinary_profit");
  assert_non_null(f);
  assert_true(jn_value_number(jn_value_member(f->value, "value")) == 1012000000.0);
  jn_record_free(rec);
}

/* A table printed without borders (elinks, w3m) with the 必須/選択 column
 * first: the marker, two wide characters, fills its column and leaves one
 * blank before the item number, in every row. The item column starts
 * there all the same (a narrow first column's end), and the rows are no
 * two-column table of labels and values (they hold more cells). */
static void test_borderless_marker_column_first(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   区分 項番 大項目         小項目       記述内容                   回答\n"
      "   必須 1    開示情報の時点 開示情報の日付 開示情報の年月日(西暦)     2025/4/1\n"
      "   必須 3    事業所等の概要 設立年月日   事業者の設立年月日(西暦)   2009年7月1日\n"
      "   選択 7    経営者         役員         役員数                     ６名\n"
      "   必須 8    従業員         従業員数     正社員数(単独ベース)       45名\n"
      "   必須 11   財務データ     資本金       事業者の資本金(単独ベース) 8,000万円\n"
      "   選択 12   財務データ     自己資本比率 事業者の自己資本の比率     55.0%\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-04-01");
  assert_string_equal(string_of(rec, "founded"), "2009-07-01");
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  assert_true(number_of(rec, "employee_count", "person") == 45.0);
  assert_true(number_of(rec, "capital", "JPY") == 80000000.0);
  assert_true(number_of(rec, "equity_ratio", "%") == 55.0);
  jn_record_free(rec);
}

/* A browser's copy of a table whose 項目 cell holds a <br>: the line break
 * cuts the row, its other cells on the next line ("メンテナンス等の一時的"
 * over "サービス停止時の事前告知 → …", neither half a label). The two lines
 * make the header's cells with the marker in its column: one row. */
static void test_copied_row_cut_by_cell_break(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t開示内容\t回答\t必須/選択\n"
                           "No.1\t開示情報の時点\n"
                           "開示情報の日付\t開示情報の年月日(西暦)\t2025年6月2日\t必須\n"
                           "No.90\tメンテナンス等の一時的\n"
                           "サービス停止時の事前告知\t利用者への告知時期\t10日前\t必須\n"
                           "告知方法\tメール\t必須\n"
                           "No.91\t障害・災害発生時の通知\t障害発生時の通知の有無\t有り\t必須\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-06-02");
  assert_true(number_of(rec, "maintenance_notice", "d") == 10.0);
  jn_record_free(rec);
}

/* The guideline's section title as a row of a copied table (a cell
 * spanning the columns, no tab) does not end the table: the rows under it
 * are still read in the header's columns. */
static void test_section_row_inside_copied_table(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t大項目\t開示内容\t回答\t必須/選択\n"
                           "No.1\t開示情報の時点\t開示情報の年月日(西暦)\t2025年6月2日\t必須\n"
                           "■ 人材\n"
                           "No.6\t経営者\t代表者氏名\t代表取締役 山田 一郎\t必須\n"
                           "役員数\t4名\t選択\n"
                           "No.8\t従業員\t正社員数(単独ベース)\t120名\t必須\n");
  assert_true(number_of(rec, "officer_count", "person") == 4.0);
  assert_true(number_of(rec, "employee_count", "person") == 120.0);
  jn_record_free(rec);
}

/* html2markdown (no outer pipes): rows under rowspans have fewer cells
 * than the table and follow each other; a list in an answer stands under
 * its row, a row the page's width wrapped goes on after "必須|", a row whose
 * cell spans two columns is cut at a <br>, and a section row stands between
 * rows. Each answer stays with its row. */
static void test_html2markdown_short_rows(void **state) {
  (void)state;
  jn_record *rec = extract(
      "項番| 大項目| 小項目| 記述内容| 必須/選択| 情報開示内容  \n"
      "---|---|---|---|---|---  \n"
      "15| 財務信頼性| 上場の有無| 株式上場の有無と、「有り」の場合は市場名| 選択|\n"
      "\n"
      "  * 有り\n"
      "  * 架空証券取引所 グロース市場\n"
      "\n"
      "  \n"
      "16| 財務監査・財務データの状況|\n"
      "該当する財務監査・財務データの状況を選択する。①会計監査人による会計監査、②その他|\n"
      "選択| ①会計監査人による会計監査  \n"
      "17| 決算公告| 決算公告の実施の有無| 選択| 有り  \n"
      "43-2| 利用額| 必須|\n"
      "\n"
      "  * 1ID 月額300円\n"
      "\n"
      "  \n"
      "43-3| 最低利用契約期間| 必須| 1ヶ月  \n"
      "44| 解約時違約金支払いの有無| 解約時違約金(利用者側)の有無| 必須| 無し  \n"
      "45| 利用者からの解約事前受付期限| 利用者からのサービス解約の受付期限の有無と、その期限| 必須|\n"
      "有り:60日前まで  \n"
      "サービス品質  \n"
      "46-1| サービス稼働設定値| サービス稼働率の目標値| 必須| 99.9%  \n"
      "92| 定期報告| 利用者への定期報告の有無| 必須| 無し  \n"
      "\n"
      "(注)「必須」は開示が必須の項目です。\n"
      "\n"
      "[個人情報保護方針](/privacy/) | [サイトポリシー](/policy/)\n");
  const jn_field_result *f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "financial_audit");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(number_of(rec, "min_contract_period", "mo") == 1.0);
  assert_true(number_of(rec, "cancellation_deadline", "d") == 60.0);
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  f = jn_record_field(rec, "periodic_report");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* An Excel export as CSV: column A an empty margin, in the header row too,
 * and rows under a rowspan with no marker of their own. The header's empty
 * column A is dropped with the rows' margin, so those rows' answers stay
 * in the answer's column. */
static void test_csv_margin_under_header(void **state) {
  (void)state;
  jn_record *rec = extract(",\"項番\",\"大項目\",,\"小項目\",\"【記述内容】\",,\"情報開示内容\",\"必須/選択\"\n"
                           ",3,,,\"設立年・事業年数\",\"事業者の設立年(西暦)\",,\"1995年\",\"必須\"\n"
                           ",,,,,\"設立後の事業年数(1年に満たない場合は月数)\",,\"31年\",\n"
                           ",6,\"経営者\",,\"代表者\",\"代表者氏名\",,\"代表取締役 田中 一郎\",\"必須\"\n"
                           ",,,,,\"代表者年齢\",,\"58歳\",\n"
                           ",7,,,\"役員\",\"役員数\",,\"5名\",\"必須\"\n");
  assert_true(number_of(rec, "years_in_business", "y") == 31.0);
  assert_true(number_of(rec, "representative_age", "y") == 58.0);
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  jn_record_free(rec);
}

/* lynx flattens a table whose marker column comes first into lines of
 * words ("選択 40 サービス品質 …"), and a row under a rowspan into its
 * question and answer alone ("サービス停止の事故歴 なし"). A line led by a
 * marker and an item number is the next row, not the answer of the line
 * above led by its marker (a browser's copy). */
static void test_flattened_marker_first_rows(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   必須/選択 項番 大項目 小項目 記述内容 回答\n"
      "   必須 38 サービス品質 サービス提供時間 サービスの提供時間帯 24時間365日\n"
      "   必須 39 サービス品質 サービス稼働設定値 サービス稼働率の目標値 99.9%\n"
      "   サービス停止の事故歴 なし\n"
      "   選択 40 サービス品質 サービスパフォーマンスの管理 サービス応答速度の低下等の検知方法 "
      "有り(レスポンス監視)\n"
      "   選択 49 サービス利用量 利用者数 申請したサービスの利用者数 約3,000ID\n");
  assert_true(number_of(rec, "outage_count", "case") == 0.0);
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  assert_true(number_of(rec, "user_count", "person") == 3000.0);
  jn_record_free(rec);
}

/* A print read in drawing order (pdftotext -raw): narrow columns break
 * the header's marker word a character or two a line (… 記述内容 必 / 須/
 * / 選 / 択), an item's number shares its line with the first line of the
 * next cell ("(9) 財務デ"), and a cell's lines follow each other. The
 * header word joined and the number on a line of its own, the rows read
 * as items: the marker before the answer. */
static void test_print_in_drawing_order(void **state) {
  (void)state;
  jn_record *rec = extract("申請内容\n項\n番\n大項目 小項目 記述内容 必\n須/\n選\n択\n申請内容\n"
                           "(7) 経営者 役員 役員数 選\n択\n5名\n"
                           "(8) 従業員 従業員数 正社員数(単独ベース) 選\n択\n約120名(2026年4月1日時点)\n"
                           "財務状況\n(9) 財務デ\nータ\n売上高 事業者全体の売上高\n(単独ベース)(単位:円)\n"
                           "必\n須\n1,234,567(千円)[2026年3月期]\n"
                           "(10) 財務デ\nータ\n経常利益 事業者全体の経常利益額\n(単独ベース)(単位:円)\n"
                           "選\n択\n85百万円\n"
                           "(11) 財務デ\nータ\n資本金 事業者全体の資本金\n(単独ベース)(単位:円)\n"
                           "必\n須\n3億2千万円\n");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "revenue", "JPY") == 1234567000.0);
  assert_true(number_of(rec, "ordinary_profit", "JPY") == 85000000.0);
  assert_true(number_of(rec, "capital", "JPY") == 320000000.0);
  jn_record_free(rec);
}

/* A label and value line beside a line with an item's number before its
 * words ("(7) 役員 役員数 選"): the pair's offsets are into the line
 * without that prefix, as its value is cut from it (it read past the
 * line's end). */
static void test_pair_beside_prefixed_line(void **state) {
  (void)state;
  jn_record *rec = extract("代表取締役 田中 一郎\n(7) 役員 役員数 選\n");
  assert_string_equal(string_of(rec, "representative_name"), "田中 一郎");
  jn_record_free(rec);
}

/* A heading, then a paragraph that opens with the heading's word and a
 * colon: the paragraph is a pair of its own, its value without the label
 * (運営会社 / 運営会社:架空…). "サービス開始:" names the service's start. */
static void test_pair_under_its_own_heading(void **state) {
  (void)state;
  jn_record *rec = extract("運営会社\n\n運営会社:架空テスト株式会社(〒100-5555 東京都架空区1-1)\n\n"
                           "沿革\n\nサービス開始: 2019年10月。2023年4月に全面リニューアルしました。\n");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "service_start"), "2019-10");
  jn_record_free(rec);
}

/* A の may join a katakana and a kanji word that a wording writes
 * together: "バックアップの確認" is the wording バックアップ確認, and its
 * value (毎日) the check's interval, not the backup's. */
static void test_no_between_katakana_and_kanji(void **state) {
  (void)state;
  jn_record *rec = extract("■バックアップ\n\n* 保存世代: 7世代\n"
                           "* バックアップの確認: 取得結果を毎日自動で確認\n");
  assert_true(number_of(rec, "backup_check_interval", "d") == 1.0);
  assert_null(jn_record_field(rec, "backup_interval"));
  jn_record_free(rec);
}

/* html2markdown with a 備考 column after the answer: a list in the answer
 * ends the row's line, and the row's rest ("| 備考の文") stands under the
 * list, above the next row, which is one under a rowspan (fewer cells).
 * The list is still the row's answer. */
static void test_html2markdown_row_rest_after_list(void **state) {
  (void)state;
  jn_record *rec = extract(
      "項番| 大項目| 小項目| 記述内容| 必須/選択| 情報開示内容| 備考  \n"
      "---|---|---|---|---|---|---  \n"
      "47| サービス品質| サービスパフォーマンスの管理| 応答速度の低下の検知の有無| 必須| 有り|  \n"
      "48| サービス品質| 認証取得・監査実施| プライバシーマーク、ISMS等の認証取得の有無と、その名称| 選択| \n"
      "\n"
      "  * ISO/IEC 27001\n"
      "  * ISO/IEC 27017\n"
      "\n"
      "| 認証範囲は本サービスを含む  \n"
      "49| サービス品質| 脆弱性診断| 脆弱性診断の有無| 選択| 有り(年2回)  \n"
      "50-1| サービス品質| バックアップ対策| 利用者データのバックアップ実施インターバル| 必須| 6時間毎| 東西2拠点  \n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(number_of(rec, "backup_interval", "h") == 6.0);
  jn_record_free(rec);
}

/* The top of a print read in drawing order with the marker after the
 * answer (corpus/heldout69, spent: d05, its lines 18-50). */
static const char print_marker_after_answer[] =
      "項\n"
      "番\n"
      "大項目 小項目 記述内容 情報開示内容 必\n"
      "須/\n"
      "選\n"
      "択\n"
      "1 開示情報\n"
      "の時点\n"
      "開示情報の日\n"
      "付\n"
      "開示情報の年月日(西暦) 2026年9月30日 必\n"
      "須\n"
      "事業所・事業\n"
      "2 事業所等\n"
      "の概要\n"
      "事業者名 事業者の正式名称(商号) 株式会社架空ヘルスケアテック 必\n"
      "須\n"
      "法人番号 4021001555902 必\n"
      "須\n"
      "3 設立年月日 事業者の設立年月日(西暦) 2019年(令和元年)11月11日 必\n"
      "須\n"
      "4 事業所 事業者の本店所在地 神奈川県架空沢市緑が丘4-15-7架空緑が丘ビ\n"
      "ル5階(〒252-0555)\n"
      "必\n"
      "須\n"
      "事業者ホームページ https://healthcare-tech.example.com/ 必\n"
      "須\n"
      "5 事業の概\n"
      "要\n"
      "主な事業の概\n"
      "要\n"
      "事業者の主な事業の概要 ソフトウェア開発、クラウドサービスの提\n"
      "供、システムインテグレーション\n"
      "\n";

/* The same print with the marker after the answer: the answer shares the
 * question's baseline ("事業者の設立年月日(西暦) 2019年(令和元年)11月11日
 * 必" / "須"), so the row's cell before the marker holds the question, a
 * space and the value, split where the catalogue's question ends. */
static void test_print_marker_after_answer(void **state) {
  (void)state;
  jn_record *rec = extract(print_marker_after_answer);
  assert_string_equal(string_of(rec, "founded"), "2019-11-11");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "神奈川県");
  jn_record_free(rec);
}

/* lynx flattens a row whose answer cell holds a list: the row's line ends
 * with its marker, the list's items follow it, bulleted. They are the
 * row's answer, every item. */
static void test_flattened_row_with_bulleted_answer(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   17 財務信頼性 決算公告 決算公告の実施の有無 選択 有り\n"
      "   18 資本関係 株主構成 大株主の名称(上位5株主程度)、及び各々の株式保有比率 選択\n"
      "     * 架空運輸株式会社 32.5%\n"
      "     * 架空生命保険相互会社 5.1%\n"
      "\n"
      "   19 取引関係 大口取引先 大口取引先の名称 選択 官公庁\n"
      "   20 取引関係 主要取引金融機関 主要取引金融機関の名称 選択 架空銀行\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
}

/* A table of five columns written a cell a paragraph (turndown without
 * its GFM plugin): a header of attribute words, then a row per thing. The
 * width is the least that gives rows holding figures under a header with
 * none; the first row's figures are read under their column's word. */
static void test_wide_table_as_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("バックアップ\n------\n\n以下のとおりバックアップを取得しています。\n\n"
                           "対象\n\n頻度\n\n世代\n\n保管期間\n\n保管場所\n\n"
                           "利用者データ\n\n毎日1回(午前2時)\n\n10世代\n\n10日間\n\n東京・大阪の2拠点\n\n"
                           "システム設定\n\n設定変更時\n\n3世代\n\n—\n\n東京\n\n"
                           "取得結果は毎日確認しています。\n");
  assert_true(number_of(rec, "backup_generations", "generation") == 10.0);
  assert_true(number_of(rec, "backup_retention", "d") == 10.0);
  jn_record_free(rec);
}

/* A print through pdftotext -layout, landscape (corpus/heldout70, spent,
 * its first page's top): rows under rowspans hold one cell left of a wide
 * gap, then 必須/選択 and the answer on every line. That gap is the form's
 * marker column, not the gutter of a page set in two columns of text. */
static void test_marker_column_is_no_gutter(void **state) {
  (void)state;
  jn_record *rec = extract(
      "一般社団法人 架空クラウド適合審査協会\n"
      "ASP・SaaS 安全・信頼性情報開示 認定サイト\n"
      "     ホーム\n"
      "     認定制度について\n"
      "     認定サービス一覧\n"
      "     申請の手引き\n"
      "     よくある質問\n"
      "     お問い合わせ\n"
      "ホーム > 認定サービス一覧 > 架空らくらく予約\n"
      "認定サービスの申請内容\n"
      " 認定番号 0705-1911\n"
      "サービス名称 架空らくらく予約\n"
      "サービス概要 飲食店・サロン向けのオンライン予約受付サービス\n"
      " 事業者名称 架空リザーブテック株式会社\n"
      " 認定年月日 2026.01.09\n"
      "サービスサイト https://yoyaku.example.or.jp/\n"
      "項    大項目        小項目                       記述内容    必            情報開示内容        備考\n"
      "番                                                須/\n"
      "                                                 選択\n"
      "1 開示情報の時点 開示情報の日付       開示情報の年月日(西暦)             必須 2025.12.20\n"
      "事業所・事業\n"
      "2 事業所等の概要 事業者名          事業者の正式名称(商号)             必須 架空リザーブテック株式会社\n"
      "3 事業所等の概要 設立年・事業年数      事業者の設立年(西暦)              必須 昭和62年\n"
      "                        設立後の事業年数(1年に満たない場合は月数)   必須 38年\n"
      "4 事業所等の概要 事業所           事業者の本店住所・郵便番号            必須 北海道架空別市北一条西4-2-1(〒060-\n"
      "                                                    5555)\n"
      "           事業所数(国内、国 事業所数(国内、国外)                 必須 国内6、国外0\n"
      "           外)\n"
      "           主な事業所の所在地 主な事業所の所在地                   必須 本社のほか、国内の営業所・開発拠点\n"
      "5 事業の概要    主な事業の概要    事業者の主要な事業の概要(ASP・SaaS以外も含む)            必須 クラウドサービスの企画・開発・運\n"
      "                                                                用、システムインテグレーション\n"
      "人材\n"
      "6 経営者      代表者        代表者氏名                                  必須 代表取締役 斎藤 健\n"
      "                      代表者写真                                  必須 当社ウェブサイトに掲載\n"
      "                      代表者年齢                                  必須 記述無し(*)\n"
      "                      代表者経歴(学歴、業務履歴、資格等)                     必須 大学卒業後、情報システム会社にて開\n"
      "                                                                発・営業を経て現職\n"
      "7 役員       役員数       役員数                                     必須 記述有り(*)\n"
      "           役員氏名及び役職名 役員氏名及び役職名                               選択 代表取締役、取締役(4名)、監査役(1名)\n"
      "8 従業員      従業員数      正社員数(単独ベース)                             必須 412名(2025年9月30日時点)\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2025-12-20");
  assert_string_equal(string_of(rec, "founded"), "1987");
  jn_record_free(rec);
}

/* "建物: データセンター専用建物": a pair whose label names no field reads
 * as a sentence too, which names the field (データセンター専用…), as a
 * table's pair does. */
static void test_unnamed_label_pair_as_sentence(void **state) {
  (void)state;
  jn_record *rec = extract("■データセンター\n\n* 所在地: 日本国内\n"
                           "* 建物: データセンター専用建物\n* 消火: ガス系消火設備\n");
  const jn_field_result *f = jn_record_field(rec, "dc_dedicated");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  f = jn_record_field(rec, "gas_fire_suppression");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* The same with a price table: the least width whose rows each start with
 * a thing's name (a plan) and go on with figures, not a narrower one that
 * would cut a plan's prices across two rows. */
static void test_price_table_as_paragraphs(void **state) {
  (void)state;
  jn_record *rec = extract("料金\n--\n\nプラン\n\n初期費用\n\n月額利用料\n\nユーザー数\n\n"
                           "スタンダード\n\n100,000円\n\n30,000円\n\n10ユーザーまで\n\n"
                           "プロ\n\n150,000円\n\n50,000円\n\n30ユーザーまで\n\n"
                           "※価格はすべて税別です。\n");
  assert_true(number_of(rec, "initial_fee", "JPY") == 100000.0);
  jn_record_free(rec);
}

/* The same print (corpus/heldout69, spent): the item read from the text
 * holds the answer its question's line shares (2026年9月30日), while the
 * anchors read the marker alone after that line as a marker-led answer
 * with nothing in it. A blank marker-led answer yields to the item's. */
static void test_blank_marker_pair_yields_to_item(void **state) {
  (void)state;
  jn_record *rec = extract(print_marker_after_answer);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-09-30");
  jn_record_free(rec);
}

/* The marker column first, and the items numbered 2-1, 2-2: a row under
 * its marker's rowspan leaves the marker out but keeps its id, and starts
 * there (2-2 comes next after 2-1) with its id in the id's column; a bold
 * section row (**人材**, turndown's <b>) is no answer; a list in a cell
 * (turndown's "*   " bullets, one paragraph) is one answer, its items
 * each a shareholder. */
static void test_paragraph_a_cell_marker_first_ids(void **state) {
  (void)state;
  const char *in = ("必須/選択\n\n項番\n\n大項目\n\n小項目\n\n記述内容\n\n回答\n\n"
                    "必須\n\n1-1\n\n開示情報の時点\n\n開示情報の日付\n\n"
                    "開示情報の年月日(西暦)\n\n2026/8/20\n\n**事業所・事業**\n\n"
                    "必須\n\n2-1\n\n事業所等の概要\n\n事業者名\n\n事業者の正式名称(商号)\n\n"
                    "架空テスト株式会社\n\n"
                    "2-2\n\n法人番号\n\n7370555024680\n\n"
                    "必須\n\n4-1\n\n事業所\n\n事業者の本店所在地\n\n"
                    "静岡県架空市本町1-2-3\n\n"
                    "4-2\n\n事業者ホームページ\n\nhttps://www.example.jp/\n\n**人材**\n\n"
                    "選択\n\n8-1\n\n従業員\n\n従業員数\n\n正社員数(単独ベース)\n\n412名\n\n"
                    "選択\n\n18-1\n\n資本関係\n\n株主構成\n\n"
                    "大株主の名称(上位5株主程度)、及び各々の株式保有比率\n\n"
                    "*   架空ホールディングス株式会社 40.1%\n"
                    "*   架空信託銀行株式会社(信託口) 9.8%\n\n"
                    "選択\n\n19-1\n\n所属団体\n\n所属団体\n\n"
                    "所属している業界団体、経済団体等の名称\n\n無し\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-08-20");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "corporate_number"), "7370555024680");
  assert_string_equal(string_of(rec, "head_office_prefecture"), "静岡県");
  assert_true(number_of(rec, "employee_count", "person") == 412);
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->answer, "7370555024680");
  r = row_asking(sh, "開示情報の年月日(西暦)");
  assert_non_null(r);
  assert_string_equal(r->answer, "2026/8/20"); /* not with 事業所・事業 */
  jn_sheet_free(sh);
}

/* The item's id first and its rows under the id's and labels' rowspans:
 * each row after the first comes as a question and its answer, and is a
 * row of its own, not text run on into the first row's answer. */
static void test_paragraph_a_cell_sub_rows(void **state) {
  (void)state;
  const char *in = ("項番\n\n大項目\n\n小項目\n\n記述内容\n\n必須/選択\n\n申請内容\n\n"
                    "1\n\n開示情報の時点\n\n開示情報の日付\n\n開示情報の年月日(西暦)\n\n"
                    "必須\n\n2026年9月2日\n\n"
                    "3\n\n事業所等の概要\n\n設立年・事業年数\n\n事業者の設立年(西暦)\n\n"
                    "必須\n\n1998年\n\n設立後の事業年数(1年に満たない場合は月数)\n\n26年\n\n"
                    "6\n\n経営者\n\n代表者\n\n代表者氏名\n\n必須\n\n代表取締役 森川 健一\n\n"
                    "代表者年齢\n\n57歳\n\n"
                    "8\n\n従業員\n\n従業員数\n\n正社員数(単独ベース)\n\n選択\n\n214名\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "founded"), "1998");
  assert_true(number_of(rec, "years_in_business", "y") == 26);
  assert_true(number_of(rec, "representative_age", "y") == 57);
  assert_true(number_of(rec, "employee_count", "person") == 214);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の設立年(西暦)");
  assert_non_null(r);
  assert_string_equal(r->answer, "1998年");
  r = row_asking(sh, "代表者年齢");
  assert_non_null(r);
  assert_string_equal(r->answer, "57歳");
  jn_sheet_free(sh);
}

/* A browser's copy of a table whose first header cell holds a <br>
 * (必須/<br>選択, the marker column first): the line "必須/" stands alone
 * over the header's other cells, and joins them, so the marker column is
 * the marker's and the rows read under their header. */
static void test_cut_first_header_cell(void **state) {
  (void)state;
  const char *in = ("申請内容\n必須/\n選択\t項番\t大項目\t小項目\t記述内容\t情報開示内容\t備考\n"
                    "必須\t1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t2026年10月1日\t\n"
                    "事業所・事業\n"
                    "必須\t2\t事業所等の概要\t事業者名\t事業者の正式名称(商号)\t架空テスト株式会社\t\n"
                    "法人番号\t2011001055501\t\n"
                    "必須\t8\t従業員\t従業員数\t正社員数(単独ベース)\t214名\t\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-10-01");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "corporate_number"), "2011001055501");
  assert_true(number_of(rec, "employee_count", "person") == 214);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "正社員数(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "214名");
  assert_string_equal(r->required, "必須");
  jn_sheet_free(sh);
}

/* The marker's column after the answer's, a paragraph a cell: an item's
 * sub-rows come after its first row as a question and its answer (the
 * marker spans them) or each with its own marker at its end (and its own
 * 小項目 before the question); a bold line after a whole row is a section
 * row, whatever its title. */
static void test_paragraph_a_cell_marker_after_answer(void **state) {
  (void)state;
  const char *in = ("No\n\n大項目\n\n小項目\n\n記述内容\n\n情報開示内容\n\n必須/選択\n\n"
                    "1\n\n開示情報の時点\n\n開示情報の日付\n\n開示情報の年月日(西暦)\n\n"
                    "2024/9/2\n\n必須\n\n**事業所・事業**\n\n"
                    "3\n\n事業所等の概要\n\n設立年・事業年数\n\n事業者の設立年(西暦)\n\n"
                    "1987年\n\n必須\n\n設立後の事業年数(1年に満たない場合は月数)\n\n37年\n\n"
                    "4\n\n事業所等の概要\n\n事業者名\n\n事業者の正式名称(商号)\n\n"
                    "架空テスト株式会社\n\n必須\n\n事業者名\n\n法人番号\n\n4120005550123\n\n必須\n\n"
                    "**運用の体制**\n\n"
                    "8\n\n従業員\n\n従業員数\n\n正社員数(単独ベース)\n\n214名\n\n選択\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-09-02");
  assert_string_equal(string_of(rec, "founded"), "1987");
  assert_true(number_of(rec, "years_in_business", "y") == 37);
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "corporate_number"), "4120005550123");
  assert_true(number_of(rec, "employee_count", "person") == 214);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->answer, "4120005550123");
  assert_string_equal(r->required, "必須");
  r = row_asking(sh, "設立後の事業年数(1年に満たない場合は月数)");
  assert_non_null(r);
  assert_string_equal(r->answer, "37年");
  r = row_asking(sh, "事業者の正式名称(商号)");
  assert_non_null(r);
  assert_string_equal(r->answer, "架空テスト株式会社");
  jn_sheet_free(sh);
}

/* A table without borders as w3m prints it: each cell centred in its
 * row, the item number (one line) on the row's middle line and a cell of
 * several lines starting above it; the marker's column stacks 必 over 須;
 * an item's second question (法人番号) stands in its band under the
 * rowspans of its number, labels and marker. Each cell goes to the row
 * whose band it lies in, each question's answer beside it. */
static void test_centred_rows(void **state) {
  (void)state;
  const char *in =
      "                                   必\n"
      "      大項                         須\n"
      "項番  目   小項目   記述内容       /  回答\n"
      "                                   選\n"
      "                                   択\n"
      "      開示\n"
      "1     情報 開示情報 開示情報の年月 必 2026年7月1日\n"
      "      の時 の日付   日(西暦)       須\n"
      "      点\n"
      "      事業          事業者の正式名    架空テスト株式会社\n"
      "2     所等 事業者名 称(商号)       必\n"
      "      の概          法人番号       須 4120005550123\n"
      "      要\n"
      "3     従業 従業員数 正社員数(単独  選 214名(2026年3月末現\n"
      "      員            ベース)        択 在)\n"
      "      財務          事業者の資本金 必\n"
      "4     デー 資本金   (単独ベース)   須 1億2,000万円\n"
      "      タ\n"
      "      サー\n"
      "      ビス サービス サービス稼働率 必\n"
      "5     稼働 稼働率   の実績値       須 99.95%(2025年度)\n"
      "      設定\n"
      "      値\n"
      "      バッ 世代バッ 世代バックアッ 必\n"
      "6     クア クアップ プ(何世代前ま  須 14世代\n"
      "      ップ          でかを記述)\n";
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-07-01");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "corporate_number"), "4120005550123");
  assert_true(number_of(rec, "employee_count", "person") == 214);
  assert_true(number_of(rec, "capital", "JPY") == 120000000.0);
  assert_true(number_of(rec, "backup_generations", "generation") == 14);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "1億2,000万円");
  r = row_asking(sh, "世代バックアップ(何世代前までかを記述)");
  assert_non_null(r);
  assert_string_equal(r->answer, "14世代");
  r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_string_equal(r->answer, "4120005550123");
  jn_sheet_free(sh);
}

/* The marker column first and a 備考 column after the answer's, a
 * paragraph a cell (nothing for an empty 備考): a row that leaves out its
 * labels (rowspans) lines up against the answer's column, not the last;
 * an item's later questions come as question/answer pairs. */
static void test_paragraph_a_cell_marker_first_remark(void **state) {
  (void)state;
  const char *in = ("区分\n\n項番\n\n大項目\n\n小項目\n\n記述内容\n\n申請内容\n\n備考\n\n"
                    "必須\n\n1\n\n開示情報の時点\n\n開示情報の日付\n\n"
                    "開示情報の年月日(西暦)\n\n2024年10月1日\n\n"
                    "必須\n\n2\n\n事業所等の概要\n\n事業者名\n\n事業者の正式名称(商号)\n\n"
                    "架空テスト株式会社\n\n"
                    "必須\n\n3\n\n設立年・事業年数\n\n事業者の設立年(西暦)\n\n1998年\n\n"
                    "設立後の事業年数(1年に満たない場合は月数)\n\n26年\n\n"
                    "選択\n\n7\n\n役員数\n\n5名\n\n"
                    "必須\n\n11\n\n資本金\n\n事業者の資本金(単独ベース)\n\n9,800万円\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-10-01");
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_string_equal(string_of(rec, "founded"), "1998");
  assert_true(number_of(rec, "years_in_business", "y") == 26);
  assert_true(number_of(rec, "officer_count", "person") == 5);
  assert_true(number_of(rec, "capital", "JPY") == 98000000.0);
  jn_record_free(rec);
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "9,800万円");
  jn_sheet_free(sh);
}

/* lynx writes a table's cells on one line apart by a blank: with the
 * marker column first each row is its marker, its id in brackets, its
 * labels, its question and its answer; a row under the id's rowspan
 * leaves the id out. Each line is a flattened row, not an answer to the
 * line before. */
static void test_flattened_rows_bracketed_ids(void **state) {
  (void)state;
  const char *in = ("必須/\n選択 No 大項目 小項目 【記述内容】 情報開示内容\n"
                    "必須 (1) 開示情報の時点 開示情報の日付 開示情報の年月日(西暦) 令和8年8月1日\n"
                    "必須 (2) 事業所等の概要 事業者名 事業者の正式名称(商号) 株式会社架空テスト\n"
                    "必須 法人番号 4120001555019\n"
                    "選択 (7) 役員 役員数 6名\n"
                    "選択 (8) 従業員 従業員数 正社員数(単独ベース) 87名(2026年6月1日時点)\n"
                    "必須 (11) 資本金 事業者の資本金(単独ベース) 5千万円\n");
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-08-01");
  assert_string_equal(string_of(rec, "company_name"), "株式会社架空テスト");
  assert_true(number_of(rec, "officer_count", "person") == 6);
  assert_true(number_of(rec, "employee_count", "person") == 87);
  assert_true(number_of(rec, "capital", "JPY") == 50000000.0);
  jn_record_free(rec);
}

/* A table without borders, the marker column first (w3m): each row's
 * marker stacks 必 over 須 left of its item number; the header's marker
 * word stands 必 / 須/ / 選 / 択 over four lines; a question's note after
 * a <br> ((1年に満たない場合は月数)) is the question's, not a row of its
 * own; a section row (人材) is no marker. */
static void test_centred_rows_marker_first(void **state) {
  (void)state;
  const char *in =
      "必\n"
      "須/  No    大項目     小項目       記述内容                   情報開示内容\n"
      "選\n"
      "択\n"
      "必  No.1  開示情報の 開示情報の日 開示情報の年月日(西暦)     2025/11/5\n"
      "須        時点       付\n"
      "必  No.2  事業所等の 事業者名     事業者の正式名称(商号)     株式会社架空テスト\n"
      "須        概要\n"
      "必  No.3             設立年・事業 事業者の設立年(西暦)       昭和62年\n"
      "須                   年数\n"
      "必                                設立後の事業年数           38年\n"
      "須                                (1年に満たない場合は月数)\n"
      "人材\n"
      "選  No.7  役員       役員数       役員数                     5名\n"
      "択\n"
      "選  No.8  従業員     従業員数     正社員数(単独ベース)       214名\n"
      "択\n"
      "必  No.11 財務データ 資本金       事業者の資本金(単独ベース) 9,800万円\n"
      "須\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "設立後の事業年数 (1年に満たない場合は月数)");
  assert_non_null(r);
  assert_string_equal(r->answer, "38年");
  r = row_asking(sh, "正社員数(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "214名");
  assert_string_equal(r->required, "選択");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "years_in_business", "y") == 38);
  assert_true(number_of(rec, "capital", "JPY") == 98000000.0);
  jn_record_free(rec);
}

/* w3m parts a borderless table's rows by blank lines, the header's from
 * the first row's too: the header is the block above that blank line
 * when the lines over the first row name no columns. */
static void test_centred_rows_parted_header(void **state) {
  (void)state;
  const char *in =
      "申請内容\n"
      "\n"
      "                                   必\n"
      "      大項                         須\n"
      "項番  目   小項目   記述内容       /  回答\n"
      "                                   選\n"
      "                                   択\n"
      "\n"
      "      開示\n"
      "1     情報 開示情報 開示情報の年月 必 2026年7月1日\n"
      "      の時 の日付   日(西暦)       須\n"
      "      点\n"
      "\n"
      "      事業          事業者の正式名    架空テスト株式会社\n"
      "2     所等 事業者名 称(商号)       必\n"
      "      の概          法人番号       須 4120005550123\n"
      "      要\n"
      "\n"
      "3     従業 従業員数 正社員数(単独  選 214名(2026年3月末現\n"
      "      員            ベース)        択 在)\n"
      "\n"
      "      財務          事業者の資本金 必\n"
      "4     デー 資本金   (単独ベース)   須 1億2,000万円\n"
      "      タ\n"
      "\n"
      "      サー\n"
      "      ビス サービス サービス稼働率 必\n"
      "5     稼働 稼働率   の実績値       須 99.95%(2025年度)\n"
      "      設定\n"
      "      値\n"
      "\n"
      "      バッ 世代バッ 世代バックアッ 必\n"
      "6     クア クアップ プ(何世代前ま  須 14世代\n"
      "      ップ          でかを記述)\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "1億2,000万円");
  assert_string_equal(r->required, "必須");
  r = row_asking(sh, "開示情報の年月日(西暦)");
  assert_non_null(r);
  assert_string_equal(r->answer, "2026年7月1日");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "company_name"), "架空テスト株式会社");
  assert_true(number_of(rec, "backup_generations", "generation") == 14);
  jn_record_free(rec);
}

/* Section rows that name no guideline title (■開示情報の時点, a heading
 * row of the page's own) between a borderless table's rows stay section
 * rows: the table reads on under them. */
static void test_centred_rows_section_marks(void **state) {
  (void)state;
  const char *in =
      "必\n"
      "須/  No    大項目     小項目       記述内容                   情報開示内容\n"
      "選\n"
      "択\n"
      "■開示情報の時点\n"
      "必  No.1  開示情報の 開示情報の日 開示情報の年月日(西暦)     2025/11/5\n"
      "須        時点       付\n"
      "■事業所・事業\n"
      "必  No.2  事業所等の 事業者名     事業者の正式名称(商号)     株式会社架空テスト\n"
      "須        概要\n"
      "必  No.3             設立年・事業 事業者の設立年(西暦)       昭和62年\n"
      "須                   年数\n"
      "必                                設立後の事業年数           38年\n"
      "須                                (1年に満たない場合は月数)\n"
      "■人材\n"
      "選  No.7  役員       役員数       役員数                     5名\n"
      "択\n"
      "選  No.8  従業員     従業員数     正社員数(単独ベース)       214名\n"
      "択\n"
      "■開示情報の時点\n"
      "必  No.11 財務データ 資本金       事業者の資本金(単独ベース) 9,800万円\n"
      "須\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "開示情報の年月日(西暦)");
  assert_non_null(r);
  assert_string_equal(r->answer, "2025/11/5");
  assert_non_null(r->required);
  assert_string_equal(r->required, "必須");
  r = row_asking(sh, "正社員数(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "214名");
  jn_sheet_free(sh);
}

/* A section row w3m centres across a borderless table's columns
 * (財務状況, one of the guideline's section titles) stands in the
 * question's column but is no cell of it: the next row keeps its own
 * question. */
static void test_centred_rows_centred_section(void **state) {
  (void)state;
  const char *in =
      "                                   必\n"
      "      大項                         須\n"
      "項番  目   小項目   記述内容       /  回答\n"
      "                                   選\n"
      "                                   択\n"
      "      開示\n"
      "1     情報 開示情報 開示情報の年月 必 2026年7月1日\n"
      "      の時 の日付   日(西暦)       須\n"
      "      点\n"
      "      事業          事業者の正式名    架空テスト株式会社\n"
      "2     所等 事業者名 称(商号)       必\n"
      "      の概          法人番号       須 4120005550123\n"
      "      要\n"
      "3     従業 従業員数 正社員数(単独  選 214名(2026年3月末現\n"
      "      員            ベース)        択 在)\n"
      "                        財務状況\n"
      "      財務          事業者の資本金 必\n"
      "4     デー 資本金   (単独ベース)   須 1億2,000万円\n"
      "      タ\n"
      "      サー\n"
      "      ビス サービス サービス稼働率 必\n"
      "5     稼働 稼働率   の実績値       須 99.95%(2025年度)\n"
      "      設定\n"
      "      値\n"
      "      バッ 世代バッ 世代バックアッ 必\n"
      "6     クア クアップ プ(何世代前ま  須 14世代\n"
      "      ップ          でかを記述)\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "1億2,000万円");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_true(number_of(rec, "capital", "JPY") == 120000000.0);
  jn_record_free(rec);
}

/* The same section title in its brackets (【財務状況】), as a page sets
 * its section rows, is a section row too. */
static void test_centred_rows_bracketed_section(void **state) {
  (void)state;
  const char *in =
      "                                   必\n"
      "      大項                         須\n"
      "項番  目   小項目   記述内容       /  回答\n"
      "                                   選\n"
      "                                   択\n"
      "      開示\n"
      "1     情報 開示情報 開示情報の年月 必 2026年7月1日\n"
      "      の時 の日付   日(西暦)       須\n"
      "      点\n"
      "      事業          事業者の正式名    架空テスト株式会社\n"
      "2     所等 事業者名 称(商号)       必\n"
      "      の概          法人番号       須 4120005550123\n"
      "      要\n"
      "3     従業 従業員数 正社員数(単独  選 214名(2026年3月末現\n"
      "      員            ベース)        択 在)\n"
      "                      【財務状況】\n"
      "      財務          事業者の資本金 必\n"
      "4     デー 資本金   (単独ベース)   須 1億2,000万円\n"
      "      タ\n"
      "      サー\n"
      "      ビス サービス サービス稼働率 必\n"
      "5     稼働 稼働率   の実績値       須 99.95%(2025年度)\n"
      "      設定\n"
      "      値\n"
      "      バッ 世代バッ 世代バックアッ 必\n"
      "6     クア クアップ プ(何世代前ま  須 14世代\n"
      "      ップ          でかを記述)\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の資本金(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "1億2,000万円");
  jn_sheet_free(sh);
}

/* html2markdown's table (no outer pipes, rows ending in hard breaks) with
 * a row under a rowspan whose question a <br> cut after a comma: the row's
 * first line has no pipe and goes on with the next line's first cell, and
 * the table goes on under it. */
static void test_pipe_row_first_cell_cut(void **state) {
  (void)state;
  jn_record *rec = extract("項番| 大項目| 小項目| 記述内容| 必須/選択| 情報開示内容  \n"
                           "---|---|---|---|---|---  \n"
                           "2| 事業所等の概要| 事業者名| 事業者の正式名称(商号)| 必須| 架空カルテ株式会社  \n"
                           "63| 暗号化対策| 暗号化措置| 暗号化措置(データベース)への対応の有無と、  \n"
                           "「有り」の場合はその概要| 必須| 有り(透過的データ暗号化)  \n"
                           "暗号化措置(ネットワーク)への対応の有無と、  \n"
                           "「有り」の場合はその概要| TLS 1.3  \n"
                           "ハウジング  \n"
                           "80| 非常用電源設備| 非常用電源| 非常用電源(自家用発電機)の有無と、  \n"
                           "「有り」の場合は連続稼働時間| 必須| 有り: 連続運転36時間  \n");
  assert_string_equal(string_of(rec, "company_name"), "架空カルテ株式会社");
  assert_string_equal(string_of(rec, "tls_version"), "TLS1.3");
  assert_true(number_of(rec, "generator_runtime", "h") == 36.0);
  jn_record_free(rec);
}

/* Yes/no answers by what they describe (dict/bool_words.tsv): a building
 * that is no data centre's, a word turned over by the negation after it
 * (データセンター専用建物ではない), gas said to be absent or only water
 * answer no; gas with sprinklers beside it answers yes. */
static int bool_of(const char *tsv, const char *id) {
  jn_record *rec = extract(tsv);
  const jn_field_result *f = jn_record_field(rec, id);
  assert_true(f && f->status == JN_STATUS_VALUE);
  int v = jn_value_bool(f->value);
  jn_record_free(rec);
  return v;
}

static void test_bool_words_described(void **state) {
  (void)state;
  const char *head = "No.\t項目\t質問\t必須/選択\t回答\n";
  char doc[512];
  snprintf(doc, sizeof doc, "%s71\t建物形態\tデータセンター専用建物か否か\t必須\t%s\n", head,
           "データセンター専用建物ではない(複合ビル内のサーバールーム)");
  assert_false(bool_of(doc, "dc_dedicated"));
  snprintf(doc, sizeof doc, "%s71\t建物形態\tデータセンター専用建物か否か\t必須\t%s\n", head,
           "一般オフィスビル内のサーバールーム");
  assert_false(bool_of(doc, "dc_dedicated"));
  snprintf(doc, sizeof doc, "%s71\t建物形態\tデータセンター専用建物か否か\t必須\t%s\n", head,
           "データセンター専用建物");
  assert_true(bool_of(doc, "dc_dedicated"));
  const char *gas = "%s77\tサーバールーム内消火設備\t自動消火設備の有無と、有りの場合はガス系消火設備か否か"
                    "\t必須\t%s\n";
  snprintf(doc, sizeof doc, gas, head, "有り(スプリンクラー)");
  assert_false(bool_of(doc, "gas_fire_suppression"));
  snprintf(doc, sizeof doc, gas, head, "有り(ガス系消火設備ではありません。水噴霧消火設備)");
  assert_false(bool_of(doc, "gas_fire_suppression"));
  snprintf(doc, sizeof doc, gas, head, "有り(窒素ガス消火設備、事務室はスプリンクラー)");
  assert_true(bool_of(doc, "gas_fire_suppression"));
}

/* A heading's lines go on over a line followed by a note (※…): the note
 * is no value, so the line above it is no heading of its own. */
static void test_heading_lines_over_note(void **state) {
  (void)state;
  jn_record *rec = extract("第三者認証\nISO/IEC 27001(ISMS)認証取得\n"
                           "ISO/IEC 27017(ISMSクラウドセキュリティ)認証取得\nプライバシーマーク付与事業者\n"
                           "※ISMAPへの登録申請を2027年度に予定しています。\n\nデータの暗号化\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* A code sent by SMS or mail for one login (SMS認証コード, 確認コード) is a
 * one-time password: user_auth lists otp beside mfa. */
static void test_user_auth_sms_code(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t質問\t必須/選択\t回答\n"
                           "70\tユーザ認証\tユーザー(利用者)のアクセスを許可するための認証方法\t必須\t"
                           "ID/パスワード+SMS認証コード(二段階認証)\n");
  const jn_field_result *f = jn_record_field(rec, "user_auth");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  assert_string_equal(jn_value_string(jn_value_at(f->value, 2), NULL), "otp");
  jn_record_free(rec);
}

/* One answer to サービス開始時期 and the changes since: its first date,
 * standing alone before the next, is the start and no change. */
static void test_start_date_not_a_revision(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t質問\t必須/選択\t回答\n28\tサービス開始時期\t"
                           "サービス開始年月日、サービス開始から申請時までの大規模な変更\t必須\t"
                           "2014/9/1 有り: 2018/4 UI刷新、2022/11/15 API公開\n");
  const jn_field_result *f = jn_record_field(rec, "service_revisions");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"2018-04\",\"2022-11-15\"]");
  f = jn_record_field(rec, "service_start");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "\"2014-09-01\"");
  jn_record_free(rec);
}

/* A list's item that names no one is left out: the rest lumped together
 * (その他 12%) and a date that only says when (2024年3月末現在). */
static void test_list_rest_and_date(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t質問\t必須/選択\t回答\n18\t株主構成\t"
                           "大株主の名称(上位5株主程度)と保有比率\t選択\t"
                           "架空興産株式会社 60%、小林 正和 28%、その他 12%、2024年3月末現在\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"架空興産株式会社\",\"小林 正和\"]");
  jn_record_free(rec);
}

/* A browser's copy (tabs) of a row whose answer cell holds a list: the
 * row ends with an empty cell and the list's items stand on the lines
 * under it, up to a blank line; they are that cell's answer. */
static void test_tab_row_cell_block(void **state) {
  (void)state;
  jn_record *rec = extract("No.\t項目\t質問\t必須/選択\t回答\n"
                           "18\t株主構成\t大株主の名称(上位5株主程度)、及び各々の株式保有比率\t選択\t\n"
                           "高橋 誠 45%\n架空運輸株式会社 30%\n\n"
                           "20\t主要取引金融機関\t主要取引金融機関の名称\t選択\t\n"
                           "架空中央銀行\n架空商工信用金庫\n\n"
                           "21\t所属団体\t所属している業界団体、経済団体等の名称\t選択\t架空ソフトウェア協会\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"高橋 誠\",\"架空運輸株式会社\"]");
  f = jn_record_field(rec, "main_banks");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"架空中央銀行\",\"架空商工信用金庫\"]");
  jn_record_free(rec);
}

/* A print read back by pdftotext -layout whose 必須/選択 column, too
 * narrow for its word, stands after the answer (heldout94 d05, fictional):
 * nothing stands right of the stacked markers, so the last cell read is
 * the answer, not the question. */
static void test_stacked_marker_after_answer(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "申請内容\n"
                           "項 大項目    小項目          記述内容                           情報開示内容                 必\n"
                           "番                                                                           須/\n"
                           "                                                                            選\n"
                           "                                                                            択\n"
                           "1 開示情 開示情報の日 開示情報の年月日(西暦)         2026-07-21                                必\n"
                           "  報の時 付                                                                     須\n"
                           "  点\n"
                           "事業所・事業\n"
                           "2 事業所 事業者名 事業者の正式名称(商号)           株式会社 架空ラーニング                              必\n"
                           "  等の概                                                                       須\n"
                           "  要          法人番号                 3455512349999                             必\n"
                           "                                                                            須\n"
                           "3 事業所 設立年月日 事業者の設立年月日(西暦)         2015/02/10                                必\n"
                           "  等の概                                                                       須\n"
                           "  要\n"
                           "4 事業所 事業所   事業者の本店所在地             北海道架空沢市北三条西七丁目1番地                         必\n"
                           "  等の概                                                                       須\n"
                           "  要         事業者ホームページ             https://www.kuukuu-learning.example.jp/   必\n"
                           "                                                                            須\n"
                           "5 事業の 主な事業の概 事業者の主な事業の概要          クラウドサービスの企画・開発・運営、受託開発                    必\n"
                           "  概要 要                                                                      須\n"
                           "人材\n"
                           "\n");
  assert_string_equal(string_of(rec, "company_name"), "株式会社 架空ラーニング");
  assert_string_equal(string_of(rec, "corporate_number"), "3455512349999");
  assert_string_equal(string_of(rec, "founded"), "2015-02-10");
  jn_record_free(rec);
}

/* lynx's rows with sub-row numbers (39-1) and the marker after the answer:
 * a row too long for the window goes on on the next line with its answer
 * and marker, and a line opening with such a number is a row of its own,
 * not the rest of the answer above (heldout93 d02, fictional). */
static void test_lynx_dashed_rows_wrapped(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "   No. 大項目 小項目 記述内容 情報開示内容 必須/選択\n"
                           "   36-2 料金体系 料金体系 月額利用額 基本料金月額3万円(20IDまで) 必須\n"
                           "   36-3 料金体系 料金体系 最低利用契約期間 12ヶ月 必須\n"
                           "   37-1 解約 解約時ペナルティ 解約時違約金(ユーザ側)の有無と、違約金がある場合はその額 有り: 最低利用期間内の解約は残期間分の利用料 必須\n"
                           "   38-1 解約 利用者からの解約事前受付期限 利用者からのサービス解約の受付期限の有無と、有りの場合はその期限(何日・何ヶ月前かを記述) 有り: 2か月前 必須\n"
                           "   39-1 サービスの品質 サービス稼働設定値 サービス稼働率のこれまでの実績値、またはやむなき理由により実績値が記載できない場合はその理由と目標値\n"
                           "   99.95%(2025年4月1日～2026年3月31日) 必須\n"
                           "   39-2 サービスの品質 サービス稼働設定値 申請したサービスが該当する「情報セキュリティ対策ガイドライン」におけるサービス種別のパターン番号と稼働率の対策参照値 パターン3\n"
                           "   99.5%以上 必須\n"
                           "   39-3 サービスの品質 サービス稼働設定値 サービス停止の事故歴 なし 必須\n");
  assert_true(number_of(rec, "availability_actual", "%") == 99.95);
  assert_true(number_of(rec, "availability_reference", "%") == 99.5);
  assert_true(number_of(rec, "cancellation_deadline", "mo") == 2.0);
  jn_record_free(rec);
}

/* Two pairs on one line, parted by a slash (サービス名:… / 運営会社:…):
 * each value ends where the next pair starts. */
static void test_pairs_chained_on_line(void **state) {
  (void)state;
  jn_record *rec = extract("データセンターのご案内\n\n"
                           "サービス名:架空レンタルサーバー Pro / 運営会社:架空ホスティング株式会社\n\n"
                           "所在地:関東地方\n");
  assert_string_equal(string_of(rec, "service_name"), "架空レンタルサーバー Pro");
  assert_string_equal(string_of(rec, "company_name"), "架空ホスティング株式会社");
  jn_record_free(rec);
  /* one date for all (いずれも…) keeps the line one pair */
  rec = extract("稼働実績\n\n2025年度実績: 99.987%(2025年4月~2026年3月) / サービス停止事故: 1件\n\n"
                "導入企業数:約650社 / 利用者数:18,000人(いずれも2025年9月末現在)\n");
  assert_true(number_of(rec, "outage_count", "case") == 1.0);
  const jn_field_result *f = jn_record_field(rec, "customer_count");
  assert_true(f && f->status == JN_STATUS_VALUE && strstr(f->value_json, "2025-09"));
  jn_record_free(rec);
}

/* html2markdown's row whose last cell holds a list (written under the
 * row, after a blank line), followed by a row under a rowspan (a short
 * row, no leading pipe) and the next item's row: the list is the first
 * row's answer and the table goes on (heldout97 d04, fictional). */
static void test_pipe_block_then_short_row(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "\n"
                           "No.| 大項目| 小項目| 記述内容| 必須/  \n"
                           "選択| 情報開示内容  \n"
                           "---|---|---|---|---|---  \n"
                           "No.42| 契約の終了等| 情報の返却・削除・廃棄| 契約終了時等の情報資産(利用者データ等)の返却責任の有無と、受託情報の返還方法・ファイル形式・費用等| 必須| \n"
                           "\n"
                           "  * 有り\n"
                           "  * CSV形式でダウンロード可能(契約終了後60日間)\n"
                           "  * 費用: 無償\n"
                           "\n"
                           "  \n"
                           "情報の削除又は廃棄方法の開示の可否と、可能な場合の条件等| 開示可(要請に応じて書面で提示)  \n"
                           "No.43| サービス料金| 料金体系| 初期費用額| 必須| 100,000円～  \n");
  const jn_field_result *f = jn_record_field(rec, "data_return");
  assert_true(f && f->status == JN_STATUS_VALUE && jn_value_bool(f->value));
  assert_true(number_of(rec, "initial_fee", "JPY") == 100000.0);
  jn_record_free(rec);
}

/* A 24/7 answer of the form's row gives way to a narrower window only
 * from a line naming the field or its topic: the page's footer (TEL …
 * (受付時間 平日10:00~17:00), the certifier's own contact) does not narrow
 * it (heldout69 d06, fictional). */
static void test_staffed_not_from_footer(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "   代理店連絡先の有無と、ある場合は代理店名称、代理店の本店の所在地と連絡先 無し\n"
                           "   86 サービス窓口(苦情受付・問合せ) 営業日・時間 営業曜日、営業時間(受付時間) 必須 24時間365日(電話・メールとも)\n"
                           "   メンテナンス実施時間 原則として毎月第2日曜日の深夜帯\n"
                           "\n"
                           "   [9]認定サービス一覧へ戻る\n"
                           "\n"
                           "   一般社団法人 架空クラウド安心推進機構 事務局\n"
                           "\n"
                           "   〒100-0555 東京都架空田区霞が丘1-1-1 架空会館3階\n"
                           "\n"
                           "   TEL 03-5555-9900 FAX 03-5555-9901(受付時間 平日10:00~17:00)\n"
                           "\n");
  assert_string_equal(string_of(rec, "support_hours"), "24/7");
  jn_record_free(rec);
}

/* lynx's row under a header that puts the marker after the answer and a
 * 備考 column after it: the text after the marker is the remark, the
 * text between the question and the marker the answer, whatever it opens
 * with (a company's name, not a figure) (heldout73 d01, fictional). */
static void test_marker_after_answer_remark(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "   項番 大項目 小項目 開示項目 回答 必須/\n"
                           "   選択 備考\n"
                           "   89 サービス窓口(苦情受付・問合せ) 連絡先 電話/FAX、Web、電子メール等の連絡先 架空クラウドワークス株式会社 カスタマーサポート TEL:03-5550-1234 FAX:03-5550-1235\n"
                           "   E-mail:support@kintai.example.jp 必須 FAXは24時間受付\n"
                           "   代理店連絡先の有無と、「有り」の場合は代理店名称、代理店の本店の所在地と連絡先 無し\n");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"03-5550-1234\"]");
  jn_record_free(rec);
}

/* A browser's copy (select-all) of rows whose answer cell holds a list and
 * whose 必須/選択 column comes after it: the row up to its empty answer
 * cell, the list's lines, then the marker alone; read as one row, its
 * cells in their columns (heldout100 d03, fictional). */
static void test_tab_row_block_then_marker(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "【審査対象項目】\t【記述内容】\t情報開示内容\t必須/\n"
                           "選択\n"
                           "1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t2025/07/01\t必須\n"
                           "資本関係・所属団体\n"
                           "18\t資本関係\t株主構成\t大株主の名称(上位5株主程度)、及び各々の株式保有比率\t\n"
                           "中村 拓也(45.0%)\n"
                           "架空ベンチャー投資事業有限責任組合(22.3%)\n"
                           "株式会社架空商事(10.0%)\n"
                           "必須\n"
                           "19\t所属団体\t所属団体\t所属している業界団体、経済団体等の名称\t一般社団法人架空情報サービス協会\t選択\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* A plain-text heading naming a field (pandoc's plain writer leaves it
 * unmarked), a blank line, and its list of label:value items: the list is
 * the heading's answer. */
static void test_plain_heading_list(void **state) {
  (void)state;
  jn_record *rec = extract("架空経費ナビ サポートのご案内\n\nサポート窓口\n\n"
                           "-   電話:092-555-4402\n-   メール:support@keihi-navi.example.jp\n\n"
                           "受付時間\n\n月~金 9:00~17:30(祝日を除く)\n");
  const jn_field_result *f = jn_record_field(rec, "support_phone");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"092-555-4402\"]");
  f = jn_record_field(rec, "support_email");
  assert_true(f && f->status == JN_STATUS_VALUE);
  jn_record_free(rec);
}

/* html2markdown's table with the marker column first: after a row's
 * block, a short row under a rowspan followed by a full row (led by its
 * marker, not its item number) keeps the table going, so a later row's
 * list is its answer (heldout103 d01, fictional). */
static void test_pipe_block_marker_first(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "必須/選択| 項番| 大項目| 小項目| 開示項目| 情報開示内容  \n"
                           "---|---|---|---|---|---  \n"
                           "必須| 24| 守秘義務| 守秘義務契約| 守秘義務に係る契約又は条項の有無| \n"
                           "\n"
                           "  * 有り(利用規約に守秘義務条項を規定)\n"
                           "\n"
                           "  \n"
                           "守秘義務違反があった場合のペナルティ条項の有無| 有り  \n"
                           "必須| 25| 従業員教育等| 従業員に対するセキュリティ教育の実施状況| 従業員に対するセキュリティ教育実施に関する取組状況| 全従業員に年1回のセキュリティ研修を実施  \n"
                           "選択| 48| サービス品質| 認証取得・監査実施| ISMS、ITSMS、プライバシーマーク等の認証取得・監査実施の有無と、「有り」の場合は認証名| \n"
                           "\n"
                           "  * ISMS(ISO/IEC 27001:2022)\n"
                           "  * ISMSクラウドセキュリティ(ISO/IEC 27017)\n"
                           "\n"
                           "  \n"
                           "必須| 49| サービス品質| 脆弱性診断| 脆弱性診断の有無と、「有り」の場合は診断の対象(アプリケーション、OS、ハードウェア等)と、対策が必要となった部分に対する対応状況| 有り:アプリケーション、OS、ミドルウェアを対象に外部専門業者が実施し、指摘事項は速やかに是正  \n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_true(f && f->status == JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
}

/* A browser's print read back by pdftotext -layout: columns counted in
 * characters (a kanji one column), a question that fills its cell packed
 * with the marker and the answer beside it into one group ("…(商 必
 * 架空…"), rows centred on their item number, and the next page's grid
 * set a column further right. Read on the grid the rows come whole; a
 * table a text browser aligned on the screen is not read so. */
static void test_print_grid_of_characters(void **state) {
  (void)state;
  const char *in =
      "                       必\n"
      "  No. 項目       内容      須/                 回答\n"
      "                       選\n"
      "                       択\n"
      "     開示情 開示情報の年月日(西 必\n"
      "  1 報の日 暦)             須  2025/4/1\n"
      "     付\n"
      "  事業所・事業\n"
      "         事業者の正式名称(商 必 架空ソフト株式会社\n"
      "  2 事業者  号)            須\n"
      "         事業者の設立年(西暦)   必 2008年\n"
      "     設立                須\n"
      "  3 年・事 設立後の事業年数(1年       17年\n"
      "     業年数 に満たない場合は月\n"
      "         数)\n"
      "         事業者の本店住所・郵 必 〒300-0555 茨城県架空市中町1-2\n"
      "  4 事業所  便番号           須 3階\n"
      "         事業所数(国内、国外) 国内2拠点\n"
      "  人材\n"
      "  5 代表者 代表者氏名          必 代表取締役 山田 一郎\n"
      "                       須\n"
      "\f12/1/26, 9:00 AM                                  架空勤怠クラウド\n"
      "     従業\n"
      "  6 員数 正社員数(単独ベー 必 85名\n"
      "          ス)            須\n"
      "  財務状況\n"
      "          事業者全体の売上高     必\n"
      "  7 売上高 (単独ベース)         須  12億3,400万円\n"
      "          事業者全体の資本金     必\n"
      "  8 資本金 (単独ベース)         須  9,000万円\n"
      "     決算公 決算公告の実施の有 選\n"
      "  9 告     無             択  有り\n"
      "     上場の 株式上場の有無と市場 選\n"
      "  10 有無 名               択  無し\n"
      "     サービ 申請したサービスの名 必\n"
      "  11 ス名称 称              須  架空勤怠クラウド\n";
  jn_sheet *sh = parse(in);
  const jn_sheet *grid = jn_sheet_grid_reading(sh);
  assert_non_null(grid);
  assert_true(jn_sheet_get_header(grid)->grid);
  const jn_sheet_row *r = row_asking(grid, "事業者の正式名称(商号)");
  assert_non_null(r);
  assert_string_equal(r->answer, "架空ソフト株式会社");
  assert_string_equal(r->required, "必須");
  r = row_asking(grid, "事業者全体の売上高(単独ベース)");
  assert_non_null(r);
  assert_string_equal(r->answer, "12億3,400万円");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "founded"), "2008");
  assert_string_equal(string_of(rec, "company_name"), "架空ソフト株式会社");
  assert_true(number_of(rec, "revenue", "JPY") == 1234000000);
  assert_true(number_of(rec, "employee_count", "person") == 85);
  assert_true(number_of(rec, "years_in_business", "y") == 17);
  jn_record_free(rec);
  sh = parse("  No.   項目              内容                                  回答\n"
             "  2     事業者名          事業者の正式名称(商号)                架空株式会社\n"
             "                          法人番号                              9020001055512\n"
             "  3     設立年月日        事業者の設立年月日(西暦)              2001年10月25日\n"
             "  4     資本金            事業者の資本金                        1億円\n"
             "  5     従業員数          正社員数                              120名\n");
  assert_null(jn_sheet_grid_reading(sh));
  jn_sheet_free(sh);
}

/* pdftotext -raw of a print whose marker column is too narrow for 必須○:
 * 必須 ends the question's line, ○ opens the answer's ("○ 無し"). The ○ is
 * the marker's, not a yes. */
static void test_raw_print_marker_goes_on(void **state) {
  (void)state;
  const char *in = "No. 項目 内容 必須/選択 回答\n"
                   "1 開示情報の日付 開示情報の年月日(西暦) 必須2025/3/1\n"
                   "2 事業者名 事業者の正式名称(商号) 必須架空あさぎ株式会社\n"
                   "63 ファイアウォ\n"
                   "ール設置等 ファイアウォール設置等の措置の有無 必須\n"
                   "○ 有り\n"
                   "64 不正侵入検知 不正侵入に対する検知の有無 必須\n"
                   "○ 無し\n"
                   "92 障害・災害発\n"
                   "生時の通知 障害発生時通知の有無 必須\n"
                   "○ 有り、電子メールで通知\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = NULL;
  for (size_t i = 0; i < jn_sheet_row_count(sh) && !r; i++)
    if (strstr(jn_sheet_row_at(sh, i)->question, "不正侵入に対する検知の有無"))
      r = jn_sheet_row_at(sh, i);
  assert_non_null(r);
  assert_string_equal(r->required, "必須○");
  assert_string_equal(r->answer, "無し");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  const jn_field_result *f = jn_record_field(rec, "intrusion_detection");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "false");
  jn_record_free(rec);
}

/* pdftotext -raw of a print: an item's label cells a line each, then the
 * question, its marker (halves joined back) and the answer on one line
 * ("事業者の設立年(西暦) 必須 2004年"), then the next question wrapped over
 * lines and its answer; a question and its answer on one line
 * ("法人番号 …") with no marker. */
static void test_raw_print_marker_inside_line(void **state) {
  (void)state;
  const char *in =
      "No. 項目 内容\n必\n須/\n選\n択\n回答\n1\n開示情\n報の日\n付\n開示情報の年月日\n(西暦)\n必\n須\n"
      "2025/3/1\n2\n事業所\n等の概要\n事業者名 事業者の正式名称(商号) 必須 架空あさぎ株式会社\n"
      "法人番号 5010001055558\n3\n設立\n年・事\n業年数\n事業者の設立年(西暦) 必\n須 2004年\n"
      "設立後の事業年数(1年\nに満たない場合は月\n数)\n21年\n7\n役員\n役員数\n選\n択\n5名\n8\n従業員\n"
      "正社員数(単独ベース)\n必\n須\n126名\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "事業者の設立年(西暦)");
  assert_non_null(r);
  assert_non_null(r->item);
  assert_string_equal(r->item, "3");
  assert_string_equal(r->required, "必須");
  assert_string_equal(r->answer, "2004年");
  assert_string_equal(r->label, "設立 年・事 業年数");
  r = row_asking(sh, "法人番号");
  assert_non_null(r);
  assert_non_null(r->item);
  assert_string_equal(r->item, "2");
  assert_string_equal(r->answer, "5010001055558");
  jn_sheet_free(sh);
  jn_record *rec = extract(in);
  assert_string_equal(string_of(rec, "founded"), "2004");
  assert_string_equal(string_of(rec, "corporate_number"), "5010001055558");
  assert_true(number_of(rec, "years_in_business", "y") == 21.0);
  jn_record_free(rec);
}

/* pdftotext -raw of a print: each cell's lines in turn, every line of a
 * cell but its last as wide as its column. An answer's last line as wide
 * as the question column ("テープへは毎日一回。") ends the answer: the
 * question's lines after it ("世代バックアップ(何" over "世代前までかを記
 * 述)") are the next row's, not the answer's. */
static void test_raw_print_cell_ends_short(void **state) {
  (void)state;
  const char *in =
      "No.\n項目\n内容\n必\n須/\n選\n択\n回答\n1\n開示情\n報の時\n点\n開示情報の年月日(西\n暦)を記載してくださ\n"
      "い\n必\n須\n2025/3/1\n2\n事業者\nの名称\n事業者の正式名称(商\n号)を記載してくださ\nい\n必\n須\n"
      "架空あさぎ株式会社\n3\n設立の\n年月日\n事業者の設立年月日(\n西暦)を記載してくだ\nさい\n必\n須\n2004年4月1日\n4\n"
      "事業所\nの所在\n事業者の本店所在地(\n都道府県)を記載して\nください\n必\n須\n東京都\n5\n代表者\nの氏名\n"
      "代表者の氏名及び役職\n名を記載してください\n必\n須\n代表取締役 架空 一郎\n6\n役員数\nの合計\n役員の人数(取締役及\n"
      "び監査役の合計)を記\n載\n選\n択\n5名\n7\n従業員\nの人数\n正社員の人数(単独ベ\nース)を記載してくだ\nさい\n必\n須\n"
      "126名\n8\n売上高\nの金額\n事業者全体の売上高(\n単独ベース)を記載し\nてください\n必\n須\n12億3,400万円\n9\n"
      "資本金\nの金額\n事業者全体の資本金(\n単独ベース)を記載し\nてください\n必\n須\n9,000万円\n10\nバック\nアップ\n"
      "バックアップ実施イン\nターバルを記載してく\nださい\n必\n須\n主系データベースを毎時複製し\nテープへは毎日一回。\n"
      "世代バックアップ(何\n世代前までかを記述)\n必\n須\n十四世代を保持\n11\nバック\nアップ\n確認\nバックアップ確認のイ\n"
      "ンターバルを記載して\nください\n選\n択\n毎日\n12\nサービ\nス名称\n申請したサービスの名\n称を記載してください\n必\n須\n"
      "架空経費クラウド\n13\n最低利\n用期間\n最低利用契約期間の有\n無と期間を記載してく\nださい\n必\n須\n12か月\n14\n"
      "解約時\n違約金\n解約時の違約金の有無\nと額を記載してくださ\nい\n必\n須\n無し\n15\nサービ\nス変更\n"
      "サービス変更時の利用\n者への告知時期を記載\nしてください\n必\n須\n変更の三か月前までに管理画面\nと電子メールで全ての利用者へ\n"
      "告知する。\n16\nサービ\nス終了\nサービス終了時の利用\n者への告知時期を記載\nしてください\n必\n須\n"
      "終了の十二か月前までに管理画\n面と電子メールで全ての利用者\nへ告知する。\n17\nデータ\nの返却\n契約終了時のデータ返\n"
      "却の有無と方法を記載\nしてください\n必\n須\n有り。契約終了日から三十日間\nは管理画面からデータを一括で\n取得できる。\n18\n"
      "障害時\nの通知\n障害発生時の利用者へ\nの通知の有無と方法を\n記載してください\n必\n須\n有り。障害の検知から三十分以\n"
      "内に電子メールと状況ページで\n通知する。\n19\n定期報\n告の有\n無\n利用者への定期報告の\n有無と内容を記載して\nください\n"
      "選\n択\n有り。毎月の稼働率と障害の件\n数を翌月の十日までに報告書と\nして提供する。\n";
  jn_sheet *sh = parse(in);
  const jn_sheet_row *r = row_asking(sh, "バックアップ実施インターバルを記載してください");
  assert_non_null(r);
  assert_string_equal(r->answer, "主系データベースを毎時複製しテープへは毎日一回。");
  r = row_asking(sh, "世代バックアップ(何世代前までかを記述)");
  assert_non_null(r);
  assert_non_null(r->item);
  assert_string_equal(r->item, "10");
  assert_string_equal(r->answer, "十四世代を保持");
  jn_sheet_free(sh);
}

/* A row read as a question and its answer on one line (lynx's dump of a
 * table it could not lay out) whose question asks two things, as the
 * guideline's compound questions do: the yes/no and the interval both
 * read it. */
static void test_pair_asks_two_fields(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   57 ウイルス対策 ウイルス対策の有無と、「有り」の場合はパターンファイルの更新間隔 必須 "
      "有り(定義ファイルは30分毎に更新を確認)\n"
      "   58 記録(ログ等) 記録(ログ等)の取得の有無と、「有り」の場合はその保存期間 必須 "
      "有り(1年間保存)\n");
  const jn_field_result *f = jn_record_field(rec, "antivirus");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "true");
  assert_true(number_of(rec, "antivirus_update_interval", "min") == 30.0);
  assert_true(number_of(rec, "log_retention", "y") == 1.0);
  jn_record_free(rec);
}

/* A text browser's dump of the certifier's table, the marker column
 * first: a row whose question asks and holds no value ("…監査報告書作成の
 * 状況") has its answer on the line below; the certificates the question
 * names as examples are not the answer. */
static void test_marker_first_answer_below(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   必須 (27) サービス内容 サービス名称 申請したASP・SaaSのサービス名称 架空経費クラウド\n"
      "   必須 (28) サービス内容 サービス開始年月日 サービス開始年月日(西暦) 2010/04/01\n"
      "   選択 (42) 認証取得・監査実施 認証取得 プライバシーマーク、ISMS(JIS Q 27001など)、"
      "ITSMS(JIS Q 20000-1など)の取得、監査報告書作成の状況\n"
      "   ISMS(JIS Q 27001)、ITSMS(ISO/IEC 20000-1)\n"
      "   選択 (44) 脆弱性診断 脆弱性診断 診断の対象(アプリケーション、OS、ハードウェア等) "
      "アプリケーション、OS\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_string_equal(f->value_json, "[\"ISMS\",\"ITSMS\"]");
  assert_string_equal(string_of(rec, "service_name"), "架空経費クラウド");
  jn_record_free(rec);
}

/* A page that offers the data back at the end of the contract says so by
 * export (エクスポート) as often as by 返却: the end of the contract and
 * the export in one sentence state data_return; an export feature alone
 * (レポートを…エクスポート) states nothing about it. */
static void test_export_after_termination(void **state) {
  (void)state;
  jn_record *rec = extract("## 8. サービスの終了\n\n"
                           "本サービスを終了する場合は、6か月前までに通知します。"
                           "契約終了後60日間は、管理画面から全データをCSV形式でエクスポートできます。\n");
  const jn_field_result *f = jn_record_field(rec, "data_return");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
  rec = extract("## 3. 機能\n\n集計したレポートはCSV形式でエクスポートできます。\n");
  assert_null(jn_record_field(rec, "data_return"));
  jn_record_free(rec);
}

/* A table whose header names fields rather than columns (窓口 | 連絡先 |
 * 受付時間) under a table of pairs: each row's cells are pairs under the
 * header's words, and the header is no row of answers (its 受付時間 would
 * read as a blank support_hours, its 連絡先 row as an unparsed e-mail). */
static void test_header_of_field_names(void **state) {
  (void)state;
  jn_record *rec = extract("# サポートのご案内\n\n"
                           "|            |                    |\n"
                           "|------------|--------------------|\n"
                           "| サービス名 | 架空勤怠クラウド   |\n"
                           "| 運営会社   | 架空勤怠株式会社   |\n\n"
                           "## お問い合わせ窓口\n\n<table>\n"
                           "<thead><tr><th>窓口</th><th>連絡先</th><th>受付時間</th></tr></thead>\n"
                           "<tbody>\n<tr><td>電話</td><td>0120-555-314</td>"
                           "<td rowspan=\"2\">平日 9:00~17:00</td></tr>\n"
                           "<tr><td>メール</td><td>help@kakuu.example.jp</td></tr>\n"
                           "</tbody>\n</table>\n");
  assert_string_equal(string_of(rec, "support_hours"), "Mo-Fr 09:00-17:00; PH off");
  assert_string_equal(first_of(rec, "support_email"), "help@kakuu.example.jp");
  assert_string_equal(first_of(rec, "support_phone"), "0120-555-314");
  jn_record_free(rec);
}

/* An SLA page states the year's outages in a sentence after the actual
 * availability: the wordings of the form's item (サービス停止事故, サービス
 * 停止件数) and 障害の発生は…件 anchor the count inside prose. */
static void test_outage_sentences(void **state) {
  (void)state;
  static const char *const pages[] = {
      "## 稼働実績\n\n2025年度の稼働率実績は99.97%でした。同期間のサービス停止事故は2件です。\n",
      "## 稼働実績\n\n2025年度の稼働率は99.97%、同期間のサービス停止件数は2件でした。\n",
      "## 稼働実績\n\n2025年度の稼働率実績は99.97%、重大障害の発生は2件でした。\n",
  };
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    jn_record *rec = extract(pages[i]);
    assert_true(number_of(rec, "outage_count", "case") == 2.0);
    jn_record_free(rec);
  }
}

/* A list states facts as noun phrases (体言止め: ・免震構造を採用) with no
 * 。 and no figure: an item holding a sentence's wording is a sentence,
 * whatever a label-like line otherwise is (the section of the lines under
 * it). */
static void test_list_item_facts(void **state) {
  (void)state;
  jn_record *rec = extract("■建物\n\n     * データセンター専用建物\n     * 免震構造を採用\n\n"
                           "■電源設備\n\n     * 2系統受電\n");
  const jn_field_result *f = jn_record_field(rec, "seismic_isolation");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_true(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A heading's lines up to the next numbered heading: the last line, short
 * and with no figure, heads nothing when a heading of its own follows it
 * (プライバシーマーク over "3. 暗号化"), so the list keeps it. */
static void test_block_before_heading(void **state) {
  (void)state;
  jn_record *rec = extract("2. 第三者認証\nISO/IEC 27001(ISMS)\nISO/IEC 27017\nプライバシーマーク\n"
                           "3. 暗号化\n通信の暗号化:TLS 1.2以上\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_int_equal(jn_value_count(f->value), 3);
  jn_record_free(rec);
}

/* A contact cell of several lines (<br>): lynx writes each line of it on
 * a line of its own, each led by its Latin key (TEL: / FAX: / E-mail:),
 * the last one with the remark column's text after it; a browser's copy
 * writes them so too, the last line with a tab before the remark. Every
 * line goes on from the row's answer. */
static void test_contact_cell_lines(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   84 その他 サービスサポート 保守管理要員の体制 必須 24時間体制\n"
      "   85 連絡先 連絡先 申請者の電話/FAX、Web、電子メール等の連絡先 必須○ TEL:03-5555-0100\n"
      "   FAX:03-5555-0101\n"
      "   E-mail:help@kakuu.example.jp FAXは24時間受付\n"
      "   86 営業日・時間 営業日・時間 営業曜日、営業時間(受付時間) 必須 平日 9:00~17:00\n");
  assert_string_equal(first_of(rec, "support_email"), "help@kakuu.example.jp");
  jn_record_free(rec);
  rec = extract("必須/選択\t項番\t大項目\t小項目\t記述内容\t情報開示内容\t備考\n"
                "必須○\t85\tサービス窓口\t連絡先\t申請者の電話/FAX、Web、電子メール等の連絡先\t"
                "架空サポートセンター\n"
                "TEL:03-5555-0100 FAX:03-5555-0101\n"
                "E-mail:help@kakuu.example.jp\t代表電話ではありません\n"
                "必須\t86\tサービス窓口\t営業日・時間\t営業曜日、営業時間(受付時間)\t"
                "平日 9:00~17:00\t\n");
  assert_string_equal(first_of(rec, "support_email"), "help@kakuu.example.jp");
  jn_record_free(rec);
}

/* A history of changes, a line each (<br>): each entry opens with a date,
 * as the answer's first did, and goes on from it, whether lynx wrote it
 * on a line of its own or a browser's copy with the row's empty cells
 * (a tab) after it. */
static void test_dated_entries_go_on(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   28 サービス内容 サービス開始年月日 サービス開始年月日(西暦) 必須 2005年10月1日\n"
      "   リニューアル等の大規模な変更の時期 選択 2012年4月 全面リニューアル(Ver.3)\n"
      "   2019年10月 スマートフォン対応(Ver.5)\n"
      "   29 サービス内容 サービスの基本タイプ サービスの基本タイプ 必須 ホスティング型\n");
  const jn_field_result *f = jn_record_field(rec, "service_revisions");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
  rec = extract("(28)\tサービス内容\tサービス開始年月日\tサービス開始時期以降のバージョンアップ等の"
                "改変年月日(西暦)\t選択\t2016年10月 バージョン2.0へ刷新\n"
                "2021/3/15 スマートフォンアプリ提供開始\t\n"
                "(29)\tサービス内容\tサービスの基本タイプ\tサービスの基本タイプ\t必須\t"
                "アプリケーションサービス\n");
  f = jn_record_field(rec, "service_revisions");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
}

/* A header naming labels only (大項目 | 小項目 | 開示項目) and no question:
 * the last label column asks, and the one before it names the item, which
 * tells the termination notice from the maintenance notice (both ask 利用
 * 者への告知時期). */
static void test_labels_only_header(void **state) {
  (void)state;
  jn_record *rec = extract(
      "必須/選択| 項番| 大項目| 小項目| 開示項目| 情報開示内容  \n---|---|---|---|---|---  \n"
      "必須| 40| サービスの変更・終了| サービス(事業)変更・終了時等の事前告知| "
      "利用者への告知時期(1カ月前、3カ月前、6カ月前、12カ月前等の単位で記述)| 6ヶ月前  \n"
      "必須| 92| サービス通知・報告| メンテナンス等の一時的サービス停止時の事前告知| "
      "利用者への告知時期(1カ月前、3カ月前、6カ月前、12カ月前等の単位で記述)| 2週間前  \n");
  assert_true(number_of(rec, "termination_notice", "mo") == 6.0);
  assert_true(number_of(rec, "maintenance_notice", "wk") == 2.0);
  jn_record_free(rec);
}

/* A row whose cells lost their borders, the marker after the answer:
 * the question ends with all of a field's wording (障害時の利用者への通知
 * 時間), and the text after it is the value even though its own words
 * name the field, since it holds a figure; a question that asks (…か否か)
 * is never taken for the value. */
static void test_value_after_named_question(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   54 セキュリティ 死活監視(ソフトウェア、機器) 死活監視の対象 アプリケーション、サーバ 必須○\n"
      "   54 セキュリティ 死活監視(ソフトウェア、機器) 障害時の利用者への通知時間 "
      "障害検知後30分以内にメールで通知 必須○\n"
      "   56 セキュリティ 時刻同期 システムの時刻同期方法 有り(NTPサーバと同期) 必須\n");
  assert_true(number_of(rec, "failure_notice_time", "min") == 30.0);
  jn_record_free(rec);
}

/* The year's actual availability stated as 実績 with a percentage: "…の実績
 * は99.991%でした", "2025年度実績: 99.987%(…)", under a target sentence
 * that its own wording keeps apart, and that takes no period from the
 * sentence after it. */
static void test_actual_availability_sentences(void **state) {
  (void)state;
  static const char *const pages[] = {
      "## 稼働率\n\n月間稼働率99.95%以上を目標としています。2025年度(2025年4月～2026年3月)の実績は"
      "99.991%でした。\n",
      "## 2. 稼働率\n\n当社は月間稼働率99.95%以上を保証します。\n\n"
      "2025年度実績: 99.991%(2025年4月～2026年3月)\n",
  };
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    jn_record *rec = extract(pages[i]);
    assert_true(number_of(rec, "availability_actual", "%") == 99.991);
    assert_true(number_of(rec, "availability_target", "%") == 99.95);
    /* the target is measured over no period: the one of the next
     * sentence is the actual's */
    assert_null(jn_value_member(jn_record_field(rec, "availability_target")->value, "period"));
    jn_record_free(rec);
  }
}

/* lynx writes an answer's <br> lines on lines of their own under its row:
 * a line that names no field and holds a figure, a date or a Latin key
 * (山田 和也 20.1%, 2019年4月 …, TEL:…) is no row of the form (its rows
 * ask), so it goes on from the answer; an item number or a pair of its own
 * (稼働時間: 24時間) does not. */
static void test_lynx_answer_lines(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   選択 18 資本関係 株主構成 大株主の名称(上位5株主程度)、及び各々の株式保有比率 "
      "架空ホールディングス株式会社 62.5%\n"
      "   山田 和也 20.1%\n"
      "   架空社員持株会 4.3%\n"
      "   選択 35 サービス開始時期 サービス開始から申請時までの間の大規模な変更の有無と、"
      "「有り」の場合はその時期 有り\n"
      "   2019年4月 スマートフォンアプリ対応\n"
      "   2022年10月 基盤刷新(v3.0)\n"
      "   必須 36 サービス内容 サービスの内容・範囲 本サービスの内容・特徴 勤怠を管理するサービス\n");
  const jn_field_result *f = jn_record_field(rec, "shareholders");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 3);
  f = jn_record_field(rec, "service_revisions");
  assert_non_null(f);
  assert_int_equal(jn_value_count(f->value), 2);
  jn_record_free(rec);
}

/* lynx with the marker column last wraps a row's narrow label cells onto
 * lines of their own (40 サービスの変更 / ・終了 サービス(事業)変更 / ・終了時
 * 等の事前告知 …), breaking before a ・: the line that ends with the
 * marker after a question and its answer closes one row of all of them,
 * however short the lines above it are; a ・ there opens no list. */
static void test_marker_last_wrapped_labels(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   37 サービス内容 サービス提供時間 サービスの提供時間帯 24時間365日 必須\n"
      "   40 サービスの変更\n"
      "   ・終了 サービス(事業)変更\n"
      "   ・終了時等の事前告知 利用者への告知時期と告知方法 6か月前にメール及びWebサイトで告知 必須○\n"
      "   41 サービスの変更\n"
      "   ・終了 サービス(事業)変更\n"
      "   ・終了後の対応・代替措置 対応・代替措置の基本方針の有無と、「有り」の場合はその概要 有り 必須○\n");
  assert_true(number_of(rec, "termination_notice", "mo") == 6.0);
  jn_record_free(rec);
}

/* lynx with the marker column first wraps a row's narrow label cells onto
 * the lines under it (必須 2 事業所 / 等の概要 事業者名 …(商号) 架空…): the
 * lines up to the next marker are one row, its question and value in
 * them, not a browser copy's answer led by its marker ("2 事業所"). */
static void test_marker_first_wrapped_labels(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   必須/選択 項番 大項目 小項目 記述内容 申請内容\n"
      "   必須 2 事業所\n"
      "   等の概要 事業者名 事業者の正式名称(商号) 架空物流株式会社\n"
      "   必須 3 事業所\n"
      "   等の概要 設立年・\n"
      "   事業年数 事業者の設立年(西暦) 2001年\n"
      "   設立後の事業年数(1年に満たない場合は月数) 24年\n"
      "   必須 4 事業所\n"
      "   等の概要 事業所 事業者の本店住所・郵便番号 〒812-5556 福岡県架空島市東町7-3-1\n");
  assert_string_equal(string_of(rec, "company_name"), "架空物流株式会社");
  assert_true(number_of(rec, "years_in_business", "y") == 24.0);
  jn_record_free(rec);
}

/* pandoc's multiline table: its column rule says where each column starts;
 * a header cell that spanned columns stands over the first of them only,
 * a cell's lines keep to its column, and "必須/\" is a line break. */
static void test_pandoc_multiline_spans(void **state) {
  (void)state;
  jn_record *rec = extract(
      "  ---------------------------------------------------------------------------------\n"
      "  区分       【審査対象項目】                 【記述内容】         必須/\\   申請内容\n"
      "                                                                 選択\n"
      "  ---------- ------- -------------- -------- -------------------- -------- ----------\n"
      "  開示情報   No.1    開示情報の時点 開示情報 開示情報の年月日     必須     R6.11.1\n"
      "                                    の日付   (西暦)\n"
      "\n"
      "  人材       No.7    役員           役員     役員数               選択     ６名\n"
      "\n"
      "             No.8    従業員         従業員数 正社員数(単独ベース) 必須     120名\n"
      "  ---------------------------------------------------------------------------------\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2024-11-01");
  assert_true(number_of(rec, "officer_count", "person") == 6.0);
  assert_true(number_of(rec, "employee_count", "person") == 120.0);
  jn_record_free(rec);
}

/* A PDF's text dumped block by block (mutool draw -F txt): each cell a
 * block, the marker 必 over 須, a blank line between the marker's block
 * and the answer's. */
static void test_pdf_blocks_marker_then_answer(void **state) {
  (void)state;
  jn_record *rec = extract("1\n開示情報の\n時点\n\n開示情報の日付\n開示情報の年月日(西暦)\n必\n須\n\n"
                           "2026年10月1日\n\n事業所・事業\n\n2\n事業所等の\n概要\n\n事業者名\n"
                           "事業者の正式名称(商号)\n必\n須\n\n架空ケアテック株式会社\n\n"
                           "7\n役員\n役員数\n選\n択\n\n5名\n\n"
                           "8\n従業員\n従業員数\n正社員数(単独ベース)\n必\n須\n\n88名\n");
  assert_string_equal(string_of(rec, "disclosure_date"), "2026-10-01");
  assert_string_equal(string_of(rec, "company_name"), "架空ケアテック株式会社");
  assert_true(number_of(rec, "officer_count", "person") == 5.0);
  assert_true(number_of(rec, "employee_count", "person") == 88.0);
  jn_record_free(rec);
}

/* A browser's print through pdftotext -layout, the marker 必 over 須 at one
 * character column; rows centred in their cells leave some markers' lines
 * blank but for them, which tell characters from display columns no more
 * than they tell them apart: the rows with text left of 必 decide. */
static void test_stacked_markers_centred_rows(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No. 項目     記述内容                 必須 申請内容\n"
      "   1    開示情報の日付   開示情報の年月日(西暦)          必 2026年3月31日\n"
      "                                        須\n"
      "   2    事業者名      事業者の正式名称(商号)          必 架空エンジニアリング株式会社\n"
      "                                        須\n"
      "   3    設立年       事業者の設立年(西暦)           必 1975年\n"
      "                                        須\n"
      "   7    役員        役員数                   選 11名\n"
      "                                        択\n"
      "   8    従業員数      正社員数(単独ベース)           選 2,140名\n"
      "                                        択\n"
      "   9    資本金       事業者の資本金(単独ベース)\n"
      "                                        必 5,000百万円\n"
      "                                        須\n"
      "   10   決算公告      決算公告の実施の有無\n"
      "                                        選 有り\n"
      "                                        択\n"
      "   11   上場        株式上場の有無\n"
      "                                        選 無し\n"
      "                                        択\n");
  assert_string_equal(string_of(rec, "company_name"), "架空エンジニアリング株式会社");
  assert_true(number_of(rec, "capital", "JPY") == 5e9);
  const jn_field_result *f = jn_record_field(rec, "listed");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  assert_false(jn_value_bool(f->value));
  jn_record_free(rec);
}

/* A print's header wraps the marker's narrow cell (必須/ over 選択), the
 * marker word cut at its separator; the form's 区分, a category, names no
 * marker beside it: the cut word's column is the marker's, and rows whose
 * left cells ran together are put back in place by their markers. */
static void test_marker_header_cut_beside_category(void **state) {
  (void)state;
  jn_record *rec = extract(
      "区分\t【審査対象項目】\t【記述内容】\t必須/\t情報開示内容\t備考\n"
      "事業 2 事業所 事業者名 事業者の正式名称(商号)\t必須\t架空北陸システム株式会社\n"
      "3 設立年 事業者の設立年(西暦)\t必須\t1989年\n"
      "7 役員 役員数 役員数\t選択\t7名\n");
  assert_string_equal(string_of(rec, "company_name"), "架空北陸システム株式会社");
  assert_string_equal(string_of(rec, "founded"), "1989");
  assert_true(number_of(rec, "officer_count", "person") == 7.0);
  jn_record_free(rec);
}

/* A print whose question column runs full leaves one blank before the
 * marker word (…の資本金(単独ベー 必須): the word is a cell of its own, and
 * the answer beside it stays the answer. */
static void test_marker_word_after_one_blank(void **state) {
  (void)state;
  jn_record *rec = extract(
      "   No.  項目      記述内容                        必須/選択   回答                   備考\n"
      "   9    売上高    事業者全体の売上高(単独ベー 必須        26億4,500万円          単独決算\n"
      "   10   経常利益  事業者全体の経常利益額(単独 選択        1億8,300万円\n"
      "   11   資本金    事業者全体の資本金(単独ベー 必須        9,800万円              増資後\n"
      "   12   自己資本比率  事業者全体の自己資本の比率(単 選択    41.7%\n"
      "   15   上場の有無  株式上場の有無と、上場の場合は市場名  選択        無し\n");
  assert_true(number_of(rec, "revenue", "JPY") == 2645000000.0);
  assert_true(number_of(rec, "capital", "JPY") == 98000000.0);
  jn_record_free(rec);
}

/* A title and its subtitle, then "label: value" lines: those pairs are
 * not the values of the two lines above them (labels then values, as a
 * two-column table printed column by column reads). */
static void test_pairs_under_title_and_subtitle(void **state) {
  (void)state;
  jn_record *rec = extract("架空ドキュメント Cloud サービスレベル合意書\n(SLA)\n"
                           "対象サービス:架空ドキュメント Cloud\n"
                           "提供事業者:架空クラウドウェア株式会社\n"
                           "制定日:2024年4月1日\n\n1. 適用範囲\n本合意書は本サービスの水準を定めます。\n");
  assert_string_equal(string_of(rec, "service_name"), "架空ドキュメント Cloud");
  assert_string_equal(string_of(rec, "company_name"), "架空クラウドウェア株式会社");
  jn_record_free(rec);
}

/* The guideline's question run into the answer names its examples in
 * brackets (ISMS(JIS Q 27001など)): the thing the bracket explains is an
 * example too, not a certification the answer says the vendor holds. */
static void test_bracketed_examples_not_held(void **state) {
  (void)state;
  jn_record *rec = extract("認証取得: プライバシーマーク、ISMS(JIS Q 27001など)、ITSMS(JIS Q 20000-1など)"
                           "の取得、上記がある場合は認証名 ITSMS(ISO/IEC 20000-1)\n");
  const jn_field_result *f = jn_record_field(rec, "certifications");
  assert_non_null(f);
  assert_int_equal(f->status, JN_STATUS_VALUE);
  int isms = 0, itsms = 0;
  for (size_t i = 0; i < jn_value_count(f->value); i++) {
    const char *id = jn_value_string(jn_value_at(f->value, i), NULL);
    isms |= !strcmp(id, "ISMS");
    itsms |= !strcmp(id, "ITSMS");
  }
  assert_false(isms);
  assert_true(itsms);
  jn_record_free(rec);
}

/* A status page: the target in a sentence under its heading, then a
 * table of months. A month's row is a figure of that month, not the value
 * of the heading above it (稼働率の目標 + 2026年2月). */
static void test_month_rows_under_target_heading(void **state) {
  (void)state;
  jn_record *rec = extract(
                           "                                              稼働状況のご報告\n"
                           "\n"
                           "   サービス名 架空メール\n"
                           "   運営会社  架空ネット株式会社\n"
                           "\n"
                           "稼働率の目標\n"
                           "\n"
                           "   架空メールは、月間稼働率99.9%以上を目標として運用しています。保守の時間は計算から除きます。\n"
                           "\n"
                           "月別稼働率(直近6か月)\n"
                           "\n"
                           "     対象月      稼働率    停止時間\n"
                           "   2026年1月  100.000% 0分\n"
                           "   2026年2月  99.987%  6分\n"
                           "   2026年3月  100.000% 0分\n"
                           "   2026年4月  99.953%  21分\n"
                           "   2026年5月  100.000% 0分\n"
                           "   2026年6月  99.921%  34分\n"
                           "\n");
  assert_true(number_of(rec, "availability_target", "%") == 99.9);
  jn_record_free(rec);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wrapped_cells),      cmocka_unit_test(test_rows_under_rowspan),
      cmocka_unit_test(test_definition_list),    cmocka_unit_test(test_underlined_rows),
      cmocka_unit_test(test_remark_column),      cmocka_unit_test(test_marker_stuck_in_cell),
      cmocka_unit_test(test_label_column),       cmocka_unit_test(test_staffed_window),
      cmocka_unit_test(test_companion_row),      cmocka_unit_test(test_answer_sentences),
      cmocka_unit_test(test_columns_in_turn),    cmocka_unit_test(test_cell_paragraphs),
      cmocka_unit_test(test_remark_lines),       cmocka_unit_test(test_flattened_rows),
      cmocka_unit_test(test_side_by_side),       cmocka_unit_test(test_markdown_emphasis),
      cmocka_unit_test(test_remark_parts),       cmocka_unit_test(test_second_header),
      cmocka_unit_test(test_unanswered_label),   cmocka_unit_test(test_browser_copy_items),
      cmocka_unit_test(test_lynx_wraps),         cmocka_unit_test(test_marker_sign),
      cmocka_unit_test(test_column_with_tail),   cmocka_unit_test(test_tab_cell_lines),
      cmocka_unit_test(test_values_before_labels), cmocka_unit_test(test_copy_rows),
      cmocka_unit_test(test_excluded_words),     cmocka_unit_test(test_heading_list),
      cmocka_unit_test(test_polite_heading),     cmocka_unit_test(test_withheld_sentence),
      cmocka_unit_test(test_not_overread),       cmocka_unit_test(test_pandoc_markdown),
      cmocka_unit_test(test_single_blank_column), cmocka_unit_test(test_headed_pairs),
      cmocka_unit_test(test_topic_lists),        cmocka_unit_test(test_prose_facts),
      cmocka_unit_test(test_wrapped_markdown),   cmocka_unit_test(test_box_addresses),
      cmocka_unit_test(test_lynx_rows), cmocka_unit_test(test_lynx_list_answer),          cmocka_unit_test(test_rows_without_marker),
      cmocka_unit_test(test_chapter_pairs),      cmocka_unit_test(test_centred_cells),
      cmocka_unit_test(test_sla_page),           cmocka_unit_test(test_colon_after_blanks),
      cmocka_unit_test(test_faq_sentences),      cmocka_unit_test(test_questionnaire_headers),
      cmocka_unit_test(test_value_by_type),      cmocka_unit_test(test_print_chrome),       cmocka_unit_test(test_raw_print),       cmocka_unit_test(test_list_parents),       cmocka_unit_test(test_numbered_questions),    cmocka_unit_test(test_table_under_heading),
      cmocka_unit_test(test_flat_rows_asking),   cmocka_unit_test(test_choice_columns),
      cmocka_unit_test(test_company_is_org),     cmocka_unit_test(test_marked_faq),
      cmocka_unit_test(test_evaluation_sheet),   cmocka_unit_test(test_item_titles),
      cmocka_unit_test(test_target_column),      cmocka_unit_test(test_headed_two_columns),
      cmocka_unit_test(test_wrapped_rest),       cmocka_unit_test(test_appendix_levels),
      cmocka_unit_test(test_definition_lines),   cmocka_unit_test(test_faq_clauses),
      cmocka_unit_test(test_nested_lists),       cmocka_unit_test(test_wrapped_sentence),   cmocka_unit_test(test_ascii_grid), cmocka_unit_test(test_pandoc_grid_page),   cmocka_unit_test(test_word_cut_from_end), cmocka_unit_test(test_asciidoc), cmocka_unit_test(test_label_beside_item), cmocka_unit_test(test_raw_print_cells), cmocka_unit_test(test_marker_after_answer), cmocka_unit_test(test_marker_header_wrapped), cmocka_unit_test(test_marker_cut_by_bytes), cmocka_unit_test(test_first_column_merged), cmocka_unit_test(test_joined_remark_header), cmocka_unit_test(test_item_description_header), cmocka_unit_test(test_topic_row), cmocka_unit_test(test_plain_questions), cmocka_unit_test(test_sparse_tab_copy), cmocka_unit_test(test_facility_prose), cmocka_unit_test(test_officer_in_prose), cmocka_unit_test(test_certification_in_preparation), cmocka_unit_test(test_sales_desk), cmocka_unit_test(test_data_return_sentences), cmocka_unit_test(test_clause_of_field), cmocka_unit_test(test_hyphened_numbers), cmocka_unit_test(test_status_page_wordings), cmocka_unit_test(test_centred_header), cmocka_unit_test(test_indented_header_over_spans), cmocka_unit_test(test_markdown_faq), cmocka_unit_test(test_quoted_questions), cmocka_unit_test(test_faq_free_fee_and_hours), cmocka_unit_test(test_print_furniture), cmocka_unit_test(test_period_columns), cmocka_unit_test(test_plan_sections), cmocka_unit_test(test_category_beside_marker), cmocka_unit_test(test_marker_cut_in_column), cmocka_unit_test(test_whole_label), cmocka_unit_test(test_slo_columns), cmocka_unit_test(test_faq_counts), cmocka_unit_test(test_cell_paragraphs_marker_last), cmocka_unit_test(test_cell_paragraphs_marker_last_edges), cmocka_unit_test(test_offices_topic), cmocka_unit_test(test_marker_led_after_wrap), cmocka_unit_test(test_marker_closes_row), cmocka_unit_test(test_aligned_pairs), cmocka_unit_test(test_outline_sections), cmocka_unit_test(test_contracted_plan), cmocka_unit_test(test_column_after_answer), cmocka_unit_test(test_cert_number_in_brackets), cmocka_unit_test(test_press_release), cmocka_unit_test(test_marker_column_first), cmocka_unit_test(test_article_topic), cmocka_unit_test(test_period_rows), cmocka_unit_test(test_wrapped_value_column), cmocka_unit_test(test_layout_table), cmocka_unit_test(test_numbered_row_not_header), cmocka_unit_test(test_question_after_answer), cmocka_unit_test(test_raw_print_wrapped_row), cmocka_unit_test(test_copy_questions_without_fields), cmocka_unit_test(test_header_labels_over_values), cmocka_unit_test(test_sales_line_in_support_block), cmocka_unit_test(test_print_line_cut_mid_clause), cmocka_unit_test(test_monthly_report_sentence), cmocka_unit_test(test_label_value_lines), cmocka_unit_test(test_unmarked_heading_paragraph), cmocka_unit_test(test_terms_sentences), cmocka_unit_test(test_history_entry_below_profile), cmocka_unit_test(test_retention_after_keep_word), cmocka_unit_test(test_period_in_label), cmocka_unit_test(test_ascii_frame), cmocka_unit_test(test_mediawiki_page), cmocka_unit_test(test_star_headings),
      cmocka_unit_test(test_nested_answer_remark),
      cmocka_unit_test(test_title_over_pairs),   cmocka_unit_test(test_hanging_list_items),
      cmocka_unit_test(test_article_label),     cmocka_unit_test(test_layout_column_edge),
      cmocka_unit_test(test_jira_markup),        cmocka_unit_test(test_textile_markup),
      cmocka_unit_test(test_faq_answer_paragraphs), cmocka_unit_test(test_slide_pairs_and_figures),
      cmocka_unit_test(test_fixed_width_columns),
      cmocka_unit_test(test_fixed_width_cut_labels),
      cmocka_unit_test(test_pipe_row_first_cell_cut),
      cmocka_unit_test(test_bool_words_described),
      cmocka_unit_test(test_heading_lines_over_note),
      cmocka_unit_test(test_user_auth_sms_code),
      cmocka_unit_test(test_start_date_not_a_revision),
      cmocka_unit_test(test_list_rest_and_date),
      cmocka_unit_test(test_tab_row_cell_block),
      cmocka_unit_test(test_stacked_marker_after_answer),
      cmocka_unit_test(test_lynx_dashed_rows_wrapped),
      cmocka_unit_test(test_pairs_chained_on_line),
      cmocka_unit_test(test_pipe_block_then_short_row),
      cmocka_unit_test(test_staffed_not_from_footer),
      cmocka_unit_test(test_marker_after_answer_remark),
      cmocka_unit_test(test_tab_row_block_then_marker),
      cmocka_unit_test(test_plain_heading_list),
      cmocka_unit_test(test_pipe_block_marker_first),
      cmocka_unit_test(test_print_grid_of_characters),
      cmocka_unit_test(test_raw_print_marker_goes_on),
      cmocka_unit_test(test_raw_print_marker_inside_line),
      cmocka_unit_test(test_raw_print_cell_ends_short),
      cmocka_unit_test(test_pair_asks_two_fields),
      cmocka_unit_test(test_marker_first_answer_below),
      cmocka_unit_test(test_export_after_termination),
      cmocka_unit_test(test_header_of_field_names),
      cmocka_unit_test(test_outage_sentences),
      cmocka_unit_test(test_list_item_facts),
      cmocka_unit_test(test_block_before_heading),
      cmocka_unit_test(test_contact_cell_lines),
      cmocka_unit_test(test_dated_entries_go_on),
      cmocka_unit_test(test_labels_only_header),
      cmocka_unit_test(test_value_after_named_question),
      cmocka_unit_test(test_actual_availability_sentences),
      cmocka_unit_test(test_lynx_answer_lines),
      cmocka_unit_test(test_marker_last_wrapped_labels),
      cmocka_unit_test(test_marker_first_wrapped_labels), cmocka_unit_test(test_contract_articles),
      cmocka_unit_test(test_layout_last_column_wraps), cmocka_unit_test(test_blank_parted_columns),
      cmocka_unit_test(test_semicolon_csv),      cmocka_unit_test(test_frame_by_characters),   cmocka_unit_test(test_dc_country),
      cmocka_unit_test(test_notice_implied_by_its_time),
      cmocka_unit_test(test_list_named_by_ids),
      cmocka_unit_test(test_termination_question_alone),
      cmocka_unit_test(test_header_cut_inside_cell),
      cmocka_unit_test(test_marker_broken_in_running_text),
      cmocka_unit_test(test_html2markdown_rows_cut_at_breaks),
      cmocka_unit_test(test_paragraph_cells_prefixed_items),
      cmocka_unit_test(test_copied_rows_under_group_span),
      cmocka_unit_test(test_setext_headings_name_their_lists),
      cmocka_unit_test(test_two_column_table_as_paragraphs),
      cmocka_unit_test(test_html2markdown_rows_under_spanning_header),
      cmocka_unit_test(test_pairs_parted_by_hard_break),
      cmocka_unit_test(test_html2markdown_marker_first_header_cut),
      cmocka_unit_test(test_period_table_as_paragraphs),
      cmocka_unit_test(test_borderless_marker_column_first),
      cmocka_unit_test(test_copied_row_cut_by_cell_break),
      cmocka_unit_test(test_section_row_inside_copied_table),
      cmocka_unit_test(test_html2markdown_short_rows),
      cmocka_unit_test(test_csv_margin_under_header),
      cmocka_unit_test(test_flattened_marker_first_rows),
      cmocka_unit_test(test_print_in_drawing_order),
      cmocka_unit_test(test_pair_beside_prefixed_line),
      cmocka_unit_test(test_pair_under_its_own_heading),
      cmocka_unit_test(test_no_between_katakana_and_kanji),
      cmocka_unit_test(test_html2markdown_row_rest_after_list),
      cmocka_unit_test(test_print_marker_after_answer),
      cmocka_unit_test(test_flattened_row_with_bulleted_answer),
      cmocka_unit_test(test_wide_table_as_paragraphs),
      cmocka_unit_test(test_marker_column_is_no_gutter),
      cmocka_unit_test(test_unnamed_label_pair_as_sentence),
      cmocka_unit_test(test_price_table_as_paragraphs),
      cmocka_unit_test(test_blank_marker_pair_yields_to_item),
      cmocka_unit_test(test_paragraph_a_cell_marker_first_ids),
      cmocka_unit_test(test_paragraph_a_cell_sub_rows),
      cmocka_unit_test(test_cut_first_header_cell),
      cmocka_unit_test(test_paragraph_a_cell_marker_after_answer),
      cmocka_unit_test(test_centred_rows),
      cmocka_unit_test(test_paragraph_a_cell_marker_first_remark),
      cmocka_unit_test(test_flattened_rows_bracketed_ids),
      cmocka_unit_test(test_centred_rows_marker_first),
      cmocka_unit_test(test_centred_rows_parted_header),
      cmocka_unit_test(test_centred_rows_section_marks),
      cmocka_unit_test(test_centred_rows_centred_section),
      cmocka_unit_test(test_centred_rows_bracketed_section),
      cmocka_unit_test(test_pandoc_multiline_spans),
      cmocka_unit_test(test_pdf_blocks_marker_then_answer),
      cmocka_unit_test(test_stacked_markers_centred_rows),
      cmocka_unit_test(test_marker_header_cut_beside_category),
      cmocka_unit_test(test_marker_word_after_one_blank),
      cmocka_unit_test(test_pairs_under_title_and_subtitle),
      cmocka_unit_test(test_bracketed_examples_not_held),
      cmocka_unit_test(test_month_rows_under_target_heading),
      cmocka_unit_test(test_flat_rows_marker_after_answer),
      cmocka_unit_test(test_numbered_question_terms),
      cmocka_unit_test(test_markdown_with_html_block),
      cmocka_unit_test(test_period_table_latest_in_unit),
      cmocka_unit_test(test_one_column_frame),
      cmocka_unit_test(test_records_one_item_a_table),
      cmocka_unit_test(test_pdf_blanks_around_figures),
      cmocka_unit_test(test_two_column_page),
      cmocka_unit_test(test_valued_lines_no_label_column),
      cmocka_unit_test(test_flat_rows_marker_first),
      cmocka_unit_test(test_two_boxes_of_pairs),
      cmocka_unit_test(test_stacked_markers),
      cmocka_unit_test(test_item_lines_in_one_cell),
      cmocka_unit_test(test_post_above_name),
      cmocka_unit_test(test_cells_one_a_line),
      cmocka_unit_test(test_label_over_sub_label),
      cmocka_unit_test(test_staffed_hours_not_maintenance),
      cmocka_unit_test(test_flat_rows_marker_last_header),
      cmocka_unit_test(test_reference_column),
      cmocka_unit_test(test_marker_words_narrow_gutter),
      cmocka_unit_test(test_numbered_rows_under_category),
      cmocka_unit_test(test_heading_and_label_one_wording),
      cmocka_unit_test(test_paragraph_a_cell),
      cmocka_unit_test(test_paragraph_a_cell_marker_first),
      cmocka_unit_test(test_paragraph_cells_with_hard_breaks),
      cmocka_unit_test(test_heading_pair_names_another_field),
      cmocka_unit_test(test_contact_labels_naming_nothing),
      cmocka_unit_test(test_copy_marker_first_rowspan),
      cmocka_unit_test(test_results_table_unit_caption),
      cmocka_unit_test(test_w3m_centred_group_line),
      cmocka_unit_test(test_pair_answer_states_another_field),
      cmocka_unit_test(test_checklist_marks_with_remarks),
      cmocka_unit_test(test_list_column_under_header),
      cmocka_unit_test(test_html_header_marker_with_break),
      cmocka_unit_test(test_bare_pipe_rows_with_runs),
      cmocka_unit_test(test_header_word_a_line_marker_last),
      cmocka_unit_test(test_markdown_link_address),
      cmocka_unit_test(test_html2markdown_tables),
      cmocka_unit_test(test_html2markdown_blocks_in_cells),
      cmocka_unit_test(test_marker_first_spanning_header),
      cmocka_unit_test(test_stacked_marker_with_remarks),
      cmocka_unit_test(test_sentence_broken_at_blank),
      cmocka_unit_test(test_header_order_unlike_rows),
      cmocka_unit_test(test_value_restating_its_label),
      cmocka_unit_test(test_title_line_over_answered_row),
      cmocka_unit_test(test_question_over_answer_in_one_cell),
      cmocka_unit_test(test_header_words_cut_marker_last),
      cmocka_unit_test(test_centred_labels_no_page_columns),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
