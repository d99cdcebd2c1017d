"""A listing page's own title (its region or tag name), without the theme's decorations.

Themes wrap the term's name: "Category: China", "Category Archives: China", "Posts Tagged with
'China'", "Tag Archives: China", Yoast's "China Archives", Blogger's "Showing posts with label
China"; the ``<title>`` adds the site's name and "Page 2". ``clean_title`` takes them off;
``page_title`` picks the title a reader sees for the listing (pure; no Scrapy).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extract.text import collapse

# WordPress core's archive titles in its common translations (the_archive_title), and the
# older themes' and other CMSs' own wordings. Matched at the start, case-insensitively.
_PREFIXES = (
    "category archives", "tag archives", "archive for category", "archive for tag", "archive for",
    "archives for", "archives", "category", "categories", "tag", "tags", "topic", "section",
    "posts tagged with", "post tagged with", "posts tagged", "entries tagged", "tagged with", "tagged",
    "posts in category", "posts in", "browsing category", "browsing tag", "browsing", "showing posts with label",
    "filed under", "label", "kategorie", "schlagwort", "archiv der kategorie", "catégorie", "étiquette",
    "archives de la catégorie", "categoría", "etiqueta", "categoria", "tag archivio", "categorie",
    "рубрика", "метка", "分类", "分類", "标签", "標籤", "カテゴリー", "タグ", "分类目录", "文章标签",
)
_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)) + r")\s*[:：]\s*", re.I)
# "Posts Tagged with 'China'" / "Category Archives China" (no colon, the name quoted or in a span).
_QUOTED = re.compile(r"^\s*(?:posts?|entries|articles)?\s*(?:tagged|archived|filed)\s*(?:with|in|under|as)?\s*"
                     r"[\"'“‘«](.+?)[\"'”’»]\s*$", re.I)
# The longer wordings also stand without a colon ("Category Archives China", Blogger's "Showing
# posts with label China. Show all posts").
_PREFIX_BARE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted((p for p in _PREFIXES if " " in p), key=len, reverse=True))
    + r")\s+", re.I)
# A one-word prefix without a colon ("Categoría Noticias") is taken off only when the rest is the
# listing's name in its URL (/category/noticias/).
_PREFIX_WORD = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted((p for p in _PREFIXES if " " not in p), key=len, reverse=True))
    + r")\s+(.+)$", re.I)
_QUOTED_NAME = re.compile(r"[\"'„“‘«‹「『]([^\"'„“”‘’«»‹›「」『』]+)[\"'”“’»›」』]\s*$")
_PAGED = re.compile(r"/page/?\d+/?$")
_SHOW_ALL = re.compile(r"\.?\s*show all posts\s*$", re.I)
_ARCHIVES_SUFFIX = re.compile(r"\s+(?:archives?|archiv|archivio)\s*$", re.I)
_PAGE_PART = re.compile(r"^\s*(?:page|seite|página|pagina|страница|第)?\s*\d+\s*(?:页|頁|ページ)?\s*(?:of\s+\d+)?\s*$",
                        re.I)
#: Between a title's parts: ' | ', ' – ', ' - ', and as portal CMSs write them between Chinese
#: parts, '--' and '_' ('公司新闻--公司名', '劳工动态_新闻中心_站名').
_TITLE_SEPARATORS = re.compile(r"\s+[–—|·»\-]\s+|\s*[|｜]\s*|\s*-{2,}\s*|(?<=[\u3400-\u9fff])_(?=[\u3400-\u9fff])")
_SITE_NAME_CLASS = re.compile(r"site[-_]?(?:title|name)|blog[-_]?name|board[-_]?name|brand|logo", re.I)
# Headings that describe the site, not the listing.
_NOT_A_TITLE = re.compile(r"descr|tagline|slogan|subtitle|hidden|screen-reader", re.I)


def clean_title(text: str | None, *, slug: str | None = None) -> str | None:
    """A title without archive decorations: 'Category Archives: China' -> 'China'; with the
    listing's ``slug`` ('noticias'), also 'Categoría Noticias' -> 'Noticias'."""
    text = collapse(text)
    if not text:
        return None
    quoted = _QUOTED.match(text)
    if quoted:
        return collapse(quoted.group(1))
    stripped = _PREFIX.sub("", text, count=1)
    if stripped == text and slug and (word := _PREFIX_WORD.match(text)) and _slugify(word.group(1)) == slug:
        return collapse(word.group(1))
    if stripped == text and slug and ": " in text and _slugify(tail := text.rsplit(": ", 1)[1]) == slug:
        return collapse(tail)  # a wording no table knows, then the listing's name ("Articoli nella categoria: X")
    if stripped == text and slug and (named := _QUOTED_NAME.search(text)) and _slugify(named.group(1)) == slug:
        return collapse(named.group(1))  # ... or the name in quotes ("Archiwum kategorii „X”")
    if stripped == text:
        stripped = _PREFIX_BARE.sub("", _SHOW_ALL.sub("", text), count=1)
    stripped = _ARCHIVES_SUFFIX.sub("", stripped) if stripped == text else stripped
    stripped = stripped.strip(" \"'“”‘’«»")
    return collapse(stripped) or text


