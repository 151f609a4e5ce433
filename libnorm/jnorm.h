/*
 * jnorm.h — the one public header of libjnorm.
 *
 * libjnorm normalizes Japanese text (width folding, kana composition,
 * dashes, tildes, whitespace, optional HTML stripping) and keeps, for every
 * output byte, the input byte range it came from.
 *
 * Conventions (see docs/ARCHITECTURE.md):
 *   - every name starts with jn_ / JN_;
 *   - functions that can fail return int: JN_OK (0) or a negative JN_E* code,
 *     and jn_strerror() turns a code into words;
 *   - outputs come first and are named `out`; what is returned through
 *     `**out` belongs to the caller and is freed with the type's own
 *     jn_*_free(); what is returned as a plain pointer is borrowed;
 *   - a jn_ctx is read-only once built and may be shared by threads; a
 *     jn_normalizer belongs to one thread at a time;
 *   - the library never prints and never aborts.
 */
#ifndef JNORM_H
#define JNORM_H

#include <stddef.h>
#include <stdint.h>

#include "jnorm_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- version */

#define JN_VERSION_MAJOR 0
#define JN_VERSION_MINOR 1
#define JN_VERSION_PATCH 0
#define JN_VERSION_STRING "0.1.0"

/** The library version, "MAJOR.MINOR.PATCH"; compare with JN_VERSION_STRING. */
JNORM_EXPORT const char *jn_version(void);
/** The ICU version whose Unicode data the character tables were built from. */
JNORM_EXPORT const char *jn_unicode_source(void);

/* ----------------------------------------------------------------- errors */

enum {
  JN_OK = 0,
  JN_ENOMEM = -1,  /**< out of memory */
  JN_EINVAL = -2,  /**< invalid argument */
  JN_EUTF8 = -3,   /**< invalid UTF-8 in input (strict mode) */
  JN_EIO = -4,     /**< read or write error */
  JN_EDICT = -5,   /**< a dictionary table is malformed */
  JN_EICU = -6,    /**< ICU reported an error */
  JN_ERANGE = -7,  /**< an offset outside the text */
  JN_EUSER = -8,   /**< a callback asked to stop */
  JN_EMECAB = -9   /**< MeCab or its dictionary is not available */
};

/** A readable sentence for a JN_E* code; never NULL, never needs freeing. */
JNORM_EXPORT const char *jn_strerror(int code);

/**
 * Details of a failure, filled by calls that take a `jn_error *` (which may
 * be NULL). The message lives in the struct, so even JN_ENOMEM is reported
 * without allocating.
 */
typedef struct jn_error {
  int code;          /**< the JN_E* code, JN_OK when nothing failed */
  uint64_t offset;   /**< byte offset in the input where it went wrong */
  uint64_t line;     /**< 1-based input line of `offset`, 0 when unknown */
  char message[256]; /**< NUL-terminated explanation */
} jn_error;

/* ---------------------------------------------------------------- context */

/** Loaded tables (character actions built from ICU, HTML entities). */
typedef struct jn_ctx jn_ctx;

/**
 * Build a context. Takes tens of milliseconds (the per-code-point table is
 * computed from ICU here, once), so build one and share it.
 * On success *out owns the context; free it with jn_ctx_free().
 */
JNORM_EXPORT int jn_ctx_new(jn_ctx **out, jn_error *err);
JNORM_EXPORT void jn_ctx_free(jn_ctx *ctx);

/* ---------------------------------------------------------- normalization */

/* Option bits for jn_normalize() and jn_normalizer_new(). */
#define JN_OPT_DEFAULT 0u
#define JN_OPT_HTML (1u << 0)    /**< strip tags, decode entities, keep link targets */
#define JN_OPT_STRICT (1u << 1)  /**< invalid UTF-8 is an error (JN_EUTF8) */
#define JN_OPT_OFFSETS (1u << 2) /**< record the output→input offset map */
#define JN_OPT_KEEP_TABS (1u << 3) /**< keep tabs as cell separators (not collapsed) */
#define JN_OPT_ERA (1u << 4)     /**< era dates to Gregorian: 令和5年3月期 → 2023年3月期 */
#define JN_OPT_NUMBERS (1u << 5) /**< kanji numerals that are quantities to Arabic */

