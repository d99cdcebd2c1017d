"""The byline forms: small regular expressions over an excerpt's token classes.

``tokens.tokenize`` cuts an excerpt into tokens; here each word token gets a *class*: one
character that stands for its shape ("a capitalised word", "an acronym", "a domain name") and
the word tables it is in (``bylines.WORD_SETS``: "an organisation word", "a role word", ...), or
for the words a form names literally, the word itself ("by", "of"). Punctuation stands for
itself and the gaps between tokens are kept (" ", a line break, or nothing for a run-in). A form
is a regular expression over that *class string*: ``{NAMES}, {ORG}`` reads "names, a comma, an
organisation". Word lists never appear in a pattern, only the few class characters that have a
property, so all forms compile in milliseconds, and a word's class is looked up once per word.

``FORMS`` lists the forms, specific to generic, each with two examples (scores: ``split.BASE_SCORES``);
``Matcher`` finds them in a text and turns a match back into the text's spans.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newscrawl.extract import bylines as B
from newscrawl.extract import pattern_cache
from newscrawl.extract import tokens as T
from newscrawl.extract.tokens import Token

# --------------------------------------------------------------------------------------
# Word classes
# --------------------------------------------------------------------------------------

#: Words the forms name literally (each is its own property, "=word").
LITERALS = frozenset(
    """and of the for a an in i de del des by from with at on to our own special staff local one is was
    published issued taken reprinted republished adapted extracted conducted board team collective committee
    following his her their new forthcoming recent issue number no vol mark ahead who whose which
    This The A An By From Our Interview Interviewed Editorial Editors Reporters Correspondents Staff Eyewitness
    Issue No Vol Hong Kong Joint report Review Reviewed reviews written Translated edition website version
    Abridged Adapted Excerpted Extracted Kong’s Kong's reporting writing directed edited produced As told
    review reports writes We this these those its respectively""".split())

_SETS_OF_WORD: dict[str, tuple[str, ...]] = {}
for _name, _words in B.WORD_SETS.items():
    for _w in _words:
        _SETS_OF_WORD[_w] = (*_SETS_OF_WORD.get(_w, ()), _name)
for _w in LITERALS:
    _SETS_OF_WORD[_w] = (*_SETS_OF_WORD.get(_w, ()), "=" + _w)

_NAT_ENDINGS = ("ese", "ian", "ish", "ean")
_POSSESSIVE = ("’s", "'s")
_PLURAL_POSSESSIVE = ("s’", "s'")


def _derived(word: str, shape: str) -> set[str]:
    """The properties a word has by its shape (and a few tables): name, cap, poss, natadj, org, starter."""
    props: set[str] = set()
    if shape == T.CAP:
        org_stem = word.lower().startswith(B.ORG_STEMS)
        starter = word in B.SENTENCE_STARTERS or _number_word(word)
        if T.NAME_SHAPE_RE.fullmatch(word) and word not in B.NOT_NAME_WORDS and not org_stem and not starter:
            props.add("name")
        if T.CAP_SHAPE_RE.fullmatch(word) and not starter:
            props.add("cap")
        if org_stem:
            props.add("org")
        if starter:
            props.add("starter")
        if word.endswith(_POSSESSIVE):
            props.add("poss")
        if word.endswith(_PLURAL_POSSESSIVE):
            props.add("squote")  # "Workers’", "Unions’": a plural possessive, or a quote closing after an s
        if word.endswith(_NAT_ENDINGS):
            props.add("natadj")
        if "-" in word and all(part in B.MONTHS for part in word.split("-")):
            props.add("month")  # "May-June", "Mar-Apr"
    elif shape in (T.INITIAL, T.CJK_NAME):
        props.add("name")
    return props


def _number_word(word: str) -> bool:
    """"Twenty-seven", "Thirty-six": a number word, like the starter it opens with."""
    head, sep, _ = word.partition("-")
    return bool(sep) and head.endswith("ty") and head in B.SENTENCE_STARTERS


def key_of(word: str) -> tuple[str, frozenset[str]]:
    """A word's class key: (shape, properties)."""
    return _key_of(word)


@functools.lru_cache(maxsize=16384)
def _key_of(word: str) -> tuple[str, frozenset[str]]:
    word = T.without_latin_accents(word)
    shape = T.shape_of(word)
    return shape, frozenset(_derived(word, shape) | set(_SETS_OF_WORD.get(word, ())))


#: The characters that stand for token classes: below 256 (a character class of them compiles to a
#: bitmap, fast), and never a token of their own in a class string (letters and digits are always
#: inside word tokens; the control characters are mapped away in ``classify``).
#: (The Latin-1 letters and digits among the signs, "ª", "²", "µ", "¼" ..., are word characters too.)
_POOL = "".join(map(chr, [*range(0x01, 0x09), *range(0x0E, 0x1C), *range(0x80, 0xA0), *range(0x30, 0x3A),
                          *range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0xD7), *range(0xD8, 0xF7),
                          *range(0xF8, 0x100), *(c for c in range(0xA0, 0xC0) if chr(c).isalnum())]))


class _Alphabet:
    """Every class key a token can have, each with one character (Unicode private use area)."""

    def __init__(self) -> None:
        keys = {key_of(w) for w in _SETS_OF_WORD} | {key_of(w) for w in B.NOT_NAME_WORDS}
        keys |= {(shape, frozenset()) for shape in T.SHAPES} | {(T.INITIAL, frozenset({"name"})),
                                                               (T.CJK_NAME, frozenset({"name"}))}
        # what a capitalised word outside the tables may have (properties from its shape)
        keys |= {(T.CAP, frozenset(p.split())) for p in (
            "name cap", "name", "cap", "name poss", "poss", "name cap natadj", "cap natadj", "name natadj",
            "cap org", "org", "cap org natadj", "starter", "name cap month", "cap month", "cap squote")}
        # shapes first, the common properties next: most classes are a few ranges of characters
        order = {p: k for k, p in enumerate(("name", "cap", "org", "starter", "poss"))}
        self.keys = sorted(keys, key=lambda k: (T.SHAPES.index(k[0]), sorted(order.get(p, 99) for p in k[1]),
                                                sorted(k[1])))
        if len(self.keys) > len(_POOL):
            raise ValueError(f"{len(self.keys)} token classes, {len(_POOL)} characters for them")
        self.char = {key: _POOL[i] for i, key in enumerate(self.keys)}
        self.chars = frozenset(self.char.values())

    def char_of(self, word: str) -> str:
        key = key_of(word)
        c = self.char.get(key)
        if c is None:  # a property combination no table word has: keep fewer of its properties
            shape, props = key
            # (a possessive stays one: "Alternatif’s" is an organisation word's possessive, no such class exists)
            for keep in (("name", "cap", "poss", "natadj", "org", "starter", "month", "squote"),
                         ("name", "cap", "poss"), ("name", "cap"), ()):
                c = self.char.get((shape, props & frozenset(keep)))
                if c is not None:
                    break
            assert c is not None  # every shape has its plain class
        return c

    def cls(self, pred: Callable[[str, frozenset[str]], bool]) -> str:
        """A character class (runs of characters as ranges) of the keys satisfying ``pred``."""
        codes = sorted(ord(self.char[k]) for k in self.keys if pred(*k))
        if not codes:
            raise ValueError("no token class has that property")
        runs: list[list[int]] = []
        for c in codes:
            if runs and c == runs[-1][1] + 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
        body = "".join(chr(a) if a == b else f"{chr(a)}{chr(b)}" if b == a + 1 else f"{chr(a)}-{chr(b)}"
                       for a, b in runs)
        return "[" + body + "]"


ALPHABET = _Alphabet()


@functools.cache
def has(*props: str) -> str:
    """The class of tokens having any of ``props`` (a word set, a derived property, or "=word")."""
    wanted = frozenset(props)
    return ALPHABET.cls(lambda shape, p: bool(p & wanted))


@functools.cache
def shaped(*shapes: str, without: tuple[str, ...] = ()) -> str:
    """The class of tokens of one of ``shapes`` (and none of the properties ``without``)."""
    avoid = frozenset(without)
    return ALPHABET.cls(lambda shape, p: shape in shapes and not p & avoid)


@functools.cache
def lit(*words: str) -> str:
    """One of these words (each must be in LITERALS)."""
    unknown = [w for w in words if w not in LITERALS]
    if unknown:
        raise ValueError(f"not in LITERALS: {unknown}")
    return has(*("=" + w for w in words))


# --------------------------------------------------------------------------------------
# Building blocks (regular expressions over the class string)
# --------------------------------------------------------------------------------------

UPSTART = shaped(T.CAP, T.ACRONYM, T.UPPER, T.LETTER, T.INITIAL, T.OTHER_UP)  # a token opening with a capital
WORD = shaped(*(s for s in T.SHAPES if s != T.NUMBER))  # any word token but a number
LOWER = shaped(T.LOWER)
NUM = shaped(T.NUMBER)
CJKW = shaped(T.CJK_NAME, T.CJK)
NAME_TOK = has("name")
LETTER = shaped(T.LETTER, without=("starter",))  # a middle initial without its full stop ("Marcus T Hellberg")
# ... between two name words any capital letter is one, "A" and "I" too ("Fenna A Quigley", "Rosalind I
# Pemberton": bylines.EXAMPLES["middle-initial-starter"]); a sentence's "A" or "I" is not followed by a name
MIDDLE_LETTER = shaped(T.LETTER)
PART = has("particle")
AND = lit("and")
THE = lit("the")
OF = lit("of")
IN = lit("in", "i")  # "CWI i Korea": the organisation's own language
STARTER = has("starter")
CAPTOK = has("cap")
ACR = shaped(T.ACRONYM)
DOMAIN = shaped(T.DOMAIN)
PUB = has("publication")
CUE = has("org", "publication")
ROLE = has("role")
GROUP = has("group")
#: a capitalised group of people that is no organisation word ("Cleaners", "Nurses"; not "Workers"): a lede's
#: opening after a place or an organisation ("... members in Taichung | Cleaners at the hospital ...")
GROUP_ONLY = ALPHABET.cls(lambda shape, p: "group" in p and "org" not in p)
MONTH = has("month")
# a date: "12 May", "12 May 2025", "May 12", "May 12, 2025"
_DATE = rf"(?:{NUM} {MONTH}(?: {NUM})?|{MONTH} {NUM}(?:, {NUM})?)"
PLACE_NAME = has("place")

# a name word, but not a month before or after a number ("Martin Cole, | June 4th marks", "... on 14 | August A B,
# Org": a date: bylines.EXAMPLES["day-month-no-name"]), nor the "Kong" of "Hong Kong" ("... in Hong Kong | Zhouzhou,
# Org": bylines.EXAMPLES["name-after-hong-kong"])
_KONG = lit("Kong", "Kong’s", "Kong's")
NAME_TOK = rf"(?!{MONTH} {NUM})(?!(?<={NUM} ){MONTH})(?!(?<={lit('Hong')} ){_KONG}){NAME_TOK}"
# A person's name: up to four name words (particles and a middle initial between them), and its
# CJK form in brackets ("Kwok Tsz-kin (郭子健)").
# ... or in another alphabet ("Aigerim Bekova (Айгерим Бекова)": words of no Latin shape, ``OTHER_UP``)
# ... or the person's social-media handle ("Mo Xiaoyu (@moxy_writes)"): like the name's other form, no author
# ... or the person's pronouns ("Jess Okonkwo-Lau (they/them)")
# ... or in a script without capitals, whose vowel signs cut it into several tokens ("Farhana Akter (ফারহানা আক্তার)",
# "Ali Raza (علی رضا)": bylines.EXAMPLES["name-other-script-caseless"])
OTHER_SCRIPT = (rf"\((?:{shaped(T.CJK_NAME)}|{shaped(T.OTHER_UP)}(?: {shaped(T.OTHER_UP)}){{0,3}}"
                rf"|{shaped(T.OTHER_LOW)}(?: ?{shaped(T.OTHER_LOW)}){{0,24}}"
                # ... or where the person is: "Rukhsana Baloch (in Karachi), Org" (EXAMPLES["name-in-place-bracket"])
                rf"|{lit('in')} {CAPTOK}(?: {CAPTOK}){{0,2}}"
                # ... or a remark of a few lower-case words: "Cheung Wing-sze (pictured), Org", "A (name changed), Org",
                # and where: "Chou Ming-hsien (lithography technician, Tainan)"
                rf"|(?!{lit('in')} ){LOWER}(?: {LOWER}){{0,2}}(?:, {CAPTOK}(?: {CAPTOK})?)?"
                rf"|@[^()\n ]{{1,9}}|{LOWER}/{LOWER}(?:/{LOWER})?)\)")
# (a CJK form in full-width brackets, run in: "Chow Yuk-ting（周玉婷）": bylines.EXAMPLES["full-width-brackets"])
# (a suffix with its full stop before the comma: "Rodel Macaraeg Jr., Org": bylines.EXAMPLES["name-suffix"])
NAME = (rf"{NAME_TOK}(?:(?: {MIDDLE_LETTER})? (?:{PART} ){{0,2}}{NAME_TOK}){{0,3}}(?: {NAME_TOK}\.(?=,))?"
        rf"(?: {OTHER_SCRIPT}|（{shaped(T.CJK_NAME)}）)?")
NAME_SEP = rf"(?:, | {AND} | & )"
# Names: a comma list of names closes with "and" or "&" ("A, B and C"), looked for a few tokens ahead: "A, B"
# alone is a name and what follows the comma ("Reviewed by Lisa Thomas, Rood Links (...)", "By A, Democratic |
# Socialist Movement", "By A, Lewica | Socjalistyczna": bylines.EXAMPLES["comma-list-closes"], ["list-org-start"])
# ... and a name of three words or more does not end where a lone name word and a comma follow ("Reviewed by
# Dagny Gao | Lau Kam-wing, who ...": the lede opens with a two-word name; a lone surname opens ledes too:
# "Reviewed by Katrin Vogelsang | Dorsey, a sociologist"; bylines.EXAMPLES["names-before-a-name"])
# ... and names do not end with "Hong" of "Hong Kong" ("By Ho Ming-wah | Hong Kong's budget ...", "By A | Hong
# Kong activists ...": bylines.EXAMPLES["name-before-hong-kong"]; "Hong" alone is a surname)
_NT = has("name")
_HONG_KONG_NEXT = rf"(?<={lit('Hong')}) {_KONG}"
# (the "and" closing the list comes after name words only: "A, B and C", not "A, Org I start ... and the")
_LIST_CLOSES = rf"(?=(?:(?:{_NT}|{MIDDLE_LETTER}|{PART}|{OTHER_SCRIPT})(?:, | )){{1,8}}(?:{AND}|&) )"
# (the serial comma too: "A, B, and C": bylines.EXAMPLES["serial-comma-names"])
# (or "and" in the sections' languages, a particle like a name's, between two long names: "A B C y D E",
# "A B och C D": bylines.EXAMPLES["names-joined-y-e"])
NAMES = (rf"{NAME}(?:(?: {AND} | & |, {_LIST_CLOSES}|, {AND} | {PART} ){NAME}){{0,4}}"
         rf"(?!(?<={_NT} {_NT} {_NT}) {_NT},|{_HONG_KONG_NEXT})")
# (a one-word pen name with its Chinese form in brackets is as sure a name: "Gaoyuan (高原)", "Beiyan (北雁) and
# Songzhen (松针)": bylines.EXAMPLES["pen-name-chinese-form"])
FULL_NAME = (rf"(?:{NAME_TOK}(?:(?: {MIDDLE_LETTER})? (?:{PART} ){{0,2}}{NAME_TOK}){{1,3}}(?: {OTHER_SCRIPT})?"
             rf"|{NAME_TOK} \({shaped(T.CJK_NAME)}\))")
FULL_NAMES = rf"{FULL_NAME}(?:{NAME_SEP}{FULL_NAME}){{0,3}}"
#: two or more names, at least one of them full ("Dongfang and Lin Pei-ju")
NAME_LIST = rf"(?:{FULL_NAME}{NAME_SEP}{NAME}|{NAME}{NAME_SEP}{FULL_NAME})(?:{NAME_SEP}{NAME}){{0,3}}"

