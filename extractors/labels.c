/* labels.c — compiling and matching the catalogue's label patterns. */
#include "labels.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unicode/utf8.h>

#include "dict.h"
#include "error.h"
#include "lexicon.h"
#include "utf8.h"

static int compile_alternative(pcre2_code **out, const jn_field *f, const char *p, size_t n,
                               jn_error *err) {
  char pat[320];
  size_t k = jn__squash(p, n, pat, sizeof pat); /* rows are matched without spaces */
  int code;
  PCRE2_SIZE at;
  *out = pcre2_compile((PCRE2_SPTR)pat, k, PCRE2_UTF, &code, &at, NULL);
  if (!*out) {
    PCRE2_UCHAR msg[128];
    pcre2_get_error_message(code, msg, sizeof msg);
    return jn__error(err, JN_EDICT, 0, 0, "fields.tsv: labels of %s: %s at offset %zu", f->id,
                     (const char *)msg, (size_t)at);
  }
  pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE); /* the interpreter if no JIT */
  return JN_OK;
}

/* dict/labels.tsv: the wordings of each field in every document family,
 * one per line: field id, wording (plain text), kind (label | sentence),
 * source. NULL when the library was built without it. */
static const jn_dict_file *wordings(void) { return jn__dict_find("labels.tsv"); }

/* dict/topics.tsv: words naming a field's topic (field id, word). */
static const jn_dict_file *topics(void) { return jn__dict_find("topics.tsv"); }

static long field_of(const jn_lexicon *lx, const char *id, size_t n) {
  for (size_t f = 0; f < lx->n_fields; f++)
    if (strlen(lx->fields[f].id) == n && !memcmp(lx->fields[f].id, id, n))
      return (long)f;
  return -1;
}

/* One wording of dict/labels.tsv or dict/topics.tsv, read once. */
typedef struct wording {
  long field;
  const char *p; /* into the embedded file */
  size_t len;
  unsigned char kind;
} wording;

/* Reads both files into w (NULL: only count); returns the count, or -1 on
 * a malformed line (err says which). */
static long read_wordings(const jn_lexicon *lx, wording *w, jn_error *err) {
  long n = 0;
  for (int topic = 0; topic < 2; topic++) {
    jn_dict_reader r = {topic ? topics() : wordings(), 0, 0};
    jn_dict_field fl[JN_DICT_MAX_FIELDS];
    const char *file = topic ? "topics.tsv" : "labels.tsv";
    int k;
    while (r.file && (k = jn__dict_next(&r, fl)) > 0) {
      long id = field_of(lx, fl[0].p, fl[0].len);
      if (k < (topic ? 2 : 3) || id < 0 || !fl[1].len) {
        jn__error(err, JN_EDICT, 0, r.line, "%s:%u: expected FIELD<TAB>WORDING%s", file, r.line,
                  topic ? "" : "<TAB>label|sentence");
        return -1;
      }
      int sentence = !topic && fl[2].len == strlen("sentence") &&
                     !memcmp(fl[2].p, "sentence", fl[2].len);
      int whole = !topic && fl[2].len == strlen("whole") && !memcmp(fl[2].p, "whole", fl[2].len);
      if (w)
        w[n] = (wording){id, fl[1].p, fl[1].len,
                         (unsigned char)(topic ? JN_LABEL_TOPIC
                                               : JN_LABEL_ANY | (sentence ? JN_LABEL_SENTENCE : 0) |
                                                     (whole ? JN_LABEL_WHOLE : 0))};
      n++;
    }
  }
  return n;
}

static size_t count_catalogue(const jn_lexicon *lx) {
  size_t n = 0, len;
  for (size_t f = 0; f < lx->n_fields; f++)
    for (const char *p = lx->fields[f].labels, *w; jn__dict_next_alt(&p, &w, &len);)
      n++;
  return n;
}

