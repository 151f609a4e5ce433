#!/usr/bin/env python3
"""relayout.py — one sheet's answer rows, written again in another layout.

Input: the rows of an unchanged sheet as `jnorm parse SHEET` prints them
(JSON Lines: a header object {"sheet","format","cert_number","service_name",
"company_name",…}, then one object per answer row {"item","section","label",
"question","required","answer","line"}). Output: the same content as real
people and tools lay it out: spreadsheet exports (TSV, CSV, CP932, UTF-16),
re-typed vendor pages (No.1, 1-1, Q1/A, `質問：回答`, label then value, two
columns, a 備考 column, the marker after the answer, other wording), an HTML
table and what text converters make of it (w3m, lynx, pandoc, html2text),
and the certifier's page copied from a browser or converted to Markdown
(../shared/spec/LAYOUTS.md §1).

Items carry forward in the input: a row whose item equals the previous
row's is a sub-question of the same item. A layout writes that structure
back the way its tool would (merged cells left empty, rowspan, 1-1/1-2).

Usage:
  relayout.py --list
  relayout.py [--synonyms FILE] LAYOUT [ROWS.jsonl]        one sheet, to stdout
  relayout.py [--synonyms FILE] -o DIR LAYOUT [ROWS.jsonl] every sheet of the
                                                          input, to DIR/<sheet>
ROWS defaults to stdin. Layouts that need a converter that is not installed
exit 77 with a message.

As a module: LAYOUTS (names, in order), render(name, header, rows, synonyms)
-> (bytes, note) or raises Unavailable, read_sheets(lines), load_synonyms().
Nothing here writes a file except main() with -o."""
import codecs
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Sheet-level header block: key of the parse header, the label a page uses.
HEADER_LABELS = (("cert_number", "認定番号"), ("service_name", "サービス名称"),
                 ("company_name", "事業者名称"))

REMARK = "詳細は別途"


class Unavailable(Exception):
    """The layout needs a program that is not installed."""


# ---------------------------------------------------------------- input

def read_sheets(lines):
    """Splits `jnorm parse` output into [(header, rows)], one per sheet."""
    sheets = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        obj = json.loads(line)
        if "sheet" in obj and "answer" not in obj:
            sheets.append((obj, []))
        elif sheets and ("answer" not in obj or obj.get("anchor") in ("pair", "block", "sentence")):
            continue  # a row jnorm made from the text around the form: not an item
        elif sheets:
            sheets[-1][1].append(obj)
        else:
            raise ValueError("relayout: a row before any sheet header")
    return sheets


class Group:
    """One item: its number, label, section and its rows (sub-questions)."""

    def __init__(self, item, row):
        self.item = item
        self.section = row.get("section")
        self.label = row.get("label")
        self.rows = [row]

    @property
    def number(self):
        return self.item if self.item is not None else ""


def groups(rows):
    out = []
    for row in rows:
        item = row.get("item")
        if out and item is not None and out[-1].item == item:
            g = out[-1]
            g.rows.append(row)
            if not g.label and row.get("label"):
                g.label = row.get("label")
        else:
            out.append(Group(item, row))
    return out


def sections(rows):
    """Yields (section or None when unchanged, group) in order."""
    last = None
    for g in groups(rows):
        sec = g.section if g.section and g.section != last else None
        if g.section:
            last = g.section
        yield sec, g


def s(x):
    return "" if x is None else str(x)


def answer(row):
    return s(row.get("answer"))


def marker(row):
    return s(row.get("required"))


def question(row):
    return s(row.get("question")) or s(row.get("label"))


def one_line(text):
    return " ".join(p.strip() for p in text.split("\n") if p.strip())


def label_question(g, row):
    """The row's item text as one phrase: label and question, once each."""
    lab, q = s(g.label), s(row.get("question"))
    if not lab or lab in q:
        return q or lab
    if not q or q in lab:
        return lab
    return lab + " " + q


def header_pairs(header):
    return [(lab, s(header.get(key))) for key, lab in HEADER_LABELS
            if header.get(key)]


# ---------------------------------------------------------------- synonyms

def load_synonyms(path=None):
    path = path or os.path.join(HERE, "synonyms.tsv")
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            a, b = line.rstrip("\n").split("\t")[:2]
            if a:
                pairs.append((a, b))
    return pairs


def synonymizer(pairs):
    table = dict(pairs)
    if not table:
        return lambda text: text
    rx = re.compile("|".join(re.escape(a) for a in
                             sorted(table, key=len, reverse=True)))
    return lambda text: rx.sub(lambda m: table[m.group(0)], text) if text else text


# ---------------------------------------------------------------- TSV family

def tsv_cell(text):
    return one_line(text).replace("\t", " ")


