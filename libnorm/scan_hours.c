/* scan_hours.c — opening hours, written as OpenStreetMap `opening_hours`
 * (spec §5 "hours"):
 *   月曜から金曜までの9時30分~17時30分(祝祭日を除く) → "Mo-Fr 09:30-17:30; PH off"
 *   9:00-12:00/13:00-17:30                          → "09:00-12:00,13:00-17:30"
 *   平日 9:00~18:00                                 → "Mo-Fr 09:00-18:00; PH off"
 *   毎日 6:00~翌2:00                                → "Mo-Su 06:00-02:00"
 *   土日祝除く 10:00~17:00                           → "Mo-Fr 10:00-17:00; PH off"
 *   月~金 9:30~17:30(12:00~13:00を除く、祝日休業)       → "Mo-Fr 09:30-12:00,13:00-17:30; PH off"
 *   平日 8:00~22:00、土日祝 9:00~18:00               → "Mo-Fr 08:00-22:00; Sa,Su,PH 09:00-18:00"
 *   24時間365日                                     → "24/7"
 * A mention needs times of day (or 24時間365日); days and exclusions are
 * read around them. */
#include <stdio.h>
#include <string.h>

#include "numeral.h"
#include "scan.h"

static const char *const day_chars[] = {"月", "火", "水", "木", "金", "土", "日"};
static const char *const day_osm[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

static int digits(const jn_scan_text *t, size_t i, size_t max, int *v, size_t *n) {
  *n = 0;
  *v = 0;
  while (i + *n < t->len && *n < max && t->s[i + *n] >= '0' && t->s[i + *n] <= '9')
    *v = *v * 10 + (t->s[i + (*n)++] - '0');
  return *n > 0;
}

/* A space, or a line break inside one answer ("9:00~12:00\n13:00~17:30"). */
static size_t skip_space(const jn_scan_text *t, size_t i) {
  return i < t->len && (t->s[i] == ' ' || t->s[i] == '\n') ? i + 1 : i;
}

/* Hours as digits or a kanji numeral up to 24 (9, 十七); its length. */
static size_t hour_number(const jn_scan_text *t, size_t i, int *h) {
  size_t n;
  if (digits(t, i, 2, h, &n))
    return n;
  jn_numeral num;
  n = jn__numeral_parse(t->s + i, t->len - i, &num);
  if (!n || num.arabic || num.value < 0 || num.value > 24 || num.value != (int)num.value)
    return 0;
  *h = (int)num.value;
  return n;
}

/* A time of day: 9:00, 09:30, 9時, 9時30分, 9時半, 午前十時, 午後五時. */
static size_t time_of_day(const jn_scan_text *t, size_t i, int *h, int *m) {
  size_t n, n2, k, noon = 0;
  int pm = 0;
  if ((noon = jn__scan_lit(t, i, "午前")) || (noon = jn__scan_lit(t, i, "午後")))
    pm = jn__scan_lit(t, i, "午後") != 0;
  if (!(n = hour_number(t, i + noon, h)) || *h > 24)
    return 0;
  if (pm && *h < 12)
    *h += 12;
  n += noon;
  if (noon && !jn__scan_lit(t, i + n, "時"))
    return 0;
  size_t j = i + n;
  if (j < t->len && t->s[j] == ':' && digits(t, j + 1, 2, m, &n2) && n2 == 2 && *m < 60)
    return j + 1 + n2 - i;
  if (!(k = jn__scan_lit(t, j, "時")) || jn__scan_lit(t, j, "時間"))
    return 0;
  j += k;
  *m = 0;
  if ((k = jn__scan_lit(t, j, "半"))) {
    *m = 30;
    return j + k - i;
  }
  if (digits(t, j, 2, m, &n2) && *m < 60 && (k = jn__scan_lit(t, j + n2, "分")))
    return j + n2 + k - i;
  *m = 0;
  return j - i;
}

static size_t range_sep(const jn_scan_text *t, size_t i) {
  size_t k;
  size_t start = i;
  i = skip_space(t, i);
  if ((k = jn__scan_lit(t, i, "~")) || (k = jn__scan_lit(t, i, "-")) ||
      (k = jn__scan_lit(t, i, "から")) || (k = jn__scan_lit(t, i, "to ")))
    return skip_space(t, i + k) - start;
  return 0;
}

/* Time ranges: 9:00~17:30, several separated by / 、 , ・ or a space. */
static size_t time_ranges(const jn_scan_text *t, size_t i, char *out, size_t cap) {
  size_t j = i, used = 0;
  out[0] = '\0';
  for (;;) {
    int h1, m1, h2, m2;
    size_t a = time_of_day(t, j, &h1, &m1), s, b;
    if (!a)
      break;
    s = range_sep(t, j + a);
    s += s ? jn__scan_lit(t, j + a + s, "翌") : 0; /* 6:00~翌2:00 */
    if (!s || !(b = time_of_day(t, j + a + s, &h2, &m2)))
      break;
    size_t e = j + a + s + b;
    e += jn__scan_lit(t, e, "まで");
    int w = snprintf(out + used, cap - used, "%s%02d:%02d-%02d:%02d", used ? "," : "",
                     h1, m1, h2, m2);
    if (w < 0 || (size_t)w >= cap - used)
      break;
    used += (size_t)w;
    j = e;
    size_t k = 0, at2 = skip_space(t, j); /* 9:30~12:00 / 13:00~17:30 */
    if ((k = jn__scan_lit(t, at2, "/")) || (k = jn__scan_lit(t, at2, "、")) ||
        (k = jn__scan_lit(t, at2, ",")) || (k = jn__scan_lit(t, at2, "・")) || at2 > j) {
      int hh, mm;
      if (time_of_day(t, skip_space(t, at2 + k), &hh, &mm))
        j = skip_space(t, at2 + k);
    }
  }
  return used ? j - i : 0;
}

/* An English day (Monday, Mon), as bilingual pages write it (Mon–Fri):
 * its index, -1 when none; an abbreviation needs no letter after it. */
static int english_day_at(const jn_scan_text *t, size_t i, size_t *len) {
  static const char *const full[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; d++) {
    size_t k = jn__scan_lit(t, i, full[d]);
    if (!k) {
      k = jn__scan_lit(t, i, (char[4]){full[d][0], full[d][1], full[d][2], '\0'});
      if (k && i + k < t->len && t->s[i + k] >= 'a' && t->s[i + k] <= 'z')
        k = 0;
    }
    if (k) {
      *len = k;
      return d;
    }
  }
  return -1;
}

static int day_at(const jn_scan_text *t, size_t i, size_t *len) {
  int e = english_day_at(t, i, len);
  if (e >= 0)
    return e;
  for (int d = 0; d < 7; d++) {
    size_t k = jn__scan_lit(t, i, day_chars[d]);
    if (k) {
      size_t j = i + k, x;
      if ((x = jn__scan_lit(t, j, "曜"))) {
        j += x;
        j += jn__scan_lit(t, j, "日");
      }
      *len = j - i;
      return d;
    }
  }
  return -1;
}

/* A list of days and public holidays (土日祝, 土・日・祝日, 土曜・日曜):
 * "Sa,Su,PH" in out, its length; 0 for fewer than two, for a list the
 * times are not given for (土日祝を除く: an exclusion) and for 月日 (a
 * date's month and day). */
static size_t day_list(const jn_scan_text *t, size_t i, char *out, size_t cap) {
  static const char *const holiday[] = {"祝祭日", "祝日", "祝"};
  size_t j = i, items = 0, used = 0, sep = 0, k;
  out[0] = '\0';
  for (;;) {
    const char *name = NULL;
    int d = day_at(t, j, &k);
    if (d >= 0)
      name = day_osm[d];
    for (size_t h = 0; !name && h < sizeof holiday / sizeof holiday[0]; h++)
      if ((k = jn__scan_lit(t, j, holiday[h])))
        name = "PH";
    if (!name)
      break;
    int w = snprintf(out + used, cap - used, "%s%s", items ? "," : "", name);
    if (w < 0 || (size_t)w >= cap - used)
      return 0;
    used += (size_t)w, items++, j += k;
    size_t s = jn__scan_lit(t, j, "・");
    s = s ? s : jn__scan_lit(t, j, "、");
    if (s && (day_at(t, j + s, &k) >= 0 || jn__scan_lit(t, j + s, "祝")))
      j += s, sep++;
  }
  if (items < 2 || jn__scan_lit(t, j, "を除") || jn__scan_lit(t, j, "除") ||
      (!sep && !strcmp(out, "Mo,Su"))) {
    out[0] = '\0';
    return 0;
  }
  return j - i;
}

/* Days before the times: 平日, 毎日, 月曜から金曜まで(の), 月~金, 月・水・金.
 * 平日 are the working days: Monday to Friday, public holidays not
 * among them (*ph set). */
static size_t days(const jn_scan_text *t, size_t i, char *out, size_t cap, int *ph) {
  size_t k;
  out[0] = '\0';
  if ((k = jn__scan_lit(t, i, "平日")) || (k = jn__scan_lit(t, i, "Weekdays"))) {
    snprintf(out, cap, "Mo-Fr");
    *ph = 1;
  } else if ((k = jn__scan_lit(t, i, "毎日"))) {
    snprintf(out, cap, "Mo-Su");
  } else {
    size_t n1, n2;
    int d1 = day_at(t, i, &n1), d2;
    if (d1 < 0)
      return 0;
    size_t s = range_sep(t, i + n1);
    if (s && (d2 = day_at(t, i + n1 + s, &n2)) >= 0) {
      snprintf(out, cap, "%s-%s", day_osm[d1], day_osm[d2]);
      k = n1 + s + n2;
      k += jn__scan_lit(t, i + k, "まで");
    } else if ((k = day_list(t, i, out, cap))) {
      /* 土日祝, 月・水・金: the days listed */
    } else if (n1 > 3) {
      snprintf(out, cap, "%s", day_osm[d1]); /* 土曜, 土曜日: one day */
      k = n1;
    } else {
      return 0; /* a lone 月 is a month or a period, not a day */
    }
  }
  size_t j = i + k;
  j += jn__scan_lit(t, j, "の");
  return skip_space(t, j) - i;
}

/* 休 closing the words of an exclusion (祝日休): its length, 0 when 休 is
 * not the exclusion's last word. */
static size_t closing_rest(const jn_scan_text *t, size_t i) {
  size_t k = jn__scan_lit(t, i, "休");
  return k && (i + k == t->len || t->s[i + k] == ')' || t->s[i + k] == ' ' || t->s[i + k] == '\n')
             ? k
             : 0;
}

/* An exclusion: (祝祭日を除く), 土日祝除く, (土日祝日・年末年始を除く). Sets
 * *ph for holidays, and in *weekend bit 1 for Saturday and bit 2 for Sunday. */
static size_t exclusion(const jn_scan_text *t, size_t i, int *ph, int *weekend) {
  size_t j = skip_space(t, i);
  /* "、ただし祝日を除く", " ※土日祝除く": lead-in words before the days. */
  for (int again = 1; again;) {
    size_t k = jn__scan_lit(t, j, "、");
    k = k ? k : jn__scan_lit(t, j, "/"); /* 9:00~17:00/日曜・祝日を除く */
    k = k ? k : jn__scan_lit(t, j, "ただし");
    k = k ? k : jn__scan_lit(t, j, "※");
    k = k ? k : jn__scan_lit(t, j, "JST"); /* 9:00–18:00 JST(祝日を除く) */
    again = k > 0;
    j = skip_space(t, j + k);
  }
  /* It starts with a bracket or a day word, or it is not one. */
  if (!(j < t->len && (t->s[j] == '(' || jn__scan_lit(t, j, "土") ||
                       jn__scan_lit(t, j, "日") || jn__scan_lit(t, j, "祝"))))
    return 0;
  int paren = j < t->len && t->s[j] == '(';
  size_t start = j + (size_t)paren, end = start;
  /* The words up to 除く (or 休み), within a short distance. */
  size_t limit = start + 60 < t->len ? start + 60 : t->len, k = 0;
  /* 除く, 休み, and the service's own words: 日曜・祝日は停止, 祝日休業 */
  for (int depth = 0; end < limit && !(k = jn__scan_lit(t, end, "除く")) &&
                      !(k = jn__scan_lit(t, end, "休み")) && !(k = jn__scan_lit(t, end, "停止")) &&
                      !(k = jn__scan_lit(t, end, "休業")) && !(k = closing_rest(t, end)) &&
                      t->s[end] != '\n';
       end++) {
    if (t->s[end] == ')' && depth-- == 0)
      break; /* the bracket that closes the exclusion */
    depth += t->s[end] == '(';
  }
  if (k && !jn__scan_lit(t, end, "除く")) /* 当社休業日を除く: the 除く after 休業 ends it */
    for (size_t x = end + k; x < end + k + 9 && x < t->len; x++) {
      size_t d = jn__scan_lit(t, x, "除く");
      if (d) {
        k = x + d - end;
        break;
      }
    }
  if (!k)
    return 0;
  /* Only day words may stand between the start and 除く: 土日祝日・年末年始を,
   * 土日祝・年末年始は, 土日祝・当社休業日を; a bracket of dates too: 年末年始
   * (12/29~1/3). */
  static const char *const allowed[] = {"土", "日", "祝", "祭", "曜", "・", "、", "を",
                                        "及び", "および", "年", "末", "始", "休", " ", "は",
                                        "当社", "弊社", "業", "指定", "定", "夏季", "お盆",
                                        "等", "など", "の"};
  for (size_t x = start; x < end;) {
    size_t step = 0;
    if (t->s[x] == '(') {
      const uint8_t *close = memchr(t->s + x, ')', end - x);
      if (!close)
        return 0;
      x = (size_t)(close - t->s) + 1;
      continue;
    }
    for (size_t a = 0; !step && a < sizeof allowed / sizeof allowed[0]; a++)
      step = jn__scan_lit(t, x, allowed[a]);
    if (!step)
      return 0;
    x += step;
  }
  int saw_ph = 0, saw_sa = 0, saw_su = 0;
  for (size_t x = start; x < end; x++) {
    saw_ph |= jn__scan_lit(t, x, "祝") != 0;
    saw_sa |= jn__scan_lit(t, x, "土") != 0;
    saw_su |= jn__scan_lit(t, x, "日曜") != 0 || jn__scan_lit(t, x, "土日") != 0;
    /* 日 alone between separators is Sunday (土・日・祝祭日), not the 日 of
     * 祝日 or 休業日 */
    if (x >= start + 3 && (jn__scan_lit(t, x - 3, "・") || jn__scan_lit(t, x - 3, "、")) &&
        jn__scan_lit(t, x, "日") &&
        (jn__scan_lit(t, x + 3, "・") || jn__scan_lit(t, x + 3, "、") || jn__scan_lit(t, x + 3, "祝")))
      saw_su = 1;
  }
  if (!saw_ph && !saw_sa && !saw_su)
    return 0;
  *ph |= saw_ph;
  *weekend |= (saw_sa ? 1 : 0) | (saw_su ? 2 : 0); /* bit 1 Saturday, bit 2 Sunday */
  size_t e = end + k;
  if (paren && e < t->len && t->s[e] == ')')
    e++;
  return e - i;
}

/* A break inside the day's one range: "10:00~17:00(12:00~13:00を除く)",
 * "(昼休み 12:00~13:00)". The range in times becomes two around it
 * ("10:00-12:00,13:00-17:00"); the length read, 0 when there is no such
 * break (or times holds more than one range, or the break is not inside
 * it). */
static size_t day_break(const jn_scan_text *t, size_t i, char *times, size_t cap) {
  static const char *const lead[] = {"昼休み", "休憩時間", "休憩", "ただし", "※"};
  static const char *const tail[] = {"を除く", "は除く", "除く", "は休み", "は休憩", "休み"};
  size_t j = skip_space(t, i), k = 0;
  int paren = j < t->len && t->s[j] == '(';
  j += (size_t)paren;
  int led = 0;
  for (size_t a = 0; !k && a < sizeof lead / sizeof lead[0]; a++)
    led = (k = jn__scan_lit(t, j, lead[a])) != 0;
  j = skip_space(t, j + k);
  j += jn__scan_lit(t, j, ":");
  j = skip_space(t, j);
  char b[32];
  size_t bn = time_ranges(t, j, b, sizeof b);
  if (!bn || strchr(b, ','))
    return 0;
  j += bn;
  k = 0;
  for (size_t a = 0; !k && a < sizeof tail / sizeof tail[0]; a++)
    k = jn__scan_lit(t, j, tail[a]);
  if (!k && !led)
    return 0;
  j += k;
  if (paren) {
    size_t go_on = jn__scan_lit(t, j, "。");
    go_on = go_on ? go_on : jn__scan_lit(t, j, "、");
    if (j < t->len && t->s[j] == ')')
      j++;
    else if (go_on) /* (12:00~13:00を除く、祝日休業): the days off follow */
      j += go_on;
    else
      return 0;
  }
  int h1, m1, h2, m2, b1, c1, b2, c2;
  if (strchr(times, ',') || sscanf(times, "%d:%d-%d:%d", &h1, &m1, &h2, &m2) != 4 ||
      sscanf(b, "%d:%d-%d:%d", &b1, &c1, &b2, &c2) != 4)
    return 0;
  int from = h1 * 60 + m1, to = h2 * 60 + m2, bf = b1 * 60 + c1, bt = b2 * 60 + c2;
  if (!(from < bf && bf < bt && bt < to))
    return 0;
  snprintf(times, cap, "%02d:%02d-%02d:%02d,%02d:%02d-%02d:%02d", h1, m1, b1, c1, b2, c2, h2, m2);
  return j - i;
}

/* A second group of days with its own times after the first
 * ("、土曜 10:00~15:00", " 土日 10:00~17:00", " / 土 9:00~12:00"): "; Sa
 * 10:00-15:00" into out, and its length; 0 when none follows. */
static size_t more_days(const jn_scan_text *t, size_t i, char *out, size_t cap) {
  size_t j = skip_space(t, i), k, dn, tn;
  int ph = 0;
  char d[32], times[96];
  if ((k = jn__scan_lit(t, j, "、")) || (k = jn__scan_lit(t, j, ",")) ||
      (k = jn__scan_lit(t, j, "/")) || (k = jn__scan_lit(t, j, ";")))
    j += k;
  j = skip_space(t, j);
  if (j == i)
    return 0;
  dn = days(t, j, d, sizeof d, &ph);
  if (!dn) { /* a lone 土 between a separator and its times is the day */
    int day = day_at(t, j, &dn);
    if (day < 0)
      dn = 0;
    else
      snprintf(d, sizeof d, "%s", day_osm[day]), dn = skip_space(t, j + dn) - j;
  }
  if (!dn || !d[0] || !(tn = time_ranges(t, j + dn, times, sizeof times)))
    return 0;
  int w = snprintf(out, cap, "; %s %s", d, times);
  return w > 0 && (size_t)w < cap ? j + dn + tn - i : 0;
}

/* Like jn__scan_lit, but spaces between the word's characters are allowed
 * ("24 時間 365 日"). Returns the length matched in t, or 0. */
static size_t lit_spaced(const jn_scan_text *t, size_t i, const char *word) {
  size_t j = i;
  for (const unsigned char *w = (const unsigned char *)word; *w; w++) {
    if (w != (const unsigned char *)word && (*w & 0xC0) != 0x80)
      while (j < t->len && t->s[j] == ' ')
        j++;
    if (j >= t->len || t->s[j] != *w)
      return 0;
    j++;
  }
  return j - i;
}

/* After the days, a short word naming the shift and an opening bracket or
 * colon before the times (平日日勤帯(9:00~17:00), 平日 受付時間: 9:00~):
 * its length, at most six characters of kanji or kana, 0 when none. */
static size_t day_word(const jn_scan_text *t, size_t i) {
  size_t j = i, chars = 0;
  while (j + 2 < t->len && chars < 6 && t->s[j] >= 0xE3 && t->s[j] <= 0xE9)
    j += 3, chars++;
  if (j < t->len && (t->s[j] == '(' || t->s[j] == ':'))
    j++;
  while (j < t->len && t->s[j] == ' ')
    j++;
  return j > i && j < t->len && t->s[j] >= '0' && t->s[j] <= '9' ? j - i : 0;
}

size_t jn__scan_hours(const jn_scan_text *t, size_t i, jn_mention *m) {
  size_t k;
  memset(m, 0, sizeof *m);
  static const char *const always[] = {"24時間365日", "365日24時間", "24時間/365日",
                                       "24時間・365日", "24時間年中無休",
                                       "二十四時間三百六十五日", "三百六十五日二十四時間",
                                       "二十四時間年中無休", "24時間(年中無休)", "24時間(365日)",
                                       "24時間・年中無休", "年中無休24時間", "年中無休・24時間",
                                       "年中無休で24時間", "毎日24時間", "24/7", "24x7", "24×7"};
  for (size_t a = 0; a < sizeof always / sizeof always[0]; a++)
    if ((k = lit_spaced(t, i, always[a]))) {
      m->type = JN_MENTION_HOURS;
      snprintf(m->hours, sizeof m->hours, "24/7");
      return k;
    }
  int ph = 0, weekend = 0;
  char d[32], times[96];
  size_t j = i;
  size_t x = exclusion(t, j, &ph, &weekend); /* 土日祝除く 10:00~17:00 */
  j = skip_space(t, j + x);
  size_t dn = days(t, j, d, sizeof d, &ph);
  j += dn;
  if (dn) /* 平日(土日祝日を除く) 9:00~18:00 */
    j = skip_space(t, j + exclusion(t, j, &ph, &weekend));
  size_t tn = time_ranges(t, j, times, sizeof times);
  if (!tn && dn)
    j += day_word(t, j); /* 平日日勤帯(9:00~17:00): a word naming the shift */
  if (!tn && dn)
    tn = time_ranges(t, j, times, sizeof times);
  if (!tn)
    return 0;
  j += tn;
  j += day_break(t, j, times, sizeof times); /* 10:00~17:00(12:00~13:00を除く) */
  char more[96] = ""; /* 平日 9:00~18:00、土曜 10:00~15:00: another day group */
  size_t mn = more_days(t, j, more, sizeof more);
  j += mn;
  j += exclusion(t, j, &ph, &weekend);
  if (strstr(more, "PH")) /* 平日 …、土日祝 …: the holidays have hours of their own */
    ph = 0;
  if (!d[0] && weekend == 3) /* the days not excluded */
    snprintf(d, sizeof d, "Mo-Fr");
  else if (!d[0] && weekend == 2) /* 日曜・祝日を除く */
    snprintf(d, sizeof d, "Mo-Sa");
  m->type = JN_MENTION_HOURS;
  /* every day round the clock (毎日 0:00~24:00) is what opening_hours
   * writes 24/7, the form of 24時間365日 */
  if ((!d[0] || !strcmp(d, "Mo-Su")) && !strcmp(times, "00:00-24:00") && !more[0] && !ph) {
    snprintf(m->hours, sizeof m->hours, "24/7");
    return j - i;
  }
  int w = snprintf(m->hours, sizeof m->hours, "%s%s%s%s%s", d, d[0] ? " " : "", times, more,
                   ph ? "; PH off" : "");
  if (w < 0 || (size_t)w >= sizeof m->hours)
    return 0; /* more hours than the value holds: not read rather than cut */
  return j - i;
}
