"""Deduplication, in one place (pure, no Scrapy): what makes two items the same article, and
the compact state that drops an article's repeats within a run.

* The same article: the same ``canonical_url`` (:func:`article_key`).
* A near-duplicate: another URL with the same headline and lede (:func:`content_key`); the
  database stores link those across all runs, :class:`RunDedup` within a window of a run.
* In-run state: 64-bit digests in an open-addressing table (:class:`DigestSet`). A Python
  ``set`` of 8-byte ``bytes`` costs about 100 bytes per member (the object plus the set's
  slot); this table stores the digest itself in an ``array('Q')`` slot, 8 bytes each at a load
  factor between 1/4 and 1/2, i.e. 16-32 bytes per article (see bench/dedup_memory.py). A
  64-bit digest collides by chance once in ~10^19 pairs: at a million articles the probability
  of a single false duplicate is about 3e-8.

The Scrapy side is ``newscrawl.pipelines.dedup.DedupPipeline``; the stores use ``content_key``.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import OrderedDict
from collections.abc import Iterable

_EMPTY = 0
_MASK64 = (1 << 64) - 1


def article_key(canonical_url: str | None, url: str | None) -> str | None:
    """What identifies an article: its canonical URL (the URL itself before normalisation)."""
    return canonical_url or url or None


def content_key(headline: str | None, lede: str | None, excerpt: str | None) -> str | None:
    """Key of 'same headline and lede' (case-folded), for near-duplicate links; None if either is absent."""
    body = lede or excerpt
    if not headline or not body:
        return None
    text = f"{' '.join(headline.split()).casefold()}\n{' '.join(body.split()).casefold()}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def digest64(text: str) -> int:
    """Non-zero 64-bit digest of ``text`` (0 marks an empty slot)."""
    value = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
    return value or 1


class DigestSet:
    """A set of 64-bit digests: ``add`` returns False when the digest was already there."""

    def __init__(self, capacity: int = 1 << 12) -> None:
        size = 1 << max(4, (capacity - 1).bit_length())
        self._slots = array("Q", bytes(8 * size))
        self._mask = size - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def _find(self, digest: int) -> int:
        slots, mask = self._slots, self._mask
        index = digest & mask
        # Linear probing ends: the load factor stays at most 1/2, so an empty slot always exists.
        while True:
            value = slots[index]
            if value == _EMPTY or value == digest:
                return index
            index = (index + 1) & mask

    def __contains__(self, digest: int) -> bool:
        return self._slots[self._find(digest)] == digest

    def add(self, digest: int) -> bool:
        index = self._find(digest)
        if self._slots[index] == digest:
            return False
        self._slots[index] = digest
        self._count += 1
        if self._count * 2 > len(self._slots):
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(8 * len(old) * 2))
        self._mask = len(self._slots) - 1
        for value in old:
            if value != _EMPTY:
                self._slots[self._find(value)] = value


class RecentMap:
    """A bounded map (oldest entries evicted first): content key → first canonical_url.

    Near-duplicates (the same teaser under two URLs) are usually listed close together, so a
    window of recent articles finds them in a JSON-lines-only crawl with bounded memory; a
    database store finds the rest across the whole history.
    """

    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._data: OrderedDict[int, str] = OrderedDict()

    def get_or_set(self, key: int, value: str) -> str | None:
        """The value stored under ``key`` (another URL), or None after storing ``value``."""
        if self.size == 0:
            return None
        found = self._data.get(key)
        if found is not None:
            return found
        self._data[key] = value
        if len(self._data) > self.size:
            self._data.popitem(last=False)
        return None


class RunDedup:
    """One run's dedup state: each article once, and near-duplicates within a window of recent ones.

    ``first_sighting`` is False for an article key already seen in this run; ``near_duplicate_of``
    names the earlier article (its key) with the same headline and lede under another URL, if it
    is among the last ``near_window`` articles.
    """

    def __init__(self, near_window: int = 0) -> None:
        self.seen = DigestSet()
        self.recent = RecentMap(near_window)

    def __len__(self) -> int:
        return len(self.seen)

    def seed(self, keys: Iterable[str]) -> int:
        """Mark ``keys`` as seen (a resumed run's own earlier output); returns how many are seen now."""
        for key in keys:
            self.seen.add(digest64(key))
        return len(self.seen)

    def first_sighting(self, key: str) -> bool:
        return self.seen.add(digest64(key))

    def near_duplicate_of(self, key: str, headline: str | None, lede: str | None, excerpt: str | None) -> str | None:
        ck = content_key(headline, lede, excerpt)
        if not ck:
            return None
        original = self.recent.get_or_set(int(ck[:16], 16), key)
        return original if original and original != key else None
