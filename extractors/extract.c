/* extract.c — jn_extract(): one typed record per sheet (spec §4).
 *
 * extract_assign.c decides which answer each catalogue field reads; here
 * each field's status comes first (blank, undisclosed: spec §4), then
 * extract_value.c types the answer, and the record (record.c) gets each
 * field with where it was read, and the warnings met on the way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "extract.h"
#include "record.h"
#include "scan.h"

void jn_free(void *p) { free(p); }

/* Is the answer nothing but dashes and spaces (-, —, ―, ー)? */
static int only_dashes(const char *a) {
  static const char *const dashes[] = {" ", "\n", "-", "—", "―", "ー", "－"};
  while (*a) {
    size_t k = 0;
    for (size_t d = 0; !k && d < sizeof dashes / sizeof dashes[0]; d++)
      if (strncmp(a, dashes[d], strlen(dashes[d])) == 0)
        k = strlen(dashes[d]);
    if (!k)
      return 0;
    a += k;
  }
  return 1;
}

/* The guideline's own instruction left in the answer cell when the
 * publisher wrote nothing ("申請したASP・SaaSのサービスの利用者数",
 * "告知時期 (1か月前、3か月前等の単位で記述)"): the answer is blank. */
static int template_text(const jn_extractor *x, const char *a) {
  return strncmp(a, "申請したASP", strlen("申請したASP")) == 0 ||
         jn__words_end(&x->ctx->lex, JN_WORDS_TEMPLATE_ENDING, a, strlen(a)) > 0;
}

/* The first word in a that withholds the answer (記述有り(*), 非公開,
 * …より非公開; dict/words.tsv "withheld"), or NULL. */
static const char *withheld_at(const jn_extractor *x, const char *a) {
  size_t len;
  return jn__words_find(&x->ctx->lex, JN_WORDS_WITHHELD, a, strlen(a), &len);
}

/* blank, undisclosed, or JN__NO_RULE when the answer says something. */
static int answer_status(const jn_extractor *x, const char *a) {
  if (!*a || only_dashes(a) || jn__contains(a, "記述無し(*)") || template_text(x, a))
    return JN_STATUS_BLANK;
  return withheld_at(x, a) ? JN_STATUS_UNDISCLOSED : JN__NO_RULE;
}

/* "…開示の可否": a yes/no question about disclosure itself, whose 開示不可
 * answers it (false) rather than withholding it (spec §4). */
static int asks_disclosure(const jn_sheet_row *row) {
  return (row->question && jn__contains(row->question, "可否")) ||
         (row->label && jn__contains(row->label, "可否"));
}

static int is_contact(jn_field_type_id type) {
  return type == JN_FT_PHONE || type == JN_FT_EMAIL || type == JN_FT_URL;
}

/* The status of field f reading `a`, and its value in v. */
/* Is a yes/no field answered although part of the answer is withheld?
 * When the question is about disclosure itself (…開示の可否), when a
 * yes/no word comes before the withheld one (有り(詳細は非公開), ○(…は
 * 非公開)), or when a clause with a verb does (避雷器を設置しておりますが、
 * 最大対応電圧は公表されておりません; not "IaaS事業者より非公開"). */
static int yes_no_answered(jn_extractor *x, const jn_field_answer *fa, const jn_sheet_row *row) {
  const char *at = withheld_at(x, fa->text);
  if (asks_disclosure(row) || !at)
    return 1;
  size_t before = (size_t)(at - fa->text);
  if (fa->first_polar && fa->first_polar->start < before)
    return 1;
  const jn_word *w;
  size_t count = x->morph ? jn__morph_words(x->morph, fa->text, before, &w) : 0;
  for (size_t i = 0; i < count; i++)
    if (w[i].kind == JN_WORD_VERB)
      return 1;
  return 0;
}

/* The answer's mentions, scanned as one line: a paragraph break inside an
 * answer must not cut a mention ("9:00~12:00\n13:00~17:30"); offsets stay
 * the same. NULL when memory ran out. */
static jn_mentions *scan_answer(const jn_extractor *x, const char *a) {
  size_t an = strlen(a);
  char *line = malloc(an + 1);
  jn_mentions *ms = NULL;
  if (!line)
    return NULL;
  for (size_t i = 0; i <= an; i++)
    line[i] = a[i] == '\n' ? ' ' : a[i];
  if (jn_scan(&ms, x->ctx, line, an, 0, NULL) != JN_OK)
    ms = NULL;
  free(line);
  return ms;
}

/* The status of field f reading its slot, and its value in v; JN__NOMEM
 * when memory ran out. */
static int field_status(jn_extractor *x, const jn_field *f, const jn_slot *slot, jn_buf *v) {
  const char *a = slot->answer;
  int status = answer_status(x, a);
  int is_bool = f->type_id == JN_FT_BOOL;
  /* ・メール: …(非公表) ・電話: 0120-…: one contact withheld, another given;
   * 日本国内(関西地域)※詳細な住所は非公開: the country given, the address
   * withheld */
  if (status != JN__NO_RULE &&
      (status == JN_STATUS_BLANK ||
       !(is_contact(f->type_id) || is_bool || f->type_id == JN_FT_CODE)))
    return status;
  jn_mentions *ms = scan_answer(x, a);
  if (!ms)
    return JN__NOMEM;
  jn_field_answer fa = {f, a, slot->row->question ? slot->row->question : "", slot->row->line,
                        ms, NULL, NULL, NULL, 0, slot->value_at, NULL};
  for (size_t i = 0; i < jn_mentions_count(ms); i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    if (m->type == JN_MENTION_DATE && !fa.first_date)
      fa.first_date = m;
    if (m->type == JN_MENTION_PERIOD && !fa.first_period)
      fa.first_period = m;
    if (m->type == JN_MENTION_POLARITY && !fa.first_polar)
      fa.first_polar = m;
  }
  fa.negative = fa.first_polar && fa.first_polar->value == 0;
  jn_mentions *qms = NULL; /* the label's period dates a percent its answer leaves undated */
  if (f->type_id == JN_FT_PERCENT && !fa.first_period && !fa.first_date && *fa.question &&
      jn_scan(&qms, x->ctx, fa.question, strlen(fa.question), 0, NULL) == JN_OK)
    for (size_t i = 0; i < jn_mentions_count(qms) && !fa.label_period; i++)
      if (jn_mentions_at(qms, i)->type == JN_MENTION_PERIOD)
        fa.label_period = jn_mentions_at(qms, i);
  if (status != JN__NO_RULE && is_bool && yes_no_answered(x, &fa, slot->row))
    status = JN__NO_RULE;
  int found = status != JN__NO_RULE && is_bool ? status : jn__extract_value(x, &fa, v);
  jn_mentions_free(ms);
  jn_mentions_free(qms);
  if (status == JN__NO_RULE || found == JN_STATUS_VALUE)
    return found;
  v->len = 0;
  return status;
}

