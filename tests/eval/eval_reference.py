#!/usr/bin/env python3
"""Independent reference scorer for `jnorm eval` (spec README.md section 6).

Written from the spec (README.md sections 4-6 and fields.tsv) alone, without
reading the C implementation, so that `jnorm eval --json` can be checked
against it. Python 3 standard library only.

Usage: eval_reference.py --fields FIELDS_TSV --gold GOLD.jsonl PRED.jsonl

Prints one JSON object:
  {"overall": {...}, "fields": {"<id>": {...}, ...}, "sheets": [...]}
Exit status: 0 ok, 64 usage, 65 malformed gold/prediction line, 66 unreadable file.

Choices where the spec is silent (also listed in README.md next to this file):
- A line that is valid JSON but not an object, or an object without "sheet"
  or "fields", or whose "fields" is not an object, is an error (exit 65).
  NaN/Infinity and invalid UTF-8 are invalid JSON. Blank lines (only JSON
  whitespace) are skipped.
- A field entry that is not an object, or has no string "status", is never
  correct (and is not a tp/fp).
- If a sheet appears more than once in the predictions, the last one wins.
  Every gold line is scored (a sheet repeated in gold is scored twice).
- "fields" in the output lists every field id that occurs in the gold file.
- A value is a range when it is an object with a "min" or "max" key; a range
  equals only a range.
- Units not in the table (e.g. "%", "JPY", "person", "shindo") are their own
  dimension with factor 1; a value object without "unit" has factor 1.
- Numbers never equal booleans; 1 and 1.0 are equal.
- "All whitespace" is the Unicode White_Space property.
- Fields not in fields.tsv, by JSON shape: object -> key by key as for
  quantity; array -> set of elements; number -> relative tolerance;
  anything else -> exact JSON equality.
"""

import json
import sys
import unicodedata

PROG = "eval_reference"

# --- units -------------------------------------------------------------------

_TIME_S = {"s": 1, "min": 60, "h": 3600, "d": 86400, "wk": 604800}
_MONTHS = {"mo": 1, "y": 12}
_SI_BASE = ("V", "A", "VA", "W", "bps")
_SI_PREFIX = {"k": 1000, "K": 1000, "M": 1000000, "G": 1000000000}


def unit_info(u):
    """Return (dimension, factor) for a unit value (any JSON)."""
    if not isinstance(u, str):
        return (("other", json.dumps(u, sort_keys=True)), 1)
    if u in _TIME_S:
        return ("time", _TIME_S[u])
    if u in _MONTHS:
        return ("months", _MONTHS[u])
    if u in _SI_BASE:
        return (("si", u), 1)
    if len(u) >= 2 and u[0] in _SI_PREFIX and u[1:] in _SI_BASE:
        return (("si", u[1:]), _SI_PREFIX[u[0]])
    return (("unit", u), 1)


# --- primitive comparisons ---------------------------------------------------

def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def num_close(a, b):
    """Relative tolerance 1e-9; exact equality when one side is 0."""
    if a == b:
        return True
    try:
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    except OverflowError:
        return False


