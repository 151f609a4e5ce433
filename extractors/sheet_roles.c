/* sheet_roles.c — what each column of a table holds, decided per table.
 *
 * The second step of the reader (docs/SHEETS.md). A table's header row,
 * when it has one, names its columns (dict/columns.tsv): the answer, the
 * 必須/選択 marker, item numbers, labels, the question, and columns that are
 * never the answer (備考, 設定例, 測定単位). Rows are then read by those roles,
 * not by their position: the marker may stand after the answer, a remark
 * column may follow it, the answer may come first. A row that lost cells to
 * a rowspan (LAYOUTS.md §1, §3) is put back in its columns by its marker.
 * Tables without a header row keep the reading by content (sheet.c). */
#include <string.h>
#include <pthread.h>

#include "dict.h"
#include "sheet.h"
#include "utf8.h"

/* The cell as a header word: no spaces, no brackets around it, no note
 * mark after it ("【回答】", "必須/選択 (注)", "No. *"). */
static size_t header_word(const char *s, size_t n, char *out, size_t cap) {
  static const char *const brackets[] = {"【", "】", "[", "]", "〔", "〕", "(注)", "*", "■"};
  size_t k = jn__squash(s, n, out, cap), w = 0;
  for (size_t i = 0; i < k; i++) /* a cell's line break (<br>: 必須/ over 選択) parts no word */
    if ((unsigned char)out[i] >= 0x20)
      out[w++] = out[i];
  out[k = w] = '\0';
  for (size_t b = 0; b < sizeof brackets / sizeof brackets[0]; b++) {
    size_t bl = strlen(brackets[b]);
    char *at;
    while ((at = strstr(out, brackets[b])) != NULL) {
      memmove(at, at + bl, k - (size_t)(at - out) - bl + 1);
      k -= bl;
    }
  }
  /* (参考)一般的な目安: a bracketed word in front is a word of the header */
  char *shut = k > 2 && out[0] == '(' ? strchr(out, ')') : NULL;
  if (shut && shut[1]) {
    memmove(shut, shut + 1, k - (size_t)(shut - out));
    memmove(out, out + 1, k - 1);
    k -= 2;
    out[k] = '\0';
  }
  /* 回答(はい・いいえ), 対応状況(○/×): what the column holds, then how */
  char *paren = k > 2 && out[k - 1] == ')' ? strchr(out, '(') : NULL;
  if (paren && paren > out) {
    *paren = '\0';
    k = (size_t)(paren - out);
  }
  return k;
}

/* The role dict/columns.tsv gives the word (and its rank), JN_COL_NONE
 * when it names no role. */
static jn_col_role role_exactly(const char *w, size_t n, int *rank);
static jn_col_role role_word(const char *w, size_t n, int *rank, int whole);

/* The length of the separator at w[k] between header words (/ or ・), 0
 * when none. */
static size_t separator_at(const char *w, size_t n, size_t k) {
  return w[k] == '/' ? 1 : k + 3 <= n && !memcmp(w + k, "・", 3) ? 3 : 0;
}

/* The role a header word ends in (当社の回答, 回答の根拠): an answer, note or
 * remark word of two characters or more at its end; none else. */
static jn_col_role suffix_role(const char *w, size_t n, int *rank) {
  for (size_t k = 3; k + 6 <= n; k += 3) { /* suffixes, three bytes a character */
    jn_col_role r = role_word(w + k, n - k, rank, 0);
    if (r == JN_COL_ANSWER || r == JN_COL_NOTE || r == JN_COL_REMARK)
      return r;
  }
  return JN_COL_NONE;
}

/* Header words joined (補足・根拠, Answer/回答): 1 when the cell is such
 * words, its role in *role: the first word's, when every word names a
 * role (by itself, or by its end when that is a note or remark word:
 * 回答の根拠), else none (有無/内容 in a row
 * is no header; 必須/ cut at its slash is none). A column of evidence and
 * remarks (回答の根拠・補足) holds the vendor's own words beside the
 * answer: a remark. 0 when the cell is one word. */