# Where a byline may end: the end, a line break, a space before something that can open a part
# (a capital, a number, a quote, a bracket, CJK, a bullet or dash), or a run-in (a capital or a
# quote run into a word, a full stop, a bracket or a number: "reportersMarch", "issue 56Hong"; a number run into a
# word or a bracket: "(ISA in China)2,000": bylines.EXAMPLES["number-run-into-bracket"]; a single opening quote into a
# bracket: "(CWI England & Wales)‘Empty Towers’": bylines.EXAMPLES["quote-run-into-bracket"]).
END = (rf"(?=$|\n| (?:{UPSTART}|{NUM}|{CJKW}|{DOMAIN}|[“\"‘'«•–—\-])|(?<={WORD})(?:{UPSTART}|[“\"《‘])"
       rf"|(?<=[.)])(?:{UPSTART}|[“\"])|(?<=\))‘|(?<={NUM}){UPSTART}|(?<={WORD}){NUM}|(?<=\)){NUM}"
       # (what a credit's text was made from goes on after it: "Edited by A, Org|, from the accounts of ...", and
       # another writer's part: "A, Org|, with an afterword by B")
       rf"|, (?:{lit('from')} {lit('a', 'an', 'the')}|{lit('with')} {lit('a', 'an')}) "
       # (or a clause after a semicolon: "A, Org|; updated by B after the verdict": split._clause_tail_end reads it;
       # bylines.EXAMPLES["semicolon-clause"])
       rf"|; {LOWER}"
       # (or where and when it was written, after a comma: "A, Org|, Macau, 12 January 2025", "A|, Denpasar, 1 May":
       # split._dated_tail_end reads it; bylines.EXAMPLES["byline-place-date"])
       # (or after a web byline's bar: "A | <site> | Chattogram, 9 March 2025", the bar before the place and date)
       rf"|(?:,| [|·]) (?:{CAPTOK}(?: {CAPTOK}){{0,2}}, )?{_DATE}(?=$|\n| (?:{UPSTART}|{NUM}|[“\"‘])))")
# a by-credit's own clause after its writer, read by split._clause_tail_end to the lede's opening: what the writer
# is or what was done to the text ("Letter from <place> by A|, transcribed by visitors | I have read ...", "Reviewed by
# A|, member of Org ...": bylines.EXAMPLES["by-credit-clause"]); not any clause, nor "a"/"an" or "from" after the
# names, which the lede's opening person may have: "Reviewed by A | Lau Kam-wing, who died in August", "... by A |
# Siti Rahayu, an Indonesian caregiver ...", "Report from <place> by A | Volunteers at a food bank ..."
_CREDIT_CLAUSE_NEXT = rf"(?=, (?:{has('member-role')}|{LOWER} {lit('by')}) )"
# (after the organisation's bracket any lower-case word: "A, Org (Aff)|, author of ...")
_BY_CLAUSE_NEXT = rf"(?=(?<=\)), (?!{AND} ){LOWER} )"
# a strong end: a line break, the end, a sentence starter, a capital run into a word, or a sentence starter
# run into a number ("... on 12 June 2025The hospital")
END_STRONG = rf"(?=$|\n| {STARTER}|(?<={WORD}){UPSTART}|(?<={NUM}){STARTER})"
# a capitalised group noun, then a comma or a lower-case word: a lede opening ("march | Workers, youth")
GROUP_START = rf"(?= {GROUP}(?:,| {LOWER}))"
# a sentence's end: . : ! ? before the end / a line break / a capital, number or quote; or the end itself
SENT_END = (rf"(?:[.:!?](?=$|\n| (?:{UPSTART}|{NUM}|[“\"‘'«(\[]))|(?<={WORD})[.!?](?={shaped(T.CAP)})|(?=$|\n))")
# an interview's first question after its intro ("... about the strike | What has changed ...?")
QUESTION_START = rf"(?= {has('question')} [^\n.!?]{{2,60}}(?:\?|$))"  # (or cut by the excerpt's end)

# Organisations
_ORG_TOKEN = rf"(?:{ACR}|{CAPTOK}|{PUB})"
# ("Voice of Labour"; a particle in the organisation's language: "Frente de Izquierda", "Tinig ng Manggagawa")
_ORG_LINK_WORDS = rf"{OF}(?: {THE})?|{lit('for')} {lit('a')}|{lit('de', 'del', 'des')}|{PART}"
_ORG_LINK_BEFORE = rf"(?:(?:{_ORG_LINK_WORDS}) )?"
# after its organisation word, "for" alone links the words of its aim too ("Movement for Socialist Renewal", "Students
# for Workers’ Power": bylines.EXAMPLES["org-for-aim"]; not before a month: "Socialist Action | for May Day"; not
# before it: "Report by Tang Ho-lun | for Socialist Action")
_ORG_LINK = rf"(?:(?:{_ORG_LINK_WORDS}|{lit('for')}(?= (?!{MONTH}){CAPTOK})) )?"
# a capitalised organisation word followed by a lower-case word that no organisation name holds (not a
# role, a publication word or a link) opens a sentence, not more of the organisation: "..., International
# Socialist Alternative | Workers’ real wages fall", "..., Red Flag | Unions call off the strike"
# (nor a member's role: "Socialist Party | regional secretary")
#: what a member is, or the body of an organisation a person speaks for ("national committee")
_ROLE_WORD = rf"(?:{has('member-role')}|{lit('committee')})"
#: ... with up to two lower-case words before it ("national committee", "youth organiser")
_ROLE_PHRASE = rf"(?:{LOWER} ){{0,2}}{_ROLE_WORD}"
#: a school's year, a capitalised word and a number ("Form Four", "Secondary 3", "Year 11") before a pupil's job
_SCHOOL_YEAR = rf"(?:{CAPTOK} (?:{STARTER}|{NUM}) )?"
_SENTENCE_GOES_ON = (rf"(?!{ROLE}|{PUB}|{OF}|{AND}|{lit('for', 'de', 'del', 'des', 'in', 'i')}"
                     rf"|{_ROLE_PHRASE}){LOWER}")
# ... a capitalised word followed by such a lower-case word (not "by", "from", "with" or an article either)
_NEW_SENTENCE = rf"(?!{lit('by', 'from', 'with', 'the', 'a', 'an')}){_SENTENCE_GOES_ON}"
# (never inside "Hong Kong": "... Unificado | Hong Kong’s small ..." is the sentence, not "... Hong | Kong’s")
# (or "of" and a determiner before a lower-case word, which no organisation's name holds: "... Socialist Signal |
# Parts of this article were read out ...": bylines.EXAMPLES["capital-of-the-lower"])
_OF_THE_LOWER = rf"{OF} {lit('the', 'this', 'these', 'those', 'a', 'an', 'its', 'their', 'our')} {LOWER}"
NEW_SENTENCE = rf"(?<!{lit('Hong')})(?= (?!{lit('Kong', 'Kong’s')}){UPSTART} (?:{_NEW_SENTENCE}|{_OF_THE_LOWER}))"
# words after the last organisation word belong to it only when a clear end follows ("Red Spark The
# ...", "Red Spark (CWI ..."), not before a name ("Workers’ Voice | Deng Xiaoping,")
# (or before a credit's tail: "Leaflet issued by Solidarność Pracownicza | for the May Day march":
# bylines.EXAMPLES["org-tail-credit-tail"])
# (or before "and" and a second organisation: "Solidarność Pracownicza | and redflag.org reporters", or, a
# tail of capitalised words only, before a new sentence not inside "Hong Kong": "Alternativa Socialista
# Brasil | Dongguan's electronics belt": bylines.EXAMPLES["org-tail-sentence"])
# (or a member's role or the organisation's body after it, or a book's kind: "Red Flag | national committee", "the
# Red Flag | pamphlet ‘...’")
# (or what else its member is: "Socialist | Action and a bus driver in Kowloon")
# (or a title before a name: "A, Socialist Tide | Uncle Wah is 74": bylines.EXAMPLES["org-before-title"])
# (or a group of people opening the lede: "Red Banyan | Residents of mountain villages ...")
# a note on how the text was made opening after the byline ("A, Org | Translated from the Swedish by ...":
# bylines.EXAMPLES["org-then-translation-note"])
_MADE_NOTE_START = rf"(?= {lit('Translated', 'Adapted', 'Abridged', 'Excerpted')} {lit('from', 'by', 'for')} )"
_ORG_TAIL_END = (rf"(?=$|\n|[,.:;《/]| (?:{NUM}|[“\"‘'(«])| {STARTER}| {ROLE}| {IN} {UPSTART}| {has('credit-tail')} "
                 rf"|{GROUP_START}|{_MADE_NOTE_START}"
                 # (not a title phrase's own words: "Alternative | Japanese Prime Minister Sanae Takaichi's")
                 rf"|(?<!{has('natadj')})(?<!{has('title')}) {has('title')} {NAME_TOK}"
                 rf"| {AND} {lit('a', 'an')} (?:{LOWER} ){{0,2}}{has('occupation')}(?![^ \n])"
                 # (or its issue number: "Editorial from Red | Banner issue 88")
                 rf"| {lit('issue', 'Issue')} {NUM}"
                 # (or what its member writes: "A of Socialist Tomorrow | writes:")
                 rf"| {lit('writes', 'reports', 'report')}:"
                 # (or whom it talked to: "Left Harbour | talked to a bus captain ...")
                 rf"| {has('interview-verb-to')} {lit('to', 'with')} "
                 rf"|(?<={WORD}){UPSTART}| {AND} (?:{THE} )?(?:{DOMAIN}|{ACR}|(?:{_ORG_TOKEN} ){{0,4}}{CUE})"
                 rf"| {_ROLE_PHRASE}"
                 rf"| {has('book-word')} [‘“\"])")
# ... a tail of capitalised words only (no link: "Socialist Action | Residents of Tuen Mun who") before a new sentence
# (no title or group noun either: "Left Socialist Party | President Prabowo Subianto's flagship ...")
# (or before "Hong Kong’s" and a lower-case word: "Socialist Current | Hong Kong’s largest terminal operator ...")
_CAPS_TAIL_NEW_SENTENCE = (rf"(?: (?!{has('title', 'group')}|{lit('Hong')} {_KONG}|{MONTH} {NUM}){CAPTOK}){{1,2}}"
                           rf"(?:{NEW_SENTENCE}|(?= {lit('Hong')} {lit('Kong’s')} {LOWER})"
                           # (or a date opening the lede: "Partido Obrero Unificado | June 4th marks ...", or the
                           # lede run into it: "Obrera Unida|“I love our city ...")
                           rf"|(?= {MONTH} {NUM})|(?={UPSTART}|[“\"‘]))")
# a name's last word may be a sentence starter when punctuation follows it ("Socialism Today, ...",
# "Democracy Now (...)": bylines.EXAMPLES["org-tail-starter"])
# ... or before a role, "in <Place>", "and", a line break, the end or a run-in capital ("Socialist Tomorrow reporters",
# "Socialist Tomorrow\nThis is ...", "... foodSocialist TomorrowThe central ...")
# (a role only before a sure end: "Socialist Action | Three volunteers at ..." is the lede)
# (or before what its member did or where: "... of Socialist Tomorrow writes:", "... of Socialist Tomorrow at a rally")
# (never "We": "... and the Bus Drivers’ Union | We, the undersigned, ...": bylines.EXAMPLES["we-opens-lede"])
_TAIL_STARTER = (rf"(?!{lit('We')}){STARTER}(?=[,.:;]| \(|$|\n| {IN} {UPSTART}| {AND} |(?<={WORD}){UPSTART}"
                 rf"| {lit('writes', 'reports', 'report')}:| {has('credit-tail')} {lit('a', 'an', 'the')} "
                 rf"| {ROLE}(?=$|\n| (?:{UPSTART}|{NUM})|(?<={WORD}){UPSTART}| {IN} {UPSTART}))")
# (a tail word is no month before a number: "Lewica Socjalistyczna | June 4th marks ...": a date opens the lede)
_NOT_AT_POSSESSIVE = rf"(?!(?<={has('squote')}) {CAPTOK})"
# (an organisation word as a plural possessive takes the capitalised word it possesses: "Workers’ Lantern",
# "Macau Workers’ Circle and ...")
_CUE_HEAD = rf"{CUE}(?:(?<={has('squote')}) (?!{MONTH} {NUM}|{GROUP_ONLY}){CAPTOK})?"
# (its first word may be joined to the next by "and" or "&" before the organisation word: "Rank and File Socialists",
# "Bread and Roses Socialists"; after a name of two words or an organisation word, "and" joins a second organisation:
# "Red Flag and Workers Alliance")
# ... or one capitalised word after the organisation word before a capitalised word and an article, "in" or "and"
# (which _CAPS_TAIL_NEW_SENTENCE does not take for a sentence's second word): the lede's opening ("Socialist Dawn |
# Figures in this article ...", "Left Harbour | Catering and cleaning staff ...": bylines.EXAMPLES["org-one-word-tail"])
#: a capitalised word and an article, "in" or "and" after it: a sentence's opening no organisation's name goes on into
_CAP_THEN_LINK = rf" {UPSTART} {lit('the', 'a', 'an', 'in', 'and')} "
_ONE_WORD_TAIL = rf" (?!{has('title', 'group')}|{lit('Hong')}){CAPTOK}(?={_CAP_THEN_LINK})"
# ... or its aim after "for" before a new sentence ("Movement for Socialist Renewal | Kano was once ...":
# bylines.EXAMPLES["org-for-aim"])
_AIM_TAIL_NEW_SENTENCE = rf" {lit('for')} (?:{lit('a')} )?(?!{MONTH}){CAPTOK}(?: {CAPTOK})?{NEW_SENTENCE}"
_ORG_AND = rf"(?:(?!{CUE}|{ACR}){CAPTOK} (?:{AND}|&) )?"
# (up to four words before the organisation word, or six with no link word between: "the Sham Shui Po Subdivided Flat
# Tenants’ Alliance", not "Alternativa Socialista Brasil Members of Class Voice": bylines.EXAMPLES["long-org-name"])
CUE_ORG = (rf"{_ORG_AND}(?:(?:{_ORG_TOKEN} {_ORG_LINK_BEFORE}){{0,4}}|(?:{_ORG_TOKEN} ){{5,6}}){_CUE_HEAD}"
           rf"(?:(?: {_ORG_LINK}(?!{MONTH} {NUM}|{GROUP_ONLY})(?:{_ORG_TOKEN}|{_TAIL_STARTER})){{1,2}}"
           rf"{_ORG_TAIL_END}|{_CAPS_TAIL_NEW_SENTENCE}|{_ONE_WORD_TAIL}|{_AIM_TAIL_NEW_SENTENCE}|)"
           rf"(?! {CUE}(?! {_SENTENCE_GOES_ON}| {AND} {LOWER}))"
           # (never ending on a plural possessive before a capitalised word: that word is what it possesses,
           # "Workers’ | Lantern, was in the gallery": bylines.EXAMPLES["org-possessive-head"])
           rf"{_NOT_AT_POSSESSIVE}")
_NOT_PLACE = has("title", "group")
# (never ending at the "Hong" of "Hong Kong": "... members in Hong | Kong questioned")
# (a compass adjective or "mainland" before it: "ILR sections in Hong Kong, Taiwan and mainland China", "organiser,
# southern Taiwan": bylines.EXAMPLES["place-adjective"])
# (nor before a month and a number: "A, ISA in Chile | October 18 2019 began ...")
PLACE = (rf"(?:{THE} |{has('place-adjective')} )?{CAPTOK}(?: (?!{GROUP_ONLY}|{MONTH} {NUM}){CAPTOK}){{0,2}}"
         rf"(?!{_HONG_KONG_NEXT})"
         # (nor with a word that opens a two-word place before a capitalised one: "correspondent in Seoul | South
         # Korea’s Supreme Court": bylines.EXAMPLES["place-before-possessive"])
         # (a compass word ends a place before a sentence's capitalised first word, though: "A, Org organiser, New
         # Territories West | Bulldozers moved ...": bylines.EXAMPLES["place-ends-in-compass-word"])
         rf"(?!(?<={has('place-prefix')}) (?:{CAPTOK}(?! {LOWER})|{has('poss')}))")
# after an acronym organisation ("ISA in South Korea | President Yoon") a place stops before a title
# or a group noun, before a nationality adjective's title ("Japanese Prime Minister") and before a
# capitalised possessive ("ISA South Asia | Sri Lanka's debt"); none opens with a title ("By A, LSR |
# President Lula returned")
_ACRONYM_PLACE = (rf"(?:{THE} )?(?!{has('title')}){CAPTOK}"
                  rf"(?: (?!{_NOT_PLACE}|{MONTH} {NUM}){CAPTOK}(?!(?<={has('natadj')}) {has('title')}"
                  rf"| {has('poss')})){{0,2}}")
