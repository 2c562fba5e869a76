#!/usr/bin/env python3
"""Generates data/labelled/{train,dev,test}.jsonl: synthetic listings written by this project (no scraping).

Vocabulary (product names, sale phrases, cover claims, negative contexts) comes from the term database
data/terms/*.tsv; skeletons, prices, contacts and obfuscations are written here. The TEST split is built from
different skeletons (TEST_* below, written separately by hand in other "author styles"), from the other half of every
vocabulary list (rows are halved by a stable hash of their id) and from a different random seed, so the eval is not a
memorisation check. Deterministic: same term database in, same files out.

Usage: python3 tools/labelled/generate.py [REPO_ROOT]
"""
import hashlib, json, os, random, sys, unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
LANGS = ["en", "zh", "zh-Hant", "vi", "th", "id", "ms", "fr", "es", "pt", "de", "it", "nl", "ru", "ja", "ko",
         "sw", "tl", "ar", "hi"]
CURRENCY = {"en": ("$", "USD"), "zh": ("¥", "CNY"), "zh-Hant": ("NT$", "TWD"), "vi": ("đ", "VND"), "th": ("฿", "THB"),
            "id": ("Rp", "IDR"), "ms": ("RM", "MYR"), "fr": ("€", "EUR"), "es": ("€", "EUR"), "pt": ("R$", "BRL"),
            "de": ("€", "EUR"), "it": ("€", "EUR"), "nl": ("€", "EUR"), "ru": ("₽", "RUB"), "ja": ("円", "JPY"),
            "ko": ("원", "KRW"), "sw": ("KSh", "KES"), "tl": ("₱", "PHP"), "ar": ("د.إ", "AED"), "hi": ("₹", "INR")}
PHONE = {"en": "+1 415 555 {a}", "zh": "+86 138 {a} {b}", "zh-Hant": "+886 912 {a} {b}", "vi": "09{b} {a} {c}",
         "th": "+66 81 {a} {b}", "id": "+62 812 {a} {b}", "ms": "+60 12 {a} {b}", "fr": "+33 6 {c} {c} {c} {c}",
         "es": "+34 612 {a} {b}", "pt": "+55 11 9{a} {b}", "de": "+49 151 {a} {b}", "it": "+39 347 {a} {b}",
         "nl": "+31 6 {a} {b}", "ru": "+7 916 {a} {c} {c}", "ja": "+81 90 {a} {b}", "ko": "+82 10 {a} {b}",
         "sw": "+254 712 {a} {b}", "tl": "+63 917 {a} {b}", "ar": "+971 50 {a} {b}", "hi": "+91 98{c} {a} {b}"}
HANDLES = ["WA {phone}", "WhatsApp {phone}", "wechat: {nick}", "vx {nick}", "Line ID: {nick}", "t.me/{nick}",
           "Telegram @{nick}", "Zalo {phone}", "{nick}@gmail.com", "https://shop.example/{nick}", "📞 {phone}", "📲 {phone}"]
NICKS = ["jade_house88", "linh.store", "antique_king", "tigerbro", "hkcollect", "sam1977", "gudang_jaya", "kedai99",
         "collector_m", "petshop_ace", "old_treasure", "bao_vat", "nongtrai", "exotic_fr", "arte_antiga"]

# --- obfuscation families -----------------------------------------------------------------------------------------
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
CONFUSABLE = {"a": "\u0430", "e": "\u0435", "o": "\u043E", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445"}
MATH_BOLD_A, MATH_BOLD_LA = 0x1D400, 0x1D41A
HOMOPHONE = {"象牙": "像牙", "犀角": "西角", "虎骨": "琥骨", "熊胆": "雄胆", "穿山甲": "川山甲", "犀牛角": "西牛角"}
PINYIN = {"象牙": "xiang ya", "犀角": "xi jiao", "虎骨": "hu gu", "熊胆": "xiong dan", "穿山甲": "chuan shan jia",
          "犀牛角": "xi niu jiao", "鹤顶红": "he ding hong", "虎牙": "hu ya", "玳瑁": "dai mao"}
TRADITIONAL = str.maketrans({"鳞": "鱗", "胆": "膽", "龟": "龜", "鹤": "鶴", "顶": "頂", "红": "紅", "熊": "熊", "骨": "骨",
                             "雕": "雕", "壳": "殼", "鱼": "魚", "鸟": "鳥", "丝": "絲", "货": "貨", "卖": "賣", "价": "價"})
LATIN = {"leetspeak", "split-letters", "confusables", "fullwidth", "math-letters", "zero-width", "misspelling"}


def stable(s):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16)


