"""An excerpt as tokens, and each token's class: the alphabet the byline forms are written in.

The splitter's forms (``forms.py``) are regular expressions over a *class string*: one character
per word token (its class: "a name-like capitalised word", "an organisation word", "the word
by", ...), punctuation as itself, and the gaps between tokens as they are (" ", a line break, or
nothing when two tokens are run together: "reportersMarch", "Kolo,"). Word lists are looked up in
Python sets once per distinct word (cached), so no pattern inlines a word list: that is what keeps
compiling the forms cheap (a few milliseconds for all of them).

Tokens split a text at white space, at punctuation and at run-ins: a capital right after a
lower-case letter ("reportersMarch", "Mei-chingPro-government"), after an acronym
("TPPLin Pei-shan", "ISAWe"), after a closing quote ("‘stability’Socialist") or after a number
("issue 55Electric"); a domain name is one token ("chinaworker.info", also run into a capitalised
word: "chinaworker.infoFor"), and an acronym run into a domain is two ("HKCTUchinaworker.info").
Camel-case words that are one word ("WhatsApp", ``bylines.CAMEL_CASE_WORDS``) stay whole.
"""

from __future__ import annotations

import re

from newscrawl.extract import bylines as B

# a domain name: labels, then a top-level domain; not inside another word or an e-mail address
_DOMAIN = (r"[A-Za-z][A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\.(?:" + "|".join(B.TOP_LEVEL_DOMAINS)
           + r")(?![a-z0-9@-]|\.[A-Za-z0-9])")
DOMAIN_RE = re.compile(_DOMAIN)
# the combining marks of scripts that write vowels as signs (Bengali, Devanagari, Tamil, Thai, Arabic's
# vowel marks, ...) and Latin's combining accents: inside a word, not characters of their own ("ফারহানা")
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
          "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff")
_LETTERS = rf"(?:[^\W_]|[{_MARKS}])+"
# a domain (also a capitalised one run into the lower-case word before it: "the lead|Redmonsoon.info", the
# word a token of its own, as before an initial: "per order|K. Ramesh"); an initial ("N."); a word (letters or
# digits joined by internal apostrophes and hyphens, with the plural possessive's apostrophe: "Workers’"); or one
# other character
# (or Dutch "'t" of a name: "van 't Riet")
_TOKEN_RE = re.compile(rf"(?<!\S)['’]t(?!\S)"
                       rf"|(?<![\w.@-])[a-z]{{2,}}(?=(?=[A-Z]){_DOMAIN}|[{B.UP}]\.(?![^\W\d_]))|(?<![\w.@-]){_DOMAIN}"
                       rf"|(?<=[a-z])(?=[A-Z]){_DOMAIN}"
                       # (no apostrophe joins a word to a domain after it: "... each’|yellowearthbulletin.info":
                       # a closing quote run into the byline, bylines.EXAMPLES["quote-run-into-domain"])
                       rf"|[{B.UP}]\.|{_LETTERS}(?:(?:[’'](?!{_DOMAIN})|-){_LETTERS})*(?:(?<=s)[’'](?=[\s,]|$))?|\S")
_APOSTROPHES = "’'"
_EDGE_PUNCTUATION = "(),.:;!?“”‘’\"'[]«»"


class Token:
    """One token of a text: its characters, where it is, and what precedes it."""

    __slots__ = ("text", "start", "end", "gap")

    def __init__(self, text: str, start: int, end: int, gap: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.gap = gap  # "^" (text start), "" (run together with the previous token), " " or "\n"

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.gap!r})"