PLACE_LIST = rf"{PLACE}(?:(?:, | {AND} ){PLACE}){{0,5}}"
KNOWN_PLACE = rf"(?:{lit('Hong')} {lit('Kong')}|{PLACE_NAME}(?: {PLACE_NAME})?)"
ACRONYM_ORG = rf"{ACR}(?: (?:{IN} )?{_ACRONYM_PLACE})?"
# (a word that opens "<word> <title> <two-word name>" is the lede's: "A, Rood Links | Financial Secretary Paul Chan
# has"; not before an honorific and a surname: "Statement by Partido Obrero Unificado | Mrs Huang has")
_NOT_TITLE_PHRASE = rf"(?!{CAPTOK} {has('title')} {CAPTOK} {CAPTOK})"
# (a particle may link its words: "Frente de Izquierda", "Tinig ng Manggagawa")
# (or in another capitalised script: "Εργατική Φλόγα (MWI in Greece)", "Рабочая Сила (...)":
# bylines.EXAMPLES["org-other-script"])
_OTHER_CAPS = shaped(T.OTHER_UP)
GENERIC_ORG = (rf"(?:{CAPTOK}(?: (?:{PART} )?{_NOT_TITLE_PHRASE}{CAPTOK}){{0,3}}"
               rf"|{_OTHER_CAPS}(?: {_OTHER_CAPS}){{0,3}})")
AFFIL_CUED = rf"\((?:[^()\n]*(?:{ACR}|{CUE}))[^()\n]{{0,30}}\)"
ORG_CORE = rf"(?:{DOMAIN}|{CUE_ORG}|{ACRONYM_ORG})"
# an organisation's appositive: "Framåt, paper of Arbeiderforbundet (WA Norway)",
# "Workers' Review, monthly paper of the Labour Left (...)"
APPOSITIVE_START = rf", (?:{THE} )?(?:(?:{LOWER}|{CAPTOK}) ){{0,2}}{PUB} {OF} "


# Where a capitalised run no table knows may end as an organisation, in a context that says an
# organisation comes (a credit's "by", "By A, ", a role word after it, a name's form in another
# script): a sure end, a bracket, a credit's tail, or a new sentence: a capitalised word followed by
# a lower-case word no organisation name holds ("Statement by Punainen Tähti | Polling stations were",
# "By A, Linke Offensive | Engineers at ...": bylines.EXAMPLES["loose-org"])
_ISSUE_NUM = rf"(?:{lit('issue', 'Issue')} |{lit('No', 'no')}\. ?){NUM}"  # ("issue 12", "no. 92")
# (or a person's title opening the lede: "Statement by Partido Obrero | Mrs Huang has sold ...", "A, Rood Links |
# Financial Secretary Paul Chan has ...")
TITLE_START = rf"(?= (?:{CAPTOK} )?{has('title')} {CAPTOK})"
# (or a place: "Members of Perlawanan Sosialis | in North Jakarta report:"; or a member's role, with up to two
# lower-case words before it before a comma: "A, Nyala Buruh | organiser, Penang", "A, Tenaga Merah | estates
# organiser, Perak": bylines.EXAMPLES["loose-org-role-phrase"])
_LOOSE_ORG_END = (rf"(?:(?=$|\n|[,.:;]| {STARTER}|(?<={WORD}){UPSTART}| \(| {ROLE}| {_ROLE_WORD}"
                  # (or a capitalised word and an article, "in" or "and": "Leaflet issued by Xekinima | Catering and
                  # cleaning staff ...", "Statement by Punainen Tähti | Turnout in ...": bylines.EXAMPLES[
                  # "loose-org-before-article"])
                  rf"|{_CAP_THEN_LINK}"
                  rf"| (?:{LOWER} ){{1,2}}{_ROLE_WORD}(?=[,.:;]| {IN} )"
                  rf"| {IN} {UPSTART}"
                  # (or a tail that says to whom or for what: "Speech by A | to the May Day rally of ...",
                  # bylines.EXAMPLES["credit-tail-to"])
                  rf"| {has('credit-tail')} | {lit('to')} {lit('the', 'mark')} | {NUM}| {_ISSUE_NUM}| [“\"‘'«])"
                  rf"|{NEW_SENTENCE}|{TITLE_START}"
                  rf"|{_MADE_NOTE_START}"
                  # (or a capitalised possessive and a lower-case word, a group of people: the lede's opening,
                  # "By A, Arbeterstimme | Hong Kong’s housing ...", "A, Dělnická Fronta | Workers, youth and ...")
                  rf"|(?= (?:{CAPTOK} )?{has('poss')} {LOWER})|{GROUP_START}"
                  # (or what its member did: "A of Sulong Manggagawa | spoke to ...")
                  rf"|(?= {has('interview-verb', 'interview-verb-to')} )"
                  # (or "and" a second, cued organisation: "Joint statement by Red Bangle | and Socialist Front":
                  # bylines.EXAMPLES["loose-org-and-org"])
                  rf"|(?=(?: {AND} | ?/ ?){ORG_CORE}(?={END_STRONG}|[,.:;]| \()))")
# ... or an issue number: the run is a publication ("Editorial from Offensiv | issue 1623")
# ... and never the tail of a longer capitalised run ("CWI | Nigeria reporters")
# (nor ending with "Hong" of "Hong Kong": "Statement by Red Flag | Hong Kong activists ...")
# (no title in it: "... Linke Offensive | Mr Fang worked ...")
_LOOSE_TOKEN = rf"(?!{has('title')}){_NOT_TITLE_PHRASE}{CAPTOK}"
# (a particle may link its words: "Frente de Izquierda", "Partido dos Trabalhadores")
# (nor a date's month: "A, Takaisku | June 4th marks ...")
# (nor "Hong" of "Hong Kong’s" opening the lede: "By A, Kämpa Tillsammans | Hong Kong’s housing ..."; another
# two-word possessive cannot be told from an organisation's last word and a one-word one: "Punane Rida | China's")
# (but after a one-word place a preposition names: "... shops in Changhua | Ny Tid editorial", "... from Ashulia to
# Gazipur | Punane Rida statement")
_AFTER_PLACE = rf"(?<={lit('in', 'at', 'from', 'to')} {CAPTOK} )"
# (an Irish name's article may open it: "A, An Droichead", "A, member of An Splanc": bylines.EXAMPLES[
# "irish-article-org"])
LOOSE_ORG = (rf"(?:(?<!{UPSTART} )|{_AFTER_PLACE})(?:{lit('An')} (?!{has('natadj')}))?{_LOOSE_TOKEN}"
             rf"(?: (?:{PART} )?(?!{GROUP_ONLY}|{MONTH} {NUM}|{lit('Hong')} {_KONG}){_LOOSE_TOKEN}){{0,3}}"
             rf"(?<!{lit('Hong')})"
             rf"{_LOOSE_ORG_END}")


# who else reported, after the organisation: "A, Org, with additional reporting by B in Place"; any capitalised run
# before it is an organisation ("A, Crvena Linija, with additional reporting by B": bylines.EXAMPLES[
# "additional-reporting"])
_REPORTING_BY = rf",? {lit('with')} (?:{LOWER} ){{0,2}}{lit('reporting')} {lit('by')} "


def org_full(tag: str = "", loose: bool = False, loose_after: str = "", loose_second: bool = False) -> str:
    """An organisation (or two joined by "and": "Socialist Action and ISA in Taiwan", the first named): cued (a
    domain, an organisation word, an acronym) or any capitalised run before a cued affiliation or
    an appositive (``loose``: or before a sure end, ``LOOSE_ORG``); then " in Place" and a bracketed
    affiliation (``loose_second``: the second of two organisations may be loose too: "leftasia.se and
    Offensiv editorial"). Groups org<tag>, affil<tag>."""
    any_run = rf"|{loose_after}{LOOSE_ORG}" if loose else ""  # loose_after: a look-behind it must follow
    one = (rf"(?:{ORG_CORE}|{GENERIC_ORG}(?= {AFFIL_CUED}|{APPOSITIVE_START}|{_REPORTING_BY}){any_run})"
           rf"(?: {IN} {PLACE_LIST})?")
    second = rf"(?:{ORG_CORE}{any_run})" if loose and loose_second else ORG_CORE
    # (the organisation named is the first: "Socialist Action and ISA in Taiwan reporters" -> Socialist Action)
    # (and its own affiliation: "X (ISA in Malaysia) and Y"; not the second's: "X and Y (ISA in Hong Kong)")
    # (an affiliation cut by the excerpt's end keeps what is left of it: "A, Org (ISA in Ch"; bylines.EXAMPLES[
    # "affiliation-cut"])
    # (its name in Chinese title marks, run in: "Red Camphor《紅樟》": bylines.EXAMPLES["org-title-marks"])
    # (a second joined by a slash: "A, Org/redcanal.info", "A, Org / Union": bylines.EXAMPLES["org-slash-org"])
    return (rf"(?P<org{tag}>{one})(?:《{CJKW}》)?(?: \((?P<affil{tag}>[^()\n]{{1,40}})(?:\)|$))?"
            rf"(?:(?: {AND} (?:{THE} )?| ?/ ?){second}(?: {IN} {PLACE_LIST})?(?: \([^()\n]{{1,40}}\))?)?")


ORG_FULL = org_full()
# the appositive's organisation gives the affiliation when the first has none
APPOSITIVE = rf"(?:{APPOSITIVE_START}(?:{THE} )?{org_full('_app')})?"
ISSUE = (rf"(?:,? (?:{lit('issue', 'Issue', 'number')}|{lit('No', 'no', 'Vol', 'vol')}\.) ?{NUM})?"
         rf"(?:,? \(?(?:{MONTH}(?:[\-–/]{MONTH})?|{has('season')}),? {NUM}\)?)?")
# a book's title in quotes (a colon and commas inside: "‘Ledger of the Dragon: Banks, Bonds and ...’")
# (a title ending in a plural closes with the word's own "s’": "‘... the New Unions’ by")
TITLE = rf"[‘“\"][^\n‘“”’\"]{{0,100}}(?:[’”\"]|(?<=[^‘“\"]){has('squote')})"
# a credit's tail: "... for the May Day march", "... to mark ...", "... ahead of ..."
# (up to 45 characters: "for the May Day march in Guadalajara"; it ends at the first sure end after it)
# (or to whom: "... to the striking porters of a Bristol hospital trust")
CREDIT_TAIL = (rf"(?: (?:{has('credit-tail')}|{lit('to')} (?:{lit('mark')}|{lit('the')})|{lit('ahead')} {OF})"
               rf" [^\n.:!?]{{1,45}}?)")
# ... or before a quotation opening the lede ("... for the march in Haifa | “Every lesson ...":
# bylines.EXAMPLES["credit-tail-quote"])
QUOTE_START = "(?= ?[“\"‘«])"
# ... or after "in <Place>" before a new sentence ("... for the May Day march in Ipoh | Bus drivers strike ...":
# bylines.EXAMPLES["credit-tail-place"])
# (a place of two words too: "... march in Da Nang | Consumer prices"; or a number opening the lede: "... march in
# Curitiba | 3 million migrant workers")
_AFTER_TAIL_PLACE = rf"(?:(?<={IN} {CAPTOK})|(?<={IN} {CAPTOK} {CAPTOK}))"
# (not a place's second word and its date: "... rally in Mong | Kok on Sunday:", "... in East | Asia on 21 June.")
_PLACE_WORD_DATE = rf" {UPSTART} {lit('on')} (?:{NUM}|{MONTH}|{has('weekday')})"
PLACE_THEN_SENTENCE = rf"{_AFTER_TAIL_PLACE}(?:(?!{_PLACE_WORD_DATE}){NEW_SENTENCE}|(?= {NUM}))"
# (in a text's credit, "The following article is based on a speech by A of Org at a forum in London | Every year on
# 4 June ...", only a sentence's opening, not a number: "... in Taipei in July | 2017." is the credit's date:
# bylines.EXAMPLES["following-credit-place-then-lede"])
_PLACE_THEN_NEW_SENTENCE = rf"{_AFTER_TAIL_PLACE}(?!{_PLACE_WORD_DATE}){NEW_SENTENCE}"
# ... or after a lower-case word before a capitalised possessive and a lower-case word, a name of one or two words
# ("... for the Labour Day march | Hong Kong’s workers create ...", "... for the rally | Porto’s dockers ...")
POSSESSIVE_START = rf"(?<={LOWER})(?= (?:{CAPTOK} )?{has('poss')} {LOWER})"
# where a credit's tail ends, in the credits that take one (credit-version, credit-noun)
_CREDIT_TAIL_END = (rf"(?::|{END_STRONG}|{GROUP_START}|{QUOTE_START}|{PLACE_THEN_SENTENCE}|{POSSESSIVE_START}"
                    # (a new sentence after a lower-case word that links nothing: "for the rally | Wages have
                    # stood ...", not "at the | Hsinchu bus depot", "at an | ISA public meeting")
                    rf"|(?<={LOWER})(?<!{lit('the', 'a', 'an', 'of', 'in', 'at', 'to', 'for', 'on', 'by', 'from')})"
                    rf"(?<!{lit('with', 'and')}){NEW_SENTENCE})")
# ... or a longer tail that ends with a date, then a part boundary ("... at the depot on 3 March | Bus
# drivers"): a date closes a credit's tail as surely as a sentence end
# ... the date it was given, then a capitalised word: the lede ("... a speech by A at a meeting in Taichung on 8 March
# 2026 | Women make up ...": bylines.EXAMPLES["credit-date-then-lede"])
_DATE_THEN_CAPITAL = (rf"(?:(?<={NUM} {MONTH} {NUM})|(?<={NUM} {MONTH})|(?<={MONTH} {NUM}))(?= {UPSTART})"
                      # (a month alone, then a sentence starter: "... in Taipei in July | The MeToo movement ...")
                      rf"|(?<={lit('in')} {MONTH})(?= ?{STARTER})")
# ... further on, within its sentence: a tail of where and when the talk was given, its date (and the place after it)
# then a capitalised word ("... at a <org> public meeting in Melbourne on 14 March, 2026 | The situation ...", "...
# at a public meeting organised by <org> on 12 May 2025 in Dublin | Since 2020 ...": bylines.EXAMPLES[
# "credit-long-dated-tail"])
_LONG_DATED_TAIL = (rf"[^\n.!?]{{0,100}}? (?:{_DATE}|{NUM} {MONTH}, {NUM})"  # (also "14 March, 2026")
                    rf"(?: {IN} {PLACE})?(?= {UPSTART})")
DATED_TAIL = (rf"(?: (?:{has('credit-tail')}|{lit('to')} {lit('mark')}|{lit('ahead')} {OF}) [^\n.:!?]{{0,50}}?"
              rf" {_DATE}(?={END_STRONG}| {UPSTART}))")
# what a credit cut short by the excerpt's end leaves (the form may then end at the text's end)
_PUBLICATION = rf"(?:{THE} |{lit('a', 'an')} |{lit('his', 'her', 'their')} )?"


@dataclass(frozen=True)
class Form:
    name: str
    pattern: str
    examples: tuple[str, ...]  # two independent ones at least (its score: split.BASE_SCORES)
    weak: bool = False  # needs a clean left context (split.py)

    @functools.cached_property
    def first_chars(self) -> frozenset[str]:
        """The classes its first token may have (``FIRST_TOKEN``): a speed-only pre-check."""
        first = re.compile(FIRST_TOKEN[self.name])
        return frozenset(c for c in (*ALPHABET.chars, *OPENING_QUOTES) if first.fullmatch(c))


#: Opening quotes, where a credit may start (a book's title: "‘Title’ by A. Reviewed by B").
OPENING_QUOTES = "‘“\""
_THIS_CREDIT = rf"(?:{lit('This')}|{lit('The')} {lit('following')})"
_ORG_FIRST = rf"(?:{DOMAIN}|{ACR}|{CAPTOK}|{CUE})"
_ORG_OR_NAME = rf"(?:{_ORG_FIRST}|{NAME_TOK})"


def _or(*classes: str) -> str:
    return "(?:" + "|".join(classes) + ")"

