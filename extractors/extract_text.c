/* extract_text.c — values that are words: a person's name without titles,
 * the prefecture of an address, lists of names or canonical ids. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "utf8.h"

/* 〒105-0000 東京都港区… → 東京都: the first prefecture named. */
int jn__extract_prefecture(const char *a, jn_buf *v) {
  static const char *const whole[] = {"東京都", "北海道", "大阪府", "京都府", "神奈川県",
                                      "和歌山県", "鹿児島県"};
  const char *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
    const char *at = strstr(a, whole[i]);
    if (at && (!best || at < best))
      best = at, best_len = strlen(whole[i]);
  }
  const char *ken = strstr(a, "県");
  if (ken && ken - a >= 6 && (!best || ken - 6 < best) && (unsigned char)ken[-6] >= 0xE4)
    best = ken - 6, best_len = 9; /* two kanji and 県 */
  if (!best)
    return JN_STATUS_UNPARSED;
  jn__buf_put_json_string(v, best, best_len);
  return JN_STATUS_VALUE;
}

/* ------------------------------------------------------------- persons */

/* Does the word [p, p+n) end like a post or a department (システム管理責任者,
 * 情報セキュリティ委員長, 開発本部長, 情報システム部)? */
static int role_word(jn_extractor *x, const char *p, size_t n) {
  const jn_lexicon *lx = &x->ctx->lex;
  for (size_t i = 0; i < lx->n_person_words; i++) {
    const jn_person_word *w = &lx->person_words[i];
    size_t k = strlen(w->word);
    if (!w->kind || n < k || memcmp(p + n - k, w->word, k))
      continue;
    if (k > 3)
      return 1;
    /* one kanji ends a post only in a longer word that is not a surname:
     * 服部, 阿部, 美濃部 are names (MeCab: 人名,姓), 総務部 is not */
    const jn_word *words;
    size_t count = n >= 9 ? jn__morph_words(x->morph, p, n, &words) : 0;
    return count > 0 && !(count == 1 && words[0].kind == JN_WORD_SURNAME);
  }
  return 0;
}

/* An acronym title at p: C, one to three capitals, O (CEO, CISO, CPRO),
 * not inside a longer word. Its length, or 0. */
static size_t acronym_title(const char *start, const char *p) {
  if (*p != 'C' || (p > start && ((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= 'a' && p[-1] <= 'z'))))
    return 0;
  size_t k = 1;
  while (k <= 4 && p[k] >= 'A' && p[k] <= 'Z')
    k++;
  if (k < 3 || p[k - 1] != 'O' || (p[k] >= 'a' && p[k] <= 'z'))
    return 0;
  return k;
}

/* The title of dict/person_words.tsv at p: its length, or 0. */
static size_t title_at(const jn_lexicon *lx, const char *start, const char *p) {
  for (size_t i = 0; i < lx->n_person_words; i++) {
    const jn_person_word *w = &lx->person_words[i];
    if (!w->kind && !strncmp(p, w->word, strlen(w->word)))
      return strlen(w->word);
  }
  return acronym_title(start, p);
}

/* Where the name starts: after the last ":" or ";" (有り: 責任者 …) and
 * after the last word that names a post, before any parenthesis. */
static const char *name_start(jn_extractor *x, const char *a) {
  const char *stop = strchr(a, '(');
  const char *start = a;
  for (const char *p = a; *p && (!stop || p < stop); p++)
    if (*p == ':' || *p == ';')
      start = p + 1;
  for (const char *p = start; *p && (!stop || p < stop);) {
    while (*p == ' ')
      p++;
    const char *w = p;
    while (*p && *p != ' ' && (!stop || p < stop))
      p++;
    if (p > w && role_word(x, w, (size_t)(p - w)) && *p == ' ')
      start = p;
  }
  return start;
}

/* A word joining two titles at p (dict/words.tsv title_join): its length
 * when a title stands just after it and its spaces (兼 CEO), or one ends
 * right before it, glued (取締役兼吉岡修, the blanks lost), else 0: after a
 * title and a blank it may start a surname (CEO 兼子 一郎). */
static size_t title_join(jn_extractor *x, const char *p, int after_title) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t k = jn__words_start(lx, JN_WORDS_TITLE_JOIN, p, strlen(p));
  if (!k)
    return 0;
  size_t e = k;
  while (p[e] == ' ')
    e++;
  return after_title == 2 || title_at(lx, p, p + e) ? k : 0;
}