def listing_slug(url: str) -> str | None:
    """The listing's name in its URL: the last path segment before any page number
    ('/category/noticias/page/2/' -> 'noticias'), lower-cased."""
    path = _PAGED.sub("", unquote(urlsplit(url).path)).rstrip("/")
    return path.rsplit("/", 1)[-1].lower() or None


def _slugify(text: str) -> str:
    """A name as WordPress writes it in URLs: accents off, lower case, '-' between words."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", "-", plain.lower()).strip("-")


def site_names(root: HtmlElement) -> set[str]:
    """Names the site gives itself: og:site_name / application-name when the page states them,
    else its logo, site-title or home link text."""
    names = set(_stated_names(root))
    if not names:
        for element in _NAMED_OUTSIDE_MAIN(root):
            if _SITE_NAME_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
                names.add(element.text_content())
    for link in _HOME_LINKS(root):
        names.add(link.text_content())
    return {n for n in (collapse(name) for name in names) if n}




def _stated_names(root: HtmlElement) -> list[str]:
    """What ``//meta[@property='og:site_name']/@content | //meta[@name='application-name']/@content``
    selects, in one pass over the page's meta elements (the union scans the page twice)."""
    found = []
    for meta in root.iter("meta"):
        if meta.get("property") == "og:site_name" or meta.get("name") == "application-name":
            content = meta.get("content")
            if content is not None:
                found.append(content)
    return found

_MAX_CAPTION_CHARS = 80
_HOME_LINKS = etree.XPath("//a[@href='/' or @rel='home']")
_TITLE = etree.XPath("//title")
_HEADINGS_BEFORE = etree.XPath("preceding::*[self::h1 or self::h2 or self::h3][position() <= 3]")
# (each attribute read once, its value tested for each word)
_NAMED_OUTSIDE_MAIN = etree.XPath(
    "//*[@class[contains(., 'site') or contains(., 'logo') or contains(., 'brand') or contains(., 'name')]"
    " or @id[contains(., 'site') or contains(., 'logo') or contains(., 'brand') or contains(., 'name')]]"
    "[not(ancestor-or-self::main)][not(ancestor-or-self::*[@role='main'])]")


def page_title(root: HtmlElement, *, before: HtmlElement | None = None, slug: str | None = None) -> str | None:
    """The listing's own title: its h1 (not the site's name, not a link), else the nearest heading
    without a link ahead of the first block ``before``, else the ``<title>`` without the site's
    name and "Page N" parts; decorations taken off (``slug``: see ``clean_title``)."""
    known: list[set[str]] = []
    said: list[set[str]] = []

    def stated() -> set[str]:  # og:site_name / application-name, read when a heading is looked at
        if not said:
            said.append({n.lower() for n in (collapse(v) for v in _stated_names(root)) if n})
        return said[0]

    def lowered() -> set[str]:  # the site's names, read only when a candidate needs them
        if not known:
            known.append({n.lower() for n in site_names(root)})
        return known[0]

    def names_the_site(heading: HtmlElement, text: str) -> bool:
        if stated():  # og:site_name / application-name: compare with what the page says it is
            return text.lower() in stated()
        return any(_SITE_NAME_CLASS.search(f"{n.get('class', '')} {n.get('id', '')}")
                   for n in (heading, heading.getparent()) if n is not None)

    def usable(heading: HtmlElement) -> str | None:
        text = collapse(heading.text_content())
        if (not text or next(heading.iterdescendants("a"), None) is not None or _in_chrome(heading)
                or names_the_site(heading, text)
                or _NOT_A_TITLE.search(f"{heading.get('class', '')} {heading.get('id', '')}")):
            return None
        if text.lower() in _PREFIXES:  # a label alone ("Category"): the name is in the element after it
            caption = heading.getnext()
            name = collapse(caption.text_content()) if caption is not None else ""
            return f"{text}: {name}" if name and len(name) <= _MAX_CAPTION_CHARS else None
        return text

    for h1 in root.iter("h1"):
        if text := usable(h1):
            return clean_title(text, slug=slug)
    if before is not None:
        for heading in reversed(_HEADINGS_BEFORE(before)):  # (XPath gives document order: nearest last)
            if text := usable(heading):
                return clean_title(text, slug=slug)
    titles = _TITLE(root)
    title = collapse(titles[0].text_content()) if titles else None
    if not title:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    kept = [p for p in parts if p.strip().lower() not in lowered() and not _PAGE_PART.match(p)]
    chosen = (kept or parts or [title])[0]
    head, colon, tail = chosen.partition(": ")
    if colon and head.strip().lower() in lowered():
        chosen = tail
    return clean_title(chosen, slug=slug)


def _in_chrome(element: HtmlElement) -> bool:
    return any(a.tag in ("nav", "aside", "footer") for a in element.iterancestors())