_ISWAS = lit("is", "was")
# what else a member is, and where: "... and a bus driver in Kowloon", "... and nurse at a county hospital"
# (one person's: "a", "an"; not a group in the lede, "... Org | Red and green minibus drivers in ...")
_AND_AN_OCCUPATION = (rf" {AND} {lit('a', 'an')} (?:{LOWER} ){{0,2}}{has('occupation')}"
                      rf"(?: (?:{IN}|{lit('at', 'from')}) (?:{lit('a', 'an', 'the')} )?(?:{LOWER} ){{0,2}}{PLACE})?")
_AND_OCCUPATION = rf"(?:{_AND_AN_OCCUPATION})?"
# what an author is of an organisation, before it: "member of ", "national organiser for ", "editor at ", "editorial
# board of " (a board only before its organisation: "A on behalf of the Org editorial board" is no role)
_MEMBER_OF = rf"(?:{LOWER} ){{0,5}}(?:{has('member-role')}|{lit('board')}) (?:{OF}|{lit('for', 'at')}) "
# an organisation's publication by its possessive, with its name in another script, before its issue number
# ("Editorial from Socialist Action’s bulletin 《工人前線》 issue 33", "... from Red Flag's weekly issue 12"),
# in its language ("... from Red Flag’s Chinese bulletin 《...》 issue 4")
_POSSESSIVE_PUBLICATION = (rf"(?P<org3>(?:{_ORG_TOKEN} ){{0,3}}{has('poss')}) (?:{has('natadj')} )?{PUB}"
                           rf"(?: \(?《?{CJKW}》?\)?)?"
                           rf"(?=,? {_ISSUE_NUM})")
# an organisation's group by its possessive ("Socialist Action’s youth group", "Red Flag’s students’ branch")
def _possessive_group(tag: str = "3") -> str:
    """An organisation's group or member by its possessive ("Socialist Action’s youth group", "Red Flag’s labour
    correspondent"); group org<tag>."""
    # (a domain's possessive too, its "’s" tokens of their own: "A, kaigong.info’s labour editor": bylines.EXAMPLES[
    # "domain-possessive-role"])
    return (rf"(?P<org{tag}>(?:{_ORG_TOKEN} ){{0,3}}{has('poss')}|{DOMAIN}[’']{LOWER}) (?:{LOWER} ){{0,2}}"
            rf"{has('group-word', 'member-role')}")


_POSSESSIVE_GROUP = _possessive_group()
# after "by" (not "from", "of", "in": "Report from Chiang Mai by ..." is a place) any capitalised run that ends
# well is who issued a credit ("Statement by Xekinima | Two years ...")
_AFTER_BY = rf"(?<={lit('by')} )"
# ... or a capitalised run before its issue number ("Editorial from Offensiv issue 1623")
# ... or after an organisation's body named before it ("... the International Secretariat of | Punane Rida")
# (its comma between: "... the editorial in Obor, issue 41": bylines.EXAMPLES["loose-publication-issue"])
_BEFORE_ISSUE = rf"(?=(?:{CAPTOK} ){{0,3}}{CAPTOK},? {_ISSUE_NUM})"
_AFTER_BY_OR_BEFORE_ISSUE = (rf"(?:{_AFTER_BY}|{_BEFORE_ISSUE}"
                             rf"|(?<={has('org-body')} {OF} )|(?<={has('org-body')} {OF} {THE} ))")
# after a name's form in another script any capitalised run that ends well is the organisation ("Kwok
# Tsz-kin (郭子健) Offensiv | When ...")
_AFTER_OTHER_SCRIPT = r"(?<=\) )"

_ARTICLE = lit("the", "a", "an")

#: Before a comma after which the byline's own clause, a Chinese form or a sentence goes on (split._clause_tail_end
#: reads which), not a place and a role (names-member's: "A, Org, Porto youth organiser"); not after a sentence
#: starter, the lede's first word ("A, Org | We, the undersigned ..."), nor before a person described, the lede's
#: subject ("A, Org | Dorsey, a sociologist, argues")
COMMA_CLAUSE_END = (rf"(?<!{STARTER})(?!,(?: {CAPTOK}){{0,2}} {_ROLE_PHRASE})"
                    rf"(?=,(?: (?!{lit('a', 'an', 'the')}){LOWER}| {UPSTART} (?!{AND}){LOWER}| ?{CJKW}))")

# a joint credit's kind and its first organisation ("Joint statement by A (x)")
_JOINT_LEAD = rf"{lit('Joint')} {has('joint-credit-noun')} (?:{lit('by', 'from')}|{OF}) (?:{THE} )?{ORG_FULL}"
# one organisation of a joint credit's list: cued, or any capitalised run before its section, the list's next or a
# sure end
_JOINT_ITEM = (rf"(?:{ORG_CORE}|{_LOOSE_TOKEN}(?: (?:{PART} )?{_LOOSE_TOKEN}){{0,3}}(?= \(|,| {AND} |{END_STRONG}))"
               rf"(?: \([^()\n]{{1,40}}\))?")