static int joined_role(const char *w, size_t n, jn_col_role *role, int *rank) {
  size_t from = 0, parts = 0;
  int first_rank = 9, remark = 0, asides = 1;
  *role = JN_COL_NONE;
  for (size_t k = 0; k <= n; k++) {
    size_t sep = k < n ? separator_at(w, n, k) : 0;
    if (k < n && !sep)
      continue;
    if (k == n && !parts)
      return 0;
    int part_rank = 9;
    jn_col_role r = role_exactly(w + from, k - from, &part_rank);
    if (r == JN_COL_NONE) { /* 回答の根拠: a word of evidence or remarks */
      r = suffix_role(w + from, k - from, &part_rank);
      r = r == JN_COL_NOTE || r == JN_COL_REMARK ? r : JN_COL_NONE;
    }
    if (r == JN_COL_NONE) {
      *role = JN_COL_NONE;
      return 1;
    }
    remark |= r == JN_COL_REMARK;
    asides &= r == JN_COL_REMARK || r == JN_COL_NOTE;
    if (!parts++)
      *role = r, first_rank = part_rank;
    from = k + sep;
    k = from - 1 + (k == n); /* past the separator; at the end, done */
  }
  if (remark && asides)
    *role = JN_COL_REMARK;
  *rank = first_rank;
  return 1;
}

/* Does the header word describe an item: an item-label word, then
 * (の) a word of content that is not surely the answer's (開示項目の説明,
 * 項目の内容)? What an item is about is its question; the vendor's
 * answer is named for itself (回答, 申請内容). */
static int describes_item(const char *w, size_t n) {
  int rank;
  for (size_t k = 6; k + 6 <= n; k += 3) {
    size_t m = k >= 9 && !memcmp(w + k - 3, "の", 3) ? k - 3 : k;
    if (role_exactly(w, m, &rank) == JN_COL_LABEL && role_word(w + k, n - k, &rank, 0) == JN_COL_ANSWER)
      return rank > 1;
  }
  return 0;
}

/* The role of a header word: the word itself in dict/columns.tsv, or a
 * cell ending in an answer or note word of two characters or more
 * (当社の回答, 貴社ご回答, 補足説明欄…). */
static jn_col_role role_of(const char *w, size_t n, int *rank) {
  jn_col_role r = role_exactly(w, n, rank);
  if (r != JN_COL_NONE || n > 40)
    return r;
  if (joined_role(w, n, &r, rank))
    return r;
  r = suffix_role(w, n, rank);
  return r == JN_COL_ANSWER && *rank > 1 && describes_item(w, n) ? JN_COL_QUESTION : r;
}

/* dict/columns.tsv, read once: a header word's role and rank. Reading the
 * embedded file again for every cell of every row cost more than the rest
 * of the parse. */
enum { MAX_COLUMN_WORDS = 256 };
static struct {
  const char *word;
  size_t len;
  jn_col_role role;
  int rank;
  int exact; /* names a column only as the whole cell, never as its end */
  int asks;  /* an answer word that, beaten by a surer one, names the question */
} column_words[MAX_COLUMN_WORDS];
static size_t n_column_words;
static pthread_once_t columns_once = PTHREAD_ONCE_INIT;

/* Is flag among the comma-separated flags of the field (exact,asks)? */
static int has_flag(const jn_dict_field *f, const char *flag) {
  size_t n = strlen(flag);
  for (size_t at = 0; at + n <= f->len;) {
    const char *comma = memchr(f->p + at, ',', f->len - at);
    size_t end = comma ? (size_t)(comma - f->p) : f->len;
    if (end - at == n && !memcmp(f->p + at, flag, n))
      return 1;
    at = end + 1;
  }
  return 0;
}

static void load_columns(void) {
  static const struct {
    const char *name;
    jn_col_role role;
  } names[] = {{"answer", JN_COL_ANSWER}, {"marker", JN_COL_MARKER},
               {"item", JN_COL_ITEM},     {"label", JN_COL_LABEL},
               {"question", JN_COL_QUESTION}, {"note", JN_COL_NOTE},
               {"remark", JN_COL_REMARK}, {"choice", JN_COL_CHOICE}};
  const jn_dict_file *f = jn__dict_find("columns.tsv");
  jn_dict_reader r = {f, 0, 0};
  jn_dict_field fl[JN_DICT_MAX_FIELDS];
  int k;
  while (f && n_column_words < MAX_COLUMN_WORDS && (k = jn__dict_next(&r, fl)) >= 2)
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      if (fl[0].len == strlen(names[i].name) && !memcmp(fl[0].p, names[i].name, fl[0].len)) {
        /* the fields point into the embedded file, which lives as long as
         * the library */
        column_words[n_column_words].word = fl[1].p;
        column_words[n_column_words].len = fl[1].len;
        column_words[n_column_words].role = names[i].role;
        column_words[n_column_words].rank = k >= 3 && fl[2].len ? fl[2].p[0] - '0' : 1;
        column_words[n_column_words].exact = k >= 4 && has_flag(&fl[3], "exact");
        column_words[n_column_words].asks = k >= 4 && has_flag(&fl[3], "asks");
        n_column_words++;
      }
}