/* A wording as a pattern: its characters literal, spaces gone (rows are
 * matched without them), and the light variation of written Japanese
 * allowed: の and ・ may be left out, a の may join a katakana and a kanji
 * word the wording writes together (バックアップ確認: バックアップの確認),
 * and a の may be the particle a
 * question puts there instead (通信経路の暗号化: 通信経路は暗号化されて
 * いますか; は, が, を, も), the noun after it with a polite ご or お
 * (障害発生時の連絡: 障害発生時のご連絡); a … stands for up to 28 characters of
 * anything, for wordings whose words prose splits (保存データ…暗号化:
 * 保存データはAES-256で暗号化しています), a bracketed aside or a clause
 * between them included (保存データ(データベース、ファイル、バックアップ)
 * は暗号化…; データベースは、事業者の提供する鍵管理機能を用いて暗号化…). */
/* Katakana (1) or kanji (2) at s[0..n), 0 for anything else. */
static int noun_script(const char *s, size_t n) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, (int32_t)n, c);
  if ((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC)
    return 1;
  return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005 ? 2 : 0;
}

/* Does a katakana word meet a kanji word between the character that ends
 * at sq[i] and the one that starts there (バックアップ|確認)? Written
 * Japanese joins two such nouns with or without の (バックアップの確認). */
static int noun_join(const char *sq, size_t k, size_t i) {
  if (i == 0 || i >= k)
    return 0;
  size_t b = i - 1;
  while (b > 0 && ((unsigned char)sq[b] & 0xC0) == 0x80)
    b--;
  int before = noun_script(sq + b, i - b), after = noun_script(sq + i, k - i);
  return before && after && before != after;
}

static size_t wording_pattern(const char *w, size_t n, char *out, size_t cap) {
  char sq[512];
  size_t k = jn__squash(w, n < sizeof sq ? n : sizeof sq - 1, sq, sizeof sq), o = 0;
  enum { LONGEST_EMIT = 48 }; /* the particles' group below, with room to spare */
  for (size_t i = 0; i < k && o + LONGEST_EMIT < cap;) {
    if (!strncmp(sq + i, "の", 3)) { /* 通信経路の暗号化: 通信経路は暗号化されていますか */
      /* and the polite ご/お the noun after it may take (障害発生時のご連絡) */
      static const char particles[] = "(?:の|は|が|を|も)?(?:ご|お)?";
      memcpy(out + o, particles, sizeof particles - 1), o += sizeof particles - 1;
      i += 3;
      continue;
    }
    if (!strncmp(sq + i, "…", 3)) { /* 保存データ…暗号化: a short gap in prose */
      static const char gap[] = ".{0,28}?";
      memcpy(out + o, gap, sizeof gap - 1), o += sizeof gap - 1;
      i += 3;
      continue;
    }
    if (!strncmp(sq + i, "・", 3)) {
      memcpy(out + o, "(?:", 3), o += 3;
      memcpy(out + o, sq + i, 3), o += 3;
      memcpy(out + o, ")?", 2), o += 2;
      i += 3;
      continue;
    }
    if (strchr("\\^$.|?*+()[]{}", sq[i]))
      out[o++] = '\\';
    out[o++] = sq[i++];
    if (noun_join(sq, k, i)) { /* バックアップ確認: バックアップの確認 */
      static const char no[] = "(?:の)?";
      memcpy(out + o, no, sizeof no - 1), o += sizeof no - 1;
    }
  }
  out[o] = '\0';
  return o;
}

/* The longest run of a wording (spaces removed) without の or ・, which
 * the pattern makes optional, nor the join of a katakana and a kanji word,
 * where it allows one: every match contains it. */
static char *literal_run(const char *w, size_t n) {
  char sq[512];
  size_t k = jn__squash(w, n < sizeof sq ? n : sizeof sq - 1, sq, sizeof sq);
  size_t best = 0, best_at = 0, at = 0;
  for (size_t i = 0; i <= k; i++) {
    int join = noun_join(sq, k, i); /* a の may come between: no literal across */
    int cut = i == k || !strncmp(sq + i, "の", 3) || !strncmp(sq + i, "・", 3) ||
              !strncmp(sq + i, "…", 3);
    if (!cut && !join)
      continue;
    if (i - at > best)
      best = i - at, best_at = at;
    if (join && !cut)
      at = i;
    else if (i < k)
      i += 2, at = i + 1;
  }
  /* stored after its length byte: need[-1] is the length (at most 255) */
  char *r = malloc(best + 2);
  if (r) {
    r[0] = (char)(best < 255 ? best : 255);
    memcpy(r + 1, sq + best_at, best);
    r[best + 1] = '\0';
  }
  return r ? r + 1 : NULL;
}