def tsv_table(header, rows, cols, head, number=None, label_every=False,
              rewrite=None, remarks=False):
    """A spreadsheet's tab-separated export: a title block, a header row,
    section rows in the first cell, merged item/label cells left empty on
    continuation rows. cols name the cells in order (num, label, question,
    marker, answer, remark)."""
    number = number or (lambda g, k: g.number if k == 0 else "")
    rewrite = rewrite or (lambda t: t)
    out = ["%s: %s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    out.append("\t".join(head))
    n = 0
    for sec, g in sections(rows):
        if sec:
            out.append("\t".join([tsv_cell(sec)] + [""] * (len(cols) - 1)))
        for k, row in enumerate(g.rows):
            n += 1
            vals = {
                "num": number(g, k),
                "label": rewrite(s(g.label)) if (k == 0 or label_every) else "",
                "question": rewrite(s(row.get("question"))),
                "marker": marker(row),
                "answer": answer(row),
                "remark": REMARK if remarks and n % 3 == 0 else "",
            }
            out.append("\t".join(tsv_cell(vals[c]) for c in cols))
    return "\n".join(out) + "\n"


COLS = ("num", "label", "question", "marker", "answer")
HEAD = ("No.", "項目", "質問", "必須/選択", "回答")


def tsv_noitem(header, rows, syn):
    return tsv_table(header, rows, COLS[1:], HEAD[1:])


def no_dot(header, rows, syn):
    return tsv_table(header, rows, COLS, HEAD,
                     number=lambda g, k: "No.%s" % g.number if k == 0 and g.number else "")


def dash_numbers(header, rows, syn):
    def num(g, k):
        if not g.number:
            return ""
        return g.number if len(g.rows) == 1 else "%s-%d" % (g.number, k + 1)
    return tsv_table(header, rows, COLS, HEAD, number=num)


def marker_after(header, rows, syn):
    return tsv_table(header, rows, ("num", "label", "question", "answer", "marker"),
                     ("No.", "項目", "質問", "回答", "必須/選択"))


def remarks_after(header, rows, syn):
    return tsv_table(header, rows, COLS + ("remark",), HEAD + ("備考",), remarks=True)


def synonyms(header, rows, syn):
    return tsv_table(header, rows, COLS, HEAD, rewrite=synonymizer(syn))


def tsv_utf16(header, rows, syn):
    """Excel's "Unicode text": UTF-16LE with a BOM, CRLF (encoded by render)."""
    return tsv_table(header, rows, COLS, HEAD).replace("\n", "\r\n")


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fixed_cell(text, width, right=False):
    """A cell of a fixed-width export: cut at the column's edge (a wide
    character that does not fit is left out), padded with blanks."""
    out, w = "", 0
    for c in text:
        cw = display_width(c)
        if w + cw > width:
            break
        out, w = out + c, w + cw
    pad = " " * (width - w)
    return pad + out if right else out + pad


def excel_prn(header, rows, syn):
    """Excel's "Formatted Text (Space delimited)" (.prn): every line padded
    to one width, each cell cut at its column's width and run into the
    next when it fills it, numbers set right, CRLF."""
    widths = (6, 20, 40, 10, 60)

    def line(cells, number=False):
        return "".join(fixed_cell(one_line(c), w, right=number and i == 0)
                       for i, (c, w) in enumerate(zip(cells, widths)))
    out = [line(["", k, v, "", ""]) for k, v in header_pairs(header)]
    out.append(line(HEAD))
    for sec, g in sections(rows):
        if sec:
            out.append(line([sec, "", "", "", ""]))
        for k, row in enumerate(g.rows):
            out.append(line([g.number if k == 0 else "", s(g.label) if k == 0 else "",
                             s(row.get("question")), marker(row), answer(row)], number=True))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- CSV

def csv_text(header, rows, delimiter=",", quoting=csv.QUOTE_MINIMAL):
    """RFC 4180: CRLF, cells with a comma, quote or line break quoted,
    multi-line answers kept multi-line inside their quotes."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=quoting)
    for pair in header_pairs(header):
        w.writerow(pair)
    w.writerow(HEAD)
    for sec, g in sections(rows):
        if sec:
            w.writerow([sec, "", "", "", ""])
        for k, row in enumerate(g.rows):
            w.writerow([g.number if k == 0 else "", s(g.label) if k == 0 else "",
                        s(row.get("question")), marker(row),
                        answer(row).replace("\r", "")])
    return buf.getvalue()


def csv_layout(header, rows, syn):
    return csv_text(header, rows)


def csv_semicolon(header, rows, syn):
    """LibreOffice's CSV with ";" between fields and every text field
    quoted, as where the decimal mark is a comma."""
    return csv_text(header, rows, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)


# Characters Windows' Unicode→CP932 conversion (best fit) maps to a CP932
# twin, which Python's strict cp932 codec refuses. The yen sign becomes byte
# 0x5C, which reads back as a backslash: what CP932 exports really hold.
CP932_TWINS = {"\u301c": "\uff5e", "\u2212": "\uff0d", "\u2016": "\u2225",
               "\u00a2": "\uffe0", "\u00a3": "\uffe1", "\u00ac": "\uffe2",
               "\u2014": "\u2015", "\u00a0": " ", "\u00a5": "\\"}


def encode_cp932(text):
    """Returns (bytes, twins mapped, characters replaced by '?')."""
    mapped = replaced = 0
    out = []
    for ch in text:
        if ch in CP932_TWINS:
            try:
                ch.encode("cp932")
            except UnicodeEncodeError:
                ch = CP932_TWINS[ch]
                mapped += 1
        try:
            ch.encode("cp932")
        except UnicodeEncodeError:
            replaced += 1
        out.append(ch)
    return "".join(out).encode("cp932", errors="replace"), mapped, replaced


# ---------------------------------------------------------------- lines

def md_cell(text):
    text = "<br>".join(p.strip() for p in text.split("\n"))
    return re.sub(r"(?<!\\)\|", r"\\|", text)


def two_columns(header, rows, syn):
    out = ["%s: %s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    out += ["| 項目 | 回答 |", "| --- | --- |"]
    for sec, g in sections(rows):
        if sec:
            out.append("| **%s** | |" % md_cell(sec))
        for row in g.rows:
            out.append("| %s | %s |" % (md_cell(label_question(g, row)),
                                         md_cell(answer(row))))
    return "\n".join(out) + "\n"


def numbered_colon(header, rows, syn):
    out = ["%s：%s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    n = 0
    for sec, g in sections(rows):
        if sec:
            out.append("【%s】" % sec)
        for row in g.rows:
            n += 1
            out.append("%d. %s：%s" % (n, one_line(question(row)), answer(row)))
    return "\n".join(out) + "\n"


def qa_lines(header, rows, syn):
    out = ["%s: %s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    n = 0
    for sec, g in sections(rows):
        if sec:
            out += ["■ %s" % sec, ""]
        for row in g.rows:
            n += 1
            out.append("Q%d. %s" % (n, one_line(label_question(g, row))))
            out.append("A. %s" % answer(row))
            out.append("")
    return "\n".join(out) + "\n"


def label_then_value(header, rows, syn):
    out = []
    for lab, val in header_pairs(header):
        out += [lab, val, ""]
    for sec, g in sections(rows):
        if sec:
            out += ["■%s" % sec, ""]
        for row in g.rows:
            out.append(one_line(label_question(g, row)))
            ans = "\n".join(p for p in answer(row).split("\n") if p.strip())
            out += [ans, ""] if ans else [""]
    return "\n".join(out)


def column_order(header, rows, syn):
    out = ["%s: %s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    out += ["| 回答 | 質問 | 項目 | No. |", "|---|---|---|---|"]
    for _sec, g in sections(rows):
        for k, row in enumerate(g.rows):
            out.append("| %s | %s | %s | %s |" % (
                md_cell(answer(row)), md_cell(s(row.get("question"))),
                md_cell(s(g.label)) if k == 0 else "", g.number if k == 0 else ""))
    return "\n".join(out) + "\n"


def category_column(header, rows, syn):
    """A pipe table whose first column (区分) names each row group's
    section, as checklists and the certifier's newer pages have it, beside
    the 必須/選択 column: two headers a reader may take for the marker."""
    out = ["%s: %s" % p for p in header_pairs(header)]
    if out:
        out.append("")
    out += ["| 区分 | No. | 項目 | 内容 | 必須/選択 | 回答 |", "|---|---|---|---|---|---|"]
    last = None
    for g in groups(rows):
        for k, row in enumerate(g.rows):
            cat = s(g.section) if g.section and g.section != last else ""
            last = g.section or last
            out.append("| %s | %s | %s | %s | %s | %s |" % (
                md_cell(cat), g.number if k == 0 else "", md_cell(s(g.label)) if k == 0 else "",
                md_cell(s(row.get("question"))), md_cell(marker(row)), md_cell(answer(row))))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- HTML

def h(text):
    return "<br>".join(html.escape(p.strip(), quote=False) for p in text.split("\n"))


def html_table(header, rows, syn, markers=True, marker_last=False, marker_first=False):
    title = header.get("service_name") or "サービスの情報開示"
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>',
           '<meta charset="utf-8">', '<title>%s</title>' % h(s(title)), '</head>',
           '<body>', '<h1>%s</h1>' % h(s(title))]
    pairs = header_pairs(header)
    if pairs:
        out.append("<dl>")
        out += ["<dt>%s</dt><dd>%s</dd>" % (h(a), h(b)) for a, b in pairs]
        out.append("</dl>")
    if marker_first:  # 必須/選択 | No. | 項目 | 内容 | 回答
        out += ['<table border="1">',
                "<tr><th>必須/選択</th><th>No.</th><th>項目</th><th>内容</th><th>回答</th></tr>"]
    else:
        out += ['<table border="1">',
                "<tr><th>No.</th><th>項目</th><th>内容</th>%s<th>回答</th>%s</tr>" % (
                    "<th>必須/選択</th>" if markers and not marker_last else "",
                    "<th>必須/選択</th>" if markers and marker_last else "")]
    for sec, g in sections(rows):
        if sec:
            out.append('<tr><td colspan="%d">%s</td></tr>' % (5 if markers else 4, h(sec)))
        span = ' rowspan="%d"' % len(g.rows) if len(g.rows) > 1 else ""
        for k, row in enumerate(g.rows):
            lead = ""
            if k == 0:
                lead = "<td%s>%s</td><td%s>%s</td>" % (span, h(g.number), span, h(s(g.label)))
            mark = "<td>%s</td>" % h(marker(row)) if markers else ""
            if marker_first:
                out.append("<tr>%s%s<td>%s</td><td>%s</td></tr>" % (
                    mark, lead, h(s(row.get("question"))), h(answer(row))))
            elif marker_last:
                out.append("<tr>%s<td>%s</td><td>%s</td>%s</tr>" % (
                    lead, h(s(row.get("question"))), h(answer(row)), mark))
            else:
                out.append("<tr>%s<td>%s</td>%s<td>%s</td></tr>" % (
                    lead, h(s(row.get("question"))), mark, h(answer(row))))
    out += ["</table>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_layout_table(header, rows, syn):
    """The html_table page laid out by a table of its own, as older sites
    are: a navigation column beside the content, the content (heading,
    <dl>, the table) in the layout table's second cell."""
    page = html_table(header, rows, syn)
    body = page[page.index("<body>") + len("<body>"):page.index("</body>")]
    nav = ('<ul><li><a href="/">ホーム</a></li><li><a href="/list">認定サービス一覧</a></li>'
           '<li><a href="/contact">お問い合わせ</a></li></ul>')
    return (page[:page.index("<body>")] + '<body>\n<table width="100%%"><tr><td width="20%%">%s</td>'
            '<td>%s</td></tr></table>\n</body>\n</html>\n' % (nav, body))


def site_page(page):
    """The html_table page inside a site's containers: a header <div> with
    the site's name and navigation, the content in a main <div>."""
    body = page[page.index("<body>") + len("<body>"):page.index("</body>")]
    chrome = ('<div class="site-header"><a href="/">架空認定機構</a><ul>'
              '<li><a href="/">ホーム</a></li><li><a href="/list/">認定サービス一覧</a></li>'
              '</ul></div>\n<div class="breadcrumb"><a href="/">ホーム</a> &gt; 一覧</div>\n')
    return (page[:page.index("<body>")] + '<body>\n' + chrome + '<div role="main">' + body +
            '</div>\n</body>\n</html>\n')


# Converters of the html_table page: name -> command reading HTML on stdin.
CONVERTERS = {
    "w3m_dump": ["w3m", "-dump", "-T", "text/html", "-cols", "200",
                 "-I", "UTF-8", "-O", "UTF-8"],
    "pandoc_gfm": ["pandoc", "-f", "html", "-t", "gfm"],
    "pandoc_plain": ["pandoc", "-f", "html", "-t", "plain"],
    # pandoc's own Markdown: a table of long cells becomes a grid table
    # (+---+ rules, cells wrapped inside their column)
    "pandoc_grid": ["pandoc", "-f", "html", "-t", "markdown"],
    # reStructuredText at pandoc's default width: grid tables whose cells
    # wrap inside their columns, the header as a definition list
    "pandoc_rst": ["pandoc", "-f", "html", "-t", "rst"],
    # AsciiDoc: a table between |=== lines, each cell a "|text" (a
    # rowspan written ".2+|text"), the header as a labelled list
    "pandoc_asciidoc": ["pandoc", "-f", "html", "-t", "asciidoc"],
    # reStructuredText at 120 columns: wider cells, fewer of them wrapped
    "pandoc_rst_120": ["pandoc", "-f", "html", "-t", "rst", "--columns=120"],
    # the page inside a site's <div> containers (header, navigation, main):
    # pandoc writes them as fenced divs (::: site-header) in its Markdown
    # and as directives (.. container:: site-header) in reStructuredText
    "pandoc_grid_site": ["pandoc", "-f", "html", "-t", "markdown"],
    "pandoc_rst_site": ["pandoc", "-f", "html", "-t", "rst"],
    # wiki markups: Jira / Confluence (|| header rows, cells holding line
    # breaks, [text|url] links), MediaWiki ({| |- |}), DokuWiki (^ headers,
    # ::: under a rowspan) and Textile (h2. headings, |_. headers)
    "pandoc_jira": ["pandoc", "-f", "html", "-t", "jira"],
    "pandoc_mediawiki": ["pandoc", "-f", "html", "-t", "mediawiki"],
    "pandoc_dokuwiki": ["pandoc", "-f", "html", "-t", "dokuwiki"],
    "pandoc_textile": ["pandoc", "-f", "html", "-t", "textile"],
    "lynx_dump": ["lynx", "-dump", "-width=200", "-stdin", "-force_html",
                  "-assume_charset=utf-8", "-display_charset=utf-8", "-nolist"],
    "html2text": ["html2text", "-utf8", "-nobs", "-width", "200"],
    # Python's html2text (python3-html2text) at its default width: pipe
    # rows without outer pipes, a rowspan's later rows short of cells,
    # long rows wrapped at a space, each row ending in a hard break
    "html2markdown": ["html2markdown"],
    "elinks_dump": ["elinks", "-dump", "-dump-width", "160", "-dump-charset", "utf-8",
                    "-force-html", "-no-references", "-no-numbering"],
    # the same table without borders (a page styled by CSS): columns of
    # text separated by spaces, cells wrapped within them
    "elinks_borderless": ["elinks", "-dump", "-dump-width", "160", "-dump-charset", "utf-8",
                          "-force-html", "-no-references", "-no-numbering"],
    # the same page in a narrower window: cells wrap inside their columns
    # (w3m), rows wrap onto a second line (lynx)
    "w3m_dump_narrow": ["w3m", "-dump", "-T", "text/html", "-cols", "120",
                        "-I", "UTF-8", "-O", "UTF-8"],
    # w3m on the table without borders (a page styled by CSS): cells in
    # the middle of their row, a tall cell starting above the row's line
    "w3m_borderless": ["w3m", "-dump", "-T", "text/html", "-cols", "120",
                       "-I", "UTF-8", "-O", "UTF-8"],
    # w3m at its default width (80): most cells wrap, blanks between wide
    # characters dropped where a cell wraps
    "w3m_dump_80": ["w3m", "-dump", "-T", "text/html", "-cols", "80",
                    "-I", "UTF-8", "-O", "UTF-8"],
    # a page whose table has no 必須/選択 column, through lynx at its
    # default width: each row a line, its cells run together by spaces
    "lynx_nomarker": ["lynx", "-dump", "-stdin", "-force_html",
                      "-assume_charset=utf-8", "-display_charset=utf-8", "-nolist"],
    # the 必須/選択 column after the answer, lynx at 90 columns: each row
    # a line, the marker at its end
    "lynx_marker_after": ["lynx", "-dump", "-width=90", "-stdin", "-force_html",
                          "-assume_charset=utf-8", "-display_charset=utf-8", "-nolist"],
    "w3m_marker_after": ["w3m", "-dump", "-T", "text/html", "-cols", "140",
                         "-I", "UTF-8", "-O", "UTF-8"],
    "elinks_marker_after": ["elinks", "-dump", "-dump-width", "120", "-dump-charset", "utf-8",
                            "-force-html", "-no-references", "-no-numbering"],
    # the 必須/選択 column first, the item number second (the header's
    # roles, not the form's usual order, must place the cells), with
    # elinks' borders
    "elinks_marker_first": ["elinks", "-dump", "-dump-width", "130", "-dump-charset", "utf-8",
                            "-force-html", "-no-references", "-no-numbering"],
    # a page whose cells hold paragraphs (<td><p>…</p></td>, as editors
    # write them): lynx prints each cell as a paragraph of its own, one
    # cell a line between blank lines
    "lynx_cell_paragraphs": ["lynx", "-dump", "-nolist", "-width=90", "-stdin", "-force_html",
                             "-assume_charset=utf-8", "-display_charset=utf-8"],
    # the same with the 必須/選択 column after the answer: the marker, a
    # paragraph of its own, closes each row
    "lynx_cell_paragraphs_marker_after": ["lynx", "-dump", "-nolist", "-width=90", "-stdin",
                                          "-force_html", "-assume_charset=utf-8",
                                          "-display_charset=utf-8"],
    "lynx_dump_narrow": ["lynx", "-dump", "-width=80", "-stdin", "-force_html",
                         "-assume_charset=utf-8", "-display_charset=utf-8", "-nolist"],
    # a page writing each item as one cell (label, question and answer
    # under each other: item_cell_page) through w3m and elinks
    "w3m_item_cell": ["w3m", "-dump", "-T", "text/html", "-cols", "160",
                      "-I", "UTF-8", "-O", "UTF-8"],
    "elinks_item_cell": ["elinks", "-dump", "-dump-width", "150", "-dump-charset", "utf-8",
                         "-force-html", "-no-references", "-no-numbering"],
}


# The page printed by a browser to PDF (A4, its header and footer lines on
# each page), then read back by pdftotext: name -> pdftotext's options.
# Chromium is large and not installed by scripts/dev.sh: where it is absent
# these layouts are skipped, saying so.
PRINTS = {
    "print_pdftotext_layout": ["-layout"],
    "print_pdftotext": [],
    "print_pdftotext_raw": ["-raw"],
}


def print_page(name, page):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser or not shutil.which("pdftotext"):
        raise Unavailable("chromium or pdftotext not installed")
    with tempfile.TemporaryDirectory() as tmp:
        html, pdf = os.path.join(tmp, "page.html"), os.path.join(tmp, "page.pdf")
        with open(html, "wb") as fh:
            fh.write(page)
        env = dict(os.environ, HOME=tmp)
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--print-to-pdf=" + pdf, "file://" + html],
                       capture_output=True, env=env, timeout=120, check=True)
        p = subprocess.run(["pdftotext"] + PRINTS[name] + ["-enc", "UTF-8", pdf, "-"],
                           capture_output=True, timeout=60, check=True)
        return p.stdout


