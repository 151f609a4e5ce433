#!/usr/bin/env python3
"""Document kinds other than the guideline's form, for gen_sheets.py --kinds.

    certifier_page  the certifier's public page (HTML: <dl> header + the
                    申請内容 table with rowspan/colspan), older or newer numbering
    meti_checklist  a METI クラウドサービスレベルのチェックリスト answer (HTML with
                    a rowspan 種別, Markdown and TSV whose covered rows shift left,
                    an online spreadsheet's Markdown export)
    sla_page        an SLA page (numbered headings, sentences, a refund table)
    slo_page        an SLO / security page (two-column rows without header,
                    ・label：value bullets, ■ headings with sentences)

Each document is built from structured facts drawn from its own
random.Random("<seed>:doc:<index>"); the rendering (layout, spacing, markup)
from random.Random("<seed>:doc:<index>:render"). Gold comes from the facts
only, never from the text, and does not depend on the rendering: any style of
a document has the same gold (render_converted.py relies on this).

Imported by gen_sheets.py (which it imports in turn for the shared helpers:
numbers, dates, names, the guideline form's Builder).
"""
import html
import random
import re
from decimal import Decimal

import gen_sheets as G
from gen_sheets import (V, Q, BLANK, UNDIS, UNPARSED, dnum, iso, kanji_num, months_before,
                        period_text, date_text, normalize_text, phone, corp_number, SECONDS)

DOC_KINDS = ["certifier_page", "meti_checklist", "sla_page", "slo_page"]
STYLES = {"certifier_page": ["html"],
          "meti_checklist": ["html", "markdown", "tsv", "gsheet"],
          "sla_page": ["html", "text", "markdown"],
          "slo_page": ["markdown", "tsv", "html"]}
END_NOTE = G.END_NOTE


class _Shim(object):
    """Lets the guideline Builder's value helpers run on a bare Random."""

    def __init__(self, r):
        self.r = r


def hours_text(r, weekday_only=False):
    return G.Builder.hours_text(_Shim(r), weekday_only)


def _kan(r, n, p=0.25):
    """n in Arabic or (sometimes) kanji numerals."""
    return kanji_num(n) if 0 < n < 100 and r.random() < p else str(n)


def esc(s):
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------
# values as Japanese text: each returns (text, gold dict) or a phrase and
# the gold value it means

H247 = ["24時間365日", "24時間365日(計画停止時間を除く)", "原則24時間365日", "365日24時間",
        "24時間365日(定期メンテナンス時を除く)", "24時間・365日", "24時間365日(計画メンテナンスを除く)"]


def say_service_hours(r):
    if r.random() < 0.65:
        return r.choice(H247), {"service_hours": V("24/7")}
    t, g = hours_text(r, True)
    return t, {"service_hours": V(g)}


def say_support_hours(r):
    st = r.random()
    if st < 0.06:
        return r.choice(["24時間365日", "365日24時間受付"]), {"support_hours": V("24/7")}
    t, g = hours_text(r)
    if st < 0.16:
        # reception around the clock, handling in business hours: the handling
        # hours are the answer (spec §7)
        t = "%s: 24時間365日、%s: %s" % (r.choice(["受付", "メール受付", "Webフォーム受付"]),
                                       r.choice(["対応時間", "回答時間", "対応"]), t)
    return t, {"support_hours": V(g)}


def maint_phrase(r):
    """A lead time for planned maintenance: (phrase, gold quantity)."""
    st = r.random()
    if st < 0.35:
        n = r.choice([3, 5, 7, 10, 14])
        f = r.choice(["%s日前まで", "原則として%s日前まで", "遅くとも%s日前まで", "%s日前"])
        return f % _kan(r, n), Q(n, "d")
    if st < 0.5:
        n = r.choice([1, 2])
        return r.choice(["%s週間前まで", "%s週間前"]) % _kan(r, n), Q(n, "wk")
    if st < 0.62:
        n = r.choice([3, 7, 10, 14])
        return "%d日以上前" % n, Q(n, "d", "min")
    if st < 0.74:
        return r.choice(["約1週間前", "約一週間前", "およそ1週間前"]), Q(1, "wk", "approx")
    if st < 0.86:
        return r.choice(["1か月前まで", "一ヶ月前まで", "1ヵ月前"]), Q(1, "mo")
    n = r.choice([5, 7, 10])
    return "およそ%d日前" % n, Q(n, "d", "approx")


def _lead_cell(r, phrase):
    pre = r.choice(["", "", "", "有 ", "有り: ", "あり。"])
    suf = r.choice(["", "", "に通知", "にメールで通知", "にメール及びWebサイトで告知", "にお知らせ"])
    return pre + phrase + suf


def say_maintenance(r):
    st = r.random()
    if st < 0.04:
        return r.choice(["有", "有り"]), {"maintenance_notice": UNPARSED}
    if st < 0.2:
        a = r.choice([5, 7, 10, 14])
        b = r.choice([24, 48, 72])
        t = r.choice(["定期メンテナンス: %d日前まで、緊急メンテナンス: %d時間前まで",
                      "計画停止は%d日前、緊急時は%d時間前までに通知"]) % (a, b)
        return t, {"maintenance_notice": V(Q(a, "d"))}
    p, g = maint_phrase(r)
    return _lead_cell(r, p), {"maintenance_notice": V(g)}


def term_phrase(r):
    st = r.random()
    if st < 0.4:
        n = r.choice([1, 2, 3, 3, 6, 6, 12])
        w = r.choice(["か月", "ヶ月", "ヵ月", "カ月"])
        return r.choice(["%s%s前まで", "%s%s前"]) % (_kan(r, n), w), Q(n, "mo")
    if st < 0.6:
        n = r.choice([30, 60, 90, 180])
        return r.choice(["%d日前まで", "%d日前"]) % n, Q(n, "d")
    if st < 0.75:
        n = r.choice([30, 60, 90])
        return "%d日以上前" % n, Q(n, "d", "min")
    if st < 0.87:
        n = r.choice([3, 6])
        return "%dか月以上前" % n, Q(n, "mo", "min")
    return r.choice(["1年前まで", "一年前"]), Q(1, "y")


def say_termination(r):
    if r.random() < 0.04:
        return r.choice(["個別に通知", "有(個別にご案内)"]), {"termination_notice": UNPARSED}
    p, g = term_phrase(r)
    return _lead_cell(r, p), {"termination_notice": V(g)}


AVAIL = ["99.9", "99.9", "99.95", "99.99", "99.5", "99.0", "99.8"]


def say_avail_target(r, p=None):
    p = p or r.choice(AVAIL)
    f, b = r.choice([("%s%%以上", "min"), ("%s%%", None), ("月間%s%%以上", "min"), ("%s%%(月間)", None),
                     ("月間稼働率%s%%以上", "min"), ("目標値: %s%%", None), ("%s%%以上を目標", "min"),
                     ("%s%%以上(SLO)", "min")])
    return f % p, {"availability_target": V(Q(dnum(p), "%", b))}


def actual_period(r, disc):
    ey, em = months_before(disc[0], disc[1], r.randint(1, 3))
    fy_, fm = months_before(ey, em, 11)
    return period_text(r, (fy_, fm), (ey, em)), {"from": iso(fy_, fm), "to": iso(ey, em)}


def say_avail_actual(r, disc):
    p = r.choice(["99.98", "99.995", "100", "99.97", "99.991", "99.96", "99.999"])
    per, pg = actual_period(r, disc)
    f = r.choice(["%s%%(%s)", "実績値: %s%%(%s)", "%s%%(%s実績)", "%s%% (%s)"])
    return f % (p, per), {"availability_actual": V(Q(dnum(p), "%", period=pg))}


def say_avail_cell(r, disc):
    st = r.random()
    if st < 0.6:
        return say_avail_target(r)
    if st < 0.8:
        return say_avail_actual(r, disc)
    p = r.choice(["99.9", "99.5", "99.95"])
    bd = r.choice(["min", None])
    a = r.choice(["99.98", "99.995", "100", "99.97"])
    per, pg = actual_period(r, disc)
    t = r.choice(["目標値%s%%%s、実績値%s%%(%s)", "目標: %s%%%s / 実績: %s%%(%s)"]) % (p, "以上" if bd else "", a, per)
    return t, {"availability_target": V(Q(dnum(p), "%", bd)),
               "availability_actual": V(Q(dnum(a), "%", period=pg))}


def notice_time_phrase(r):
    st = r.random()
    if st < 0.45:
        n = r.choice([15, 30, 60])
        return r.choice(["%s分以内", "原則%s分以内"]) % _kan(r, n, 0.2), Q(n, "min", "max")
    if st < 0.8:
        n = r.choice([1, 2, 4])
        return r.choice(["%s時間以内", "原則%s時間以内"]) % _kan(r, n, 0.2), Q(n, "h", "max")
    if st < 0.9:
        return "障害発生同日中", Q(1, "d", "max")
    n = r.choice([30, 60])
    return "%d分以内" % n, Q(n, "min", "max")


def say_notice_time(r):
    p, g = notice_time_phrase(r)
    if p == "障害発生同日中":
        t = r.choice(["障害発生同日中に第一報", "発生同日中に第一報を送付"])
    else:
        t = r.choice(["", "", "障害検知後", "検知から", "障害発生から"]) + p + r.choice(["", "", "に第一報", "に通知", "(目標)"])
    return t, {"failure_notice_time": V(g)}


def say_notification(r):
    if r.random() < 0.05:
        return r.choice(["無", "なし"]), {"failure_notification": V(False)}
    return r.choice(["有", "有り", "有(電子メール)", "メール及びステータスページにて通知", "有 登録メールアドレス宛てに通知",
                     "管理画面のお知らせ及びメールで通知", "あり(メール・Webサイト)"]), {"failure_notification": V(True)}


def monitor_phrase(r):
    st = r.random()
    if st < 0.55:
        n = r.choice([1, 3, 5, 10])
        return r.choice(["%s分間隔", "%s分毎", "%s分ごと"]) % _kan(r, n, 0.15), Q(n, "min")
    if st < 0.75:
        n = r.choice([30, 60])
        return "%d秒間隔" % n, Q(n, "s")
    a, b = r.choice([(1, 5), (1, 3), (5, 10), (3, 5), (5, 1)])
    return "アプリケーション: %d分間隔、サーバ: %d分間隔" % (a, b), Q(a, "min")


def _ni(phrase):
    """The particle after an interval: 5分間隔で / 5分ごとに."""
    return "で" if phrase.endswith("間隔") else "に"


