"""English words, by an English word list (wordninja's, ranked by frequency in English text)."""

from __future__ import annotations

import functools
import math

#: The rank within which a word is common English ("Delta" 3,540th, "Park" 440th; "Ewan" 34,715th)
COMMON_ENGLISH_RANK = 10_000


@functools.cache
def _costs() -> dict[str, float]:
    import wordninja  # its word list takes 0.1 s to load: only for the few excerpts that need it

    return wordninja.DEFAULT_LANGUAGE_MODEL._wordcost


def english_word(word: str) -> bool:
    """Is ``word`` (as written) in the English word list at all ("bites"; not "muyu")?"""
    return word in _costs()


def common_english_word(word: str, rank: int = COMMON_ENGLISH_RANK) -> bool:
    """Is ``word`` among the ``rank`` commonest English words ("Delta", "Park", "Wall"; not "Rokeya", "Ewan")?"""
    costs = _costs()
    cost = costs.get(word.lower().strip(",.:;’'\""))
    # (wordninja's cost of a word is the log of its rank times the log of the list's length)
    return cost is not None and math.exp(cost) / math.log(len(costs)) <= rank