/* The text from name_start() without titles, parenthesised notes and
 * surrounding spaces, into buf. Returns its length. */
static size_t strip_titles(jn_extractor *x, const char *a, char *buf, size_t size) {
  const jn_lexicon *lx = &x->ctx->lex;
  size_t n = 0, mark = (size_t)-1; /* where the text after the last title starts */
  int after_title = 0; /* 2: a title was removed right before p */
  const char *from = name_start(x, a);
  for (const char *p = from; *p && n + 1 < size;) {
    if (*p == '(' || *p == '*' || !strncmp(p, "※", 3)) { /* (兼管理部長), *CSRO… */
      const char *close = *p == '(' ? strchr(p, ')') : NULL;
      if (!close)
        break;
      p = close + 1;
      continue;
    }
    size_t k = title_at(lx, from, p);
    if (k) {
      /* text glued between two titles is the second's department, its
       * blanks lost (取締役管理本部長波多野涼子: 管理本部長 a post) */
      if (mark != (size_t)-1 && n > mark && !memchr(buf + mark, ' ', n - mark))
        n = mark;
      p += k;
      after_title = 2; /* a title ends here */
      mark = n;
      continue;
    }
    if ((k = title_join(x, p, after_title)) != 0) {
      p += k;
      continue;
    }
    after_title = 0;
    buf[n++] = *p++;
  }
  n = jn__utf8_whole(buf, n); /* a long answer cut at a character's end */
  size_t s0 = 0;
  while (s0 < n && buf[s0] == ' ')
    s0++;
  while (n > s0 && buf[n - 1] == ' ')
    n--;
  memmove(buf, buf + s0, n - s0);
  return n - s0;
}

/* A sentence rather than a name ("当社代表の山田太郎が兼務"): MeCab finds a
 * verb, a particle or an auxiliary. Then the name is the first run of
 * words MeCab knows as person names (姓, 名), with the spaces between them
 * and unknown words inside the run ("架空 淳", "架空 三十五"). Returns 1 and
 * narrows [*start, *len) to it, 0 to keep the text as it is, -1 for a
 * sentence that names nobody. */
static int name_in_sentence(jn_morph *m, const char *s, size_t n, size_t *start, size_t *len) {
  const jn_word *w;
  size_t count = m ? jn__morph_words(m, s, n, &w) : 0;
  int sentence = 0;
  for (size_t i = 0; i < count; i++)
    sentence |= w[i].kind == JN_WORD_VERB || w[i].kind == JN_WORD_PARTICLE ||
                w[i].kind == JN_WORD_AUX || w[i].kind == JN_WORD_NEGATION;
  if (!sentence)
    return 0;
  int found = 0;
  for (size_t i = 0; i < count; i++) {
    if (w[i].kind != JN_WORD_SURNAME && w[i].kind != JN_WORD_GIVEN_NAME)
      continue;
    size_t j = i + 1;
    while (j < count && (w[j].kind == JN_WORD_SURNAME || w[j].kind == JN_WORD_GIVEN_NAME ||
                         w[j].kind == JN_WORD_UNKNOWN))
      j++;
    /* a given name after a proper noun MeCab knows as a place: the
     * surname (琴平 真理子, 宇治 光太郎) */
    if (w[i].kind == JN_WORD_GIVEN_NAME && i > 0 &&
        (w[i - 1].kind == JN_WORD_PROPER || w[i - 1].kind == JN_WORD_UNKNOWN))
      i--;
    *start = w[i].start;
    *len = w[j - 1].start + w[j - 1].len - w[i].start;
    found = 1;
    break;
  }
  return found ? 1 : -1; /* a sentence without a name (代表取締役が兼務) */
}

/* A post glued to the name, the spaces between them lost (w3m drops the
 * blanks it wraps a narrow cell at: 取締役管理本部長波多野涼子, the titles
 * stripped to 管理本波多野涼子): the name is the last run of words MeCab
 * knows as a surname then given names, when other words stand before it.
 * Narrows [*start, *len); 0 when the text is not so. */
