#!/usr/bin/env python3
"""Rewrites a tab-separated sheet in the layouts other tools leave behind,
so the parser can be tested on them with the same content:

  relayout.py pdf  SHEET   one cell per line, empty cells gone (text copied
                           out of a PDF)
  relayout.py flat SHEET   the cells of a row run together with no separator
                           (item number, label, question, marker, answer)
  relayout.py html SHEET   an HTML table, all on one line (flattened HTML),
                           text escaped as HTML

Lines that are not table rows (titles, page headers, notes) are kept as they
are. Output goes to stdout."""
import sys


def cells(line):
    return [c.strip() for c in line.rstrip("\n").split("\t")]


def html_table(path, out):
    import html
    rows = []
    for line in open(path, encoding="utf-8"):
        if "\t" not in line:
            continue
        tds = "".join("<td>%s</td>" % html.escape(c) for c in cells(line))
        rows.append("<tr>%s</tr>" % tds)
    out.write("<html><body><table>%s</table></body></html>\n" % "".join(rows))


def main():
    mode, path = sys.argv[1], sys.argv[2]
    out = sys.stdout
    if mode == "html":
        html_table(path, out)
        return
    for line in open(path, encoding="utf-8"):
        if "\t" not in line:
            out.write(line)
            continue
        row = [c for c in cells(line) if c]
        if mode == "pdf":
            for c in row:
                out.write(c + "\n")
        elif mode == "flat":
            out.write("".join(row) + "\n")
        else:
            sys.exit("relayout.py: mode is pdf or flat")


if __name__ == "__main__":
    main()