def convert(name, page):
    if name in PRINTS:
        return print_page(name, page)
    cmd = CONVERTERS[name]
    if not shutil.which(cmd[0]):
        raise Unavailable("%s not installed" % cmd[0])
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=os.environ.get("TMPDIR", "/tmp"))
    p = subprocess.run(cmd, input=page, capture_output=True, env=env, timeout=60)
    if p.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (cmd[0], p.returncode,
                                                 p.stderr.decode("utf-8", "replace")[:200]))
    return p.stdout


# ---------------------------------------------------------------- certifier page

def browser_copy(header, rows, syn):
    """The certifier's page copied from a browser (LAYOUTS.md §1): header
    list as label/value lines; item number glued to the label, the question
    on the next line, the marker glued to the answer on the line after; a
    continuation row is a question line then its answer line; an empty
    answer is simply missing."""
    out = []
    for lab, val in header_pairs(header):
        out += [lab, val, ""]
    out += ["【審査対象項目】【記述内容】必須/", "選択", "情報開示内容"]
    for sec, g in sections(rows):
        if sec:
            out.append(sec)
        for k, row in enumerate(g.rows):
            if k == 0:
                out.append("%s%s" % (g.number, s(g.label)))
            else:
                out.append("")
            if s(row.get("question")):
                out.append(s(row.get("question")))
            ans = marker(row) + answer(row)
            if ans:
                out.append(ans)
    return "\n".join(out) + "\n"


