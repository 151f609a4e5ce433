#!/usr/bin/env python3
"""test_examples.py JNORM FIELDS_TSV — every worked example of the contract's
field catalogue (the `examples` column of ../shared/spec/fields.tsv:
"raw answer => value" or "=> status X") becomes a one-row sheet whose
question is the field's first label; `jnorm extract` must give that status
and value, as `jnorm eval` judges it. Exits 77 (skipped) when the catalogue
is not there. Prints "N passed, N failed"."""
import json
import os
import subprocess
import sys
import tempfile


def main():
    jnorm, fields_tsv = sys.argv[1], sys.argv[2]
    if not os.path.exists(fields_tsv):
        print("%s absent: the catalogue's examples are not checked" % fields_tsv)
        sys.exit(77)
    tmp = tempfile.mkdtemp()
    gold, sheets = [], []
    for line in open(fields_tsv, encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 6:
            continue
        fid, labels, examples = p[0], p[4], p[5]
        label = labels.split(" | ")[0]
        for ex in examples.split(" ;; "):
            if "=>" not in ex or ex.strip().startswith("ids:"):
                continue
            raw, val = (x.strip() for x in ex.rsplit("=>", 1))
            if val.startswith("status "):
                want = {"status": val.split()[1]}
            else:
                try:
                    want = {"status": "value", "value": json.loads(val)}
                except ValueError:
                    continue
            name = "x%03d_%s.txt" % (len(sheets) + 1, fid)
            rows = "2\tx\ty\tz\tw\n3\tx\ty\tz\tw\n"
            if fid == "cert_number":  # from the page header, not a row
                body = raw + "\n1\t開示情報の時点\t開示情報の日付\t開示情報の年月日(西暦)\t必須 2023/11/1\n" + rows
            else:
                body = "1\t%s\t%s\t%s\t%s\n" % (label, label, label, raw.replace("\t", " ")) + rows
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(body)
            sheets.append(os.path.join(tmp, name))
            gold.append({"sheet": name, "fields": {fid: want}})
    gold_path, pred_path = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
    with open(gold_path, "w", encoding="utf-8") as f:
        f.write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))
    with open(pred_path, "w", encoding="utf-8") as f:
        subprocess.run([jnorm, "extract"] + sheets, stdout=f, check=True)
    out = subprocess.run([jnorm, "eval", "--json", "--gold", gold_path, pred_path],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    for m in result["misses"]:
        print("FAIL: %s %s: gold %s, got %s" % (m["sheet"], m["field"],
              json.dumps(m["gold"], ensure_ascii=False), json.dumps(m["pred"], ensure_ascii=False)),
              file=sys.stderr)
    n, bad = result["overall"]["gold"], len(result["misses"])
    print("%d passed, %d failed" % (n - bad, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