/* Two characters in a row, hashed to 12 bits: the key of the filter below. */
static int pair_hash(const char *s, size_t n, size_t *step) {
  int32_t i = 0, a, b;
  U8_NEXT(s, i, (int32_t)n, a);
  *step = (size_t)i;
  if (a < 0 || (size_t)i >= n)
    return -1;
  U8_NEXT(s, i, (int32_t)n, b);
  return b < 0 ? -1 : (int)(((uint32_t)a * 31u + (uint32_t)b) & 4095u);
}

static int first_pair(const char *need, size_t n) {
  size_t step;
  return n ? pair_hash(need, n, &step) : -1;
}

/* Which pairs of characters a text holds, as a 4096-bit set: a wording
 * whose first two characters are not there cannot match. The set of the
 * last text is kept per thread, since a row's text is matched against
 * every field in turn. */
typedef struct pair_set {
  uint64_t key;
  size_t len;
  uint64_t bits[64];
} pair_set;

static const uint64_t *pairs_of(const char *text, size_t len) {
  static _Thread_local pair_set last;
  uint64_t key = jn__hash_bytes(text, len);
  if (key == last.key && len == last.len)
    return last.bits;
  memset(last.bits, 0, sizeof last.bits);
  for (size_t i = 0, step; i < len; i += step) {
    int h = pair_hash(text + i, len - i, &step);
    if (h >= 0)
      last.bits[h >> 6] |= 1ull << (h & 63);
    if (!step)
      break;
  }
  last.key = key, last.len = len;
  return last.bits;
}

static int contains(const char *text, size_t len, const char *need) {
  /* the needs are short words, most absent: one memchr per first byte */
  size_t k = (unsigned char)need[-1];
  if (!k)
    return 1;
  for (const char *p = text; (p = memchr(p, need[0], (size_t)(text + len - p))) != NULL; p++)
    if ((size_t)(text + len - p) >= k && !memcmp(p, need, k))
      return 1;
  return 0;
}

/* Does the wording leave a gap (保存データ…暗号化)? */
static int has_gap(const char *w, size_t n) {
  for (size_t i = 0; i + 3 <= n; i++)
    if (!memcmp(w + i, "…", 3))
      return 1;
  return 0;
}

/* Adds field f's wordings (dict/labels.tsv, dict/topics.tsv) to its
 * alternatives. */
static int load_wordings(jn_labels *lb, const wording *w, long count, size_t *n, size_t f,
                         jn_error *err) {
  for (long i = 0; i < count; i++) {
    if ((size_t)w[i].field != f)
      continue;
    char pat[1600];
    int whole = (w[i].kind & JN_LABEL_WHOLE) != 0;
    size_t pn = wording_pattern(w[i].p, w[i].len, pat + 4 * whole, sizeof pat - 8);
    if (whole) { /* the wording is the text, all of it: ^(?:…)$ */
      memcpy(pat, "^(?:", 4);
      memcpy(pat + 4 + pn, ")$", 2);
      pn += 6;
    }
    int code;
    PCRE2_SIZE at;
    lb->re[*n] = pcre2_compile((PCRE2_SPTR)pat, pn, PCRE2_UTF, &code, &at, NULL);
    if (!lb->re[*n])
      return jn__error(err, JN_EDICT, 0, 0, "labels.tsv: cannot compile %.*s", (int)w[i].len,
                       w[i].p);
    pcre2_jit_compile(lb->re[*n], PCRE2_JIT_COMPLETE);
    lb->need[*n] = literal_run(w[i].p, w[i].len);
    if (!lb->need[*n])
      return jn__error(err, JN_ENOMEM, 0, 0, NULL);
    lb->need_pair[*n] = first_pair(lb->need[*n], strlen(lb->need[*n]));
    lb->kind[*n] = w[i].kind;
    if (!(w[i].kind & (JN_LABEL_WHOLE | JN_LABEL_TOPIC)) && !has_gap(w[i].p, w[i].len))
      lb->kind[*n] |= JN_LABEL_PREFIX;
    (*n)++;
  }
  return JN_OK;
}

