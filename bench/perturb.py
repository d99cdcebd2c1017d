"""Rewrite gold blocks with names, organisations, places and credit formulas the gold never had.

The gold sets are also what the splitter's rules were fitted on, so they flatter it. This module
keeps each gold block's structure and true labels (which part is standfirst, byline, note, lede;
who the authors are; which span is the organisation) and swaps the *material*: every author gets a
new name drawn from name-shape generators (pinyin, Cantonese and Taiwanese romanisations with their
hyphen and space conventions, Korean, Japanese, one-word pen names, Western names with and without
a middle initial, Nordic and German names with their letters), every organisation, affiliation and
place a new one of the same kind (a domain, an acronym, a section name in another language, "ISA in
<another country>"), Chinese forms in brackets new characters, and organisation + role credits
another role. The same old value gets the same new one across a source (a site's recurrence is
kept), and the new names replace the old ones in the standfirst and lede too.

``form_blocks`` goes further: it replaces a block's whole byline with one of a set of byline kinds
(templates with their labels written beside them) filled with generated material: the kinds issue 9
lists as failures among them.

Generators are written here (no gold text); ``faker`` (a bench-only dependency) adds names of its
locales when it is installed.

    parts = block_parts(block)          # [(label, text), ...] + cut mark, or None
    for p in perturbed_sources(gold_sources(), seed=1): ...
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from newscrawl.evaluate import CUT_MARKS, GoldBlock, norm

LABELS = ("standfirst", "byline", "note", "lede")
JOINS = {"lines": "\n", "space": " ", "none": ""}

# --------------------------------------------------------------------------------------
# A block as labelled parts
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartsBlock:
    """A gold block as its parts in excerpt order, with its labels; rendered with any join."""

    id: str
    source: str
    site: str
    parts: tuple[tuple[str, str], ...]  # (label, text) in the excerpt's order
    mark: str  # the cut mark ("" when not cut)
    labels: dict[str, Any]  # authors, organisation, affiliation, truncated
    kind: str = ""  # the byline's kind (by shape), "" when there is no byline

    @property
    def position(self) -> str:
        """Where the byline stands: first, after the standfirst, cut inside (the excerpt ends in it), none."""
        labels = [label for label, _ in self.parts]
        if "byline" not in labels:
            return "no byline"
        if labels[-1] == "byline":
            return "cut inside the byline" if self.labels["truncated"] else "byline last"
        return "byline first" if labels[0] == "byline" else "after the standfirst"

    def excerpt(self, join: str) -> str:
        sep = JOINS[join]
        text = sep.join(" ".join(t.split()) if join != "lines" else t for _, t in self.parts)
        return text + self.mark

    def expected(self) -> dict[str, Any]:
        got = {label: norm(text) for label, text in self.parts}
        return {"standfirst": got.get("standfirst"), "byline": got.get("byline"), "note": got.get("note"),
                "lede": got.get("lede"), "authors": list(self.labels["authors"]),
                "organisation": self.labels["organisation"], "affiliation": self.labels["affiliation"],
                "truncated": self.labels["truncated"]}

    def gold(self, join: str) -> GoldBlock:
        return GoldBlock(self.id, self.source, self.site, self.excerpt(join), self.expected())


def _span_re(text: str) -> re.Pattern[str]:
    return re.compile(r"\s*".join(re.escape(w) for w in text.split()))


def block_parts(block: GoldBlock) -> PartsBlock | None:
    """The block's parts as they stand in its excerpt (each part's own line breaks kept), or None
    when they do not cover the excerpt exactly (text the labels leave out)."""
    exp = block.expected
    text = block.excerpt
    found = []
    for label in LABELS:
        if exp.get(label):
            found.append((label, exp[label]))
    if not found:
        return None
    # locate in the excerpt's order: the part whose next match comes first, from where the last one ended (a byline's
    # text may stand inside the standfirst too: "... by Socialist Action | Socialist Action | ...")
    remaining, pos, parts = dict(found), 0, []
    while remaining:
        matches = [(m.start(), m.end(), label) for label, want in remaining.items()
                   if (m := _span_re(want).search(text, pos)) is not None]
        if len(matches) < len(remaining):
            return None
        # (at the same start, the parts' own order: a lede that repeats the standfirst's opening follows it)
        start, end, label = min(matches, key=lambda m: (m[0], LABELS.index(m[2])))
        if text[pos:start].strip():
            return None
        parts.append((label, text[start:end]))
        pos = end
        del remaining[label]
    tail = text[pos:].strip()
    if tail and tail not in CUT_MARKS:
        return None
    if bool(tail) != bool(exp.get("truncated")):
        return None
    labels = {"authors": list(exp.get("authors") or []), "organisation": exp.get("organisation"),
              "affiliation": exp.get("affiliation"), "truncated": bool(exp.get("truncated"))}
    pb = PartsBlock(block.id, block.source, block.site, tuple(parts), tail, labels)
    return replace(pb, kind=byline_kind(pb))


ROLE_WORDS = ("reporters", "reporter", "correspondents", "correspondent", "statement", "editorial")


def byline_kind(block: PartsBlock) -> str:
    """A coarse kind of the block's byline, from its shape and labels (for the per-kind figures)."""
    byline = dict(block.parts).get("byline")
    if not byline:
        return "none"
    b = " ".join(byline.split())
    authors, org, affil = block.labels["authors"], block.labels["organisation"], block.labels["affiliation"]
    words = b.split()
    lower = [w for w in words if w[:1].islower() and w not in ("and", "in", "of", "de", "van", "von")]
    if len(words) > 7 and len(lower) >= 2:
        return "credit"
    if b.startswith(("By ", "by ")):
        return "by-names" + ("-org" if org or affil else "")
    if any(b.startswith(w) for w in ("Statement", "Joint", "Editorial", "Leaflet", "Interview", "Review",
                                     "Report", "Reporters", "Letter", "From", "Translated")):
        return "credit"
    if not authors:
        return "org-role" if words[-1].lower() in ROLE_WORDS else "org"
    if " in " in b and not org:
        return "names-in-place"
    if not org and not affil:
        return "names" if len(authors) < 2 else "names-several"
    if affil:
        return "names-org-affil"
    return "names-org" if len(authors) < 2 else "several-names-org"