def browser_copy_oneline(header, rows, syn):
    """The newer certifier pages copied from a browser: a whole item row on
    one line (number, label, question, marker, answer), a continuation row
    as question and answer on one line."""
    out = []
    for lab, val in header_pairs(header):
        out += [lab, val, ""]
    out += ["【審査対象項目】【記述内容】必須/", "選択", "情報開示内容"]
    for sec, g in sections(rows):
        if sec:
            out.append(sec)
        for k, row in enumerate(g.rows):
            lead = "%s%s" % (g.number, s(g.label)) if k == 0 else ""
            out.append(lead + s(row.get("question")) + marker(row) + answer(row))
    return "\n".join(out) + "\n"


def innertext(header, rows, glued):
    """The certifier's page as a browser's innerText: cells of a row joined
    by tabs, rows by newlines; the header list as label<TAB>value; a row
    covered by a rowspan has no cells for the spanned columns, so it starts
    with its question; the marker has a cell of its own or, glued, shares
    the answer's ("必須2024/2/15")."""
    out = ["%s\t%s" % p for p in header_pairs(header)]
    out += ["", "審査対象項目\t記述内容\t必須/選択\t情報開示内容"]
    for sec, g in sections(rows):
        if sec:
            out.append(sec)
        for k, row in enumerate(g.rows):
            cells = [g.number, s(g.label)] if k == 0 else []
            m = marker(row).strip()
            cells += [s(row.get("question"))] + ([m + answer(row)] if glued else [m, answer(row)])
            out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def browser_copy_tabs(header, rows, syn):
    return innertext(header, rows, glued=False)