static int name_after_post(jn_morph *m, const char *s, size_t n, size_t *start, size_t *len) {
  const jn_word *w;
  if (memchr(s, ' ', n))
    return 0; /* spaces still part post and name: name_start() did */
  size_t count = m ? jn__morph_words(m, s, n, &w) : 0;
  size_t i = count;
  while (i > 0 && (w[i - 1].kind == JN_WORD_GIVEN_NAME || w[i - 1].kind == JN_WORD_UNKNOWN))
    i--;
  if (i == 0 || i == count)
    return 0;
  size_t first = i - 1; /* the surname: 伊達|宗|一郎 is read as two surnames */
  if (w[first].kind == JN_WORD_SURNAME)
    while (first > 0 && w[first - 1].kind == JN_WORD_SURNAME)
      first--;
  else if (w[first].kind != JN_WORD_PROPER) /* a place's name as the surname: 鴨川|俊哉 */
    return 0;
  /* a post of two characters at least before it: 田|阪|直人 is one name */
  if (first == 0 || jn__utf8_count(s, w[first].start) < 2)
    return 0;
  *start = w[first].start;
  *len = n - w[first].start;
  return 1;
}

/* The first sub-answer of a: up to a line break or a slash ("有:CTO 大須
 * 健吾\n有:情報セキュリティ委員会", "霞 修一/62歳/…"), in out. */
static void first_part(const char *a, char *out, size_t size) {
  /* "最高情報セキュリティ責任者(CISO):取締役 桐ヶ谷 誠一": the role, a
   * colon outside brackets, then the person */
  size_t n = strcspn(a, "\n/");
  const char *wide = strstr(a, "／");
  if (wide && (size_t)(wide - a) < n)
    n = (size_t)(wide - a);
  int depth = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    depth += (a[i] == '(') - (a[i] == ')' && depth > 0);
    if (a[i] == ':' && !depth && i > 0) {
      size_t k = i + 1;
      while (k < n && a[k] == ' ')
        k++;
      a += k, n -= k;
      break;
    }
  }
  if (n >= size)
    n = jn__utf8_whole(a, size - 1);
  memcpy(out, a, n);
  out[n] = '\0';
}

/* A yes whose brackets hold all the rest ("有り(CISO 山口 直樹)"): the
 * brackets' text, in place (a name in brackets after a yes is the answer,
 * not a note on it). */
static void unwrap_yes(char *s) {
  static const char *const yes[] = {"有り", "有", "あり"};
  size_t n = strlen(s);
  for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
    size_t k = strlen(yes[i]);
    if (n > k + 2 && !memcmp(s, yes[i], k) && s[k] == '(' && s[n - 1] == ')' &&
        !memchr(s + k + 1, '(', n - k - 2)) {
      memmove(s, s + k + 1, n - k - 2);
      s[n - k - 2] = '\0';
      return;
    }
  }
}

/* Drops yes/no words standing alone at either end ("有 森下 大輔 有"). */
static size_t trim_yes_no(char *buf, size_t n) {
  static const char *const words[] = {"有", "無", "あり", "なし", "○", "×"};
  for (int again = 1; again;) {
    again = 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
      size_t k = strlen(words[i]);
      if (n > k && !memcmp(buf, words[i], k) && buf[k] == ' ') {
        memmove(buf, buf + k + 1, n - k - 1), n -= k + 1, again = 1;
      } else if (n > k && !memcmp(buf + n - k, words[i], k) && buf[n - k - 1] == ' ') {
        n -= k + 1, again = 1;
      }
    }
  }
  return n;
}

/* The guideline's 必須/選択 marker left at either end of a person's answer
 * (必須 北斗 誠一郎, 柚木 大輔 【必須】: a row's cells run together), with
 * its blank or brackets, removed (dict/markers.tsv). */
size_t jn__extract_trim_markers(char *buf, size_t n) {
  size_t k;
  if ((k = jn__marker_word(buf, n, JN_MARKER_WORD, NULL)) != 0 && k < n && buf[k] == ' ' &&
      !jn__marker_word(buf, n, JN_MARKER_COMPOUND, NULL)) {
    memmove(buf, buf + k + 1, n - k - 1);
    n -= k + 1;
  }
  const char *sp = NULL;
  for (size_t i = 0; i < n; i++)
    sp = buf[i] == ' ' ? buf + i : sp;
  if (sp) {
    const char *w = sp + 1;
    size_t wn = n - (size_t)(w - buf), b = 0;
    if (wn > 6 && !memcmp(w, "【", 3) && !memcmp(w + wn - 3, "】", 3))
      b = 3; /* 【必須】 */
    if ((k = jn__marker_word(w + b, wn - 2 * b, JN_MARKER_WORD, NULL)) == wn - 2 * b)
      n = (size_t)(sp - buf);
  }
  return n;
}