void jn__extract_warn(jn_extractor *x, const char *field, uint64_t line, const char *message) {
  char tmp[64];
  jn__buf_puts(&x->warnings, x->n_warnings++ ? ",{" : "{");
  if (field) { /* NULL: about the sheet, not a field */
    jn__buf_puts(&x->warnings, "\"field\":");
    jn__buf_put_json_string(&x->warnings, field, strlen(field));
    jn__buf_puts(&x->warnings, ",");
  }
  snprintf(tmp, sizeof tmp, "\"line\":%llu,\"message\":", (unsigned long long)line);
  jn__buf_puts(&x->warnings, tmp);
  jn__buf_put_json_string(&x->warnings, message, strlen(message));
  jn__buf_puts(&x->warnings, "}");
}

/* An anchor in the text qualifies by its value (spec §7): of the
 * candidates by_anchors ranked, the first that holds a value of the
 * field's type. An item of the form read from text, or an answer led by
 * its required marker, is believed whatever it says (blank, none…) unless
 * it is unparsed, or, a marker-led answer, blank while an item holds a
 * value. When no candidate qualifies, a pair or block (a label
 * with its answer) still says what it says; a sentence that only mentions
 * the topic says nothing, and the field stays absent. */
enum { TOPIC_ONLY = 100000 }; /* scores below: a topic's anchor (extract_assign.c) */

/* A lead time (fields flagged lead in dict/fields.tsv: "N前") read from a
 * block or a sentence must say 前: in prose, 毎月第2火曜日 is a
 * maintenance window, not a notice period. Table rows answer the item's
 * question and keep the catalogue's bare forms (6か月). */
static int lead_time_in(const jn_field *f, const jn_sheet_row *row) {
  if (!(f->flags & JN_FF_LEAD) || (strcmp(row->anchor, "block") && strcmp(row->anchor, "sentence")))
    return 1;
  return row->answer && strstr(row->answer, "前");
}

/* A sentence stating several facts (UPSが約10分間給電し、その間に起動する
 * 非常用発電機が無給油で72時間の運転を継続します): a figure field's value is
 * looked for from the clause its wording stands in (after the 、 or 。
 * before it), the clauses before it being about other things; its date
 * (2025年3月時点で、約650社) still dates it. 0, all of it, when the wording
 * opens the sentence or is not found in it. */
static size_t clause_of(jn_extractor *x, const jn_field *f, const jn_sheet_row *row) {
  const char *a = row->answer ? row->answer : "";
  if (strcmp(row->anchor, "sentence") != 0 ||
      !(f->type_id == JN_FT_QUANTITY || f->type_id == JN_FT_PERCENT || f->type_id == JN_FT_MONEY))
    return 0;
  size_t s, e, fi = (size_t)(f - x->ctx->lex.fields), from = 0;
  if (!jn__label_find(&x->ctx->labels, x->match, fi, a, strlen(a), 0, &s, &e))
    return 0;
  for (size_t k = 0; k < s; k++)
    if (!strncmp(a + k, "、", 3) || !strncmp(a + k, "。", 3))
      from = k + 3;
  return from;
}

static int believed(const jn_sheet_row *row) {
  return !strcmp(row->anchor, "item") || (!strcmp(row->anchor, "pair") && row->required);
}

static jn_slot slot_of(const jn_sheet_row *row);

/* Does a candidate after the i-th, an item of the form, hold a value? */
static int item_says(jn_extractor *x, const jn_field *f, const jn_slot *slot, size_t i) {
  jn_buf v = JN_BUF_INIT;
  int says = 0;
  for (size_t j = i + 1; j <= slot->n_alt && !says; j++) {
    const jn_sheet_row *row = slot->alt[j - 1];
    if (strcmp(row->anchor, "item") != 0 || !row->answer || !*row->answer)
      continue;
    jn_slot c = slot_of(row);
    v.len = 0;
    says = field_status(x, f, &c, &v) == JN_STATUS_VALUE;
  }
  jn__buf_free(&v);
  return says;
}

/* Is q the pair's question and answer, a space between them? */
static int holds_pair(const char *q, const jn_sheet_row *pair) {
  size_t k = strlen(pair->question);
  if (strncmp(q, pair->question, k) != 0 || q[k] != ' ')
    return 0;
  while (q[k] == ' ')
    k++;
  return !strcmp(q + k, pair->answer);
}

/* The same answer read twice from text: as a line after its marker, and as
 * an item of the form whose wrapped lines were joined (sheet_text.c). The
 * item holds all of it. */
