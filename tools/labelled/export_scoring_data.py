#!/usr/bin/env python3
"""Writes data/generated/scoring/{signals,species}.tsv, the tables the risk scorer embeds.

signals.tsv: kind, lang, text, taxon — the term database's sale-intent, cover-claim and negative-context rows
(approved only) plus tools/labelled/cues.tsv. species.tsv: taxon, group, cites from data/species/species.tsv.
Usage: python3 tools/labelled/export_scoring_data.py
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "data", "generated", "scoring")


def rows(path):
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            yield dict(zip(header, cells))


def main():
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    lines = []
    terms = os.path.join(ROOT, "data", "terms")
    for name in sorted(os.listdir(terms)):
        if not name.endswith(".tsv"):
            continue
        for r in rows(os.path.join(terms, name)):
            if r["status"] != "approved" or r["kind"] not in ("sale-intent", "cover-claim", "negative-context"):
                continue
            taxon = r["taxon"]
            if r["kind"] == "negative-context" and "negates:" in r["context"]:
                taxon = r["context"].split("negates:", 1)[1].split(";")[0]
            key = (r["kind"], r["text"].casefold())
            if key not in seen:
                seen.add(key)
                lines.append((r["kind"], r["lang"], r["text"], taxon))
    with open(os.path.join(ROOT, "tools", "labelled", "cues.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, lang, text = line.rstrip("\n").split("\t")
            lines.append((kind, lang, text, ""))
    with open(os.path.join(OUT, "signals.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "species.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows(os.path.join(ROOT, "data", "species", "species.tsv")):
            f.write("\t".join((r["taxon"], r["group"], r["cites"])) + "\n")


if __name__ == "__main__":
    main()