def is_latin(s):
    return any("a" <= c.lower() <= "z" for c in s) and all(ord(c) < 0x250 or not c.isalpha() for c in s)


def clusters(word):
    """Letters with their combining marks (Thai vowels, Devanagari matras): a seller splits between these, not inside."""
    out = []
    for c in word:
        if out and (unicodedata.category(c).startswith("M") or c in "\u200d\u094d"):
            out[-1] += c
        else:
            out.append(c)
    return out


def obfuscate(text, family, rng):
    if family == "leetspeak":
        return "".join(LEET.get(c, c) if c.lower() in LEET and rng.random() < 0.6 else c for c in text)
    if family == "split-letters":
        # Sellers split words, not phrases: "i.v.o.r.y t.u.s.k", never one run across the spaces.
        sep = rng.choice([" ", ".", "-", "_", "*"])
        return " ".join(sep.join(clusters(word)) for word in text.split(" "))
    if family == "confusables":
        return "".join(CONFUSABLE.get(c, c) for c in text)
    if family == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    if family == "math-letters":
        out = []
        for c in text:
            if "A" <= c <= "Z":
                out.append(chr(MATH_BOLD_A + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(MATH_BOLD_LA + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)
    if family == "zero-width":
        return "\u200b".join(text) if len(text) < 12 else text[:2] + "\u200c" + text[2:5] + "\u200b" + text[5:]
    if family == "misspelling":
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        if len(letters) < 5:
            return text
        i = rng.choice(letters[1:-1])
        kind = rng.randrange(3)
        if kind == 0:
            return text[:i] + text[i + 1:]
        if kind == 1 and i + 1 < len(text):
            return text[:i] + text[i + 1] + text[i] + text[i + 2:]
        return text[:i] + text[i] + text[i:]
    if family == "toneless-vi":
        stripped = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in stripped if not unicodedata.combining(c))
    return text


def read_terms():
    rows = []
    for name in sorted(os.listdir(os.path.join(ROOT, "data", "terms"))):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(ROOT, "data", "terms", name), encoding="utf-8") as f:
            header = None
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if header is None:
                    header = cells
                    continue
                row = dict(zip(header, cells))
                if row.get("status") == "approved":
                    rows.append(row)
    return rows


def halves(rows):
    """Stable split of a vocabulary list: even hash for train/dev, odd for test; falls back to all rows when tiny."""
    a = [r for r in rows if stable(r["id"]) % 2 == 0]
    b = [r for r in rows if stable(r["id"]) % 2 == 1]
    return (a or rows, b or rows)

# --- skeletons: TRAIN_* feed train and dev; TEST_* were written separately, in other styles, for test only ------------
TRAIN_OFFER = ["{product} {sale} {price}", "{sale} {product}, {contact}", "{product} {cover} {sale} {price} {contact}",
               "{product} {qty} {sale} {contact}", "{sale}: {product} {price}"]
# Marketplace listings are offers by themselves: many name the product and nothing else.
TRAIN_BARE = ["{product}", "{product} {cover}", "{product} {qty}"]
TEST_BARE = ["{product} ✨ {cover}", "{product} — {qty}", "{cover}!! {product}"]
TEST_OFFER = ["🔥🔥 {product} 🔥🔥 {price} ✅ {sale} ✅ {contact}", "{contact} | {product} | {qty} | {sale}",
              "{product}!!! {cover}... {sale} -- {contact}", "#{tag} {sale} {price}/{unit}",
              "{qty} {product} ({cover}) {contact} {sale}"]