# --------------------------------------------------------------------------------------
# Generators (none of their material comes from the gold)
# --------------------------------------------------------------------------------------

PINYIN_SURNAMES = ("Wang", "Zhang", "Liu", "Yang", "Zhao", "Zhou", "Xu", "Sun", "Zhu", "Guo", "He", "Gao",
                   "Luo", "Zheng", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
                   "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei",
                   "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Qin", "Bai", "Cui", "Kong", "Lei")
PINYIN_SYLLABLES = ("an", "bao", "bin", "bo", "chao", "chen", "chun", "dan", "fang", "fei", "gang", "guang",
                    "hai", "hao", "hong", "hua", "hui", "jia", "jian", "jie", "jing", "jun", "kai", "lan",
                    "lei", "li", "lin", "ling", "long", "mei", "meng", "min", "ming", "na", "nan", "ning",
                    "peng", "ping", "qi", "qian", "qiang", "qing", "rong", "rui", "shan", "sheng", "shu",
                    "tao", "ting", "wei", "wen", "xia", "xiang", "xin", "xiu", "xue", "yan", "yang", "yi",
                    "ying", "yong", "yu", "yuan", "yun", "ze", "zhen", "zhi", "zhong", "zi")
CANTONESE_SURNAMES = ("Chan", "Wong", "Cheung", "Lau", "Leung", "Ng", "Ho", "Lam", "Chow", "Tsang", "Yip",
                      "Kwok", "Mak", "Tam", "Choi", "Yeung", "Siu", "Lo", "Fong", "Kwan", "Tse", "Chu", "Au")
CANTONESE_SYLLABLES = ("chi", "chun", "fai", "hin", "hing", "hoi", "hung", "kin", "king", "kit", "kwan",
                       "lai", "lok", "man", "ming", "mui", "ngai", "pui", "sai", "shing", "sum", "tak",
                       "tin", "ting", "tung", "wai", "wah", "wing", "yan", "yee", "yiu", "yin", "yuk", "lun")
TAIWANESE_SURNAMES = ("Chang", "Huang", "Tsai", "Hsieh", "Hsu", "Kuo", "Cheng", "Chiang", "Hung", "Chou",
                      "Yeh", "Su", "Lu", "Tseng", "Chien", "Liao", "Chuang", "Hsiao", "Chi", "Kao")
