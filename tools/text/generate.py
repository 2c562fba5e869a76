#!/usr/bin/env python3
"""Derives the text normaliser's tables in data/generated/text/ from registry packages.

Run from anywhere:  python3 tools/text/generate.py
It fetches (once) into tools/text/.work/ (git-ignored):
  npm    unhomoglyph@1.0.6            data.json: UTS #39 confusables v13, MA mapping   (MIT wrapper, Unicode data)
  npm    cldr-annotations-full@48.2.0 annotations/<locale>/annotations.json           (Unicode-3.0)
  Debian unicode-data 15.0.0-1        CaseFolding.txt, Scripts.txt, Unihan, emoji-*.txt (Unicode licence)
and writes compact derived tables (formats are described in data/generated/text/SOURCES.md).
The output is deterministic: rerunning on the same packages gives byte-identical files.
"""
import bz2
import glob
import json
import os
import subprocess
import sys
import tarfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
WORK = os.path.join(HERE, ".work")
OUT = os.path.join(ROOT, "data", "generated", "text")

UNHOMOGLYPH = "unhomoglyph@1.0.6"
CLDR = "cldr-annotations-full@48.2.0"
UNICODE_DATA_DEB = "unicode-data"

# Locales whose emoji names become term variants ("ngà voi" also matches "ngà 🐘"). BCP 47 tags as CLDR spells them.
LOCALES = ["en", "zh", "zh-Hant", "vi", "th", "id", "ms", "fil", "ja", "ko", "hi", "ar", "sw", "fr", "pt", "es", "de",
           "ru", "it", "nl", "my", "km", "lo"]

# Emoji whose localised names feed term variants: wildlife and a few objects of the trade. Keeping the other ~1,700
# emoji out of the per-locale table keeps the data small; every emoji still gets its English name in the text.
VARIANT_SUBGROUPS = {"animal-mammal", "animal-bird", "animal-amphibian", "animal-reptile", "animal-marine",
                     "animal-bug", "plant-flower", "plant-other", "body-parts", "food-marine", "cat-face",
                     "monkey-face"}
VARIANT_EXTRA = "💀☠💊💉🧪⚗🔪🏹🔫🪤💰💵💲📦🚚✈🚢💎📿🏺🪶🦴🦷🐾🌿🍄🪸🐚"


def fetch():
    os.makedirs(WORK, exist_ok=True)
    for spec in (UNHOMOGLYPH, CLDR):
        name, version = spec.rsplit("@", 1)
        folder = os.path.join(WORK, f"{name}-{version}")
        if not os.path.isdir(folder):
            subprocess.run(["npm", "pack", spec, "--silent"], cwd=WORK, check=True)
            os.makedirs(folder)
            with tarfile.open(os.path.join(WORK, f"{name}-{version}.tgz")) as tgz:
                tgz.extractall(folder, filter="data")
    ud = os.path.join(WORK, "ud")
    if not os.path.isdir(ud):
        if not glob.glob(os.path.join(WORK, "unicode-data_*.deb")):
            subprocess.run(["apt-get", "download", UNICODE_DATA_DEB], cwd=WORK, check=True)
        deb = sorted(glob.glob(os.path.join(WORK, "unicode-data_*.deb")))[-1]
        subprocess.run(["dpkg-deb", "-x", deb, ud], check=True)
    return os.path.join(ud, "usr", "share", "unicode")


def ucd_lines(path):
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line


def write(name, lines):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}: {len(lines)} lines, {os.path.getsize(os.path.join(OUT, name)):,} bytes")


def case_folding(ucd):
    lines = []
    for line in ucd_lines(os.path.join(ucd, "CaseFolding.txt")):
        code, status, mapping = [p.strip() for p in line.split(";")[:3]]
        if status in ("C", "F"):
            lines.append(f"{code};{mapping}")
    write("casefold.txt", lines)


def scripts(ucd):
    table = {}
    for line in ucd_lines(os.path.join(ucd, "Scripts.txt")):
        rng, script = [p.strip() for p in line.split(";")]
        lo, _, hi = rng.partition("..")
        for cp in range(int(lo, 16), int(hi or lo, 16) + 1):
            table[cp] = script
    return table


def fold(s):
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())


def confusables(script_of):
    with open(os.path.join(WORK, "unhomoglyph-1.0.6", "package", "data.json"), encoding="utf-8") as f:
        data = json.load(f)
    # Forward: a non-ASCII letter that looks like one Latin letter. A direct lower-case pair (ν → v) beats one derived
    # from upper case (Ν → N gives ν → n), because after case folding the lower-case shape is what the reader saw.
    direct, derived = {}, {}
    for src, tgt in data.items():
        if len(src) != 1 or len(tgt) != 1:
            continue
        folded_src, folded_tgt = fold(src), fold(tgt)
        if len(folded_src) != 1 or folded_src.isascii() or not folded_src.isalpha():
            continue
        if len(folded_tgt) != 1 or not (folded_tgt.isascii() and folded_tgt.isalpha()):
            continue
        if script_of.get(ord(folded_src)) in ("Common", "Inherited", None):
            continue
        bucket = direct if folded_src == src else derived
        bucket.setdefault(folded_src, folded_tgt)
    forward = {**derived, **direct}
    lines = [f"L {ord(s):04X} {ord(t):04X}" for s, t in sorted(forward.items())]
    # Reverse, per script: the letter of that script a Latin letter stands for inside a Cyrillic or Greek word.
    # Letters of the script's core alphabet (Russian а–я, Greek α–ω) win over rarer ones (һ, ԁ) for the same target.
    for tag, script, core in (("C", "Cyrillic", range(0x430, 0x450)), ("G", "Greek", range(0x3B1, 0x3CA))):
        best = {}
        for s, t in forward.items():
            if script_of.get(ord(s)) != script:
                continue
            rank = (0 if ord(s) in core else 1, 0 if s in direct else 1, ord(s))
            if t not in best or rank < best[t][0]:
                best[t] = (rank, s)
        lines += [f"{tag} {ord(t):04X} {ord(s):04X}" for t, (_, s) in sorted(best.items())]
    write("confusables.txt", lines)