TRAIN_NEG = ["{neg} {sale} {price}", "{neg}, {contact}", "{neg} {price} {qty}", "{neg}"]
TEST_NEG = ["✨ {neg} ✨ {price} {sale}", "{neg} — {qty} — {contact}", "{contact} ☆ {neg} ☆", "#{tag} {neg} {price}"]
UNITS = ["kg", "pcs", "g", "set", "lot"]
NEWS_TRAIN = {"en": "Police seized {n} kg of {product} at the port, officials said.",
              "zh": "海关查获{n}公斤{product}，嫌疑人已被逮捕。", "vi": "Cơ quan chức năng thu giữ {n} kg {product} tại cảng.",
              "fr": "La douane a saisi {n} kg de {product} au port.", "es": "La policía incautó {n} kg de {product} en el puerto.",
              "id": "Polisi menyita {n} kg {product} di pelabuhan.", "pt": "A polícia apreendeu {n} kg de {product} no porto.",
              "de": "Der Zoll hat {n} kg {product} am Hafen beschlagnahmt."}
CONSERVATION_TRAIN = {"en": "Learn how rangers protect wildlife from the {product} trade.",
                      "zh": "保护野生动物，拒绝{product}。", "vi": "Chung tay bảo vệ động vật hoang dã, nói không với {product}.",
                      "fr": "Protégeons la faune : non au trafic de {product}.", "es": "Protejamos la fauna: no al tráfico de {product}."}
NEWS_TEST = {"en": "BREAKING: {n} tonnes of {product} destroyed in public burn ceremony",
             "zh": "【新闻】警方破获特大走私{product}案，涉案{n}吨", "vi": "Tin nóng: bắt giữ đường dây buôn lậu {product} {n} tấn",
             "fr": "Trafic : {n} tonnes de {product} détruites publiquement", "es": "Última hora: destruyen {n} toneladas de {product}",
             "id": "Berita: {n} ton {product} dimusnahkan petugas", "pt": "Notícia: {n} toneladas de {product} destruídas",
             "de": "Eilmeldung: {n} Tonnen {product} öffentlich vernichtet", "it": "Notizia: sequestrate {n} tonnellate di {product}",
             "nl": "Nieuws: {n} ton {product} in beslag genomen"}
CONSERVATION_TEST = {"en": "Say no to {product}! When the buying stops, the killing can too. #EndWildlifeTrafficking",
                     "zh": "没有买卖就没有杀害，请勿购买{product}", "vi": "Đừng mua {product} – hãy bảo vệ thiên nhiên",
                     "id": "Stop beli {product}, lindungi satwa liar Indonesia", "es": "Di no al {product}: protege la fauna"}
EMOJI_FORM = {"tooth": "🦷", "horn": "🦏", "bone": "🦴", "scale": "🐉", "live": "🐾", "carved": "🗿", "skin": "🧥"}


def price(lang, rng, test):
    sym, _ = CURRENCY[lang]
    n = rng.choice([150, 300, 800, 1200, 2500, 4800, 9000, 15000])
    if test:
        return rng.choice([f"{n:,}{sym}", f"{sym} {n/1000:.1f}k", f"only {n} {sym}", f"{sym}{n}"])
    return rng.choice([f"{sym}{n}", f"{n} {sym}", f"{sym} {n}"])


def contact(lang, rng):
    a, b, c = rng.randrange(1000, 9999), rng.randrange(1000, 9999), rng.randrange(10, 99)
    phone = PHONE[lang].format(a=a, b=b, c=c)
    return rng.choice(HANDLES).format(phone=phone, nick=rng.choice(NICKS))


def quantity(rng):
    n = rng.choice([2, 5, 10, 20, 50, 100])
    return rng.choice([f"{n} kg", f"{n} pcs", f"x{n}", f"{n}pcs", f"lot {n}"])