static jn_col_role role_word(const char *w, size_t n, int *rank, int whole) {
  pthread_once(&columns_once, load_columns);
  for (size_t i = 0; n && i < n_column_words; i++)
    if (column_words[i].len == n && !memcmp(column_words[i].word, w, n) &&
        (whole || !column_words[i].exact)) {
      *rank = column_words[i].rank;
      return column_words[i].role;
    }
  return JN_COL_NONE;
}

static jn_col_role role_exactly(const char *w, size_t n, int *rank) {
  return role_word(w, n, rank, 1);
}

/* Does the header cell name, when a surer answer word heads another
 * column, the question (記述内容: in the guideline's form, what the
 * vendor is to describe), wherever it stands? */
static int asks_question(const jn_cells *c, size_t i) {
  char w[256];
  size_t k = c->len[i] < 200 ? header_word(c->p[i], c->len[i], w, sizeof w) : 0;
  pthread_once(&columns_once, load_columns);
  for (size_t j = 0; k && j < n_column_words; j++)
    if (column_words[j].asks && column_words[j].len == k && !memcmp(column_words[j].word, w, k))
      return 1;
  return 0;
}

static size_t role_prefix(const char *w, size_t n);

/* The separator after the column word ending at w[at] when another column
 * word follows it: two names of one column ("記述内容 / 情報開示内容"), 0
 * otherwise. */
static size_t names_joined(const char *w, size_t k, size_t at) {
  size_t sep = at < k ? separator_at(w, k, at) : 0;
  return sep && at + sep < k && role_prefix(w + at + sep, k - at - sep) ? sep : 0;
}

/* Does header cell i name the question, then after a separator the answer
 * (【記述内容】/情報開示内容, 質問・回答): one column holding both, the
 * question's line over the answer's? */
static int names_question_then_answer(const jn_cells *c, size_t i) {
  char w[256];
  int rank;
  size_t k = c->len[i] < 200 ? header_word(c->p[i], c->len[i], w, sizeof w) : 0;
  size_t first = k ? role_prefix(w, k) : 0;
  size_t sep = first ? names_joined(w, k, first) : 0;
  if (!sep)
    return 0;
  jn_col_role a = role_word(w, first, &rank, 1);
  int asks = a == JN_COL_QUESTION || (a == JN_COL_ANSWER && rank > 1);
  return asks && role_word(w + first + sep, k - first - sep, &rank, 1) == JN_COL_ANSWER && rank == 1;
}

/* The longest word of dict/columns.tsv that w[0..n) starts with: its
 * length, 0 when none. */
static size_t role_prefix(const char *w, size_t n) {
  pthread_once(&columns_once, load_columns);
  size_t best = 0;
  for (size_t i = 0; i < n_column_words; i++)
    if (column_words[i].role != JN_COL_CHOICE && column_words[i].len > best &&
        column_words[i].len <= n &&
        !memcmp(column_words[i].word, w, column_words[i].len))
      best = column_words[i].len;
  return best;
}

int jn__roles_header_word(const char *s, size_t n) {
  char w[256];
  int rank;
  if (n >= 200)
    return 0;
  size_t k = header_word(s, n, w, sizeof w);
  return k ? (int)role_exactly(w, k, &rank) : JN_COL_NONE;
}

int jn__roles_word(const char *s, size_t n) {
  int r = jn__roles_header_word(s, n);
  return r == JN_COL_CHOICE ? JN_COL_NONE : r; /* はい alone is an answer */
}

int jn__roles_header_line(const char *s, size_t n) {
  char w[512];
  if (n >= 400)
    return 0;
  size_t k = header_word(s, n, w, sizeof w), at = 0, words = 0;
  for (size_t step; at < k && (step = role_prefix(w + at, k - at)) > 0; at += step) {
    words++;
    at += names_joined(w, k, at + step);
  }
  /* one word alone counts when bracketed as a header: 【記述内容】 */
  int bracketed = n > 6 && !memcmp(s, "【", 3) && !memcmp(s + n - 3, "】", 3);
  /* "… 情報開示内容 必須/" over "選択": the last cell wrapped at its
   * separator */
  int cut = words >= 2 && at < k && at + separator_at(w, k, at) == k;
  return (at == k && (words >= 2 || (words == 1 && bracketed))) || cut;
}