static const jn_sheet_row *fuller_item(const jn_slot *slot, const jn_sheet_row *row) {
  if (!strcmp(row->anchor, "item") && (!row->answer || !*row->answer) && row->question) {
    /* an item whose answer was not found, and the same question read as a
     * label line with its value line under it, or as the pair the item's
     * line holds whole ("法人番号 9020001055512") */
    for (size_t i = 0; i <= slot->n_alt; i++) {
      const jn_sheet_row *o = i ? slot->alt[i - 1] : slot->row;
      if (o != row && strcmp(o->anchor, "sentence") != 0 && o->question && o->answer &&
          *o->answer && (!strcmp(o->question, row->question) || holds_pair(row->question, o)))
        return o;
    }
    return row;
  }
  if (strcmp(row->anchor, "pair") != 0 || !row->required || !row->answer || !*row->answer)
    return row;
  /* the pair's answer line may be a list's first item ("* 架空銀行"), of
   * which the item holds the whole list */
  const char *a = row->answer + jn__sheet_list_bullet(row->answer, strlen(row->answer));
  size_t k = strlen(a);
  for (size_t i = 0; i <= slot->n_alt; i++) {
    const jn_sheet_row *it = i ? slot->alt[i - 1] : slot->row;
    if (!strcmp(it->anchor, "item") && it->answer && strlen(it->answer) > k &&
        !strncmp(it->answer, a, k))
      return it;
  }
  return row;
}

/* The one mention the answer is made of, spaces aside, in *out; 0 when it
 * holds none, several, or words beside it. */
static int sole_mention(const jn_extractor *x, const char *a, jn_mention *out) {
  jn_mentions *ms = scan_answer(x, a);
  if (!ms)
    return 0;
  size_t n = strlen(a), b = 0;
  while (n && (a[n - 1] == ' ' || a[n - 1] == '\n'))
    n--;
  while (b < n && (a[b] == ' ' || a[b] == '\n'))
    b++;
  const jn_mention *m = jn_mentions_count(ms) == 1 ? jn_mentions_at(ms, 0) : NULL;
  int whole = m && m->start <= b && m->end >= n;
  if (whole)
    *out = *m; /* its type and value: the strings it points to go with ms */
  jn_mentions_free(ms);
  return whole;
}

/* Is the answer one figure and nothing else (8401099887766, 2011年6月1日,
 * 9,800万円, 03-5555-0142)? A name or a text field never reads such an
 * answer from text around tables: it is another field's value standing
 * where a column of labels put it. */
static int figure_only(const jn_extractor *x, const char *a) {
  jn_mention m;
  return sole_mention(x, a, &m) && m.type != JN_MENTION_POLARITY && m.type != JN_MENTION_CHOICE;
}

/* Is the answer another field's label, with its gloss at most (法人番号(13桁)
 * under 事業者名)? Text read out of order (a PDF's columns) puts labels
 * where answers stand; a text field never reads one from an anchor. */
enum { LABEL_ONLY_MAX_FIELDS = 256 };
static int another_label(const jn_extractor *x, size_t f, const char *a) {
  char sq[512];
  size_t lens[LABEL_ONLY_MAX_FIELDS], best = 0, n = strlen(a);
  const jn_lexicon *lx = &x->ctx->lex;
  if (n >= sizeof sq || lx->n_fields > LABEL_ONLY_MAX_FIELDS)
    return 0;
  size_t k = jn__squash(a, n, sq, sizeof sq);
  if (k && sq[k - 1] == ')') { /* the label without its gloss: 法人番号(13桁) */
    size_t open = k;
    while (open > 0 && sq[open - 1] != '(')
      open--;
    k = open ? open - 1 : k;
    sq[k] = 0;
  }
  if (!k)
    return 0;
  jn__label_longest_all(&x->ctx->labels, x->match, sq, k, JN_LABEL_ANY, lens);
  for (size_t g = 0; g < lx->n_fields; g++)
    if (g != f && lens[g] > best)
      best = lens[g];
  return best * 10 >= k * 9 && lens[f] < best;
}

/* Is the answer a yes (1: はい, ○, 対応済み) or a no (0: いいえ, ×) and
 * nothing else? */
static int bare_polar(const jn_extractor *x, const char *a, int yes) {
  jn_mention m;
  return sole_mention(x, a, &m) && m.type == JN_MENTION_POLARITY && m.value == yes;
}

static int bare_yes(const jn_extractor *x, const char *a) { return bare_polar(x, a, 1); }

static int round_the_clock(const jn_buf *v) {
  return v->len == 6 && !memcmp(v->data, "\"24/7\"", 6);
}

static int with_remark(jn_extractor *x, const jn_field *f, const jn_slot *slot, int st,
                       jn_slot *chosen, jn_buf *v);

/* Another reading of field f, for the rules below that look past the row
 * taken: slot c read into a buffer of its own (through its remark column
 * when `remark`), kept only as a value (and, when `narrow`, one that is
 * not 24/7); then it replaces v and c, or its remark, is chosen. Returns
 * JN_STATUS_VALUE when kept, JN__NOMEM when memory ran out, else the
 * reading's status. */
enum { PLAIN = 0, REMARK = 1, NARROW = 2 };
static int take_reading(jn_extractor *x, const jn_field *f, const jn_slot *c, int how,
                        jn_slot *chosen, jn_buf *v) {
  jn_buf rv = JN_BUF_INIT;
  jn_slot got = *c;
  int st = field_status(x, f, c, &rv);
  if (how & REMARK)
    st = with_remark(x, f, c, st, &got, &rv);
  if (rv.failed)
    st = JN__NOMEM;
  int ok = st == JN_STATUS_VALUE && !((how & NARROW) && round_the_clock(&rv));
  if (ok) {
    v->len = 0;
    jn__buf_put(v, rv.data, rv.len);
    *chosen = got;
  }
  jn__buf_free(&rv);
  return ok ? JN_STATUS_VALUE : st == JN_STATUS_VALUE ? JN_STATUS_UNPARSED : st;
}