def browser_copy_tabs_glued(header, rows, syn):
    return innertext(header, rows, glued=True)


def browser_copy_cells(header, rows, syn):
    """The certifier's page copied from a browser that puts every cell on a
    line of its own: item number, label, question, marker, answer; an empty
    cell is an empty line; the header list as label and value lines."""
    out = []
    for lab, val in header_pairs(header):
        out += [lab, val]
    out += ["", "審査対象項目", "記述内容", "必須/選択", "情報開示内容"]
    for sec, g in sections(rows):
        if sec:
            out.append(sec)
        for k, row in enumerate(g.rows):
            if k == 0:
                out += [g.number, s(g.label)]
            out += [s(row.get("question")), marker(row).strip(), answer(row)]
    return "\n".join(out) + "\n"


def browser_copy_spaced(header, rows, syn):
    """The older certifier pages copied from a browser: the item number and
    label on one line, the question on the next, then the marker and the
    answer separated by a space ("必須 2024/2/15")."""
    out = []
    for lab, val in header_pairs(header):
        out += ["%s: %s" % (lab, val)]
    out += ["", "【審査対象項目】 【記述内容】 必須/選択 情報開示内容"]
    for sec, g in sections(rows):
        if sec:
            out.append("■" + sec)
        for k, row in enumerate(g.rows):
            if k == 0:
                out.append("%s %s" % (g.number, s(g.label)))
            if s(row.get("question")):
                out.append(s(row.get("question")))
            m = marker(row).strip()
            out.append((m + " " if m else "") + answer(row))
    return "\n".join(out) + "\n"


