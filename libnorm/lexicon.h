/* lexicon.h — the word tables the scanner reads from dict/: eras
 * (dict/eras.tsv) and units (dict/units.tsv), loaded once per jn_ctx. */
#ifndef JN_LEXICON_H
#define JN_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm.h"

typedef struct jn_era {
  char name[16];   /* 令和 */
  char abbrev;     /* 'R' */
  int first_year;  /* Gregorian year of 元年 */
  int first_month, first_day;
  int last_year, last_month, last_day; /* 0 for the current era */
} jn_era;

typedef struct jn_unit {
  char word[24]; /* as it appears after a number, normalized */
  size_t word_len;
  char unit[16]; /* spec §5 unit name */
  double factor;
  char kind[12]; /* time, count, ratio, percent, electric, bandwidth, age */
} jn_unit;

typedef struct jn_polar_word {
  char word[40];
  size_t word_len;
  int positive; /* 1: yes (有り), 0: no (無し) */
  int alone;    /* one character that counts only with no ideograph beside */
} jn_polar_word;

/* Words sharing a first character: entries [start, end) of a sorted table. */
typedef struct jn_bucket {
  uint32_t first; /* first code point */
  uint16_t start, end;
} jn_bucket;

/* A field's value type (dict/fields.tsv, second column). Read into this
 * enum once, when the catalogue loads: extraction asks an enum, never the
 * string, and a type the code does not know fails the load (JN_EDICT)
 * instead of falling silently to the generic rule. */
typedef enum jn_field_type_id {
  JN_FT_BOOL, JN_FT_CHOICE, JN_FT_CODE, JN_FT_DATE, JN_FT_DATES, JN_FT_EMAIL,
  JN_FT_HOURS, JN_FT_LIST, JN_FT_MONEY, JN_FT_PERCENT, JN_FT_PERIOD, JN_FT_PHONE,
  JN_FT_QUANTITY, JN_FT_TEXT, JN_FT_URL
} jn_field_type_id;

/* A field's flags (fourth column, a comma list), as bits, read once too;
 * dict/fields.tsv says what each means. */
enum {
  JN_FF_FIRST = 1u << 0,
  JN_FF_MIN = 1u << 1,
  JN_FF_ZERO = 1u << 2,
  JN_FF_LEAD = 1u << 3,
  JN_FF_SPAN = 1u << 4,
  JN_FF_NAME = 1u << 5,
  JN_FF_PERSON = 1u << 6,
  JN_FF_STAFFED = 1u << 7,
  JN_FF_DISCLOSURE = 1u << 8,
  JN_FF_ORG = 1u << 9
};

typedef struct jn_field {
  char id[48];
  char type[16]; /* as written, for jn_field_type() */
  jn_field_type_id type_id;
  char unit[16];
  unsigned flags; /* JN_FF_* */
  char labels[320]; /* alternatives separated by " | " */
} jn_field;

typedef struct jn_list_id {
  char field[48];
  char id[24];
  char words[256]; /* separated by " | " */
} jn_list_id;

/* An item whose sub-questions the guideline asks in a fixed order and that
 * sheets answer without their own labels (dict/compound_items.tsv). */
#define JN_COMPOUND_PARTS 6
typedef struct jn_compound {
  char question[160];                /* found in the row's question */
  char parts[JN_COMPOUND_PARTS][48]; /* field id per sub-answer, "-" for none */
  size_t n_parts;
} jn_compound;

/* A word of a two-kind word list: dict/person_words.tsv (kind 1: a post
 * ending, …責任者, …部長; 0: a title removed) and dict/org_words.tsv (kind
 * 1: a legal form, before or after the name; 0: an organization's ending). */
typedef struct jn_kind_word {
  char word[48];
  int kind;
} jn_kind_word;
typedef jn_kind_word jn_person_word;
typedef jn_kind_word jn_org_word;

/* A word that answers a yes/no field (dict/bool_words.tsv). */
typedef struct jn_bool_word {
  size_t field; /* index into fields[] */
  char word[64];
  int value;
} jn_bool_word;