/** One piece of the offset map: output bytes [out_start, out_end) came from
 *  input bytes [in_start, in_end). When `identity` is set the two ranges have
 *  the same length and correspond byte for byte. */
typedef struct jn_offset {
  uint64_t out_start, out_end;
  uint64_t in_start, in_end;
  int identity;
} jn_offset;

/** A normalized text: owns its bytes and, with JN_OPT_OFFSETS, its map. */
typedef struct jn_text jn_text;

/**
 * Normalize `len` bytes of UTF-8 (need not be NUL-terminated) with the
 * default profile plus the JN_OPT_* stages in `opts`.
 * On success *out belongs to the caller (jn_text_free()). With JN_OPT_STRICT,
 * invalid UTF-8 returns JN_EUTF8 and `err` names the offset and line.
 */
JNORM_EXPORT int jn_normalize(jn_text **out, const jn_ctx *ctx, const char *in,
                              size_t len, unsigned opts, jn_error *err);

/** The normalized bytes (NUL-terminated; the length excludes the NUL).
 *  Borrowed: valid until jn_text_free(). */
JNORM_EXPORT const char *jn_text_data(const jn_text *text, size_t *len);
/** Number of invalid UTF-8 sequences replaced by U+FFFD. */
JNORM_EXPORT uint64_t jn_text_invalid_count(const jn_text *text);
/** The offset map (NULL, 0 unless JN_OPT_OFFSETS was given). Borrowed. */
JNORM_EXPORT const jn_offset *jn_text_offsets(const jn_text *text, size_t *count);
/**
 * Map output bytes [out_start, out_end) back to the smallest input range
 * that produced them. Needs JN_OPT_OFFSETS (else JN_EINVAL); JN_ERANGE when
 * the range is not inside the text.
 */
JNORM_EXPORT int jn_text_source(const jn_text *text, uint64_t out_start,
                                uint64_t out_end, uint64_t *in_start,
                                uint64_t *in_end);
JNORM_EXPORT void jn_text_free(jn_text *text);

/* ------------------------------------------------- streaming normalization */

/** Receives normalized output; return non-zero to stop (JN_EUSER). */
typedef int (*jn_write_fn)(const char *bytes, size_t len, void *payload);

/** A streaming normalizer: feed any number of chunks, cut anywhere (inside a
 *  character, between a kana and its voiced mark); memory stays bounded. */
typedef struct jn_normalizer jn_normalizer;

JNORM_EXPORT int jn_normalizer_new(jn_normalizer **out, const jn_ctx *ctx,
                                   unsigned opts);
/** Normalize the next chunk; finished output goes to `write`. */
JNORM_EXPORT int jn_normalizer_feed(jn_normalizer *nz, const char *chunk,
                                    size_t len, jn_write_fn write,
                                    void *payload, jn_error *err);
/** End of input: flush everything held back. The normalizer can then be
 *  reused for a new document. */
JNORM_EXPORT int jn_normalizer_finish(jn_normalizer *nz, jn_write_fn write,
                                      void *payload, jn_error *err);
/** Invalid UTF-8 sequences replaced so far in this document, and where the
 *  first one was (byte offset and 1-based line). */
JNORM_EXPORT uint64_t jn_normalizer_invalid(const jn_normalizer *nz,
                                            uint64_t *first_offset,
                                            uint64_t *first_line);
JNORM_EXPORT void jn_normalizer_free(jn_normalizer *nz);

/* ------------------------------------------------------------- mentions */

/** Typed mentions found in text (spec §2); values follow spec §5. */
typedef enum jn_mention_type {
  JN_MENTION_NUMBER,   /**< a bare number: 四億五千六百四十二万零一十五 */
  JN_MENTION_DATE,     /**< 2023/11/1, 令和5年3月期, 2000(平成12)年4月1日 */
  JN_MENTION_PERIOD,   /**< 2022年10月～2023年9月, 令和5年度 */
  JN_MENTION_MONEY,    /**< 12億39百万円, ¥100,000, 20万円～ */
  JN_MENTION_PERCENT,  /**< 99.99%以上, 5割 */
  JN_MENTION_QUANTITY, /**< 10分間, 5~10分, 28KV, 震度6強, 58歳 */
  JN_MENTION_PHONE,    /**< 03-5555-3470, 0120-555-411 */
  JN_MENTION_EMAIL,    /**< info@example.jp */
  JN_MENTION_URL,      /**< https://example.jp/ */
  JN_MENTION_POSTAL_CODE,      /**< 〒105-0000 → "105-0000" */
  JN_MENTION_CORPORATE_NUMBER, /**< 13 digits with a valid check digit */
  JN_MENTION_CHOICE,   /**< ①–⑳ → 1–20 */
  JN_MENTION_POLARITY, /**< 有り → true, 無し → false */
  JN_MENTION_INTERVAL, /**< 10分毎, 1日1回, 年4回, 毎日 */
  JN_MENTION_HOURS     /**< 平日9:00~17:30 → "Mo-Fr 09:00-17:30" */
} jn_mention_type;