def say_monitoring(r):
    p, g = monitor_phrase(r)
    if not p.startswith("アプリ") and r.random() < 0.3:
        p = r.choice(["外部監視サービスにより%sで監視", "%s(死活監視)", "有 %sで監視"]) % p
    return p, {"monitoring_interval": V(g)}


def say_backup_interval(r):
    if r.random() < 0.5:
        return G.Builder.backup_interval(_Shim(r))
    t, (n, u) = r.choice([("毎日", (1, "d")), ("日次", (1, "d")), ("日次(深夜帯)", (1, "d")), ("毎時", (1, "h")),
                          ("1日1回(午前2時)", (1, "d")), ("6時間ごと", (6, "h")), ("1時間毎", (1, "h")),
                          ("一日一回", (1, "d")), ("週1回(日曜日)", (1, "wk"))])
    return t, {"backup_interval": V(Q(n, u))}


def backup_interval_phrase(r):
    """For sentences: 毎日 / 1日1回 / 6時間ごとに … バックアップを取得"""
    t, (n, u) = r.choice([("毎日", (1, "d")), ("1日1回", (1, "d")), ("一日一回", (1, "d")), ("毎時", (1, "h")),
                          ("6時間ごとに", (6, "h")), ("12時間毎に", (12, "h")), ("1時間ごとに", (1, "h")),
                          ("週に1回", (1, "wk"))])
    return t, Q(n, u)


def say_generations(r):
    if r.random() < 0.04:
        return r.choice(["非公開", "開示不可"]), {"backup_generations": UNDIS}
    g = r.choice([3, 5, 7, 14, 30])
    t = r.choice(["%s世代", "直近%s世代", "%s世代分"]) % _kan(r, g, 0.2)
    return t, {"backup_generations": V(Q(g, "generation"))}


def say_retention(r):
    st = r.random()
    if st < 0.55:
        n = r.choice([7, 14, 30, 35, 90])
        return r.choice(["%s日間", "%s日分", "%s日間保管", "直近%s日分"]) % _kan(r, n, 0.15), {"backup_retention": V(Q(n, "d"))}
    if st < 0.8:
        n = r.choice([1, 3, 6])
        return r.choice(["%sか月間", "%sヶ月", "%sカ月間保存"]) % _kan(r, n, 0.2), {"backup_retention": V(Q(n, "mo"))}
    n = r.choice([1, 2])
    return "%d週間" % n, {"backup_retention": V(Q(n, "wk"))}


DC_JP = ["日本国内", "国内(東日本・西日本)", "日本(東京リージョン)", "国内データセンター", "東京、大阪",
         "日本国内のデータセンター", "日本(関東地域)"]
DC_US = ["米国(オレゴン州)", "アメリカ合衆国(東部リージョン)"]


def say_dc_country(r):
    x = r.random()
    if x < 0.88:
        return r.choice(DC_JP), {"dc_country": V("JP")}
    if x < 0.96:
        return r.choice(DC_US), {"dc_country": V("US")}
    return "シンガポール", {"dc_country": V("SG")}


def say_tls(r):
    v = r.choice(["1.2", "1.2", "1.3"])
    t = r.choice(["TLS%s以上", "TLS %s以上", "TLS%s", "TLS %s", "HTTPS(TLS%s以上)", "SSL/TLS(TLS%s以上)",
                  "有 TLS%sによる暗号化"]) % v
    return t, {"tls_version": V("TLS" + v)}


def say_db_encryption(r):
    if r.random() < 0.08:
        return r.choice(["無", "なし"]), {"db_encryption": V(False)}
    return r.choice(["有(AES-256)", "保存データはAES-256で暗号化", "有り", "あり(ストレージ暗号化)",
                     "データベース及びストレージを暗号化"]), {"db_encryption": V(True)}


def say_antivirus(r):
    st = r.random()
    if st < 0.3:
        n = r.choice([1, 2, 4, 6])
        return r.choice(["有(定義ファイルは%d時間ごとに更新)", "サーバにウイルス対策ソフトを導入し、パターンファイルを%d時間ごとに更新"]) % n, \
            {"antivirus": V(True), "antivirus_update_interval": V(Q(n, "h"))}
    if st < 0.5:
        return r.choice(["有(定義ファイルは1日1回更新)", "有り パターンファイルの更新: 1回/日"]), \
            {"antivirus": V(True), "antivirus_update_interval": V(Q(1, "d"))}
    if st < 0.9:
        return r.choice(["有(リアルタイムスキャン)", "有", "あり", "ウイルス対策ソフトを導入"]), {"antivirus": V(True)}
    return r.choice(["無", "なし(ファイルを受け付けない構成のため不要)"]), {"antivirus": V(False)}


def say_log_retention(r):
    st = r.random()
    if st < 0.3:
        n = r.choice([1, 2, 3, 5])
        return r.choice(["%s年間", "%s年間保存", "有(保存期間: %s年)"]) % _kan(r, n, 0.2), {"log_retention": V(Q(n, "y"))}
    if st < 0.6:
        n = r.choice([3, 6, 13, 18])
        return r.choice(["%sか月", "%sヶ月間", "有 保存期間%sか月"]) % n, {"log_retention": V(Q(n, "mo"))}
    if st < 0.8:
        a, b = r.choice([1, 2]), r.choice([3, 5])
        return "アクセスログ: %d年、操作ログ: %d年" % (a, b), {"log_retention": V(Q(a, "y"))}
    n = r.choice([90, 180, 400])
    return "%d日間" % n, {"log_retention": V(Q(n, "d"))}


def cert_ids(r):
    ids = []
    if r.random() < 0.5:
        ids.append("PMARK")
    if r.random() < 0.65:
        ids.append("ISMS")
        if r.random() < 0.35:
            ids.append("CLOUD")
    if r.random() < 0.08:
        ids.append(r.choice(["ITSMS", "SOC2", "ISMAP"]))
    return ids


def say_certifications(r):
    if r.random() < 0.1:
        return r.choice(["なし", "取得していない", "無(取得に向けて準備中)"]), {"certifications": V([])}
    ids = cert_ids(r) or ["ISMS"]
    parts = []
    for cid in ids:
        forms = G.Builder.CERT_FORMS[cid]
        if cid == "CLOUD" and "ISMS" not in ids:
            forms = ["ISO/IEC 27017"]
        parts.append(r.choice(forms))
    return r.choice(["、", " ", ", ", " / "]).join(parts), {"certifications": V(ids)}


def say_vuln(r):
    if r.random() < 0.1:
        return r.choice(["無", "実施していない"]), {"vulnerability_assessment": V(False)}
    return r.choice(["年1回、第三者による脆弱性診断を実施", "有", "有(リリース前及び年1回)", "Webアプリケーション診断を定期的に実施"]), \
        {"vulnerability_assessment": V(True)}


def say_data_return(r):
    if r.random() < 0.15:
        return r.choice(["無", "なし(契約終了時にデータを消去)"]), {"data_return": V(False)}
    return r.choice(["有(CSV形式でダウンロード可能)", "有", "契約終了後30日間はエクスポート可能", "有り(管理画面から一括出力)"]), \
        {"data_return": V(True)}


AUTH_FORMS = {"password": ["ID・パスワード", "ID/パスワードによる認証", "ユーザーID・パスワード"],
              "ip_restriction": ["IPアドレス制限", "接続元IPアドレス制限"],
              "client_certificate": ["クライアント証明書"],
              "mfa": ["二要素認証", "多要素認証"],
              "otp": ["ワンタイムパスワード"],
              "sso": ["シングルサインオン(SAML)"]}


def say_user_auth(r):
    ids = ["password"] + [k for k in ("ip_restriction", "client_certificate", "mfa", "otp", "sso") if r.random() < 0.25]
    return "、".join(r.choice(AUTH_FORMS[k]) for k in ids), {"user_auth": V(ids)}


def say_bool(fid, yes, no=None, p_no=0.0):
    def f(r):
        if no and r.random() < p_no:
            return r.choice(no), {fid: V(False)}
        return r.choice(yes), {fid: V(True)}
    return f


say_firewall = say_bool("firewall", ["有", "ファイアウォール及びWAFを設置", "有り(ファイアウォール設置済み)"])
say_ids = say_bool("intrusion_detection", ["有(IDS/IPS)", "IPSによる不正侵入検知を実施", "有り"], ["無"], 0.05)


def say_phone(r, ph):
    return r.choice(["%s", "TEL: %s", "電話: %s", "%s(サポートセンター)"]) % ph


# --------------------------------------------------------------------------
# comparing an example (設定例) with an answer: they must differ

def _base(q):
    u = q.get("unit")
    v = q.get("value")
    if u in SECONDS and isinstance(v, (int, float)):
        return ("t", v * SECONDS[u])
    if u in ("mo", "y") and isinstance(v, (int, float)):
        return ("m", v * (12 if u == "y" else 1))
    return (u, v)


def same_answer(gold, ex):
    """True when the answer's gold (dict of fields) states the example's value."""
    for g in gold.values():
        if g.get("status") != "value":
            continue
        v = g["value"]
        if isinstance(v, dict) and isinstance(ex, dict):
            if _base(v) == _base(ex):
                return True
        elif v == ex:
            return True
    return False


def unlike(r, fn, ex, *args):
    for _ in range(40):
        t, g = fn(r, *args)
        if ex is None or not same_answer(g, ex):
            return t, g
    raise RuntimeError("no answer unlike the example %r" % (ex,))


# --------------------------------------------------------------------------
# facts shared by the kinds: a fictional company and service

def company(r, kind):
    """The guideline Builder's company model (names, domain, dates)."""
    return G.Builder(r, kind)


# ==========================================================================
# certifier_page