/* A slot reading row's own answer. */
static jn_slot slot_of(const jn_sheet_row *row) {
  jn_slot c = {.row = row, .answer = row->answer ? row->answer : ""};
  return c;
}

/* A checklist row answers はい or ○ and leaves the detail to its remark
 * column ("はい | 7世代", "○ | 震度6強相当"), or answers in words the remark
 * puts in figures, or leaves the answer blank (―) and explains in the
 * remark. For a field that is not yes/no, the remark is read when the
 * answer is a bare yes, blank, or holds no value of the field's type; the
 * answer's own status stands when the remark holds none either, and
 * always when it says none or withheld. */
static int with_remark(jn_extractor *x, const jn_field *f, const jn_slot *slot, int st,
                       jn_slot *chosen, jn_buf *v) {
  const jn_sheet_row *row = slot->row;
  /* a bare いいえ with its reason in the remark: "(設備の仕様を)開示いただけ
   * ますか" | いいえ | 方針により非公開 withholds the answer, yes/no fields
   * included */
  if (row->remark && !(f->flags & JN_FF_DISCLOSURE) && bare_polar(x, slot->answer, 0) &&
      answer_status(x, row->remark) == JN_STATUS_UNDISCLOSED) {
    /* unless a later sentence of the remark states what the question did
     * not ask to disclose (住所を開示できますか | いいえ | 非公開。国内のデータ
     * センターを利用: the country) */
    const char *rest = strstr(row->remark, "。");
    if (f->type_id != JN_FT_BOOL && rest && rest[strlen("。")]) {
      jn_slot c = *slot;
      c.answer = rest + strlen("。");
      int rst = take_reading(x, f, &c, PLAIN, chosen, v);
      if (rst == JN_STATUS_VALUE || rst == JN__NOMEM)
        return rst;
    }
    return JN_STATUS_UNDISCLOSED;
  }
  /* whether something can be disclosed (flag disclosure), answered yes or
   * in part while the remark withholds it ("BCPを策定し、開示できる" | 一部
   * 対応 | 策定済み。内容は社外秘のため開示不可): it cannot */
  if (row->remark && (f->flags & JN_FF_DISCLOSURE) && st == JN_STATUS_VALUE &&
      answer_status(x, row->remark) == JN_STATUS_UNDISCLOSED) {
    v->len = 0;
    jn__buf_puts(v, "false");
    return JN_STATUS_VALUE;
  }
  /* a bare いいえ answers the question ("保証はありますか" | いいえ | 目標値
   * 99.9%), not the field: the remark may still state its value */
  /* (a list's bare いいえ answers the question too: 多要素認証を利用できます
   * か | いいえ | ID・パスワードによる認証 lists the methods there are) */
  int list_no = f->type_id == JN_FT_LIST && bare_polar(x, slot->answer, 0);
  if (!row->remark || f->type_id == JN_FT_BOOL ||
      (st == JN_STATUS_NONE && !bare_polar(x, slot->answer, 0)) || st == JN_STATUS_UNDISCLOSED ||
      (st == JN_STATUS_VALUE && !bare_yes(x, slot->answer) && !list_no))
    return st; /* 特に設定なし, 非公開: the answer's own word stands */
  jn_slot r = *slot;
  r.answer = row->remark;
  /* the remark's part under the field's own label, when it has one */
  size_t pn;
  const char *part = jn__extract_part_of(x, (size_t)(f - x->ctx->lex.fields), row->remark, &pn);
  char *own = part && pn ? malloc(pn + 1) : NULL;
  if (own) {
    memcpy(own, part, pn);
    own[pn] = '\0';
    r.answer = own;
    int got = take_reading(x, f, &r, PLAIN, chosen, v);
    free(own);
    if (got == JN_STATUS_VALUE) {
      chosen->answer = row->remark; /* the slot's text outlives this call */
      return JN_STATUS_VALUE;
    }
    r.answer = row->remark;
  }
  int rst = take_reading(x, f, &r, PLAIN, chosen, v);
  if (rst == JN_STATUS_VALUE || rst == JN__NOMEM)
    return rst;
  /* an answer that says nothing of the field (対象外) and a remark that
   * says there is none (特に指定なし) or withholds it: the remark's word */
  if (st == JN_STATUS_UNPARSED && (rst == JN_STATUS_NONE || rst == JN_STATUS_UNDISCLOSED)) {
    v->len = 0;
    return rst;
  }
  return st;
}

/* The field's value from the rows of the form that name it as well as
 * the one taken, when that one holds no value of the field's type or is
 * blank (a title row over the rows that answer): the type chooses among
 * equals (spec §7). */
static int same_named(jn_extractor *x, const jn_field *f, const jn_slot *slot, int st,
                      jn_slot *chosen, jn_buf *v) {
  if ((st != JN_STATUS_UNPARSED && st != JN_STATUS_BLANK) || slot->owned)
    return st;
  for (size_t i = 0; i < slot->n_same; i++) {
    jn_slot c = *slot;
    c.row = slot->same[i];
    c.answer = c.row->answer ? c.row->answer : "";
    c.n_same = 0;
    if (take_reading(x, f, &c, REMARK, chosen, v) == JN_STATUS_VALUE)
      return JN_STATUS_VALUE;
  }
  return st;
}

/* Does the text name field f (0: no, or no text)? */
static size_t text_names(const jn_extractor *x, size_t f, const char *t, unsigned kind,
                         size_t *lens) {
  char sq[512];
  size_t k = t ? jn__squash(t, strlen(t), sq, sizeof sq) : 0;
  if (!k)
    return 0;
  jn__label_longest_all(&x->ctx->labels, x->match, sq, k, kind, lens);
  return lens[f];
}