FORMS: list[Form] = [
    Form("review-credit",
         rf"(?:(?:{lit('Review')} {OF} )?{TITLE}(?:,? {lit('directed', 'written', 'edited', 'produced')})? "
         rf"{lit('by')} {NAMES}"
         rf"(?:, [^\n.!?“”‘’]{{1,50}}?)?\. {lit('Reviewed')} "
         rf"{lit('by')} (?P<names>{NAMES})(?:, {org_full('2')})?"
         rf"|(?P<names2>{NAMES})(?:, {org_full('3')},)? {lit('reviews')} {TITLE}(?: {lit('by')} {NAMES})?){END}",
         ("Review of ‘Rust Belt Rising: ...’ by Carla DiMarco. Reviewed by Tomasz Nowak (unit tests)",
               "Ana Lima reviews ‘The Long March of Capital’ by Pieter VanDamme (unit tests)",
               "‘Harbour Lights: ...’ by Renee LaFleur, Tidewater Press, 2023. Reviewed by Kang Min-ho (unit tests)",
               "‘Night Shift: ...’, directed by A. Reviewed by B, Org (heldout9: a film's director)")),
    Form("credit-edition",
         rf"(?:{lit('This')} {has('credit-subject')} {_ISWAS} {lit('written')}|{lit('Translated')} {lit('from')} "
         rf"(?:{lit('a', 'an', 'the')} )?{has('credit-subject')}) {lit('by')} (?P<names>{NAMES}) "
         rf"{lit('for', 'on', 'in')} (?:{lit('the', 'a', 'an')} )?(?:(?:{UPSTART}|{LOWER}) ){{0,3}}"
         rf"{lit('edition', 'website', 'version')} {OF} {ORG_FULL}{END}",
         ("This article was written by Ana Lima for the Portuguese edition of redflag.org (unit tests)",
               "Translated from an article by Kang Min-ho on the Korean website of Workers Alliance (unit tests)")),
    Form("credit-version",
         # (or the site's own words for it: "We publish the text of a leaflet from X for ...")
         rf"(?:{_THIS_CREDIT} (?:{has('credit-subject')} )?{_ISWAS}"
         rf"|{lit('We')} {has('publish-verb')}(?: {has('publish-place')})?"
         # (or, opening the excerpt, the text itself after a short lead-in: "Below, the text of a leaflet from X",
         # "Distributed in <place>: text of a leaflet from X", "Handed out in <place>: ...", "The text of a speech
         # by X")
         rf"|(?<![^\n])(?:{UPSTART}(?: {LOWER})?(?: {IN} {PLACE})?[,:]|{UPSTART}(?= {has('version-noun')} {OF})))"
         rf" (?:{lit('a', 'an', 'the')} )?"
         rf"(?:{has('version-adjective')} )*{has('version-noun')} {OF} (?:{lit('the', 'a', 'an')} )?(?:{LOWER} ){{0,2}}"
         rf"(?:(?:{has('credit-noun')}|{LOWER}) )?"
         rf"(?:{IN}|{lit('from', 'of', 'by', 'for')}|{lit('published', 'issued')} "
         # (who or what of the organisation: "from Taichung members of X", "by members of X", "from the Taipei branch
         # of X")
         rf"{lit('by')}) (?:(?:{THE} )?(?:{CAPTOK} )?(?:{LOWER} ){{1,2}}(?:{NUM} )?(?:{OF}|{IN}) (?:{THE} )?)?"
         # (or a group of it, by its possessive: "from Socialist Action’s youth group")
         # (an issue's number before it, a paper's owner after it: "in issue 12 of Red Current, the journal of X")
         rf"(?:{_POSSESSIVE_GROUP}|{org_full(loose=True, loose_after=_BEFORE_ISSUE)}{APPOSITIVE})"
         rf"(?: {ROLE}(?: {IN} {PLACE_LIST})?)?{ISSUE}"
         # (a tail that ends at a date before a capital ends there: "... on 3 March | Cleaners and porters")
         rf"(?:{DATED_TAIL}|{CREDIT_TAIL}{_CREDIT_TAIL_END}|{END})",
         ("This article is a shortened version of the Editorial in Rebel Voice issue 12 (corpus form)",
                "This is the text of a leaflet from Socialist Action for the 4 June anniversary (heldout6)",
                "This is the text of a leaflet handed out by Red Flag members at the 8 March rally (unit tests)",
                "We publish the text of a leaflet from Red Flag for ...; We publish below the text of a speech by "
                "Workers Alliance ...; We reproduce here the text of a statement by ... (unit tests)")),
    Form("credit-from",
         rf"{lit('Abridged', 'Adapted', 'Excerpted', 'Extracted')} {lit('from')} (?:{lit('the', 'a', 'an')} )?"
         rf"(?:{LOWER} ){{0,2}}{has('credit-subject', 'joint-credit-noun')} (?:{OF}|{IN}|{lit('from', 'by')}) "
         rf"(?:{THE} )?(?P<org>{ORG_CORE})(?: \((?:《)?{CJKW}(?:》)?\))?(?: \((?P<affil>[^()\n]{{1,40}})\))?"
         rf"{ISSUE}{END}",
         ("Abridged from the editorial of Red Flag issue 14 (unit tests)",
          "Adapted from an article in Workers Alliance (《工人聯盟》) issue 3 (unit tests: the publication's name in "
          "another script)")),
    Form("credit-source",
         rf"{lit('This')} {has('credit-subject')} (?:{_ISWAS} "
         rf"(?:{lit('taken', 'reprinted', 'republished', 'adapted')} )?"
         rf"{lit('from')} (?:{THE} )?{ORG_FULL}[^\n]{{0,60}}?{SENT_END}"
         # (or where it first appeared, right before its "By <Name>": one byline, the credits merge: "This article
         # first appeared in <paper>. By A, Org", "This article was written for the <org> bulletin. By A")
         rf"|(?:{LOWER} ){{1,3}}{lit('in', 'on', 'for', 'from')} [^\n]{{1,100}}?\.(?= {lit('By')} {NAME_TOK}))",
         ("This article is from Red Spark, the paper of the Left Party (CWI) in Korea. (unit tests)",
               "This article is from the China Labour Bulletin newsletter. (heldout5)")),
    Form("credit-following",
         rf"{lit('The')} {lit('following')} (?:{_ISWAS}|{has('credit-subject')})[^\n]{{0,25}}? "
         rf"(?:{lit('by', 'from', 'with', 'of')}) (?:(?P<names>{NAMES}) {OF} )?{ORG_FULL}"
         rf"(?:{_LONG_DATED_TAIL}|[^\n]{{0,45}}?(?:{_DATE_THEN_CAPITAL}|{SENT_END}|{_PLACE_THEN_NEW_SENTENCE}))",
         ("Below: text of the leaflet Red Flag issued (corpus form)",
                "Below, an interview with comrades of Red Flag Taiwan. (corpus form)")),
    Form("credit-following-person",
         rf"(?:{lit('The')} {lit('following')} (?:{_ISWAS}|{has('credit-subject')})"
         rf"|{lit('This')} {has('credit-subject')}(?: [^\n.!?]{{1,12}}?)? {_ISWAS}"
         # ("This is an edited transcript of ...": a text named as what it is, not "This was one of thousands ... from")
         rf"|{lit('This')} {_ISWAS}(?= (?:{lit('a', 'an', 'the')} )?(?:{has('version-adjective')} )*"
         rf"{has('version-noun', 'credit-subject')} )"
         # (or what a person said, as the text: "Based on a talk by A", "Slightly shortened version of the opening
         # talk by A", "Edited transcript of a speech by A")
         rf"|{CAPTOK} {lit('on')}(?= (?:{lit('a', 'an', 'the')} )?(?:{LOWER} )?{has('credit-subject')})"
         rf"|{CAPTOK}(?: {has('version-adjective')})? {has('version-noun')} {OF}"
         # (or a document of what a person said: "Transcript of a speech by A", "From a talk by A at ...")
         rf"|(?:{has('credit-noun')} {OF}|{lit('From')})(?= (?:{lit('a', 'an', 'the')} )?(?:{LOWER} )?"
         rf"{has('credit-subject')} ))[^\n]{{0,25}}? "
         # (the speaker's organisation, then where it was given, to a sentence's end, a credit tail's end or the
         # excerpt's cut: "This article is based on a talk given by A of Org to a weekend school of ...")
         rf"(?:{lit('by', 'from', 'with')}) (?P<names>{NAMES})"
         rf"(?: {OF} (?:{THE} )?{ORG_FULL}|, (?P<org2>{ORG_CORE})(?=,))?"
         rf"(?:{_LONG_DATED_TAIL}|[^\n]{{0,45}}?(?:{_DATE_THEN_CAPITAL}|{SENT_END}|{_CREDIT_TAIL_END})"
         rf"|(?P<cut>[^\n.!?]{{1,120}}$))",
         ("This piece is based on a talk by Teodor Brandt (corpus form)",
                "The following speech was given by Ana Lima at ... (heldout)")),
    Form("credit-interview-by",
         # who was interviewed, then by whom: the interviewer is the author ("Interview with <interviewee>[, a teacher
         # in <place>,] by A[ (<other script>)][, Org]": bylines.EXAMPLES["interview-with-by"])
         rf"{lit('Interview')} {lit('with')} (?:(?!{lit('Interview')})[^\n.!?]){{1,40}}? {lit('by')} "
         rf"(?P<names>{NAMES})(?: \([^()\n]{{1,20}}\))?"
         rf"(?:, {org_full('2', loose=True)})?{END}",
         ("Interview with <interviewee> by <name> (<Chinese name>), <org> (heldout60)",
          "Interview with <interviewee>, a teacher in <place>, by <name> (heldout62); Interview with a <place> garment "
          "union organiser by <name>, <domain> (heldout61)")),
    Form("credit-interview",
         # (or in which language: "Interview conducted in Vietnamese by A, Org")
         rf"{lit('Interview', 'Interviewed')} (?:{lit('with', 'by')}|{lit('conducted')} (?:{IN} {CAPTOK} )?"
         rf"{lit('by')}) "
         # (any organisation before its member's role: "Interview with Red Southerly member A, who ...")
         rf"(?:(?P<org3>{ACRONYM_ORG}|{DOMAIN}|{ORG_CORE}|{_LOOSE_TOKEN}(?: (?:{PART} )?{_LOOSE_TOKEN}){{0,3}}) "
         rf"{has('member-role')} )?(?P<names>{NAMES})"
         # (the person described after a comma: the byline's own clause, which split.py reads to where a sentence
         # opens, "Interview with <org> member A, who works as a station agent ... | What are the main demands ...?":
         # bylines.EXAMPLES["interview-who-clause"])
         rf"(?:(?=, {lit('who', 'whose')} )|(?:(?: (?:{OF}|{lit('from')}) (?:{THE} )?|, )"
         rf"(?:{ORG_FULL}|(?P<org2>{UPSTART}[^\n.!?()]{{1,25}}?{has('group-word')}"
         rf"|{GENERIC_ORG}(?={END}))))?"
         rf"(?:{END}|(?P<cut>, {lit('who', 'whose', 'which')} [^\n.!?]{{1,30}}$)))",
         ("Interview with Maja Ekström of Norwegian newspaper Framåt (corpus form)",
               "Interview with Red Flag member Niall Carrick, who was ... (corpus form)",
               "Interview by Tomasz Nowak, redflag.org; Interview with Ana Lima, Workers Alliance (unit tests: "
               "', <org>' after the names)",
               "Interview with Ingrid Sjöberg of Offensiv (heldout6: 'of' names the organisation, any "
               "capitalised run)")),
    Form("credit-interviewed",
         # a credit opens a sentence: not a clause after a comma ("In February, Xi Jinping met ..."), nor a body
         # after an article, nor its capitalised words ("..., as the Minimum Wage Commission meets to set ...")
         rf"(?<!, )(?<!{_ARTICLE} )(?<!{_ARTICLE} {CAPTOK} )(?<!{_ARTICLE} {CAPTOK} {CAPTOK} )"
         # (or the names, then their organisation between commas: "A, Org, talked to ...", "A, Org, interviewed B")
         # (an organisation no table knows is read before its member's role: "Ny Tid member A interviewed B")
         rf"(?:(?:{ORG_FULL}|(?P<org5>{_LOOSE_TOKEN}(?: (?:{PART} )?{_LOOSE_TOKEN}){{0,3}})) "
         rf"{has('member-role', 'occupation')} (?P<names>{NAMES})|{org_full('2')}"
         # (or "of" it: "A of Org spoke to ...")
         rf"|(?P<names2>{NAMES})(?:(?:, | {OF} (?:{THE} )?){org_full('4', loose=True)},?)?) "
         # (a meeting held somewhere is no interview: "... World Congress of <org> met | in Lisbon from 3 to 8 August":
         # bylines.EXAMPLES["met-in-place"]; nor is being asked to do a thing: "Workers asked to work five years
         # longer ...": bylines.EXAMPLES["asked-to-is-no-interview"])
         rf"(?:{has('interview-verb')}(?! (?:{IN}|{lit('at', 'on', 'to')}) )"
         rf"|{has('interview-verb-to')} {lit('to', 'with')}) "
         # (for whom, to its end: "A spoke to B, a rider in Hangzhou, for chinaworker.info")
         rf"(?:[^\n.!?]{{1,80}}? {lit('for')} (?:{THE} )?(?P<org3>{ORG_CORE}){END}"
         # (to a sentence end, the first question, or a new sentence: "... near Baoji | Both women finished")
         # (or a group of people opening the lede: "A spoke to strikers on the picket line | Cleaners at the ...")
         # (or a capital run into its last word: "... who asked not to be named|How long have you ...?")
         rf"|[^\n]{{1,90}}?(?:{SENT_END}|{QUESTION_START}|(?= {STARTER} {LOWER})|(?= {GROUP_ONLY}(?:,| {LOWER}))"
         rf"|(?<={LOWER})(?={UPSTART})))",
         ("chinaworker.info interviewed Wong Siu-ling about ... (corpus shape)",
               "Red Flag (Workers' Alliance) talks to Teodor Brandt of labournotes.example ... (corpus form)")),
    Form("joint-list",
         # a joint credit's whole list of three organisations or more, each with its section, to the last after
         # "and": the first is the organisation ("Joint statement by A (x), B (y) and C (z) | We, the undersigned")
         rf"{_JOINT_LEAD}"
         rf"(?:, (?:{THE} )?{_JOINT_ITEM}){{1,4}},? (?:{AND}|&) (?:{THE} )?{_JOINT_ITEM}{END}",
         ("Joint statement by Socialist Awakening (WRI in Hong Kong), Arbetarfacklan (WRI Sweden) and Red Mulberry "
          "(WRI Taiwan) (heldout55)",
          "Joint appeal by Workers Alliance (RFI Britain), Red Flag, Punainen Tähti (RFI Finland) and ... (unit "
          "tests)")),
    Form("joint-list-cut",
         # a joint credit's list of organisations cut by the excerpt's end (no lede): the first is the organisation
         # (not a list closed by its bracket before a sentence's opening: "... and Red Hibiscus (WBI Taiwan) | This May
         # Day, workers ...")
         rf"{_JOINT_LEAD}"
         rf"(?P<cut>, (?![^\n.!?]*\) {STARTER} )[^\n.!?]{{1,80}}$)",
         ("Joint statement by Red Flag (WA in Macau), Workers Alliance, Socialist Front and ... (unit tests)",
          "Joint appeal by Workers Alliance, Red Flag (WA in Macau), Socialist ... (unit tests)")),
    Form("credit-noun",
         rf"(?:(?:{lit('A', 'An', 'The')} )?{has('credit-noun')}|{lit('Joint')} {has('joint-credit-noun')}"
         rf"|{lit('This')} {has('credit-subject')} {_ISWAS}(?= {has('credit-verb')})"
         # (a kind of message, then whose: "Solidarity message from <org> to ...", "Greetings statement by <org>")
         # (not a by-credit's kind of writing: "Eyewitness report by A, ...", forms "by-verb")
         rf"|(?!{has('credit-adjective', 'by-credit')}){CAPTOK} {has('role', 'joint-credit-noun')}"
         rf"(?= {lit('from', 'by')} ))"
         # (a publication's own capitalised "The": "Editorial from The Anvil magazine": EXAMPLES["credit-the-org"])
         # (the verb with its adverb: "Motion passed unanimously by ...": bylines.EXAMPLES["credit-body-place"])
         rf"(?: {has('credit-verb')}(?: {LOWER}(?= {lit('by')}))?)? (?:{lit('by', 'from', 'of')}|{IN}) "
         rf"(?:{lit('the', 'The')} )?"
         # a body of the organisation: "adopted by the executive committee of Red Spark"
         # (of a year's congress too: "passed by the 2026 congress of <org>")
         # (or a place's: "passed by the London branch of <org>")
         rf"(?:(?<={lit('by')} {lit('the')} )(?:{CAPTOK} )?(?:(?:{LOWER}|{NUM}) ){{1,2}}{OF} (?:{THE} )?"
         # (or a capitalised one, after "from" too: "Statement from the International Secretariat of <org>")
         rf"|(?<={lit('the', 'The')} )(?:{CAPTOK} )?{has('org-body')} {OF} (?:{THE} )?"
         # (or people who are no writers, issuing it through the organisation: "Statement from the family of
         # <person>, released through <org>": bylines.EXAMPLES["credit-through-org"])
         rf"|(?<={lit('the')} ){LOWER} {OF} {NAMES}, (?:{has('credit-verb')}|{LOWER}) (?:{lit('by')}|{LOWER}) "
         rf"(?:{THE} )?)?"
         # a person of the organisation: "Speech by <Name> of ISA in Taiwan at the rally"
         rf"(?:(?<={lit('by')} )(?P<names>{NAMES}) {OF} (?:{THE} )?)?"
         # (after "from" only a publication with its issue number: "Editorial from Offensiv issue 1623")
         # (a joint credit names two organisations no table knows, to a sure end: "Joint statement by Lakas Obrero
         # and Api Buruh | We, socialists ...": bylines.EXAMPLES["joint-loose-orgs"])
         rf"(?:(?<={lit('Joint')} {has('joint-credit-noun')} {lit('by', 'from', 'of')} )"
         rf"(?P<org4>{_LOOSE_TOKEN}(?: {_LOOSE_TOKEN}){{0,3}}) {AND} {_LOOSE_TOKEN}(?: {_LOOSE_TOKEN}){{0,3}}"
         rf"(?={END_STRONG}|[,.:;])"
         rf"|{_POSSESSIVE_PUBLICATION}|{org_full(loose=True, loose_after=_AFTER_BY_OR_BEFORE_ISSUE)})"
         rf"(?: {ROLE}(?: {IN} {PLACE_LIST})?)?{ISSUE}{APPOSITIVE}{ISSUE}"
         # (or where the body met: "Resolution adopted by the ISA Asia summer school in Penang")
         rf"(?: (?:{LOWER} ){{1,2}}{IN} {PLACE}(?={END_STRONG}|{NEW_SENTENCE}))?"
         # (or the day it was issued: "Press release from the <org>, 14 March 2025": bylines.EXAMPLES["credit-dated"])
         rf"(?:{CREDIT_TAIL}{_CREDIT_TAIL_END}|{DATED_TAIL}|:|(?:,| {lit('on')}) {_DATE}(?={END})|{END}"
         # (a lower-case clause after a comma, to its place before a new sentence: "Text by A, drawing on interviews
         # by <org> members in Chongqing | Most of ...": bylines.EXAMPLES["credit-clause-place"])
         rf"|, {LOWER} [^\n.:!?]{{1,40}}?{_AFTER_TAIL_PLACE}(?:{NEW_SENTENCE}|(?= {STARTER}|$|\n))"
         # cut by the excerpt's end: a few words, or a lower-case clause after a comma ("..., supported by X ...")
         rf"|(?P<cut>(?:[^\n.!?]{{1,12}}|, {LOWER} [^\n.!?]{{1,80}})$))",
         ("Editorial from Rebel Voice magazine issue 41 (Mar-Apr 2019) (corpus shape)",
               "Leaflet issued by Red Flag (WA in Macau) for the march (heldout)",
               "This leaflet was handed out by Red Flag ...; This statement was issued by Workers Alliance ... (unit "
               "tests: 'This <subject> was <verb> by')")),
    Form("book-credit",
         rf"(?:{lit('A', 'An', 'The')} )?{has('book-part')} (?:{lit('from', 'to', 'of')}) "
         rf"(?:{THE} )?(?:{lit('new')} )?(?:(?P<org>{DOMAIN}|{CUE_ORG}) )?(?:{has('book-word')} )?"
         rf"(?:[“\"‘][^\n“”\"‘’]{{1,40}}[”\"’]|{TITLE})(?: {lit('by')} (?P<names>{NAMES}))?{END}",
         ("Extract from “Factory of the World: Labour and Protest ...” by Zhou Mingyu (heldout6)",
               "Introduction to “Iron and Silk: Women Workers ...” by Lin Pei-ju and Xiaolu (heldout6)")),
    Form("credit-place",
         rf"(?:{has('place-credit')}|{lit('Eyewitness')} {lit('report')}) {lit('from')} "
         rf"(?:(?:(?:{lit('a', 'an', 'our')}) (?:{LOWER} ){{0,2}}(?:{IN}|{lit('at')}) )?{PLACE}"
         # (not a person described after a comma: "Letter from Tom Kay, a tenant of ..." names its writer)
         rf"(?!(?: {CAPTOK}){{0,2}}, {lit('a', 'an')} )"
         rf"(?: {lit('by')} (?P<names>{NAMES})(?P<by_clause>))?"
         # (or a scene, then its writer: "Notes from the picket line by A, Org member", "Diary from a strike
         # committee by A")
         rf"|(?:{THE}|{lit('a', 'an', 'our')}) (?:{LOWER} ){{1,3}}{lit('by')} (?P<names2>{NAMES})"
         rf"(?:, {org_full('2', loose=True)}(?: {_ROLE_PHRASE})?)?)"
         # (its writer's own clause: "Letter from <place> by A|, transcribed by visitors")
         rf"(?:{END}|(?(by_clause){_CREDIT_CLAUSE_NEXT}|(?!)))",
         ("Report from Shenzhen (heldout2)", "Letter from a reader in Dongguan (heldout2)",
          "Report from Penang by Ruth Okafor; Letter from Busan by Kang Min-ho (unit tests: the author after 'by')",
          "Notes from the picket line by A, Org member; Diary from a strike committee by A (unit tests)")),
    Form("correspondent",
         rf"(?:(?:{lit('From', 'By')} (?:{lit('our', 'a', 'an')})|{lit('Our', 'A', 'An')}) "
         rf"(?:{lit('own', 'special', 'staff', 'local')} )?(?:(?P<org>{DOMAIN}|{CUE_ORG}) |(?:{CAPTOK} ){{0,2}})"
         # (a beat, then the correspondent's name: "By our labour correspondent Ana Lim", "By our Hong Kong health
         # correspondent Li Na")
         # (or one member: "By a Socialist Action member in Tsuen Wan", "A Red Flag member in Taichung")
         # (or what they do, and whose member they are: "By a Hong Kong care worker and ISA member in Reading (name
         # withheld)")
         rf"(?:(?:{LOWER} )?{has('role', 'member-role')}|(?:{LOWER} )?{has('occupation')} {AND} "
         rf"(?:{lit('a', 'an')} )?(?P<org4>{DOMAIN}|{CUE_ORG}|{ACR}) {has('member-role')})"
         rf"(?: (?:{IN}|{lit('from')}) {PLACE}| (?P<names>{NAMES}))?(?: \({LOWER}(?: {LOWER}){{0,2}}\))?"
         # (or what kind of one, then whose, and where: "Special correspondent, chinaworker.info, in Shenyang")
         # (not after a name and a bar: "A | Staff writer, Org" names its writer, forms "names-member")
         rf"|(?<!\| ){CAPTOK} {has('occupation')}, (?P<org2>{DOMAIN}|{CUE_ORG})"
         rf"(?:,? (?:{IN}|{lit('from')}) {PLACE})?"
         # (or who, unnamed, writes to the site: "A reader in Guangzhou writes to chinaworker.info", "A young nurse
         # writes to Red Flag")
         rf"|{lit('A', 'An')} (?:{LOWER} ){{1,3}}(?:(?:{IN}|{lit('from')}) {PLACE} )?{lit('writes')} {lit('to')} "
         rf"(?:{THE} )?(?P<org3>{DOMAIN}|{CUE_ORG})){END}",
         ("From our correspondent in Wuhan (heldout2)", "A chinaworker.info correspondent (heldout3)",
          "Special correspondent, Org, in <Place>; Staff reporter, Org (unit tests)",
          "By our labour correspondent A; By our health correspondent A (unit tests: a beat and the name)",
          "A reader in <place> writes to Org; A young nurse writes to Org (unit tests: an unnamed writer)")),
    Form("role-org",
         rf"(?:(?:{lit('Editorial')} {lit('board', 'team', 'collective', 'committee')}|{lit('Editors')}"
         rf"|{lit('Reporters')}"
         # (a publication's own capitalised "The": "Reporters of The Picket, paper of <org>")
         rf"|{lit('Correspondents')}|{lit('Staff')}(?: {ROLE})?)(?:,| {OF}| {lit('from', 'for')}) "
         rf"(?:{lit('the', 'The')} )?{ORG_FULL}{APPOSITIVE}"
         # (or the editorial alone, then whose: "Editorial, Red Flag")
         rf"|{lit('Editorial')}, (?:{THE} )?{org_full('2', loose=True)}"
         # (or who of it, then "report:": "Members of <org> in <place> report:")
         # (the place is where they are, not the organisation's)
         rf"|{CAPTOK} {OF} (?:{THE} )?(?P<org3>{ORG_CORE}|{LOOSE_ORG})(?: {IN} {PLACE_LIST})? {lit('report')}:){END}",
         ("Editorial board, Socialist magazine (heldout)",
               "Reporters of Framåt, paper of Arbeiderforbundet (WA Norway) (corpus form)")),
    Form("by-verb",
         rf"(?:(?:{has('by-credit')}|{has('credit-adjective')} {has('credit-subject')}"
         # (a review's kind: "Book review by A", "Film review by A")
         rf"|{CAPTOK} {lit('review')}"
         # (where or how long, before "by": "Reported over six weeks in <place> and <place> by A", "Reporting from
         # <place> by A and B": bylines.EXAMPLES["by-credit-phrase"])
         rf"|{has('by-credit')}(?: (?!{lit('by')})(?:{LOWER}|{CAPTOK}|{NUM})){{1,8}}) {lit('by')}"
         rf"|{lit('As')} {lit('told')} {lit('to')}"
         # a quoted title, then what was done to it and by whom: "‘Title: Subtitle’ reviewed by A, Org"
         rf"|{TITLE} {has('credit-verb')} {lit('by')}"
         # what the author gave, then a colon: "Text and photos: A, Org", "Words and pictures: A"
         rf"|{has('credit-noun', 'by-credit')} {AND} {LOWER}(?::| {lit('by')})"
         # a review's kind and title, then its reviewer: "Film review: ‘Title’ – A, Org", "Book review: ‘Title’ – A"
         # (the names then a comma or a sure end: "Review: ‘Title’ – Wang Bing’s portrait of ..." is a headline)
         rf"|(?:{CAPTOK} )?{lit('review', 'Review')}: {TITLE} [–—-](?= {NAMES}(?:,|{END_STRONG}))"
         # a letter's writer: "A letter from A, a nurse and Org supporter in <place>"
         rf"|(?:{lit('A', 'An')} )?{has('credit-noun', 'joint-credit-noun')} {lit('from')}(?= {NAMES}, ))"
         # (or an organisation's reporters, and what they drew on: "Compiled by Org reporters from workers’ posts")
         # (with its article and a word for its desk: "Compiled by the <site> migrant desk", "Posted by the <site> web
         # team": bylines.EXAMPLES["by-credit-org-role"])
         rf" (?:(?<={lit('by')} )(?:{THE} )?{org_full('3')} (?:{LOWER} )?{ROLE}"
         rf"(?: {lit('from')} [^\n.!?]{{1,40}}?(?={END_STRONG}))?"
         rf"|(?:{has('title')} )?(?P<names>{NAMES})"
         rf"(?: {lit('with')} (?:{LOWER} ){{0,2}}{lit('reporting')} {lit('by')} (?P<names_more>{NAMES}))?"
         # who the author is, to a sure end: "Guest article by Dr A, lecturer in economics at <university>"
         # (not to the excerpt's end: a cut description may be the lede's "Dorsey, a sociologist ...")
         # (or a capitalised possessive and a lower-case word: "... University of Stirling | Beijing’s climate ...")
         # (a member of an organisation names it: "Eyewitness report by A, a member of Org in <place>")
         # (or for whom: "Written by A for Org")
         # (any capitalised run that ends well after the names' comma: "Written by A, Kämpa Tillsammans | The union’s
         # new rota": bylines.EXAMPLES["by-credit-loose-org"])
         rf"(?:, {org_full(loose=True)}|, {lit('a', 'an')} {_MEMBER_OF}(?:{THE} )?(?P<org2>{ORG_CORE})"
         rf"(?: {IN} {PLACE})?"
         # (or the organisation's member's role: "Report and photos by A, <site> correspondent in <place>":
         # bylines.EXAMPLES["by-credit-org-role"])
         rf"|, (?P<org5>{DOMAIN}|{CUE_ORG}) {ROLE}(?: {IN} {PLACE})?"
         rf"(?={END})"
         rf"| {lit('for')} (?:{THE} )?{org_full('4', loose=True)}(?={END})"
         rf"|, (?:{lit('a', 'an')} )?{LOWER} [^\n.!?()]{{1,80}}?"
         rf"(?=\n| {STARTER}|(?<={WORD}){UPSTART}| {has('poss')} {LOWER})|(?P<names_end>))"
         # what was reviewed, after a colon: "Reviewed by A: ‘Title’ by B (Press, 2024)", "... by A, Org: ‘Title’"
         # (its author or its publisher after the title: not a quotation opening the lede)
         rf"(?:: {TITLE}(?: {lit('by')} {NAMES}(?: \([^()\n]{{1,60}}\))?| \([^()\n]{{1,60}}\)))?"
         # (and who else worked on it: "Reporting by A; editing by B")
         rf"(?:; {LOWER} {lit('by')} {NAMES})?)"
         rf"(?:{END}|{_BY_CLAUSE_NEXT}|(?(names_end){_CREDIT_CLAUSE_NEXT}|(?!)))",
         ("Reviewed by Martin Cole, chinaworker.info (corpus shape)", "Written by Lisa O'Brien-Chen (heldout2)",
          "Obituary by A, Org; Tribute by A (unit tests)", "Eyewitness report by A, Org; Guest article by A "
          "(unit tests)", "As told to A, Org (unit tests: whose words a first-person text is)",
          "Guest article by Dr A, lecturer in economics at the University of X (unit tests: a description)",
          "Text and photos: A, Org; Words and pictures: A (unit tests: the credit's colon)",
          "Film review: ‘Title’ – A, Org; Book review: ‘Title: Subtitle’ – A (unit tests)")),
    Form("by",
         rf"{lit('By')} (?:(?P<names>{NAMES}), (?P<org>{GENERIC_ORG}) \((?P<affil>[^()\n]{{1,40}})\)"
         # (a web byline's bar or dash before the organisation: "By A | Org")
         # (or what the author is, with no article: "By A, Form Four student, Seremban": bylines.EXAMPLES[
         # "school-year-job"])
         rf"|(?P<names2>{NAMES})(?:, {_SCHOOL_YEAR}(?:{LOWER} ){{0,2}}{has('occupation')}(?:, {PLACE})?(?={END})"
         rf"|(?:, | [|·] | [–—] )(?:{_MEMBER_OF}(?:{lit('the')} )?)?"
         # (and where the author writes from: "By A, Org, Seattle"; not a role's first words, forms "names-org")
         rf"{org_full('2', loose=True)}{APPOSITIVE}"
         # (or a second author and organisation: "By A, Org, and B, Other Org")
         rf"(?:,? {AND} (?P<names_more>{NAMES}), {org_full('_second', loose=True)}(?={END}))?"
         # (before a sure end or a sentence: not a name list's first name, "..., Network Mao, Zhou | Enlai and Chen")
         rf"(?:, (?!{MONTH} {NUM}){PLACE}(?=$|\n|{END_STRONG}|{NEW_SENTENCE}|{GROUP_START}| (?:{NUM}|[“\"‘'«])))?"
         rf"| \((?P<affil3>[^()\n]{{1,40}})\)"
         # (or where they write from: "By A and B in Porto"; each their own place: "By A in Taipei and B in Hong Kong",
         # bylines.EXAMPLES["by-names-places"])
         rf"| {IN} {PLACE}(?: {AND} (?P<names_more2>{NAMES}) {IN} {PLACE})?(?={END}))?){END}",
         ("By Gareth Lowe (corpus shape)",
                "By Lars-Ove Brink, member of Arbetarförbundet (corpus shape)")),
    Form("names-conversation",
         # "A in conversation with B", "A, Org, in conversation with B, a nurse in Wuhan": A asks, B is asked
         rf"(?P<names>{NAMES})(?:, {org_full(loose=True)},)? {IN} (?:{lit('a', 'an')} )?{has('credit-subject')} "
         rf"{lit('with')} "
         rf"(?:{has('title')} )?{NAMES}(?: \([^()\n]{{1,40}}\))?"
         rf"(?:, (?:{lit('a', 'an')} )?{LOWER} [^\n.!?()]{{1,80}}?"
         rf"(?=\n| {STARTER}|(?<={WORD}){UPSTART}| {has('poss')} {LOWER})"
         rf"|, {org_full('2', loose=True)}| {OF} (?:{THE} )?{org_full('3')})?{END}",
         ("Tomas Berg in conversation with Xiao Ming (unit tests)",
          "Ana Lima, Red Flag, in conversation with Dr Kang Min-ho, a nurse in Busan (unit tests)")),
    Form("person-book",
         rf"(?P<names>{NAMES}), (?:{lit('from')}|{IN}|{lit('extracted', 'adapted')} {lit('from')}) {_PUBLICATION}"
         rf"(?:{lit('new', 'forthcoming', 'recent')} )?{has('book-word')}"
         rf"(?:[^\n()]{{1,35}}? \({NUM}\)|[^\n()]{{1,35}}?{END_STRONG}|[^\n()]{{1,25}}?){END}",
         ("Marta Ruiz, from the book Old Age Under Capitalism (2021) (unit tests)",
               "A, from the pamphlet ... (heldout)")),
    Form("names-org-cut",
         # the excerpt cut inside the organisation's name: what is left of it is the organisation ("A, laodongz...",
         # "A, Socialist T..."; only where the excerpt was cut: split._scan drops a cut match otherwise)
         # (not a lede's proper noun after an article or inside a capitalised run, then a clause cut short: "...
         # outside the Executive Yuan, where")
         # (nor a lede's next sentence, "... not the same as consent. | Prices, r...")
         rf"(?<!{_ARTICLE} )(?<!{CAPTOK} )(?<!\. )(?<!\.)(?P<names>{NAMES}), "
         rf"(?P<org>(?:{CAPTOK} ){{0,2}}(?:{CAPTOK}|{LOWER}|{shaped(T.LETTER)}))(?P<cut>)$",
         ("Tiefeng, Socialist T... (heldout23)",
          "Reuben Achterberg, tideline... (heldout19); Oskar Wennberg, laodongz... (heldout23)")),
    Form("names-org",
         # (a web byline's bar, "for", or "on behalf of": "A | Org", "A for redflag.org", "A on behalf of the Org
         # editorial board")
         # (a second writer "with" the first: "A with B, Org": bylines.EXAMPLES["names-with-names"])
         # (or the writer's comrades of the organisation: "A and comrades of Org": EXAMPLES["names-and-comrades"])
         # (and unnamed co-authors: "A et al., Org": bylines.EXAMPLES["names-et-al"])
         # ("et" is any lower-case word and "al" a particle here: the alphabet has no class to spare)
         rf"(?P<names>{NAMES}(?: {lit('with')} {NAME})?)(?: {LOWER} {PART}\.)?"
         # (or a middle dot: "A · Org", bylines.EXAMPLES["middle-dot"]; or a full stop before a cued organisation:
         # "A. chinaworker.info", "A. Red Mangrove": bylines.EXAMPLES["name-dot-org"])
         rf"(?:, | {AND} {ROLE} {OF} (?:{THE} )?|\. (?={ORG_CORE})| {OF} (?={DOMAIN})|(?<=\)) | [|·] | [–—] "
         rf"| {lit('for')} (?={ORG_CORE})"
         # (any "on <word> of": the alphabet has no class to spare for "behalf")
         rf"| {lit('on')} {LOWER} {OF} (?:{THE} )?)"
         rf"{org_full(loose=True, loose_after=_AFTER_OTHER_SCRIPT)}"
         # (the names' organisations in their order: "A and B, Org and Org2 respectively": bylines.EXAMPLES[
         # "orgs-respectively"])
         rf"(?: {lit('respectively')})?"
         # (not before the rest of the organisation's name and a member's role: names-member reads those)
         # (nor before a comma and a role: "A, Red | Flag, labour researcher"; not a person described after a
         # comma: "A, Org | Ho Chun-kit, a former chairperson of ..." opens the lede)
         # (after its bracketed section the organisation is whole: "A, Org (section) | Crew members from ...")
         rf"(?:(?<=\))|(?!(?: {CAPTOK}){{0,2}}(?:,(?! {AND}| {lit('a', 'an', 'the')}))? {_ROLE_PHRASE})"
         # (nor before more of its name with organisation words and "and", and a role to an end: "A, NSW | Nurses and
         # Midwives' Association branch secretary, Wollongong": bylines.EXAMPLES["org-name-then-role"])
         rf"(?!(?: (?:{UPSTART}|{AND}(?= {UPSTART}))){{1,4}} {_ROLE_PHRASE}(?=,| \(|$|\n| {UPSTART})))"
         # (nor before the rest of its name as a possessive and a role: "A, Red | Flag’s labour correspondent")
         rf"(?!(?: {CAPTOK}){{0,2}} {has('poss')} {_ROLE_PHRASE})"
         # (the organisation's body the author speaks for: "A on behalf of the Org editorial board")
         rf"(?: (?:{LOWER} )?{lit('board', 'team', 'collective')}(?={END}))?"
         # where the author writes from, after the organisation: "A, Workers Alliance, Porto"
         # (not the first words of a role: "A, Org, Hong | Kong youth organiser")
         rf"(?:, (?!{MONTH} {NUM})(?P<place>{PLACE})(?!(?: {CAPTOK}){{1,2}} {_ROLE_PHRASE})(?={END})"
         rf"|, {LOWER} {lit('from')} {PLACE}(?={END})|, {IN} {PLACE}(?={END}))?"
         # and what else the author is: "A, Workers Alliance, and member of the dockers’ union in Porto"
         rf"(?:,? {AND} {_MEMBER_OF}"
         rf"(?:(?!{IN} ){LOWER} ){{0,3}}(?!{IN}(?![^ \n])){LOWER}(?: {IN} {PLACE})?(?={END})"
         # (or a job: "A, Org, and a nurse at Queen Mary Hospital")
         rf"|,?{_AND_AN_OCCUPATION}(?={END}))?"
         # for whom the piece was written, or who else reported: "A, Org, special to chinaworker.info",
         # "A, Org, with additional reporting by B"
         rf"(?:, {lit('special')} {lit('to')} (?:{THE} )?{ORG_CORE}"
         rf"|{_REPORTING_BY}(?P<names_more>{NAMES})(?: {IN} {PLACE_LIST})?"
         # or whom the author answers, in a debate: "A, Org, replies to B", "A, Org, responds to B"
         rf"|, {LOWER} {lit('to')} {NAMES}(?={END_STRONG}| {UPSTART} {LOWER})"
         # (or that the author writes: "A, Org, writes")
         rf"|, {lit('writes')}(?={END})"
         # (or where the author was, a report's witness: "A, Org, was in the public gallery.":
         # bylines.EXAMPLES["names-org-was-there"])
         rf"|, {lit('was', 'is')} (?:{IN}|{lit('at')}) [^\n.!?]{{3,60}}?\.(?=$|\n| ?{UPSTART})"
         # (or a second author with an organisation of their own: "A, Org, and B, Org2"; the first is the
         # organisation named: bylines.EXAMPLES["names-org-pairs"])
         rf"|(?:,? {AND}|;) (?P<names_more2>{NAMES}), {ORG_CORE}(?: \([^()\n]{{1,40}}\))?(?={END}))?"
         # (and the day it was written: "A, Org, 12 March 2025")
         # (or after a bar, a web byline's: "A | Org | 12 March 2025")
         rf"(?:(?:,| \|) {_DATE}(?={END}))?"
         # (or the same byline in Chinese after a slash: "A, Org / 何詠欣，國際社會主義者加拿大支部")
         rf"(?: / {CJKW}(?:[，、 ]?{CJKW}){{0,6}}(?={END}))?"
         # (then an end; or, where the excerpt was cut, a tail with "with"; or a comma, after which the byline's own
         # clause or a dangling comma follows, split._clause_tail_end reads which: "A, Org, on Wurundjeri country |
         # Casual tutors", "A, Org (section), 高雄 | Around ninety", "A, Org, | It was ..."; not after a run of four
         # capitalised words or a place's two, where a person the lede describes follows the organisation: "A, Org
         # | Tsang Kwai-fun, who died ...")
         rf"(?:{END}|(?P<cut>, {lit('with')} [^\n.!?]{{1,40}}$)"
         # (nor after a group of people, the lede's subject: "A, Org | Workers, youth and ..."; nor before a place
         # and a role, names-member's: "A, Org, Porto youth organiser")
         rf"|(?<!{CAPTOK} {CAPTOK} {CAPTOK} {CAPTOK})(?<!{IN} {CAPTOK} {CAPTOK})(?<!{GROUP}){COMMA_CLAUSE_END})",
         ("Martin Cole and Liang Wenhui, chinaworker.info (corpus shape)",
                "Kwok Tsz-kin (郭子健) chinaworker.info (heldout6)",
                "Ana Lima, redflag.org, with photos by Jo...; Tom Reyes and Mei Chan, Workers Alliance, with "
                "additional report... (unit tests: cut inside the tail)",
                "A, Org, special to redflag.org; A, Org, with additional reporting by B (unit tests: whole tails)")),
    Form("names-affil",
         rf"(?!{ORG_CORE} \()(?P<names>{NAMES}) \((?P<affil>[^()\n]*(?:{ACR}|{CUE})[^()\n]{{0,30}})\)"
         # (and more authors with theirs: "A (Org) and B (Other Org)", "A (Org), B (Org2) and C (Org3)", "A (Org); B
         # (Org2); C (Org3)": bylines.EXAMPLES["names-affil-list"])
         rf"(?P<names_more>(?:(?:, |; |,? {AND} ){NAMES} \([^()\n]{{1,40}}\)){{1,3}})?{END}",
         ("Wu Chia-hao (ISA in Taiwan) (heldout2)", "Ana Lima and Tom Reyes (Red Flag in Porto) (unit tests)",
          "not an organisation before the bracket: Red Tide (CWI in Taiwan) (fixtures)")),
    Form("names-member",
         rf"(?P<names>{NAMES})(?:, | {lit('is')} (?={_MEMBER_OF})| \| )(?:{_MEMBER_OF}"
         # (after "member of" any capitalised run that ends well is the organisation: "member of the Linke Offensive";
         # or its body by its possessive: "member of Red Flag’s national committee")
         # (and what else the author is: "A is a member of Org and a bus driver in Kowloon")
         # (or the organisation's body: "A, member of the Red Flag national committee")
         # (a paper's own "The": "A, editor of The Anvil, paper of Org")
         rf"(?:{lit('the', 'The')} )?(?:{_possessive_group('4')}{END}"
         rf"|{org_full(loose=True)}{APPOSITIVE}(?: {_ROLE_PHRASE})?{_AND_OCCUPATION}{END}"
         rf"|(?P<cut>[^\n.!?]{{1,20}}$))"
         # (a place before the role: "A, Org, Hong Kong youth organiser"; a body: "A, Org national committee"; the
         # role alone: "A, Org, labour researcher")
         rf"|(?<=, )(?:{lit('a', 'an')} )?(?={CAPTOK}|{ACR}|{DOMAIN}){org_full('2', loose=True)}"
         # (the place without its comma after a domain: "A, redkapok.info Macau desk": bylines.EXAMPLES["org-desk"])
         rf"(?:,(?: {CAPTOK}){{0,2}}|(?<={DOMAIN})(?: {CAPTOK}){{1,2}})? {_ROLE_PHRASE}"
         # (and what else the author is: "A, Org member and bus driver in Cork")
         rf"(?: {AND} (?:{LOWER} ){{0,2}}{has('occupation')})?"
         rf"(?:, {PLACE}| (?:{IN}|{lit('for', 'at')}) {PLACE}"
         # (or to which body's meeting: "A, Org delegate to the Civil and Public Workers’ Union conference":
         # bylines.EXAMPLES["delegate-to"])
         rf"| {lit('to')} {THE} {CAPTOK}(?: (?:{CAPTOK}|{AND}|{OF}|{THE})){{0,6}} {LOWER})?"
         # (and in what capacity the member writes, in brackets: "A, Org branch secretary, Wollongong (personal
         # capacity)", "A, Org rep (in a personal capacity)": bylines.EXAMPLES["member-capacity"])
         rf"(?: \({LOWER}(?: {LOWER}){{0,3}}\))?{END}"
         # (or the role between the name and the organisation: "A, national secretary, Org", "A | Staff writer, Org")
         rf"|(?<=, |\| )(?:{CAPTOK} )?(?:{LOWER} ){{0,2}}{has('member-role')}, {org_full('3', loose=True)}{END}"
         # (or the organisation's by its possessive: "A, Red Flag’s labour correspondent")
         rf"|(?<=, ){_possessive_group('5')}{END})",
         ("Ruth Callan, editor of Workers' Review, monthly paper of the Labour Left (corpus form)",
               "Arjun Ramasamy, national organiser of Socialist Alternative (heldout6)",
               "Pelle Ek is a member of Workers Alliance in Gothenburg; Ana Lima is an organiser for Red Flag in "
               "Porto (unit tests: a sentence as the byline)")),
    Form("org-role",
         # (where they report: "Org reporters in Taipei", "Org reporters at Chek Lap Kok")
         # (two role words: "<org> editorial board", bylines.EXAMPLES["org-two-role-words"])
         rf"(?:(?P<names>{NAMES})(?: {AND} |, ))?{org_full(loose=True, loose_second=True)} {ROLE}(?: {ROLE})?"
         # (a place after "at" only before a sure end or a new sentence: not "at West Kowloon | Magistrates’ Courts")
         # (a region named with a lower-case noun after "the": "Org reporters in the Yangtze delta", "... in the
         # Spanish state": bylines.EXAMPLES["place-lower-noun"])
         rf"(?:(?: {IN} (?:{THE} {CAPTOK}(?: {CAPTOK}){{0,2}} {LOWER}|{PLACE}))?{END}"
         rf"| {lit('at')} {PLACE}(?:{END_STRONG}|{NEW_SENTENCE}))",
         ("Socialist Action reporters (corpus form)", "Tom Avery and CWI Taiwan reporters (corpus shape)")),
    Form("names-described",
         # (a bracketed word after the name: "(pseudonym)"; a workplace before the place: "at a county hospital in X")
         # (an age after the name: "Mei, 19, a nursing student"; a membership after the job: "... and ISA member")
         rf"(?P<names>{NAMES})(?: \({LOWER}(?: {LOWER}){{0,3}}\))?(?:, {NUM})?, "
         rf"(?:(?:{lit('a', 'an', 'the')}|{lit('one')} {OF} {THE}) (?:{LOWER} ){{0,3}}{has('occupation')}"
         rf"(?: {AND} (?:{lit('a', 'an')} )?(?P<org2>{DOMAIN}|{CUE_ORG}|{ACR}) {has('member-role')})?"
         # (or, with no article, a job and a membership: "A, cleaner and Socialist Action member", or one person's job
         # alone before a place: "Dr A, labour lawyer, Taichung", not "Beijing and Xiong’an, say residents":
         # bylines.EXAMPLES["name-job-place"])
         rf"|(?:{LOWER} ){{0,2}}{has('occupation')} {AND} (?P<org3>{DOMAIN}|{CUE_ORG}|{ACR}) {has('member-role')}"
         # (a school's year before a pupil's job: "A, Form Four student, Seremban", "A, 15, Secondary Three student":
         # bylines.EXAMPLES["school-year-job"])
         rf"|(?P<job>{_SCHOOL_YEAR}(?:{LOWER} ){{0,2}}{has('occupation')})(?=,| {IN})"
         # (after an age, a job with no article to a sure end: "A, 17, secondary school student | On Monday ...":
         # bylines.EXAMPLES["name-age-job"]; or a place and then the end)
         rf"|(?<={NUM}, ){_SCHOOL_YEAR}(?:{LOWER} ){{0,3}}{has('occupation')}(?=(?:, {PLACE})?{END}))"
         rf"(?: (?:{IN}|{lit('at', 'from', 'of')}) (?:{THE} )?{PLACE}(?:,? {PLACE})?|, {PLACE}"
         rf"| {lit('at', 'in')} {lit('a', 'an', 'the')} (?:{LOWER} ){{0,3}}{LOWER} {IN} {PLACE}"
         # (or with whom: "A, an activist with Red Flag")
         rf"| {lit('with')} (?:{THE} )?(?P<org>{ORG_CORE}))?"
         # (or before a comma left dangling before the lede's opening: "A, a union volunteer in Calamba, | The
         # strikers ...": split._clause_tail_end)
         rf"(?:{END}|(?=, {UPSTART} (?!{AND}){LOWER}))",
         ("Ye Min, a socialist activist in Yangon (heldout3)",
                "Ah Man, a secondary school teacher in Kowloon (heldout3); Xu Lan (pseudonym), a nurse at a county "
                "hospital in Hubei (heldout11)")),
    Form("names-aged",
         # (people with their ages, then perhaps what they are, to a sure end: "A, 24", "A, 21, and B, 20, university
         # students": bylines.EXAMPLES["names-aged"])
         rf"(?P<names>{NAME}), {NUM}(?! {MONTH})(?:,? {AND} (?P<names_more>{NAME}), {NUM}(?! {MONTH}))?"
         rf"(?:, (?:{LOWER} ){{0,3}}{has('occupation')})?{END}",
         ("Summer Ho, 17; Mark Lo, 21, and Cheryl Pang, 20, university students (heldout113)",
          "Tovi Rendal, 16; Iona Brisk, 23, and Pell Varga, 25, nursing assistants (unit tests)")),
    Form("names-reporting",
         rf"(?P<names>{NAMES})(?:(?:,? {lit('reporting', 'writing')}| {lit('reports', 'writes')})"
         # (for whom: "A reports for Org from Lagos", or after the place: "A, B, and C reporting from Kunshan for
         # <site>": bylines.EXAMPLES["reporting-from-for"])
         rf"(?: {lit('for')} (?:{THE} )?(?P<org>{ORG_CORE}))? {lit('from')} "
         rf"(?P<place>{PLACE})(?: {lit('for')} (?:{THE} )?(?P<org4>{ORG_CORE}))?"
         rf"|(?:, {lit('writing')}| {lit('writes')}) {IN} {lit('a')} {LOWER} {LOWER}"
         # (or for whom: "A writes for Org", "A, writing for Org")
         rf"|(?:, {lit('writing', 'reporting')}| {lit('writes', 'reports')}) {lit('for')} (?:{THE} )?"
         rf"(?P<org2>{ORG_CORE})"
         # (or who of whom writes, with its colon: "A of Org writes:")
         rf"| {OF} (?:{THE} )?{org_full('3', loose=True)} {lit('writes', 'reports')}:"
         # (or who else reported, with no organisation: "A with additional reporting by B": bylines.EXAMPLES[
         # "additional-reporting"])
         rf"|{_REPORTING_BY}(?P<names_more>{NAMES})(?: {IN} {PLACE_LIST})?(?:, {org_full('5', loose=True)})?)"
         rf"{END}",
         ("Mak Tsz-kin, reporting from Yuen Long (heldout9)", "Ana Lima, writing from Porto (unit tests)",
          "Kang Min-ho reports from Busan; Ruth Okafor writes from Lagos (unit tests: a sentence as the byline)",
          "Simon R. Achterberg, writing in a personal capacity (heldout11); Ana Lima writes in a private capacity "
          "(unit tests)")),
    Form("names-place",
         # (two one-word pen names too: "Monian and Jiangshi in Bandung")
         rf"(?:(?P<names>{FULL_NAMES}|{NAME_LIST}|{NAME_TOK} {AND} {NAME_TOK}) {IN} (?P<place>{PLACE})"
         # (a one-word name in a known place, or, run in on both sides, in any: "killsGaram in UlsanInside")
         rf"|(?:(?<={WORD})(?P<runin>))?(?P<names2>{NAME_TOK}) {IN} "
         rf"(?(runin)(?:{KNOWN_PLACE}|{PLACE}(?={UPSTART}))|{KNOWN_PLACE})){END}",
         ("Tomasz Nowak in Gdansk (unit tests)", "Dongfang and Lin Pei-ju in Taipei (heldout6)",
          "Garam in UlsanInside ... (heldout47)"), weak=True),
    Form("names-comma-place",
         # (any place before a comma and a date: "A, Dharamsala, 10 March 2024": bylines.EXAMPLES["byline-place-date"])
         rf"(?P<names>{NAMES}), (?P<place>{KNOWN_PLACE}{END}|{PLACE}(?=, (?:{NUM} {MONTH}|{MONTH} {NUM})))",
         ("Sokha, Phnom Penh (heldout2)", "Lee Soo-jin, Seoul (heldout2)"), weak=True),
    Form("names-any-org",
         # (no group of people or date's month in it: "A, Ny Tid | Voters in ...", "A, Takaisku | June 4th marks")
         # (nor the "Hong" of a lede's "Hong Kong’s": "A, | Hong Kong’s highest court ...")
         rf"(?P<names>{NAMES}), (?P<org>(?:{lit('An')} (?!{has('natadj')}))?(?!{lit('Hong')} {_KONG}){CAPTOK}"
         rf"(?: {_NOT_TITLE_PHRASE}"
         rf"(?!{GROUP_ONLY}|{MONTH} {NUM}|{lit('Hong')} {_KONG}){CAPTOK}){{0,3}})"
         rf"(?: \((?P<affil>[^()\n]{{1,40}})\))?"
         # (or before a capitalised possessive and a lower-case word, or a group of people: "A, Arbeterstimme | Hong
         # Kong’s housing ...", "A, Dělnická Fronta | Workers, youth ...")
         # (or its capitalised words: "A, Lewa Fala | Warsaw’s Constitution Square filled ...": bylines.EXAMPLES[
         # "loose-org-possessive-run"])
         rf"(?:{END_STRONG}|{NEW_SENTENCE}|{TITLE_START}|{_MADE_NOTE_START}"
         rf"|(?= (?:{CAPTOK} )?{has('poss')} (?:{CAPTOK} ){{0,2}}{LOWER})"
         rf"|{GROUP_START}|(?= {MONTH} {NUM})"
         # (or a capitalised word and an article, "in", or "and" and a lower-case word: the lede's opening, "A,
         # Xekinima | Catering and cleaning staff ...", not a list of names, "A, B | C and D", nor of things,
         # "Evergrande, Country | Garden and the end of ...": bylines.EXAMPLES["loose-org-before-article"])
         rf"|(?= {UPSTART} (?:{lit('the', 'a', 'an', 'in')}|{AND} (?!{lit('the', 'a', 'an')}){LOWER}) )"
         # (or a dateline's place and dash: "A, Vía Obrera | Buenos Aires – Buses, trains ...": bylines.EXAMPLES[
         # "loose-org-dateline"])
         rf"|(?= {PLACE} [–—] )"
         # (or before a lede that opens with a quotation or a number: "A, Hibana | “Record profits ...”", "A, Lal
         # Lehar | 1,000 on the air quality index ...": bylines.EXAMPLES["loose-org-quote-number"])
         rf"|(?<!{MONTH})(?= (?:{NUM}|[“\"‘«])))",
         ("Ingrid Sjöberg, Offensiv When H&M ... (heldout6: an organisation no table knows, then a sentence)",
                "Marta Ruiz, Lucha Obrera\nThe union ...; Pelle Ek, VänsterpressenTeachers ... (unit tests)"),
         weak=True),
    Form("org-names",
         # the organisation first, then a colon or a bar, then its writers ("Arus Sosialis: A and B", "<org> (ISA
         # Kenya): A", "Class Voice | A": bylines.EXAMPLES["org-colon-names"])
         rf"{ORG_FULL}(?::| [|·]) (?P<names>{NAMES})(?!,){END}",
         ("Arus Sosialis: Nur Aisyah Kamal and Teo Wei Ling (heldout17)",
          "Mshikamano wa Kisoshalisti (ISA Kenya): Baraka Mutiso Wambua (heldout92)",
          "Class Voice | Lingbo (heldout30)")),
    Form("org-domain",
         rf"(?P<org>{DOMAIN})(?: \((?P<affil>[^()\n]{{1,40}})\))?{END}",
         ("chinaworker.info (corpus form)", "redflag.org (unit tests)")),
    Form("org",
         # (and what it calls its text, after a dash: "CWI - a socialist analysis", "<org> - a socialist view", and
         # for whom or on what: "<org> – a briefing for trade unionists", bylines.EXAMPLES["org-dash-text-for"])
         rf"{ORG_FULL}(?: [–—-] {lit('a', 'an')} (?:{LOWER} ){{0,2}}{LOWER}"
         rf"(?: {lit('for', 'on', 'from')} (?:{THE} )?(?:{LOWER} ){{0,2}}{LOWER})?)?{END}",
         ("CWI Taiwan (corpus form)", "Socialist Action (CWI in Hong Kong) (heldout)",
          "<org> - a socialist analysis (corpus form); Workers Alliance — an eyewitness report (unit tests)"),
         weak=True),
    Form("names-comma",
         # (a comma run into a capital: the parts' join left nothing between the name's comma and the lede)
         # (or a group of people opening the lede: "A, | Workers on the estates")
         # (or a capitalised possessive and a lower-case word: "A, | Beijing’s officials like to ...")
         # (or "Hong Kong", after a capitalised word too, and a lower-case word: "A, | Hong Kong was never ...", "A, |
         # Colonial Hong Kong was never ...")
         # (or any capitalised word and a lower-case one that goes on a sentence: "A, | Retired civil servants say ...":
         # bylines.EXAMPLES["name-comma-sentence"]; no name's particle: "A, Tinig ng Manggagawa" is an organisation)
         rf"(?P<names>{FULL_NAME}),(?= {STARTER}| {MONTH} {NUM}| {CAPTOK},|{UPSTART}|{GROUP_START}"
         rf"| {CAPTOK} (?!{PART} ){_NEW_SENTENCE}"
         rf"| (?:{CAPTOK} )?{lit('Hong')} {_KONG} {LOWER}"
         rf"| (?:{CAPTOK} )?{has('poss')} {LOWER})"
         # (a one-word pen name too, after a lower-case word or a sentence's end, before a sentence's first word or a
         # date or a group of people: "... the regime will not discuss | Hongye, | The deaths of ...", "... from a group
         # chat | Huilan, | Couriers in ...": bylines.EXAMPLES["pen-name-comma"])
         rf"|(?<=(?:{LOWER}|{NUM}|[.!?]) )(?P<names2>{NAME_TOK}),(?= {STARTER}| {MONTH} {NUM}|{GROUP_START})",
         ("Martin Cole, June 4th marks ... (corpus shape: the organisation link left out)",
               "Ben Rooke, Thatcher, revered ... (corpus shape)",
          "...risingTomasz Nowak,Thousands of ... (unit tests: run into the lede)"), weak=True),
    # (and the day it was written: "Jane Dorsey, 28 March 2024", "A and B, May 3, 2025")
    # (a list may hold a one-word name: "Lanfeng and Tom Ashdown")
    # (the list tried only where a separator follows within four tokens: speed)
    # (or one name word run in on both sides: a part of its own, "... lessons for todayYuhangFew events ...")
    Form("names", rf"(?P<names>(?=(?:[^\n ]+ ){{0,3}}[^\n ]*?(?:, | {AND} | & )){NAME_LIST}|{FULL_NAMES}"
         rf"|(?<={WORD}){NAME_TOK}(?={UPSTART}))"
         # (not the lede's first word taken for a name's last, before its next: "A B and C D Buyers | of flats ...":
         # bare names end before a sentence's opening, split._score; bylines.EXAMPLES["bare-names-before-sentence"])
         # (nor a possessive, nor "Hong" of "Hong Kong": "A B and C D | Japan’s 56,000 ...", "... Hsin-yu | Hong
         # Kong’s unions")
         rf"(?! {LOWER})(?<!{has('poss')})(?!{_HONG_KONG_NEXT})"
         rf"(?:, {_DATE}(?={END}))?{END}",
         ("Lars-Ove Brink and Martin Cole (corpus shape)", "Ben Rooke (corpus shape, own line)",
          "Jane Dorsey, 28 March 2024 (unit tests: a date after the names)"), weak=True),
    # a one-word pen name alone between a standfirst's lower-case end and a sentence starter ("... the plum rain season
    # | <pen name> | The first order comes in ...": split._score takes it only there; bylines.EXAMPLES["bare-pen-name"])
    Form("name-one", rf"(?!{MONTH}|{has('weekday')})(?P<names>{NAME_TOK})"
         # (a starter before a day, a month or a number too: "... overnight | <pen name> | On Friday evening, ...":
         # bylines.EXAMPLES["pen-name-before-dated-opening"])
         rf"(?= {STARTER} (?:{LOWER}|{MONTH}|{has('weekday')}|{NUM})|{UPSTART}| {UPSTART} {LOWER})",
         ("... season | Shitou | The first order ... (heldout17)",
          "... not loyalty | Qingshan | When the ... (heldout27)"),
         weak=True),
]
FORM_BY_NAME = {f.name: f for f in FORMS}
#: parse_byline's last resort, for a line already taken for a byline (a middle line): "A, Offensiv"
NAMES_ANY_ORG = rf"(?P<names>{NAMES}), (?P<org>{GENERIC_ORG})(?: \((?P<affil>[^()\n]{{1,40}})\))?"
#: The classes a form's first token may have. Speed only: the pattern implies it (a test runs the
#: scan with and without this pre-check over the gold set and requires the same result).
FIRST_TOKEN: dict[str, str] = {
    "review-credit": _or(lit("Review"), "[‘“\"]", NAME_TOK),
    "credit-edition": lit("This", "Translated"),
    "credit-version": UPSTART,
    "credit-source": lit("This"),
    "credit-from": lit("Abridged", "Adapted", "Excerpted", "Extracted"),
    "credit-following": lit("The"),
    "credit-following-person": shaped(T.CAP),
    "credit-interview-by": lit("Interview"),
    "credit-interview": lit("Interview", "Interviewed"),
    "credit-interviewed": _ORG_OR_NAME,
    "credit-noun": _or(lit("A", "An", "The", "Joint", "This"), has("credit-noun"), CAPTOK),
    "joint-list": lit("Joint"),
    "joint-list-cut": lit("Joint"),
    "book-credit": _or(lit("A", "An", "The"), has("book-part")),
    "credit-place": _or(has("place-credit"), lit("Eyewitness")),
    "correspondent": _or(lit("From", "By", "Our", "A", "An"), shaped(T.CAP)),
    "role-org": _or(lit("Editorial", "Editors", "Reporters", "Correspondents", "Staff"), CAPTOK),
    "by-verb": _or(has("by-credit"), has("credit-adjective"), has("credit-noun"), lit("As", "Review", "A", "An"),
                   shaped(T.CAP), "[‘“\"]"),
    "by": lit("By"),
    "person-book": NAME_TOK,
    "names-org": NAME_TOK,
    "names-org-cut": NAME_TOK,
    "names-member": NAME_TOK,
    "names-affil": NAME_TOK,
    "org-role": _ORG_OR_NAME,
    "names-described": NAME_TOK,
    "names-aged": NAME_TOK,
    "names-any-org": NAME_TOK,
    "names-reporting": NAME_TOK,
    "names-conversation": NAME_TOK,
    "names-place": NAME_TOK,
    "names-comma-place": NAME_TOK,
    "org-names": _ORG_FIRST,
    "org-domain": DOMAIN,
    "org": _ORG_FIRST,
    "names-comma": NAME_TOK,
    "names": NAME_TOK,
    "name-one": NAME_TOK,
}