class CertBuilder(G.Builder):
    """The guideline form as the certifier publishes it, in one of two item
    numberings: the older (設立年・事業年数, 本店住所・郵便番号, 代表者年齢;
    items numbered as in s001) or the newer (法人番号, 設立年月日, 事業者ホーム
    ページ and 代表者経歴 as items of their own; items numbered in sequence)."""

    def __init__(self, r, newer):
        G.Builder.__init__(self, r, "certifier_page")
        self.newer = newer
        self.version_b = newer
        self.seq = 0
        self.cn = corp_number(r)

    def item(self, base, l1, l2, mark="必須", raw=False):
        if self.newer:
            self.seq += 1
            num = self.seq
        else:
            num = base
        self.pending = (str(num), l1, l2)
        self.item_mark = mark
        self.first = True

    def f_company(self):
        r = self.r
        self.item(2, "事業所等の概要", "事業者名")
        self.add("事業者の正式名称(商号)", self.co_name, {"company_name": V(self.co_name)})
        if self.newer:
            self.item(3, "", "法人番号", "必須")
            s = self.status(["corporate_number"], 0.03)
            q = r.choice(["法人番号", "事業者の法人番号(13桁)"])
            if s:
                self.add(q, *s)
            else:
                self.add(q, self.cn, {"corporate_number": V(self.cn)})

    def f_founded(self):
        r = self.r
        y = self.founded_y
        if self.newer:
            m = r.randint(1, 12)
            d = G.rand_day(r, y, m)
            self.item(3, "", "設立年月日")
            self.add(r.choice(["事業者の設立年月日(西暦)", "設立年月日"]), date_text(r, y, m, d, era_p=0.3),
                     {"founded": V(iso(y, m, d))})
            return
        m = r.randint(1, 12) if r.random() < 0.2 else None
        self.item(3, "", "設立年・事業年数")
        self.add("事業者の設立年(西暦)", date_text(r, y, m, None, era_p=0.3), {"founded": V(iso(y, m))})
        q = r.choice(["設立後の事業年数(1年に満たない場合は月数)", "設立後の事業年数"])
        s = self.status(["years_in_business"], 0.04)
        if s:
            self.add(q, *s)
            return
        n = self.disc[0] - y
        st = r.random()
        if st < 0.6:
            self.add(q, "%d年" % n, {"years_in_business": V(Q(n, "y"))})
        elif st < 0.8:
            self.add(q, "満%d年" % n, {"years_in_business": V(Q(n, "y"))})
        else:
            self.add(q, "約%d年" % n, {"years_in_business": V(Q(n, "y", "approx"))})

    def f_office(self):
        r = self.r
        pi = r.choices(range(len(G.PREFS)), G.PREF_W)[0]
        pref, cities, (plo, phi), _ = G.PREFS[pi]
        pc = "%03d-%04d" % (r.randint(plo, phi), r.randrange(10000))
        addr = "%s%s%s%d-%d-%d" % (pref, r.choice(cities), r.choice(G.TOWNS), r.randint(1, 9),
                                    r.randint(1, 30), r.randint(1, 20))
        if r.random() < 0.5:
            addr += " " + r.choice([self.co_prefix + "ビル", r.choice(G.PLACES) + "センタービル"]) + "%d階" % r.randint(2, 15)
        if self.newer:
            self.item(4, "", "事業所")
            q = r.choice(["事業者の本店所在地", "本店所在地(郵便番号)"])
        else:
            self.item(4, "", "本店住所・郵便番号")
            q = r.choice(["事業者の本店住所・郵便番号", "事業者の本店住所(郵便番号を含む)"])
        form = r.choice(["〒%s %s", "〒%s %s", "〒%s\u3000%s", "(〒%s) %s", "郵便番号%s %s"])
        self.add(q, form % (pc, addr), {"head_office_postal_code": V(pc), "head_office_prefecture": V(pref)})
        if not self.newer and r.random() < 0.3:
            self.add("法人番号", self.cn, {"corporate_number": V(self.cn)})
        if self.chance(0.9):
            self.f_offices()
        if self.newer and self.chance(0.9):
            self.item(5, "", "事業者ホームページ", "選択")
            url = "https://" + self.domain + r.choice(["/", "/", ""])
            self.add(r.choice(["事業者ホームページ", "事業者ホームページ(URL)"]), url, {"website": V([url])})

    def f_representative(self):
        r = self.r
        text, gold = self.rep
        title = r.choice(["代表取締役社長", "代表取締役", "代表取締役社長 CEO", "代表取締役CEO", "取締役社長"])
        ans = title + r.choice([" ", "\u3000"]) + text if r.random() < 0.75 else text
        if self.newer:
            self.item(6, "経営者", "代表者")
            self.add("代表者氏名", ans, {"representative_name": V(gold)})
            if self.fchance(0.9):
                self.item(7, "", "代表者経歴", "選択")
                self.add("代表者の経歴(生年月日、学歴、業務履歴、資格等)",
                         "%s大学卒業後、%sを経て当社を設立" % (r.choice(G.PLACES), r.choice(["外資系IT企業", "大手SIer", "金融機関"])),
                         {})
            return
        self.item(6, "経営者", r.choice(["代表者", "代表者氏名・年齢"]))
        self.add("代表者氏名", ans, {"representative_name": V(gold)})
        s = self.status(["representative_age"], 0.05, 0.08)
        if s:
            self.add("代表者年齢", *s)
            return
        a = r.randint(34, 74)
        t = r.choice(["%d歳", "%d才", "満%d歳"]) % a if r.random() < 0.85 else kanji_num(a) + "歳"
        self.add("代表者年齢", t, {"representative_age": V(Q(a, "y"))})


def build_certifier(r, edition_newer):
    b = CertBuilder(r, edition_newer)
    rows, gold = b.build()
    y, m, d = b.disc
    cy, cm = months_before(y, m, -r.randint(1, 4))
    ctx = {"cert": "%04d-%04d" % (r.randint(1, 1999), r.randint(801, 2412)),
           "service": b.service, "company": b.co_name,
           "summary": r.choice(["中小企業向けの", "自治体向けの", "医療機関向けの", "多店舗展開企業向けの", ""]) +
           r.choice(["業務をクラウド上で一元管理する", "申請・承認の流れを電子化する", "データを安全に共有する"]) + "サービス",
           "cert_date": (cy, cm, r.randint(1, 28)),
           "site": "https://%s/%s/" % (b.mail_domain, r.choice(["service", "products/cloud", "lp"])),
           "newer": edition_newer}
    fields = {"cert_number": V(ctx["cert"])}
    fields.update(gold)
    return {"rows": rows, "ctx": ctx}, fields


def _items(rows):
    out = []
    for row in rows:
        if row.sec is not None:
            out.append(("sec", row.sec))
        elif row.num or not out or out[-1][0] != "item":
            out.append(("item", [row]))
        else:
            out[-1][1].append(row)
    return out


URL_RE = G.URL_RE


def _answer_html(row, sep, links):
    def frag(t):
        if not links:
            return esc(t)
        o = []
        for i, p in enumerate(URL_RE.split(t)):
            if i % 2:
                href = p if p.startswith("http") else "mailto:" + p
                o.append('<a href="%s">%s</a>' % (html.escape(href), esc(p)))
            else:
                o.append(esc(p))
        return "".join(o)
    if len(row.parts) > 1:
        if sep == "p":
            return "".join("<p>%s</p>" % frag(p) for p in row.parts)
        return sep.join(frag(p) for p in row.parts)
    return frag(row.parts[0])


def _cell(tag, text, rs=1, cs=1):
    a = ""
    if rs > 1:
        a += ' rowspan="%d"' % rs
    if cs > 1:
        a += ' colspan="%d"' % cs
    return "<%s%s>%s</%s>" % (tag, a, text, tag)


def render_certifier(rr, model, style):
    rows, ctx = model["rows"], model["ctx"]
    pretty = rr.random() < 0.6
    l1_span = rr.random() < 0.5
    sec_tag = rr.choice(["td", "td", "th"])
    br = rr.choice(["<br>", "<br />", "p"])
    links = rr.random() < 0.5
    trs = ['<tr><th colspan="3">【審査対象項目】</th><th>【記述内容】</th><th>必須/<br>選択</th><th>情報開示内容</th></tr>']
    items = _items(rows)
    # rows covered by each item's l1 cell (l1_span): an item with a label in
    # l1 spans down over the following items of its section whose l1 is empty
    l1_rows = {}
    if l1_span:
        lead = None
        for k, (t, v) in enumerate(items):
            if t == "sec":
                lead = None
                continue
            if v[0].l1:
                lead = k
                l1_rows[k] = len(v)
            elif lead is not None:
                l1_rows[lead] += len(v)
                l1_rows[k] = 0  # covered
    for k, (t, v) in enumerate(items):
        if t == "sec":
            trs.append("<tr>" + _cell(sec_tag, esc(v), cs=6) + "</tr>")
            continue
        n = len(v)
        first = v[0]
        marks, cur = [], None
        for j, row in enumerate(v):
            m = row.mark if (j == 0 or row.mark) else cur
            cur = m
            marks.append(m or "")
        mark_cells = {}
        j = 0
        while j < n:
            e = j
            while e + 1 < n and marks[e + 1] == marks[j]:
                e += 1
            mark_cells[j] = (marks[j], e - j + 1)
            j = e + 1
        for j, row in enumerate(v):
            cs = []
            if j == 0:
                cs.append(_cell("td", esc(first.num), rs=n))
                l1, l2 = first.l1, first.l2
                if l1_span and k in l1_rows:
                    if l1_rows[k] == n and not l2:
                        cs.append(_cell("td", esc(l1), rs=n, cs=2))
                    else:
                        if l1_rows[k] > 0:
                            cs.append(_cell("td", esc(l1), rs=l1_rows[k]))
                        cs.append(_cell("td", esc(l2), rs=n))
                elif l1_span and not l1:
                    cs.append(_cell("td", esc(l2), rs=n, cs=2))
                elif l1 and l2:
                    cs.append(_cell("td", esc(l1), rs=n))
                    cs.append(_cell("td", esc(l2), rs=n))
                else:
                    cs.append(_cell("td", esc(l1 or l2), rs=n, cs=2))
            cs.append(_cell("td", esc(row.q)))
            if j in mark_cells:
                cs.append(_cell("td", esc(mark_cells[j][0]), rs=mark_cells[j][1]))
            cs.append(_cell("td", _answer_html(row, br, links)))
            trs.append("<tr>" + "".join(cs) + "</tr>")
    y, m, d = ctx["cert_date"]
    cdate = rr.choice(["%d.%02d.%02d", "%d年%d月%d日", "%d/%02d/%02d"]) % (y, m, d)
    site = ctx["site"]
    dl = [("認定番号", esc(ctx["cert"])), ("サービス名称", esc(ctx["service"])),
          ("サービス概要", esc(ctx["summary"])), ("事業者名称", esc(ctx["company"])),
          ("認定年月日", cdate), ("サービスサイト", '<a href="%s">%s</a>' % (html.escape(site), esc(site)))]
    nl = "\n" if pretty else ""
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="utf-8">',
           "<title>%s | 認定サービス一覧 | 架空クラウド情報開示認定サイト</title>" % esc(ctx["service"]), '</head>',
           '<body>',
           '<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/certified/">認定サービス一覧</a> &gt; %s</div>'
           % esc(ctx["service"]),
           '<h1>%s</h1>' % esc(ctx["service"]),
           '<dl class="%s">' % rr.choice(["service-info", "cert-header", "detail"]) + nl +
           nl.join("<dt>%s</dt><dd>%s</dd>" % kv for kv in dl) + nl + "</dl>",
           '<h2>%s</h2>' % rr.choice(["申請内容", "申請内容(情報開示項目)"]),
           '<table class="%s">' % rr.choice(["apply", "disclosure", "tbl"]) + nl + nl.join(trs) + nl + "</table>",
           "<p>%s</p>" % esc(rr.choice(G.NOTES)),
           "<p>%s</p>" % esc(G.STAR_NOTE),
           "<p>%s</p>" % END_NOTE,
           "</body>", "</html>"]
    return out