/* Does the row's question name field f or its topic (問い合わせ)? A row
 * naming neither asks of something else: メンテナンス実施時間 beside
 * 営業時間 (one item's two rows), or the page's footer (TEL …). */
static int names_own(const jn_extractor *x, const jn_field *f, const jn_sheet_row *row) {
  size_t fi = (size_t)(f - x->ctx->lex.fields), n = x->ctx->lex.n_fields;
  size_t *lens = calloc(n, sizeof *lens);
  int own = lens && (text_names(x, fi, row->question, JN_LABEL_ANY, lens) ||
                     text_names(x, fi, row->question, JN_LABEL_TOPIC, lens));
  free(lens);
  return own;
}

/* Flag staffed: a 24/7 value gives way to a narrower window that another
 * row or anchor naming the field states ("障害受付 24時間365日", then
 * "サポート窓口の受付時間 平日9:00-18:00"; 受付時間 24時間365日 beside
 * 対応時間 平日9:00~17:00): the hours someone handles the request. rows[]
 * are the other candidates, in their order. */
static void staffed_hours(jn_extractor *x, const jn_field *f, const jn_sheet_row *const *rows,
                          size_t n, int st, jn_slot *chosen, jn_buf *v) {
  if (!(f->flags & JN_FF_STAFFED) || st != JN_STATUS_VALUE || !round_the_clock(v))
    return;
  for (size_t i = 0; i < n; i++) {
    if (!strcmp(rows[i]->anchor, "sentence") || !names_own(x, f, rows[i]))
      continue; /* a remark in prose (契約の問合せは平日9:00~17:00) is no window,
                   nor the answer to another question of the item, nor a line
                   whose label names neither the field nor its topic (the page's
                   footer: TEL …(受付時間 平日10:00~17:00)) */
    jn_slot c = slot_of(rows[i]);
    if (take_reading(x, f, &c, NARROW, chosen, v) == JN_STATUS_VALUE)
      return;
  }
}

/* Does the answer hold a figure followed by 前 (1週間前, 3日程度前), not
 * merely the character (午前9時, 以前)? */
static int lead_figure(const jn_extractor *x, const char *a) {
  jn_mentions *ms = strstr(a, "前") ? scan_answer(x, a) : NULL;
  int lead = 0;
  for (size_t i = 0; ms && i < jn_mentions_count(ms) && !lead; i++) {
    const jn_mention *m = jn_mentions_at(ms, i);
    lead = m->type == JN_MENTION_QUANTITY && jn__extract_lead_after(a + m->end);
  }
  jn_mentions_free(ms);
  return lead;
}

/* Adds to the id list v (["a","b"]) the ids of list w not in it. */
static void merge_ids(jn_buf *v, const char *w, size_t wn) {
  const char *end = w + wn;
  for (const char *p = memchr(w, '"', wn), *q; p && (q = memchr(p + 1, '"', (size_t)(end - p - 1)));
       p = memchr(q + 1, '"', (size_t)(end - q - 1))) {
    char id[64];
    size_t n = (size_t)(q + 1 - p);
    if (n >= sizeof id || !v->len || v->data[v->len - 1] != ']')
      continue;
    memcpy(id, p, n), id[n] = '\0';
    int had = 0;
    for (size_t at = 0; at + n <= v->len && !had; at++)
      had = !memcmp(v->data + at, id, n);
    if (had)
      continue;
    v->len--; /* the closing bracket */
    jn__buf_puts(v, v->len > 1 ? "," : "");
    jn__buf_puts(v, id);
    jn__buf_puts(v, "]");
  }
}

static int prose(const jn_sheet_row *row) {
  return row->anchor && (!strcmp(row->anchor, "sentence") || !strcmp(row->anchor, "block"));
}

enum { SIBLING_LINES = 20 };

/* A list of ids read from text may go on in the candidates under the same
 * heading (標準: ID・パスワード、多要素認証 / オプション: シングルサインオン、
 * IPアドレス制限): their ids join the value. Only canonical ids are joined;
 * a list of names (株主) stays the one row's. */
static int ids_of_siblings(jn_extractor *x, const jn_field *f, const jn_slot *slot, size_t i,
                           const jn_sheet_row *row, jn_buf *v) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t has_ids = 0;
  for (size_t d = 0; d < lx->n_list_ids && !has_ids; d++)
    has_ids = !strcmp(lx->list_ids[d].field, f->id);
  if (!has_ids)
    return JN_STATUS_VALUE;
  for (size_t k = i + 1; k <= slot->n_alt; k++) {
    const jn_sheet_row *other = slot->alt[k - 1];
    if (!prose(other) || other->line == row->line || other->line > row->line + SIBLING_LINES ||
        other->line + SIBLING_LINES < row->line)
      continue; /* another paragraph, near */
    const char *its = other->answer ? other->answer : other->question;
    if ((!other->section || strcmp(other->section, row->section)) &&
        !(its && jn__list_ids_named(lx, f->id, its, strlen(its)) >= 2))
      continue; /* under the same heading, or a list of the field's ids itself */
    const char *own = row->answer ? row->answer : row->question;
    if (own && other->answer && strstr(other->answer, own))
      continue; /* the block holding the row read: the row was chosen over it */
    jn_slot c = slot_of(other);
    jn_buf w = JN_BUF_INIT;
    int st = field_status(x, f, &c, &w);
    if (w.failed) {
      jn__buf_free(&w);
      return JN__NOMEM;
    }
    if (st == JN_STATUS_VALUE)
      merge_ids(v, w.data, w.len);
    jn__buf_free(&w);
  }
  return v->failed ? JN__NOMEM : JN_STATUS_VALUE;
}