def json_equal(a, b):
    """Exact equality of two JSON values (object key order irrelevant)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if is_number(a) or is_number(b):
        return is_number(a) and is_number(b) and a == b
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    if isinstance(a, list) or isinstance(b, list):
        return (isinstance(a, list) and isinstance(b, list) and len(a) == len(b)
                and all(json_equal(x, y) for x, y in zip(a, b)))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return False


def nfkc_deep(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFKC", x)
    if isinstance(x, list):
        return [nfkc_deep(v) for v in x]
    if isinstance(x, dict):
        return {k: nfkc_deep(v) for k, v in x.items()}
    return x


# Unicode White_Space property.
_WHITE_SPACE = set("\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680"
                   "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                   "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def squeeze(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch not in _WHITE_SPACE)


def canon(x):
    """Hashable canonical form of a JSON value, consistent with json_equal."""
    if isinstance(x, bool):
        return ("b", x)
    if is_number(x):
        # 1 and 1.0 must collide; Python hashes equal numbers equally.
        return ("n", x)
    if x is None:
        return ("z",)
    if isinstance(x, str):
        return ("s", x)
    if isinstance(x, list):
        return ("l", tuple(canon(v) for v in x))
    if isinstance(x, dict):
        return ("o", tuple(sorted((k, canon(v)) for k, v in x.items())))
    return ("?", repr(x))


def phone_digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if "0" <= ch <= "9")


# --- value comparisons by type -----------------------------------------------

def is_range(v):
    return isinstance(v, dict) and ("min" in v or "max" in v)


def object_equal(g, p):
    """Key-by-key comparison of value objects (quantity, money, percent, ...)."""
    if is_range(g) != is_range(p):
        return False
    gdim, gfac = unit_info(g["unit"]) if "unit" in g else (None, 1)
    pdim, pfac = unit_info(p["unit"]) if "unit" in p else (None, 1)
    for key, gv in g.items():
        if key not in p:
            return False
        pv = p[key]
        if key in ("value", "min", "max"):
            if is_number(gv) and is_number(pv):
                if not num_close(gv * gfac, pv * pfac):
                    return False
            elif isinstance(gv, str) and isinstance(pv, str):
                if gv != pv:
                    return False
            elif not json_equal(gv, pv):
                return False
        elif key == "unit":
            if gdim != pdim:
                return False
        else:
            if not json_equal(gv, pv):
                return False
    return True


def set_equal(g, p, key):
    return {key(x) for x in g} == {key(x) for x in p}


def phone_key(x):
    return ("s", phone_digits(x)) if isinstance(x, str) else canon(x)


SET_TYPES = ("list", "phone", "email", "url", "dates")
OBJECT_TYPES = ("quantity", "money", "percent", "period")
SQUEEZE_TYPES = ("text", "hours")
EXACT_TYPES = ("date", "code", "choice", "bool")


def values_equal(ftype, g, p):
    if ftype in OBJECT_TYPES:
        if isinstance(g, dict) and isinstance(p, dict):
            return object_equal(g, p)
        return json_equal(g, p)
    if ftype in SET_TYPES:
        if isinstance(g, list) and isinstance(p, list):
            return set_equal(g, p, phone_key if ftype == "phone" else canon)
        return json_equal(g, p)
    if ftype in SQUEEZE_TYPES:
        if isinstance(g, str) and isinstance(p, str):
            return squeeze(g) == squeeze(p)
        return json_equal(g, p)
    if ftype in EXACT_TYPES:
        return json_equal(nfkc_deep(g), nfkc_deep(p))
    # Unknown field or type: by JSON shape.
    if isinstance(g, dict) and isinstance(p, dict):
        return object_equal(g, p)
    if isinstance(g, list) and isinstance(p, list):
        return set_equal(g, p, canon)
    if is_number(g) and is_number(p):
        return num_close(g, p)
    return json_equal(g, p)


def field_correct(ftype, gfield, pfield):
    if not isinstance(gfield, dict) or not isinstance(pfield, dict):
        return False
    gs, ps = gfield.get("status"), pfield.get("status")
    if not isinstance(gs, str) or gs != ps:
        return False
    if gs != "value":
        return True
    if "value" not in gfield or "value" not in pfield:
        return "value" not in gfield and "value" not in pfield
    return values_equal(ftype, gfield["value"], pfield["value"])


def status_of(field):
    if isinstance(field, dict):
        s = field.get("status")
        if isinstance(s, str):
            return s
    return None


# --- input -------------------------------------------------------------------

class InputError(Exception):
    pass


def die(msg, code):
    sys.stderr.write("%s: %s\n" % (PROG, msg))
    sys.exit(code)


def _reject_constant(name):
    raise ValueError("invalid JSON constant %s" % name)


def read_jsonl(path):
    """Return a list of (line_number, sheet_key, sheet_name, fields_dict)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        die("%s: %s" % (path, e.strerror or e), 66)
    out = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for i, raw in enumerate(lines, 1):
        where = "%s:%d" % (path, i)
        if raw.strip(b" \t\r\n") == b"":
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            die("%s: invalid UTF-8" % where, 65)
        try:
            obj = json.loads(text, parse_constant=_reject_constant)
        except ValueError as e:
            die("%s: invalid JSON: %s" % (where, e), 65)
        if not isinstance(obj, dict):
            die("%s: not a JSON object" % where, 65)
        if "sheet" not in obj:
            die('%s: object has no "sheet"' % where, 65)
        if "fields" not in obj:
            die('%s: object has no "fields"' % where, 65)
        if not isinstance(obj["fields"], dict):
            die('%s: "fields" is not an object' % where, 65)
        name = obj["sheet"]
        out.append((i, canon(name), name, obj["fields"]))
    return out


