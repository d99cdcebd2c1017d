"""Publication dates as listing pages show them, to ``YYYY-MM-DD`` (pure; no Scrapy).

Machine-readable values (``<time datetime>``, ``abbr[title]``, ``itemprop=datePublished``)
are ISO dates. Shown text is read only where it is unambiguous: a year with a named month
("29 Mar 2015", "November 22, 2013"; month names of the languages themes and forums ship in:
French, Spanish, Portuguese, Italian, German, Dutch and Russian, with their "de"/"del" and "1er"
forms: "18 de abril de 2025", "Mar 07 Juil 2015", "20 марта 2013"), year-first numbers
("2023.05.30", "2012 年 1 月 3 日"),
or day/month numbers whose order the page itself settles: one date on the page whose first
number is above 12 makes them all day-first ("13/11/2012"), one whose second number is above
12 makes them all month-first ("10/26/2016"). A date without a year is no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

#: Month names and abbreviations, by month: English (the themes' default) first, then the
#: languages listing pages of themes, CMSs and forums ship in (French, Spanish, Portuguese,
#: Italian, German, Dutch; Russian and Polish in the genitive a date uses, Turkish). An abbreviation is listed only
#: where it is no word of its own in another of these languages ('mar' is March: a French
#: 'Mar' weekday stands before the day number, where no month is read).
_MONTH_NAMES = (
    ("january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januar", "jänner",
     "januari", "января", "январь", "янв", "ocak", "stycznia", "styczeń"),
    ("february", "feb", "février", "fevrier", "févr", "fév", "fev", "febrero", "fevereiro", "febbraio", "februar",
     "feber", "februari", "февраля", "февраль", "фев", "şubat", "lutego", "luty"),
    ("march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz", "mär", "maart", "mrt", "марта", "март",
     "mart", "marca", "marzec"),
    ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "nisan", "kwietnia",
     "kwiecień"),
    ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "мая", "май", "mayıs", "maja", "maj"),
    ("june", "jun", "juin", "junio", "junho", "giugno", "giu", "juni", "июня", "июнь", "июн", "haziran", "czerwca",
     "czerwiec"),
    ("july", "jul", "juillet", "juil", "julio", "julho", "luglio", "lug", "juli", "июля", "июль", "июл", "temmuz",
     "lipca", "lipiec"),
    ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "август", "авг", "ağustos", "sierpnia",
     "sierpień"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set",
     "сентября", "сентябрь", "сен", "eylül", "września", "wrzesień"),
    ("october", "oct", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "oktober", "okt", "октября",
     "октябрь", "ekim", "października", "październik"),
    ("november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "kasım", "listopada",
     "listopad"),
    ("december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dicembre",
     "dezember", "december", "дек", "декабря", "декабрь", "aralık", "grudnia", "grudzień"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: Between day, month and year: the Spanish/Portuguese 'de'/'del' ("18 de abril de 2025").
_OF = r"(?:\s+(?:de|del|d')\s*)?"
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_YEAR_FIRST = re.compile(r"((?:19|20)\d{2})\s*[./年]\s*(\d{1,2})\s*[./月]\s*(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?{_OF}\s*\b({_MONTH})(?![^\W\d_])\.?,?{_OF}\s+((?:19|20)\d{{2}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})(?![^\W\d_])\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?{_OF}\s+((?:19|20)\d{{2}})\b", re.I)
#: Weekday names (and a label such as 'Date:' / 'Дата:') a bare date element may show around its date.
_WEEKDAYS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|"
    r"quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b", re.I)
_LABEL = re.compile(r"^\s*[^\W\d_]{2,12}\s*[:：]")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)")
#: How a page writes day and month numbers: learned from the page's own unambiguous dates.
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"


def iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 value ('2016-12-23T05:11:00-05:00'); None otherwise."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    return _valid(match.group(1), match.group(2), match.group(3)) if match else None


def numeric_order(texts: Iterable[str]) -> str | None:
    """DAY_FIRST or MONTH_FIRST when the page's numeric dates settle it (and do not disagree)."""
    orders = set()
    for text in texts:
        for first, second, _ in _NUMERIC.findall(text):
            if int(first) > 12 >= int(second):
                orders.add(DAY_FIRST)
            elif int(second) > 12 >= int(first):
                orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else None


def date_in_text(text: str, order: str | None = None) -> str | None:
    """The first unambiguous date written in ``text`` (see the module doc); None if none."""
    if not text or not any(ch.isdigit() for ch in text):
        return None
    if match := _ISO.search(text) or _YEAR_FIRST.search(text):
        return _valid(*match.groups())
    if match := _DAY_MONTH_YEAR.search(text):
        return _valid(match.group(3), str(MONTHS[match.group(2).lower()]), match.group(1))
    if match := _MONTH_DAY_YEAR.search(text):
        return _valid(match.group(3), str(MONTHS[match.group(1).lower()]), match.group(2))
    if match := _NUMERIC.search(text):
        first, second, year = match.groups()
        if first == second:
            return _valid(year, first, second)
        if int(first) > 12 or order == DAY_FIRST:
            return _valid(year, second, first)
        if int(second) > 12 or order == MONTH_FIRST:
            return _valid(year, first, second)
    return None


def is_date_only(text: str) -> bool:
    """Whether ``text`` is nothing but a date (and a weekday or time): a bare date element."""
    stripped = _ISO.sub("", _YEAR_FIRST.sub("", _NUMERIC.sub("", text)))
    stripped = _DAY_MONTH_YEAR.sub("", _MONTH_DAY_YEAR.sub("", stripped))
    if stripped == text:
        return False
    stripped = _WEEKDAYS.sub("", _LABEL.sub("", stripped))
    return not re.search(r"[^\W\d_]{4,}", stripped)


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