def certifier_markdown(header, rows, syn):
    """The certifier's page through a common HTML→Markdown converter
    (LAYOUTS.md §1): the header list as label/value lines and bullets; no
    outer pipes; rows covered by a rowspan lose their leading cells, so a
    continuation row starts with the question; empty cells pile up at the
    end; section rows are one cell."""
    width = 7

    def row_line(cells):
        cells = [md_cell(one_line(c)) for c in cells if c]
        return " | ".join(cells) + " | " + "|" * max(width - len(cells), 1)
    out = []
    for i, (lab, val) in enumerate(header_pairs(header)):
        out += [lab, val] if i == 0 else ["- " + lab, "- " + val]
    out.append("【審査対象項目】 | 【記述内容】 | 必須/ 選択 | 情報開示内容 | |||")
    out.append("|".join(["---"] * width) + "|")
    for sec, g in sections(rows):
        if sec:
            out.append(row_line([sec]))
        for k, row in enumerate(g.rows):
            lead = [g.number, s(g.label)] if k == 0 else []
            out.append(row_line(lead + [s(row.get("question")), marker(row), answer(row)]))
    return "\n".join(out) + "\n"


def writer_text(header, rows, syn):
    """A word processor's document saved as plain text (Writer's and Word's
    "text" export): every table cell a paragraph of its own, an empty cell
    an empty line, a cell of several paragraphs several lines; the header
    row one column word a line; items numbered 2-1, 2-2 (each row its own
    number); a section's merged row one line."""
    out = ["%s:%s" % p for p in header_pairs(header)]
    out += ["", "No.", "項目", "質問", "必須/選択", "回答"]
    n = 0
    for sec, g in sections(rows):
        if sec:
            out.append(one_line(sec))
        for k, row in enumerate(g.rows):
            n += 1
            num = g.number or str(n)
            num = num if len(g.rows) == 1 else "%s-%d" % (num, k + 1)
            out += [num, one_line(s(g.label)), one_line(s(row.get("question"))),
                    marker(row).strip()]
            out += [p.strip() for p in answer(row).split("\n")] or [""]
    return "\n".join(out) + "\n"