int jn__roles_marker_last(const char *s, size_t n, int *answer_before) {
  char w[512];
  if (n >= 400)
    return 0;
  size_t k = header_word(s, n, w, sizeof w), at = 0;
  int answer = *answer_before, rank, words = 0, last = JN_COL_NONE;
  for (size_t step; at < k && (step = role_prefix(w + at, k - at)) > 0; at += step) {
    jn_col_role r = role_word(w + at, step, &rank, 1);
    answer |= r == JN_COL_ANSWER && rank == 1; /* not 内容, which may be the question */
    *answer_before = answer;
    if (r == JN_COL_MARKER && answer)
      return 1;
    words++, last = r;
    at += names_joined(w, k, at + step);
  }
  /* the marker the header's last word, after three columns or more (区分
   * 項目 内容 必須/選択): whatever column holds the answer stands before it */
  return at == k && last == JN_COL_MARKER && words >= 4;
}

/* Is the header word w[0..k) the marker's word cut at its separator
 * (必須/, 必須・)? */
static int marker_word_cut(const char *w, size_t k) {
  size_t m = k ? jn__marker_word(w, k, JN_MARKER_WORD, NULL) : 0;
  return m && m < k && m + separator_at(w, k, m) == k;
}

int jn__roles_cut_marker(const char *s, size_t n) {
  char w[256];
  size_t k = n < 200 ? header_word(s, n, w, sizeof w) : 0;
  return marker_word_cut(w, k);
}

int jn__roles_names_answer(const char *s, size_t n) {
  char w[512];
  if (n >= 400)
    return 0;
  size_t k = header_word(s, n, w, sizeof w);
  for (size_t at = 0; at < k; at++) {
    int rank;
    size_t step = (unsigned char)w[at] >= 0x80 && ((unsigned char)w[at] & 0xC0) == 0x80
                      ? 0 /* inside a character */
                      : role_prefix(w + at, k - at);
    if (step && role_word(w + at, step, &rank, 1) == JN_COL_ANSWER && rank == 1)
      return 1;
  }
  return 0;
}

int jn__roles_letters(const jn_cells *c) {
  size_t letters = 0, filled = 0;
  for (size_t i = 0; i < c->n; i++) {
    if (!c->len[i])
      continue;
    filled++;
    letters += c->len[i] <= 2 && c->p[i][0] >= 'A' && c->p[i][0] <= 'Z' &&
               (c->len[i] == 1 || (c->p[i][1] >= 'A' && c->p[i][1] <= 'Z'));
  }
  return filled >= 3 && letters == filled;
}

/* A header cell that is also what the marker column's rows hold (必須, or
 * 必 as a converter cuts it short): it names the column, but every row of
 * the table has one, so it does not count towards making a row a header. */
static int marker_value(const char *s, size_t n) {
  const char *canon;
  return n <= 3 || jn__sheet_marker(s, n, &canon) == n;
}

/* A header naming the item and the remarks but not the answer's column
 * (項目 | 保証値 | 備考, 項目 | 当社の対応 | 補足): the one column it leaves
 * unnamed, right of a label or question column, is the answer's. -1 when
 * there is none or more than one. */
static int unnamed_answer(const jn_roles *r, size_t n) {
  int seen_label = 0, found = -1;
  for (size_t i = 0; i < n; i++) {
    if (r->role[i] == JN_COL_LABEL || r->role[i] == JN_COL_QUESTION)
      seen_label = 1;
    else if (r->role[i] == JN_COL_NONE && seen_label) {
      if (found >= 0)
        return -1;
      found = (int)i;
    }
  }
  return found;
}

/* A checklist's one column of marks (対応(○/×)) with a remarks column
 * after it (備考): the marks answer, the remark says how (METI's
 * checklist of cloud service levels: 測定単位 | 設定例 | 対応 | 備考, the
 * example column no answer, spec §7). The marks' column, -1 when the
 * header has no such pair. */
static int marked_with_remark(const jn_roles *r, size_t n) {
  int choice = -1;
  for (size_t i = 0; i < n; i++) {
    if (r->role[i] == JN_COL_CHOICE) {
      if (choice >= 0)
        return -1;
      choice = (int)i;
    } else if (r->role[i] == JN_COL_REMARK && choice >= 0) {
      return choice;
    }
  }
  return -1;
}

/* Columns each named by one answer (はい | いいえ | 該当なし, 対応 | 未対応):
 * a questionnaire marks the one that applies (○). Two or more, and no
 * answer column: the first stands for the answer, which a row's marked
 * cell gives as its column's word (jn__roles_drop_notes). */