/* The first part of a without its titles and yes/no words, in buf; a
 * line that holds nothing else is the post above the name, on the line
 * before it (代表取締役社長 CEO, then 山本大輔): the next line is read. */
static size_t person_part(jn_extractor *x, const char *a, char *buf, size_t size) {
  char part[512];
  for (;;) {
    first_part(a, part, sizeof part);
    unwrap_yes(part);
    int empty = !part[0];
    size_t n = strip_titles(x, part, buf, size);
    /* once more: a post the titles stood between it and the name
     * (統括責任者取締役CTO 浅葱健, the blank lost by w3m) ends only now */
    memcpy(part, buf, n);
    part[n] = '\0';
    n = strip_titles(x, part, buf, size);
    n = jn__extract_trim_markers(buf, trim_yes_no(buf, n));
    const char *next = strchr(a, '\n');
    if (n || !next || empty)
      return n;
    a = next + 1;
  }
}

/* 代表取締役社長 CEO 架空 淳 → 架空 淳: titles, roles and notes removed. */
int jn__extract_person(jn_extractor *x, const char *a, jn_buf *v) {
  char buf[512];
  size_t n = person_part(x, a, buf, sizeof buf), start = 0;
  int said = n ? name_in_sentence(x->morph, buf, n, &start, &n) : -1;
  if (said < 0)
    return JN_STATUS_UNPARSED;
  if (!said)
    name_after_post(x->morph, buf, n, &start, &n);
  /* a name holds no figure: one after it is the next cell's or the
   * career's run into it (佐伯亮介 1972年生まれ) */
  for (size_t i = 0; i < n; i++)
    if (buf[start + i] >= '0' && buf[start + i] <= '9') {
      for (n = i; n && buf[start + n - 1] == ' ';)
        n--;
      break;
    }
  if (!n)
    return JN_STATUS_UNPARSED;
  jn__buf_put_json_string(v, buf + start, n);
  return JN_STATUS_VALUE;
}

/* ------------------------------------------------------------ negation */

int jn__extract_negated(jn_extractor *x, const char *a, size_t n) {
  const jn_word *w;
  size_t count = x->morph ? jn__morph_words(x->morph, a, n, &w) : 0;
  for (size_t i = 0; i < count; i++) {
    if (w[i].kind != JN_WORD_NEGATION)
      continue;
    /* a clause ends after it ("しないよう" goes on: a purpose, not a no) */
    size_t end = w[i].start + w[i].len;
    if (i + 1 == count || w[i + 1].kind == JN_WORD_SYMBOL || end == n || a[end] == ' ' ||
        a[end] == '\n' || !strncmp(a + end, "、", 3) || !strncmp(a + end, "。", 3))
      return 1;
  }
  return 0;
}

/* --------------------------------------------------------------- lists */

/* Does any of `words` (separated by " | ") appear in a? Spaces do not
 * count on either side ("IP アドレス制限"). */
static int any_word(const char *a, const char *words) {
  char w[256], text[2048];
  size_t n;
  jn__squash(a, strlen(a), text, sizeof text);
  for (const char *p = words, *word; jn__dict_next_alt(&p, &word, &n);)
    if (jn__squash(word, n, w, sizeof w) && strstr(text, w))
      return 1;
  return 0;
}

const char *jn__extract_first_id(jn_extractor *x, const jn_field *f, const char *a) {
  const jn_lexicon *lx = &x->ctx->lex;
  for (size_t i = 0; i < lx->n_list_ids; i++)
    if (!strcmp(lx->list_ids[i].field, f->id) && any_word(a, lx->list_ids[i].words))
      return lx->list_ids[i].id;
  return NULL;
}

/* Does a share's sign end before the next name, written right after it
 * ("A 51%B 49%", "A(60.0%)B(25.0%)"): Japanese text that goes on with no
 * word a share goes on with (51%以上, 51%を保有, 51%の株式)? */
static int name_after_share(const char *s) {
  static const char *const goes_on[] = {"以", "未", "程", "超", "強", "弱", "を", "の",
                                        "が", "は", "と", "で", "に", "、", "。", "）"};
  if ((unsigned char)s[0] < 0x80)
    return 0;
  for (size_t i = 0; i < sizeof goes_on / sizeof goes_on[0]; i++)
    if (!strncmp(s, goes_on[i], strlen(goes_on[i])))
      return 0;
  return 1;
}