class Vocab:
    def __init__(self, rows, lang, part):
        pick = 1 if part == "test" else 0
        src = lang if lang != "zh-Hant" else "zh"
        mine = [r for r in rows if r["lang"] == src]
        hant = [r for r in rows if r["lang"] == "zh-Hant"]
        self.products = halves([r for r in mine if r["kind"] in ("product", "tcm-name", "trade-slang") and r["taxon"]
                                and float(r["weight"]) >= 0.6])[pick]
        sale_rows = [r for r in (hant if lang == "zh-Hant" else mine) if r["kind"] == "sale-intent"]
        self.sale = [r["text"] for r in halves(sale_rows)[pick]] or [""]
        self.cover = [r["text"] for r in halves([r for r in mine if r["kind"] == "cover-claim"])[pick]] or [""]
        self.neg = halves([r for r in (mine + (hant if lang == "zh-Hant" else [])) if r["kind"] == "negative-context"])[pick]
        self.codes = [r for r in mine if r["kind"] == "code-word" and r["taxon"]]
        self.translit = [r for r in mine if r["kind"] == "transliteration" and r["taxon"]]


def families_for(lang, text):
    fams = ["none", "emoji"]
    if is_latin(text):
        fams += sorted(LATIN)
    else:
        fams += ["zero-width", "split-letters"]
    if lang == "zh":
        fams += ["pinyin", "pinyin", "homophone", "homophone"]
    if lang == "zh-Hant":
        fams = ["traditional", "traditional", "zero-width", "emoji"]
    if lang == "vi":
        fams += ["toneless-vi", "toneless-vi"]
    if lang == "ru":
        fams += ["misspelling"]
    return fams


def product_surface(row, family, lang, rng, emoji_rows):
    text = row["text"]
    if family == "emoji":
        animal = [e["text"] for e in emoji_rows if e["taxon"] == row["taxon"]]
        if not animal:
            return text, "none"
        return animal[0] + EMOJI_FORM.get(row.get("product", ""), "") + " " + text, "emoji"
    if family == "pinyin":
        for k, v in PINYIN.items():
            if k in text:
                return text.replace(k, v), "pinyin"
        return text, "none"
    if family == "homophone":
        for k, v in HOMOPHONE.items():
            if k in text:
                return text.replace(k, v), "homophone"
        return text, "none"
    if family == "traditional":
        converted = text.translate(TRADITIONAL)
        return converted, "traditional" if converted != text else "none"
    out = obfuscate(text, family, rng)
    return out, family if out != text else "none"


def fill(skeleton, rng, lang, test, **slots):
    values = dict(price=price(lang, rng, test), contact=contact(lang, rng), qty=quantity(rng), unit=rng.choice(UNITS),
                  sale=rng.choice(slots.pop("sales")), cover=rng.choice(slots.pop("covers")))
    values.update(slots)
    return " ".join(skeleton.format(**values).split(" ")).strip()


def fits(text, family):
    if family == "pinyin":
        return any(k in text for k in PINYIN)
    if family == "homophone":
        return any(k in text for k in HOMOPHONE)
    if family == "traditional":
        return text.translate(TRADITIONAL) != text
    return True


def offer(v, lang, rng, test, emoji_rows):
    use_code = v.codes and rng.random() < 0.15
    row = rng.choice(v.codes if use_code else v.products)
    if use_code:
        text, family = row["text"], "code-word"
    elif v.translit and lang == "zh" and rng.random() < 0.1:
        row = rng.choice(v.translit)
        text, family = row["text"], "pinyin"
    else:
        family = rng.choice(families_for(lang, row["text"]))
        fitting = [r for r in v.products if fits(r["text"], family)]
        if family in ("pinyin", "homophone", "traditional") and fitting:
            row = rng.choice(fitting)
        text, family = product_surface(row, family, lang, rng, emoji_rows)
    bare = rng.random() < 0.3
    skel = rng.choice((TEST_BARE if test else TRAIN_BARE) if bare else (TEST_OFFER if test else TRAIN_OFFER))
    covers = v.cover if rng.random() < 0.4 else [""]
    body = fill(skel, rng, lang, test, product=text, tag=text.replace(" ", ""), sales=v.sale, covers=covers)
    title = text if rng.random() < 0.5 else ""
    return dict(title=title, text=body, label="prohibited", obfuscation=family, taxon=row["taxon"])


