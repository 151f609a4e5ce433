#!/usr/bin/env python3
"""test_wordings.py JNORM WORDINGS.tsv — the label vocabulary at work.

Each vector of tests/extract/wordings.tsv (a wording a document might use
instead of the catalogue's own label, a fictional answer, the field, the
expected value) becomes a one-item document, written four ways: a table with
a 項目 | 回答 header, a "wording: answer" line, the wording on one line and
the answer on the next, and a Markdown table of two columns without header.
Every document goes through `jnorm extract`, and `jnorm eval` scores it
against the expected value (spec §6). Each way must reach the floor; the
misses are printed. Exit 0 on success, 1 on a miss below the floor.
"""
import json
import os
import subprocess
import sys
import tempfile

FLOOR = 0.97

LAYOUTS = {
    "table": lambda w, a: "項目\t回答\n%s\t%s\n" % (w, a),
    "colon": lambda w, a: "%s: %s\n" % (w, a),
    "label_line": lambda w, a: "%s\n%s\n" % (w, a),
    "two_columns": lambda w, a: "| %s | %s |\n| %s | %s |\n" % (w, a, "備考", "特になし"),
}


def expected(text):
    if text.startswith("status "):
        return {"status": text.split()[1]}
    return {"status": "value", "value": json.loads(text)}


def main():
    jnorm, path = sys.argv[1], sys.argv[2]
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for layout, render in LAYOUTS.items():
            files, gold = [], []
            for i, (wording, answer, field, want) in enumerate(rows):
                name = "w%03d_%s.txt" % (i + 1, layout)
                p = os.path.join(tmp, name)
                with open(p, "w", encoding="utf-8") as out:
                    out.write(render(wording, answer))
                files.append(p)
                gold.append({"sheet": name, "fields": {field: expected(want)}})
            gp, pp = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
            with open(gp, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
            ex = subprocess.run([jnorm, "extract"] + files, capture_output=True)
            with open(pp, "wb") as out:
                out.write(ex.stdout)
            ev = subprocess.run([jnorm, "eval", "--json", "--gold", gp, pp],
                                capture_output=True, text=True)
            r = json.loads(ev.stdout)
            correct, total = r["overall"]["correct"], r["overall"]["gold"]
            acc = correct / total if total else 0.0
            print("wordings %-12s %d/%d = %.4f (floor %.2f)" % (layout, correct, total, acc, FLOOR))
            for m in r["misses"]:
                i = int(m["sheet"][1:4]) - 1
                print("  miss %-26s %s | %s: gold %s pred %s" % (
                    m["field"], rows[i][0], rows[i][1][:30],
                    json.dumps(m["gold"], ensure_ascii=False),
                    json.dumps(m["pred"], ensure_ascii=False)))
            failed |= acc < FLOOR
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