/* The end of the list item at p: the next 、 , / or line break, or just
 * after a share followed by a space or by the next name ("A: 38.4%
 * B: 27.1%", "A 51%B 49%"). *sep is the length of the separator to skip. */
static size_t item_end(const char *p, size_t *sep) {
  size_t k = 0;
  for (; p[k]; k++) {
    if (p[k] == '%' && name_after_share(p + k + 1)) {
      *sep = 0;
      return k + 1;
    }
    if (p[k] == '%' && p[k + 1] == ')' && name_after_share(p + k + 2)) { /* A(60%)B(40%) */
      *sep = 0;
      return k + 2;
    }
    if (p[k] == ',' || p[k] == '/' || p[k] == '\n' || p[k] == ';') {
      *sep = 1;
      return k;
    }
    if (!strncmp(p + k, "、", 3)) {
      *sep = 3;
      return k;
    }
    if (!strncmp(p + k, "および", 9) || !strncmp(p + k, "及び", 6)) { /* A および B */
      *sep = p[k] == (char)0xE3 ? 9 : 6;
      return k;
    }
    if (p[k] == '%' && p[k + 1] == ' ') {
      *sep = 1;
      return k + 1;
    }
    if (p[k] == '%' && p[k + 1] == ')' && p[k + 2] == ' ') { /* A(13%) B */
      *sep = 1;
      return k + 2;
    }
  }
  *sep = 0;
  return k;
}

/* Is [p, p+n) a title or a post (業務執行社員, 代表取締役, 情報システム部長)? */
static int person_role(jn_extractor *x, const char *p, size_t n) {
  const jn_lexicon *lx = &x->ctx->lex;
  for (size_t i = 0; i < lx->n_person_words; i++)
    if (!lx->person_words[i].kind && strlen(lx->person_words[i].word) == n &&
        !memcmp(lx->person_words[i].word, p, n))
      return 1;
  return role_word(x, p, n);
}

static int numeral_char_before(const char *s, size_t m) {
  static const char *const kanji[] = {"〇", "一", "二", "三", "四", "五", "六", "七",
                                      "八", "九", "十", "百", "千"};
  if (m && ((s[m - 1] >= '0' && s[m - 1] <= '9') || s[m - 1] == '.'))
    return 1;
  for (size_t i = 0; m >= 3 && i < sizeof kanji / sizeof kanji[0]; i++)
    if (!memcmp(s + m - 3, kanji[i], 3))
      return 3;
  return 0;
}

/* "琴平 真理子が六十%を保有": the share and what follows it go, with the
 * particle before the share. Returns the new length. */
static size_t share_after_particle(const char *s, size_t m) {
  const char *pct = memchr(s, '%', m);
  if (!pct || pct == s)
    return m;
  size_t j = (size_t)(pct - s), k;
  while ((k = (size_t)numeral_char_before(s, j)) > 0)
    j -= k;
  if (j == (size_t)(pct - s))
    return m;
  static const char *const particles[] = {"が", "は", "の", "で"};
  for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++)
    if (j >= 3 && !memcmp(s + j - 3, particles[i], 3))
      return j - 3;
  return j;
}

/* "架空洛南信用金庫とお取引がございます。": an item that is a sentence keeps
 * the name, up to its bank or company ending. Returns the new length. */
static size_t name_in_sentence_end(const char *s, size_t m) {
  static const char *const endings[] = {"銀行", "信用金庫", "金庫", "組合", "公庫", "株式会社"};
  if (m < 3 || memcmp(s + m - 3, "。", 3))
    return m;
  for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
    const char *at = strstr(s, endings[i]); /* clean_item ends s with a NUL */
    if (at && (size_t)(at - s) + strlen(endings[i]) < m)
      return (size_t)(at - s) + strlen(endings[i]);
  }
  return m;
}

/* The length of a list item's mark at s (•, ●, ・, ■, ◆, ▪, or - * + before a
 * blank: a converter's bullet for <li>), 0 when none. */
static size_t bullet_at(const char *s, size_t n) {
  static const char *const marks[] = {"•", "●", "・", "■", "◆", "▪"};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (n > strlen(marks[i]) && !memcmp(s, marks[i], strlen(marks[i])))
      return strlen(marks[i]);
  return n > 1 && strchr("-*+", s[0]) && s[1] == ' ' ? 1 : 0;
}