# ==========================================================================
# meti_checklist

EX = {  # 設定例: (text, the value it would mean, to keep answers different)
    "service_hours": [("24時間365日(計画停止を除く)", "24/7"), ("平日9:00~17:00(祝日を除く)", "Mo-Fr 09:00-17:00; PH off")],
    "maintenance": [("30日前にメール/ホームページで通知", Q(30, "d")), ("2週間前に通知", Q(2, "wk")),
                    ("1か月前までにWebサイトで告知", Q(1, "mo"))],
    "termination": [("6か月前に書面で通知", Q(6, "mo")), ("3ヶ月前までにメール/書面で通知", Q(3, "mo")),
                    ("90日前までに通知", Q(90, "d"))],
    "availability": [("99.5%以上", Q(99.5, "%")), ("99.9%", Q(99.9, "%")), ("99.99%(月間)", Q(99.99, "%"))],
    "notice_time": [("60分以内", Q(60, "min")), ("1時間以内に第一報", Q(1, "h")), ("30分以内", Q(30, "min"))],
    "notification": [("メール/電話で通知", None), ("有(通知方法を記載)", None)],
    "monitoring": [("5分間隔", Q(5, "min")), ("1分毎", Q(1, "min"))],
    "backup_interval": [("1日1回", Q(1, "d")), ("週1回", Q(1, "wk"))],
    "retention": [("1か月", Q(1, "mo")), ("7日間", Q(7, "d"))],
    "generations": [("3世代", Q(3, "generation")), ("7世代", Q(7, "generation"))],
    "log": [("1年間保存", Q(1, "y")), ("6か月", Q(6, "mo"))],
    "support_hours": [("平日9:00~17:00", "Mo-Fr 09:00-17:00"), ("24時間365日", "24/7")],
    "phone": [("電話/メール/Webフォーム", None)],
    "tls": [("TLS1.2以上", "TLS1.2"), ("TLS1.3", "TLS1.3")],
    "dc_country": [("国内/国外の別、国名", None), ("データを保存する国を記載", None)],
    "db_encryption": [("AES256等による暗号化", None)],
    "certs": [("ISMS、プライバシーマーク等", None)],
    "antivirus": [("有(パターンファイルの更新間隔を記載)", None)],
    "vuln": [("年1回以上の診断", None)],
    "data_return": [("CSV形式で返却", None)],
    "user_auth": [("ID/パスワード、多要素認証", None)],
}

# item: (field key or None, names, descriptions, unit, answers for fillers)
METI = [
    ("アプリケーション運用", [
        ("可用性", [
            ("service_hours", ["サービス時間", "サービス提供時間", "計画サービス時間"],
             ["サービスを提供する時間帯(設備やネットワーク等の保守による計画停止の時間を含めて記述)",
              "利用者がサービスを利用できる時間帯(計画停止の時間帯を含む)"], "時間帯"),
            ("maintenance", ["計画停止予定通知", "計画メンテナンスの事前通知", "定期保守の事前連絡"],
             ["定期的な保守のための停止についての事前の連絡(通知の時期・方法を含む)",
              "計画停止を行う場合の利用者への事前告知(時期及び方法)"], "有無/日数"),
            ("termination", ["サービス提供終了時の事前通知", "サービス終了の予告", "サービス提供終了の事前告知"],
             ["サービスの提供を終了する場合の事前の連絡(通知の時期・方法を含む)",
              "サービス終了時に利用者へ行う事前通知の時期と方法"], "有無/月数"),
            (None, ["突然のサービス提供停止に対する対処", "突然の停止への備え"],
             ["プログラムや各種設定データの預託等の措置の有無"], "有無",
             ["無", "有(データのエクスポート機能を提供)", "有 第三者機関へのソースコード預託"]),
            ("availability", ["サービス稼働率", "月間稼働率", "稼働率"],
             ["サービスを利用できる割合((計画サービス時間-停止時間)÷計画サービス時間)",
              "計画サービス時間に対して実際にサービスを利用できた時間の割合"], "稼働率(%)"),
            (None, ["ディザスタリカバリ", "災害時の復旧"],
             ["災害発生時のシステム復旧・サポートの体制"], "有無",
             ["有 遠隔地のデータセンターに保管したバックアップから復旧", "無", "有(別リージョンへの切替え)"]),
            (None, ["重大障害時の代替手段", "早期復旧が不可能な場合の代替措置"],
             ["早期の復旧ができない場合に提供する代替の手段"], "有無",
             ["有(代替サービスを案内)", "無", "有 データの一括出力により業務を継続可能"]),
        ]),
        ("信頼性", [
            (None, ["平均復旧時間(MTTR)", "平均復旧時間"], ["障害発生から修理完了までの平均時間"], "時間",
             ["4時間以内(目標)", "2時間", "6時間以内"]),
            (None, ["目標復旧時間(RTO)", "目標復旧時間"], ["障害発生から復旧までの目標時間"], "時間",
             ["24時間以内", "8時間", "12時間以内(重大障害時)"]),
            (None, ["システム監視基準", "監視の内容"], ["監視の対象及び監視の基準"], "有無",
             ["死活監視及びリソース監視(CPU・メモリ・ディスク)を実施", "有 24時間有人監視"]),
            ("notification", ["障害通知プロセス", "障害発生時の通知", "障害の告知方法"],
             ["障害が発生した場合の利用者への通知の方法と経路", "障害発生時に利用者へ連絡する手段"], "有無"),
            ("notice_time", ["障害通知時間", "障害発生時の通知時間", "障害発生時の連絡時間"],
             ["障害を検知してから利用者に通知するまでの時間", "異常検知後、利用者へ第一報を送るまでの時間"], "時間"),
            ("monitoring", ["障害監視間隔", "死活監視の間隔", "監視間隔"],
             ["障害を検知するための監視の間隔", "サービスの稼働を確認する監視の間隔"], "時間(分)"),
            (None, ["サービス提供状況の報告方法/間隔", "サービス提供状況の報告"],
             ["稼働状況などを利用者に報告する方法と間隔"], "有無/間隔",
             ["月次で稼働レポートを提供", "無", "有 管理画面で随時確認可能"]),
            ("log", ["ログの取得", "ログの保存期間", "利用ログの保管"],
             ["利用者がサービスを利用した記録(ログ)の取得と保存期間", "操作・アクセスログの取得の有無と保存期間"], "有無/期間"),
        ]),
        ("性能", [
            (None, ["応答時間", "オンライン応答時間"], ["利用者の操作に対する応答の時間"], "秒",
             ["3秒以内(目標)", "平均2秒以内", "規定なし"]),
        ]),
    ]),
    ("サポート", [
        ("サポート", [
            (None, ["サービス提供時間帯(障害対応)", "障害対応の受付時間帯", "障害受付時間"],
             ["障害に関する問い合わせを受け付ける時間帯"], "時間帯",
             ["24時間365日", "24時間365日(電話・メール)", "365日24時間受付"]),
            ("support_hours", ["サービス提供時間帯(一般問合せ)", "問い合わせ受付時間", "サポート窓口の受付時間"],
             ["一般的な問い合わせを受け付ける時間帯", "操作方法などの問い合わせに対応する時間帯"], "時間帯"),
            ("phone", ["問い合わせ窓口", "サポート窓口の連絡先", "連絡先"],
             ["問い合わせを受け付ける窓口と連絡方法"], "-"),
        ]),
    ]),
    ("データ管理", [
        ("データ管理", [
            (None, ["バックアップの方法", "バックアップ方式"], ["バックアップの取得方法及び保管場所"], "-",
             ["別リージョンのストレージへ自動バックアップ", "スナップショットを遠隔地に保管", "ディスクイメージを日次で複製"]),
            ("backup_interval", ["バックアップデータを取得するタイミング(RPO)", "バックアップ取得間隔", "バックアップの頻度"],
             ["バックアップを取得する間隔(どの時点までのデータを復旧できるか)", "データのバックアップを取得する頻度"], "時間/日"),
            ("retention", ["バックアップデータの保存期間", "バックアップの保管期間"],
             ["取得したバックアップを保存しておく期間", "バックアップデータを保持する期間"], "日数/月数"),
            ("generations", ["バックアップ世代数", "保持するバックアップの世代"],
             ["保存するバックアップの世代の数", "何世代前までのバックアップを保持するか"], "世代数"),
            (None, ["データ消去の要件", "データの消去"], ["契約終了時などのデータ消去の方法と時期"], "有無",
             ["契約終了後30日以内に完全消去", "有 消去証明書を発行", "解約後90日で自動削除"]),
            ("db_encryption", ["データ保護のための暗号化要件", "保存データの暗号化", "格納データの暗号化"],
             ["保存するデータを保護するための暗号化の有無と方式"], "有無"),
            ("data_return", ["契約終了時のデータ返却", "利用者データの返却"],
             ["契約終了時に利用者のデータを返却する方法"], "有無/形式"),
        ]),
    ]),
    ("セキュリティ", [
        ("セキュリティ", [
            ("certs", ["公的認証取得の要件", "第三者認証の取得状況", "取得している公的認証"],
             ["ISMSやプライバシーマーク等の公的な認証の取得状況", "情報セキュリティに関する第三者認証の取得"], "有無/名称"),
            ("vuln", ["アプリケーションに関する第三者評価", "脆弱性診断"],
             ["第三者による脆弱性診断などの評価の実施", "アプリケーション及び基盤の脆弱性診断の実施状況"], "有無/頻度"),
            (None, ["情報取扱者の制限", "データにアクセスできる者の制限"], ["利用者データにアクセスできる者の限定"], "有無",
             ["有 アクセス権限を必要最小限の担当者に限定", "有(承認制)"]),
            ("antivirus", ["ウイルススキャン", "マルウェア対策", "ウイルス対策"],
             ["サーバ等におけるウイルス対策の実施とパターンファイルの更新", "マルウェアの検知・駆除の方法"], "有無/間隔"),
            ("dc_country", ["データ保管場所", "データの保存場所(国)", "データセンターの所在国"],
             ["利用者のデータを保存する国又は地域", "データを保管するデータセンターの所在地"], "国名"),
            ("tls", ["通信の暗号化レベル", "通信経路の暗号化", "通信の暗号化"],
             ["利用者とサービスの間の通信の暗号化の方式", "通信を暗号化する際の方式とレベル"], "方式"),
            ("user_auth", ["利用者の認証方式", "ログイン時の認証"], ["利用者を認証する方法"], "方式"),
        ]),
    ]),
]