def simplified(ucd):
    pairs = []
    for line in ucd_lines(os.path.join(ucd, "Unihan_Variants.txt.bz2")):
        code, field, value = line.split("\t")
        if field != "kSimplifiedVariant":
            continue
        src = int(code[2:], 16)
        tgt = int(value.split()[0][2:], 16)
        if src != tgt and src <= 0xFFFF and tgt <= 0xFFFF:
            pairs.append(f"{src:04X} {tgt:04X}")
    write("simplified.txt", pairs)


TONES = {}
for base, marked in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "ǖǘǚǜ"),
                     ("m", "\u1e3f"), ("n", "ńňǹ")):
    for i, ch in enumerate(marked):
        TONES[ch] = (base, i + 1 if base not in "mn" else (2, 3, 4)[i] if base == "n" else 2)


def numbered(pinyin):
    """xiàng → xiang4, lǘ → lv2, ma → ma5 (neutral)."""
    tone, out = 5, []
    for ch in unicodedata.normalize("NFC", pinyin):
        if ch in TONES:
            base, tone = TONES[ch]
            out.append(base)
        else:
            out.append("v" if ch == "ü" else ch)
    return "".join(out) + str(tone)


def mandarin(ucd):
    by_syllable = {}
    for line in ucd_lines(os.path.join(ucd, "Unihan_Readings.txt.bz2")):
        code, field, value = line.split("\t")
        cp = int(code[2:], 16)
        if field != "kMandarin" or cp > 0xFFFF:
            continue
        # kMandarin lists the customary reading first (the PRC one where Taiwan differs).
        by_syllable.setdefault(numbered(value.split()[0]), []).append(chr(cp))
    write("mandarin.txt", [f"{s}\t{''.join(cs)}" for s, cs in sorted(by_syllable.items())])


def emoji(ucd):
    ext_pict = set()
    for line in ucd_lines(os.path.join(ucd, "emoji", "emoji-data.txt")):
        rng, prop = [p.strip() for p in line.split(";")]
        if prop == "Extended_Pictographic":
            lo, _, hi = rng.partition("..")
            ext_pict.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    wanted, subgroup = set(VARIANT_EXTRA), None
    with open(os.path.join(ucd, "emoji", "emoji-test.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("# subgroup:"):
                subgroup = line.split(":", 1)[1].strip()
            elif subgroup in VARIANT_SUBGROUPS and "; fully-qualified" in line:
                codes = line.split(";")[0].split()
                if len(codes) == 1:
                    wanted.add(chr(int(codes[0], 16)))

    def load(locale):
        path = os.path.join(WORK, "cldr-annotations-full-48.2.0", "package", "annotations", locale, "annotations.json")
        with open(path, encoding="utf-8") as f:
            return json.load(f)["annotations"]["annotations"]

    def is_emoji(key):
        if len(key) != 1:
            return False
        cp = ord(key)
        # Arrows, geometric shapes and the Latin-1/letter-like symbols (©, ™, ℹ) are punctuation in listings, not
        # pictures; they stay as they are. Newer emoji (after Unicode 15) are past U+1F000 and not yet in emoji-data.
        if cp < 0x2300 or 0x25A0 <= cp <= 0x25FF or unicodedata.normalize("NFKC", key) != key:
            return False
        return cp in ext_pict or cp >= 0x1F000

    english = load("en")
    names = [f"{ord(k):04X}\t{v['tts'][0]}" for k, v in sorted(english.items()) if is_emoji(k) and "tts" in v]
    write("emoji-en.txt", names)
    rows = []
    for locale in LOCALES:
        table = load(locale)
        for key in sorted(k for k in table if k in wanted and is_emoji(k)):
            entry = table[key]
            tts = entry.get("tts", [""])[0]
            keywords = [k for k in entry.get("default", []) if k != tts]
            rows.append(f"{locale}\t{ord(key):04X}\t{tts}\t{'|'.join(keywords)}")
    write("emoji-keywords.txt", rows)


def licences(ucd):
    """Ships each source's licence text beside the tables it covers (they are embedded with them)."""
    copies = {
        os.path.join(WORK, "cldr-annotations-full-48.2.0", "package", "LICENSE"): "LICENSE-Unicode-3.0.txt",
        os.path.join(WORK, "unhomoglyph-1.0.6", "package", "LICENSE"): "LICENSE-unhomoglyph-MIT.txt",
        os.path.join(ucd, "..", "doc", "unicode-data", "copyright"): "LICENSE-unicode-data-debian.txt",
    }
    for source, name in copies.items():
        with open(source, encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"{name}: {len(text):,} bytes")


def main():
    ucd = fetch()
    case_folding(ucd)
    confusables(scripts(ucd))
    simplified(ucd)
    mandarin(ucd)
    emoji(ucd)
    licences(ucd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