GOODS_TRAIN = ["iPhone 14 Pro", "Nike Air Max", "Samsung Galaxy S23", "IKEA sofa", "Honda Wave", "Canon EOS 80D"]
GOODS_TEST = ["PS5 console", "Rolex Submariner", "Yamaha guitar", "Dyson V11", "Xiaomi Redmi 12", "Lego Technic set"]


def negative(v, lang, rng, test, emoji_rows):
    r = rng.random()
    if r > 0.9:
        # Ordinary goods with every sale cue: the bulk of real traffic, and no wildlife term at all.
        item = rng.choice(GOODS_TEST if test else GOODS_TRAIN)
        body = fill(rng.choice(TEST_OFFER if test else TRAIN_OFFER), rng, lang, test, product=item,
                    tag=item.replace(" ", ""), sales=v.sale, covers=[""])
        return dict(title=item, text=body, label="allowed", obfuscation="none", taxon="")
    news = NEWS_TEST if test else NEWS_TRAIN
    cons = CONSERVATION_TEST if test else CONSERVATION_TRAIN
    if r < 0.25 and (lang in news or lang in cons) and v.products:
        row = rng.choice(v.products)
        table = news if lang in news and (lang not in cons or rng.random() < 0.6) else cons
        body = table[lang].format(n=rng.choice([2, 3, 7, 12, 40]), product=row["text"])
        return dict(title="", text=body, label="allowed", obfuscation="none", taxon=row["taxon"])
    if not v.neg:
        return None
    row = rng.choice(v.neg)
    text, family = row["text"], "none"
    if rng.random() < 0.3:
        family = rng.choice(families_for(lang, text))
        if family in ("emoji", "pinyin", "homophone", "traditional"):
            family = "none"
        else:
            text = obfuscate(text, family, rng)
            family = family if text != row["text"] else "none"
    skel = rng.choice(TEST_NEG if test else TRAIN_NEG)
    body = fill(skel, rng, lang, test, neg=text, tag=text.replace(" ", ""), sales=v.sale, covers=[""])
    taxon = row["context"].split("negates:", 1)[1].split(";")[0] if "negates:" in row["context"] else ""
    return dict(title="", text=body, label="allowed", obfuscation=family, taxon=taxon)


def generate(rows, part, count, seed):
    rng = random.Random(seed)
    emoji_rows = [r for r in rows if r["kind"] == "emoji"]
    vocab = {lang: Vocab(rows, lang, "test" if part == "test" else "train") for lang in LANGS}
    out, n = [], 0
    while len(out) < count:
        lang = LANGS[n % len(LANGS)]
        n += 1
        v = vocab[lang]
        if not v.products:
            continue
        item = offer(v, lang, rng, part == "test", emoji_rows) if rng.random() < 0.4 else \
            negative(v, lang, rng, part == "test", emoji_rows)
        if item is None:
            continue
        cur = CURRENCY[lang][1]
        extra = dict(price=rng.choice([45, 120, 300, 950, 2400])) if rng.random() < 0.3 else {}
        item = dict(id=f"{part}-{len(out):05d}", title=item["title"], text=item["text"], lang=lang, **extra, currency=cur,
                    label=item["label"], obfuscation=item["obfuscation"], taxon=item["taxon"], split=part)
        out.append(item)
    return out


def main():
    rows = read_terms()
    train_dev = generate(rows, "train", 2800, 1234)
    for i, item in enumerate(train_dev):
        if stable(item["id"]) % 5 == 0:
            item["split"] = "dev"
            item["id"] = item["id"].replace("train-", "dev-")
    test = generate(rows, "test", 1000, 98765)
    folder = os.path.join(ROOT, "data", "labelled")
    os.makedirs(folder, exist_ok=True)
    for split, items in (("train", [i for i in train_dev if i["split"] == "train"]),
                         ("dev", [i for i in train_dev if i["split"] == "dev"]), ("test", test)):
        with open(os.path.join(folder, f"{split}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(split, len(items), sum(i["label"] == "prohibited" for i in items), file=sys.stderr)


if __name__ == "__main__":
    main()