/* The item's name: shares such as "(13%)" or ": 57.97%", a holder's role
 * ("星野 葵(業務執行社員)") and surrounding spaces dropped; (株) and
 * (信託口) kept. Returns its length in out. */
static size_t clean_item(jn_extractor *x, const char *p, size_t k, char *out, size_t size) {
  size_t m = 0;
  for (size_t i = 0; i < k && m + 1 < size; i++) {
    const char *close = p[i] == '(' ? memchr(p + i, ')', k - i) : NULL;
    if (close && (memchr(p + i, '%', (size_t)(close - (p + i))) ||
                  person_role(x, p + i + 1, (size_t)(close - (p + i + 1))))) {
      i = (size_t)(close - p);
      continue;
    }
    out[m++] = p[i];
  }
  m = jn__utf8_whole(out, m); /* a long item cut at a character's end */
  out[m] = '\0';
  m = share_after_particle(out, m);
  m = name_in_sentence_end(out, m);
  while (m && strchr(" %.:0123456789", out[m - 1]))
    m--;
  if (m >= 3 && !memcmp(out + m - 3, "各", 3)) /* B、C各9%: the share of each */
    for (m -= 3; m && out[m - 1] == ' ';)
      m--;
  size_t s0 = 0;
  while (s0 < m && out[s0] == ' ')
    s0++;
  s0 += bullet_at(out + s0, m - s0); /* "• 架空キャピタル株式会社": a list item's mark */
  while (s0 < m && out[s0] == ' ')
    s0++;
  memmove(out, out + s0, m - s0);
  return m - s0;
}

/* Is the word [p, p+n) an organization: a name with a legal form before
 * or after it, or ending like a bank (本郷銀行, 栄信用金庫, 東和商事株式会社,
 * 東和(株), 株式会社東和; dict/org_words.tsv), or one MeCab knows as an
 * organization (日本電気)? */
static int org_word(jn_extractor *x, const char *p, size_t n) {
  const jn_lexicon *lx = &x->ctx->lex;
  for (size_t i = 0; i < lx->n_org_words; i++) {
    const jn_org_word *o = &lx->org_words[i];
    size_t k = strlen(o->word);
    if (n > k && (!memcmp(p + n - k, o->word, k) || (o->kind && !memcmp(p, o->word, k))))
      return 1;
  }
  const jn_word *w;
  size_t count = x->morph ? jn__morph_words(x->morph, p, n, &w) : 0;
  return count == 1 && w[0].kind == JN_WORD_ORG;
}

/* Does the text (NUL-terminated) name an organization: a legal form
 * anywhere in it, or a word ending like one (dict/org_words.tsv)? For
 * fields flagged "org". */
int jn__extract_names_org(const jn_lexicon *lx, const char *s) {
  for (size_t i = 0; i < lx->n_org_words; i++) {
    const jn_org_word *o = &lx->org_words[i];
    size_t k = strlen(o->word);
    for (const char *at = strstr(s, o->word); at; at = strstr(at + 1, o->word))
      if (o->kind || at[k] == '\0' || at[k] == ' ' || at[k] == '(')
        return 1;
  }
  return 0;
}

/* Is every space-separated word of the item an organization? Then each is
 * an item of its own ("本郷銀行 栄信託銀行"). */
static int org_names(jn_extractor *x, const char *item, size_t len) {
  int words = 0;
  for (size_t i = 0, w = 0; i <= len; i++) {
    if (i < len && item[i] != ' ')
      continue;
    if (i > w) {
      if (!org_word(x, item + w, i - w))
        return 0;
      words++;
    }
    w = i + 1;
  }
  return words > 1;
}

/* Is the sentence that names one of `words` in a negated ("プライバシー
 * マークは、現在は取得しておりません。") or saying it is not had yet (ISO/IEC
 * 27017 は取得に向けて準備中, dict/patterns.tsv "not_yet")? The sentence
 * runs from the word to the next 。 or line break (a list's item). */
/* The clause s starts, up to its first 、 or note mark ※ outside
 * brackets, with what brackets ( ) hold taken out, written over s; its
 * length. */
static size_t outside_brackets(char *s) {
  size_t k = 0, depth = 0;
  for (size_t i = 0; s[i]; i++) {
    if (!depth && (!strncmp(s + i, "、", strlen("、")) || !strncmp(s + i, "※", strlen("※"))))
      break;
    if (s[i] == '(')
      depth++;
    else if (s[i] == ')' && depth)
      depth--;
    else if (!depth)
      s[k++] = s[i];
  }
  s[k] = '\0';
  return k;
}