static void choice_columns(jn_roles *r, const jn_cells *c) {
  size_t n = 0; /* columns of different words (はい | いいえ, not 有 | 有) */
  for (size_t i = 0; i < c->n; i++) {
    int again = 0;
    for (size_t j = 0; j < i && !again; j++)
      again = r->role[j] == JN_COL_CHOICE && c->len[j] == c->len[i] &&
              !memcmp(c->p[j], c->p[i], c->len[i]);
    n += r->role[i] == JN_COL_CHOICE && !again;
  }
  for (size_t i = 0; i < c->n && n >= 2; i++) {
    if (r->role[i] != JN_COL_CHOICE)
      continue;
    size_t k = c->len[i] < sizeof r->choice[i] ? c->len[i] : 0;
    memcpy(r->choice[i], c->p[i], k);
    r->choice[i][k] = '\0';
    if (r->answer < 0)
      r->answer = (int)i;
  }
}

/* Does header cell i say 必須 or 選択 (必須/選択, 必須・選択, 必須)? */
static int names_marker(const jn_cells *c, size_t i) {
  char w[256];
  size_t k = c->len[i] < 200 ? header_word(c->p[i], c->len[i], w, sizeof w) : 0;
  return k && jn__marker_word(w, k, JN_MARKER_WORD, NULL) > 0;
}

/* Is the cell a marker word cut at its separator (必須/, 必須・), or what
 * follows the cut (/選択, or the separator alone): a column one character
 * wide stacks 必, 須, /, 選, 択 on lines of their own, which w3m centres on
 * the header's line, the middle one there and the rest above and below? */
static int marker_cut(const jn_cells *c, size_t i) {
  char w[256];
  size_t k = c->len[i] < 200 ? header_word(c->p[i], c->len[i], w, sizeof w) : 0;
  size_t sep = k ? separator_at(w, k, 0) : 0;
  if (sep && (sep == k || jn__marker_word(w + sep, k - sep, JN_MARKER_WORD, NULL) == k - sep))
    return 1;
  return marker_word_cut(w, k);
}

int jn__roles_from_header(const jn_cells *c, jn_roles *out) {
  jn_roles r;
  memset(&r, 0, sizeof r);
  r.answer = r.marker = r.item = -1;
  int named = 0, best_rank = 9;
  size_t n_answers = 0;
  for (size_t i = 0; i < c->n; i++) {
    char w[256];
    int rank = 9;
    size_t k = c->len[i] < 200 ? header_word(c->p[i], c->len[i], w, sizeof w) : 0;
    jn_col_role role = role_of(w, k, &rank);
    r.role[i] = (unsigned char)role;
    /* an answer word (はい, 有) names a column only beside other headers:
     * a row of answers (有 | 有) is no header */
    named += role != JN_COL_NONE && role != JN_COL_CHOICE &&
             !(role == JN_COL_MARKER && marker_value(c->p[i], c->len[i]));
    if (role == JN_COL_ANSWER) {
      n_answers++;
      if (rank <= best_rank) /* of equal words, the rightmost */
        best_rank = rank, r.answer = (int)i;
    }
    if (role == JN_COL_MARKER && (r.marker < 0 || (!names_marker(c, (size_t)r.marker) &&
                                                   names_marker(c, i)))) {
      /* 区分 | … | 必須/選択: the column the marker's own word heads is the
       * marker's; the other (区分) holds a category, a label */
      if (r.marker >= 0)
        r.role[r.marker] = JN_COL_LABEL;
      r.marker = (int)i;
    }
    if (role == JN_COL_ITEM && r.item < 0)
      r.item = (int)i;
  }
  /* the marker's own word cut at its separator (必須/ over 選択, a print
   * that wrapped the header's narrow cell) heads the marker's column still,
   * against a 区分 that named none, or where no column names the marker
   * and a sure answer word (申請内容, not 記述内容, which the rest of the
   * cut header may follow) names the answer's */
  for (size_t i = 0;
       i < c->n && (r.marker >= 0 ? !names_marker(c, (size_t)r.marker) : best_rank == 1); i++)
    if (r.role[i] == JN_COL_NONE && marker_cut(c, i)) {
      if (r.marker >= 0)
        r.role[r.marker] = JN_COL_LABEL;
      else
        named++;
      r.marker = (int)i;
      r.role[i] = JN_COL_MARKER;
    }
  if (named >= 2 && r.answer < 0 && r.marker < 0)
    choice_columns(&r, c);
  if (named >= 2 && r.answer < 0 && r.marker < 0)
    r.answer = marked_with_remark(&r, c->n);
  if (named >= 2 && r.answer < 0 && r.marker < 0)
    r.answer = unnamed_answer(&r, c->n);
  if (named < 2 || (r.answer < 0 && r.marker < 0))
    return 0;
  /* answer words that lost to a better one name the question before it
   * (記述内容 beside 申請内容), a remark after it (対応状況 | 詳細); the
   * form's own name for the question names it after the answer too
   * (申請内容 | 記述内容) */
  for (size_t i = 0; n_answers > 1 && i < c->n; i++)
    if (r.role[i] == JN_COL_ANSWER && (int)i != r.answer)
      r.role[i] = (int)i < r.answer || asks_question(c, i) ? JN_COL_QUESTION : JN_COL_REMARK;
  /* a column after the answer's that the header names with a word of no
   * role (最終確認日, 担当部署) holds something about the answer, not it,
   * when the answer's word is sure (回答, not 内容, which may name the
   * question while a damaged header cell after it is the answer's); a
   * marker's header cut short (必須/) is none of them */
  for (size_t i = r.answer >= 0 && best_rank == 1 ? (size_t)r.answer + 1 : c->n; i < c->n; i++)
    if (r.role[i] == JN_COL_NONE && c->len[i] &&
        !jn__marker_word(c->p[i], c->len[i], JN_MARKER_WORD, NULL))
      r.role[i] = JN_COL_NOTE;
  r.n = c->n;
  r.known = 1;
  r.answer_rank = best_rank;
  r.asks_too = r.answer >= 0 && names_question_then_answer(c, (size_t)r.answer);
  *out = r;
  return 1;
}