def read_fields_tsv(path):
    types = {}
    order = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        die("%s: %s" % (path, e), 66)
    for line in lines:
        line = line.rstrip("\r")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "id":
            continue
        if len(cols) >= 2 and cols[0] not in types:
            types[cols[0]] = cols[1]
            order.append(cols[0])
    return types, order


# --- scoring -----------------------------------------------------------------

def new_counts():
    return {"gold": 0, "correct": 0, "tp": 0, "fp": 0, "fn": 0}


def finish(c):
    g, tp, fp, fn = c["gold"], c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": g, "correct": c["correct"],
            "accuracy": c["correct"] / g if g else 0.0,
            "tp": tp, "fp": fp, "fn": fn,
            "precision": p, "recall": r, "f1": f1}


def score(types, order, gold, pred):
    pred_by_sheet = {}
    for _, key, _, fields in pred:
        pred_by_sheet[key] = fields  # last occurrence wins
    overall = new_counts()
    per_field = {}
    sheets = []
    for _, key, name, gfields in gold:
        pfields = pred_by_sheet.get(key, {})
        sc = {"gold": 0, "correct": 0}
        for fid, gf in gfields.items():
            pf = pfields.get(fid)
            ok = pf is not None and field_correct(types.get(fid), gf, pf)
            gs = status_of(gf)
            ps = status_of(pf) if pf is not None else None
            fc = per_field.setdefault(fid, new_counts())
            for c in (overall, fc, sc):
                c["gold"] += 1
                c["correct"] += ok
            for c in (overall, fc):
                if gs == "value" and ok:
                    c["tp"] += 1
                if ps == "value" and not ok:
                    c["fp"] += 1
                if gs == "value" and not ok:
                    c["fn"] += 1
        sheets.append({"sheet": name, "gold": sc["gold"], "correct": sc["correct"],
                       "accuracy": sc["correct"] / sc["gold"] if sc["gold"] else 0.0})
    known = [f for f in order if f in per_field]
    rest = [f for f in per_field if f not in types]
    fields_out = {f: finish(per_field[f]) for f in known + rest}
    return {"overall": finish(overall), "fields": fields_out, "sheets": sheets}


def main(argv):
    usage = "usage: eval_reference.py --fields FIELDS_TSV --gold GOLD.jsonl PRED.jsonl"
    fields_path = gold_path = pred_path = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("--fields", "--gold"):
            if not args:
                die(usage, 64)
            v = args.pop(0)
            if a == "--fields":
                fields_path = v
            else:
                gold_path = v
        elif a.startswith("--fields="):
            fields_path = a[len("--fields="):]
        elif a.startswith("--gold="):
            gold_path = a[len("--gold="):]
        elif a in ("-h", "--help"):
            print(usage)
            return 0
        elif pred_path is None and not a.startswith("-"):
            pred_path = a
        else:
            die(usage, 64)
    if not (fields_path and gold_path and pred_path):
        die(usage, 64)
    types, order = read_fields_tsv(fields_path)
    gold = read_jsonl(gold_path)
    pred = read_jsonl(pred_path)
    result = score(types, order, gold, pred)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