TAIWANESE_SYLLABLES = ("chih", "chun", "hsiang", "hsin", "hsuan", "hua", "hui", "jen", "ju", "kai", "kuan",
                       "ling", "mei", "ming", "pei", "ping", "shu", "ting", "tsung", "wei", "wen", "yi", "yu",
                       "yun", "cheng", "chieh", "fang", "hao")
KOREAN_SURNAMES = ("Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                   "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon")
KOREAN_SYLLABLES = ("min", "seo", "ji", "hyun", "woo", "jun", "yeon", "soo", "eun", "hee", "young", "sung",
                    "jae", "ho", "na", "ra", "bin", "kyung", "dong", "hye")
JAPANESE_SURNAMES = ("Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                     "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Shimizu")
JAPANESE_GIVEN = ("Aoi", "Daiki", "Emi", "Hiroshi", "Kaito", "Mayu", "Naoki", "Riko", "Sora", "Takumi",
                  "Yui", "Kenta", "Misaki", "Ryo", "Shun")
WESTERN_FIRST = ("Aidan", "Bridget", "Callum", "Dagny", "Elspeth", "Fenna", "Gideon", "Hester", "Isolde",
                 "Jorik", "Kerstin", "Lorcan", "Maren", "Niamh", "Osric", "Petra", "Quentin", "Rosalind",
                 "Silas", "Tamsin", "Ulla", "Viggo", "Wilhelmina", "Xavier", "Yvette", "Zeno", "Åsa",
                 "Björn", "Jürgen", "Dörte", "Maël", "Søren", "Zoë", "Ines", "Mateus", "Olamide")
WESTERN_LAST = ("Abernethy", "Bramwell", "Castellanos", "Dunmore", "Eklund", "Fairweather", "Grünwald",
                "Halloran", "Iversen", "Jablonski", "Kowalczyk", "Lindgren", "Montague", "Nordström",
                "Okonkwo", "Pemberton", "Quigley", "Rasmussen", "Szabo", "Thorvaldsen", "Underhill",
                "Vasquez", "Whitcombe", "Yilmaz", "Zielinski", "Åkesson", "Böhm", "Müller-Lang",
                "O'Donovan", "McAllister", "DeLuca", "van der Berg", "Schäfer", "Adeyemi", "Nakashima-Reid")
PEN_NAME_SYLLABLES = ("a", "bai", "chen", "dong", "feng", "gu", "hai", "jiang", "ke", "lao", "mu", "nian",
                      "ou", "qiu", "shi", "tie", "wu", "xi", "yan", "zhou", "lu", "he", "sha", "mo")

#: ISA/CWI-style section names in other languages and invented ones (not the gold's): with the
#: country an affiliation names.
SECTION_NAMES = ("Socialistisk Alternativ", "Sozialistische Alternative", "Alternatiba Sozialista",
                 "Izquierda Revolucionaria", "Alternativa Socialista Brasil", "Socialistická Alternativa",
                 "Sosyalist Alternatif", "Alternative Socialiste", "Lewica Socjalistyczna", "Xekinima",
                 "Workers Alternative", "Militant Left", "Left Socialist Party", "Socialist Struggle Movement",
                 "Democratic Socialist Movement", "Solidarność Pracownicza", "Socialist Resistance Network",
                 "Rood Links", "Linke Offensive", "Punainen Tähti", "Partido Obrero Unificado")
COUNTRIES = ("Nigeria", "Brazil", "Chile", "Austria", "Belgium", "Israel-Palestine", "South Africa",
             "Mexico", "Canada", "Australia", "Germany", "Sri Lanka", "India", "Pakistan", "Turkey",
             "Poland", "Finland", "Portugal", "Greece", "Quebec", "Tunisia", "Kenya", "Argentina", "Peru")
CITIES = ("Lagos", "Curitiba", "Valparaíso", "Graz", "Ghent", "Haifa", "Durban", "Guadalajara", "Halifax",
          "Adelaide", "Leipzig", "Kandy", "Chennai", "Lahore", "Izmir", "Łódź", "Tampere", "Porto",
          "Thessaloniki", "Sfax", "Mombasa", "Rosario", "Arequipa", "Dhaka", "Surabaya", "Cebu", "Da Nang",
          "Chiang Mai", "Ulsan", "Sapporo", "Ipoh", "Mandalay", "Kota Kinabalu", "Hsinchu City", "Guilin")
PUBLICATIONS = ("Vonk", "Der Funke", "Red Tribune", "Workers Voice", "Ofensiva", "Socialist Review",
                "Lutte", "Arbetarkamp", "Rebel Youth", "Militante", "Klasskampen", "The Anvil")
DOMAIN_WORDS = ("red", "left", "workers", "voice", "solidarity", "struggle", "tribune", "alternative",
                "rebel", "spark", "labour", "pearl", "harbour", "east", "asia", "socialism")
DOMAIN_ENDS = (".org", ".net", ".info", ".org.uk", ".de", ".se", ".com")
#: A second pool of the same kinds, written before any rule was fitted to the first pool's misses and
#: never read for fitting: ``--pool alt`` measures the splitter on it (the first pool's figures are no
#: longer blind once rules were fitted to what it exposed).
ALT_POOL = {
    "sections": ("Frente de Izquierda", "Kämpa Tillsammans", "Fightback Collective", "Tinig ng Manggagawa",
                 "Partai Rakyat Pekerja", "Left Bloc", "Ny Tid", "Rød Ungdom", "Arbeterstimme", "Takaisku",
                 "Kiri Baru", "Sosyalist Emekçiler", "Dělnická Fronta", "Mouvement Ouvrier", "Praxis Kollektiv",
                 "Ezker Batua", "Punane Rida", "Obrera Unida", "Lotta Comunista", "Workers Power Tendency"),
    "countries": ("Iceland", "Uruguay", "Bolivia", "Senegal", "Ghana", "Lithuania", "Estonia", "Slovenia",
                  "Croatia", "Morocco", "Egypt", "Lebanon", "Nepal", "Bangladesh", "Cambodia", "Mongolia",
                  "New Zealand", "Jamaica", "Scotland", "Catalonia"),
    "cities": ("Reykjavik", "Montevideo", "Cochabamba", "Dakar", "Kumasi", "Vilnius", "Tartu", "Ljubljana",
               "Casablanca", "Alexandria", "Beirut", "Pokhara", "Chittagong", "Battambang", "Vientiane",
               "Ulaanbaatar", "Suva", "Christchurch", "Bandung", "Davao", "Haiphong", "Nagoya", "Incheon",
               "Penang", "Yogyakarta", "Johor Bahru", "San José", "Nuuk"),
    "publications": ("Solidarietà", "Dagbladet Arbejderen", "Rebelión", "Klassekampen", "Avanti", "Frente Obrero",
                     "Kampf", "Ny Dag", "Hammer and Sickle", "Daybreak"),
    "domain_words": ("fight", "back", "people", "power", "uprising", "dawn", "commune", "comrade", "unity",
                     "mayday", "barricade", "horizon"),
}
MAIN_POOL = {"sections": SECTION_NAMES, "countries": COUNTRIES, "cities": CITIES, "publications": PUBLICATIONS,
             "domain_words": DOMAIN_WORDS}
POOLS = {"main": MAIN_POOL, "alt": ALT_POOL}
ROLE_SWAPS = ("reporters", "correspondents", "statement", "editorial")
HAN = "明華國強偉麗秀英志軍平建光輝振興德文武海雲山林春秋東南北中天日月星安寧玉金銀清"


class Material:
    """Deterministic new material: the same old value (and seed) always gets the same new one."""

    def __init__(self, seed: int, use_faker: bool = True, pool: str = "main") -> None:
        self.seed = seed
        material = POOLS[pool]
        self.sections, self.countries, self.cities = material["sections"], material["countries"], material["cities"]
        self.publications, self.domain_words = material["publications"], material["domain_words"]
        self.faker: list[Any] = []
        if use_faker:
            try:
                from faker import Faker
            except ImportError:
                pass
            else:
                self.faker = [Faker(loc) for loc in ("zh_CN", "zh_TW", "en_GB", "en_US", "de_DE", "sv_SE")]

    def rng(self, *key: str) -> random.Random:
        digest = hashlib.sha256("\x1f".join((str(self.seed), *key)).encode("utf-8")).hexdigest()
        return random.Random(int(digest[:16], 16))

    # ---- persons ----
    def person(self, old: str) -> str:
        r = self.rng("person", old)
        style = r.choice(("pinyin", "pinyin", "cantonese", "cantonese", "taiwanese", "korean", "japanese",
                          "pen", "western", "western", "western-initial", "western-initial-dot", "faker",
                          "english-chinese"))
        if old.count(" ") == 0 and r.random() < 0.5:
            style = "pen"
        return self._person(style, r)

    def _person(self, style: str, r: random.Random) -> str:
        if style == "faker" and self.faker:
            fk = r.choice(self.faker)
            fk.seed_instance(r.randrange(1 << 30))
            if fk.locales and fk.locales[0].startswith("zh"):
                style = r.choice(("pinyin", "taiwanese"))  # faker's zh names are in Han characters
            else:
                return f"{fk.first_name()} {fk.last_name()}"
        if style == "faker":
            style = "western"
        if style == "pinyin":
            given = "".join(r.choice(PINYIN_SYLLABLES) for _ in range(r.choice((1, 2, 2))))
            return f"{r.choice(PINYIN_SURNAMES)} {given.capitalize()}"
        if style == "cantonese":
            a, b = r.choice(CANTONESE_SYLLABLES), r.choice(CANTONESE_SYLLABLES)
            given = f"{a.capitalize()}-{b}" if r.random() < 0.7 else f"{a.capitalize()} {b.capitalize()}"
            return f"{r.choice(CANTONESE_SURNAMES)} {given}"
        if style == "taiwanese":
            return f"{r.choice(TAIWANESE_SURNAMES)} {r.choice(TAIWANESE_SYLLABLES).capitalize()}-" \
                   f"{r.choice(TAIWANESE_SYLLABLES)}"
        if style == "korean":
            return f"{r.choice(KOREAN_SURNAMES)} {r.choice(KOREAN_SYLLABLES).capitalize()}-" \
                   f"{r.choice(KOREAN_SYLLABLES)}"
        if style == "japanese":
            first, last = r.choice(JAPANESE_GIVEN), r.choice(JAPANESE_SURNAMES)
            return f"{first} {last}" if r.random() < 0.5 else f"{last} {first}"
        if style == "pen":
            return "".join(r.choice(PEN_NAME_SYLLABLES) for _ in range(2)).capitalize()
        if style == "english-chinese":
            return f"{r.choice(WESTERN_FIRST)} {r.choice(CANTONESE_SURNAMES + PINYIN_SURNAMES)}"
        first, last = r.choice(WESTERN_FIRST), r.choice(WESTERN_LAST)
        if style == "western-initial":
            return f"{first} {chr(r.randrange(65, 91))} {last}"
        if style == "western-initial-dot":
            return f"{first} {chr(r.randrange(65, 91))}. {last}"
        return f"{first} {last}"

    # ---- organisations, places ----
    def organisation(self, old: str) -> str:
        r = self.rng("org", old)
        if re.fullmatch(r"[\w-]+(\.[a-z]{2,})+", old, re.I):
            return self.domain(r)
        m = re.fullmatch(r"(ISA|CWI|International Socialist Alternative)( in| i)? (.+)", old)
        if m:
            return f"{m.group(1)}{m.group(2) or ''} {r.choice(self.countries)}"
        if re.fullmatch(r"[A-Z]{2,6}", old):
            return "".join(chr(r.randrange(65, 91)) for _ in range(r.choice((2, 3, 3, 4))))
        if old.split()[-1] in ("magazine", "newspaper", "paper", "journal", "website"):
            return f"{r.choice(self.publications)} {old.split()[-1]}"
        return r.choice(self.sections)

    def domain(self, r: random.Random) -> str:
        return f"{r.choice(self.domain_words)}{r.choice(self.domain_words)}{r.choice(DOMAIN_ENDS)}"

    def affiliation(self, old: str) -> str:
        r = self.rng("affil", old)
        head = re.match(r"(ISA|CWI|International Socialist Alternative|Committee for a Workers' International)"
                        r"( in| i)?", old)
        if head:
            return f"{head.group(0)} {r.choice(self.countries)}"
        return f"ISA in {r.choice(self.countries)}"

    def place(self, old: str) -> str:
        return self.rng("place", old).choice(self.cities)

    def han(self, old: str) -> str:
        r = self.rng("han", old)
        return "".join(r.choice(HAN) for _ in old)

    def role(self, old: str) -> str:
        return self.rng("role", old).choice([w for w in ROLE_SWAPS if w != old] or list(ROLE_SWAPS))


# --------------------------------------------------------------------------------------
# Rewriting a block's material
# --------------------------------------------------------------------------------------

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_PLACE_AFTER_IN = re.compile(r"\bin ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,2})")


def _sub_all(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def rewrite_names(block: PartsBlock, material: Material) -> PartsBlock | None:
    """The block with its byline's material swapped for new material (see the module doc);
    None when the block has no byline or its labels cannot be carried over."""
    parts = dict(block.parts)
    byline = parts.get("byline")
    if not byline:
        return None
    labels = dict(block.labels)
    mapping: dict[str, str] = {}
    for name in labels["authors"]:
        mapping[name] = material.person(name)
    org, affil = labels["organisation"], labels["affiliation"]
    if org and " and " not in org:
        mapping[org] = material.organisation(org)
    if affil and affil != org:
        mapping[affil] = material.affiliation(affil)
    flat = " ".join(byline.split())
    residue = flat
    for key in sorted(mapping, key=len, reverse=True):
        residue = residue.replace(key, " ")
    for m in _PLACE_AFTER_IN.finditer(residue):
        place = m.group(1)
        if place not in mapping and place not in ("Hong Kong",) or not org:
            mapping.setdefault(place, material.place(place))
    for run in _HAN_RUN.findall(byline):
        mapping.setdefault(run, material.han(run))
    last = flat.split()[-1] if flat.split() else ""
    new_parts = []
    for label, text in block.parts:
        new = _sub_all(text, mapping)
        if label == "byline" and org and not labels["authors"] and last in ROLE_SWAPS:
            new = re.sub(rf"\b{last}$", material.role(last), new.rstrip())
        new_parts.append((label, new))
    new_byline = " ".join(dict(new_parts)["byline"].split())
    labels["authors"] = [mapping.get(a, a) for a in labels["authors"]]
    for key in ("organisation", "affiliation"):
        if labels[key]:
            labels[key] = _sub_all(labels[key], mapping)
    for value in [*labels["authors"], labels["organisation"], labels["affiliation"]]:
        if value and value not in new_byline:
            return None
    return replace(block, parts=tuple(new_parts), labels=labels)


# --------------------------------------------------------------------------------------
# Byline kinds: a whole byline from a template
# --------------------------------------------------------------------------------------

#: kind -> builder(material, rng) -> (byline, authors, organisation, affiliation). The kinds issue 9
#: lists as failures are among them (marked "issue 9").
Builder = Callable[[Material, random.Random], tuple[str, list[str], str | None, str | None]]


def _p(m: Material, r: random.Random, style: str | None = None) -> str:
    return m._person(style or r.choice(("pinyin", "cantonese", "taiwanese", "korean", "western", "pen",
                                        "western-initial", "english-chinese", "faker")), r)


def _o(m: Material, r: random.Random) -> str:
    return r.choice(m.sections)


def _aff(m: Material, r: random.Random) -> str:
    return f"{r.choice(('ISA', 'CWI'))} in {r.choice(m.countries)}"


FORM_KINDS: dict[str, Builder] = {
    "name-org": lambda m, r: ((a := _p(m, r)) + f", {(o := _o(m, r))}", [a], o, None),
    "name-org-affil": lambda m, r: (f"{(a := _p(m, r))}, {(o := _o(m, r))} ({(f := _aff(m, r))})", [a], o, f),
    "names-and-org": lambda m, r: (f"{(a := _p(m, r))} and {(b := _p(m, r))}, {(o := _o(m, r))}", [a, b], o,
                                   None),
    "names-amp-org": lambda m, r: (f"{(a := _p(m, r))} & {(b := _p(m, r))}, {(o := _o(m, r))}", [a, b], o,
                                   None),  # issue 9
    "names-in-place": lambda m, r: (f"{(a := _p(m, r))} and {(b := _p(m, r, 'pen'))} in {r.choice(m.cities)}",
                                    [a, b], None, None),  # issue 9
    "by-name": lambda m, r: (f"By {(a := _p(m, r))}", [a], None, None),
    "by-name-org": lambda m, r: (f"By {(a := _p(m, r))}, {(o := _o(m, r))}", [a], o, None),
    "middle-initial-org": lambda m, r: (f"{(a := _p(m, r, 'western-initial'))}, {(o := _o(m, r))}", [a], o,
                                        None),  # issue 9
    "name-han-org": lambda m, r: (f"{(a := _p(m, r, r.choice(('cantonese', 'taiwanese'))))} ({m.han(a)[:3]}) "
                                  f"{(o := _o(m, r))}", [a], o, None),  # issue 9
    "pen-name-domain": lambda m, r: (f"{(a := _p(m, r, 'pen'))}, {(o := m.domain(r))}", [a], o, None),
    "domain-role": lambda m, r: (f"{(o := m.domain(r))} {r.choice(('reporters', 'statement'))}", [], o,
                                 None),  # issue 9
    "org-role": lambda m, r: (f"{(o := _o(m, r))} {r.choice(ROLE_SWAPS)}", [], o, None),
    "org-and-org-reporters": lambda m, r: (f"{(o := _o(m, r))} and {m.domain(r)} reporters", [], o, None),  # issue 9
    "statement-by": lambda m, r: (f"Statement by {(o := _o(m, r))}", [], o, None),
    "editorial-from": lambda m, r: (f"Editorial from {(o := r.choice(m.publications) + ' magazine')} issue "
                                    f"{r.randrange(10, 300)}", [], o, None),
    "leaflet-issued": lambda m, r: (f"Leaflet issued by {(o := _o(m, r))} for the May Day march in "
                                    f"{r.choice(m.cities)}", [], o, None),
    "interview-with": lambda m, r: (f"Interview with {(a := _p(m, r))} of {(o := _o(m, r))}", [a], o, None),
    "reviewed-by": lambda m, r: (f"Reviewed by {(a := _p(m, r))}", [a], None, None),
    "report-from-by": lambda m, r: (f"Report from {r.choice(m.cities)} by {(a := _p(m, r))}", [a], None, None),
    "translated-from": lambda m, r: (f"Translated from an article by {(a := _p(m, r))} on the Chinese edition of "
                                     f"{(o := m.domain(r))}", [a], o, None),
}


def form_block(block: PartsBlock, material: Material, kind: str) -> PartsBlock | None:
    """The block with its byline replaced by one of ``kind`` (FORM_KINDS); None without a byline,
    when the block is cut (the new byline would change where the cut falls), or for a block with a note."""
    labels = dict(block.labels)
    kinds = [label for label, _ in block.parts]
    if "byline" not in kinds or "note" in kinds or labels["truncated"] and "lede" not in kinds:
        return None
    r = material.rng("form", kind, block.id)
    byline, authors, org, affil = FORM_KINDS[kind](material, r)
    parts = tuple((label, byline if label == "byline" else text) for label, text in block.parts)
    labels.update(authors=authors, organisation=org, affiliation=affil)
    return replace(block, parts=parts, labels=labels, kind=kind)


# --------------------------------------------------------------------------------------
# Whole sets
# --------------------------------------------------------------------------------------


def parts_blocks(blocks: Iterable[GoldBlock]) -> tuple[list[PartsBlock], int]:
    """(the blocks that split into parts, how many did not)."""
    out, skipped = [], 0
    for b in blocks:
        pb = block_parts(b)
        if pb is None:
            skipped += 1
        else:
            out.append(pb)
    return out, skipped


def perturb_names(blocks: Iterable[PartsBlock], seed: int, *, use_faker: bool = True,
                  pool: str = "main") -> list[tuple[PartsBlock, PartsBlock]]:
    """(original, rewritten) for every block whose byline's material could be swapped; one
    ``Material`` per source so a site's recurring names stay recurring."""
    materials: dict[str, Material] = {}
    out = []
    for b in blocks:
        m = materials.setdefault(b.source, Material(seed, use_faker, pool))
        new = rewrite_names(b, m)
        if new is not None:
            out.append((b, new))
    return out


def perturb_forms(blocks: Iterable[PartsBlock], seed: int, *, use_faker: bool = True,
                  pool: str = "main") -> list[tuple[PartsBlock, PartsBlock]]:
    """(original, with a templated byline) for blocks with a byline, each given a kind in turn."""
    material = Material(seed, use_faker, pool)
    kinds = list(FORM_KINDS)
    out = []
    for n, b in enumerate(bl for bl in blocks if dict(bl.parts).get("byline")):
        new = form_block(b, material, kinds[n % len(kinds)])
        if new is not None:
            out.append((b, new))
    return out
