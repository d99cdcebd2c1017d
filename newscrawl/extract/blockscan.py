"""One pass over a teaser block's elements, finding the candidates of each of its parts (pure).

The generic extractor reads an excerpt, a byline, a date and whether there is an image in every
block of the page. Each used to be an XPath query per block with ``contains()`` tests on every
element: on blocks of a dozen elements, four such queries cost ~8x one walk over the elements in
Python. ``BlockScan`` walks a block once, on first use, and keeps, in document order:

- ``named``: elements with a class or id (where an excerpt element is looked for);
- ``authors``: elements that may name the author (``rel``, ``itemprop=author``, an 'author' /
  'byline' / 'vcard' / 'username' class (forums mark their posters so), an 'author' id, a link to an
  author-like path);
- ``dates``: elements that may hold the date (``<time>``, ``<abbr>``, ``<footer>``, ``datetime``,
  ``itemprop=datePublished``, a date/time/meta/posted/publish/byline class, a parent of an author link
  or of a 'username' element: a credit line, 'par <span class="username">X</span> » 07 Juil 2015');
- ``machine``: machine-readable dates (``time[datetime]``, ``itemprop=datePublished``, ``abbr[title]``);
- ``bare``: parents of short texts with a digit (dates shown without markup, '2023.05.30');
- ``image``: whether the block shows an image (also a lazy one: ``data-src``, ``data-bg``...).

The tests check each list against the XPath expression it replaces, on every fixture page
(``tests/test_block_scan.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

#: Substrings of href that make a link an author candidate.
AUTHOR_HREF_WORDS = ("author", "autor", "auteur", "writer", "people", "profile", "user", "member", "journalist",
                     "columnist", "staff")
_AUTHOR_HREF = re.compile("|".join(AUTHOR_HREF_WORDS))
_AUTHOR_CLASS = re.compile("author|Author|byline|vcard|username")
_DATE_CLASS = re.compile("date|time|meta|posted|publish|byline|Date")
_AUTHOR, _DATE = 1, 2
_DATE_TAGS = frozenset({"time", "abbr", "footer"})
_IMAGE_TAGS = frozenset({"img", "picture"})
_LAZY_IMAGE_ATTRIBUTES = frozenset({"data-src", "data-bg", "data-lazy-src", "data-background",
                                    "data-background-image"})
#: XPath's normalize-space() collapses these four characters only.
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")
_DIGIT = re.compile("[0-9]")
#: Text up to this long (white space collapsed) may be a bare date.
_BARE_DATE_CHARS = 40


class BlockScan:
    """The candidates of one block's parts, found in one walk over its elements on first use."""

    __slots__ = ("block", "_done", "_named", "authors", "dates", "machine", "_bare", "_elements", "_comments", "image")

    def __init__(self, block: HtmlElement) -> None:
        self.block = block
        self._done = False
        self._named: list[HtmlElement] = []
        self.authors: list[HtmlElement] = []
        self.dates: list[HtmlElement] = []
        self.machine: list[HtmlElement] = []
        self._bare: list[HtmlElement] | None = None
        self._elements: list[HtmlElement] = []
        self._comments: list[HtmlElement] = []
        self.image = False

    def walk(self) -> BlockScan:
        if self._done:
            return self
        self._done = True
        dated: set[HtmlElement] = set()
        elements, comments = self._elements, self._comments
        authors, machine = self.authors, self.machine
        named: list[HtmlElement] = []
        image = False
        for element in self.block.iterdescendants():
            tag = element.tag
            if tag.__class__ is not str:  # a comment: its tail is its parent's text (for ``bare``)
                comments.append(element)
                continue
            elements.append(element)
            if tag in _DATE_TAGS:
                dated.add(element)
            elif tag in _IMAGE_TAGS:
                image = True
            items = element.items()
            if not items:
                continue
            attrs = dict(items)  # one call for all attributes: cheaper than a get() per name
            get = attrs.get
            classes, ident = get("class"), get("id")
            if classes is not None or ident is not None:
                named.append(element)
            names = _class_says(classes) if classes is not None else 0
            rel, itemprop = get("rel"), get("itemprop")
            href = get("href") if tag == "a" else None
            if (rel is not None or itemprop == "author" or names & _AUTHOR or (ident is not None and "author" in ident)
                    or (href is not None and _AUTHOR_HREF.search(href))):
                authors.append(element)
            if tag == "a" and (rel == "author" or (href is not None and ("author" in href or "profile" in href))):
                dated.add(element.getparent())  # a credit line: 'Written by <a>X</a> on 13/11/2012'
            elif names & _AUTHOR and classes is not None and "username" in classes:
                dated.add(element.getparent())  # a forum's: 'par <span class="username">X</span> » 07 Juil 2015'
            itemprop_date = itemprop == "datePublished"
            if names & _DATE or "datetime" in attrs or itemprop_date:
                dated.add(element)
            if itemprop_date or (tag == "time" and "datetime" in attrs) or (tag == "abbr" and "title" in attrs):
                machine.append(element)
            if not image and ((tag != "script" and not _LAZY_IMAGE_ATTRIBUTES.isdisjoint(attrs))
                              or "background-image" in (get("style") or "")):
                image = True
        self.image = image
        self._named = named
        self.dates = [e for e in elements if e in dated] if dated else []
        return self

    @property
    def named(self) -> list[HtmlElement]:
        """Elements with a class or id."""
        return self.walk()._named

    @property
    def bare(self) -> list[HtmlElement]:
        """Parents of short texts holding a digit, in document order (read only when a page shows
        no marked date: over the elements the walk kept)."""
        self.walk()
        if self._bare is None:
            parents: set[HtmlElement] = set()
            if _short_digits(self.block.text):
                parents.add(self.block)
            for element in self._elements:
                if _short_digits(element.text):
                    parents.add(element)
                if _short_digits(element.tail):
                    parents.add(element.getparent())
            for comment in self._comments:
                if _short_digits(comment.tail):
                    parents.add(comment.getparent())
            found = [self.block] if self.block in parents else []
            self._bare = found + [e for e in self._elements if e in parents]
        return self._bare


def scan(block: HtmlElement) -> BlockScan:
    """The block's part candidates (walked now)."""
    return BlockScan(block).walk()


@lru_cache(maxsize=4096)
def _class_says(classes: str) -> int:
    """_AUTHOR and/or _DATE when a class attribute names them (pages repeat their class attributes)."""
    return (_AUTHOR if _AUTHOR_CLASS.search(classes) else 0) | (_DATE if _DATE_CLASS.search(classes) else 0)


def _short_digits(text: str | None) -> bool:
    """Whether a text node is short (<= 40 characters, white space collapsed as XPath does) and
    holds an ASCII digit."""
    if not text or not _DIGIT.search(text):
        return False
    text = text.strip(" \t\r\n")
    if len(text) <= _BARE_DATE_CHARS:
        return True
    if len(text) - sum(text.count(ch) for ch in " \t\r\n") > _BARE_DATE_CHARS:
        return False  # more characters than that besides white space: long however it is collapsed
    return len(_XPATH_SPACE.sub(" ", text)) <= _BARE_DATE_CHARS