/** One mention. Spans are byte offsets in the ORIGINAL input. */
typedef struct jn_mention {
  jn_mention_type type;
  uint64_t start, end;
  double value;        /**< number, money, percent, quantity */
  double min, max;     /**< a range (is_range set) */
  int is_range;
  const char *unit;    /**< "JPY", "%", "min", "shindo", …; NULL for none */
  const char *bound;   /**< "min", "max", "approx" or NULL (exact) */
  char date[11];       /**< date, or period start: YYYY, YYYY-MM, YYYY-MM-DD */
  char date_to[11];    /**< period end */
  char shindo[3];      /**< seismic intensity: "0"…"7", "5-", "6+" */
  char hours[160];     /**< opening hours in OSM opening_hours syntax */
  double times;        /**< interval: this many times per period (0: once) */
  char *str;           /**< phone, email, url, postal code, corporate number */
  const char *warning; /**< why the reading is doubtful, or NULL */
} jn_mention;

/** The mentions of one text, in order of their start. */
typedef struct jn_mentions jn_mentions;

/* Option bits for jn_scan(): the normalization options apply (JN_OPT_HTML,
 * JN_OPT_STRICT). */

/**
 * Finds the mentions in `len` bytes of UTF-8. The text is normalized first
 * (spec §1) and read in its normalized form; spans point back into `in`.
 * On success *out belongs to the caller (jn_mentions_free()).
 */
JNORM_EXPORT int jn_scan(jn_mentions **out, const jn_ctx *ctx, const char *in,
                         size_t len, unsigned opts, jn_error *err);
/** Settings for jn_scan_ex(); start from JN_SCAN_OPTIONS_INIT. */
typedef struct jn_scan_options {
  unsigned version;  /**< 1 */
  unsigned opts;     /**< JN_OPT_* normalization bits (JN_OPT_HTML, JN_OPT_STRICT) */
  double yen_scale;  /**< > 0: bare numbers are amounts of money in this unit,
                          as a row label says "(単位:千円)" (1000); see
                          jn_yen_scale() */
} jn_scan_options;
#define JN_SCAN_OPTIONS_INIT {1, 0, 0}

/** jn_scan() with settings. */
JNORM_EXPORT int jn_scan_ex(jn_mentions **out, const jn_ctx *ctx, const char *in,
                            size_t len, const jn_scan_options *opts,
                            jn_error *err);

/**
 * The money unit a label announces: "(単位:千円)", "(千円)", "単位:百万円" →
 * 1000, 1000, 1000000; 0 when it announces none.
 */
JNORM_EXPORT double jn_yen_scale(const jn_ctx *ctx, const char *label, size_t len);

JNORM_EXPORT size_t jn_mentions_count(const jn_mentions *ms);
/** Mention i (0-based); borrowed, valid until jn_mentions_free(). */
JNORM_EXPORT const jn_mention *jn_mentions_at(const jn_mentions *ms, size_t i);
JNORM_EXPORT void jn_mentions_free(jn_mentions *ms);

/** The mention type's name in spec §2 ("money", "date", …). */
JNORM_EXPORT const char *jn_mention_type_name(jn_mention_type type);
/**
 * Writes the mention's value as JSON (spec §5), e.g.
 * {"value":20109000000,"unit":"JPY"}, NUL-terminated. Returns the length it
 * needs; when that is >= cap the output was cut (call again, larger).
 */
JNORM_EXPORT size_t jn_mention_value_json(const jn_mention *m, char *buf,
                                          size_t cap);

/* ------------------------------------------------------------- catalogue */

/** The value type of a catalogue field ("date", "money", "quantity", "list",
 *  …, dict/fields.tsv), or NULL for an unknown id. Borrowed from ctx. */