# "This article is from X, ... . By A, B": the "By A, B" closing a longer byline (parse_byline)
BY_INSIDE = rf"(?:^|[.:] ){lit('By')} (?P<names>{NAMES})(?:, {ORG_FULL})?$"
# What may follow a learned string of the site's knowledge (knowledge.py), matched right after it
# (``CharMatcher``):
_AFFIL_ROLE = rf"(?: \((?P<affil>[^()\n]{{1,40}})\))?(?: (?:{ROLE}|{_ROLE_PHRASE}))?"  # ("national organiser")
# after a known organisation: " in Place", "(affiliation)", a role word, then an end
# (or the role, then the place: "<known org> reporters in Harbin")
ORG_TAIL = (rf"(?: {IN} {PLACE})?{_AFFIL_ROLE}(?:(?:(?<={ROLE}) {IN} {PLACE})?{END}"
            rf"|(?<={ROLE}) {lit('at')} {PLACE}(?:{END_STRONG}|{NEW_SENTENCE}))")
# after two known parts joined ("<name> (<other script>) <known org>", "<org> and <org> reporters"), whose
# score outranks the forms': a place only when a sure end follows it ("Kim Soo-ah, ISA in Japan | Japanese
# Prime Minister": the place is no part of the byline when a capitalised phrase runs on), else no place
JOINED_TAIL_PLACE = rf" {IN} {PLACE}{_AFFIL_ROLE}{END_STRONG}"
# (or a comma and the byline's own clause: "A, <known org>, reviews ‘Title’ | The last mine ...")
JOINED_TAIL = rf"{_AFFIL_ROLE}(?:{END}|{COMMA_CLAUSE_END})"
# after a known organisation that a name and a comma precede, before its own comma and clause: read only as the
# organisation of the name before it (knowledge._part_at), never alone (a known organisation is often a lede's
# subject: "<known org>, which ...")
ORG_COMMA_TAIL = rf"{_AFFIL_ROLE}{COMMA_CLAUSE_END}"
# after a known name: more names (after a comma, a one-word name only inside a list: "Ingrid Sjöberg, |
# Offensiv When" is a name and its organisation, "Martin Cole, Yunfeng and Zhou Mingyu" a list)
MORE_NAMES = rf"(?:(?: {AND} | & ){NAME}|, {FULL_NAME}|, {NAME}(?={NAME_SEP}))*"
# ... then ", organisation": after a known name, any capitalised run after the comma is its
# organisation ("Marcus T Hellberg, Offensiv Swedish migration authorities")
NAMES_TAIL = (rf"(?P<more>{MORE_NAMES})"
              rf"(?:, (?P<org2>{ORG_CORE}|(?!{MONTH} {NUM}|{lit('Hong')} {_KONG}){GENERIC_ORG})(?: {IN} {PLACE})?"
              rf"(?: \((?P<affil2>[^()\n]{{1,40}})\))?)?{END}")