METI_SAY = {
    "service_hours": say_service_hours, "maintenance": say_maintenance, "termination": say_termination,
    "notification": say_notification, "notice_time": say_notice_time, "monitoring": say_monitoring,
    "log": say_log_retention, "support_hours": say_support_hours, "backup_interval": say_backup_interval,
    "retention": say_retention, "generations": say_generations, "db_encryption": say_db_encryption,
    "data_return": say_data_return, "certs": say_certifications, "vuln": say_vuln, "antivirus": say_antivirus,
    "dc_country": say_dc_country, "tls": say_tls, "user_auth": say_user_auth,
}


def doc_date(r, disc):
    y, m, d = disc
    return date_text(r, y, m, d, era_p=0.3, western=["%d/%d/%d", "%d年%d月%d日", "%d/%02d/%02d"])


def build_meti(r):
    b = company(r, "meti_checklist")
    gold = {}
    meta = []
    meta.append((r.choice(["記入日", "作成日", "回答日"]), doc_date(r, b.disc)))
    if r.random() < 0.75:
        meta.append((r.choice(["会社名", "事業者名", "提供事業者"]), b.co_name))
        gold["company_name"] = V(b.co_name)
    if r.random() < 0.6:
        meta.append((r.choice(["サービス名", "対象サービス", "サービス名称"]), b.service))
        gold["service_name"] = V(b.service)
    ph = phone(r)
    email = "%s@%s" % (r.choice(["support", "help", "cs"]), b.mail_domain)
    cols = ["No.", "種別", r.choice(["サービスレベル項目例", "サービスレベル項目"]), "規定内容"]
    has_unit = r.random() < 0.8
    has_note = r.random() < 0.7
    if has_unit:
        cols.append("測定単位")
    cols.append("設定例")
    if has_note:
        cols.append("備考")
    cols.append(r.choice(["回答", "当社の回答", "回答内容", "対応状況"]))
    body = []  # ("sec", name) | ("row", kind_cell_span_or_None, cells)
    no = 0
    for sec, groups in METI:
        sec_rows = []
        for kind, items in groups:
            grp = []
            for it in items:
                key, names, descs, unit = it[0], it[1], it[2], it[3]
                if key is None:
                    if r.random() > 0.55:
                        continue
                    ans, g, ex = r.choice(it[4]), {}, r.choice(["有/無", "-", "", "規定の有無を記載"])
                else:
                    if r.random() > 0.88:
                        continue
                    ext, exv = r.choice(EX[key])
                    if key == "phone":
                        parts = [say_phone(r, ph)]
                        g = {"support_phone": V([ph])}
                        if r.random() < 0.7:
                            parts.append(r.choice(["メール: %s", "E-mail: %s", "%s"]) % email)
                            g["support_email"] = V([email])
                        ans = r.choice([" / ", "、", " "]).join(parts)
                    elif key == "availability":
                        ans, g = unlike(r, say_avail_cell, exv, b.disc)
                    else:
                        ans, g = unlike(r, METI_SAY[key], exv)
                    if r.random() < 0.03 and key not in ("notification", "db_encryption", "vuln", "data_return", "antivirus"):
                        ans = r.choice(["-", "－", "記載なし"])
                        g = {f: BLANK for f in g} if ans != "記載なし" else {}
                    ex = ext
                    for f, v in g.items():
                        gold[f] = v
                no += 1
                note = ""
                if has_note and r.random() < 0.25:
                    note = r.choice(["※詳細は利用規約を参照", "※SLA対象外", "※お客様ごとに個別設定可", "※オプション"])
                cells = [str(no), r.choice(names), r.choice(descs)]
                if has_unit:
                    cells.append(unit)
                cells.append(ex)
                if has_note:
                    cells.append(note)
                cells.append(ans)
                grp.append(cells)
            if grp:
                sec_rows.append((kind, grp))
        if sec_rows:
            body.append(("sec", sec))
            for kind, grp in sec_rows:
                body.append(("grp", kind, grp))
    model = {"title": r.choice(["クラウドサービスレベルのチェックリスト", "クラウドサービスレベルのチェックリスト(回答)",
                                "SaaS向けサービスレベルチェックリスト 回答書"]),
             "meta": meta, "cols": cols, "body": body}
    return model, gold


def _md_cell(s):
    return s.replace("|", "/")


def render_meti(rr, model, style):
    cols, body = model["cols"], model["body"]
    nc = len(cols)
    meta_sep = rr.choice([": ", ":", "：", " "])
    if style == "html":
        nl = "\n" if rr.random() < 0.7 else ""
        trs = ["<tr>" + "".join("<th>%s</th>" % esc(c) for c in cols) + "</tr>"]
        for blk in body:
            if blk[0] == "sec":
                trs.append("<tr>" + _cell("td", esc(blk[1]), cs=nc) + "</tr>")
                continue
            kind, grp = blk[1], blk[2]
            for j, cells in enumerate(grp):
                cs = [_cell("td", esc(cells[0]))]
                if j == 0:
                    cs.append(_cell("td", esc(kind), rs=len(grp)))
                cs += [_cell("td", esc(c)) for c in cells[1:]]
                trs.append("<tr>" + "".join(cs) + "</tr>")
        out = ['<!DOCTYPE html>', '<html lang="ja">', '<head><meta charset="utf-8"><title>%s</title></head>' % esc(model["title"]),
               '<body>', '<h1>%s</h1>' % esc(model["title"])]
        out += ["<p>%s%s%s</p>" % (esc(k), meta_sep, esc(v)) for k, v in model["meta"]]
        out.append('<table border="1">' + nl + nl.join(trs) + nl + '</table>')
        out += ["<p>%s</p>" % END_NOTE, "</body>", "</html>"]
        return out
    # text renderings: rows covered by the 種別 rowspan lose that cell
    lines = []
    trail = rr.random() < 0.5  # converters pile empty cells at the row's end

    def rows_of():
        for blk in body:
            if blk[0] == "sec":
                yield "sec", [blk[1]]
                continue
            kind, grp = blk[1], blk[2]
            for j, cells in enumerate(grp):
                if j == 0:
                    yield "row", [cells[0], kind] + cells[1:]
                else:
                    yield "row", cells + ([""] if trail else [])
    if style == "markdown":
        lines.append(model["title"])
        lines.append("")
        lines += ["%s%s%s" % (k, meta_sep, v) for k, v in model["meta"]]
        lines.append("")
        lines.append("| " + " | ".join(cols) + " |")
        lines.append("|" + "|".join("-" * rr.randint(3, 12) for _ in cols) + "|")
        for t, cs in rows_of():
            if t == "sec":
                lines.append("| " + _md_cell(cs[0]) + " |" + (" |" * (nc - 1) if rr.random() < 0.5 else ""))
            else:
                lines.append("| " + " | ".join(_md_cell(c) for c in cs) + " |")
        lines.append("")
        lines.append(END_NOTE)
        return lines
    if style == "tsv":
        lines.append(model["title"])
        lines += ["%s%s%s" % (k, meta_sep if meta_sep.strip() else "\t", v) for k, v in model["meta"]]
        lines.append("")
        lines.append("\t".join(cols))
        for t, cs in rows_of():
            lines.append(cs[0] + ("\t" * (nc - 1) if rr.random() < 0.5 else "") if t == "sec" else "\t".join(cs))
        lines.append("")
        lines.append(END_NOTE)
        return lines
    # gsheet: an online spreadsheet as Markdown: column letters, row numbers,
    # long runs of empty cells
    width = max(nc + 4, rr.randint(16, 24))
    letters = [chr(ord("A") + k) for k in range(width)]
    lines.append(" | ".join(letters) + " | |")
    lines.append("|".join(["---"] * (width + 1)) + "|")
    rown = [0]

    def srow(cells):
        rown[0] += 1
        used = [str(rown[0])] + [_md_cell(c) for c in cells]
        return " | ".join(used) + " | " + "|" * max(1, width - len(used))
    lines.append(srow([model["title"]] + (["%s%s%s" % (model["meta"][0][0], meta_sep, model["meta"][0][1])])))
    for k, v in model["meta"][1:]:
        lines.append(srow(["%s%s%s" % (k, meta_sep, v)]))
    lines.append(srow([]))
    lines.append(srow(cols))
    for t, cs in rows_of():
        lines.append(srow(cs))
    return lines


# ==========================================================================
# sla_page and slo_page: a document of blocks
#   ("h", level, text)  ("p", text)  ("ul", mark, [text])
#   ("kv", [(label, value)])  ("table", header, rows)

HEAD_STYLES = {
    "dot": ("%(n)d. %(t)s", "%(n)d.%(m)d. %(t)s"),
    "paren": ("%(n)d. %(t)s", "(%(m)d) %(t)s"),
    "kaku": ("■%(t)s", "・%(t)s"),
    "joh": ("第%(n)d条(%(t)s)", "(%(m)d) %(t)s"),
    "dash": ("%(n)d %(t)s", "%(n)d-%(m)d %(t)s"),
    "kaku2": ("■ %(t)s", "(%(m)d) %(t)s"),
    # SLO pages: groups, then ■ headings over sentences
    "slo_kaku": ("【%(t)s】", "■%(t)s"),
    "slo_dot": ("%(n)d. %(t)s", "■ %(t)s"),
    "slo_num": ("%(n)d. %(t)s", "%(n)d.%(m)d %(t)s"),
    "slo_plain": ("%(t)s", "■%(t)s"),
}


class Doc(object):
    def __init__(self, r, hstyle):
        self.r = r
        self.blocks = []
        self.gold = {}
        self.h = HEAD_STYLES[hstyle]
        self.n = 0
        self.m = 0

    def h1(self, t):
        self.n += 1
        self.m = 0
        self.blocks.append(("h", 1, self.h[0] % {"n": self.n, "t": t}))

    def h2(self, t):
        self.m += 1
        self.blocks.append(("h", 2, self.h[1] % {"n": self.n, "m": self.m, "t": t}))

    def p(self, t, gold=None):
        self.blocks.append(("p", t))
        self.g(gold)

    def g(self, gold):
        for k, v in (gold or {}).items():
            self.gold[k] = v

    def ul(self, mark, items):
        self.blocks.append(("ul", mark, items))

    def kv(self, pairs):
        self.blocks.append(("kv", pairs))

    def table(self, header, rows):
        self.blocks.append(("table", header, rows))