JNORM_EXPORT const char *jn_field_type(const jn_ctx *ctx, const char *id);

/* ---------------------------------------------------------------- sheets */

/** Header of a parsed disclosure sheet (spec §3); strings are borrowed from
 *  the jn_sheet and NULL when the sheet does not say. */
typedef struct jn_sheet_header {
  const char *format;       /**< "tsv", "markdown", "html", "flat" or "mixed" */
  const char *cert_number;  /**< 認定番号 */
  const char *service_name; /**< サービス名称 */
  const char *company_name; /**< 事業者名称 */
  int pages;                /**< from "(3/8)" page headers; 0 when none */
  const char *guideline;    /**< the guideline version the sheet cites */
  const char *encoding;     /**< "utf-8"; "cp932" when the sheet came in
                                 Shift_JIS (Windows), "utf-16le" or
                                 "utf-16be" (Excel's "Unicode text"), and
                                 was converted */
  uint64_t invalid_utf8_line; /**< first line with bytes that are not UTF-8
                                   (read as U+FFFD); 0 when there are none */
  int grid;                 /**< this reading is on pdftotext -layout's
                                 grid of characters (docs/SHEETS.md) */
} jn_sheet_header;

/** One answer row. Strings are normalized text, borrowed from the jn_sheet;
 *  `required` is "必須", "必須○", "選択" or NULL. */
typedef struct jn_sheet_row {
  const char *item;     /**< item number, carried onto continuation rows */
  const char *section;  /**< the section row above it */
  const char *label;    /**< the most specific label, carried forward */
  const char *question;
  const char *required;
  const char *answer;   /**< the answer with the required marker removed */
  uint64_t line;        /**< 1-based input line where the row starts */
  const char *anchor;   /**< the structure it came from: "row" (a table
                             row or an item of the form), "pair" (label:
                             value, a label line before its value, Q/A),
                             "block" (a heading and the lines under it) or
                             "sentence" (docs/SHEETS.md) */
  const char *remark;   /**< the vendor's remark beside the answer (a 備考 or
                             補足 column), or NULL: never the answer itself */
  const char *heading;  /**< the item's own label when the row gives a longer
                             one over `label` (サービス(事業)変更・終了時の
                             事前告知 over 事前告知), or NULL; read with the
                             label to find the field, not printed by parse */
} jn_sheet_row;

typedef struct jn_sheet jn_sheet;

/**
 * Parses one disclosure sheet (any layout of spec §3: tab-separated,
 * Markdown tables, HTML fragments, flattened text). On success *out belongs
 * to the caller (jn_sheet_free()). Input that is no sheet fails with
 * JN_EINVAL and says why in err: empty (nothing but spaces), or binary (a
 * NUL byte; err->line and err->offset say where). Bytes that are neither
 * UTF-8 nor CP932 are read as U+FFFD and noted in the header.
 */
JNORM_EXPORT int jn_sheet_parse(jn_sheet **out, const jn_ctx *ctx, const char *in,
                                size_t len, jn_error *err);
/** When the text's columns line up on pdftotext -layout's grid of
 *  characters (a kanji one column, docs/SHEETS.md), its reading on that
 *  grid; NULL otherwise. The sheet itself is the text read as it stands;
 *  jn_extract keeps whichever of the two yields more values (each weighed
 *  by its confidence). Borrowed from sh. */
JNORM_EXPORT const jn_sheet *jn_sheet_grid_reading(const jn_sheet *sh);
JNORM_EXPORT const jn_sheet_header *jn_sheet_get_header(const jn_sheet *sheet);
JNORM_EXPORT size_t jn_sheet_row_count(const jn_sheet *sheet);
JNORM_EXPORT const jn_sheet_row *jn_sheet_row_at(const jn_sheet *sheet, size_t i);
JNORM_EXPORT void jn_sheet_free(jn_sheet *sheet);

/** A table's header row the reader understood: its line and the role it
 *  gave each column, space-separated ("item label question marker answer
 *  note", "-" for a column with none; dict/columns.tsv, docs/SHEETS.md). */
typedef struct jn_sheet_columns {
  uint64_t line;
  const char *roles;
} jn_sheet_columns;

