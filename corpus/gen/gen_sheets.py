#!/usr/bin/env python3
"""Synthetic ASP・SaaS disclosure sheets with gold values (jnorm corpus).

    gen_sheets.py --seed S --count N --out DIR [--gold GOLD.jsonl] [--check]

Writes N sheets of fictional companies and services to DIR/gNNNNNN_<layout>.txt
and their gold (spec §6 shape, one JSON line per sheet) to GOLD (default
DIR/gold.jsonl). Same seed and count -> byte-identical output.

Every gold value is computed from the structured data the sheet is rendered
from (a number, a unit, a date, a bound...), never parsed back from the text.
Each answer style below pairs a rendering with the gold it means; see
corpus/gen/README.md for the list of styles and the judgement calls.

--kinds K1,K2,... makes other documents instead (the certifier's public page,
METI checklist answers, SLA and SLO pages: gen_docs.py), from random streams
of their own, so that the default output never changes.

--check also verifies, for every generated row, that the question carries a
label of its field(s) from ../shared/spec/fields.tsv (and of no other field),
that filler rows match no field, and that gold values have the catalogue's
shapes and units. Python 3 standard library only.
"""
import argparse
import html
import json
import os
import random
import re
import sys
import time
import unicodedata
from decimal import Decimal

# --------------------------------------------------------------------------
# gold helpers

BLANK = {"status": "blank"}
UNDIS = {"status": "undisclosed"}
NONE = {"status": "none"}
UNPARSED = {"status": "unparsed"}


def V(v):
    return {"status": "value", "value": v}


def dnum(s):
    """A decimal string (or int) as a JSON number: int when integral."""
    if isinstance(s, int):
        return s
    d = Decimal(s)
    return int(d) if d == d.to_integral_value() else float(s)


def Q(value, unit, bound=None, as_of=None, period=None):
    o = {"value": value, "unit": unit}
    if bound:
        o["bound"] = bound
    if period:
        o["period"] = period
    if as_of:
        o["as_of"] = as_of
    return o


def RANGE(lo, hi, unit):
    return {"min": lo, "max": hi, "unit": unit}


def iso(y, m=None, d=None):
    s = "%04d" % y
    if m:
        s += "-%02d" % m
        if d:
            s += "-%02d" % d
    return s


SECONDS = {"s": 1, "min": 60, "h": 3600, "d": 86400, "wk": 604800}

# --------------------------------------------------------------------------
# numbers and units as Japanese text

KD = "〇一二三四五六七八九"


def _k4(q):
    s = ""
    for v, ch in ((1000, "千"), (100, "百"), (10, "十")):
        d, q = divmod(q, v)
        if d:
            s += ("" if d == 1 else KD[d]) + ch
    if q:
        s += KD[q]
    return s


def kanji_num(n):
    """Positional kanji numeral: 90000000 -> 九千万, 150000000 -> 一億五千万."""
    if n == 0:
        return "零"
    out = ""
    for unit_val, unit_ch in ((10 ** 12, "兆"), (10 ** 8, "億"), (10 ** 4, "万"), (1, "")):
        q, n = divmod(n, unit_val)
        if q:
            out += _k4(q) + unit_ch
    return out


UNIT_WORDS = {
    "s": ["秒", "秒間"],
    "min": ["分", "分間"],
    "h": ["時間"],
    "d": ["日", "日間"],
    "wk": ["週間"],
    "mo": ["か月", "ヶ月", "ヵ月", "カ月", "ケ月"],
    "y": ["年", "年間"],
}


def qty(r, n, unit, kanji_p=0.0, words=None):
    """A duration like 3か月 / 三ヶ月 / 10分間."""
    w = r.choice(words or UNIT_WORDS[unit])
    if isinstance(n, int) and n <= 12 and r.random() < kanji_p:
        return kanji_num(n) + w
    return "%s%s" % (n, w)


# --------------------------------------------------------------------------
# dates

ERAS = [("令和", "R", 2019, (2019, 5, 1), "㋿"),
        ("平成", "H", 1989, (1989, 1, 8), "㍻"),
        ("昭和", "S", 1926, (1926, 12, 25), "㍼")]


def era_for(y, m=None, d=None, pick=None):
    """(name, abbr, era_year, square) naming the date at its precision.
    A full date has exactly one era. A year or a month that straddles an
    era change has two valid names (2019 is 平成31年 and 令和元年): `pick`
    (a Random) chooses one, else the later era is used."""
    lo = (y, m or 1, d or 1)
    hi = (y, m or 12, d or 31)
    cands = []
    for name, ab, y0, start, sq in ERAS:
        if hi >= start:
            cands.append((name, ab, y - y0 + 1, sq))
            if lo >= start:
                break
    else:
        if cands and lo < ERAS[-1][3]:
            cands.pop()  # before 昭和: not rendered in an era
    if not cands:
        return None
    return pick.choice(cands) if pick else cands[0]


def era_year(ey):
    return "元" if ey == 1 else str(ey)


def date_text(r, y, m=None, d=None, era_p=0.25, western=None):
    """Renders a date at its precision; the gold is iso(y, m, d)."""
    e = era_for(y, m, d, r) if r.random() < era_p else None
    if e:
        n, ab, ey, sq = e
        eys = era_year(ey)
        if d:
            return r.choice([
                "%s%s年%d月%d日" % (n, eys, m, d),
                "%s%d.%d.%d" % (ab, ey, m, d),
                "%d(%s%s)年%d月%d日" % (y, n, eys, m, d),
                "%s%s(%d)年%d月%d日" % (n, eys, y, m, d),
                "%s%s年%d月%d日" % (sq, eys, m, d),
            ])
        if m:
            return r.choice(["%s%s年%d月" % (n, eys, m),
                             "%d(%s%s)年%d月" % (y, n, eys, m)])
        return r.choice(["%s%s年" % (n, eys), "%d(%s%s)年" % (y, n, eys)])
    if d:
        forms = western or ["%d/%d/%d", "%d/%02d/%02d", "%d年%d月%d日", "%d-%02d-%02d", "%d.%d.%d"]
        return r.choice(forms) % (y, m, d)
    if m:
        return r.choice(["%d年%d月", "%d/%d"]) % (y, m)
    return "%d年" % y


def rand_day(r, y, m):
    return r.randint(1, 28)


def months_before(y, m, k):
    t = y * 12 + (m - 1) - k
    return t // 12, t % 12 + 1


def period_text(r, a, b):
    """a, b: (y, m) or (y, m, d) tuples, same precision; gold {"from","to"}."""
    sep = r.choice(["～", "~", "〜", "～"])
    if len(a) == 3:
        s = r.choice(["%d年%d月%d日", "%d/%d/%d"])
        return s % a + sep + s % b
    st = r.random()
    if st < 0.2 and era_for(*a) and era_for(*b):
        ea, eb = era_for(*a, pick=r), era_for(*b, pick=r)
        return ("%s%s年%d月" % (ea[0], era_year(ea[2]), a[1]) + sep +
                "%s%s年%d月" % (eb[0], era_year(eb[2]), b[1]))
    if st < 0.35:
        return "%d/%d" % a + sep + "%d/%d" % b
    return "%d年%d月" % a + sep + "%d年%d月" % b


def fiscal_text(r, y, m):
    """A fiscal period in brackets; the gold as_of is iso(y, m)."""
    e = era_for(y, m, pick=r)
    if e and r.random() < 0.3:
        core = "%s%s年%d月期" % (e[0], era_year(e[2]), m)
    else:
        core = "%d年%d月期" % (y, m)
    return r.choice(["(%s)", "(%s)", " %s", "(%s決算)"]) % core


def asof_text(r, y, m, d=None):
    """An "as of" phrase; gold as_of iso(y, m[, d])."""
    if d:
        e = era_for(y, m, d)
        if e and r.random() < 0.3:
            core = "%s%s年%d月%d日" % (e[0], era_year(e[2]), m, d)
        else:
            core = "%d年%d月%d日" % (y, m, d)
        return r.choice(["(%s現在)", " %s現在", "(%s時点)"]) % core
    return r.choice(["(%d年%d月末現在)", " %d年%d月末現在", "(%d年%d月末時点)"]) % (y, m)


# --------------------------------------------------------------------------
# money