def _fill(t, v):
    return t.replace("{v}", v)


def refund_bands(p):
    p = Decimal(p)
    lows = [x for x in (Decimal("99.9"), Decimal("99.5"), Decimal("99.0"), Decimal("98.0"), Decimal("95.0"),
                        Decimal("90.0")) if x < p]
    return [p] + lows[:3]


def build_sla(r):
    b = company(r, "sla_page")
    hs = r.choice([k for k in HEAD_STYLES if not k.startswith("slo_")])
    d = Doc(r, hs)
    svc, co = b.service, b.co_name
    title = r.choice(["%sサービスレベル合意書(SLA)", "%s SLA(サービス品質保証)", "「%s」サービスレベル規定",
                      "%s サービスレベルアグリーメント"]) % svc
    y, m, _ = b.disc
    ey, em = months_before(y, m, r.randint(12, 40))
    meta = [(r.choice(["制定日", "制定"]), date_text(r, ey, em, r.randint(1, 28), era_p=0.3,
                                                   western=["%d年%d月%d日", "%d/%d/%d"]))]
    if r.random() < 0.6:
        meta.append((r.choice(["改定日", "最終改定", "改訂日"]), doc_date(r, b.disc)))
    d.blocks.append(("title", title))
    d.blocks.append(("meta", meta))
    labelled = r.random() < 0.5
    # 1 general
    d.h1(r.choice(["総則", "目的", "本SLAについて"]))
    d.p("本書は、%s(以下「当社」といいます。)が提供する「%s」(以下「本サービス」といいます。)について、"
        "当社が利用者に保証するサービスレベルを定めるものです。" % (co, svc))
    if labelled:
        pairs = [(r.choice(["事業者名", "提供事業者", "会社名"]), co), (r.choice(["対象サービス", "サービス名"]), svc)]
        d.kv(pairs)
        d.g({"company_name": V(co), "service_name": V(svc)})
    d.p(r.choice(["本SLAは、本サービスの利用規約の一部を構成します。", "本SLAに定めのない事項は、利用規約の定めによります。"]))
    # 2 service levels
    d.h1(r.choice(["サービスレベル", "サービス品質の保証", "保証内容"]))
    if r.random() < 0.85:
        d.h2(r.choice(["サービス提供時間", "サービス時間", "提供時間"]))
        t, g = say_service_hours(r)
        if g["service_hours"]["value"] == "24/7" and r.random() < 0.5:
            d.p(r.choice(["本サービスは、{v}ご利用いただけます。", "本サービスは原則として{v}提供します。"]).replace(
                "{v}", r.choice(["24時間365日", "365日24時間"])) +
                r.choice(["ただし、計画メンテナンスの時間を除きます。", ""]), g)
        else:
            d.p(r.choice(["本サービスの提供時間は、{v}とします。", "サービス提供時間: {v}"]).replace("{v}", t), g)
    d.h2(r.choice(["稼働率", "サービス稼働率", "月間稼働率の保証"]))
    p = r.choice(AVAIL)
    f, bd = r.choice([("当社は、本サービスの月間稼働率{v}%以上を保証します。", "min"),
                      ("本サービスの稼働率は月間{v}%以上を保証します。", "min"),
                      ("当社は、月間稼働率{v}%を保証値とします。", None),
                      ("月間のサービス稼働率の保証値は{v}%以上とします。", "min"),
                      ("本サービスは、月間稼働率{v}%以上を保証基準とします。", "min")])
    d.p(_fill(f, p), {"availability_target": V(Q(dnum(p), "%", bd))})
    d.p(r.choice(["月間稼働率は次の式により算出します。", "稼働率の計算式は次のとおりです。"]))
    d.p(r.choice(["月間稼働率(%) = (月間総時間 - 月間停止時間) ÷ 月間総時間 × 100",
                  "稼働率 = (1 - 停止時間 / 月間総時間) × 100"]))
    fault = r.choice([5, 10, 15])
    d.p("「停止時間」とは、本サービスの全ての機能が%d分以上継続して利用できない状態の時間をいい、計画メンテナンスによる停止は含みません。" % fault)
    if r.random() < 0.35:
        pv = r.choice(["99.98", "99.995", "100", "99.97"])
        per, pg = actual_period(r, b.disc)
        d.p(r.choice(["参考: %s の稼働率実績は%s%%でした。" % (per, pv), "(稼働率実績: %s%%、%s)" % (pv, per)]),
            {"availability_actual": V(Q(dnum(pv), "%", period=pg))})
    d.h2(r.choice(["計画メンテナンス", "計画停止", "定期メンテナンス"]))
    wk = r.choice(["第2火曜日", "第3日曜日", "第1水曜日"])
    d.p("計画メンテナンスは、原則として毎月%sの%d:00~%d:00に実施します。" % (wk, r.choice([0, 1, 2]), r.choice([5, 6])))
    ph_, gq = maint_phrase(r)
    d.p(r.choice(["実施する場合は、{v}に電子メール及び本サービスのWebサイトでお知らせします。",
                  "計画メンテナンスの実施は、{v}に管理画面のお知らせでご案内します。",
                  "当社は、計画メンテナンスを{v}に利用者へ通知します。"]).replace("{v}", ph_) +
        r.choice(["ただし、緊急のメンテナンスはこの限りではありません。", ""]), {"maintenance_notice": V(gq)})
    if r.random() < 0.5:
        d.h2(r.choice(["監視", "稼働監視"]))
        mp, mg = monitor_phrase(r)
        if mp.startswith("アプリ"):
            mp, mg = "%d分間隔" % 5, Q(5, "min")
        d.p(r.choice(["当社は、監視システムにより本サービスを{v}死活監視しています。",
                      "本サービスの稼働状況は、外部の監視サービスから{v}確認しています。"]).replace("{v}", mp + _ni(mp)),
            {"monitoring_interval": V(mg)})
    # 3 failures
    d.h1(r.choice(["障害発生時の対応", "障害対応", "障害時の連絡"]))
    if r.random() < 0.5:
        d.h2(r.choice(["障害の定義", "対象となる障害"]))
        d.p("本SLAにおいて障害とは、当社の設備に起因して本サービスの全部又は一部が%d分以上利用できない状態をいいます。" % r.choice([10, 30, 60]))
    d.h2(r.choice(["障害の通知", "障害発生時の通知", "障害の告知方法"]))
    means = r.choice(["登録されたメールアドレス宛ての電子メール", "電子メール及びステータスページ", "管理画面のお知らせ及び電子メール"])
    if r.random() < 0.8:
        np_, ng = notice_time_phrase(r)
        if np_ == "障害発生同日中":
            s = "当社は、障害の発生を確認した場合、障害発生同日中に%sで第一報を通知します。" % means
        else:
            s = r.choice(["当社は、障害を検知した場合、{v}に{m}で利用者に通知します。",
                          "障害を検知してから{v}に、{m}で第一報をお知らせします。"]).replace("{v}", np_).replace("{m}", means)
        d.p(s, {"failure_notification": V(True), "failure_notice_time": V(ng)})
        if r.random() < 0.5:
            d.p("復旧後は、%d営業日以内に障害報告書を提出します。" % r.choice([3, 5, 10]))
    else:
        d.p("障害が発生した場合は、%sで速やかに通知します。" % means, {"failure_notification": V(True)})
    # 4 refunds (not answers)
    d.h1(r.choice(["料金の返還", "サービスクレジット", "返金"]))
    d.p("月間稼働率が保証値を下回った場合、当社は次の割合で当該月の月額利用料金を返還します。")
    bands = refund_bands(p)
    pct = r.choice([[10, 25, 50, 100], [10, 30, 50, 100], [5, 10, 25, 50]])
    rows = []
    for k in range(len(bands)):
        hi = bands[k]
        lo = bands[k + 1] if k + 1 < len(bands) else None
        label = "%s%%未満" % hi + (r.choice(["%s%%以上", " %s%%以上", "、%s%%以上"]) % lo if lo is not None else "")
        rows.append([label, r.choice(["月額利用料金の%d%%", "%d%%"]) % pct[k]])
    d.table([r.choice(["月間稼働率", "稼働率"]), r.choice(["返還率", "返還額", "返金率"])], rows)
    d.p("返還を受けるには、対象月の翌月末日までに当社所定の方法で申請するものとします。返還額の上限は当該月の月額利用料金とします。")
    # 5 support
    if r.random() < 0.85:
        d.h1(r.choice(["サポート窓口", "お問い合わせ", "サポート"]))
        ph = phone(r)
        ht, hg = say_support_hours(r)
        email = "%s@%s" % (r.choice(["support", "sla", "help"]), b.mail_domain)
        pairs = [(r.choice(["窓口", "名称"]), "%sサポートセンター" % b.co_core),
                 (r.choice(["電話", "TEL", "電話番号"]), ph),
                 (r.choice(["受付時間", "営業時間", "サポート受付時間", "お問い合わせ受付時間"]), ht)]
        gd = {"support_phone": V([ph]), "support_hours": hg["support_hours"]}
        if r.random() < 0.6:
            pairs.insert(2, (r.choice(["メール", "E-mail", "電子メール"]), email))
            gd["support_email"] = V([email])
        if r.random() < 0.5:
            d.kv(pairs)
        else:
            d.ul(r.choice(["・", "・", "- "]), ["%s%s%s" % (k, r.choice(["：", ": ", ":"]), v) for k, v in pairs])
        d.g(gd)
    # 6 termination
    if r.random() < 0.6:
        d.h1(r.choice(["サービスの終了", "本サービスの提供終了"]))
        tp, tg = term_phrase(r)
        d.p(r.choice(["当社は、本サービスの提供を終了する場合、{v}に利用者へ通知します。",
                      "本サービスを終了するときは、終了日の{v}に電子メールでお知らせします。"]).replace("{v}", tp),
            {"termination_notice": V(tg)})
    d.h1(r.choice(["免責事項", "適用除外"]))
    d.p("天災地変、第三者による攻撃その他当社の責めに帰すことのできない事由による停止は、本SLAの対象外とします。")
    return {"doc": d.blocks, "hstyle": hs}, d.gold


# -- slo_page items: each gives (label, value, gold) for a row or a bullet
# and (heading, sentence, gold) for prose