def tokenize(text: str) -> list[Token]:
    """The tokens of a text with single spaces and line breaks (``split.prepare``'s)."""
    out: list[Token] = []
    append = out.append
    camel = B.CAMEL_CASE_WORDS
    pos = 0
    gap = "^"
    for line in text.split("\n"):
        for chunk in line.split(" "):
            if chunk:
                if chunk.isalpha() and (chunk.islower() or chunk.istitle() or chunk.isupper()):
                    append(Token(chunk, pos, pos + len(chunk), gap))  # a plain word: most of them
                elif (core := chunk.strip(_EDGE_PUNCTUATION)) and core.isalpha() and (core[1:].islower() or (
                        core.isupper() and len(core) > 1)) and not (core[-1] == "s" and chunk.endswith(("s’", "s'"))):
                    # a plain word with punctuation around it ("Kolo,", "(CWI", "strike.”"): one token each
                    i = chunk.index(core)
                    for k, ch in enumerate(chunk):
                        if k == i:
                            out.append(Token(core, pos + k, pos + k + len(core), gap))
                        elif k < i or k >= i + len(core):
                            out.append(Token(ch, pos + k, pos + k + 1, gap))
                        else:
                            continue
                        gap = ""
                else:
                    for m in _TOKEN_RE.finditer(chunk):
                        word, start = m.group(), pos + m.start()
                        if len(word) == 1 or (word.isalpha() and word[1:].islower()) or word in camel:
                            out.append(Token(word, start, start + len(word), gap))
                        else:
                            for k, (a, b) in enumerate(_pieces(text, start, start + len(word))):
                                out.append(Token(text[a:b], a, b, gap if k == 0 else ""))
                        gap = ""
                gap = ""
                pos += len(chunk)
            if gap != "^":
                gap = " "
            pos += 1
        gap = "\n" if out else "^"
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A word's run-together parts (a plain word is one piece)."""
    word = text[start:end]
    if "." in word:  # a domain (or an initial): split an acronym run into it ("HKCTUchinaworker.info")
        caps = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if caps >= 2 and word[caps:caps + 1].islower():
            return [(start, start + caps), (start + caps, end)]
        return [(start, end)]
    cuts: list[int] = []
    for q in range(1, len(word)):
        # (not after a surname prefix that opens the piece: "Mc|Allister", "reportersDe|Vries")
        if _run_in_at(word, q) and word[cuts[-1] if cuts else 0 : q] not in B.NAME_PREFIXES:
            cuts.append(q)
    if not cuts:
        return [(start, end)]
    bounds = [0, *cuts, len(word)]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if word[b - 1] in _APOSTROPHES and b - a > 1 and b < len(word):  # "stability’" + "Socialist": a quote
            pieces += [(start + a, start + b - 1), (start + b - 1, start + b)]
        else:
            pieces.append((start + a, start + b))
    return pieces


def _run_in_at(word: str, q: int) -> bool:
    """Does a new part start at ``word[q]`` (a capital run into what precedes it)?"""
    c = word[q]
    prev = word[q - 1]
    if c.isdigit():  # "reporters1 May": a number run into a lower-case word
        return q >= 2 and word[q - 2 : q].isalpha() and word[q - 2 : q].islower()
    if not c.isupper():
        return False
    if prev.islower():
        # "reportersMarch", "Mei-chingPro-government"; not after one lower-case letter opening the word: a prefix
        # of the word ("Mac an tSaoi", "Ó hAodha", "iPhone")
        return q > 1
    if prev in _APOSTROPHES:
        # "stability’Socialist" (not "O’Brien", nor an elided article or preposition of a name: "Dall’Olio",
        # "Sant’Anna": bylines.EXAMPLES["name-elision"])
        head = word[: q - 1]
        return q >= 2 and word[q - 2].islower() and not (head[:1].isupper() and len(head) <= 4)
    if prev.isdigit():  # "issue 55Electric", "47Statement", "issue 42In", "issue 263A" (not "5G", "3M")
        rest = word[q + 1 :]
        return (rest[:1].isalpha() and rest[:1].islower()) or (not rest and c in "AI")
    if prev.isupper():  # "TPPLin Pei-shan", "ISAWe", "HALam": an acronym, then a capitalised word
        # (not an acronym's plural: "NGOs", "MPs"; "ISAAs" is "ISA" and "As")
        return q >= 2 and word[q - 2 : q].isalpha() and word[q - 2 : q].isupper() and word[q + 1 : q + 2].islower() \
            and not (word[q + 1 :] == "s" and c not in "AIU")
    return False