static int anchored_status(jn_extractor *x, const jn_field *f, const jn_slot *slot,
                           jn_slot *chosen, jn_buf *v) {
  *chosen = *slot;
  if (slot->companion) { /* another field's row: only a value of this field's type */
    if ((f->flags & JN_FF_LEAD) && !lead_figure(x, slot->answer))
      return JN__NO_VALUE; /* a lead time says 前: 30分以内 is no notice ahead */
    int st = with_remark(x, f, slot, field_status(x, f, slot, v), chosen, v);
    return st == JN_STATUS_VALUE || st == JN__NOMEM ? st : JN__NO_VALUE;
  }
  const char *anchor = slot->row->anchor ? slot->row->anchor : "row";
  if (!strcmp(anchor, "row") || slot->owned || (!strcmp(anchor, "item") && !slot->n_alt)) {
    int st = same_named(x, f, slot,
                        with_remark(x, f, slot, field_status(x, f, slot, v), chosen, v), chosen, v);
    staffed_hours(x, f, slot->same, slot->n_same, st, chosen, v);
    if (st == JN_STATUS_UNPARSED && slot->companion_row && !slot->owned) {
      /* the companion's row holds what the field's own does not */
      jn_slot c = slot_of(slot->companion_row);
      if (take_reading(x, f, &c, REMARK, chosen, v) == JN_STATUS_VALUE)
        st = JN_STATUS_VALUE;
    }
    if (st == JN_STATUS_UNPARSED && slot->text_pair && !slot->owned) {
      /* the table's row holds no value of the field's type (a phone read
       * from the hours column): a pair of the text naming the field may */
      jn_slot c = slot_of(slot->text_pair);
      int pst = take_reading(x, f, &c, PLAIN, chosen, v);
      if (pst == JN_STATUS_VALUE || pst == JN__NOMEM)
        return pst;
    }
    if (st != JN_STATUS_UNPARSED || !slot->n_alt || !strcmp(anchor, "row"))
      return st;
    /* an item read from text, its answer's part unparsed: the anchors of
     * the text are candidates still */
    *chosen = *slot;
    v->len = 0;
  }
  const jn_sheet_row *first_said = NULL, *said_none = NULL, *withheld = NULL;
  for (size_t i = slot->owned ? 1 : 0; i <= slot->n_alt; i++) {
    const jn_sheet_row *row = fuller_item(slot, i ? slot->alt[i - 1] : slot->row);
    jn_slot c = slot_of(row);
    c.value_at = clause_of(x, f, row);
    v->len = 0;
    if (!lead_time_in(f, row) ||
        (f->type_id == JN_FT_TEXT && row->answer &&
         (figure_only(x, row->answer) || another_label(x, (size_t)(f - x->ctx->lex.fields), row->answer) ||
          ((f->flags & JN_FF_ORG) && !jn__extract_names_org(&x->ctx->lex, row->answer)))))
      continue;
    int st = field_status(x, f, &c, v);
    jn_slot picked = c;
    if (row->remark && st != JN__NOMEM) /* a question's answer and its 補足 */
      st = with_remark(x, f, &c, st, &picked, v);
    if (st == JN_STATUS_BLANK && !strcmp(row->anchor, "pair") && item_says(x, f, slot, i))
      continue; /* a marker with nothing after it on its line, while the
                   item read from the same text holds the answer (a print
                   whose answer shares the question's line) */
    if (st == JN__NOMEM || st == JN_STATUS_VALUE || (believed(row) && st != JN_STATUS_UNPARSED)) {
      *chosen = picked;
      staffed_hours(x, f, slot->alt + i, slot->n_alt - i, st, chosen, v);
      if (st == JN_STATUS_VALUE && f->type_id == JN_FT_LIST && row->section && prose(row))
        st = ids_of_siblings(x, f, slot, i, row, v);
      return st;
    }
    long score = i ? slot->alt_score[i - 1] : slot->score;
    if (!first_said && strcmp(row->anchor, "sentence") != 0 && score >= TOPIC_ONLY)
      first_said = row; /* a topic alone says nothing but its value */
    if (!said_none && st == JN_STATUS_NONE && strcmp(row->anchor, "sentence") != 0 &&
        score >= TOPIC_ONLY)
      said_none = row; /* 電話でのサポートは行っておりません, unless a value follows */
    if (!withheld && st == JN_STATUS_UNDISCLOSED && !strcmp(row->anchor, "sentence") &&
        score >= TOPIC_ONLY)
      withheld = row; /* 建物の耐震性能…については非公開とされています */
  }
  if (said_none)
    first_said = said_none;
  if (!first_said && withheld)
    first_said = withheld; /* a sentence naming the field withholds it: nothing else says more */
  v->len = 0;
  if (slot->companion_row) { /* nothing of its own holds a value: the companion's row */
    jn_slot c = slot_of(slot->companion_row);
    int st = take_reading(x, f, &c, REMARK, chosen, v);
    if (st == JN_STATUS_VALUE || st == JN__NOMEM)
      return st;
  }
  if (!first_said)
    return JN__NO_VALUE;
  *chosen = slot_of(first_said);
  return field_status(x, f, chosen, v);
}

/* What the reader understood (docs/SHEETS.md), so that "answered
 * nothing" and "not understood" look different: rows of the form, rows
 * made from the text around it, and rows of the form that name no field of
 * the catalogue. A document from which no field was read gets a warning
 * (the command line also says so on stderr and exits 65). */