/* Is the cell a required marker (alone or before the answer)? */
static int marker_cell(const jn_cells *c, size_t i, size_t *skip) {
  const char *canon;
  *skip = c->len[i] ? jn__sheet_marker(c->p[i], c->len[i], &canon) : 0;
  return *skip > 0;
}

/* Is the answer the last column that is not a note, with the marker (if
 * any) before it? Then rows are read by their content (sheet.c), which
 * also copes with cells shifted within a row, as real sheets have them;
 * the roles only take the note columns out. */
void jn__roles_drop_margin(jn_roles *r) {
  if (!r->known || r->n < 2 || r->role[0] != JN_COL_NONE)
    return; /* column A named something: it is the table's */
  memmove(r->role, r->role + 1, (r->n - 1) * sizeof r->role[0]);
  memmove(r->choice, r->choice + 1, (r->n - 1) * sizeof r->choice[0]);
  r->n--;
  r->answer -= r->answer > 0, r->marker -= r->marker > 0, r->item -= r->item > 0;
}

int jn__roles_usual(const jn_roles *r) {
  if (r->answer < 0)
    return r->marker >= 0 && (size_t)r->marker + 1 >= r->n;
  for (size_t i = (size_t)r->answer + 1; i < r->n; i++)
    if (r->role[i] != JN_COL_NOTE && r->role[i] != JN_COL_REMARK && r->role[i] != JN_COL_NONE &&
        r->role[i] != JN_COL_CHOICE)
      return 0;
  /* the marker after the item, label and question columns, as the form
   * has it; one before them (必須/選択 | No. | 項目 | …) is read by the
   * header's roles */
  for (long i = r->marker + 1; r->marker >= 0 && i < r->answer; i++)
    if (r->role[i] == JN_COL_ITEM || r->role[i] == JN_COL_LABEL || r->role[i] == JN_COL_QUESTION)
      return 0;
  return r->marker < r->answer;
}

/* Does a cell of the row hold a 必須/選択 marker? */
static int has_marker(const jn_cells *c) {
  for (size_t i = 0; i < c->n; i++) {
    const char *canon;
    if (c->len[i] && jn__marker_word(c->p[i], c->len[i], JN_MARKER_WORD, &canon))
      return 1;
  }
  return 0;
}

/* A row that lost a cell to a rowspan on its left: a checklist's 種別
 * spans the rows of its group, and converters leave the later rows one
 * cell short, everything shifted left (LAYOUTS.md §3). Such a row ends one
 * column before the answer's, and its first label column holds no group
 * value seen so far (可用性, 信頼性) but the next column's text. Returns
 * the shift (0 or 1); rows that end at the answer teach the group values.
 * jn__roles_split reads a shifted row's answer and label one column left. */
