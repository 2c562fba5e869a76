#!/usr/bin/env python3
"""Format checker for the WildTrace term database (issue #3).

Reads data/species/species.tsv and every data/terms/*.tsv under the repository root (or the root given as the
first argument), prints per-file row counts and every defect as `file:line: message`, and exits 1 when any defect
is found. The rules are those of the term-database format of issue #3 (data/species/README.md describes species.tsv); they are checked on the UNION of all
language files because ids and (text, lang) pairs must stay unique across curators' branches once merged.

Usage: python3 tools/terms/check_tsv.py [repo-root]
"""

import collections
import datetime
import os
import re
import sys
import unicodedata

SPECIES_HEADER = ["taxon", "rank", "group", "cites", "cites_since", "note", "source"]
TERMS_HEADER = ["id", "text", "lang", "kind", "taxon", "product", "weight", "context", "status", "added", "source"]

RANKS = {"species", "subspecies", "genus", "family", "order", "class"}
GROUPS = {
    "elephants", "rhinos", "pangolins", "big-cats", "small-cats", "bears", "great-apes", "gibbons", "primates",
    "otters", "marine-mammals", "antelopes", "musk-deer", "other-mammals", "hornbills", "parrots", "owls-raptors",
    "songbirds", "other-birds", "sea-turtles", "tortoises-freshwater-turtles", "crocodilians", "snakes", "lizards",
    "amphibians", "sharks-rays", "fish", "seahorses", "corals", "invertebrates", "timber", "plants", "extinct",
}
CITES = {"I", "II", "III", "I/II", "none"}
LANGS = {
    "en", "la", "zh", "zh-Hant", "vi", "th", "id", "ms", "tl", "ja", "ko", "hi", "ar", "sw", "fr", "pt", "es", "de",
    "ru", "it", "nl", "my", "km", "lo", "und",
}
KINDS = {
    "common-name", "scientific-name", "product", "code-word", "trade-slang", "tcm-name", "misspelling",
    "transliteration", "emoji", "hashtag", "cover-claim", "sale-intent", "negative-context",
}
PRODUCTS = {
    "", "live", "raw", "carved", "powder", "meat", "skin", "medicine", "scale", "horn", "bone", "tooth", "claw",
    "shell", "bile", "casque", "fin", "maw", "egg", "feather", "wood", "oil", "musk", "wool", "caviar",
}
STATUSES = {"approved", "proposed", "retired"}
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CONTEXT_RE = re.compile(r"^(needs:(sale|product|taxon)|negates:(?P<taxon>.+))$")
# A URL in a source must at least look like one; invented identifiers cannot be detected mechanically.
URL_RE = re.compile(r"https?://\S+")


class Report:
    def __init__(self):
        self.defects = []
        self.warnings = []

    def add(self, path, line, message):
        self.defects.append(f"{path}:{line}: {message}")

    def warn(self, path, line, message):
        self.warnings.append(f"{path}:{line}: warning: {message}")