def item_cell_page(header, rows):
    """A certifier's page writing each item as one cell (項番 | 項目・回答 |
    必須/選択): the label, the question and the answer one under the other
    (<br>), a sub-question a row of its own under the item's number."""
    title = header.get("service_name") or "サービスの情報開示"
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % h(s(title)), '</head>', '<body>', '<h1>%s</h1>' % h(s(title))]
    pairs = header_pairs(header)
    if pairs:
        out.append("<dl>")
        out += ["<dt>%s</dt><dd>%s</dd>" % (h(a), h(b)) for a, b in pairs]
        out.append("</dl>")
    out += ['<table border="1">', "<tr><th>項番</th><th>項目・回答</th><th>必須/選択</th></tr>"]
    for sec, g in sections(rows):
        if sec:
            out.append('<tr><td colspan="3">%s</td></tr>' % h(sec))
        span = ' rowspan="%d"' % len(g.rows) if len(g.rows) > 1 else ""
        for k, row in enumerate(g.rows):
            lines = ([s(g.label)] if k == 0 and s(g.label) else []) + [s(row.get("question"))]
            cell = "<br>".join(h(x) for x in lines if x) + "<br>" + h(answer(row))
            lead = "<td%s>%s</td>" % (span, h(g.number)) if k == 0 else ""
            mark = "<td%s>%s</td>" % (span, h(marker(row))) if k == 0 else ""
            out.append("<tr>%s<td>%s</td>%s</tr>" % (lead, cell, mark))
    out += ["</table>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- registry

TEXT_LAYOUTS = [
    ("tsv_noitem", tsv_noitem),
    ("no_dot", no_dot),
    ("dash_numbers", dash_numbers),
    ("csv", csv_layout),
    ("csv_semicolon", csv_semicolon),
    ("csv_cp932", csv_layout),
    ("two_columns", two_columns),
    ("numbered_colon", numbered_colon),
    ("qa_lines", qa_lines),
    ("label_then_value", label_then_value),
    ("marker_after", marker_after),
    ("remarks_after", remarks_after),
    ("column_order", column_order),
    ("category_column", category_column),
    ("synonyms", synonyms),
    ("html_table", html_table),
    ("html_layout_table", html_layout_table),
    ("w3m_dump", None),
    ("pandoc_gfm", None),
    ("pandoc_plain", None),
    ("pandoc_grid", None),
    ("pandoc_rst", None),
    ("pandoc_asciidoc", None),
    ("pandoc_rst_120", None),
    ("pandoc_grid_site", None),
    ("pandoc_rst_site", None),
    ("print_pdftotext_layout", None),
    ("print_pdftotext", None),
    ("print_pdftotext_raw", None),
    ("lynx_dump", None),
    ("pandoc_jira", None),
    ("pandoc_mediawiki", None),
    ("pandoc_dokuwiki", None),
    ("pandoc_textile", None),
    ("html2text", None),
    ("html2markdown", None),
    ("elinks_dump", None),
    ("elinks_borderless", None),
    ("w3m_dump_narrow", None),
    ("w3m_dump_80", None),
    ("w3m_borderless", None),
    ("lynx_dump_narrow", None),
    ("lynx_nomarker", None),
    ("lynx_marker_after", None),
    ("w3m_marker_after", None),
    ("elinks_marker_after", None),
    ("elinks_marker_first", None),
    ("lynx_cell_paragraphs", None),
    ("lynx_cell_paragraphs_marker_after", None),
    ("browser_copy", browser_copy),
    ("browser_copy_oneline", browser_copy_oneline),
    ("browser_copy_tabs", browser_copy_tabs),
    ("browser_copy_tabs_glued", browser_copy_tabs_glued),
    ("browser_copy_cells", browser_copy_cells),
    ("browser_copy_spaced", browser_copy_spaced),
    ("certifier_markdown", certifier_markdown),
    ("tsv_utf16", tsv_utf16),
    ("excel_prn", excel_prn),
    ("writer_text", writer_text),
    ("w3m_item_cell", None),
    ("elinks_item_cell", None),
]
LAYOUTS = [name for name, _ in TEXT_LAYOUTS]
_FUNCS = dict(TEXT_LAYOUTS)


def render(name, header, rows, syn=None):
    """The sheet in layout NAME as bytes, and a note (or None) on what the
    encoding had to change. Raises Unavailable for a missing converter."""
    if name not in _FUNCS:
        raise KeyError("unknown layout %r (see --list)" % name)
    if name.endswith("_item_cell"):
        return convert(name, item_cell_page(header, rows).encode("utf-8")), None
    if name in CONVERTERS or name in PRINTS:
        page = html_table(header, rows, syn, markers=not name.endswith("_nomarker"),
                          marker_last=name.endswith("_marker_after"),
                          marker_first=name.endswith("_marker_first"))
        if name.endswith("_site"):
            page = site_page(page)
        if name.endswith("_borderless"):
            page = page.replace('<table border="1">', "<table>")
        if "_cell_paragraphs" in name:
            page = re.sub(r"<td([^>]*)>(.*?)</td>", lambda m: "<td%s><p>%s</p></td>" % (
                m.group(1), m.group(2).replace("<br>", "</p><p>")), page)
        if name in PRINTS:  # a page styled to the paper's width, as sites are
            page = page.replace('<table border="1">',
                                '<table border="1" style="width:100%;border-collapse:collapse">')
        return convert(name, page.encode("utf-8")), None
    if syn is None:
        syn = load_synonyms() if name == "synonyms" else []
    text = _FUNCS[name](header, rows, syn)
    if name == "csv_cp932":
        data, mapped, replaced = encode_cp932(text)
        note = None
        if mapped or replaced:
            note = "cp932: %d characters mapped to their CP932 twins, %d replaced by '?'" % (
                mapped, replaced)
        return data, note
    if name == "tsv_utf16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le"), None
    return text.encode("utf-8"), None