# ... or " in Place", then a sure end ("Ho Ka-yan and Bao Lin in Kowloon | The nurses") or a new sentence (a
# capital, then a lower-case word: "<known pen name> in Ulsan | Workers at ...": the known name says a byline is
# there, bylines.EXAMPLES["known-name-place-sentence"])
PLACE_END = rf" {IN} {PLACE}(?:{END_STRONG}|{NEW_SENTENCE})"
END_RE_SOURCE = END


class CharMatch:
    """A match of a class-string pattern, in the text's character positions (``CharMatcher``)."""

    def __init__(self, c: Classed, m: re.Match[str], start: int) -> None:
        self._c, self._m, self._start = c, m, start

    def end(self, name: int | str = 0) -> int:
        start, end = self._m.span(name)
        if start < 0:
            return -1
        if end == start:  # an empty group ends where it starts: after the token before it
            return self._start if start <= self._m.start() else self._c.char_end_before(start)
        return self._c.span(start, end)[1]

    def group(self, name: int | str = 0) -> str | None:
        return self._c.group(self._m, name) if isinstance(name, str) else self._c.text[self._start : self.end()]


class CharMatcher:
    """A class-string pattern used like a character-level one: ``match(text, pos)`` at the end of a
    token (for ``knowledge.py``: what may follow a known organisation or name)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._match: Callable[[str, int], re.Match[str] | None] | None = None  # the pattern's, on first use

    def match(self, text: str, pos: int) -> CharMatch | None:
        c = classify(text)
        p = c.position_after(pos)
        if p is None:
            return None
        if self._match is None:
            self._match = compiled(self.name).match
        m = self._match(c.classes, p)
        return CharMatch(c, m, pos) if m else None


def is_name_word(word: str) -> bool:
    """Can ``word`` be (part of) a person's name?"""
    return bool(word) and "name" in key_of(word)[1]