static size_t row_shift(jn_roles *r, const jn_cells *c, int tabs) {
  int label = -1;
  for (size_t i = 0; i < r->n && label < 0; i++)
    if (r->role[i] == JN_COL_LABEL && (int)i > r->item)
      label = (int)i;
  if (label < 0 || r->answer <= label || (size_t)label >= c->n)
    return 0;
  int last = (int)c->n - 1;
  while (last >= 0 && !c->len[last])
    last--;
  const char *v = c->p[label];
  size_t vn = c->len[label];
  int known = 0;
  for (size_t g = 0; g < r->n_groups && !known; g++)
    known = r->group_len[g] == vn && !memcmp(r->group[g], v, vn);
  /* under a header with columns after the answer (備考), a browser's copy
   * keeps a row's empty cells (tabs; a Markdown row drops its last empty
   * one): a row as long as the header is whole, one a cell shorter and
   * without a marker to place it lost its first, whatever it ends with */
  int trailing = r->answer < (int)r->n - 1,
      cut = tabs && trailing && c->n + 1 == r->n && !has_marker(c);
  int whole = last == r->answer ? !cut : tabs && trailing && c->n == r->n && last > r->answer;
  if (whole) {
    if (vn && vn <= 48 && !known && r->n_groups < sizeof r->group / sizeof r->group[0]) {
      r->group[r->n_groups] = v;
      r->group_len[r->n_groups++] = vn;
    }
    return 0;
  }
  int short_row = last == r->answer - 1 || (cut && last >= r->answer - 1);
  return short_row && vn && !known && r->n_groups ? 1 : 0;
}

/* A mark that picks its column (○, ✓, x), not one that rules it out (×,
 * －). */
static int picks(const char *s, size_t n) {
  static const char *const no[] = {"×", "✕", "-", "－", "ー", "—", "―"};
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
    if (n == strlen(no[i]) && !memcmp(s, no[i], n))
      return 0;
  return n > 0;
}

/* The row's answer from its choice columns: the word of the column
 * marked, in the answer's cell; the other choice cells emptied. */
static void take_choice(const jn_roles *r, jn_cells *c) {
  int picked = -1;
  for (size_t i = 0; i < c->n && i < r->n; i++)
    if (r->role[i] == JN_COL_CHOICE && r->choice[i][0] && picks(c->p[i], c->len[i]) && picked < 0)
      picked = (int)i;
  for (size_t i = 0; i < c->n && i < r->n; i++)
    if (r->role[i] == JN_COL_CHOICE && r->choice[i][0])
      c->len[i] = 0;
  if (picked >= 0 && r->answer >= 0 && (size_t)r->answer < c->n) {
    c->p[r->answer] = r->choice[picked];
    c->len[r->answer] = strlen(r->choice[picked]);
  }
}

/* How far right of the header's marker column the row's marker cell
 * stands (a whole marker word, or one half of it where a narrow column
 * stacks the word: 必 over 須): a row whose cells a rowspan or a
 * spanning header cell moved keeps its marker; 0 when the row has none
 * or the header names no marker. */
static long marker_offset(const jn_roles *r, const jn_cells *c) {
  if (r->marker < 0)
    return 0;
  for (size_t i = 0; i < c->n; i++)
    if (jn__marker_piece(c->p[i], c->len[i]))
      return (long)i - r->marker;
  return 0;
}

void jn__roles_drop_notes(jn_roles *r, jn_cells *c, int tabs, const char **remark,
                          size_t *remark_len) {
  if (r->answer >= 0 && r->choice[r->answer][0])
    take_choice(r, c);
  long moved = marker_offset(r, c);
  size_t shift = moved ? 0 : row_shift(r, c, tabs);
  r->shift = shift;
  *remark = NULL, *remark_len = 0;
  for (size_t i = shift; i < r->n; i++) {
    long at = moved ? (long)i + moved : (long)(i - shift);
    if (at < 0 || (size_t)at >= c->n)
      continue;
    if (r->role[i] == JN_COL_REMARK && !*remark && c->len[at])
      *remark = c->p[at], *remark_len = c->len[at];
    if (r->role[i] == JN_COL_NOTE || r->role[i] == JN_COL_REMARK)
      c->len[at] = 0;
  }
}

/* Do the header and the row both open with the marker (必須/選択 | 項番 |
 * 大項目 | …)? A row under a rowspan then keeps its marker and item and
 * leaves out the spanned cells after them: its answer is its last cell,
 * not the one after its marker. */
static int marker_first(const jn_roles *r, const jn_cells *c, size_t first, int marker) {
  for (long i = 0; i < r->marker; i++)
    if (r->role[i] != JN_COL_NONE && r->role[i] != JN_COL_NOTE)
      return 0;
  for (size_t i = first; i < (size_t)marker; i++)
    if (c->len[i])
      return 0;
  return 1;
}