def main(argv):
    args = argv[1:]
    if args[:1] == ["--list"]:
        print("\n".join(LAYOUTS))
        return 0
    syn_path, outdir = None, None
    while args and args[0].startswith("-") and args[0] != "-":
        opt = args.pop(0)
        if opt == "--synonyms" and args:
            syn_path = args.pop(0)
        elif opt == "-o" and args:
            outdir = args.pop(0)
        else:
            print(__doc__.split("Usage:")[1].split("As a module")[0], file=sys.stderr)
            return 64
    if not args or len(args) > 2:
        print("usage: relayout.py [--synonyms FILE] [-o DIR] LAYOUT [ROWS.jsonl]", file=sys.stderr)
        return 64
    name = args[0]
    if name not in _FUNCS:
        print("relayout.py: unknown layout %r (see --list)" % name, file=sys.stderr)
        return 64
    src = open(args[1], encoding="utf-8") if len(args) > 1 and args[1] != "-" else sys.stdin
    try:
        sheets = read_sheets(src)
    except ValueError as e:
        print("relayout.py: the input is not jnorm parse output: %s" % e, file=sys.stderr)
        return 65
    if not sheets:
        print("relayout.py: no sheet in the input", file=sys.stderr)
        return 65
    if outdir is None and len(sheets) != 1:
        print("relayout.py: %d sheets in the input: use -o DIR" % len(sheets), file=sys.stderr)
        return 64
    syn = load_synonyms(syn_path)
    try:
        for header, rows in sheets:
            data, note = render(name, header, rows, syn)
            if note:
                print("relayout.py: %s: %s" % (header.get("sheet"), note), file=sys.stderr)
            if outdir is None:
                sys.stdout.buffer.write(data)
            else:
                with open(os.path.join(outdir, os.path.basename(header["sheet"])), "wb") as f:
                    f.write(data)
    except Unavailable as e:
        print("relayout.py: %s: %s" % (name, e), file=sys.stderr)
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
