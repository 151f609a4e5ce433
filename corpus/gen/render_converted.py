#!/usr/bin/env python3
"""render_converted.py — the generated documents as real converters give them.

    render_converted.py --out DIR [--seed 7 --count 24 --kinds K1,K2,...]
                        [--converters w3m,lynx,...] [--docs corpus/generated_docs]

For every document of `gen_sheets.py --seed S --count N --kinds K…` (by
default the committed sample corpus/generated_docs), takes its HTML rendering
(the certifier page as it is; the checklist, SLA and SLO pages rendered as
HTML from the same facts, so the gold is the same) and writes it through each
converter into DIR:

    DIR/<name>.<converter>.txt     e.g. g000002_sla_page_html.w3m.txt
    DIR/gold.jsonl                 the documents' gold, once per converted file

where <name> is the file name the HTML rendering has in the generator's
naming. Converters (a missing one is skipped with a message):

    w3m                 w3m -dump -T text/html -cols 200
    lynx                lynx -dump -width=200 -force_html
    pandoc_gfm          pandoc -f html -t gfm
    pandoc_plain        pandoc -f html -t plain
    html2text           html2text -utf8 -nobs -width 200
    chromium_pdftotext  chromium --headless --print-to-pdf, then pdftotext
    chromium_pdftotext_layout   the same PDF, pdftotext -layout

Nothing here is committed: converter output depends on the converters'
versions (and Chromium's printed header carries the date), so it is made at
test or measurement time. With --docs, the HTML of documents whose committed
rendering is HTML is checked to be byte-identical to the committed file.
Python 3 standard library only; the converters are Debian packages (w3m, lynx,
pandoc, html2text, chromium, poppler-utils; chromium needs a Japanese font,
e.g. fonts-ipafont-gothic, or its PDF has no Japanese text).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_sheets  # noqa: E402
import gen_docs  # noqa: E402

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

CONVERTERS = [
    ("w3m", "w3m", lambda src: ["w3m", "-dump", "-T", "text/html", "-cols", "200", "-I", "UTF-8", "-O", "UTF-8", src]),
    ("lynx", "lynx", lambda src: ["lynx", "-dump", "-width=200", "-force_html", "-assume_charset=utf-8",
                                  "-display_charset=utf-8", src]),
    ("pandoc_gfm", "pandoc", lambda src: ["pandoc", "-f", "html", "-t", "gfm", src]),
    ("pandoc_plain", "pandoc", lambda src: ["pandoc", "-f", "html", "-t", "plain", src]),
    ("html2text", "html2text", lambda src: ["html2text", "-utf8", "-nobs", "-width", "200", src]),
    ("chromium_pdftotext", "chromium", None),
    ("chromium_pdftotext_layout", "chromium", None),
]


def chromium_binary():
    for b in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(b):
            return b
    return None


def print_pdf(src, pdf, tmp):
    prof = tempfile.mkdtemp(prefix="chromium-profile-", dir=tmp)
    cmd = [chromium_binary()] + CHROMIUM_FLAGS + ["--user-data-dir=" + prof, "--print-to-pdf=" + pdf,
                                                  "file://" + os.path.abspath(src)]
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.exists(pdf) and os.path.getsize(pdf) > 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="7")
    ap.add_argument("--count", type=int, default=24)
    ap.add_argument("--kinds", default="certifier_page,meti_checklist,sla_page,slo_page")
    ap.add_argument("--converters", default=",".join(c[0] for c in CONVERTERS))
    ap.add_argument("--docs", help="the committed sample, to check the HTML renderings against")
    ap.add_argument("--gold", help="gold file to write (default OUT/gold.jsonl)")
    a = ap.parse_args(argv)
    kinds = [k for k in a.kinds.split(",") if k]
    bad = [k for k in kinds if k not in gen_docs.DOC_KINDS]
    if bad:
        sys.stderr.write("render_converted.py: not a document kind: %s\n" % ",".join(bad))
        return 2
    wanted = [c for c in CONVERTERS if c[0] in a.converters.split(",")]
    conv = []
    for name, binary, cmd in wanted:
        b = chromium_binary() if binary == "chromium" else shutil.which(binary)
        if not b:
            sys.stderr.write("render_converted.py: %s not found: %s skipped\n" % (binary, name))
            continue
        if binary == "chromium" and not shutil.which("pdftotext"):
            sys.stderr.write("render_converted.py: pdftotext not found: %s skipped\n" % name)
            continue
        conv.append((name, binary, cmd))
    if any(c[1] == "chromium" for c in conv):
        try:
            ja = subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True).stdout.strip()
        except OSError:
            ja = ""
        if not ja:
            sys.stderr.write("render_converted.py: no Japanese font (fc-list :lang=ja): Chromium's PDF will lack "
                             "the Japanese text (apt-get install fonts-ipafont-gothic)\n")
    os.makedirs(a.out, exist_ok=True)
    gold_path = a.gold or os.path.join(a.out, "gold.jsonl")
    width = max(6, len(str(a.count)))
    tmp = tempfile.mkdtemp(prefix="render-converted-")
    mismatched = 0
    written = 0
    try:
        with open(gold_path, "w", encoding="utf-8", newline="\n") as gf:
            for i, (kind, occ) in enumerate(gen_docs.kind_order(a.seed, a.count, kinds)):
                tag, text, fields, _ = gen_docs.make_doc(a.seed, i, kind, occ, style="html")
                tag0, _, fields0, _ = gen_docs.make_doc(a.seed, i, kind, occ)
                if fields != fields0:
                    raise SystemExit("render_converted.py: gold of document %d differs between renderings" % (i + 1))
                stem = "g%0*d_%s" % (width, i + 1, tag)
                if a.docs and tag0 == tag:
                    committed = os.path.join(a.docs, stem + ".txt")
                    if os.path.exists(committed) and open(committed, "rb").read() != text.encode("utf-8"):
                        sys.stderr.write("render_converted.py: %s differs from the generator's HTML\n" % committed)
                        mismatched += 1
                src = os.path.join(tmp, stem + ".html")
                with open(src, "wb") as f:
                    f.write(text.encode("utf-8"))
                pdf = None
                for name, binary, cmd in conv:
                    dst = os.path.join(a.out, "%s.%s.txt" % (stem, name))
                    if binary == "chromium":
                        if pdf is None:
                            pdf = os.path.join(tmp, stem + ".pdf")
                            if not print_pdf(src, pdf, tmp):
                                sys.stderr.write("render_converted.py: chromium printed no PDF for %s\n" % stem)
                                pdf = ""
                        if not pdf:
                            continue
                        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if name.endswith("_layout") else []) + [pdf, dst]
                        res = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
                        ok = res.returncode == 0
                    else:
                        res = subprocess.run(cmd(src), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
                        ok = res.returncode == 0
                        if ok:
                            with open(dst, "wb") as f:
                                f.write(res.stdout)
                    if not ok:
                        sys.stderr.write("render_converted.py: %s failed on %s: %s\n"
                                         % (name, stem, res.stderr.decode("utf-8", "replace")[:200]))
                        continue
                    gf.write(json.dumps({"sheet": os.path.basename(dst), "fields": fields}, ensure_ascii=False,
                                        separators=(",", ":")) + "\n")
                    written += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.stderr.write("render_converted.py: %d files by %d converters (%s) in %s, gold %s\n"
                     % (written, len(conv), ",".join(c[0] for c in conv), a.out, gold_path))
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