/* The word lists of dict/words.tsv, by name. */
typedef enum jn_words_id {
  JN_WORDS_WITHHELD,         /* withheld: an answer that withholds */
  JN_WORDS_TEMPLATE_ENDING,  /* template_ending: the guideline's instruction */
  JN_WORDS_LABEL_JOIN,       /* label_join: a label goes on (…及び内容) */
  JN_WORDS_LABEL_REST,       /* label_rest: the rest of a cut label (の事前告知) */
  JN_WORDS_QUESTION_ENDING,  /* question_ending: …の有無, …(西暦) */
  JN_WORDS_ANSWER_MARK,      /* answer_mark: A., 回答: */
  JN_WORDS_QUESTION_MARK,    /* question_mark: Q., 質問: */
  JN_WORDS_COLUMN_HEADING,   /* column_heading: 申請内容, 回答 alone */
  JN_WORDS_PLAN_LABEL,       /* plan_label: ご契約プラン */
  JN_WORDS_FREE_OF_CHARGE,   /* free_of_charge: 無料, 不要 (an amount of 0) */
  JN_WORDS_PLAN_WORD,        /* plan_word: プラン, コース (a plan's name ends so) */
  JN_WORDS_TITLE_JOIN,       /* title_join: 兼 (代表取締役社長 兼 CEO) */
  JN_WORDS_EXAMPLE_END,      /* example_end: 等, など (what came before is examples) */
  JN_WORDS_EXAMPLE_AFTER,    /* example_after: の, 、, ) after an example's end */
  JN_WORDS_NEGATION,         /* negation: ではない after a bool word turns it over */
  JN_WORDS_LIST_REST,        /* list_rest: その他, the rest of a list lumped together */
  JN_WORDS_BOUND_IN_WORD,    /* bound_in_word: 契約 (a word ending in 約, not "about") */
  JN_WORDS_COUNT
} jn_words_id;

typedef struct jn_list_word {
  char text[64];
  size_t len;
} jn_list_word;

typedef struct jn_word_list {
  jn_list_word *w; /* in file order */
  size_t n;
} jn_word_list;

typedef struct jn_lexicon {
  jn_word_list words[JN_WORDS_COUNT]; /* dict/words.tsv */
  jn_era *eras;
  size_t n_eras;
  jn_unit *units; /* longest word first, so the first match is the longest */
  size_t n_units;
  jn_polar_word *polar; /* by first character, then longest first */
  size_t n_polar;
  jn_bucket *polar_buckets; /* sorted by first character */
  size_t n_polar_buckets;
  jn_field *fields; /* the catalogue, sorted by id */
  size_t n_fields;
  jn_list_id *list_ids; /* canonical ids of list fields (dict/list_ids.tsv) */
  size_t n_list_ids;
  jn_person_word *person_words; /* dict/person_words.tsv, in file order */
  size_t n_person_words;
  jn_org_word *org_words; /* dict/org_words.tsv, in file order */
  size_t n_org_words;
  jn_compound *compounds; /* dict/compound_items.tsv */
  size_t n_compounds;
  /* dict/companions.tsv: pairs of indexes into fields[], the field first,
   * the companion whose row it may read second */
  size_t (*companions)[2];
  size_t n_companions;
  /* dict/bool_words.tsv: words that answer a yes/no field, longest first */
  jn_bool_word *bool_words;
  size_t n_bool_words;
  /* For each BMP character, which recognizers may start there (filled by
   * scan.c: JN_START_* bits), so the scanner passes every other character
   * with one look-up. */
  uint8_t starts[0x10000];
} jn_lexicon;

int jn__lexicon_load(jn_lexicon *lx, jn_error *err);
void jn__lexicon_free(jn_lexicon *lx);

/* The era whose name starts s (or, with `abbrev`, whose letter is s[0]). */
const jn_era *jn__era_at(const jn_lexicon *lx, const uint8_t *s, size_t len,
                         size_t *used);
const jn_era *jn__era_by_letter(const jn_lexicon *lx, char letter);

/* The longest yes/no word that starts s, or NULL. */
const jn_polar_word *jn__polar_at(const jn_lexicon *lx, const uint8_t *s,
                                  size_t len);

/* dict/words.tsv: the length of the first word of the list that s starts
 * with (jn__words_start), ends with (jn__words_end) or is (jn__words_is),
 * 0 when none; jn__words_find gives the earliest place in s where a word
 * of the list stands, NULL when none, and that word's length. */
size_t jn__words_start(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n);
size_t jn__words_end(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n);
size_t jn__words_is(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n);
const char *jn__words_find(const jn_lexicon *lx, jn_words_id list, const char *s, size_t n,
                           size_t *len);

/* How many canonical ids of list field `field` (dict/list_ids.tsv) have a
 * word in s, blanks left out on both sides ("IP アドレス制限"). */
size_t jn__list_ids_named(const jn_lexicon *lx, const char *field, const char *s, size_t n);

/* The longest unit word that starts s, or NULL. */
const jn_unit *jn__unit_at(const jn_lexicon *lx, const uint8_t *s, size_t len);

#endif