def slo_items(r, b):
    """[(group, [item])], item = dict(kv=(label, value, gold), prose=(heading, sentence, gold))."""
    out = []
    disc = b.disc

    def it(kv, prose):
        return {"kv": kv, "prose": prose}

    avail = []
    p = r.choice(AVAIL)
    bd = r.choice(["min", None])
    v = "%s%%%s" % (p, "以上" if bd else "")
    g = {"availability_target": V(Q(dnum(p), "%", bd))}
    avail.append(it((r.choice(["稼働率(SLO)", "月間稼働率の目標", "サービス稼働率 目標値", "稼働率目標"]),
                     r.choice(["%s", "月間%s", "%s(月間)"]) % v, g),
                    (r.choice(["稼働率", "可用性"]),
                     r.choice(["本サービスは月間稼働率%sを目標(SLO)としています。", "稼働率は%sを目標としています。",
                               "月間のサービス稼働率%sを目標値として運用しています。"]) % v, g)))
    if r.random() < 0.35:
        t, g2 = say_avail_actual(r, disc)
        avail.append(it((r.choice(["稼働率実績", "過去の稼働実績"]), t, g2), (r.choice(["稼働実績"]), "稼働率の実績は%sです。" % t, g2)))
    t, g2 = say_service_hours(r)
    avail.append(it((r.choice(["サービス提供時間", "サービス時間", "提供時間帯"]), t, g2),
                    (r.choice(["サービス提供時間", "提供時間"]), "本サービスの提供時間は%sです。" % t, g2)))
    mp, mg = maint_phrase(r)
    g3 = {"maintenance_notice": V(mg)}
    avail.append(it((r.choice(["計画メンテナンスの告知", "メンテナンスの事前通知", "計画停止の事前連絡"]), _lead_cell(r, mp), g3),
                    (r.choice(["計画メンテナンス", "メンテナンス"]),
                     "計画メンテナンスを行う場合は、%sに管理画面とメールでお知らせします。" % mp, g3)))
    if r.random() < 0.7:
        np_, ng = notice_time_phrase(r)
        if np_ == "障害発生同日中":
            np_, ng = "60分以内", Q(60, "min", "max")
        g4 = {"failure_notification": V(True), "failure_notice_time": V(ng)}
        avail.append(it((r.choice(["障害通知", "障害発生時の通知", "障害の告知方法"]),
                         r.choice(["有(メール、検知後%s)", "メール及びステータスページで通知(%s)"]) % np_, g4),
                        (r.choice(["障害通知", "障害発生時の連絡"]),
                         "障害を検知した場合は、%sにメールとステータスページでお知らせします。" % np_, g4)))
    if r.random() < 0.6:
        mp, mg = monitor_phrase(r)
        if mp.startswith("アプリ"):
            mp, mg = "1分間隔", Q(1, "min")
        g5 = {"monitoring_interval": V(mg)}
        avail.append(it((r.choice(["死活監視", "監視間隔", "稼働監視の間隔"]), mp, g5),
                        (r.choice(["監視", "稼働監視"]), "外部の監視サービスにより%s%s死活監視を行っています。" % (mp, _ni(mp)), g5)))
    out.append((r.choice(["可用性", "サービスレベル", "運用"]), avail))

    data = []
    bt, bq = backup_interval_phrase(r)
    gen = r.choice([3, 7, 14, 30])
    # the days kept follow from the interval and the generations
    span = {"d": 1, "wk": 7}.get(bq["unit"], 0) * bq["value"] * gen
    if bq["unit"] == "h" and (bq["value"] * gen) % 24 == 0:
        span = bq["value"] * gen // 24
    days = span if span and r.random() < 0.6 else None
    gb = {"backup_interval": V(bq), "backup_generations": V(Q(gen, "generation"))}
    if days:
        gb["backup_retention"] = V(Q(days, "d"))
    keep = "%d世代" % gen + ("(%d日分)" % days if days else "")
    if r.random() < 0.5:
        # one item each
        data.append(it((r.choice(["バックアップ取得頻度", "バックアップの頻度", "バックアップ周期"]),
                        bt.replace("ごとに", "ごと").replace("毎に", "毎").replace("週に1回", "週1回"), {"backup_interval": V(bq)}), None))
        gg = {"backup_generations": V(Q(gen, "generation"))}
        data.append(it((r.choice(["バックアップ世代", "保持世代数", "世代管理"]), "%d世代" % gen, gg), None))
        if days:
            data.append(it((r.choice(["バックアップ保存期間", "バックアップデータの保持期間"]), "%d日間" % days,
                            {"backup_retention": V(Q(days, "d"))}), None))
        data[-1]["prose"] = (r.choice(["バックアップ", "データのバックアップ"]),
                             "データベースは%sバックアップを取得し、%sを保管しています。" % (bt, keep), gb)
        for x in data[:-1]:
            x["prose"] = None
    else:
        data.append(it((r.choice(["バックアップ", "データバックアップ"]), "%s取得、%sを保持" % (bt.replace("ごとに", "ごと").replace("毎に", "毎").replace("週に1回", "週1回"), keep), gb),
                       (r.choice(["バックアップ", "データのバックアップ"]),
                        "お客様のデータは%sバックアップを取得し、%sを保管しています。" % (bt, keep), gb)))
    t, gd = say_dc_country(r)
    cc = gd["dc_country"]["value"]
    sent = {"JP": ["お客様のデータは日本国内のデータセンターで保管しています。", "データは国内のデータセンターに保存され、国外に移転することはありません。"],
            "US": ["データは米国リージョンのデータセンターで保管しています。"],
            "SG": ["データはシンガポールのデータセンターで保管しています。"]}[cc]
    data.append(it((r.choice(["データセンター所在地", "データの保管場所", "データ保管国"]), t, gd),
                   (r.choice(["データセンター", "データの保管場所"]), r.choice(sent), gd)))
    out.append((r.choice(["データ管理", "バックアップ・データ保管"]), data))

    sec = []
    t, g = say_tls(r)
    tv = g["tls_version"]["value"]
    sec.append(it((r.choice(["通信の暗号化", "通信の暗号化レベル", "暗号化通信"]), t, g),
                  (r.choice(["通信の暗号化", "暗号化"]),
                   r.choice(["通信はすべて%s以上で暗号化しています。", "ブラウザとサーバ間の通信は%sで暗号化しています。"]) % tv.replace("TLS", "TLS" + r.choice(["", " "])), g)))
    t, g = say_db_encryption(r)
    if g["db_encryption"]["value"]:
        sec.append(it((r.choice(["保存データの暗号化", "データの暗号化"]), t, g),
                      (r.choice(["保存データの暗号化"]), "保存データはAES-256で暗号化しています。", g)))
    t, g = say_certifications(r)
    ids = g["certifications"]["value"]
    if ids:
        sec.append(it((r.choice(["取得認証", "第三者認証", "公的認証の取得", "認証取得"]), t, g),
                      (r.choice(["第三者認証", "認証の取得"]), "当社は%sを取得しています。" % t, g)))
    t, g = say_antivirus(r)
    if g["antivirus"]["value"]:
        if "antivirus_update_interval" in g:
            iv = g["antivirus_update_interval"]["value"]
            s = "サーバにはウイルス対策ソフトを導入し、定義ファイルを%sに更新しています。" % (
                "1日1回" if iv["unit"] == "d" else "%d時間ごと" % iv["value"])
        else:
            s = "サーバにはウイルス対策ソフトを導入し、リアルタイムでスキャンしています。"
        sec.append(it((r.choice(["ウイルス対策", "マルウェア対策", "ウイルスチェック"]), t, g),
                      (r.choice(["ウイルス対策", "マルウェア対策"]), s, g)))
    t, g = say_log_retention(r)
    lv = g["log_retention"]["value"]
    lt = {"y": "%d年間", "mo": "%dか月間", "d": "%d日間"}[lv["unit"]] % lv["value"]
    sec.append(it((r.choice(["ログの保存期間", "アクセスログの保管", "ログ保管期間"]), t, g),
                  (r.choice(["ログ管理", "ログの保管"]), "アクセスログは%s保存しています。" % lt, g)))
    if r.random() < 0.5:
        t, g = say_ids(r)
        if g["intrusion_detection"]["value"]:
            sec.append(it((r.choice(["不正侵入検知", "不正アクセスの検知"]), t, g),
                          ("不正侵入検知", "IDS/IPSにより不正侵入検知を行っています。", g)))
    if r.random() < 0.4:
        t, g = say_vuln(r)
        if g["vulnerability_assessment"]["value"]:
            sec.append(it(("脆弱性診断", t, g), ("脆弱性診断", "年1回、第三者機関による脆弱性診断を実施しています。", g)))
    # rows that carry no field (figures that are not answers)
    sec.append(it((r.choice(["従業員へのセキュリティ教育", "情報セキュリティ教育"]), r.choice(["全従業員に年1回以上実施", "入社時及び年1回実施"]), {}),
                  ("セキュリティ教育", "全従業員を対象に年1回以上のセキュリティ教育を実施しています。", {})))
    sec.append(it((r.choice(["パスワードの取り扱い", "パスワードの保存"]), "不可逆なハッシュ化を施して保存", {}), None))
    r.shuffle(sec)
    out.append((r.choice(["セキュリティ", "セキュリティ対策", "情報セキュリティ"]), sec))

    sup = []
    ph = phone(r)
    ht, hg = say_support_hours(r)
    sup.append(it((r.choice(["問い合わせ先", "サポート窓口", "お問い合わせ"]), say_phone(r, ph), {"support_phone": V([ph])}), None))
    sup.append(it((r.choice(["受付時間", "サポート受付時間", "対応時間", "営業時間"]), ht, hg),
                  (r.choice(["サポート", "お問い合わせ窓口"]),
                   "サポート窓口(電話: %s)の受付時間は%sです。" % (ph, ht), dict(hg, support_phone=V([ph])))))
    out.append((r.choice(["サポート", "サポート体制"]), sup))
    return out