def skeleton(text):
    """The form the engine folds case, accents, spacing and hyphens into; two texts with one skeleton are copies."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def parse_date(text):
    try:
        return datetime.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def read_rows(root, path, header, report):
    """Yields (line number, fields) for data rows; header and comment lines are checked or skipped here."""
    with open(os.path.join(root, path), encoding="utf-8", newline="") as handle:
        raw = handle.read()
    if raw.startswith("\ufeff"):
        report.add(path, 1, "byte-order mark (files must be plain UTF-8)")
        raw = raw[1:]
    if "\r" in raw:
        report.add(path, 1, "carriage return found (use LF line endings)")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    seen_header = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if not seen_header:
            seen_header = True
            if fields != header:
                report.add(path, number, f"header must be exactly: {' '.join(header)} (tab-separated)")
            continue
        if line.strip() == "":
            report.add(path, number, "empty line")
            continue
        if len(fields) != len(header):
            report.add(path, number, f"{len(fields)} columns, expected {len(header)}")
            continue
        for name, value in zip(header, fields):
            if value != value.strip():
                report.add(path, number, f"{name}: leading or trailing whitespace")
            if any(unicodedata.category(ch) == "Cc" for ch in value):
                report.add(path, number, f"{name}: control character")
        yield number, fields
    if not seen_header:
        report.add(path, 1, "missing header")


def check_species(root, path, report):
    taxa = {}
    for number, fields in read_rows(root, path, SPECIES_HEADER, report):
        row = dict(zip(SPECIES_HEADER, fields))
        taxon = row["taxon"]
        if not taxon:
            report.add(path, number, "taxon is empty")
        elif taxon in taxa:
            report.add(path, number, f"duplicate taxon {taxon!r} (first on line {taxa[taxon]})")
        else:
            taxa[taxon] = number
        if not re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+(?: [a-z]+)?)?", taxon):
            report.add(path, number, f"taxon {taxon!r} is not a well-formed scientific name")
        if row["rank"] not in RANKS:
            report.add(path, number, f"rank {row['rank']!r} not allowed")
        elif row["rank"] in {"species", "subspecies"} and " " not in taxon:
            report.add(path, number, f"rank {row['rank']} but {taxon!r} is a single word")
        elif row["rank"] not in {"species", "subspecies"} and " " in taxon:
            report.add(path, number, f"rank {row['rank']} but {taxon!r} is a binomial")
        if row["group"] not in GROUPS:
            report.add(path, number, f"group {row['group']!r} not allowed")
        if row["cites"] not in CITES:
            report.add(path, number, f"cites {row['cites']!r} not allowed")
        if row["cites"] == "none":
            if row["cites_since"]:
                report.add(path, number, "cites_since must be empty when cites is none")
        elif parse_date(row["cites_since"]) is None:
            report.add(path, number, f"cites_since {row['cites_since']!r} is not an ISO date")
        elif parse_date(row["cites_since"]) < datetime.date(1975, 7, 1):
            report.add(path, number, "cites_since before CITES entered into force (1975-07-01)")
        if not row["source"]:
            report.add(path, number, "source is empty")
    return taxa


def check_terms(root, path, taxa, ids, pairs, skeletons, report, counts):
    expected_lang = os.path.basename(path)[: -len(".tsv")]
    rows = 0
    for number, fields in read_rows(root, path, TERMS_HEADER, report):
        rows += 1
        row = dict(zip(TERMS_HEADER, fields))
        where = f"{path}:{number}"
        lang = row["lang"]
        if lang not in LANGS:
            report.add(path, number, f"lang {lang!r} not allowed")
        if lang != expected_lang:
            report.add(path, number, f"lang {lang!r} in file for {expected_lang!r}")
        term_id = row["id"]
        # The lang prefix is compared case-insensitively so that `zh-Hant-…` and `zh-hant-…` both pass; the slug
        # after it must be lowercase ASCII.
        prefix = lang + "-"
        if not term_id.lower().startswith(prefix.lower()):
            report.add(path, number, f"id {term_id!r} does not start with its lang {lang!r}")
        elif not SLUG_RE.fullmatch(term_id[len(prefix):]):
            report.add(path, number, f"id {term_id!r} is not <lang>-<ascii-slug> (lowercase a-z, 0-9, hyphens)")
        if term_id in ids:
            report.add(path, number, f"duplicate id {term_id!r} (first at {ids[term_id]})")
        else:
            ids[term_id] = where
        text = row["text"]
        if not text:
            report.add(path, number, "text is empty")
        if "  " in text:
            report.add(path, number, "text contains a double space")
        key = (unicodedata.normalize("NFC", text).casefold(), lang)
        if key in pairs:
            report.add(path, number, f"duplicate text {text!r} for lang {lang!r} (first at {pairs[key]})")
        else:
            pairs[key] = where
            # Accent, hyphen and spacing copies are not defects of the format, but the format asks curators not to
            # write them; reported as warnings so a reviewer can decide.
            folded = (skeleton(text), lang)
            if folded[0] and folded in skeletons:
                report.warn(path, number, f"{text!r} differs from {skeletons[folded]} only by accents, spacing or hyphens")
            else:
                skeletons.setdefault(folded, f"{text!r} at {where}")
        kind = row["kind"]
        if kind not in KINDS:
            report.add(path, number, f"kind {kind!r} not allowed")
        if row["taxon"] and row["taxon"] not in taxa:
            report.add(path, number, f"taxon {row['taxon']!r} not in species.tsv")
        if kind == "sale-intent" and row["taxon"]:
            report.add(path, number, "sale-intent rows must have an empty taxon")
        if row["product"] not in PRODUCTS:
            report.add(path, number, f"product {row['product']!r} not allowed")
        try:
            weight = float(row["weight"])
            if not 0.0 <= weight <= 1.0 or row["weight"].lower() in {"nan", "inf", "-inf"}:
                raise ValueError
        except ValueError:
            report.add(path, number, f"weight {row['weight']!r} is not a number in [0, 1]")
            weight = None
        if kind == "negative-context" and weight not in (None, 0.0):
            report.add(path, number, "negative-context rows must have weight 0")
        if row["context"]:
            seen_rules = set()
            for rule in row["context"].split(";"):
                rule_match = CONTEXT_RE.match(rule)
                if not rule_match:
                    report.add(path, number, f"context rule {rule!r} not allowed")
                elif rule_match.group("taxon") and rule_match.group("taxon") not in taxa:
                    report.add(path, number, f"context {rule!r}: taxon not in species.tsv")
                if rule in seen_rules:
                    report.add(path, number, f"context rule {rule!r} repeated")
                seen_rules.add(rule)
        if row["status"] not in STATUSES:
            report.add(path, number, f"status {row['status']!r} not allowed")
        if parse_date(row["added"]) is None:
            report.add(path, number, f"added {row['added']!r} is not an ISO date")
        source = row["source"]
        if not source:
            report.add(path, number, "source is empty")
        for url in URL_RE.findall(source):
            if url.rstrip(").,;") in {"http://", "https://"}:
                report.add(path, number, f"source has an empty URL {url!r}")
        counts[path][kind] += 1
    return rows


def shown(path, root):
    """Paths are printed relative to the repository root, the form reviewers use in comments."""
    return os.path.relpath(path, root)


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    root = os.path.normpath(root)
    report = Report()
    species_path = os.path.join(root, "data", "species", "species.tsv")
    taxa = {}
    if os.path.isfile(species_path):
        taxa = check_species(root, shown(species_path, root), report)
        print(f"{shown(species_path, root)}: {len(taxa)} taxa")
    else:
        report.add(shown(species_path, root), 0, "missing")
    terms_dir = os.path.join(root, "data", "terms")
    ids, pairs, skeletons = {}, {}, {}
    counts = collections.defaultdict(collections.Counter)
    total = 0
    names = sorted(name for name in os.listdir(terms_dir) if name.endswith(".tsv")) if os.path.isdir(terms_dir) else []
    for name in names:
        path = shown(os.path.join(terms_dir, name), root)
        rows = check_terms(root, path, taxa, ids, pairs, skeletons, report, counts)
        total += rows
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(counts[path].items()))
        print(f"{path}: {rows} rows ({kinds})")
    print(f"total: {total} term rows in {len(names)} files")
    for warning in report.warnings:
        print(warning)
    for defect in report.defects:
        print(defect)
    print(f"{len(report.warnings)} warning(s), {len(report.defects)} defect(s)")
    return 1 if report.defects else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