JNORM_EXPORT size_t jn_sheet_columns_count(const jn_sheet *sheet);
JNORM_EXPORT const jn_sheet_columns *jn_sheet_columns_at(const jn_sheet *sheet, size_t i);

/* ------------------------------------------------------------ extraction */

/**
 * The sheet's typed record as one line of JSON (spec §4): every catalogue
 * field whose label the sheet has, with status, value, item, raw answer and
 * line. First version: see README "Status". On success *out is a
 * NUL-terminated string the caller frees with jn_free().
 */
JNORM_EXPORT int jn_extract_json(char **out, const jn_ctx *ctx, const jn_sheet *sheet,
                                 const char *sheet_name, jn_error *err);
/** Frees memory the library handed over (jn_extract_json). */
JNORM_EXPORT void jn_free(void *p);

/** The status of a field (spec §4). */
typedef enum jn_status {
  JN_STATUS_VALUE,       /**< a typed value was extracted */
  JN_STATUS_BLANK,       /**< the answer is empty or only dashes */
  JN_STATUS_UNDISCLOSED, /**< answered but withheld (非公開, 記述有り(*)) */
  JN_STATUS_NONE,        /**< an explicit "there is none" */
  JN_STATUS_UNPARSED     /**< an answer without a typed value */
} jn_status;

/** "value", "blank", "undisclosed", "none", "unparsed". */
JNORM_EXPORT const char *jn_status_name(jn_status status);

/* ------------------------------------------------------------ typed values */

/** The kind of a typed value: the six of JSON, which spec §5 writes values
 *  in. */
typedef enum jn_kind {
  JN_KIND_NULL,
  JN_KIND_BOOL,
  JN_KIND_NUMBER,
  JN_KIND_STRING,
  JN_KIND_ARRAY, /**< elements: jn_value_count(), jn_value_at() */
  JN_KIND_OBJECT /**< members, in the order spec §5 writes them:
                      jn_value_count(), jn_value_key(), jn_value_at(),
                      jn_value_member() */
} jn_kind;

/**
 * A field's typed value (spec §5), e.g. the object {value: 20109000000,
 * unit: "JPY"} or the array ["PMARK", "ISMS"]. Borrowed from the record it
 * came from (valid until jn_record_free()). Every accessor takes NULL or a
 * value of another kind and then returns 0, NULL or JN_KIND_NULL.
 */
typedef struct jn_value jn_value;

JNORM_EXPORT jn_kind jn_value_kind(const jn_value *v);
/** "null", "bool", "number", "string", "array", "object". */
JNORM_EXPORT const char *jn_kind_name(jn_kind kind);
/** 1 for true. */
JNORM_EXPORT int jn_value_bool(const jn_value *v);
JNORM_EXPORT double jn_value_number(const jn_value *v);
/** The number as the library wrote it ("99.97", "20109000000"): print
 *  this rather than the double to keep its digits. */
JNORM_EXPORT const char *jn_value_number_text(const jn_value *v);
/** The string, UTF-8, NUL-terminated; its byte length in *len (may be
 *  NULL). */
JNORM_EXPORT const char *jn_value_string(const jn_value *v, size_t *len);
/** Elements of an array or members of an object; 0 for the other kinds. */
JNORM_EXPORT size_t jn_value_count(const jn_value *v);
/** Element i of an array, or the value of member i of an object. */
JNORM_EXPORT const jn_value *jn_value_at(const jn_value *v, size_t i);
/** The name of member i of an object. */
JNORM_EXPORT const char *jn_value_key(const jn_value *v, size_t i);
/** The object's member of this name ("value", "unit", "min", "as_of"…),
 *  NULL when it has none. */
JNORM_EXPORT const jn_value *jn_value_member(const jn_value *v, const char *name);

/* ------------------------------------------------------------- records */

/** One field of a record. Strings belong to the record. */
typedef struct jn_field_result {
  const char *id;         /**< the catalogue's field id (dict/fields.tsv) */
  jn_status status;
  const char *value_json; /**< the typed value (spec §5) as JSON text; NULL
                               unless status is JN_STATUS_VALUE */
  const char *item;       /**< the item number it stood under, NULL or "" if none */
  const char *raw;        /**< the answer text read */
  uint64_t line;          /**< 1-based input line of the row or anchor */
  const char *anchor;     /**< where it was read: "header" (the page header),
                               "row", "item", "pair", "block", "sentence"
                               (docs/SHEETS.md) */
  double confidence;      /**< in [0,1]: how it was anchored (docs/EXTRACTION.md) */
  const jn_value *value;  /**< the typed value (spec §5); NULL unless status
                               is JN_STATUS_VALUE. value_json is the same
                               value as text. */
} jn_field_result;