static int named_in_negation(jn_extractor *x, const char *answer, const char *words) {
  char w[256], a[2048]; /* the word is found without spaces, as any_word does */
  size_t n, k = 0;
  for (const char *c = answer; *c && k + 1 < sizeof a; c++)
    if (*c != ' ') /* line breaks stay: a list's item ends at one */
      a[k++] = *c;
  a[jn__utf8_whole(a, k)] = '\0';
  for (const char *p = words, *word; jn__dict_next_alt(&p, &word, &n);) {
    const char *at = jn__squash(word, n, w, sizeof w) ? strstr(a, w) : NULL;
    if (at) {
      const char *end = strstr(at, "。"), *nl = strchr(at, '\n');
      if (nl && (!end || nl < end))
        end = nl;
      size_t len = end ? (size_t)(end - at) : strlen(at);
      char *sentence = malloc(len + 1);
      if (!sentence)
        return 0;
      memcpy(sentence, at, len);
      sentence[len] = '\0';
      /* not had yet: said in the id's own clause, up to a 、 or ※, outside
       * brackets (ISO/IEC 27001を取得済み、ISO/IEC 27017は来年取得予定;
       * ISO/IEC 27001(2025年更新審査予定) is had; ISMSクラウドセキュリティ
       * 認証(ISO/IEC 27017)は取得に向けて準備中 is not) */
      int negated = jn__extract_negated(x, sentence, len);
      size_t clause = outside_brackets(sentence);
      const pcre2_code *re = x->ctx->patterns.re[JN_PAT_NOT_YET];
      negated = negated || pcre2_match(re, (PCRE2_SPTR)sentence, clause, 0, PCRE2_NO_UTF_CHECK,
                                       x->match, NULL) >= 0;
      free(sentence);
      return negated;
    }
  }
  return 0;
}

/* Does an example's run end at s (n bytes left): a word of
 * dict/words.tsv "example_end" (等, など) with one of "example_after" (の,
 * 、, ), を) right after it ("プライバシーマーク、ISMS、ITSMS等の認証取得",
 * the guideline's question run into the answer)? The length of the end
 * word, 0 when none. */
static size_t examples_end(const jn_lexicon *lx, const char *s, size_t n) {
  size_t k = jn__words_start(lx, JN_WORDS_EXAMPLE_END, s, n);
  return k && jn__words_start(lx, JN_WORDS_EXAMPLE_AFTER, s + k, n - k) ? k : 0;
}

/* Where the thing an example in brackets explains starts, the bracket
 * closing after s[i] ("ISMS(JIS Q 27001など)": ISMS, the question's
 * example, not the answer's): from the word before its opening bracket,
 * back to a blank, line break, 、 or 。; `from` when there is no such
 * bracket. */
static size_t example_named_before(const char *s, size_t i, size_t from) {
  size_t o = i;
  while (o > 0 && s[o - 1] != '(')
    o--;
  if (!o)
    return from;
  size_t w = o - 1;
  while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' &&
         !(w >= 3 && (!strncmp(s + w - 3, "、", 3) || !strncmp(s + w - 3, "。", 3))))
    w--;
  return w < from ? w : from;
}

/* a with the runs that give examples ("…、ITSMS等の") blanked: things named
 * as examples (等, など) are not the ones the answer says it has. The run
 * starts after the last blank, line break, 。, colon or closing bracket. */
static void blank_examples(const jn_lexicon *lx, const char *a, char *out, size_t cap) {
  size_t n = strlen(a);
  if (n >= cap)
    n = jn__utf8_whole(a, cap - 1);
  memcpy(out, a, n);
  out[n] = '\0';
  size_t from = 0;
  for (size_t i = 0; i < n; i++) {
    size_t k = examples_end(lx, out + i, n - i);
    if (k && out[i + k] == ')')
      from = example_named_before(out, i, from);
    if (k) {
      memset(out + from, ' ', i + k - from);
      i += k - 1;
      from = i + 1;
      continue;
    }
    if (out[i] == ' ' || out[i] == '\n' || !strncmp(out + i, "。", 3) ||
        !strncmp(out + i, ":", 3) || !strncmp(out + i, "」", 3) || out[i] == ':')
      from = i + (out[i] == ' ' || out[i] == '\n' || out[i] == ':' ? 1 : 3);
  }
}

