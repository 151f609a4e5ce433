#!/usr/bin/env python3
"""run_suite.py JNORM SRC_ROOT — the metamorphic layout suite.

Sheets whose gold is known are read with `jnorm parse`, written again in
many other common layouts (relayout.py) in a temporary directory under the
SAME file names, extracted with `jnorm extract -j 2` and scored with
`jnorm eval --json` against the UNCHANGED gold. A layout changes how the
facts are laid out, never the facts, so every field the original sheet gives
should survive it.

Sets:
  real         ../shared/corpus/real/*.txt, gold ../shared/spec/gold/real.jsonl
               (relative to SRC_ROOT; skipped, saying so, when absent)
  handwritten  corpus/sheets/*.txt, gold corpus/gold/handwritten.jsonl
  generated    the first 15 of corpus/generated/*.txt, gold
               corpus/gold/generated.jsonl filtered to them
Baseline: layout "original", the unchanged sheets. The printed layouts
(print_pdftotext*: the page printed by chromium, read by pdftotext) run only
with METAMORPHIC_PRINTS=1: a browser per sheet takes minutes.

Prints one table (set, layout, sheets, gold fields, correct, accuracy, floor)
and fails when a layout's accuracy on any set is below its floor in
floors.tsv (`layout<TAB>floor`, `*` for the others). The real sheets are
rewritten only inside the temporary directory, which is removed in a
finally block; afterwards the suite checks that the directory is gone and
that no file under SRC_ROOT (.git skipped) holds any of 50 distinctive
real answer strings. It never prints sheet text.

Exit: 0 all floors met, 1 a floor missed or a check failed, 77 jnorm
missing, 64 usage."""
import sys

sys.dont_write_bytecode = True  # nothing of ours lands in the source tree

import glob  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import relayout  # noqa: E402

GENERATED_COUNT = 15
SAMPLE_SIZE = 50
MIN_SAMPLE_CHARS = 12


def load_floors(path):
    floors = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, value = line.split("\t")[:2] if "\t" in line else line.split()[:2]
            floors[name.strip()] = float(value)
    return floors


def floor_of(floors, layout):
    return floors.get(layout, floors.get("*", 0.0))


def load_gold(path, names):
    keep = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                if rec.get("sheet") in names:
                    keep.append(line if line.endswith("\n") else line + "\n")
    return keep