static void count_understood(jn_extractor *x, const jn_slot *slots, jn_record *rec) {
  const jn_sheet *sh = x->sheet;
  for (size_t r = 0; r < jn_sheet_row_count(sh); r++) {
    const jn_sheet_row *row = jn_sheet_row_at(sh, r);
    if (row->anchor && strcmp(row->anchor, "row") != 0) {
      rec->text_rows++;
      continue;
    }
    rec->form_rows++;
    int used = 0;
    for (size_t f = 0; f < x->ctx->lex.n_fields && !used; f++)
      used = slots[f].row == row;
    rec->unmatched_rows += !used && row->answer && *row->answer;
  }
  if (!rec->n)
    jn__extract_warn(x, NULL, 0,
                     rec->form_rows + rec->text_rows
                         ? "no field of the catalogue was read from this document"
                         : "no row or label/value structure was found in this document");
}

static int add_field(jn_record *rec, const jn_field *field, jn_status st, const jn_buf *v,
                     const jn_slot *chosen) {
  const jn_sheet_row *row = chosen->row;
  const char *anchor = row->anchor ? row->anchor : "row";
  double c = jn__anchor_confidence(anchor, row->required != NULL);
  if (st != JN_STATUS_VALUE)
    c *= 0.9; /* a status says less than a typed value */
  return jn__record_add(rec, field->id, st, v->data ? v->data : "", v->len, row->item,
                        row->answer, row->line, anchor, c);
}

/* The certification number is a code (spec §5: a string of letters,
 * digits and hyphens, 0555-2301): a note after it in the same cell
 * ("0555-2301(対象サービス: …)") is not part of it. The whole text when
 * it does not open with such a code. */
static size_t code_length(const char *s) {
  size_t k = 0, digits = 0;
  while (jn__scan_is_alnum((uint8_t)s[k]) || s[k] == '-')
    digits += s[k] >= '0' && s[k] <= '9', k++;
  return digits >= 4 && s[k] ? k : strlen(s);
}

/* Between two dates, nothing but blanks, punctuation, rules and a yes
 * word (2014/9/1 有り: 2018/4 …; 2010年9月1日-----有り(2015年4月 …): the
 * first stands alone, the answer to another question. */
static int bare_gap(const char *s, size_t n) {
  static const char *const skip[] = {"有り", "あり", "有", "。", "、", "―", "ー", "—", "－", "：", "（"};
  for (size_t i = 0; i < n;) {
    if (strchr(" \t:;,.()-=~|/", s[i])) {
      i++;
      continue;
    }
    size_t k = 0;
    for (size_t w = 0; w < sizeof skip / sizeof skip[0] && !k; w++)
      if (i + strlen(skip[w]) <= n && !memcmp(s + i, skip[w], strlen(skip[w])))
        k = strlen(skip[w]);
    if (!k)
      return 0;
    i += k;
  }
  return 1;
}

/* Does the answer open with the date `value` (JSON) standing alone before
 * its next date, or alone in it? */
static int opens_with_lone_date(const jn_extractor *x, const char *raw, const char *value) {
  jn_mentions *ms = scan_answer(x, raw);
  size_t n = ms ? jn_mentions_count(ms) : 0, i = 0, vn = strlen(value);
  while (i < n && jn_mentions_at(ms, i)->type != JN_MENTION_DATE)
    i++;
  const jn_mention *m = i < n ? jn_mentions_at(ms, i) : NULL;
  int alone = m && vn > 2 && strlen(m->date) == vn - 2 && !memcmp(m->date, value + 1, vn - 2);
  for (size_t k = 0; alone && m && k < m->start; k++)
    alone = raw[k] == ' ';
  size_t j = i + 1;
  while (alone && j < n && jn_mentions_at(ms, j)->type != JN_MENTION_DATE)
    j++;
  if (alone && j < n)
    alone = bare_gap(raw + m->end, jn_mentions_at(ms, j)->start - m->end);
  jn_mentions_free(ms);
  return alone;
}

/* A date another field took from the same answer is no entry of a list
 * of dates: when one text answers both サービス開始時期 and the changes since
 * (the guideline's サービス開始から申請時までの大規模な変更), its first date,
 * standing alone, is the start, not a change. Removes from the JSON array
 * v every entry equal to a date field's value read from the answer `raw`;
 * 0 when that left the list empty (the answer stated no change of its
 * own). */
static int drop_dates_taken(const jn_extractor *x, const jn_record *rec, const char *raw,
                            jn_buf *v) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t was = v->len;
  for (size_t f = 0; f < lx->n_fields; f++) {
    const jn_field_result *d = lx->fields[f].type_id == JN_FT_DATE
                                   ? jn_record_field(rec, lx->fields[f].id)
                                   : NULL;
    if (!d || d->status != JN_STATUS_VALUE || !d->raw || !raw || strcmp(d->raw, raw) ||
        !d->value_json || !opens_with_lone_date(x, raw, d->value_json))
      continue;
    size_t k = strlen(d->value_json);
    for (size_t i = 1; v->data && i + k <= v->len; i++) {
      if (memcmp(v->data + i, d->value_json, k) || (v->data[i - 1] != '[' && v->data[i - 1] != ','))
        continue;
      size_t from = i, to = i + k; /* the entry and one comma beside it */
      if (to < v->len && v->data[to] == ',')
        to++;
      else if (v->data[from - 1] == ',')
        from--;
      memmove(v->data + from, v->data + to, v->len - to);
      v->len -= to - from;
      v->data[v->len] = '\0';
      break;
    }
  }
  return v->len == was || !(v->len == 2 && v->data[0] == '[');
}

