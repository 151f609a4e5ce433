#!/usr/bin/env python3
"""compare.py JNORM REFERENCE FIELDS CASES_DIR — runs `jnorm eval --json` and
the independent reference on every gold_N/pred_N pair in CASES_DIR and checks
that every number of the reference's output (overall, each field, each
sheet) is within 1e-6 of jnorm's. Prints "N passed, N failed"."""
import json
import os
import subprocess
import sys


def walk(ref, got, path, errors):
    if isinstance(ref, dict):
        if not isinstance(got, dict):
            errors.append("%s: not an object in jnorm's output" % path)
            return
        for k, v in ref.items():
            if k not in got:
                errors.append("%s.%s: missing in jnorm's output" % (path, k))
            else:
                walk(v, got[k], path + "." + k, errors)
    elif isinstance(ref, list):
        if not isinstance(got, list) or len(got) != len(ref):
            errors.append("%s: list length differs" % path)
            return
        for i, (a, b) in enumerate(zip(ref, got)):
            walk(a, b, "%s[%d]" % (path, i), errors)
    elif isinstance(ref, (int, float)) and not isinstance(ref, bool):
        if not isinstance(got, (int, float)) or abs(ref - got) > 1e-6:
            errors.append("%s: reference %r, jnorm %r" % (path, ref, got))
    elif ref != got:
        errors.append("%s: reference %r, jnorm %r" % (path, ref, got))


def main():
    jnorm, reference, fields, cases = sys.argv[1:5]
    passed = failed = 0
    names = sorted(n for n in os.listdir(cases) if n.startswith("gold_"))
    for name in names:
        gold = os.path.join(cases, name)
        pred = os.path.join(cases, name.replace("gold_", "pred_"))
        if not os.path.exists(pred):
            continue
        ref = subprocess.run([sys.executable, reference, "--fields", fields, "--gold", gold, pred],
                             capture_output=True, text=True)
        got = subprocess.run([jnorm, "eval", "--json", "--gold", gold, pred],
                             capture_output=True, text=True)
        errors = []
        if ref.returncode != got.returncode:
            errors.append("exit status: reference %d, jnorm %d" % (ref.returncode, got.returncode))
        elif ref.returncode == 0:
            walk(json.loads(ref.stdout), json.loads(got.stdout), "$", errors)
        if errors:
            failed += 1
            print("FAIL: %s" % name, file=sys.stderr)
            for e in errors[:10]:
                print("  " + e, file=sys.stderr)
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == "__main__":
    main()