/* Canonical ids from dict/list_ids.tsv for a field that has them: the
 * value, or -1 when the field has none. An id whose sentence says it is
 * not there is left out and counted in *denied. */
static int list_ids(jn_extractor *ex, const jn_field *f, const char *answer, jn_buf *v,
                    int *denied) {
  const jn_lexicon *lx = &ex->ctx->lex;
  int has_ids = 0, n = 0;
  *denied = 0;
  char a[2048];
  blank_examples(lx, answer, a, sizeof a);
  for (size_t i = 0; i < lx->n_list_ids; i++) {
    const jn_list_id *x = &lx->list_ids[i];
    if (strcmp(x->field, f->id) || !(has_ids = 1) || !any_word(a, x->words))
      continue;
    if (named_in_negation(ex, a, x->words)) {
      (*denied)++;
      continue;
    }
    jn__buf_puts(v, n++ ? ",\"" : "\"");
    jn__buf_puts(v, x->id);
    jn__buf_puts(v, "\"");
  }
  return has_ids ? n : -1;
}

/* An item that only dates the list ("2024年3月末現在", "(2026年3月31日時点)"):
 * a date, and after it nothing or what says "as of". */
static int date_only(jn_extractor *x, const char *item, size_t m) {
  static const char *const as_of[] = {"", "現在", "時点", "末", "末現在", "末時点"};
  jn_mentions *ms = NULL;
  if (jn_scan(&ms, x->ctx, item, m, 0, NULL) != JN_OK || !ms)
    return 0;
  const jn_mention *d = jn_mentions_count(ms) ? jn_mentions_at(ms, 0) : NULL;
  int only = 0;
  if (d && d->type == JN_MENTION_DATE && d->start == 0)
    for (size_t i = 0; i < sizeof as_of / sizeof as_of[0] && !only; i++)
      only = m - d->end == strlen(as_of[i]) && !memcmp(item + d->end, as_of[i], m - d->end);
  jn_mentions_free(ms);
  return only;
}

static void put_item(jn_buf *v, int *n, const char *s, size_t len) {
  jn__buf_puts(v, (*n)++ ? "," : "");
  jn__buf_put_json_string(v, s, len);
}

/* A list: canonical ids where dict/list_ids.tsv has them for the field,
 * else the answer's items (item_end, clean_item; organizations named one
 * after another with spaces between are one item each). */
int jn__extract_list(jn_extractor *x, const jn_field *f, const char *a, int negative,
                             int negative_first, jn_buf *v) {
  jn__buf_puts(v, "[");
  /* 無し; なし(ISMS認証を2025年度に取得予定): an empty list, whatever it
   * plans or adds (the catalogue's user_auth: なし => []) */
  if (negative_first) {
    jn__buf_puts(v, "]");
    return JN_STATUS_VALUE;
  }
  int denied;
  int n = list_ids(x, f, a, v, &denied);
  if (n >= 0) {
    jn__buf_puts(v, "]");
    /* ISMS認証の取得に向けて準備中: every one named is not had, an empty list */
    if (n == 0 && !negative && !denied) {
      v->len = 0;
      return JN_STATUS_UNPARSED;
    }
    return JN_STATUS_VALUE;
  }
  n = 0;
  for (const char *p = a; *p;) {
    size_t sep = 0, k = item_end(p, &sep);
    char item[256];
    size_t m = clean_item(x, p, k, item, sizeof item);
    if (m >= 3 && !memcmp(item + m - 3, "は", 3))
      m = 0; /* 2023年3月31日現在の大株主は: the lead-in, not an item */
    if (m && (jn__words_start(&x->ctx->lex, JN_WORDS_LIST_REST, item, m) || date_only(x, item, m)))
      m = 0; /* その他 12%: the rest, no one named; 2024年3月末現在: when */
    if (m && org_names(x, item, m)) {
      for (size_t i = 0, w = 0; i <= m; i++)
        if (i == m || item[i] == ' ') {
          if (i > w)
            put_item(v, &n, item + w, i - w);
          w = i + 1;
        }
    } else if (m) {
      put_item(v, &n, item, m);
    }
    p += k + sep;
  }
  jn__buf_puts(v, "]");
  if (n == 0) {
    v->len = 0;
    return negative ? JN_STATUS_NONE : JN_STATUS_UNPARSED;
  }
  return JN_STATUS_VALUE;
}