/* A catalogue pattern with no wildcard or repeat in it (escaped
 * brackets aside): what a cut cell ends with is then its beginning. */
static int gapless(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '\\') {
      i++;
      continue;
    }
    if (strchr(".*+{[", p[i]))
      return 0;
  }
  return 1;
}

int jn__labels_load(jn_labels *lb, const jn_lexicon *lx, jn_error *err) {
  memset(lb, 0, sizeof *lb);
  long nw = read_wordings(lx, NULL, err);
  if (nw < 0)
    return JN_EDICT;
  wording *w = malloc(((size_t)nw + 1) * sizeof *w);
  size_t total = count_catalogue(lx) + (size_t)nw + 1;
  lb->re = calloc(total, sizeof *lb->re);
  lb->first = calloc(lx->n_fields + 1, sizeof *lb->first);
  lb->kind = calloc(total, 1);
  lb->need = calloc(total, sizeof *lb->need);
  lb->need_pair = malloc(total * sizeof *lb->need_pair);
  int rc = !w || !lb->re || !lb->first || !lb->kind || !lb->need || !lb->need_pair
               ? jn__error(err, JN_ENOMEM, 0, 0, NULL)
               : read_wordings(lx, w, err) == nw ? JN_OK : JN_EDICT;
  size_t n = 0;
  for (size_t f = 0; rc == JN_OK && f < lx->n_fields; f++) {
    lb->first[f] = lb->first[f + 1] = n;
    lb->n_fields = f + 1; /* what jn__labels_free must free */
    size_t k;
    for (const char *p = lx->fields[f].labels, *a; rc == JN_OK && jn__dict_next_alt(&p, &a, &k);) {
      rc = compile_alternative(&lb->re[n], &lx->fields[f], a, k, err);
      if (rc != JN_OK)
        break;
      /* the catalogue's own labels are specific enough for sentences */
      lb->kind[n] = JN_LABEL_ANY | JN_LABEL_SENTENCE | JN_LABEL_CATALOGUE |
                    (gapless(a, k) ? JN_LABEL_PREFIX : 0);
      lb->need_pair[n] = -1; /* a pattern: no literal known */
      n++;
      lb->first[f + 1] = n;
    }
    if (rc == JN_OK)
      rc = load_wordings(lb, w, nw, &n, f, err);
    lb->first[f + 1] = n;
  }
  free(w);
  return rc;
}

void jn__labels_free(jn_labels *lb) {
  if (lb->re && lb->first)
    for (size_t i = 0; i < lb->first[lb->n_fields]; i++)
      pcre2_code_free(lb->re[i]);
  if (lb->need && lb->first)
    for (size_t i = 0; i < lb->first[lb->n_fields]; i++)
      free(lb->need[i] ? lb->need[i] - 1 : NULL);
  free(lb->re);
  free(lb->first);
  free(lb->kind);
  free(lb->need);
  free(lb->need_pair);
  memset(lb, 0, sizeof *lb);
}