def parse_sheets(jnorm, files):
    """The rows of each file, as jnorm parse gives them, by file name."""
    p = subprocess.run([jnorm, "parse"] + files, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError("jnorm parse exited %d" % p.returncode)
    sheets = relayout.read_sheets(p.stdout.decode("utf-8").splitlines())
    by_name = {os.path.basename(h["sheet"]): (h, rows) for h, rows in sheets}
    missing = [f for f in files if os.path.basename(f) not in by_name]
    if missing:
        raise RuntimeError("jnorm parse gave no header for %d sheets" % len(missing))
    return by_name


def extract(jnorm, files, pred_path):
    """jnorm extract -j 2 over FILES into PRED_PATH. A sheet extract refuses
    (exit 65, "not a sheet") is dropped and counted: its gold fields are
    misses. Returns (records, {exit status: sheets refused})."""
    p = subprocess.run([jnorm, "extract", "-j", "2"] + files, capture_output=True)
    out, refused = p.stdout, {}
    if p.returncode != 0:
        parts = []
        for f in files:
            q = subprocess.run([jnorm, "extract", f], capture_output=True)
            if q.returncode == 0:
                parts.append(q.stdout)
            else:
                refused[q.returncode] = refused.get(q.returncode, 0) + 1
        out = b"".join(parts)
    with open(pred_path, "wb") as f:
        f.write(out)
    recs = [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]
    return recs, refused


def score(jnorm, gold_path, pred_path):
    p = subprocess.run([jnorm, "eval", "--json", "--gold", gold_path, pred_path],
                       capture_output=True)
    if p.returncode != 0:
        raise RuntimeError("jnorm eval exited %d" % p.returncode)
    overall = json.loads(p.stdout.decode("utf-8"))["overall"]
    return overall["gold"], overall["correct"]


class Result:
    def __init__(self, set_name, layout):
        self.set, self.layout = set_name, layout
        self.sheets = self.gold = self.correct = 0
        self.rows = self.mapped = self.replaced = 0
        self.notes = []
        self.skipped = None
        self.error = None

    @property
    def accuracy(self):
        return self.correct / self.gold if self.gold else 0.0


def run_layout(jnorm, set_name, layout, parsed, files, gold_path, workdir, syn):
    res = Result(set_name, layout)
    res.sheets = len(files)
    if layout == "original":
        targets = files
    else:
        outdir = os.path.join(workdir, layout)
        os.makedirs(outdir)
        targets = []
        for f in files:
            name = os.path.basename(f)
            header, rows = parsed[name]
            try:
                data, note = relayout.render(layout, header, rows, syn)
            except relayout.Unavailable as e:
                res.skipped = str(e)
                return res
            if note:
                m = re.search(r"(\d+) characters mapped.*?(\d+) replaced", note)
                if m:
                    res.mapped += int(m.group(1))
                    res.replaced += int(m.group(2))
            path = os.path.join(outdir, name)
            with open(path, "wb") as fh:
                fh.write(data)
            targets.append(path)
    pred = os.path.join(workdir, "pred-%s.jsonl" % layout)
    recs, refused = extract(jnorm, targets, pred)
    res.rows = sum(r.get("rows", 0) for r in recs)
    zero = sum(1 for r in recs if r.get("rows", 0) == 0)
    if res.mapped or res.replaced:
        res.notes.append("cp932: %d characters mapped to their CP932 twins, %d replaced by '?'"
                         % (res.mapped, res.replaced))
    for code, n in sorted(refused.items()):
        res.notes.append("%d refused (exit %d)" % (n, code))
    if zero:
        res.notes.append("%d with rows 0" % zero)
    res.gold, res.correct = score(jnorm, gold_path, pred)
    os.remove(pred)
    return res


def form_wording(jnorm, root):
    """Label and question text of every sheet of the project's corpus: the
    guideline form's own wording, which vendors sometimes paste as an
    answer."""
    files = sorted(glob.glob(os.path.join(root, "corpus", "**", "*.txt"), recursive=True))
    if not files:
        return set()
    p = subprocess.run([jnorm, "parse"] + files, capture_output=True)
    words = set()
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        words.update(relayout.s(obj.get(k)) for k in ("label", "question"))
    return words


def sample_strings(parsed, real_files, form_text, shared_spec):
    """50 distinctive answer strings (>= 12 characters) of the real sheets,
    with where they came from, so that a finding can be reported without
    printing the text. Distinctive: found in the raw text of one real sheet
    only (a term several vendors use, such as a choice of the form, is not
    theirs), not wording of the form (the label or question text of any
    sheet of the project's corpus),
    and not quoted by the shared contract (fields.tsv takes its worked
    examples from real answers, and the project may copy the contract)."""
    quoted = ""
    for path in glob.glob(os.path.join(shared_spec, "*")):
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                quoted += f.read()
    raw = {}
    for path in real_files:
        with open(path, encoding="utf-8", errors="replace") as f:
            raw[os.path.basename(path)] = f.read()
    seen, cands = set(), []
    for name, (_h, rows) in sorted(parsed.items()):
        for row in rows:
            for part in (row.get("answer") or "").split("\n"):
                part = part.strip()
                if (len(part) < MIN_SAMPLE_CHARS or part in seen or part in quoted
                        or part in form_text
                        or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", part)
                        or any(part in t for n, t in raw.items() if n != name)):
                    continue
                seen.add(part)
                cands.append((part, name, row.get("line")))
    cands.sort(key=lambda c: hashlib.sha1(c[0].encode("utf-8")).hexdigest())
    return cands[:SAMPLE_SIZE]


def scan_tree(root, samples):
    """Files under ROOT (.git skipped) holding any sample, in UTF-8, CP932
    or UTF-16LE (the encodings the suite writes), as [(path, sheet, line)]."""
    needles = []
    for text, sheet, line in samples:
        for enc in ("utf-8", "cp932", "utf-16-le"):
            try:
                needles.append((text.encode(enc), sheet, line))
            except UnicodeEncodeError:
                pass
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != ".git"]
        for fn in filenames:
            path = os.path.join(dirpath, fn)
            try:
                if os.path.islink(path) or os.path.getsize(path) > (64 << 20):
                    continue
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            hits = {(sheet, line) for needle, sheet, line in needles if needle in data}
            found += [(path, sheet, line) for sheet, line in sorted(hits)]
    return found