typedef struct jn_record jn_record;

/**
 * The sheet's typed record: the fields it answers, in the catalogue's order,
 * with what the reader understood and the warnings met. On success *out
 * belongs to the caller (jn_record_free()). jn_extract_json() is this record
 * written as one line of JSON (jn_record_to_json()).
 */
JNORM_EXPORT int jn_extract(jn_record **out, const jn_ctx *ctx, const jn_sheet *sheet,
                            const char *sheet_name, jn_error *err);
JNORM_EXPORT size_t jn_record_field_count(const jn_record *record);
JNORM_EXPORT const jn_field_result *jn_record_field_at(const jn_record *record, size_t i);
/** The field with this id, NULL when the sheet does not answer it. */
JNORM_EXPORT const jn_field_result *jn_record_field(const jn_record *record, const char *id);
/** The warnings as a JSON array ({"field":…,"line":…,"message":…}). */
JNORM_EXPORT const char *jn_record_warnings_json(const jn_record *record);
/** The same warnings typed: an array of objects with members "field" (not
 *  when the warning is about the sheet), "line" and "message". */
JNORM_EXPORT const jn_value *jn_record_warnings(const jn_record *record);
/** The record as one line of JSON (spec §4); free *out with jn_free().
 *  jn_record_write_json() with JN_RECORD_FORMAT_INIT. */
JNORM_EXPORT int jn_record_to_json(const jn_record *record, char **out);
JNORM_EXPORT void jn_record_free(jn_record *record);

/* --------------------------------------------------------- record writers */

/** How jn_record_write_json() and the CSV writers write a record; start
 *  from JN_RECORD_FORMAT_INIT. */
typedef struct jn_record_format {
  unsigned version;          /**< 1 */
  int pretty;                /**< JSON indented by two spaces a level, keys
                                  in the same order (not for CSV) */
  const char *const *fields; /**< field ids (dict/fields.tsv). JSON: keep
                                  only these, in the record's order (NULL:
                                  all). CSV: the columns after "sheet", in
                                  this order (required: every row has the
                                  same columns) */
  size_t n_fields;
} jn_record_format;
#define JN_RECORD_FORMAT_INIT {1, 0, NULL, 0}

/**
 * The record as JSON (spec §4): one line, or indented with `pretty`; no
 * final newline. A record whose fields are all filtered out still has its
 * "fields":{}. On success *out is NUL-terminated and freed with jn_free().
 */
JNORM_EXPORT int jn_record_write_json(char **out, const jn_record *record,
                                      const jn_record_format *fmt);
/**
 * The CSV header row (RFC 4180, UTF-8, ending with CRLF): "sheet", then the
 * ids of fmt->fields. *out is freed with jn_free(); JN_EINVAL without
 * fields.
 */
JNORM_EXPORT int jn_record_csv_header(char **out, const jn_record_format *fmt);
/**
 * The record as one CSV row under that header (CRLF-ended): the sheet's
 * name, then one cell per column:
 *   field not in the record   empty
 *   status not value          [blank], [undisclosed], [none], [unparsed]
 *   string                    as it is                 架空 淳
 *   number, true, false       as the JSON has them     778, true
 *   array                     items joined by "; "     PMARK; ITSMS
 *   {value, unit}             VALUE UNIT               20109000000 JPY
 *   {min, max, unit}          MIN-MAX UNIT             5-10 min
 *   {from, to}                FROM/TO                  2022-10/2023-09
 *   bound min, max, approx    >=, <=, ~ in front       >=99.99 %
 *   as_of, period             (AS_OF), (FROM/TO) after 99.97 % (2019-05/2020-04)
 *   any other member          (KEY=VALUE) after        1 d (times=4)
 * A cell holding a comma, a double quote or a line break is put in double
 * quotes, its double quotes doubled. *out is freed with jn_free().
 */
JNORM_EXPORT int jn_record_write_csv(char **out, const jn_record *record,
                                     const jn_record_format *fmt);

#ifdef __cplusplus
}
#endif

#endif /* JNORM_H */