static long last_filled(const jn_cells *c) {
  long i = (long)c->n - 1;
  while (i > 0 && !c->len[i])
    i--;
  return i;
}

int jn__roles_split(const jn_roles *r, const jn_cells *c, size_t first, jn_row_cells *out) {
  memset(out, 0, sizeof *out);
  if (jn__roles_usual(r))
    return 0;
  out->answer = out->marker = out->question = out->label = -1;
  long shift = 0, a = r->answer;
  for (size_t i = first; i < c->n; i++) {
    size_t skip;
    if (marker_cell(c, i, &skip)) {
      out->marker = (int)i;
      out->marker_skip = skip;
      break;
    }
  }
  if (out->marker >= 0 && out->marker_skip < c->len[out->marker]) {
    /* the answer stuck to its marker ("必須 2023/11/1", spec §3): that
     * cell is the answer, wherever the header put the two columns */
    a = out->marker;
    out->answer_skip = out->marker_skip;
  } else if (out->marker >= 0 && r->marker >= 0) {
    /* a row that lost cells to a rowspan on its left is put back in its
     * columns by its marker */
    shift = (long)r->marker - out->marker;
    a = r->answer >= 0 ? r->answer - shift : out->marker + 1;
    /* past the row's end: the header's cells stood in another order than
     * the rows' (a print's narrow marker header placed before the question
     * header), but the answer follows the marker in both */
    if (a >= (long)c->n && r->answer > r->marker && (size_t)out->marker + 1 < c->n)
      a = marker_first(r, c, first, out->marker) ? last_filled(c) : out->marker + 1;
  } else if (r->answer < 0) {
    return 0; /* neither an answer column nor a marker: read by content */
  } else if (r->shift) {
    shift = (long)r->shift; /* a row that lost its group's cell (row_shift) */
    a = r->answer - shift;
  }
  /* more cells than the header has: a header cell spans columns (【審査対象
   * 項目】 over No., 大項目 and 小項目), the first label's; the columns
   * after it stand as far right in the row as in the header */
  long extra = (long)c->n - (long)r->n, span = -1;
  for (size_t i = 0; i < r->n && span < 0; i++)
    if (r->role[i] == JN_COL_LABEL)
      span = (long)i;
  int spread = shift == 0 && extra > 0 && span >= 0 && (r->marker < 0 || r->marker < span) &&
               r->answer > span && a == r->answer;
  if (spread)
    a += extra;
  if (a < (long)first || a >= (long)c->n) {
    if (out->marker < 0)
      return 0; /* the row does not reach the answer column: read by content */
    a = -1;     /* a marker and nothing in the answer's column: blank */
  }
  out->answer = (int)a;
  /* the question and the label: the cells the header names so, else the
   * last two cells that hold neither the answer, the marker, an item
   * number nor a note */
  int named[2] = {-1, -1}; /* question, label */
  int label_before = -1;   /* the label column before the last one */
  for (size_t i = first; i < c->n; i++) {
    long col = spread && (long)i > span ? ((long)i - extra > span ? (long)i - extra : span)
                                        : (long)i + shift;
    jn_col_role role = col >= 0 && col < (long)r->n ? (jn_col_role)r->role[col] : JN_COL_NONE;
    const char *id;
    size_t idn;
    if ((int)i == out->answer || (int)i == out->marker || !c->len[i] || role == JN_COL_NOTE ||
        role == JN_COL_REMARK || role == JN_COL_CHOICE ||
        (role == JN_COL_ITEM && jn__sheet_item_id(c->p[i], c->len[i], &id, &idn)))
      continue;
    if (role == JN_COL_QUESTION || role == JN_COL_LABEL) {
      if (role == JN_COL_LABEL)
        label_before = named[1];
      named[role == JN_COL_LABEL] = (int)i; /* the header says which */
      continue;
    }
    out->label = out->question;
    out->question = (int)i;
  }
  if (named[0] >= 0 || named[1] >= 0) {
    int q = named[0] >= 0 ? named[0] : out->question;
    int l = named[1] >= 0 ? named[1] : out->question != q ? out->question : out->label;
    out->question = q >= 0 ? q : l;
    /* labels only (大項目 | 小項目 | 開示項目): the last asks, the one
     * before names its item */
    out->label = q >= 0 ? l : label_before;
  }
  if (r->shift && out->label < 0)
    out->label = out->question; /* its own item's label, not the group's row's */
  return 1;
}