# --------------------------------------------------------------------------------------
# Token classes
# --------------------------------------------------------------------------------------

# Shapes (exclusive): what a token looks like, whatever its word.
CAP, ACRONYM, UPPER, LETTER, INITIAL, CJK_NAME, CJK, DOMAIN, LOWER, NUMBER, OTHER_UP, OTHER_LOW = (
    "cap", "acronym", "upper", "letter", "initial", "cjk-name", "cjk", "domain", "lower", "number", "other-up",
    "other-low")
SHAPES = (CAP, ACRONYM, UPPER, LETTER, INITIAL, CJK_NAME, CJK, DOMAIN, LOWER, NUMBER, OTHER_UP, OTHER_LOW)
#: a word that may be part of a person's name: "Kolo", "Per-Ake", "Mei-ching", "O’Brien" (and "China’s");
#: ... and a surname with an inner capital after a prefix ("McAllister", "DeVries": ``bylines.NAME_PREFIXES``)
#: ... and one after a lower-case letter prefixed to it ("Mac an tSaoi", "Ó hAodha")
#: ... and one after Arabic's article ("Karim al-Haddad"; an organisation's word too: "al-Badil al-Thawri")
_ARTICLE = r"(?:al|el)-(?=[A-Z])"
NAME_SHAPE_RE = re.compile(rf"(?:(?:{'|'.join(sorted(B.NAME_PREFIXES))}|[{B.LO}])(?=[{B.UP}])|{_ARTICLE})?"
                           rf"[{B.UP}][{B.LO}]*(?:[’'-][{B.UP}]?[{B.LO}]+)*")
#: a word of an organisation's or a place's name: "Socialist", "Anti-War", "Workers’" (no "Party’s")
CAP_SHAPE_RE = re.compile(rf"(?:{_ARTICLE})?[{B.UP}][{B.LO}]*(?:-[{B.UP}]?[{B.LO}]+)*(?:(?<=s)[’'])?")
_ARTICLE_RE = re.compile(_ARTICLE)
_CJK_RE = re.compile(rf"[{B.CJK}]+")
_LOWER_RE = re.compile(rf"[{B.LO}][{B.LO}’'-]*")


#: Latin's combining accents: a letter's, so not in the way of its word's shape ("Bûn-hô͘", Pe̍h-ōe-jī's dot)
_LATIN_COMBINING_RE = re.compile("[\u0300-\u036f]")


def without_latin_accents(word: str) -> str:
    """The word without Latin combining accents after its first character (its shape and properties are those of
    its letters)."""
    return _LATIN_COMBINING_RE.sub("", word) if len(word) > 1 and _LATIN_COMBINING_RE.search(word, 1) else word


def shape_of(word: str) -> str:
    """The shape of a word token."""
    word = without_latin_accents(word)
    c = word[0]
    if "." in word and DOMAIN_RE.fullmatch(word):
        return DOMAIN
    if c.isupper():
        if len(word) == 1:
            return LETTER
        if len(word) == 2 and word[1] == ".":
            return INITIAL
        if word.isupper() and word.isalpha():
            return ACRONYM if len(word) <= 6 else UPPER
        if "-" in word and all(p.isupper() and p.isalpha() and len(p) <= 6 for p in word.split("-")):
            return ACRONYM  # an organisation's acronyms in two languages: "LSP-PSL", "SAV-ASA"
        if NAME_SHAPE_RE.fullmatch(word) or CAP_SHAPE_RE.fullmatch(word):
            return CAP
        return OTHER_UP
    if (word[1:2].isupper() or _ARTICLE_RE.match(word)) and NAME_SHAPE_RE.fullmatch(word):
        return CAP  # a proper name after a lower-case letter prefixed to it ("Mac an tSaoi", "Ó hAodha", "iPhone"), or
        # after Arabic's article ("al-Thawri")
    if _CJK_RE.fullmatch(word):
        return CJK_NAME if 2 <= len(word) <= 4 else CJK
    if c.isdigit():
        return NUMBER
    if _LOWER_RE.fullmatch(word):
        return LOWER
    return OTHER_LOW