def money_styles(v, kanji=True):
    """Every rendering of v yen that means exactly v."""
    out = ["%s円" % format(v, ","), "¥%s" % format(v, ",")]
    if v >= 10 ** 6 and v % 10 ** 6 == 0:
        out.append("%s百万円" % format(v // 10 ** 6, ","))
    if v >= 10 ** 5 and v % 1000 == 0:
        out.append("%s千円" % format(v // 1000, ","))
    if v >= 10 ** 8:
        oku, rest = divmod(v, 10 ** 8)
        if rest == 0:
            out += ["%d億円" % oku] * 2
        else:
            if rest % 10 ** 6 == 0:
                out.append("%d億%d百万円" % (oku, rest // 10 ** 6))
            if rest % 10 ** 4 == 0:
                out.append("%d億%s万円" % (oku, format(rest // 10 ** 4, ",")))
                out.append("%d億%d万円" % (oku, rest // 10 ** 4))
            if rest % 10 ** 7 == 0:
                out.append("%s億円" % (Decimal(v) / Decimal(10 ** 8)))
    elif v >= 10 ** 4 and v % 10 ** 4 == 0:
        out += ["%s万円" % format(v // 10 ** 4, ",")] * 2
    if kanji and v >= 10 ** 4 and v % 10 ** 6 == 0 and v < 10 ** 12:
        out.append(kanji_num(v) + "円")
    return out


def round_money(r, lo_exp, hi_exp):
    """A plausible amount: 3 significant digits at a random magnitude, and
    sometimes exact to the yen."""
    e = r.randint(lo_exp, hi_exp)
    x = r.randint(100, 999) * 10 ** (e - 2)
    if r.random() < 0.1:
        x += r.randint(0, 10 ** max(0, e - 3))
    return x


# --------------------------------------------------------------------------
# fictional names

PREFIXES = [("あおば", "aoba"), ("さくら坂", "sakurazaka"), ("かもめ", "kamome"), ("しおさい", "shiosai"),
            ("銀河", "ginga"), ("東雲", "shinonome"), ("若葉", "wakaba"), ("白樺", "shirakaba"),
            ("北星", "hokusei"), ("ほたる", "hotaru"), ("なぎさ", "nagisa"), ("すずらん", "suzuran"),
            ("紅葉台", "momijidai"), ("朝凪", "asanagi"), ("たんぽぽ", "tanpopo"), ("つばさ", "tsubasa"),
            ("雲雀野", "hibarino"), ("湊川", "minatogawa"), ("水無月", "minazuki"), ("こはく", "kohaku"),
            ("ルミナ", "lumina"), ("アルテア", "altea"), ("ノヴァリス", "novaris"), ("ゼフィル", "zephyr"),
            ("ミルテ", "myrte"), ("オルカ", "orca"), ("ペルシェ", "perche"), ("ヴィオラ", "viola"),
            ("クレスト", "crest"), ("ソラリス", "solaris"), ("ハルモニ", "harmoni"), ("ガルデン", "garden"),
            ("翠嶺", "suirei"), ("藍染", "aizome"), ("千鳥", "chidori"), ("星見", "hoshimi")]
SUFFIXES = [("クラウド", "cloud"), ("システムズ", "systems"), ("ネットワークス", "networks"),
            ("情報サービス", "is"), ("テクノロジーズ", "tech"), ("ソリューションズ", "solutions"),
            ("データ", "data"), ("ソフトウェア", "soft"), ("デジタル", "digital"), ("ITサービス", "its"),
            ("ラボ", "lab"), ("コネクト", "connect"), ("ウェブ工房", "webkobo")]
PRODUCTS = ["勤怠クラウド", "経費精算クラウド", "受発注クラウド", "ドキュメントBox", "配送ナビ", "在庫管理Pro",
            "顧客台帳クラウド", "予約受付ナビ", "電子契約サービス", "安否確認サービス", "労務ナビ",
            "請求書クラウド", "会議室予約", "文書管理クラウド", "ワークフロー", "給与明細Web", "eラーニング",
            "営業日報クラウド", "ヘルプデスクNavi", "ファイル共有Box", "シフト管理", "電子帳票Cloud"]
SURNAMES = ["青山", "朝倉", "有馬", "飯塚", "石川", "市川", "今井", "岩崎", "上田", "内田", "遠藤",
            "大久保", "大西", "岡本", "小川", "加藤", "金子", "川口", "菊地", "北村", "木下", "久保田",
            "黒木", "小池", "小松", "近藤", "酒井", "坂本", "桜井", "佐野", "柴田", "島田", "杉本",
            "関口", "高木", "竹内", "谷口", "千葉", "辻", "土屋", "中島", "永井", "西田", "野口",
            "橋本", "長谷川", "服部", "浜田", "林", "原田", "平野", "福田", "藤井", "古川", "星野",
            "堀", "本田", "前田", "丸山", "水野", "宮崎", "村上", "森", "安田", "横山", "渡部", "角",
            "一ノ瀬", "二階堂", "三宅", "五十嵐", "百瀬", "千田"]
GIVEN = ["太郎", "健一", "誠", "大輔", "翔太", "直人", "浩二", "隆", "亮", "拓也", "一郎", "三郎",
         "二郎", "修", "達也", "和也", "悠", "航", "慎吾", "康介", "由美子", "千秋", "涼子", "美咲",
         "陽子", "真理", "恵", "彩", "直子", "裕子", "千尋", "百合子", "万里", "七海", "三四郎", "九十九"]
PLACES = ["北浜", "東山", "西原", "南台", "青葉台", "若松", "大手", "本郷", "桜川", "緑ヶ丘", "汐見",
          "朝日ヶ丘", "白浜", "栄", "港北台", "星ヶ丘"]
TOWNS = ["本町", "栄町", "中町", "緑町", "港町", "旭町", "錦町", "幸町", "末広町", "寿町", "弥生町", "新町"]
PREFS = [("東京都", ["港区", "千代田区", "中央区", "渋谷区", "品川区", "新宿区", "文京区"], (100, 208), 40),
         ("大阪府", ["大阪市北区", "大阪市中央区", "大阪市西区"], (530, 599), 10),
         ("神奈川県", ["横浜市西区", "横浜市港北区", "川崎市中原区"], (210, 259), 8),
         ("愛知県", ["名古屋市中区", "名古屋市中村区"], (450, 498), 5),
         ("福岡県", ["福岡市博多区", "福岡市中央区"], (810, 839), 5),
         ("北海道", ["札幌市中央区", "札幌市北区"], (60, 99), 4),
         ("宮城県", ["仙台市青葉区"], (980, 989), 3),
         ("京都府", ["京都市下京区", "京都市中京区"], (600, 629), 3),
         ("広島県", ["広島市中区"], (730, 739), 2),
         ("静岡県", ["静岡市葵区", "浜松市中央区"], (420, 439), 2),
         ("埼玉県", ["さいたま市大宮区"], (330, 369), 3),
         ("石川県", ["金沢市"], (920, 929), 1)]
PREF_W = [p[3] for p in PREFS]


def person(r):
    """(text as written, gold): spaced, unspaced or ideographic space."""
    s, g = r.choice(SURNAMES), r.choice(GIVEN)
    x = r.random()
    if x < 0.65:
        return s + " " + g, s + " " + g
    if x < 0.85:
        return s + g, s + g
    return s + "\u3000" + g, s + " " + g


def corp_number(r):
    """A 13-digit corporate number with a valid check digit (leading digit):
    check = 9 - (sum P_n*Q_n mod 9), P_n the n-th of the other 12 digits
    counted from the right, Q_n = 1 for odd n, 2 for even n."""
    base = "%012d" % r.randrange(10 ** 11, 10 ** 12)
    return str(check_digit(base)) + base


def check_digit(base12):
    s = 0
    for n, ch in enumerate(reversed(base12), 1):
        s += int(ch) * (1 if n % 2 else 2)
    return 9 - s % 9


def phone(r):
    kind = r.random()
    if kind < 0.45:
        a, b = "03", "%d%03d-%04d" % (r.randint(2, 9), r.randrange(1000), r.randrange(10000))
    elif kind < 0.55:
        a, b = "06", "%d%03d-%04d" % (r.randint(2, 9), r.randrange(1000), r.randrange(10000))
    elif kind < 0.75:
        a, b = r.choice(["045", "052", "092", "011", "022", "075", "082", "054"]), \
            "%d%02d-%04d" % (r.randint(2, 9), r.randrange(100), r.randrange(10000))
    elif kind < 0.9:
        a, b = "0120", "%d%02d-%03d" % (r.randint(1, 9), r.randrange(100), r.randrange(1000))
    else:
        a, b = "050", "%d%03d-%04d" % (r.randint(1, 9), r.randrange(1000), r.randrange(10000))
    return a + "-" + b


# --------------------------------------------------------------------------
# sheet model

class Row(object):
    __slots__ = ("sec", "num", "l1", "l2", "q", "mark", "parts", "joiner", "gold", "also")

    def __init__(self):
        self.sec = None
        self.num = self.l1 = self.l2 = self.q = self.mark = ""
        self.parts = [""]
        self.joiner = " "
        self.gold = {}
        self.also = ()

    def answer(self):
        return self.joiner.join(self.parts)


BLANK_TEXTS = ["—", "—", "-", "－", "記述無し(*)", "記述無し(*)", ""]
UNDIS_TEXTS = ["記述有り(*)", "記述有り(*)", "非公開", "非公開", "開示不可", "非公表"]


class Builder(object):
    """Produces the rows and gold of one sheet from structured data."""

    def __init__(self, r, layout):
        self.r = r
        self.layout = layout
        self.rows = []
        self.gold = {}
        self.item_mark = ""
        self.first = False
        self.pending = None
        self.renumber = 0
        # a newer guideline numbers items from サービス名称 on 7 higher (the
        # availability item is 39 in one version and 46 in the other)
        self.version_b = r.random() < 0.3
        # how much optional prose the sheet carries: sheets vary in length
        self.detail = r.uniform(0.3, 1.0)
        # a short form (about 1 sheet in 10) leaves out more optional items
        self.opt_scale = 0.7 if r.random() < 0.1 else 1.0
        if self.opt_scale < 1:
            self.detail = 0.1
        self.last_l1 = None
        self.make_company()

    # -- company ----------------------------------------------------------
    def make_company(self):
        r = self.r
        p, pr = r.choice(PREFIXES)
        s, sr = r.choice(SUFFIXES)
        form = r.random()
        if form < 0.6:
            name = "株式会社" + p + s
        elif form < 0.92:
            name = p + s + "株式会社"
        else:
            name = p + s + "合同会社"
        self.co_core = p + s
        self.co_name = name
        self.co_prefix = p
        tld = r.choice(["example.jp", "example.jp", "example.com", "example.co.jp"])
        self.domain = r.choice(["%s-%s.%s", "www.%s-%s.%s", "%s%s.%s"]) % (pr, sr, tld)
        self.mail_domain = self.domain[4:] if self.domain.startswith("www.") else self.domain
        self.service = r.choice([p, r.choice(PREFIXES)[0], ""]) + r.choice(PRODUCTS)
        if self.service[0] in "勤経受配在顧予電安労請会文給営シ":
            self.service = p + self.service
        self.disc = (r.randint(2019, 2025), r.randint(1, 12))
        self.disc = self.disc + (rand_day(r, *self.disc),)
        self.fy_month = r.choice([3, 3, 3, 3, 12, 12, 6, 9])
        fy_y = self.disc[0] if self.disc[1] > self.fy_month + 2 else self.disc[0] - 1
        self.fy = (fy_y, self.fy_month)
        self.founded_y = r.randint(1952, self.disc[0] - 2)
        self.listed = r.random() < 0.2
        self.no_debt = r.random() < 0.35
        self.rep = person(r)
        self.employees = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 9000)])

    # -- row plumbing -----------------------------------------------------
    def sec(self, name):
        row = Row()
        row.sec = name
        self.rows.append(row)
        self.last_l1 = None

    def item(self, base, l1, l2, mark="必須", raw=False):
        num = base
        if self.version_b and base >= 27 and not raw:
            num = base + 7
        self.pending = (str(num), l1, l2)
        self.item_mark = mark
        self.first = True

    def add(self, q, ans, gold, mark=None, also=(), joiner=" "):
        r = self.r
        row = Row()
        if self.first:
            num, l1, l2 = self.pending
            row.num = num
            if l1 != self.last_l1:
                row.l1 = l1
                self.last_l1 = l1
            row.l2 = l2
            row.mark = self.item_mark if mark is None else mark
        else:
            row.mark = mark if mark is not None else ("" if r.random() < 0.7 else self.item_mark)
        self.first = False
        row.q = q
        if isinstance(ans, list):
            row.parts = ans
            row.joiner = joiner
        else:
            row.parts = [ans]
        if row.answer() == "" and not row.mark:
            row.mark = self.item_mark or "選択"
        if row.answer() in ("記述有り(*)", "記述無し(*)"):
            row.mark = "選択"
        row.gold = gold
        row.also = tuple(also)
        for k, v in gold.items():
            self.gold[k] = v
        self.rows.append(row)
        return row

    def status(self, fids, p_blank=0.03, p_und=0.0, und=None):
        """Maybe a status answer instead of a value: (text, gold) or None."""
        x = self.r.random()
        if x < p_blank:
            return self.r.choice(BLANK_TEXTS), {f: BLANK for f in fids}
        if x < p_blank + p_und:
            return self.r.choice(und or UNDIS_TEXTS), {f: UNDIS for f in fids}
        return None

    def chance(self, p):
        """Presence of an optional item (absent: its fields are absent)."""
        return self.r.random() < p * self.opt_scale

    def fchance(self, p):
        """Presence of an optional row that carries no field."""
        return self.r.random() < p * self.detail

    # -- the sheet, item by item ---------------------------------------------
    def build(self):
        r = self.r
        self.f_disclosure()
        self.sec("事業所・事業")
        self.f_company()
        self.f_founded()
        self.f_office()
        self.filler(5, "事業の概要", "主な事業の概要", "事業者の主要な事業の概要 <100字以内で記述>",
                    self.business_text(), "必須")
        self.sec("人材")
        self.f_representative()
        self.f_officers()
        self.f_employees()
        self.sec("財務状況")
        self.f_finance()
        self.sec(r.choice(["資本関係・取引関係", "資本関係・所属団体"]))
        self.f_shareholders()
        if self.fchance(0.5):
            self.filler(19, "所属団体", "所属団体", "所属する業界団体、経済団体等の名称",
                        r.choice(PLACES) + r.choice(["架空クラウド協議会", "架空ソフトウェア協会", "架空IT推進機構"]), "選択")
        self.f_banks()
        self.sec("コンプライアンス")
        self.f_compliance()
        self.sec("サービス基本特性")
        self.f_service()
        self.f_fees()
        self.f_availability()
        self.f_certs_backup()
        self.f_usage()
        self.sec("アプリケーション、プラットフォーム、サーバ・ストレージ等")
        self.f_platform()
        self.sec("ネットワーク")
        self.f_network()
        self.sec("ハウジング(サーバ設置場所)")
        self.f_housing()
        self.sec("サービスサポート")
        self.f_support()
        return self.rows, self.gold

    def filler(self, base, l1, l2, q, ans, mark="選択"):
        if base is not None:
            self.item(base, l1, l2, mark)
        self.add(q, ans, {})

    def business_text(self):
        r = self.r
        return r.choice(["中小企業向け", "自治体向け", "医療機関向け", "製造業向け", "小売業向け", "教育機関向け"]) + \
            r.choice(["業務クラウドサービスの開発と提供", "SaaSの企画・開発・運用", "情報システムの受託開発と運用支援"]) + \
            r.choice(["、導入支援", "、保守サービス", "", "及びシステムインテグレーション"])

    # ---- 1 ----
    def f_disclosure(self):
        r = self.r
        self.item(1, r.choice(["開示情報の時点", "情報開示の時点"]), r.choice(["開示情報の日付", "開示の日付", ""]))
        q = r.choice(["情報開示の年月日(西暦)", "開示情報の日付(西暦)", "開示の日付"])
        s = self.status(["disclosure_date"], 0.02)
        if s:
            self.add(q, "", {"disclosure_date": BLANK}, mark="必須")
            return
        y, m, d = self.disc
        self.add(q, date_text(r, y, m, d, era_p=0.15), {"disclosure_date": V(iso(y, m, d))})

    # ---- 2-4 ----
    def f_company(self):
        r = self.r
        self.item(2, "事業所等の概要", "事業者名")
        name = self.co_name
        gold = name
        if r.random() < 0.06 and name.startswith("株式会社"):
            name = "㈱" + self.co_core
            gold = "(株)" + self.co_core
        self.add("事業者の正式名称(商号)", name, {"company_name": V(gold)})
        if self.chance(0.9):
            cn = corp_number(r)
            s = self.status(["corporate_number"], 0.04)
            if s:
                self.add("法人番号", *s)
            else:
                self.add("法人番号", cn, {"corporate_number": V(cn)})

    def f_founded(self):
        r = self.r
        y = self.founded_y
        pr = r.random()
        m = d = None
        if pr < 0.5:
            m = r.randint(1, 12)
            d = rand_day(r, y, m)
        elif pr < 0.65:
            m = r.randint(1, 12)
        yearq = d is None and m is None
        self.item(3, "", r.choice(["設立年・事業年数", "設立年月日"]))
        q = "事業者の設立年(西暦)" if (yearq or r.random() < 0.3) else "事業者の設立年月日(西暦)"
        self.add(q, date_text(r, y, m, d, era_p=0.35), {"founded": V(iso(y, m, d))})
        if self.chance(0.85):
            q = r.choice(["設立後の事業年数(1年未満の場合は月数)", "設立後の事業年数"])
            s = self.status(["years_in_business"], 0.04)
            if s:
                self.add(q, *s)
                return
            n = self.disc[0] - y
            st = r.random()
            if st < 0.6:
                self.add(q, "%d年" % n, {"years_in_business": V(Q(n, "y"))})
            elif st < 0.75:
                self.add(q, "満%d年" % n, {"years_in_business": V(Q(n, "y"))})
            elif st < 0.88:
                self.add(q, "約%d年" % n, {"years_in_business": V(Q(n, "y", "approx"))})
            else:
                self.add(q, "%d 年" % n, {"years_in_business": V(Q(n, "y"))})

    def f_office(self):
        r = self.r
        pi = r.choices(range(len(PREFS)), PREF_W)[0]
        pref, cities, (plo, phi), _ = PREFS[pi]
        pc = "%03d-%04d" % (r.randint(plo, phi), r.randrange(10000))
        addr = "%s%s%s%d-%d-%d" % (pref, r.choice(cities), r.choice(TOWNS), r.randint(1, 9),
                                    r.randint(1, 30), r.randint(1, 20))
        if self.chance(0.6):
            addr += " " + r.choice([self.co_prefix + "ビル", "第二" + r.choice(PLACES) + "ビル",
                                    r.choice(PLACES) + "センタービル"]) + "%d階" % r.randint(2, 15)
        self.item(4, "", "事業所")
        st = r.random()
        if st < 0.12:
            # 本店所在地 only, written without a postal code: the code is not scored (P2)
            self.add("事業者の本店所在地", addr, {"head_office_prefecture": V(pref)},
                     also=("head_office_postal_code",))
        else:
            q = r.choice(["事業者の本店住所・郵便番号", "事業者の本店所在地", "本店所在地(郵便番号)"])
            form = r.choice(["〒%s %s", "〒%s %s", "〒%s\u3000%s", "%s%s", "(〒%s) %s", "郵便番号%s %s"])
            if form == "%s%s":
                text = "%s (〒%s)" % (addr, pc)
            else:
                text = form % (pc, addr)
            self.add(q, text, {"head_office_postal_code": V(pc), "head_office_prefecture": V(pref)})
        if self.chance(0.9):
            self.f_offices()
        if self.chance(0.9):
            url = r.choice(["https://", "https://", "http://"]) + self.domain + r.choice(["/", "/", ""])
            text = url if r.random() < 0.8 else "URL: " + url
            self.add(r.choice(["事業者ホームページ", "事業者ホームページ(URL)"]), text, {"website": V([url])})

    def f_offices(self):
        r = self.r
        d = r.choice([1, 1, 2, 3, 4, 5, 7, 12])
        o = r.choice([0, 0, 0, 1, 2])
        q = "事業所数(国内、国外)"
        st = r.random()
        both = {"offices_domestic": V(Q(d, "site")), "offices_overseas": V(Q(o, "site"))}
        if st < 0.3:
            self.add(q, "国内%d拠点 国外%d拠点" % (d, o), both)
        elif st < 0.45:
            self.add(q, "国内%d 国外%d" % (d, o), both)
        elif st < 0.6:
            self.add(q, "国内%dヵ所、国外%dヵ所" % (d, o), both)
        elif st < 0.72:
            self.add(q, "国内: %d拠点、国外: %s" % (d, r.choice(["なし", "無し"])),
                     {"offices_domestic": V(Q(d, "site")), "offices_overseas": V(Q(0, "site"))})
        elif st < 0.85:
            # only the domestic count is written: overseas not scored (P3)
            self.add(q, "国内%d拠点" % d, {"offices_domestic": V(Q(d, "site"))}, also=("offices_overseas",))
        else:
            self.add(q, "国内%d拠点(本社含む) 国外%d拠点" % (d, o), both)

    # ---- 6-8 ----
    def f_representative(self):
        r = self.r
        self.item(6, "経営者", "代表者")
        text, gold = self.rep
        title = r.choice(["代表取締役社長", "代表取締役", "代表取締役社長 CEO", "代表取締役CEO",
                          "代表取締役社長執行役員", "取締役社長"])
        st = r.random()
        if st < 0.7:
            ans = title + r.choice([" ", " ", "\u3000"]) + text
        elif st < 0.85:
            ans = text
        else:
            ans = "%s(%s)" % (text, title.replace(" ", ""))
        self.add("代表者氏名", ans, {"representative_name": V(gold)})
        if self.chance(0.88):
            s = self.status(["representative_age"], 0.06, 0.05)
            if s:
                self.add("代表者年齢", *s)
            else:
                a = r.randint(34, 74)
                st = r.random()
                if st < 0.55:
                    self.add("代表者年齢", "%d歳" % a, {"representative_age": V(Q(a, "y"))})
                elif st < 0.7:
                    self.add("代表者年齢", "%d才" % a, {"representative_age": V(Q(a, "y"))})
                elif st < 0.8:
                    self.add("代表者年齢", "満%d歳" % a, {"representative_age": V(Q(a, "y"))})
                elif st < 0.9:
                    self.add("代表者年齢", kanji_num(a) + "歳", {"representative_age": V(Q(a, "y"))})
                else:
                    y, m, _ = self.disc
                    self.add("代表者年齢", "%d歳%s" % (a, asof_text(r, y, m, 1)),
                             {"representative_age": V(Q(a, "y", as_of=iso(y, m, 1)))})
        if self.fchance(0.4):
            self.add("代表者経歴(生年月日、学歴、業務履歴、資格等)",
                     "%s大学卒業後、%sを経て当社を創業" % (r.choice(PLACES), r.choice(["外資系IT企業", "大手SIer", "商社の情報システム部門", "金融機関"])),
                     {}, mark="選択")

    def f_officers(self):
        r = self.r
        self.item(7, "役員", "役員数", "選択")
        q = r.choice(["役員数", "役員数(取締役及び監査役)"])
        s = self.status(["officer_count"], 0.04, 0.05)
        if s:
            self.add(q, *s)
            return
        n = r.randint(2, 14)
        st = r.random()
        text = "%d名" % n if st < 0.6 else ("%d人" % n if st < 0.8 else kanji_num(n) + "名")
        self.add(q, text, {"officer_count": V(Q(n, "person"))})

    def f_employees(self):
        r = self.r
        self.item(8, "従業員", "従業員数")
        q = r.choice(["正社員数(単独ベース)", "従業員数(単独ベース)", "正社員数"])
        s = self.status(["employee_count"], 0.02)
        if s:
            self.add(q, *s)
            return
        n = self.employees
        y, m, _ = months_before(self.disc[0], self.disc[1], r.randint(0, 8)) + (0,)
        st = r.random()
        if st < 0.3:
            self.add(q, "%s名" % format(n, ","), {"employee_count": V(Q(n, "person"))})
        elif st < 0.55:
            self.add(q, "%s名%s" % (format(n, ","), asof_text(r, y, m)),
                     {"employee_count": V(Q(n, "person", as_of=iso(y, m)))})
        elif st < 0.75:
            d = r.choice([1, 28]) if m == 2 else r.choice([1, 30]) if m in (4, 6, 9, 11) else r.choice([1, 31])
            self.add(q, "%s名%s" % (format(n, ","), asof_text(r, y, m, d)),
                     {"employee_count": V(Q(n, "person", as_of=iso(y, m, d)))})
        elif st < 0.87:
            n = n // 10 * 10 or 10
            self.add(q, "約%s名" % format(n, ","), {"employee_count": V(Q(n, "person", "approx"))})
        else:
            self.add(q, "%d人" % n, {"employee_count": V(Q(n, "person"))})

    # ---- 9-17 ----
    def money_answer(self, fid, v, q, fy=None, allow_neg=False, kanji=True):
        """One money row: the question may carry (単位:千円|百万円) and then the
        answer is a bare number. Returns (question, text, gold)."""
        r = self.r
        neg = allow_neg and r.random() < 0.12
        st = r.random()
        as_of = None
        suffix = ""
        if fy and r.random() < 0.6:
            suffix = fiscal_text(r, *fy)
            as_of = iso(*fy)
        if st < 0.12 and v % 1000 == 0:
            q = q + "(単位:千円)"
            body = format(v // 1000, ",")
        elif st < 0.18 and v % 10 ** 6 == 0:
            q = q + "(単位:百万円)"
            body = format(v // 10 ** 6, ",")
        elif st < 0.24:
            body = format(v, ",")  # bare yen, no unit anywhere
        else:
            body = r.choice(money_styles(v, kanji and not neg))
        if neg:
            body = r.choice(["△", "▲", "-"]) + body
            v = -v
        g = Q(v, "JPY", as_of=as_of)
        return q, body + suffix, g

    def f_finance(self):
        r = self.r
        fy = self.fy
        self.item(9, "財務データ", "売上高")
        rev = self.employees * r.randint(8, 60) * 10 ** 6
        rev = int(str(rev)[:3]) * 10 ** (len(str(rev)) - 3) if r.random() < 0.9 else rev + r.randint(0, 999999)
        q, t, g = self.money_answer("revenue", rev, "売上高(単独ベース)", fy)
        s = self.status(["revenue"], 0.02, 0.03)
        if s:
            self.add(q, *s)
        else:
            self.add(q, t, {"revenue": V(g)})
        if self.chance(0.92):
            self.item(10, "", "経常利益", "選択")
            prof = round_money(r, 6, max(6, len(str(rev)) - 3))
            q, t, g = self.money_answer("ordinary_profit", prof, "経常利益額(単独ベース)", fy, allow_neg=True)
            s = self.status(["ordinary_profit"], 0.05, 0.1)
            if s:
                self.add(q, *s)
            else:
                self.add(q, t, {"ordinary_profit": V(g)})
        self.item(11, "", "資本金")
        cap = r.choice([10 ** 7, 3 * 10 ** 7, 5 * 10 ** 7, 9 * 10 ** 7, 10 ** 8, 15 * 10 ** 7, 4 * 10 ** 8,
                        round_money(r, 7, 9), 1239 * 10 ** 6, 2 * 10 ** 6, 3 * 10 ** 6])
        capfy = None
        q, t, g = self.money_answer("capital", cap, "資本金(単独ベース)", None)
        if r.random() < 0.15:
            d = (fy[0], fy[1], 31 if fy[1] in (3, 12) else 30)
            t += asof_text(r, *d)
            g["as_of"] = iso(*d)
        self.add(q, t, {"capital": V(g)})
        # ratios
        self.item(12, "", "自己資本比率", "選択")
        q = "自己資本比率(単独ベース)"
        s = self.status(["equity_ratio"], 0.05, 0.08)
        if s:
            self.add(q, *s)
        else:
            p = "%d.%d" % (r.randint(5, 89), r.randint(0, 9))
            as_of = None
            st = r.random()
            if st < 0.2:
                q += "(単位:%)"
                text = p
            else:
                text = p + r.choice(["%", "%", " %"])
            if r.random() < 0.45:
                text += fiscal_text(r, *fy)
                as_of = iso(*fy)
            self.add(q, text, {"equity_ratio": V(Q(dnum(p), "%", as_of=as_of))})
        self.item(13, "", "キャッシュフロー対有利子負債比率", "選択")
        q = "キャッシュフロー対有利子負債比率" + r.choice(["(単位:%)", "", "(単独ベース)"])
        s = self.status(["cf_debt_ratio"], 0.08, 0.08)
        if s:
            self.add(q, *s)
        elif self.no_debt:
            self.add(q, "有利子負債なし" + (fiscal_text(r, *fy) if r.random() < 0.4 else ""),
                     {"cf_debt_ratio": NONE})
        else:
            p = r.choice(["%d.%02d" % (r.randint(10, 900), r.randrange(100)), "%d.%d" % (r.randint(10, 900), r.randrange(10)),
                          "%d.00" % r.randint(10, 900)])
            self.add(q, p + "%", {"cf_debt_ratio": V(Q(dnum(p), "%"))})
        self.item(14, "", "インタレスト・カバレッジ・レシオ", "選択")
        q = "インタレスト・カバレッジ・レシオ"
        s = self.status(["interest_coverage"], 0.08, 0.08)
        if s:
            self.add(q + r.choice(["(単位:倍)", ""]), *s)
        elif self.no_debt:
            self.add(q + r.choice(["(単位:倍)", ""]), r.choice(["有利子負債なし", "有利子負債なし", "該当なし(有利子負債なし)"]),
                     {"interest_coverage": NONE})
        else:
            x = r.choice(["%d" % r.randint(2, 300), "%d.%d" % (r.randint(1, 300), r.randrange(10))])
            if r.random() < 0.25:
                self.add(q + "(単位:倍)", x, {"interest_coverage": V(Q(dnum(x), "times"))})
            else:
                self.add(q + r.choice(["(単位:倍)", ""]), x + "倍", {"interest_coverage": V(Q(dnum(x), "times"))})
        self.f_listed()
        self.item(16, "", "財務監査・財務データの状況", "選択")
        if r.random() < 0.5:
            q = ("財務監査・財務データの状況(次から選択: ①会計監査人による会計監査、②会計参与による計算書類の作成、"
                 "③中小企業会計要領のチェックリスト、④監査役による監査、⑤その他)")
        else:
            q = "財務監査・財務データの状況(①~⑤から選択)"
        choices = ["会計監査人による会計監査", "会計参与による計算書類の作成", "中小企業会計要領のチェックリスト",
                   "監査役による監査", "その他(税理士による確認)"]
        k = 1 if self.listed else r.choice([1, 2, 3, 4, 4, 4, 5])
        s = self.status(["financial_audit"], 0.03, 0.05)
        if s:
            self.add(q, *s)
        else:
            c = "①②③④⑤"[k - 1]
            text = r.choice([c, c, c + choices[k - 1], c + " " + choices[k - 1]])
            self.add(q, text, {"financial_audit": V(k)})
        self.item(17, "", "決算公告", "選択")
        q = "決算公告の実施の有無"
        s = self.status(["public_notice"], 0.03, 0.03)
        if s:
            self.add(q, *s)
        elif r.random() < 0.75:
            self.add(q, r.choice(["有り(官報に掲載)", "あり", "有り", "有り(電子公告)", "実施(官報)", "○", "有",
                                  "有り(電子公告 https://%s/ir/)" % self.domain]),
                     {"public_notice": V(True)})
        else:
            self.add(q, r.choice(["無し", "なし", "実施していない", "×", "無"]), {"public_notice": V(False)})

    def f_listed(self):
        r = self.r
        self.item(15, "財務信頼性", "上場の有無", "選択")
        q = r.choice(["株式上場の有無と、上場している場合は市場名", "株式上場の有無と市場名"])
        s = self.status(["listed", "stock_code"], 0.03, 0.05)
        if s:
            self.add(q, *s)
            return
        if not self.listed:
            self.add(q, r.choice(["無し", "なし", "無", "該当なし", "上場していない", "×"]),
                     {"listed": V(False), "stock_code": NONE})
            return
        code = "%d" % r.randint(1300, 9998)
        market = r.choice(["東京証券取引所 プライム市場", "東京証券取引所 スタンダード市場", "東京証券取引所 グロース市場",
                           "東証スタンダード市場", "東証グロース", "名古屋証券取引所 メイン市場", "福岡証券取引所 Q-Board",
                           "札幌証券取引所 アンビシャス"])
        st = r.random()
        if st < 0.35:
            self.add(q, "有り %s(証券コード%s)" % (market, code), {"listed": V(True), "stock_code": V(code)})
        elif st < 0.6:
            self.add(q, "%s(証券コード: %s)" % (market, code), {"listed": V(True), "stock_code": V(code)})
        elif st < 0.8:
            self.add(q, "有り(%s、コード%s)" % (market, code), {"listed": V(True), "stock_code": V(code)})
        else:
            # market only: no code written, and the question does not ask for one (P2)
            self.add(q, "有り %s" % market, {"listed": V(True)}, also=("stock_code",))

    # ---- 18-20 ----
    def f_shareholders(self):
        r = self.r
        self.item(18, "資本関係", "株主構成", "選択")
        q = r.choice(["株主構成(大株主の名称と株式保有比率)", "株主構成(上位5株主程度の名称と保有比率)"])
        s = self.status(["shareholders"], 0.05, 0.08)
        if s:
            self.add(q, *s)
            return
        if r.random() < 0.25:
            holders = [("株式会社%sホールディングス" % self.co_prefix, "100")]
        else:
            pool = [self.rep[1] if r.random() < 0.5 else self.rep[0],
                    "%s従業員持株会" % self.co_core,
                    "%sキャピタル株式会社" % r.choice(PREFIXES)[0],
                    "株式会社%s" % (r.choice(PREFIXES)[0] + r.choice(["商事", "総研", "興産"])),
                    "%s投資事業有限責任組合" % r.choice(PLACES),
                    "%sベンチャーズ(株)" % r.choice(PREFIXES)[0]]
            k = r.randint(1, 4)
            names = [pool[0]] + r.sample(pool[1:], k - 1)
            left = 95.0
            holders = []
            for nm in names:
                p = round(r.uniform(3, left / 1.6), 1)
                left -= p
                holders.append((nm, "%.1f" % p))
            holders.sort(key=lambda h: -float(h[1]))
        fmt = r.choice(["%s %s%%", "%s(%s%%)", "%s: %s%%", "%s %s%%"])
        parts = [fmt % h for h in holders]
        gold = {"shareholders": V([normalize_text(h[0]) for h in holders])}
        if len(parts) > 1 and r.random() < 0.3:
            self.add(q, parts, gold, joiner=r.choice([" / ", "、", "; "]))
        else:
            self.add(q, "、".join(parts) if r.random() < 0.7 else " / ".join(parts), gold)

    def f_banks(self):
        r = self.r
        if not self.chance(0.9):
            return
        self.item(20, "", "主要取引金融機関", "選択")
        q = "主要取引金融機関の名称"
        s = self.status(["main_banks"], 0.06, 0.06)
        if s:
            self.add(q, *s)
            return
        if r.random() < 0.04:
            self.add(q, r.choice(["無し", "なし"]), {"main_banks": V([])})
            return
        k = r.randint(1, 3)
        names = [pl + kind for pl, kind in zip(r.sample(PLACES, k),
                                                [r.choice(["架空銀行", "架空銀行", "架空信用金庫", "架空信託銀行"]) for _ in range(k)])]
        sep = r.choice(["、", "、", " ", " / "])
        self.add(q, sep.join(names), {"main_banks": V(names)})

    # ---- 22-26 ----
    def f_compliance(self):
        r = self.r
        self.item(22, "組織体制", "コンプライアンス担当役員", "選択")
        q = r.choice(["コンプライアンス担当役員の氏名", "コンプライアンス担当役員"])
        s = self.status(["compliance_officer"], 0.04, 0.05)
        if s:
            self.add(q, *s)
        else:
            text, gold = person(r)
            st = r.random()
            title = r.choice(["取締役", "常務取締役", "専務取締役", "取締役 管理本部長", "取締役CFO", "取締役 経営管理部長"])
            if st < 0.6:
                ans = title + " " + text
            elif st < 0.8:
                ans = "%s(兼%s)" % (text, r.choice(["管理部長", "総務部長", "経営企画室長"]))
            else:
                ans = text
            self.add(q, ans, {"compliance_officer": V(gold)})
        self.item(23, "", "情報セキュリティに関する組織体制", "必須")
        q = "情報セキュリティに関する責任者の有無と、有りの場合は氏名・役職"
        text, gold = person(r)
        role = r.choice(["取締役CTO", "情報システム部長", "CISO", "情報セキュリティ委員長", "開発本部長", "システム管理責任者"])
        st = r.random()
        if st < 0.35:
            ans = "有り %s(%s)" % (text, role)
        elif st < 0.6:
            ans = "あり; %s %s" % (role, text)
        elif st < 0.8:
            ans = "有り: %s %s" % (role, text)
        else:
            ans = "%s(%s)" % (text, role)
        self.add(q, ans, {"security_officer": V(gold)})
        if self.fchance(0.7):
            self.filler(24, "文書類", "情報セキュリティに関する規程等の整備",
                        "情報セキュリティに関する基本方針・規程・マニュアル等の名称",
                        r.choice(["情報セキュリティ基本方針、情報資産管理規程、インシデント対応手順書",
                                  "情報セキュリティポリシー、アクセス管理規程、委託先管理規程",
                                  "情報セキュリティ基本方針、個人情報保護規程"]), "必須○")
        if self.fchance(0.5):
            self.filler(21, "個人情報", "個人情報の取扱い", "個人情報の取扱いに関する規程等の有無と記載箇所",
                        r.choice(["プライバシーポリシーに記載", "有り(個人情報保護方針として当社Webサイトで公開)"]), "必須")
        self.item(25, "守秘義務", "守秘義務", "必須")
        q = "守秘義務に係る契約又は条項の有無"
        if r.random() < 0.93:
            self.add(q, r.choice(["有り(利用規約第%d条)" % r.randint(5, 30), "有り", "あり", "有", "○",
                                  "有り(秘密保持契約を締結)", "有り 有り"]), {"confidentiality_contract": V(True)})
        else:
            self.add(q, r.choice(["無し", "なし"]), {"confidentiality_contract": V(False)})
        self.item(26, "", "事業継続", "必須")
        q = "BCP対応計画及び運用手順等の開示の可否"
        if r.random() < 0.7:
            self.add(q, r.choice(["否", "否", "不可", "機密扱いにより不可"]), {"bcp_disclosure": V(False)})
        else:
            self.add(q, r.choice(["可", "可能", "可(秘密保持契約の締結が条件)"]), {"bcp_disclosure": V(True)})

    # ---- 27-33 ----
    def f_service(self):
        r = self.r
        if self.version_b:
            # items the newer guideline inserts before サービス名称
            if r.random() < 0.6:
                self.item(29, "サービス概要", "機能の概要", "選択", raw=True)
                self.add("申請サービスの主な機能", r.choice(["データ入力、承認ワークフロー、帳票出力", "予約受付、顧客管理、集計レポート",
                                                          "文書登録、全文検索、アクセス権限管理"]), {})
            if r.random() < 0.6:
                self.item(32, "", "カスタマイズ性", "選択", raw=True)
                self.add("利用者によるカスタマイズの範囲", r.choice(["画面項目・帳票レイアウトの変更が可能", "設定画面で項目の追加が可能",
                                                             "カスタマイズ不可(標準機能のみ)"]), {})
        self.item(27, "サービス内容", "サービス名称")
        self.add(r.choice(["申請したASP・SaaSのサービス名称", "本ASP・SaaSのサービス名称"]), self.service,
                 {"service_name": V(self.service)})
        self.item(28, "", r.choice(["サービス開始年月日", ""]))
        sy = r.randint(max(self.founded_y, self.disc[0] - 18), self.disc[0] - 1)
        sm = r.randint(1, 12)
        sd = rand_day(r, sy, sm) if r.random() < 0.85 else None
        self.add(r.choice(["サービス開始年月日(西暦)", "本ASP・SaaSのサービス開始年月日(西暦)"]),
                 date_text(r, sy, sm, sd, era_p=0.2), {"service_start": V(iso(sy, sm, sd))})
        if self.chance(0.85):
            q = "サービス開始から申請時までの大規模な変更(リニューアル等)の有無と年月日(西暦)"
            k = r.choice([0, 0, 1, 2, 3, 4])
            if k == 0:
                self.add(q, r.choice(["無し", "なし", "無"]), {"service_revisions": V([])})
            else:
                start = sy * 12 + sm
                end = self.disc[0] * 12 + self.disc[1] - 1
                if end - start < k + 1:
                    k = 1
                ms = sorted(r.sample(range(start + 1, max(start + 2, end)), k))
                parts, gold = [], []
                descs = ["全面リニューアル(v%d.0)", "バージョンアップ(v%d.%d)", "スマートフォンアプリ提供開始",
                         "新UI公開", "API公開", "基盤をクラウドへ移行", "電子帳簿保存法対応版リリース", "多言語対応"]
                ver = 2
                for t in ms:
                    y, m = t // 12, t % 12 + 1
                    d = rand_day(r, y, m) if r.random() < 0.6 else None
                    desc = r.choice(descs)
                    if "%d.%d" in desc:
                        desc = desc % (ver, r.randint(0, 9))
                        ver += 1
                    elif "%d" in desc:
                        desc = desc % ver
                        ver += 1
                    parts.append(date_text(r, y, m, d, era_p=0.1, western=["%d/%d/%d", "%d年%d月%d日"]) + " " + desc)
                    gold.append(iso(y, m, d))
                lead = r.choice(["", "", "有り ", "あり; "])
                parts[0] = lead + parts[0]
                self.add(q, parts, {"service_revisions": V(gold)}, joiner=r.choice([" ", "、", " "]))
        if self.chance(0.85):
            self.item(29, "", "サービス提供時間", "必須")
            q = r.choice(["サービスの提供時間", "サービスの提供時間(計画停止時間を除く)"])
            if r.random() < 0.75:
                self.add(q, r.choice(["24時間365日", "24時間365日(計画停止を除く)", "365日24時間", "原則24時間365日",
                                      "24時間365日(定期メンテナンス時を除く)"]), {"service_hours": V("24/7")})
            else:
                t, g = self.hours_text(weekday_only=True)
                self.add(q, t, {"service_hours": V(g)})
        if self.fchance(0.4):
            self.filler(30, "", "アプリケーション連携", "他のアプリケーションとの連携性",
                        r.choice(["API(REST)による連携が可能", "CSV形式でのデータ入出力に対応", "無し"]), "選択")
        self.item(32, r.choice(["サービス(事業)変更・終了時の事前告知", "サービスの変更・終了"]), "", "必須○")
        q = r.choice(["事業変更・終了時の利用者への告知時期", "サービス変更・終了時の事前告知(利用者への告知時期)",
                      "サービス(事業)変更・終了時等の事前告知の時期"])
        s = self.status(["termination_notice"], 0.03)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            if st < 0.55:
                n = r.choice([1, 2, 3, 3, 6, 6, 12])
                t = qty(r, n, "mo", kanji_p=0.2) + r.choice(["前", "前", "前まで", "前までに通知", "前までに電子メールで通知"])
                g = Q(n, "mo")
            elif st < 0.8:
                n = r.choice([30, 60, 90, 180])
                t = "%d日前" % n + r.choice(["", "まで", "までに通知"])
                g = Q(n, "d")
            else:
                n = r.choice([3, 6])
                t = "%dか月" % n
                g = Q(n, "mo")
            self.add(q, t, {"termination_notice": V(g)})
        if self.fchance(0.4):
            self.add("サービス(事業)変更・終了後の対応・代替措置",
                     r.choice(["他社サービスへの移行を支援する", "代替サービスを案内する", "個別に協議する"]), {})
        q = r.choice(["契約終了時の情報資産(ユーザデータ等)の返却責任の有無", "契約終了時の情報資産(利用者データ等)の返却"])
        if r.random() < 0.8:
            self.add(q, r.choice(["有り(全データをCSV形式で無償提供)", "有り", "あり: 契約終了後%d日間はダウンロード可能" % r.choice([14, 30, 60]),
                                  "○", "有り(管理画面からエクスポート可能)"]), {"data_return": V(True)})
        else:
            self.add(q, r.choice(["無し", "情報資産(利用者データ等)の返却は実施しない", "なし(契約終了時にデータを消去)"]),
                     {"data_return": V(False)})

    def hours_text(self, weekday_only=False):
        """Opening hours as Japanese text and as OSM opening_hours."""
        r = self.r
        h1 = r.choice([8, 9, 9, 9, 10])
        m1 = r.choice([0, 0, 0, 30])
        h2 = r.choice([17, 17, 18, 18, 19, 20, 21])
        m2 = r.choice([0, 0, 30])
        st = r.random()
        def tm(h, m, style):
            if style == 0:
                return "%d:%02d" % (h, m)
            if style == 1:
                return "%02d:%02d" % (h, m)
            return "%d時" % h + ("%d分" % m if m else "")
        sty = r.choice([0, 0, 1, 2])
        sep = r.choice(["~", "～", "-", "〜"]) if sty != 2 else r.choice(["~", "～", "から"])
        span = tm(h1, m1, sty) + sep + tm(h2, m2, sty)
        osm_span = "%02d:%02d-%02d:%02d" % (h1, m1, h2, m2)
        if st < 0.25:
            days = r.choice(["月曜から金曜まで", "月曜日から金曜日まで"])
            ex = r.choice(["(祝日及び年末年始を除く)", "(土、日、祝祭日及び年末年始を除く)", "(祝祭日を除く)"])
            return days + "の" + span + ex, "Mo-Fr %s; PH off" % osm_span
        if st < 0.45:
            ex = r.choice(["(土日祝日を除く)", "(土日祝日、年末年始を除く)", "(土・日・祝日を除く)"])
            return "平日%s %s" % (ex, span), "Mo-Fr %s; PH off" % osm_span
        if st < 0.6:
            return "月～金 %s" % span, "Mo-Fr %s" % osm_span
        if st < 0.72 and not weekday_only:
            return ("月～土 %s(日曜・祝日を除く)" % span), "Mo-Sa %s; PH off" % osm_span
        if st < 0.82 and not weekday_only:
            return ("当社営業日の %d:00-12:00/13:00-%d:%02d" % (h1, h2, m2),
                    "%02d:00-12:00,13:00-%02d:%02d" % (h1, h2, m2))
        if st < 0.9 and not weekday_only:
            return ("平日 %s、土曜 10:00%s15:00(日曜・祝日を除く)" % (span, sep if sty != 2 else "~"),
                    "Mo-Fr %s; Sa 10:00-15:00; PH off" % osm_span)
        return "月曜から金曜の%s(祝日を除く)" % span, "Mo-Fr %s; PH off" % osm_span

    # ---- 36-39 ----
    def f_fees(self):
        r = self.r
        self.item(36, "料金体系", "", "必須")
        q = "初期費用額"
        s = self.status(["initial_fee"], 0.04, 0.1, und=["オープン価格", "オープン価格", "非公開", "記述有り(*)"])
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            man = r.choice([3, 5, 10, 20, 30, 50, 100, 150])
            v = man * 10000
            if st < 0.18:
                self.add(q, "%s: %s%s" % (r.choice(["入会金", "初期設定費", "導入費用"]), r.choice(money_styles(v, False)[2:] or ["%d万円" % man]),
                                          r.choice(["～", "～(税抜)", "～(税別)"])),
                         {"initial_fee": V(Q(v, "JPY", "min"))})
            elif st < 0.3:
                self.add(q, "%d万円から" % man, {"initial_fee": V(Q(v, "JPY", "min"))})
            elif st < 0.5:
                self.add(q, "¥%s(税抜き)" % format(v, ",") + r.choice(["", " ※%dID%d拠点の場合" % (r.choice([10, 50, 100]), r.randint(1, 9))]),
                         {"initial_fee": V(Q(v, "JPY"))})
            elif st < 0.65:
                self.add(q, "%s円(税別)" % format(v, ","), {"initial_fee": V(Q(v, "JPY"))})
            elif st < 0.75:
                self.add(q, "0円", {"initial_fee": V(Q(0, "JPY"))})
            elif st < 0.9:
                w = r.choice([10, 20, 30]) * 10000
                self.add(q, "初期費用: %s、導入支援オプション: %s～" % (r.choice(money_styles(v, False)), format(w, ",") + "円"),
                         {"initial_fee": V(Q(v, "JPY"))})
            else:
                self.add(q, r.choice(money_styles(v)), {"initial_fee": V(Q(v, "JPY"))})
        if self.fchance(0.6):
            self.add("月額利用額", "1ID当たり月額%s円(税抜)" % format(r.choice([300, 500, 800, 1000, 1500]), ","), {})
        if self.chance(0.9):
            q = "最低利用契約期間"
            st = r.random()
            if st < 0.12:
                self.add(q, r.choice(["なし", "無し", "最低利用期間なし"]), {"min_contract_period": NONE})
            elif st < 0.4:
                n = r.choice([1, 3, 6, 12])
                self.add(q, qty(r, n, "mo", 0.15) + r.choice(["", "", "(以降1ヶ月単位で自動更新)"]), {"min_contract_period": V(Q(n, "mo"))})
            elif st < 0.7:
                self.add(q, r.choice(["1年間(契約は1年単位)", "1年", "1年間", "最低利用期間: 1年間"]), {"min_contract_period": V(Q(1, "y"))})
            else:
                n = r.choice([1, 3, 6, 12])
                self.add(q, "%d%s" % (n, r.choice(["ヶ月", "か月"])), {"min_contract_period": V(Q(n, "mo"))})
        self.item(37, "解約時ペナルティ", "", "必須")
        q = "解約時違約金(ユーザ側)の有無と、ある場合はその額"
        if r.random() < 0.65:
            self.add(q, r.choice(["解約時違約金無し", "無し", "なし", "×", "無"]), {"cancellation_penalty": V(False)})
        else:
            self.add(q, r.choice(["あり; 最低利用期間に満たない期間で解約した場合は残期間分の利用料",
                                  "有り(残存期間の月額利用料)", "有り"]), {"cancellation_penalty": V(True)})
        self.item(38, "利用者からの解約事前受付期限", "", "必須")
        q = "解約の受付期限の有無と、有りの場合はその期限"
        st = r.random()
        if st < 0.1:
            self.add(q, "無し(随時解約可能)", {"cancellation_deadline": NONE})
        elif st < 0.55:
            n = r.choice([1, 1, 2, 3])
            t = r.choice(["有り: 契約満了日の%sまで", "有: 利用期間満了の%sまで", "有り: %s", "%sまでに書面で通知"]) % (qty(r, n, "mo", 0.3) + "前")
            self.add(q, t, {"cancellation_deadline": V(Q(n, "mo"))})
        elif st < 0.7:
            n = r.choice([2, 3])
            self.add(q, "終了日の%dか月以上前" % n, {"cancellation_deadline": V(Q(n, "mo", "min"))})
        else:
            n = r.choice([10, 14, 30, 60])
            self.add(q, "有り: %d日前まで" % n, {"cancellation_deadline": V(Q(n, "d"))})

    def f_availability(self):
        r = self.r
        self.item(39, "サービス稼働設定値", "", "必須")
        if self.chance(0.5):
            q = "サービス稼働率の目標値"
            st = r.random()
            p = r.choice(["99.9", "99.95", "99.99", "99.5", "99"])
            if st < 0.6:
                self.add(q, p + "%以上", {"availability_target": V(Q(dnum(p), "%", "min"))})
            else:
                self.add(q, p + "%", {"availability_target": V(Q(dnum(p), "%"))})
        q = "サービス稼働率のこれまでの実績値"
        s = self.status(["availability_actual"], 0.03, 0.03)
        if s:
            self.add(q, *s)
        else:
            p = r.choice(["100", "99.%d" % r.randint(90, 99), "99.9%d" % r.randint(0, 9), "99.9%02d" % r.randrange(100),
                          "99.%02d" % r.randint(50, 99)])
            ey, em = months_before(self.disc[0], self.disc[1], r.randint(1, 4))
            fy_, fm = months_before(ey, em, 11)
            pre = r.choice(["", "", "サービス稼働率実績値: ", "稼働率実績値: "])
            st = r.random()
            if st < 0.7:
                per = period_text(r, (fy_, fm), (ey, em))
                self.add(q, pre + p + "%(" + per + ")",
                         {"availability_actual": V(Q(dnum(p), "%", period={"from": iso(fy_, fm), "to": iso(ey, em)}))})
            elif st < 0.85:
                d2 = 30 if em in (4, 6, 9, 11) else 28 if em == 2 else 31
                per = period_text(r, (fy_, fm, 1), (ey, em, d2))
                self.add(q, pre + p + "%(" + per + ")",
                         {"availability_actual": V(Q(dnum(p), "%", period={"from": iso(fy_, fm, 1), "to": iso(ey, em, d2)}))})
            else:
                self.add(q, pre + p + "%", {"availability_actual": V(Q(dnum(p), "%"))})
        if self.chance(0.8):
            q = "ガイドラインにおけるパターン番号と稼働率の対策参照値"
            k = r.randint(1, 6)
            p = r.choice(["99", "99.5", "99.9"])
            st = r.random()
            if st < 0.7:
                self.add(q, "パターン%d %s%%以上" % (k, p), {"availability_reference": V(Q(dnum(p), "%", "min"))})
            else:
                self.add(q, "パターン%d %s%%" % (k, p), {"availability_reference": V(Q(dnum(p), "%"))})
        if self.chance(0.9):
            q = "サービス停止の事故歴"
            st = r.random()
            if st < 0.4:
                self.add(q, r.choice(["なし", "無し", "事故歴なし", "0件"]), {"outage_count": V(Q(0, "case"))})
            else:
                n = r.randint(1, 6)
                ey, em = months_before(self.disc[0], self.disc[1], r.randint(1, 4))
                fy_, fm = months_before(ey, em, 11)
                per = period_text(r, (fy_, fm), (ey, em))
                mins = r.randint(5, 600)
                t = r.choice(["%s %d件(計%d分)", "%s ・%d件(%d分)", "%s: %d件(合計停止時間%d分)"]) % (per, n, mins)
                self.add(q, t, {"outage_count": V(Q(n, "case"))})

    # ---- 42-50 ----
    CERT_FORMS = {
        "PMARK": ["プライバシーマーク", "プライバシーマーク", "Pマーク", "プライバシーマーク(JIS Q 15001)"],
        "ISMS": ["ISMS(ISO/IEC 27001:2022)", "ISO/IEC 27001", "JIS Q 27001", "ISMS", "ISMS(ISO/IEC27001)"],
        "ITSMS": ["ITSMS(ISO/IEC20000-1:2018)", "ISO/IEC 20000-1", "JIS Q 20000-1", "ITSMS"],
        "CLOUD": ["ISO/IEC 27017", "ISMSクラウドセキュリティ認証(ISO/IEC 27017)"],
        "PII_CLOUD": ["ISO/IEC 27018"],
        "SOC1": ["SOC1 Type2報告書", "SOC1"],
        "SOC2": ["SOC2 Type2報告書", "SOC2"],
        "ISMAP": ["ISMAP", "ISMAP(政府情報システムのためのセキュリティ評価制度)"],
    }

    def f_certs_backup(self):
        r = self.r
        self.item(42, "認証取得・監査実施", "", "選択")
        q = r.choice(["取得している認証名あるいは監査の名称", "取得している認証名"])
        s = self.status(["certifications"], 0.03, 0.02)
        if s:
            self.add(q, *s)
        elif r.random() < 0.12:
            self.add(q, r.choice(["無し", "なし(取得に向けて準備中)", "取得していない"]), {"certifications": V([])})
        else:
            ids = []
            if r.random() < 0.55:
                ids.append("PMARK")
            if r.random() < 0.6:
                ids.append("ISMS")
                if r.random() < 0.35:
                    ids.append("CLOUD")
                if r.random() < 0.1:
                    ids.append("PII_CLOUD")
            if r.random() < 0.12:
                ids.append("ITSMS")
            if r.random() < 0.08:
                ids.append(r.choice(["SOC1", "SOC2", "ISMAP"]))
            if not ids:
                ids = ["PMARK"]
            r.shuffle(ids)
            if "CLOUD" in ids and "ISMS" in ids and ids.index("CLOUD") < ids.index("ISMS"):
                i, j = ids.index("CLOUD"), ids.index("ISMS")
                ids[i], ids[j] = ids[j], ids[i]
            parts = []
            for cid in ids:
                forms = self.CERT_FORMS[cid]
                if cid == "CLOUD" and "ISMS" not in ids:
                    forms = ["ISO/IEC 27017"]
                parts.append(r.choice(forms))
            self.add(q, parts, {"certifications": V(ids)}, joiner=r.choice(["、", "、", " ", ", "]))
        if self.chance(0.9):
            self.item(44, "脆弱性診断", "", "選択")
            q = "脆弱性診断の対象(アプリケーション、OS、ハードウェア等)"
            if r.random() < 0.88:
                self.add(q, r.choice(["アプリケーション、OS、ミドルウェア", "Webアプリケーション、OS、ネットワーク機器",
                                      "有り(年1回、第三者機関によるWebアプリケーション診断)", "有り: アプリケーション及びプラットフォーム",
                                      "有り"]), {"vulnerability_assessment": V(True)})
            else:
                self.add(q, r.choice(["無し", "実施していない"]), {"vulnerability_assessment": V(False)})
        self.item(45, "バックアップ対策", "", "必須")
        q = "バックアップ実施インターバル"
        s = self.status(["backup_interval"], 0.03)
        if s:
            self.add(q, *s)
        else:
            self.add(q, *self.backup_interval())
        q = "世代バックアップ(何世代前までかを記述)"
        s = self.status(["backup_generations", "backup_retention"], 0.03)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            g = r.choice([3, 5, 7, 14, 24, 28, 30])
            if st < 0.3:
                dd = r.choice([3, 7, 14, 30])
                self.add(q, "%d世代(%d日分)" % (g, dd), {"backup_generations": V(Q(g, "generation")),
                                                    "backup_retention": V(Q(dd, "d"))})
            elif st < 0.5:
                # generations only: the retention is not written (P3)
                self.add(q, r.choice(["%d世代" % g, kanji_num(g) + "世代"]), {"backup_generations": V(Q(g, "generation"))},
                         also=("backup_retention",))
            elif st < 0.62:
                dd = r.choice([3, 7, 14])
                self.add(q, "直近%d日前まで" % dd, {"backup_generations": NONE, "backup_retention": V(Q(dd, "d"))})
            elif st < 0.75:
                self.add(q, "%d世代(1週間分)" % g, {"backup_generations": V(Q(g, "generation")),
                                                 "backup_retention": V(Q(1, "wk"))})
            elif st < 0.88:
                dd = r.choice([1, 7, 14])
                self.add(q, "バックアップデータの保持は%d日分(%d世代分)" % (dd, g),
                         {"backup_generations": V(Q(g, "generation")), "backup_retention": V(Q(dd, "d"))})
            else:
                self.add(q, "一世代", {"backup_generations": V(Q(1, "generation"))}, also=("backup_retention",))
        if self.chance(0.7):
            self.item(46, "バックアップ管理", "", "選択")
            q = "バックアップ確認のインターバル"
            st = r.random()
            if st < 0.35:
                self.add(q, "1日", {"backup_check_interval": V(Q(1, "d"))})
            elif st < 0.6:
                n = r.choice([1, 6, 12])
                self.add(q, "%d時間" % n, {"backup_check_interval": V(Q(n, "h"))})
            elif st < 0.8:
                self.add(q, r.choice(["週1回", "1週間に1回"]), {"backup_check_interval": V(Q(1, "wk"))})
            else:
                self.add(q, r.choice(["1日1回", "一日一回"]), {"backup_check_interval": V(Q(1, "d"))})
        self.item(48, "SLA", "", "必須")
        q = "SLA(サービスレベル・アグリーメント)の有無"
        if r.random() < 0.6:
            self.add(q, r.choice(["有り", "有り: 「サービスレベル合意書」を契約書に添付", "添付される: 利用規約にて定義",
                                  "あり(利用規約の別紙として提示)"]), {"sla_attached": V(True)})
        else:
            self.add(q, r.choice(["していない", "無し", "なし", "添付していない"]), {"sla_attached": V(False)})

    def backup_interval(self):
        """(text, gold) for backup_interval; with several intervals the
        smallest is the value (flag min)."""
        r = self.r
        singles = [("1日1回", (1, "d")), ("一日一回", (1, "d")), ("1日1回(毎日深夜)", (1, "d")),
                   ("1時間毎", (1, "h")), ("6時間ごと", (6, "h")), ("12時間間隔", (12, "h")),
                   ("週1回", (1, "wk")), ("30分間隔", (30, "min")), ("4時間毎", (4, "h"))]
        st = r.random()
        if st < 0.55:
            t, (n, u) = r.choice(singles)
            return t, {"backup_interval": V(Q(n, u))}
        if st < 0.7:
            a = r.choice([5, 10, 15])
            b = a + r.choice([5, 10, 15])
            return "%d~%d分毎(ディザスタリカバリーとして)" % (a, b), {"backup_interval": V(RANGE(a, b, "min"))}
        (t1, v1), (t2, v2) = r.sample(singles, 2)
        if v1 == v2:
            t, (n, u) = r.choice(singles)
            return t, {"backup_interval": V(Q(n, u))}
        first = r.choice(["DBバックアップ", "待機系DBへのバックアップ", "スナップショット"])
        second = r.choice(["ファイルバックアップ", "遠隔地へのバックアップ", "テープへのバックアップ"])
        t = "%s: %s、%s: %s" % (first, t1, second, t2)
        n, u = min((v1, v2), key=lambda v: v[0] * SECONDS[v[1]])
        return t, {"backup_interval": V(Q(n, u))}

    def f_usage(self):
        r = self.r
        self.item(49, "サービス利用量", "", "選択")
        q = r.choice(["利用者数", "申請したサービスの利用者数(ID数)"])
        s = self.status(["user_count"], 0.05, 0.1)
        if s:
            self.add(q, *s)
        else:
            n = r.choice([r.randint(50, 999), r.randint(1000, 99999), r.randint(100000, 3000000)])
            y, m = months_before(self.disc[0], self.disc[1], r.randint(0, 3))
            st = r.random()
            if st < 0.3:
                n = n // 100 * 100 or 100
                self.add(q, "約%sID%s" % (format(n, ","), asof_text(r, y, m)),
                         {"user_count": V(Q(n, "person", "approx", as_of=iso(y, m)))})
            elif st < 0.55:
                self.add(q, "%sユーザ%s" % (format(n, ","), asof_text(r, y, m)),
                         {"user_count": V(Q(n, "person", as_of=iso(y, m)))})
            elif st < 0.75:
                self.add(q, "ライセンス数 %s (ユーザ数)%s" % (format(n, ","), asof_text(r, y, m, 1)),
                         {"user_count": V(Q(n, "person", as_of=iso(y, m, 1)))})
            else:
                self.add(q, "%s名" % format(n, ","), {"user_count": V(Q(n, "person"))})
        if self.chance(0.85):
            q = r.choice(["契約企業数", "契約者数(企業数)"])
            s = self.status(["customer_count"], 0.04, 0.08)
            if s:
                self.add(q, *s)
            else:
                n = r.choice([r.randint(5, 99), r.randint(100, 2500)])
                st = r.random()
                if st < 0.3:
                    y, m = months_before(self.disc[0], self.disc[1], r.randint(0, 3))
                    self.add(q, "%s社%s" % (format(n, ","), asof_text(r, y, m)),
                             {"customer_count": V(Q(n, "company", as_of=iso(y, m)))})
                elif st < 0.5:
                    n = n // 10 * 10 or 10
                    self.add(q, "%s社以上" % format(n, ","), {"customer_count": V(Q(n, "company", "min"))})
                elif st < 0.7:
                    self.add(q, "約%s社" % format(n, ","), {"customer_count": V(Q(n, "company", "approx"))})
                else:
                    self.add(q, "%s社" % format(n, ","), {"customer_count": V(Q(n, "company"))})
        if self.chance(0.8):
            self.item(50, "", "", "選択")
            q = "代理店数"
            st = r.random()
            if st < 0.4:
                self.add(q, r.choice(["無し", "なし(直販のみ)", "なし", "0社"]), {"agency_count": V(Q(0, "company"))})
            else:
                n = r.randint(1, 40)
                self.add(q, "%d社" % n, {"agency_count": V(Q(n, "company"))})

    # ---- 54-60 ----
    def f_platform(self):
        r = self.r
        self.item(54, "死活監視(ソフトウェア、機器)", "", "必須○")
        q = "死活監視の対象ごとの監視インターバル"
        st = r.random()
        if st < 0.3:
            a, b = r.choice([(1, 5), (1, 3), (5, 10), (3, 5), (5, 1)])
            self.add(q, "アプリケーション・サーバ: %d分間隔、ネットワーク機器: %d分間隔" % (a, b),
                     {"monitoring_interval": V(Q(a, "min"))})
        elif st < 0.5:
            a = r.choice([1, 3, 5, 10])
            self.add(q, "%d分間隔: アプリケーション、サーバ、ネットワーク機器" % a, {"monitoring_interval": V(Q(a, "min"))})
        elif st < 0.7:
            a = r.choice([1, 5, 10, 15])
            self.add(q, "有り(アプリケーションサーバーを%d分毎に自動監視)" % a, {"monitoring_interval": V(Q(a, "min"))})
        elif st < 0.82:
            a = r.choice([10, 30, 60])
            self.add(q, "%d秒間隔" % a, {"monitoring_interval": V(Q(a, "s"))})
        else:
            a = r.choice([1, 5])
            self.add(q, "%d分毎" % a, {"monitoring_interval": V(Q(a, "min"))})
        if self.chance(0.9):
            q = "障害時の利用者への通知時間"
            st = r.random()
            if st < 0.35:
                n = r.choice([15, 30, 60])
                self.add(q, "障害検知から%d分以内" % n, {"failure_notice_time": V(Q(n, "min", "max"))})
            elif st < 0.55:
                n = r.choice([30, 60, 120])
                self.add(q, "サービス停止などの重大障害に対して、%d分以内" % n, {"failure_notice_time": V(Q(n, "min", "max"))})
            elif st < 0.7:
                self.add(q, "障害発生同日中に第一報を送付", {"failure_notice_time": V(Q(1, "d", "max"))})
            else:
                n = r.choice([1, 2, 3])
                self.add(q, r.choice(["%d時間以内", "原則%d時間以内に第一報"]) % n, {"failure_notice_time": V(Q(n, "h", "max"))})
        self.item(56, "時刻同期", "", "必須")
        self.add("システムの時刻同期方法", r.choice(["有り(NTP)", "NTP", "NTPサーバと同期", "有り(クラウド事業者提供の時刻同期サービス)", "○(NTP)"]),
                 {"time_sync": V(True)})
        self.item(57, "ウイルスチェック", "", "必須○")
        q = r.choice(["ウイルス対策の有無とパターンファイルの更新間隔", "ウイルスチェック: 対処の有無とパターンファイルの更新間隔"])
        st = r.random()
        if st < 0.2:
            n = r.choice([1, 2, 3, 6])
            self.add(q, "有り、パターンファイルは%d時間ごとに更新を確認" % n,
                     {"antivirus": V(True), "antivirus_update_interval": V(Q(n, "h"))})
        elif st < 0.4:
            n = r.choice([1, 5, 15, 30])
            self.add(q, "有り、定義ファイルは%d分間隔で更新を確認" % n,
                     {"antivirus": V(True), "antivirus_update_interval": V(Q(n, "min"))})
        elif st < 0.55:
            self.add(q, r.choice(["有り パターンファイルの更新間隔: 1回/日", "有り(1日1回パターンファイルを更新)"]),
                     {"antivirus": V(True), "antivirus_update_interval": V(Q(1, "d"))})
        elif st < 0.7:
            n = r.choice([1, 3, 4])
            self.add(q, "有り、%d時間に一度更新の有無をチェック" % n,
                     {"antivirus": V(True), "antivirus_update_interval": V(Q(n, "h"))})
        elif st < 0.85:
            # yes without an interval: the interval is not scored
            self.add(q, r.choice(["有り(リアルタイムスキャン)", "有り", "あり"]), {"antivirus": V(True)},
                     also=("antivirus_update_interval",))
        else:
            # no antivirus: no interval to score
            self.add(q, r.choice(["なし サンドボックス構成なので不要", "無し", "不要(ファイルを受け付けない構成)"]),
                     {"antivirus": V(False)}, also=("antivirus_update_interval",))
        self.item(58, "記録(ログ等)", "", "必須○")
        q = "記録(ログ等)の取得の有無と保存期間"
        st = r.random()
        if st < 0.25:
            n = r.choice([3, 6, 13, 18, 24])
            self.add(q, r.choice(["有り 保存期間: %s", "あり; 保存期間:%s"]) % qty(r, n, "mo", words=["ヶ月", "か月"]),
                     {"log_retention": V(Q(n, "mo"))})
        elif st < 0.45:
            n = r.choice([1, 2, 3, 5])
            self.add(q, "ログ取得: 利用状況、例外処理、セキュリティ監視関連について有り。 保存期間: %d年" % n,
                     {"log_retention": V(Q(n, "y"))})
        elif st < 0.6:
            self.add(q, "アクセスログを一年間保持", {"log_retention": V(Q(1, "y"))})
        elif st < 0.8:
            a = r.choice([1, 2, 3])
            b = r.choice([30, 90, 180])
            self.add(q, "有り(操作ログ: %d年、アクセスログ: %d日)" % (a, b), {"log_retention": V(Q(a, "y"))})
        else:
            n = r.choice([1, 3, 5, 7])
            self.add(q, "有り %d年間保存" % n, {"log_retention": V(Q(n, "y"))})
        self.item(59, "セキュリティパッチ管理", "", "必須○")
        q = r.choice(["パッチの更新間隔", "パッチ管理の方法と更新間隔"])
        st = r.random()
        if st < 0.3:
            n = r.choice([24, 48, 72])
            self.add(q, r.choice(["緊急度の高いものはリリースから%d時間以内に適用", "%d時間以内に実施しております。"]) % n,
                     {"patch_interval": V(Q(n, "h", "max"))})
        elif st < 0.55:
            self.add(q, r.choice(["月一回", "月1回、定期メンテナンス時に適用", "月1回"]), {"patch_interval": V(Q(1, "mo"))})
        elif st < 0.7:
            self.add(q, "週1回", {"patch_interval": V(Q(1, "wk"))})
        elif st < 0.85:
            n = r.choice([7, 14, 30])
            self.add(q, "公開から%d日以内に適用" % n, {"patch_interval": V(Q(n, "d", "max"))})
        else:
            self.add(q, "ベンダー提供後、検証の上で速やかに適用", {"patch_interval": UNPARSED})
        self.item(60, "暗号化対策", "", "必須")
        q = "暗号化措置(データベース)"
        if r.random() < 0.85:
            self.add(q, r.choice(["有り AES-256による保存データの暗号化", "有り", "有り(ストレージ暗号化)", "○"]),
                     {"db_encryption": V(True)})
        else:
            self.add(q, r.choice(["無し", "なし"]), {"db_encryption": V(False)})

    # ---- 61-70 ----
    def f_network(self):
        r = self.r
        self.item(61, "推奨帯域", "", "必須")
        q = "推奨帯域の有無とデータ通信速度の範囲"
        st = r.random()
        if st < 0.25:
            self.add(q, r.choice(["特に設定なし", "特に設定なし", "なし"]), {"recommended_bandwidth": NONE})
        elif st < 0.7:
            x, mult, unit = r.choice([("5", 10 ** 6, "Mbps"), ("1.5", 10 ** 6, "Mbps"), ("10", 10 ** 6, "Mbps"),
                                      ("100", 10 ** 6, "Mbps"), ("512", 10 ** 3, "kbps"), ("1", 10 ** 9, "Gbps")])
            v = int(Decimal(x) * mult)
            self.add(q, r.choice(["有り: %s%s以上", "%s%s以上", "%s%s以上を推奨"]) % (x, unit),
                     {"recommended_bandwidth": V(Q(v, "bps", "min"))})
        elif st < 0.85:
            x = r.choice([10, 20, 50])
            self.add(q, "下り%dMbps程度" % x, {"recommended_bandwidth": V(Q(x * 10 ** 6, "bps", "approx"))})
        else:
            x = r.choice([1, 2, 10])
            self.add(q, "%dMbps" % x, {"recommended_bandwidth": V(Q(x * 10 ** 6, "bps"))})
        self.item(63, "ファイアウォール設置等", "", "必須○")
        self.add("ファイアウォール設置等の措置の有無", r.choice(["ファイアウォール設置・設定済み", "有", "有り", "済", "○", "設置済"]),
                 {"firewall": V(True)})
        self.item(64, "不正侵入検知", "", "必須")
        q = "不正侵入検知の有無(IDS/IPS等)"
        if r.random() < 0.9:
            self.add(q, r.choice(["有り(IPS及びWAF)", "有り", "○", "あり"]), {"intrusion_detection": V(True)})
        else:
            self.add(q, r.choice(["無し", "×"]), {"intrusion_detection": V(False)})
        self.item(67, "ユーザ認証", "", "必須○")
        q = r.choice(["ユーザ認証の方法", "ユーザー認証の方法"])
        forms = {"password": ["ID・パスワードによる認証", "ID/パスワード", "ユーザーID/パスワードによる認証"],
                 "ip_restriction": ["IPアドレス制限", "接続元IPアドレス制限"],
                 "client_certificate": ["クライアント証明書", "電子証明書による端末認証"],
                 "mfa": ["多要素認証", "二要素認証"],
                 "otp": ["ワンタイムパスワード"],
                 "sso": ["シングルサインオン(SAML)", "SSO(SAML2.0)"]}
        if r.random() < 0.05:
            self.add(q, "なし", {"user_auth": V([])})
        else:
            ids = ["password"] + [k for k in ("ip_restriction", "client_certificate", "mfa", "otp", "sso") if r.random() < 0.25]
            parts = [r.choice(forms[k]) for k in ids]
            text = "、".join(parts)
            if r.random() < 0.3:
                text = "有り、" + text
            self.add(q, text, {"user_auth": V(ids)})
        self.item(69, "なりすまし対策(事業者サイド)", "", "必須")
        q = "なりすまし対策の有無と認証の方法"
        if r.random() < 0.92:
            self.add(q, r.choice(["有り、SSLサーバ証明書を取得済み", "有り、認証局発行のサーバ証明書を利用", "有り(EV SSL証明書)"]),
                     {"spoofing_countermeasure": V(True)})
        else:
            self.add(q, "なし", {"spoofing_countermeasure": V(False)})
        self.item(70, "暗号化措置(ネットワーク)", "", "選択")
        q = "暗号化措置(ネットワーク)の有無と方式"
        v = r.choice(["1.2", "1.2", "1.3"])
        t = r.choice(["有り TLS%s(256bit)による通信", "データ転送の暗号化(TLS%s以上)", "有り TLS%s", "有り(HTTPS通信、TLS %s以上)"]) % v
        self.add(q, t, {"tls_version": V("TLS" + v)})

    # ---- 71-82 ----
    def f_housing(self):
        r = self.r
        dc_und = ["データセンター事業者との契約により非公開", "クラウド事業者より非公開", "非公開"]
        self.item(71, "施設建築物", "建物形態", "必須")
        q = "データセンター専用建物か否か"
        s = self.status(["dc_dedicated"], 0.02, 0.05, dc_und)
        if s:
            self.add(q, *s)
        elif r.random() < 0.9:
            self.add(q, r.choice(["データセンター専用建物", "専用", "専用建物"]), {"dc_dedicated": V(True)})
        else:
            self.add(q, "専用建物ではない(オフィスビル併設)", {"dc_dedicated": V(False)})
        self.item(72, "", "", "必須")
        q = "所在地(国名、地域ブロック名)"
        st = r.random()
        if st < 0.85:
            self.add(q, r.choice(["日本(関東地域)", "日本:関西地域", "日本国内(東日本、西日本の2拠点)", "東京、大阪",
                                  "日本(関東地域、関西地域)", "国内(関東地域)"]), {"dc_country": V("JP")})
        elif st < 0.95:
            self.add(q, r.choice(["米国(東部リージョン)", "アメリカ合衆国 オレゴン州"]), {"dc_country": V("US")})
        else:
            self.add(q, "シンガポール", {"dc_country": V("SG")})
        self.item(73, "", "耐震・免震構造", "必須")
        q = "耐震数値"
        s = self.status(["seismic_intensity"], 0.03, 0.08, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            lv, word = r.choice([("7", "7"), ("6+", "6強"), ("6-", "6弱"), ("5+", "5強")])
            if st < 0.3:
                self.add(q, "震度%sクラス" % word, {"seismic_intensity": V(Q(lv, "shindo"))})
            elif st < 0.55:
                self.add(q, "震度%sに耐える構造" % word, {"seismic_intensity": V(Q(lv, "shindo"))})
            elif st < 0.8:
                self.add(q, "新耐震設計法に準拠した震度6以上の地震に耐えうる構造", {"seismic_intensity": V(Q("6", "shindo", "min"))})
            elif st < 0.9:
                self.add(q, "震度%s" % word, {"seismic_intensity": V(Q(lv, "shindo"))})
            else:
                self.add(q, "不明", {"seismic_intensity": NONE})
        q = "免震構造や制震構造の有無"
        if r.random() < 0.6:
            self.add(q, r.choice(["有り(免震構造)", "免震構造", "制震構造", "有り(制震構造)"]), {"seismic_isolation": V(True)})
        else:
            self.add(q, r.choice(["無し(耐震構造)", "なし", "無し"]), {"seismic_isolation": V(False)})
        self.item(74, "電源設備", "無停電電源", "必須")
        q = "無停電電源装置(UPS)の有無と電力供給時間"
        s = self.status(["ups", "ups_runtime"], 0.02, 0.05, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            n = r.choice([5, 10, 15, 20, 30])
            if st < 0.35:
                self.add(q, r.choice(["有り: 電力供給時間%d分", "有り:電力供給時間%d分間"]) % n,
                         {"ups": V(True), "ups_runtime": V(Q(n, "min"))})
            elif st < 0.5:
                h = r.choice([1, 2, 18])
                self.add(q, "有り: 電力供給時間: %d時間" % h, {"ups": V(True), "ups_runtime": V(Q(h, "h"))})
            elif st < 0.65:
                self.add(q, "%d分、%dKVA×%d" % (n, r.choice([300, 500, 750]), r.randint(2, 8)),
                         {"ups": V(True), "ups_runtime": V(Q(n, "min"))})
            elif st < 0.8:
                self.add(q, "有り(供給時間は非公開)", {"ups": V(True), "ups_runtime": UNDIS})
            else:
                self.add(q, "有り(%d分間)" % n, {"ups": V(True), "ups_runtime": V(Q(n, "min"))})
        self.item(75, "", "給電ルート", "必須")
        q = "給電ルート: 別の変電所を経由した2ルート以上の給電の有無"
        s = self.status(["power_feeds", "power_separate_substations"], 0.02, 0.05, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            if st < 0.25:
                self.add(q, "同一変電所から2回線受電", {"power_feeds": V(Q(2, "line")), "power_separate_substations": V(False)})
            elif st < 0.5:
                k = r.choice([2, 3])
                self.add(q, "有り: 異なる変電所から%d系統で受電" % k,
                         {"power_feeds": V(Q(k, "line")), "power_separate_substations": V(True)})
            elif st < 0.65:
                self.add(q, "特別高圧%skV 本線・予備線受電方式(1変電所より2系統)" % r.choice(["22", "66"]),
                         {"power_feeds": V(Q(2, "line")), "power_separate_substations": V(False)})
            elif st < 0.8:
                self.add(q, "無し(1回線受電)", {"power_feeds": V(Q(1, "line")), "power_separate_substations": V(False)})
            else:
                self.add(q, "有り: 別変電所より2ルート受電", {"power_feeds": V(Q(2, "line")), "power_separate_substations": V(True)})
        self.item(76, "", "非常用電源", "必須")
        q = "非常用電源(自家発電機)の有無と連続稼働時間"
        s = self.status(["generator", "generator_runtime"], 0.02, 0.05, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            h = r.choice([24, 36, 48, 72])
            if st < 0.35:
                self.add(q, "有り: 連続%d時間運転可能" % h, {"generator": V(True), "generator_runtime": V(Q(h, "h"))})
            elif st < 0.55:
                self.add(q, "非常用自家発電装置:あり %d時間稼働" % h, {"generator": V(True), "generator_runtime": V(Q(h, "h"))})
            elif st < 0.7:
                self.add(q, "有り(%d時間分の燃料を備蓄)" % h, {"generator": V(True), "generator_runtime": V(Q(h, "h"))})
            elif st < 0.8:
                d = r.choice([2, 3, 7])
                self.add(q, "有り: 連続%d日間" % d, {"generator": V(True), "generator_runtime": V(Q(d, "d"))})
            elif st < 0.9:
                self.add(q, "有り(連続稼働時間は不明)", {"generator": V(True), "generator_runtime": NONE})
            else:
                self.add(q, "有り(%d時間)" % h, {"generator": V(True), "generator_runtime": V(Q(h, "h"))})
        self.item(77, "消火設備", "", "必須")
        q = "サーバールーム内消火設備(自動消火設備の有無とガス系か否か)"
        s = self.status(["gas_fire_suppression"], 0.02, 0.06, ["クラウドサービス側で非公開"] + dc_und)
        if s:
            self.add(q, *s)
        elif r.random() < 0.93:
            self.add(q, r.choice(["有り: 窒素ガス消火設備", "有り: ガス系消火設備", "有り: 不活性ガスの放出により消火",
                                  "有り(ガス系)"]), {"gas_fire_suppression": V(True)})
        else:
            self.add(q, "無し", {"gas_fire_suppression": V(False)})
        self.item(78, "", "火災感知・報知システム", "必須")
        self.add("火災検知システムの有無", r.choice(["有り: 高感度煙感知器", "有り", "有り(超高感度煙検知システム)", "○"]),
                 {"fire_detection": V(True)})
        self.item(79, "避雷対策設備", "直撃雷対策", "必須")
        s = self.status(["lightning_direct"], 0.01, 0.04, dc_und)
        if s:
            self.add("直撃雷対策の有無", *s)
        else:
            self.add("直撃雷対策の有無", r.choice(["有り(避雷針)", "有り", "あり"]), {"lightning_direct": V(True)})
        self.item(80, "", "誘導雷対策", "必須")
        q = "誘導雷対策の有無と最大対応電圧"
        s = self.status(["lightning_induced", "lightning_max_voltage"], 0.01, 0.04, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            kv = r.choice(["15", "28", "6.6", "10", "20"])
            unit = r.choice(["KV", "kV"])
            vv = int(Decimal(kv) * 1000)
            if st < 0.3:
                self.add(q, "有り: 避雷器を設置、最大%s%sに対応" % (kv, unit),
                         {"lightning_induced": V(True), "lightning_max_voltage": V(Q(vv, "V"))})
            elif st < 0.5:
                self.add(q, "有り: 最大%s%sの対応電圧です。" % (kv, unit),
                         {"lightning_induced": V(True), "lightning_max_voltage": V(Q(vv, "V"))})
            elif st < 0.7:
                self.add(q, "有り(%s%s)" % (kv, unit), {"lightning_induced": V(True), "lightning_max_voltage": V(Q(vv, "V"))})
            elif st < 0.8:
                self.add(q, "有り(%sV)" % format(vv, ","), {"lightning_induced": V(True), "lightning_max_voltage": V(Q(vv, "V"))})
            elif st < 0.9:
                self.add(q, "有り: 避雷器による保護(最大サージ電圧不明)",
                         {"lightning_induced": V(True), "lightning_max_voltage": NONE})
            else:
                self.add(q, "有り(最大対応電圧は非公開)", {"lightning_induced": V(True), "lightning_max_voltage": UNDIS})
        self.item(82, "セキュリティ", "入退室管理等", "必須")
        q = "入退室記録の有無と保存期間"
        s = self.status(["entry_log_retention"], 0.02, 0.05, dc_und)
        if s:
            self.add(q, *s)
        else:
            st = r.random()
            if st < 0.3:
                n = r.choice([1, 3, 5])
                self.add(q, "有り: 保存期間%d年間" % n, {"entry_log_retention": V(Q(n, "y"))})
            elif st < 0.5:
                n = r.choice([3, 6, 13])
                self.add(q, "あり %s" % qty(r, n, "mo", words=["か月", "ヶ月"]), {"entry_log_retention": V(Q(n, "mo"))})
            elif st < 0.7:
                n = r.choice([1, 2])
                self.add(q, "有り(%d年間保存)" % n, {"entry_log_retention": V(Q(n, "y"))})
            elif st < 0.85:
                n = r.choice([90, 180, 365])
                self.add(q, "有り(%d日間保管)" % n, {"entry_log_retention": V(Q(n, "d"))})
            else:
                self.add(q, "有り: 保存期間は非公開", {"entry_log_retention": UNDIS})
        if self.chance(0.9):
            q = "監視カメラの有無と映像の保存期間"
            st = r.random()
            if st < 0.3:
                n = r.choice([30, 60, 90])
                self.add(q, "有り 24時間録画、映像保存期間: %d日" % n, {"cctv_retention": V(Q(n, "d"))})
            elif st < 0.5:
                self.add(q, "有り・映像保存期間: 1年間", {"cctv_retention": V(Q(1, "y"))})
            elif st < 0.75:
                n = r.choice([1, 3, 6])
                self.add(q, "あり サーバ室内%s" % qty(r, n, "mo", words=["ヶ月", "か月"]), {"cctv_retention": V(Q(n, "mo"))})
            else:
                n = r.choice([30, 45, 90])
                self.add(q, "有り(%d日間保存)" % n, {"cctv_retention": V(Q(n, "d"))})
        self.add("個人認証システムの有無", r.choice(["有り(ICカードと静脈認証)", "有り: 生体認証", "有り", "○", "有り(ICカード認証)"]),
                 {"personal_auth": V(True)})

    # ---- 85-93 ----
    def f_support(self):
        r = self.r
        self.item(85, "サービス窓口", "連絡先", "必須○")
        q = "電話/FAX、Web、電子メール等の連絡先"
        phones = [phone(r) for _ in range(r.choice([1, 1, 2]))]
        local = r.choice(["support", "help", "info", "cs", "saas-support"])
        email = "%s@%s" % (local, self.mail_domain)
        shown = []
        for p in phones:
            if p.startswith("0120") or r.random() < 0.85:
                shown.append(p)
            else:
                a, b, c = p.split("-")
                shown.append("%s(%s)%s" % (a, b, c))
        ph = " / ".join(shown)
        email_und = r.random() < 0.05
        mail = "(メールアドレスは非公開)" if email_und else email
        st = r.random()
        if st < 0.35:
            text = "TEL %s メール %s" % (ph, mail)
        elif st < 0.6:
            text = "%s サポートセンター 電話: %s E-mail: %s" % (self.co_name, ph, mail)
        elif st < 0.8:
            text = "TEL: %s、E-mail: %s、Web: https://%s/support/" % (ph, mail, self.domain)
        else:
            text = "電話 %s\u3000電子メール %s" % (ph, mail)
        gold = {"support_phone": V(phones), "support_email": UNDIS if email_und else V([email])}
        self.add(q, text, gold)
        self.item(86, "", "営業日・時間", "必須")
        q = "営業曜日、営業時間(受付時間)"
        if r.random() < 0.1:
            self.add(q, r.choice(["24時間365日", "365日24時間受付"]), {"support_hours": V("24/7")})
        else:
            t, g = self.hours_text()
            self.add(q, t, {"support_hours": V(g)})
        if self.fchance(0.5):
            self.filler(87, "", "サポート範囲・手段", "サポート範囲及びサポート手段",
                        r.choice(["操作方法、障害に関する問い合わせ(電話、メール)", "操作説明、設定代行(有償)", "メール及びWebフォームでの問い合わせ対応"]))
        self.item(91, "サービス通知・報告", "計画停止の事前告知", "必須○")
        q = "メンテナンス等の一時的サービス停止時の事前告知(利用者への告知時期)"
        st = r.random()
        if st < 0.3:
            a = r.choice([7, 10, 14])
            b = r.choice([24, 48])
            self.add(q, "定期メンテナンス: %d日前まで、緊急メンテナンス: %d時間前まで" % (a, b),
                     {"maintenance_notice": V(Q(a, "d"))})
        elif st < 0.45:
            self.add(q, "・臨時メンテナンス: 2週間前まで ・緊急メンテナンス: 48時間前まで", {"maintenance_notice": V(Q(2, "wk"))})
        elif st < 0.6:
            self.add(q, r.choice(["約一週間前", "約1週間前"]), {"maintenance_notice": V(Q(1, "wk", "approx"))})
        elif st < 0.75:
            self.add(q, r.choice(["一か月前", "1ヶ月前まで"]), {"maintenance_notice": V(Q(1, "mo"))})
        else:
            n = r.choice([3, 5, 7, 10])
            self.add(q, "%d日前までに管理画面で告知" % n, {"maintenance_notice": V(Q(n, "d"))})
        self.item(92, "", "障害・災害発生時の通知", "必須○")
        self.add("障害発生時通知の有無", r.choice(["有り、電子メール及びステータスページで通知", "有り、発生同日中に第一次障害報告書を送付",
                                            "有り", "あり(メールで通知)"]), {"failure_notification": V(True)})
        self.item(93, "", "定期報告", "必須")
        q = "利用者への定期報告の有無"
        if r.random() < 0.55:
            self.add(q, r.choice(["有り(月次稼働レポートを管理画面で提供)", "ご契約者様に定期的に月報という形でご報告", "有り(四半期ごとにメールで送付)"]),
                     {"periodic_report": V(True)})
        else:
            self.add(q, r.choice(["定期報告は無し", "実施していない", "無し", "なし(個別要望に応じて対応)"]), {"periodic_report": V(False)})


# --------------------------------------------------------------------------
# normalization used for gold text values (spec §1, the parts our data needs)

def normalize_text(s):
    s = unicodedata.normalize("NFKC", s)
    return " ".join(s.split())


# --------------------------------------------------------------------------
# variants

def _fw_table(ascii_all):
    t = {}
    for c in range(0x30, 0x3A):
        t[c] = chr(c + 0xFEE0)
    if ascii_all:
        for c in range(0x21, 0x7F):
            if chr(c) not in '<>&;"=\\|#':
                t[c] = chr(c + 0xFEE0)
        t[0x20] = "\u3000"
    return t


FW_DIGITS = _fw_table(False)
FW_ASCII = _fw_table(True)
TAG_RE = re.compile(r"(<[^>]*>|&[a-z]+;|&#\d+;)")


def fullwidth(s, table):
    if "<" not in s and "&" not in s:
        return s.translate(table)
    return "".join(p if (i % 2) else p.translate(table) for i, p in enumerate(TAG_RE.split(s)))


def _hw_map():
    m = {}
    for cp in range(0xFF66, 0xFF9E):
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        if len(n) == 1 and n not in m:
            m[n] = ch
    m["・"] = "\uFF65"
    for cp in range(0x30A1, 0x30FB):
        k = chr(cp)
        d = unicodedata.normalize("NFD", k)
        if len(d) == 2 and d[0] in m:
            if d[1] == "\u3099":
                m[k] = m[d[0]] + "\uFF9E"
            elif d[1] == "\u309A":
                m[k] = m[d[0]] + "\uFF9F"
    return {ord(k): v for k, v in m.items()}


HW_KANA = _hw_map()


# --------------------------------------------------------------------------
# layouts

TITLE = "ASP・SaaS安全・信頼性に係る情報開示認定制度 認定サービスの申請内容"
NOTES = ["(注) 「必須○」は一定の水準が求められる必須開示項目です。",
         "(注) 「必須○」は一定水準以上の対策が求められる必須項目を示す。"]
STAR_NOTE = "(*) 選択項目のうち記述内容を公開しないものは「記述有り(*)」「記述無し(*)」と表示しています。"
END_NOTE = "※架空の事業者について作成した試験用資料です(jnorm 合成コーパス)。"


def cert_line(r, cert, svc, co):
    if r.random() < 0.7:
        return "認定番号: %s, サービス名称: %s, 事業者名称: %s" % (cert, svc, co)
    return "認定番号:%s, サービス名称:%s, 事業者名称:%s" % (cert, svc, co)


def paginate(r, rows):
    """Splits rows into pages of 12-22 rows, breaking before items."""
    pages, cur = [], []
    limit = r.randint(15, 30)
    for row in rows:
        if len(cur) >= limit and (row.sec is not None or row.num):
            pages.append(cur)
            cur = []
            limit = r.randint(15, 30)
        cur.append(row)
    if cur:
        pages.append(cur)
    return pages


def cells_of(row, marker_own, fwt, html_ans=False):
    """The cells of one row (without layout): number, labels, question,
    [marker], answer."""
    ans = row.answer() if not html_ans else html_answer(row)
    q = row.q
    if fwt is not None:
        ans = fullwidth(ans, fwt)
        if fwt is FW_ASCII:
            q = fullwidth(q, fwt)
    if marker_own:
        return [row.num, row.l1, row.l2, q, row.mark, ans]
    a = (row.mark + " " + ans).strip() if row.mark else ans
    return [row.num, row.l1, row.l2, q, a]


URL_RE = re.compile(r"(https?://[A-Za-z0-9./_%-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+[A-Za-z])")


def html_answer(row):
    """Answer as an HTML fragment: escaped text, links, <p> per part."""
    def frag(t):
        out = []
        for i, p in enumerate(URL_RE.split(t)):
            if i % 2:
                href = p if p.startswith("http") else "mailto:" + p
                out.append('<a href="%s">%s</a>' % (html.escape(href), html.escape(p)))
            else:
                out.append(html.escape(p, quote=False))
        return "".join(out)
    if len(row.parts) > 1:
        return " ".join("<p>%s</p>" % frag(p) for p in row.parts)
    return frag(row.parts[0])


def render_tsv(r, ctx, rows, fwt):
    marker_own = r.random() < 0.3
    pages = paginate(r, rows)
    n = len(pages)
    hash_title = r.random() < 0.75
    note = r.choice(NOTES)
    cl = cert_line(r, ctx["cert"], ctx["service"], ctx["company"])
    out = ["", ""]
    for pi, page in enumerate(pages, 1):
        out.append(("# " if hash_title else "") + "%s (%d/%d)" % (TITLE, pi, n))
        out.append("")
        out.append(cl)
        out.append("")
        out.append("【審査対象項目】\t\t【記述内容】\t必須/選択\t申請内容" + ("\t" if marker_own else ""))
        for row in page:
            if row.sec is not None:
                out.append("- " + row.sec + "\t" * (5 if marker_own else 4))
            else:
                out.append("\t".join(cells_of(row, marker_own, fwt)))
        out.append("")
        out.append(note)
        if ctx["star"] and pi == 1:
            out.append("")
            out.append(STAR_NOTE)
        out.append("")
    out.append(END_NOTE)
    return out


def render_markdown(r, ctx, rows, fwt):
    pages = paginate(r, rows)
    n = len(pages)
    note = r.choice(NOTES)
    cl = cert_line(r, ctx["cert"], ctx["service"], ctx["company"])
    out = ["", ""]

    def cell(s):
        return s.replace("|", "/")

    for pi, page in enumerate(pages, 1):
        six = r.random() < 0.3
        out.append("%s (%d/%d)" % (TITLE, pi, n))
        out.append("")
        out.append(cl)
        out.append("")
        hdr = ["【審査対象項目】", "", "【記述内容】", "必須/選択", "申請内容"] + ([""] if six else [])
        out.append("| " + " | ".join(hdr) + " |")
        out.append("|" + "|".join("-" * r.randint(2, 18) for _ in hdr) + "|")
        for row in page:
            if row.sec is not None:
                cs = ["- " + row.sec] + [""] * (len(hdr) - 1)
            else:
                ans_html = len(row.parts) > 1
                cs = cells_of(row, six, fwt, html_ans=False)
                if ans_html:
                    a = " ".join("<p>%s</p>" % (fullwidth(p, fwt) if fwt is not None else p) for p in row.parts)
                    if six:
                        cs[-1] = a
                    else:
                        cs[-1] = (row.mark + " " + a).strip() if row.mark else a
            out.append("| " + " | ".join(cell(c) for c in cs) + " |")
        out.append("")
        out.append(note)
        if ctx["star"] and pi == n:
            out.append("")
            out.append(STAR_NOTE)
        out.append("")
    out.append(END_NOTE)
    return out


def render_html(r, ctx, rows, fwt):
    """Checklist style: tab-separated 6-cell rows carrying HTML fragments."""
    out = ["", "", "## クラウドサービス(ASP・SaaS)安全・信頼性のチェックリスト", ""]
    out.append("<p><b>前提1: &lt;用語の定義&gt;</b> 本チェックリストでいう「ASP・SaaS」とは、利用者が必要とするアプリケーションの機能を"
               "ネットワーク経由で提供するサービスをいう。</p>")
    out.append("<p><b>前提2: &lt;開示の単位&gt;</b> 開示はサービスごとに行う。本書の対象は「%s」である。</p>" % html.escape(ctx["service"]))
    out.append("")
    if ctx["html_cert"]:
        out.append(cert_line(r, ctx["cert"], html.escape(ctx["service"]), html.escape(ctx["company"])))
        out.append("")
    out.append("【情報開示項目】\t\t【内容】\t\t必須/選択 (注)\t【回答】")
    bold = r.random() < 0.5
    since = 0
    for row in rows:
        if row.sec is not None:
            s = html.escape(row.sec)
            out.append(("<b>%s</b>" % s if bold else s) + "\t" * 5)
            continue
        since += 1
        cs = cells_of(row, True, None, html_ans=True)
        cs = [html.escape(c, quote=False) for c in cs[:5]] + [cs[5]]
        if fwt is not None:
            cs[5] = fullwidth(cs[5], fwt)
            if fwt is FW_ASCII:
                cs[3] = fullwidth(cs[3], fwt)
        out.append("\t".join(cs))
        if since > 28 and row.num and r.random() < 0.2:
            out.append("")
            out.append("(注)「必須」は開示が必須の項目、「選択」は開示が任意の項目です。")
            out.append("")
            since = 0
    out.append("")
    out.append("(注)「必須」は開示が必須の項目、「選択」は開示が任意の項目です。")
    out.append(END_NOTE)
    return out


def render_html_table(r, ctx, rows, fwt, compact=False):
    marker_own = r.random() < 0.15 and not compact
    pages = paginate(r, rows)
    hdr = ["【審査対象項目】", "", "【記述内容】", "必須/選択", "申請内容"] + ([""] if marker_own else [])
    trs = []
    end_td, end_tr = ("", "") if compact else ("</td>", "</tr>")  # end tags are optional in HTML

    def td(c):
        return "<td>%s%s" % (html.escape(c, quote=False), end_td)

    for page in pages:
        trs.append("<tr>" + "".join(td(c) for c in hdr) + end_tr)
        for row in page:
            if row.sec is not None:
                cs = ["- " + row.sec] + [""] * (len(hdr) - 1)
            else:
                cs = cells_of(row, marker_own, fwt)
            trs.append("<tr>" + "".join(td(c) for c in cs) + end_tr)
    out = ["<html><body>",
           "<h2>%s</h2>" % TITLE,
           "<p>%s</p>" % html.escape(cert_line(r, ctx["cert"], ctx["service"], ctx["company"]), quote=False),
           "<table>%s</table>" % "".join(trs)]
    if r.random() < 0.5:
        out += ["<p>%s</p>" % html.escape(r.choice(NOTES), quote=False), "<p>%s</p>" % END_NOTE]
    return out + ["</body></html>"]


def relayout(lines, mode):
    """pdf: one cell per line; flat: a row's non-empty cells run together."""
    out = []
    for line in lines:
        if "\t" not in line:
            out.append(line)
            continue
        cs = [c.strip() for c in line.split("\t")]
        cs = [c for c in cs if c]
        if mode == "pdf":
            out.extend(cs)
        else:
            out.append("".join(cs))
    return out


LAYOUTS = ["tsv", "markdown", "html", "html_table", "pdf", "flat", "crlf", "fullwidth", "hwkana"]


def choose_layout(r, kind):
    """(base layout, variant or None, full-width table or None)."""
    base, variant = kind, None
    if kind in ("crlf", "fullwidth", "hwkana"):
        variant = kind
        base = r.choice(["tsv", "tsv", "markdown", "html", "pdf", "flat"] +
                        (["html_table"] if kind != "crlf" else []))
    fwt = None
    if variant == "fullwidth":
        fwt = FW_DIGITS if r.random() < 0.5 else FW_ASCII
    return base, variant, fwt


def render(r, base, variant, fwt, ctx, rows, compact=False):
    """Returns (file tag, text)."""
    if base in ("tsv", "pdf", "flat"):
        lines = render_tsv(r, ctx, rows, fwt)
        if base != "tsv":
            lines = relayout(lines, base)
    elif base == "markdown":
        lines = render_markdown(r, ctx, rows, fwt)
    elif base == "html":
        lines = render_html(r, ctx, rows, fwt)
    else:
        lines = render_html_table(r, ctx, rows, fwt, compact)
    text = "\n".join(lines) + "\n"
    if variant == "hwkana":
        text = text.translate(HW_KANA)
    if variant == "crlf":
        if r.random() < 0.3:
            ls = text.split("\n")
            a = len(ls) // 3
            b = 2 * len(ls) // 3
            text = "\n".join(ls[:a]) + "\n" + "\r\n".join(ls[a:b]) + "\r\n" + "\n".join(ls[b:])
        else:
            text = text.replace("\n", "\r\n")
        if r.random() < 0.3:
            text = "\ufeff" + text
    tag = base if variant is None else base + "_" + variant
    return tag, text


# --------------------------------------------------------------------------
# one sheet

SIZE_LIMIT = 15000


def make_sheet(seed, i, kind):
    r = random.Random("%s:%d" % (seed, i))
    b = Builder(r, kind)
    rows, gold = b.build()
    ctx = {"cert": "%04d-%04d" % (r.randint(1, 1999), r.randint(801, 2412)),
           "service": b.service, "company": b.co_name,
           "star": any(row.answer() in ("記述有り(*)", "記述無し(*)") for row in rows if row.sec is None),
           "html_cert": r.random() < 0.6}
    base, variant, fwt = choose_layout(r, kind)
    tag, text = render(random.Random("%s:%d:render" % (seed, i)), base, variant, fwt, ctx, rows)
    if len(text.encode("utf-8")) > SIZE_LIMIT:
        # too long for a normal sheet: drop the rows that carry no field and
        # render compactly (deterministic: same seed, same decision)
        rows = [row for row in rows if row.sec is not None or row.gold or row.also]
        tag, text = render(random.Random("%s:%d:compact" % (seed, i)), base, variant, fwt, ctx, rows, True)
    fields = {}
    if tag.startswith("html") and not tag.startswith("html_table") and not ctx["html_cert"]:
        pass  # no 認定番号 line in this sheet: cert_number absent from gold
    else:
        fields["cert_number"] = V(ctx["cert"])
    fields.update(gold)
    return tag, text, fields, rows


def layout_order(seed, count):
    """Each block of 9 sheets holds every layout kind once, shuffled by the
    seed: any 9k consecutive sheets from 0 have every kind k times."""
    kinds = []
    for blk in range((count + len(LAYOUTS) - 1) // len(LAYOUTS)):
        ks = list(LAYOUTS)
        random.Random("%s:layout:%d" % (seed, blk)).shuffle(ks)
        kinds.extend(ks)
    return kinds[:count]


# --------------------------------------------------------------------------
# --check: labels and gold shapes against fields.tsv

def load_catalogue(path):
    cat = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            cat[c[0]] = {"type": c[1], "unit": c[2], "flags": c[3],
                         "labels": [normalize_text(x.strip()) for x in c[4].split("|")]}
    return cat


DIM = {"s": "t", "min": "t", "h": "t", "d": "t", "wk": "t", "mo": "t", "y": "t", "person": "person",
       "company": "company", "site": "site", "generation": "generation", "case": "case", "line": "line",
       "times": "times", "V": "V", "bps": "bps", "shindo": "shindo", "%": "%", "JPY": "JPY"}
ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_value(fid, spec, v, errs, where):
    t = spec["type"]
    def bad(msg):
        errs.append("%s %s: %s (%r)" % (where, fid, msg, v))
    if t == "date":
        if not (isinstance(v, str) and ISO_RE.match(v)):
            bad("date")
    elif t == "dates":
        if not (isinstance(v, list) and all(isinstance(x, str) and ISO_RE.match(x) for x in v)):
            bad("dates")
    elif t in ("money", "percent", "quantity"):
        if not isinstance(v, dict) or "unit" not in v:
            return bad("no unit")
        if DIM.get(v["unit"]) != DIM.get(spec["unit"]):
            bad("unit %s vs catalogue %s" % (v["unit"], spec["unit"]))
        if "value" not in v and not ("min" in v and "max" in v):
            bad("no value")
        for k in ("as_of",):
            if k in v and not ISO_RE.match(v[k]):
                bad("as_of")
        if "bound" in v and v["bound"] not in ("min", "max", "approx"):
            bad("bound")
    elif t == "bool":
        if not isinstance(v, bool):
            bad("bool")
    elif t == "choice":
        if not isinstance(v, int) or isinstance(v, bool):
            bad("choice")
    elif t in ("text", "code", "hours"):
        if not isinstance(v, str) or not v:
            bad("string")
        if fid == "corporate_number" and (len(v) != 13 or int(v[0]) != check_digit(v[1:])):
            bad("check digit")
    elif t in ("list", "phone", "email", "url"):
        if not isinstance(v, list):
            bad("list")


def run_check(seed, count, cat_path):
    cat = load_catalogue(cat_path)
    errs = []
    covered = {}
    statuses = {}
    for i, kind in enumerate(layout_order(seed, count)):
        tag, text, fields, rows = make_sheet(seed, i, kind)
        where = "sheet %d" % (i + 1)
        for row in rows:
            if row.sec is not None:
                continue
            qn = normalize_text(row.q)
            hits = {f for f, s in cat.items() if any(l in qn for l in s["labels"])}
            want = set(row.gold) | set(row.also)
            if hits - want:
                # most specific match wins: a shorter label of another field
                # that only occurs inside the intended label is fine
                rest = qn
                for f in sorted(want & hits):
                    for l in sorted(cat[f]["labels"], key=len, reverse=True):
                        rest = rest.replace(l, "\0")
                hits = {f for f in hits if f in want or any(l in rest for l in cat[f]["labels"])}
            if hits - want:
                errs.append("%s: question %r also matches %s" % (where, row.q, sorted(hits - want)))
            if want - hits:
                errs.append("%s: question %r does not match %s" % (where, row.q, sorted(want - hits)))
        for fid, g in fields.items():
            if fid not in cat:
                errs.append("%s: unknown field %s" % (where, fid))
                continue
            statuses.setdefault(fid, set()).add(g["status"])
            if g["status"] == "value":
                covered[fid] = covered.get(fid, 0) + 1
                check_value(fid, cat[fid], g["value"], errs, where)
    # label cells: each must name only fields of its own item; checked loosely
    # (a label naming some field is fine when a row of that item has it)
    for i, kind in enumerate(layout_order(seed, min(count, 200))):
        _, _, _, rows = make_sheet(seed, i, kind)
        groups, cur = [], None
        for row in rows:
            if row.sec is not None:
                cur = None
                continue
            if row.num:
                cur = {"labels": [], "fields": set()}
                groups.append(cur)
            for lab in (row.l1, row.l2):
                if lab:
                    cur["labels"].append(lab)
            cur["fields"] |= set(row.gold) | set(row.also)
        for g in groups:
            for lab in g["labels"]:
                ln = normalize_text(lab)
                hits = {f for f, s in cat.items() if any(l in ln for l in s["labels"])}
                if hits - g["fields"]:
                    errs.append("sheet %d: label %r names %s, not in its item" % (i + 1, lab, sorted(hits - g["fields"])))
    missing = sorted(set(cat) - set(covered))
    sys.stderr.write("check: %d sheets, %d fields with values, never a value: %s\n"
                     % (count, len(covered), ", ".join(missing) or "-"))
    for fid in sorted(statuses):
        sys.stderr.write("  %-28s %s\n" % (fid, " ".join(sorted(statuses[fid]))))
    for e in errs[:60]:
        sys.stderr.write("ERROR " + e + "\n")
    return 1 if errs else 0


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--gold")
    ap.add_argument("--check", action="store_true",
                    help="verify labels and gold shapes against fields.tsv (writes nothing)")
    ap.add_argument("--fields", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "..", "..", "..", "shared", "spec", "fields.tsv"))
    ap.add_argument("--kinds",
                    help="comma list of kinds to make, in turn: the layouts of the guideline form (%s) "
                         "and other documents (certifier_page, meti_checklist, sla_page, slo_page); "
                         "default: the nine layouts, as always" % ",".join(LAYOUTS))
    a = ap.parse_args(argv)
    if a.kinds is not None:
        return main_kinds(a)
    if a.check:
        if not os.path.exists(a.fields):
            sys.stderr.write("gen_sheets.py: %s not found; --check skipped\n" % a.fields)
            return 0
        return run_check(a.seed, a.count, a.fields)
    os.makedirs(a.out, exist_ok=True)
    gold_path = a.gold or os.path.join(a.out, "gold.jsonl")
    gd = os.path.dirname(os.path.abspath(gold_path))
    os.makedirs(gd, exist_ok=True)
    t0 = time.time()
    width = max(6, len(str(a.count)))
    with open(gold_path, "w", encoding="utf-8", newline="\n") as gf:
        for i, kind in enumerate(layout_order(a.seed, a.count)):
            tag, text, fields, _ = make_sheet(a.seed, i, kind)
            name = "g%0*d_%s.txt" % (width, i + 1, tag)
            with open(os.path.join(a.out, name), "wb") as f:
                f.write(text.encode("utf-8"))
            gf.write(json.dumps({"sheet": name, "fields": fields}, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stderr.write("gen_sheets.py: %d sheets in %s, gold %s (%.1f s)\n" % (a.count, a.out, gold_path, time.time() - t0))
    return 0


def main_kinds(a):
    """--kinds: documents of the given kinds in turn (gen_docs.py). Guideline
    layouts named here are made as without --kinds (sheet i from "<seed>:<i>");
    the other kinds draw from their own random streams ("<seed>:doc:<i>"), so
    the default output never changes."""
    sys.modules.setdefault("gen_sheets", sys.modules[__name__])
    import gen_docs
    kinds = [k.strip() for k in a.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in LAYOUTS and k not in gen_docs.DOC_KINDS]
    if not kinds or bad or len(set(kinds)) != len(kinds):
        sys.stderr.write("gen_sheets.py: --kinds: unknown, repeated or no kinds: %s (known: %s)\n"
                         % (",".join(bad), ",".join(LAYOUTS + gen_docs.DOC_KINDS)))
        return 2
    order = gen_docs.kind_order(a.seed, a.count, kinds)
    if a.check:
        if not os.path.exists(a.fields):
            sys.stderr.write("gen_sheets.py: %s not found; --check skipped\n" % a.fields)
            return 0
        cat = load_catalogue(a.fields)
        errs, statuses, covered = [], {}, {}
        gen_docs.run_check(a.seed, a.count, kinds, cat, check_value, errs, statuses, covered)
        sys.stderr.write("check: %d documents, %d fields with values\n" % (a.count, len(covered)))
        if any(k in LAYOUTS for k in kinds):
            sys.stderr.write("check: the guideline layouts are checked without --kinds\n")
        for fid in sorted(statuses):
            sys.stderr.write("  %-28s %-32s %d\n" % (fid, " ".join(sorted(statuses[fid])), covered.get(fid, 0)))
        for e in errs[:60]:
            sys.stderr.write("ERROR " + e + "\n")
        return 1 if errs else 0
    os.makedirs(a.out, exist_ok=True)
    gold_path = a.gold or os.path.join(a.out, "gold.jsonl")
    os.makedirs(os.path.dirname(os.path.abspath(gold_path)), exist_ok=True)
    t0 = time.time()
    width = max(6, len(str(a.count)))
    with open(gold_path, "w", encoding="utf-8", newline="\n") as gf:
        for i, (kind, occ) in enumerate(order):
            if kind in LAYOUTS:
                tag, text, fields, _ = make_sheet(a.seed, i, kind)
            else:
                tag, text, fields, _ = gen_docs.make_doc(a.seed, i, kind, occ)
            name = "g%0*d_%s.txt" % (width, i + 1, tag)
            with open(os.path.join(a.out, name), "wb") as f:
                f.write(text.encode("utf-8"))
            gf.write(json.dumps({"sheet": name, "fields": fields}, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stderr.write("gen_sheets.py: %d documents in %s, gold %s (%.1f s)\n" % (a.count, a.out, gold_path, time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