def is_name_part(word: str) -> bool:
    """A name word, or a middle initial without its full stop ("Marcus T Hellberg": ``LETTER``)."""
    return is_name_word(word) or (bool(word) and T.shape_of(word) == T.LETTER and not is_starter(word))


def is_starter(word: str) -> bool:
    """Does a sentence open with ``word`` ("The", "In", "Thirty-six")?"""
    return bool(word) and "starter" in key_of(word)[1]


def is_person_name(name: str) -> bool:
    """Is ``name`` shaped like a person's name: a name word first, and no capitalised word that cannot
    be part of a name after it (a place, a month, a sentence word: "Phnom Penh", "Yesterday Morning")."""
    words = name.split()
    return bool(words) and is_name_word(words[0]) and not any(
        T.shape_of(w) == T.CAP and not is_name_word(w) for w in words[1:])


@functools.cache
def forms_starting_with(char: str) -> tuple[Form, ...]:
    """The forms whose first token may have class ``char`` (the speed-only pre-check), in order."""
    return tuple(f for f in FORMS if char in f.first_chars)


@functools.cache
def compiled(name: str) -> re.Pattern[str]:
    """A form's pattern (or another pattern of this module by name: BY_INSIDE, ORG_TAIL, NAMES_TAIL, ...),
    compiled on first use."""
    form = FORM_BY_NAME.get(name)
    return pattern_cache.compile(form.pattern if form else globals()[name])


# --------------------------------------------------------------------------------------
# A text as a class string
# --------------------------------------------------------------------------------------


@dataclass
class Classed:
    """A text's tokens and class string, with the maps between them."""

    text: str
    tokens: list[Token]
    classes: str
    pos_of: list[int]  # token index -> class-string position (increasing)
    starts: list[int]  # tokens where a byline may start (a capital, a domain, a CJK word after a space)
    #: what precedes a token, as the splitter reads it (``split._left_context``), kept once read: the scan and the
    #: scoring of known bylines ask again for the same tokens
    left: dict[int, tuple[str, float]] = field(default_factory=dict, repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text span of a class-string span (first token's start, last token's end)."""
        i = bisect.bisect_left(self.pos_of, start)
        j = bisect.bisect_right(self.pos_of, end - 1) - 1
        return self.tokens[i].start, self.tokens[j].end

    def char_end_before(self, p: int) -> int:
        """The text position after the last token before class-string position ``p``."""
        j = bisect.bisect_right(self.pos_of, p - 1) - 1
        return self.tokens[j].end if j >= 0 else 0

    def position_after(self, char_pos: int) -> int | None:
        """The class-string position right after the token ending at ``char_pos`` (None: no token ends there)."""
        i = bisect.bisect_left(self.tokens, char_pos, key=_END)  # (tokens are in order and never overlap)
        return self.pos_of[i] + 1 if i < len(self.tokens) and self.tokens[i].end == char_pos else None

    def group(self, m: re.Match[str], name: str) -> str | None:
        """A named group of a match, as text (None: absent or empty)."""
        if name not in m.re.groupindex:
            return None
        start, end = m.span(name)
        if start < 0 or start == end:
            return None
        a, b = self.span(start, end)
        return self.text[a:b]

    def token_index_at(self, char_pos: int) -> int | None:
        """The token starting at a text position, or None."""
        i = bisect.bisect_left(self.tokens, char_pos, key=_START)
        return i if i < len(self.tokens) and self.tokens[i].start == char_pos else None


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")


@functools.lru_cache(maxsize=64)  # the scan, knowledge and parse_byline classify the same texts
def classify(text: str) -> Classed:
    """Tokenise a text and write its class string."""
    tokens = T.tokenize(text)
    parts: list[str] = []
    pos_of: list[int] = []
    starts: list[int] = []
    n = len(tokens)
    p = 0
    for i, t in enumerate(tokens):
        gap = t.gap
        word = t.text
        if word[0].isalnum() or word[1:2].isalnum():  # (a word, or an apostrophe's "'t" of "van 't Riet")
            c = _class_char(word)
            if c == _ACRONYM_CHAR and not _acronym_in_context(tokens, i, n):
                c = _UPPER_CHAR  # an all-capitals headline word ("HONG KONG:"), not an acronym
            if c in _START_CHARS and (c not in _CJK_CHARS or gap != ""):
                starts.append(i)
        else:
            c = word if word not in _CLASS_CHARS else "\x7f"  # (a stray control character)
            if c in OPENING_QUOTES:
                starts.append(i)  # a credit may open with a book's title
            elif c in _FULL_WIDTH:
                # (a CJK text's brackets are the forms' own, with the space they have in a Latin text:
                # "Socialist Action（ISA in Hong Kong）": bylines.EXAMPLES["chinese-script-byline"])
                c = _FULL_WIDTH[c]
                gap = " " if c == "(" and gap == "" else gap
        if gap == " " or gap == "\n":
            parts.append(gap + c)
            p += 1
        else:
            parts.append(c)
        pos_of.append(p)
        p += 1
    return Classed(text, tokens, "".join(parts), pos_of, starts)


@functools.lru_cache(maxsize=16384)
def _class_char(word: str) -> str:
    return ALPHABET.char_of(word)


_CLASS_CHARS = ALPHABET.chars
_FULL_WIDTH = {"（": "(", "）": ")"}
# where a byline may start: a capitalised word (not a possessive: no byline opens with "China’s"),
# an acronym, an initial, a domain name, a CJK word
_START_CHARS = frozenset(ALPHABET.char[k] for k in ALPHABET.keys
                         if (k[0] in (T.CAP, T.ACRONYM, T.UPPER, T.LETTER, T.INITIAL, T.OTHER_UP, T.DOMAIN,
                                      T.CJK_NAME, T.CJK) and "poss" not in k[1]))
_CJK_CHARS = frozenset(ALPHABET.char[k] for k in ALPHABET.keys if k[0] in (T.CJK_NAME, T.CJK))
_ACRONYM_CHAR = ALPHABET.char[(T.ACRONYM, frozenset())]
_UPPER_CHAR = ALPHABET.char[(T.UPPER, frozenset())]


def _acronym_in_context(tokens: list[Token], i: int, n: int) -> bool:
    """An acronym, not a word of an all-capitals headline: not right after a word ending in a capital
    (unless that is an acronym of up to six letters after a lower-case word: "the DPP | ISA", "the HKCTU | ISA"),
    not before another
    all-capitals word, and not run into a following lower-case word."""
    t = tokens[i]
    if i and t.gap == " ":
        prev = tokens[i - 1]
        if prev.text[-1].isupper() and prev.text.isalpha():
            short = prev.text.isupper() and len(prev.text) <= 6
            before = tokens[i - 2] if i >= 2 and prev.gap == " " else None
            if not (short and before is not None and before.text[-1].islower()):
                return False
    if i + 1 < n:
        nxt = tokens[i + 1]
        if nxt.gap == " " and len(nxt.text) >= 2 and nxt.text[:2].isupper() and nxt.text[:2].isalpha():
            return False
        if nxt.gap == "" and nxt.text[0].isalnum() and not (nxt.text[0].isupper() and nxt.text[1:2].islower()):
            return False
    return True