int jn__label_find(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                   size_t len, size_t from, size_t *s, size_t *e) {
  int found = 0;
  for (size_t i = lb->first[f]; i < lb->first[f + 1]; i++) {
    if ((lb->need[i] && !contains(text + from, len - from, lb->need[i])) ||
        pcre2_match(lb->re[i], (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, md, NULL) < 0)
      continue;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    /* the earliest match; of two at one place, the longer */
    if (!found || ov[0] < *s || (ov[0] == *s && ov[1] > *e))
      *s = ov[0], *e = ov[1];
    found = 1;
  }
  return found;
}

size_t jn__label_longest(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                         size_t len) {
  return jn__label_longest_of(lb, md, f, text, len, JN_LABEL_ANY);
}

/* The longest match of field f's alternatives of the given kind in text,
 * whose character pairs are `pairs` (pairs_of): an alternative whose
 * literal run cannot be there is not given to PCRE2. */
static size_t longest_in(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                         size_t len, unsigned kind, const uint64_t *pairs) {
  size_t best = 0;
  for (size_t i = lb->first[f]; i < lb->first[f + 1]; i++) {
    int h = lb->need_pair[i];
    if (!(lb->kind[i] & kind) || (h >= 0 && !(pairs[h >> 6] >> (h & 63) & 1)) ||
        (lb->need[i] && !contains(text, len, lb->need[i])))
      continue;
    if (pcre2_match(lb->re[i], (PCRE2_SPTR)text, len, 0, PCRE2_NO_UTF_CHECK, md, NULL) < 0)
      continue;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    if (ov[1] - ov[0] > best)
      best = ov[1] - ov[0];
  }
  return best;
}

/* A cell cut at its column's edge (a fixed-width export, sheet_fixed.c)
 * ends in an ellipsis, "..." once normalized: where the next one in
 * text[from, len) starts (len when none), *after where the text goes on. */
static size_t next_cut(const char *text, size_t len, size_t from, size_t *after) {
  for (size_t i = from; i + 2 < len; i++) {
    if (text[i] == '.' && text[i + 1] == '.' && text[i + 2] == '.') {
      *after = i + 3;
      return i;
    }
    if (!memcmp(text + i, "\xE2\x80\xA6", 3)) { /* U+2026 */
      *after = i + 3;
      return i;
    }
  }
  *after = len;
  return len;
}

/* The longest beginning of one of field f's alternatives that a cut text
 * ends with, at least CUT_MIN_CHARS characters: the cell said the label,
 * the export lost its end ("サービス(事業)変更・" of サービス(事業)変更・
 * 終了時等の事前告知). PCRE2's partial matching, with the subject ending
 * where the cell was cut. */
enum { CUT_MIN_CHARS = 5 };

static size_t longest_cut(const jn_labels *lb, pcre2_match_data *md, size_t f, const char *text,
                          size_t len, unsigned kind) {
  size_t best = 0, after;
  for (size_t from = 0, cut; (cut = next_cut(text, len, from, &after)) < len; from = after)
    for (size_t i = lb->first[f]; i < lb->first[f + 1]; i++) {
      if (!(lb->kind[i] & kind) || !(lb->kind[i] & JN_LABEL_PREFIX) ||
          pcre2_match(lb->re[i], (PCRE2_SPTR)text, cut, from, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD,
                      md, NULL) != PCRE2_ERROR_PARTIAL)
        continue;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
      size_t n = ov[1] - ov[0];
      if (ov[1] == cut && jn__utf8_count(text + ov[0], n) >= CUT_MIN_CHARS && n > best)
        best = n;
    }
  return best;
}

void jn__label_longest_all(const jn_labels *lb, pcre2_match_data *md, const char *text,
                           size_t len, unsigned kind, size_t *lens) {
  const uint64_t *pairs = pairs_of(text, len);
  size_t after;
  int cut = next_cut(text, len, 0, &after) < len;
  for (size_t f = 0; f < lb->n_fields; f++) {
    lens[f] = longest_in(lb, md, f, text, len, kind, pairs);
    if (!lens[f] && cut)
      lens[f] = longest_cut(lb, md, f, text, len, kind);
  }
}

size_t jn__label_longest_of(const jn_labels *lb, pcre2_match_data *md, size_t f,
                            const char *text, size_t len, unsigned kind) {
  size_t best = longest_in(lb, md, f, text, len, kind, pairs_of(text, len)), after;
  return best || next_cut(text, len, 0, &after) == len ? best
                                                         : longest_cut(lb, md, f, text, len, kind);
}