def build_slo(r):
    b = company(r, "slo_page")
    hs = r.choice(["slo_kaku", "slo_kaku", "slo_dot", "slo_num", "slo_plain", "kaku"])
    d = Doc(r, hs)
    d.blocks.append(("title", r.choice(["%s サービスレベル目標(SLO)", "%s セキュリティとサービスレベルについて",
                                        "%sのセキュリティ・運用体制", "%s SLO・セキュリティシート"]) % b.service))
    d.blocks.append(("p", r.choice(["本資料は、当社が提供するサービスのサービスレベル目標とセキュリティ対策の概要をまとめたものです。",
                                    "経済産業省のガイドラインを参考に、サービスレベルとセキュリティについて簡潔に記載しています。"])))
    d.blocks.append(("p", "※記載内容は予告なく変更する場合があります。詳細は担当営業までお問い合わせください。"))
    if r.random() < 0.5:
        d.kv([(r.choice(["会社名", "事業者名"]), b.co_name), (r.choice(["サービス名", "対象サービス"]), b.service)])
        d.g({"company_name": V(b.co_name), "service_name": V(b.service)})
    for group, items in slo_items(r, b):
        d.h1(group)
        mode = r.choice(["kv", "kv", "bullets", "prose"])
        kvs = []

        def flush():
            if kvs:
                if mode == "bullets":
                    mark = r.choice(["・", "・", "- ", "●"])
                    d.ul(mark, ["%s%s%s" % (k, r.choice(["：", ": ", ":"]), v) for k, v in kvs])
                else:
                    d.kv(list(kvs))
                del kvs[:]
        for x in items:
            if mode == "prose" and x["prose"] is not None:
                flush()
                hd, sent, g = x["prose"]
                d.h2(hd)
                d.p(sent, g)
            elif mode == "prose" and x["prose"] is None and any(y["prose"] is not None and y["prose"][2] and
                                                                set(x["kv"][2]) <= set(y["prose"][2]) for y in items):
                continue  # stated by another item's sentence
            else:
                k, v, g = x["kv"]
                kvs.append((k, v))
                d.g(g)
        flush()
    return {"doc": d.blocks, "hstyle": hs}, d.gold


def render_blocks(rr, model, style):
    blocks = model["doc"]
    kv_style = rr.choice(["tab", "colon", "flat"]) if style == "text" else None
    table_tab = rr.random() < 0.5
    lines = []
    if style == "html":
        body = []
        for blk in blocks:
            t = blk[0]
            if t == "title":
                body.append("<h1>%s</h1>" % esc(blk[1]))
            elif t == "meta":
                body.append('<p class="date">%s</p>' % " ".join("%s: %s" % (esc(k), esc(v)) for k, v in blk[1]))
            elif t == "h":
                body.append("<h%d>%s</h%d>" % (blk[1] + 1, esc(blk[2]), blk[1] + 1))
            elif t == "p":
                body.append("<p>%s</p>" % esc(blk[1]))
            elif t == "ul":
                if rr.random() < 0.5:
                    body.append("<ul>" + "".join("<li>%s</li>" % esc(x) for x in blk[2]) + "</ul>")
                else:
                    body += ["<p>%s%s</p>" % (esc(blk[1]), esc(x)) for x in blk[2]]
            elif t == "kv":
                body.append("<table>" + "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in blk[1]) + "</table>")
            elif t == "table":
                body.append('<table border="1"><tr>' + "".join("<th>%s</th>" % esc(c) for c in blk[1]) + "</tr>" +
                            "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>" for row in blk[2]) +
                            "</table>")
        title = next((b[1] for b in blocks if b[0] == "title"), "")
        return (['<!DOCTYPE html>', '<html lang="ja">', '<head><meta charset="utf-8"><title>%s</title></head>' % esc(title),
                 '<body>', '<div class="content">'] + body + ["<p>%s</p>" % END_NOTE, "</div>", "</body>", "</html>"])
    md = style == "markdown"
    for blk in blocks:
        t = blk[0]
        if t == "title":
            lines += [("# " if md else "") + blk[1], ""]
        elif t == "meta":
            lines += ["%s: %s" % kv for kv in blk[1]] + [""]
        elif t == "h":
            h = blk[2]
            if md and h[0] not in "■・【":
                h = "#" * (blk[1] + 1) + " " + h
            lines += ([""] if not md else []) + [h] + ([""] if md else [])
        elif t == "p":
            lines.append(blk[1])
            if md:
                lines.append("")
        elif t == "ul":
            lines += ["%s%s" % (blk[1], x) for x in blk[2]]
            if md:
                lines.append("")
        elif t == "kv":
            lead = "" if rr.random() < 0.6 else "| "
            for k, v in blk[1]:
                if md:
                    lines.append("%s%s | %s |" % (lead, _md_cell(k), _md_cell(v)))
                elif style == "tsv" or kv_style == "tab":
                    lines.append("%s\t%s" % (k, v))
                elif kv_style == "colon":
                    lines.append("%s：%s" % (k, v))
                else:
                    lines += [k, v]
            if md:
                lines.append("")
        elif t == "table":
            hdr, rows = blk[1], blk[2]
            if md:
                lines.append("| " + " | ".join(hdr) + " |")
                lines.append("|" + "|".join("---" for _ in hdr) + "|")
                lines += ["| " + " | ".join(row) + " |" for row in rows]
                lines.append("")
            elif table_tab or style == "tsv":
                lines += ["\t".join(row) for row in [hdr] + rows]
            else:
                lines += ["  ".join(row) for row in [hdr] + rows]
    lines.append(END_NOTE)
    return lines


# ==========================================================================
# one document

BUILD = {"meti_checklist": build_meti, "sla_page": build_sla, "slo_page": build_slo}


def style_for(seed, kind, occurrence):
    """Styles of a kind in turn (from a seed-drawn start), so any run of
    len(STYLES[kind]) documents of the kind has each style once."""
    st = STYLES[kind]
    off = random.Random("%s:style:%s" % (seed, kind)).randrange(len(st))
    return st[(occurrence + off) % len(st)]


def make_doc(seed, i, kind, occurrence, style=None):
    """(tag, text, gold fields, model) of document i. `style` forces a
    rendering (same facts, same gold); by default the kind's styles turn."""
    r = random.Random("%s:doc:%d" % (seed, i))
    rr = random.Random("%s:doc:%d:render" % (seed, i))
    st = style_for(seed, kind, occurrence)
    if style is not None:
        st = style
    if kind == "certifier_page":
        newer = (occurrence + random.Random("%s:edition" % seed).randrange(2)) % 2 == 1
        model, gold = build_certifier(r, newer)
        lines = render_certifier(rr, model, st)
        tag = "certifier_page_%s_%s" % ("new" if newer else "old", st)
    else:
        model, gold = BUILD[kind](r)
        if kind == "meti_checklist":
            lines = render_meti(rr, model, st)
        else:
            lines = render_blocks(rr, model, st)
        tag = "%s_%s" % (kind, st)
    text = "\n".join(lines) + "\n"
    return tag, text, gold, model


def kind_order(seed, count, kinds):
    """Blocks of len(kinds) documents, each holding every kind once,
    shuffled by the seed; returns [(kind, occurrence of that kind)]."""
    out, seen = [], {}
    for blk in range((count + len(kinds) - 1) // len(kinds)):
        ks = list(kinds)
        random.Random("%s:kinds:%d" % (seed, blk)).shuffle(ks)
        for k in ks:
            out.append((k, seen.get(k, 0)))
            seen[k] = seen.get(k, 0) + 1
    return out[:count]


# ==========================================================================
# --check for the document kinds

def table_grids(text):
    """Every <table> of an HTML text as a grid of cell texts, spans expanded."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            HTMLParser.__init__(self, convert_charrefs=True)
            self.tables = []
            self.cell = None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "table":
                self.tables.append([])
            elif tag == "tr" and self.tables:
                self.tables[-1].append([])
            elif tag in ("td", "th") and self.tables:
                self.cell = [int(a.get("rowspan", 1)), int(a.get("colspan", 1)), ""]
            elif tag == "br" and self.cell is not None:
                self.cell[2] += " "

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.tables[-1][-1].append(tuple(self.cell))
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell[2] += data
    p = P()
    p.feed(text)
    grids = []
    for t in p.tables:
        grid, pending = [], {}
        for tr in t:
            row, col = [], 0
            cells = list(tr)
            while cells or col in pending:
                if col in pending:
                    txt, left = pending[col]
                    row.append(txt)
                    if left > 1:
                        pending[col] = (txt, left - 1)
                    else:
                        del pending[col]
                    col += 1
                    continue
                rs, cs, txt = cells.pop(0)
                for _ in range(cs):
                    row.append(txt)
                    if rs > 1:
                        pending[col] = (txt, rs - 1)
                    col += 1
            grid.append(row)
        grids.append(grid)
    return grids


def run_check(seed, count, kinds, cat, check_value, errs, statuses, covered):
    for i, (kind, occ) in enumerate(kind_order(seed, count, kinds)):
        if kind not in DOC_KINDS:
            continue
        styles = STYLES[kind]
        golds = []
        for st in styles:
            tag, text, gold, model = make_doc(seed, i, kind, occ, st)
            golds.append(json_key(gold))
            where = "doc %d (%s)" % (i + 1, tag)
            if st == "html":
                for grid in table_grids(text):
                    widths = {len(row) for row in grid}
                    if len(widths) > 1:
                        errs.append("%s: table rows of %s cells" % (where, sorted(widths)))
            sq = re.sub(r"\s+", "", normalize_text(html.unescape(re.sub(r"<[^>]+>", "", text))))
            for fid, g in gold.items():
                if g["status"] == "value" and fid in cat and cat[fid]["type"] in ("text", "code") \
                        and fid not in ("dc_country", "head_office_prefecture") and re.sub(r"\s+", "", normalize_text(g["value"])) not in sq:
                    errs.append("%s: %s %r not in the text" % (where, fid, g["value"]))
        if len(set(golds)) != 1:
            errs.append("doc %d: gold differs between styles" % (i + 1))
        for fid, g in gold.items():
            if fid not in cat:
                errs.append("doc %d: unknown field %s" % (i + 1, fid))
                continue
            statuses.setdefault(fid, set()).add(g["status"])
            if g["status"] == "value":
                covered[fid] = covered.get(fid, 0) + 1
                check_value(fid, cat[fid], g["value"], errs, "doc %d" % (i + 1))
        if kind == "certifier_page":
            for row in model["rows"]:
                if row.sec is not None:
                    continue
                qn = normalize_text(row.q)
                hits = {f for f, s in cat.items() if any(l in qn for l in s["labels"])}
                want = set(row.gold) | set(row.also)
                if hits - want:
                    rest = qn
                    for f in sorted(want & hits):
                        for l in sorted(cat[f]["labels"], key=len, reverse=True):
                            rest = rest.replace(l, "\0")
                    hits = {f for f in hits if f in want or any(l in rest for l in cat[f]["labels"])}
                if hits != want:
                    errs.append("doc %d: question %r matches %s, carries %s" % (i + 1, row.q, sorted(hits), sorted(want)))


def json_key(gold):
    import json
    return json.dumps(gold, sort_keys=True, ensure_ascii=False)