/* Field f of the record, from its slot, when anything anchored it. */
static int fill_field(jn_extractor *x, const jn_slot *slot, size_t f, jn_record *rec) {
  const jn_field *field = &x->ctx->lex.fields[f];
  if (!slot->row || !strcmp(field->id, "cert_number"))
    return JN_OK;
  jn_buf v = JN_BUF_INIT;
  jn_slot chosen;
  int status = anchored_status(x, field, slot, &chosen, &v);
  if (status == JN_STATUS_VALUE && field->type_id == JN_FT_DATES &&
      !drop_dates_taken(x, rec, chosen.row->answer, &v))
    status = JN__NO_VALUE;
  int rc = status == JN__NO_VALUE                ? JN_OK
           : status == JN__NOMEM || v.failed    ? JN_ENOMEM
                                                : add_field(rec, field, (jn_status)status, &v, &chosen);
  jn__buf_free(&v);
  return rc;
}

static int fill_record(jn_extractor *x, const jn_slot *slots, jn_record *rec) {
  const jn_lexicon *lx = &x->ctx->lex;
  const jn_sheet_header *h = jn_sheet_get_header(x->sheet);
  if (h->cert_number) { /* from the page header, not from a row */
    jn_buf v = JN_BUF_INIT;
    jn__buf_put_json_string(&v, h->cert_number, code_length(h->cert_number));
    int rc = v.failed ? JN_ENOMEM
                      : jn__record_add(rec, "cert_number", JN_STATUS_VALUE, v.data, v.len, NULL,
                                       NULL, 0, "header", jn__anchor_confidence("header", 0));
    jn__buf_free(&v);
    if (rc != JN_OK)
      return rc;
  }
  /* lists of dates last: they leave out the dates other fields took */
  for (int dates = 0; dates < 2; dates++)
    for (size_t f = 0; f < lx->n_fields; f++) {
      int rc = (lx->fields[f].type_id == JN_FT_DATES) == dates ? fill_field(x, &slots[f], f, rec)
                                                               : JN_OK;
      if (rc != JN_OK)
        return rc;
    }
  count_understood(x, slots, rec);
  jn_buf w = JN_BUF_INIT;
  jn__buf_puts(&w, "[");
  jn__buf_put(&w, x->warnings.data, x->warnings.len);
  jn__buf_puts(&w, "]");
  int rc = jn__record_set_warnings(rec, x->warnings.failed ? NULL : jn__buf_detach(&w));
  jn__buf_free(&w);
  return rc;
}

static int extract_reading(jn_record **out, const jn_ctx *ctx, const jn_sheet *sh,
                           const char *name, jn_error *err) {
  jn_extractor x = {ctx, sh, jn__morph_new(ctx), pcre2_match_data_create(4, NULL), JN_BUF_INIT,
                    0};
  jn_slot *slots = calloc(ctx->lex.n_fields, sizeof *slots);
  jn_record *rec = calloc(1, sizeof *rec);
  size_t nn = strlen(name);
  if (rec && (rec->sheet = malloc(nn + 1)) != NULL)
    memcpy(rec->sheet, name, nn + 1);
  int rc = x.morph && x.match && slots && rec && rec->sheet ? jn__extract_assign(&x, slots)
                                                            : JN_ENOMEM;
  uint64_t bad_line = jn_sheet_get_header(sh)->invalid_utf8_line;
  if (bad_line)
    jn__extract_warn(&x, NULL, bad_line, "bytes that are not UTF-8 (nor CP932) read as U+FFFD");
  if (rc == JN_OK) {
    rec->format = jn_sheet_get_header(sh)->format;
    rc = fill_record(&x, slots, rec);
  }
  jn__extract_slots_free(slots, ctx->lex.n_fields);
  jn__morph_free(x.morph);
  pcre2_match_data_free(x.match);
  jn__buf_free(&x.warnings);
  if (rc != JN_OK) {
    jn_record_free(rec);
    return jn__error(err, rc, 0, 0, NULL);
  }
  *out = rec;
  return JN_OK;
}

/* How much a record holds: its values, each as much as the anchor it was
 * read from is trusted (a table's row more than a sentence:
 * docs/EXTRACTION.md). */
static double values_of(const jn_record *rec) {
  double k = 0;
  for (size_t i = 0; i < rec->n; i++)
    if (rec->fields[i].status == JN_STATUS_VALUE)
      k += rec->fields[i].confidence;
  return k;
}

int jn_extract(jn_record **out, const jn_ctx *ctx, const jn_sheet *sh, const char *name,
               jn_error *err) {
  if (!out || !ctx || !sh || !name)
    return jn__error(err, JN_EINVAL, 0, 0, "jn_extract: NULL argument");
  *out = NULL;
  if (!ctx->mecab)
    return jn__error(err, JN_EMECAB, 0, 0, "%s", ctx->mecab_error.message);
  int rc = extract_reading(out, ctx, sh, name, err);
  if (rc != JN_OK || !sh->grid_reading)
    return rc;
  /* the text read on pdftotext's grid too (jn_sheet_parse): that reading
   * is kept when it yields more values, weighed by their anchors' trust */
  jn_record *grid = NULL;
  rc = extract_reading(&grid, ctx, sh->grid_reading, name, err);
  if (rc != JN_OK) {
    jn_record_free(*out);
    *out = NULL;
    return rc;
  }
  if (values_of(grid) > values_of(*out)) {
    jn_record_free(*out);
    *out = grid;
  } else {
    jn_record_free(grid);
  }
  return JN_OK;
}

int jn_extract_json(char **out, const jn_ctx *ctx, const jn_sheet *sh, const char *name,
                    jn_error *err) {
  if (!out)
    return jn__error(err, JN_EINVAL, 0, 0, "jn_extract_json: NULL argument");
  *out = NULL;
  jn_record *rec;
  int rc = jn_extract(&rec, ctx, sh, name, err);
  if (rc != JN_OK)
    return rc;
  rc = jn_record_to_json(rec, out);
  jn_record_free(rec);
  return rc == JN_OK ? JN_OK : jn__error(err, rc, 0, 0, NULL);
}