def main(argv):
    if len(argv) != 3:
        print("usage: run_suite.py JNORM SRC_ROOT", file=sys.stderr)
        return 64
    jnorm, root = argv[1], os.path.abspath(argv[2])
    if not (os.path.isfile(jnorm) and os.access(jnorm, os.X_OK)):
        print("metamorphic: %s missing: not run" % jnorm)
        return 77
    started = time.time()
    floors = load_floors(os.path.join(HERE, "floors.tsv"))
    syn = relayout.load_synonyms(os.path.join(HERE, "synonyms.tsv"))

    sets = []
    real_dir = os.path.join(root, "..", "shared", "corpus", "real")
    real_gold = os.path.join(root, "..", "shared", "spec", "gold", "real.jsonl")
    if os.path.isdir(real_dir) and os.path.isfile(real_gold):
        sets.append(("real", sorted(glob.glob(os.path.join(real_dir, "*.txt"))), real_gold))
    else:
        print("metamorphic: ../shared/corpus/real absent: real sheets skipped")
    sets.append(("handwritten", sorted(glob.glob(os.path.join(root, "corpus", "sheets", "*.txt"))),
                 os.path.join(root, "corpus", "gold", "handwritten.jsonl")))
    sets.append(("generated",
                 sorted(glob.glob(os.path.join(root, "corpus", "generated", "*.txt")))[:GENERATED_COUNT],
                 os.path.join(root, "corpus", "gold", "generated.jsonl")))

    # METAMORPHIC_SETS=real,handwritten keeps those sets only: the
    # sanitizer build runs every layout for memory errors, not for scores,
    # and the generated set's 15 sheets would double its time
    only = os.environ.get("METAMORPHIC_SETS")
    if only:
        sets = [s for s in sets if s[0] in only.split(",")]

    # the printed pages take a browser per sheet (minutes): only on request
    prints = os.environ.get("METAMORPHIC_PRINTS") == "1"
    layouts = ["original"] + [l for l in relayout.LAYOUTS
                              if prints or l not in relayout.PRINTS]
    results, failures = [], []
    real_parsed, real_files, form = None, [], set()
    tmp = tempfile.mkdtemp(prefix="jnorm-metamorphic-")
    try:
        for set_name, files, gold_src in sets:
            if not files:
                failures.append("%s: no sheets" % set_name)
                continue
            setdir = os.path.join(tmp, set_name)
            os.makedirs(setdir)
            gold_path = os.path.join(setdir, "gold.jsonl")
            names = {os.path.basename(f) for f in files}
            with open(gold_path, "w", encoding="utf-8") as f:
                f.writelines(load_gold(gold_src, names))
            parsed = parse_sheets(jnorm, files)
            if set_name == "real":
                real_parsed, real_files = parsed, files
            for layout in layouts:
                try:
                    results.append(run_layout(jnorm, set_name, layout, parsed, files,
                                              gold_path, setdir, syn))
                except (RuntimeError, OSError, subprocess.SubprocessError) as e:
                    r = Result(set_name, layout)
                    r.error = str(e)
                    results.append(r)
            parsed = None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    samples = []
    if real_parsed:
        form |= form_wording(jnorm, root)
        samples = sample_strings(real_parsed, real_files, "\n".join(sorted(form)),
                                 os.path.join(root, "..", "shared", "spec"))

    # The table.
    print("%-11s %-21s %6s %6s %7s %8s %6s  %s" % (
        "set", "layout", "sheets", "gold", "correct", "accuracy", "floor", "notes"))
    skipped_said = set()
    for r in results:
        fl = floor_of(floors, r.layout)
        if r.skipped:
            if r.layout not in skipped_said:
                print("metamorphic: %s skipped: %s" % (r.layout, r.skipped))
                skipped_said.add(r.layout)
            continue
        if r.error:
            print("%-11s %-21s %6s %6s %7s %8s %6.2f  ERROR %s" % (
                r.set, r.layout, r.sheets, "-", "-", "-", fl, r.error))
            failures.append("%s/%s: %s" % (r.set, r.layout, r.error))
            continue
        below = r.accuracy < fl - 1e-9
        notes = ["rows %d" % r.rows] + r.notes
        if below:
            notes.insert(0, "BELOW FLOOR")
            failures.append("%s/%s: accuracy %.4f below floor %.2f" % (
                r.set, r.layout, r.accuracy, fl))
        print("%-11s %-21s %6d %6d %7d %8.4f %6.2f  %s" % (
            r.set, r.layout, r.sheets, r.gold, r.correct, r.accuracy, fl, ", ".join(notes)))

    # Pooled over the sets present, per layout (information only: the
    # floors apply to each set, so that the suite means the same with and
    # without the real sheets).
    print()
    print("%-21s %6s %6s %7s %8s" % ("layout (all sets)", "sheets", "gold", "correct", "accuracy"))
    for layout in layouts:
        rs = [r for r in results if r.layout == layout and not r.skipped and not r.error]
        if not rs:
            continue
        g, c = sum(r.gold for r in rs), sum(r.correct for r in rs)
        print("%-21s %6d %6d %7d %8.4f" % (layout, sum(r.sheets for r in rs), g, c,
                                           c / g if g else 0.0))

    # No rewritten real text stays on disk.
    if os.path.exists(tmp):
        failures.append("the temporary directory %s is still there" % tmp)
        print("metamorphic: FAIL: %s was not removed" % tmp)
    if samples:
        found = scan_tree(root, samples)
        for path, sheet, line in found:
            print("metamorphic: FAIL: %s holds text of the real sheet %s (answer at line %s);"
                  " real sheets must never be copied into the repository" % (path, sheet, line))
        if found:
            failures.append("real-sheet text found in %d files under %s" % (
                len({p for p, _s, _l in found}), root))
        else:
            print("metamorphic: no real-sheet text under %s (%d answer strings checked)" % (
                root, len(samples)))
    elif any(s[0] == "real" for s in sets):
        print("metamorphic: no distinctive real answer strings to look for")

    print("metamorphic: %d sets, %d layouts, %.1f s" % (
        len(sets), len(layouts), time.time() - started))
    if failures:
        print("metamorphic: FAILED: " + "; ".join(failures))
        return 1
    print("metamorphic: all layouts meet their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
