"""The splitter on the gold set: one test per corpus and fixture block and rendering, one per held-out set (its
blocks but its known failures all right), plus the targets.

Gold = the shared corpus (labels in tests/gold/corpus_gold.json, text read from ../shared/corpus
at run time) + the fixture site's labelled articles (fixtures/site-src/articles.json, when present)
+ the held-out sets (tests/gold/heldout*.json: excerpts written without looking at the rules).
"""

from __future__ import annotations

import functools

import pytest

from newscrawl.evaluate import (
    FIELDS,
    RENDERINGS,
    compare,
    corpus_gold_cases,
    corpus_gold_ids,
    evaluate_gold,
    load_corpus_gold,
    load_fixture_gold,
    load_heldout_sets,
)
from newscrawl.extract.split import split_excerpt

TARGET_ALL3 = 0.97  # standfirst, byline and lede all exact, in each rendering
TARGET_AUTHORS = 0.95

TARGET_HELDOUT_ALL3 = 0.90  # what outside checks on unseen real pages want

FIXTURE_BLOCKS = load_fixture_gold()  # [] when the fixture source does not exist yet
HELDOUT_SETS = load_heldout_sets()
HELDOUT_BLOCKS = [block for blocks in HELDOUT_SETS.values() for block in blocks]
_HELDOUT_BY_ID = {block.id: block for block in HELDOUT_BLOCKS}
#: Fewest blocks each held-out set must keep (what was written; a shrinking set is a bug).
HELDOUT_MIN_SIZE = {"heldout": 60, "heldout2": 80, "heldout3": 80, "heldout4": 60, "heldout5": 50, "heldout6": 130,
                    "heldout7": 120, "heldout8": 120, "heldout9": 120, "heldout10": 120,
                    "heldout11": 100, "heldout12": 100, "heldout13": 100, "heldout14": 100,
                    "heldout15": 100, "heldout17": 100, "heldout18": 99, "heldout19": 100, "heldout20": 100,
                    "heldout21": 100, "heldout22": 100, "heldout23": 100,
                    "heldout24": 100, "heldout25": 100, "heldout26": 100,
                    "heldout27": 100, "heldout28": 100, "heldout29": 100, "heldout30": 100,
                    "heldout31": 100, "heldout32": 100, "heldout33": 100, "heldout34": 100, "heldout35": 100,
                    "heldout36": 100, "heldout37": 100, "heldout38": 100, "heldout39": 100, "heldout40": 100,
                    "heldout41": 100, "heldout42": 100, "heldout43": 100, "heldout44": 100, "heldout45": 100,
                    "heldout46": 100, "heldout47": 100, "heldout48": 100, "heldout49": 100,
                    "heldout50": 100, "heldout51": 100, "heldout52": 100, "heldout53": 100,
                    "heldout54": 100, "heldout55": 100, "heldout56": 100,
                    "heldout60": 100, "heldout61": 100, "heldout62": 100,
                    "heldout63": 100, "heldout64": 100, "heldout65": 100,
                    "heldout66": 100, "heldout67": 100, "heldout68": 100,
                    "heldout69": 100, "heldout70": 100, "heldout71": 100,
                    "heldout72": 100, "heldout73": 100, "heldout74": 100,
                    "heldout75": 100, "heldout76": 100, "heldout77": 100,
                    "heldout78": 100, "heldout79": 100, "heldout80": 100,
                    "heldout81": 100, "heldout82": 100, "heldout83": 100,
                    "heldout84": 100, "heldout85": 100, "heldout86": 100,
                    "heldout87": 100, "heldout88": 100, "heldout89": 100,
                    "heldout90": 100, "heldout91": 100, "heldout92": 100,
                    "heldout93": 100, "heldout94": 100, "heldout95": 100,
                    "heldout96": 100, "heldout97": 100, "heldout98": 100,
                    "heldout99": 100, "heldout100": 100, "heldout101": 100,
                    "heldout102": 100, "heldout103": 100, "heldout104": 100,
                    "heldout108": 100, "heldout109": 100, "heldout110": 100,
                    "heldout111": 100, "heldout112": 100, "heldout113": 100,
                    "heldout114": 100, "heldout115": 100, "heldout116": 100,
                    "heldout117": 100, "heldout118": 100, "heldout119": 100}


@pytest.fixture(scope="module")
def corpus_blocks(corpus_dir):
    return {b.id: b for b in load_corpus_gold(corpus_dir)}


def _check(block, rendering):
    got = split_excerpt(block.rendering(rendering))
    ok = compare(block.expected, got)
    wrong = {f: (block.expected[f], getattr(got, f)) for f in FIELDS if not ok[f]}
    assert not wrong, f"{block.id} [{rendering}] expected vs got: {wrong}"


def _params(cases, known: dict[tuple[str, str], str]):
    """pytest params (block id or block, rendering); a known failure is a strict xfail: a block that
    starts passing fails the run until it is taken off the list."""
    out = []
    for block, rendering in cases:
        key = (block if isinstance(block, str) else block.id, rendering)
        marks = [pytest.mark.xfail(strict=True, reason=known[key])] if key in known else []
        out.append(pytest.param(block, rendering, id=f"{key[0]}-{rendering}", marks=marks))
    return out


# Gold blocks the generic splitter (no site knowledge) gets wrong; see tests/gold/README.md.
_ONE_EXAMPLE = "one example of its kind (no rule is fitted to one text): "
_FIXTURE_RUN_IN_DOMAIN = ("domain run into a place no table holds ('... pay in Liujiazhuangredbanner.info'): where "
                          "the domain starts is only known from a learned or seeded organisation")
_FIXTURE_MODEL = ("a standfirst of one sentence, then the lede's first word: the second reader (extract/model.py, "
                  "splitter 3.29), sure, reads the sentence as a standfirst the rules, unsure, left in the lede")
_CORPUS_MODEL = ("a standfirst ending in a person it names, a name with its dangling comma, then a lede opening with "
                 "that person's name: the second reader (extract/model.py), trained again with held-outs 117-119 for "
                 "splitter 3.33, sure at 0.75 of the name's first word alone as the byline, is taken over the rules' "
                 "unsure (0.6) right reading")
KNOWN_FAILURES = {
    ("tag-thatcher.merged.txt#main-2", "stored"): _CORPUS_MODEL,
    ("tag-thatcher.merged.txt#main-2", "collapsed"): _CORPUS_MODEL,
    ("fixture:2024/11/13/46385", "stored"): _FIXTURE_MODEL,
    ("fixture:2024/11/13/46385", "collapsed"): _FIXTURE_MODEL,
    ("fixture:2025/10/30/48102", "stored"): _FIXTURE_RUN_IN_DOMAIN,
    ("fixture:2025/10/30/48102", "collapsed"): _FIXTURE_RUN_IN_DOMAIN,
    ("fixture:2024/10/08/46210", "stored"): _FIXTURE_MODEL,
    ("fixture:2024/10/08/46210", "collapsed"): _FIXTURE_MODEL,
}
# (splitter 3.7 generalised the real pages' kinds that had one example each with invented second examples: "<org> -
# a socialist analysis", a label ending in a colon before a sentence, a first name alone on the last line of a cut
# excerpt, a person named by role before the byline, a credit's second sentence cut short)


@pytest.mark.corpus
@pytest.mark.parametrize("block_id,rendering", _params(corpus_gold_cases(), KNOWN_FAILURES))
def test_corpus_block(corpus_blocks, block_id, rendering):
    _check(corpus_blocks[block_id], rendering)


@pytest.mark.parametrize("block,rendering", _params([(b, r) for b in FIXTURE_BLOCKS for r in b.renderings],
                                                    KNOWN_FAILURES))
def test_fixture_block(block, rendering):
    _check(block, rendering)


# Held-out blocks left failing on purpose: genuinely ambiguous without site knowledge (reason given).
HELDOUT_KNOWN_FAILURES: dict[tuple[str, str], str] = {
    # h04, heldout3 t20, heldout5 f39, heldout6 s074/s075/s091/s092 and every held-out set's other "run-in-domain"
    # failures (a domain run into the standfirst's last word, "...supplierschinaworker.info reporters") are right since
    # splitter 3.21 (bylines.EXAMPLES["word-run-into-domain"])
    # h45 (credit tail run into "Workers in Taiwan have ...") is right since split 2.2: a capitalised
    # group noun followed by a comma or a lower-case word ends a credit's "for ..." tail.
    # t33 ('ISA International Secretariat' kept whole as the organisation) is right since split 2.5:
    # an acronym organisation's body (Secretariat, Committee, ...) goes like a role word.
    ("heldout2:k61", "collapsed"): ("bare name run into a lede that opens with another name in the possessive "
                                    "('Reviewed by Lisa O'Brien-Chen Wang Bing’s documentary'): a three-word name "
                                    "'O'Brien-Chen Wang' is as plausible as the two-word one"),
    # f05 collapsed ("... new phase Washington's latest round") and heldout6 s114 / s120 are right since splitter
    # 3.5: a capitalised possessive after a lower-case word breaks where no other break is found
}


# heldout6 (measured blind with splitter 2.5: tests/gold/README.md), what splitter 3.0 leaves
for _id, _renderings, _why in [
    # s046 and s124 (an organisation no table knows) right since splitter 3.3: forms.LOOSE_ORG, NEW_SENTENCE
    # s045 (a version credit after an author's byline, labelled a note) is right since splitter 3.18: a notice
    # opening "This is an edited version of ..." (bylines.EXAMPLES["version-note"], five writers)
    # s069 (a leaflet credit's tail run into a lede opening with a place name) right since splitter 3.3:
    # forms.PLACE_THEN_SENTENCE, found on rewritten gold with two other examples
    # s125 collapsed ("dictatorship Ingrid Sjöberg, Offensiv When H&M") is right since split 3.1: "<names>, <any
    # capitalised run>" before a sure end (forms "names-any-org")
    ("s011", ("collapsed",), "'problem for Xi Dongfang, chinaworker.info': a one-word name after a capitalised word "
                             "('Xi') reads as a two-word name; right with site knowledge"),
    # s017 collapsed ("in Johor Yeoh Swee Lin, ...": a three-word name after a place) is right since splitter 3.25: a
    # known place ends the standfirst (extract/places.py)
    # s024 collapsed ("of Socialist Action Socialist Action has continued") is right since split 3.2: an organisation
    # that runs on into its own first words ends there (split._unrepeated)
    # s057 collapsed ("to Canberra Tom Brennan Japan’s decision": a bare name between a place and a possessive) is
    # right since splitter 3.33: the second reader, trained again, sure of it
]:
    for _rendering in _renderings:
        HELDOUT_KNOWN_FAILURES[(f"heldout6:{_id}", _rendering)] = _why


def _known_failures(source: str, failures: dict[str, tuple[tuple[str, ...], str]], reasons: dict[str, str]) -> None:
    """Register a held-out set's known failures (block id -> renderings, kind) with their kinds' reasons."""
    for block_id, (renderings, kind) in failures.items():
        for rendering in renderings:
            HELDOUT_KNOWN_FAILURES[(f"{source}:{block_id}", rendering)] = reasons[kind]


# heldout7 (measured blind with splitter 3.0: tests/gold/README.md), what is left failing
_H7 = {
    # t007 collapsed ("Statement by X X demands") is right since split 3.2 (as heldout6:s024);
    # t055 ("... International Socialist Alternative Students from") and t098 ("Hsu Ming-che (ISA in Taiwan)") are
    # right since split 3.2: an organisation word then a lower-case word opens a sentence; "<names> (<affiliation>)"
    "lede-domain": _ONE_EXAMPLE + "a lede opening with a domain ('JD.com’s') run into the standfirst",
    # (splitter 3.15: the one gold block the name's dangling comma before any sentence costs)
    "list-comma": "a list of peoples in the lede after a byline run in on both sides ('... brought young Hong "
                  "Kongers, Chinese students and ...'): read as a name's dangling comma before a sentence (splitter "
                  "3.15)",
}
HELDOUT7_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t109": (RENDERINGS, "lede-domain"),
}
_known_failures("heldout7", HELDOUT7_FAILURES, _H7)


# heldout8 (measured blind with splitter 3.1: tests/gold/README.md), what splitter 3.2 leaves failing
_H8 = {
    # t007 collapsed ("Statement by X Three cleaners held ... protest X calls for") is right since splitter 3.16: the
    # leading byline's organisation opening the lede ends the headline phrase (bylines.EXAMPLES["org-opens-lede"])
    "name-after-place": "'in Johor Farah Nadia Iskandar, ...': a three-word name after a place no table knows (as "
                        "heldout6:s017); the two-word tail scores higher",
    "letter-run-in": "a lone capital letter run into an organisation ('Gen ZInternational Socialist Alternative "
                     "statement'): 'ZInternational' is one token",
    "name-comma-capital": "'<Name>,' (the organisation link left out) right after a standfirst ending in a capitalised "
                          "word ('... Communist Party Fung Ka-lok, For the sixth'): weak forms are not tried there",
    "sentence-after-leading": "a whole sentence (with its full stop) after a leading byline is labelled standfirst; "
                              "the gold conventions make it lede",
    "appositive-affil": "'Reporters of Offensiv, paper of X (ISA in Sweden)' is labelled with no affiliation; the "
                        "corpus convention (tag-sweden main 3) makes the closing bracket the affiliation",
    "credit-cut-clause": _ONE_EXAMPLE + "a credit cut inside a relative clause naming its organisation ('Text of a "
                                        "leaflet that ISA members handed out on ...')",
    "talk-cut": "a talk credit cut by the excerpt's end ('Based on a talk by X at the ISA summer school ...'): the "
                "gold names the event's organiser (ISA) for its organisation, heldout10's t062 none for the same "
                "wording; the splitter none",
    "names-with-cut": _ONE_EXAMPLE + "'<names>, with reporting from <place> by supporters of <org> ...' cut inside",
}
HELDOUT8_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t034": (RENDERINGS, "credit-cut-clause"),
    "t047": (RENDERINGS, "letter-run-in"), "t063": (RENDERINGS, "talk-cut"),
    "t079": (RENDERINGS, "appositive-affil"),
    "t102": (RENDERINGS, "sentence-after-leading"),
    "t109": (("collapsed",), "names-with-cut"), "t114": (("collapsed",), "sentence-after-leading"),
}
_known_failures("heldout8", HELDOUT8_FAILURES, _H8)


# heldout9 (measured blind with splitter 3.2, then 3.3: tests/gold/README.md), what splitter 3.3 leaves failing
_H9 = {
    "sentence-standfirst": "a whole sentence (with its full stop) before the lede, after a leading byline or with no "
                           "byline at all, is the standfirst in the gold; the splitter makes it the lede's start",
    "possessive-interview": _ONE_EXAMPLE + "an interview credit opened by an organisation's possessive "
                                           "('<org>’s <Name> talked to ...')",
    "headline-run-in": "no byline: a headline phrase then the lede, collapsed: no break rule reads the lede's "
                       "capitalised first word as a start",
    "place-list-name": "a place list ending the standfirst ('... hits <Place> and <Place> <Name>, <Org>') is read as "
                       "names",
    "translation-credit": _ONE_EXAMPLE + "'Abridged translation of <Name>’s article for the <X> edition of <site>'",
    "source-org": "a source credit then 'By <Name>' with no organisation: the gold names the source's publication, "
                  "the conventions (tests/gold/README.md) the one attached to the authors (none; heldout5:f24)",
    "name-in-place": "'<one-word name> in <a place no table knows>': right with site knowledge where the name recurs",
    "letter-member": _ONE_EXAMPLE + "'Letter from a <Org> member in <Place>'",
}
HELDOUT9_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t031": (RENDERINGS, "sentence-standfirst"),
    "t088": (RENDERINGS, "place-list-name"),
    "t089": (RENDERINGS, "source-org"),
    "t096": (RENDERINGS, "translation-credit"),
    "t115": (RENDERINGS, "letter-member"),
}
_known_failures("heldout9", HELDOUT9_FAILURES, _H9)


# heldout10 (measured blind with splitter 3.3: tests/gold/README.md), what splitter 3.4 leaves failing
_H10 = {
    "credit-clause-cut": _ONE_EXAMPLE + "'<Name>, <org>, spoke to ...': a credit clause after the byline cut by the "
                                        "excerpt's end (no lede)",
    "bare-names": "two bare names joined by 'and' between the standfirst and the lede: the bare-name rule takes one "
                  "two-word name only (a capitalised run at the excerpt's end is taken instead)",
    "member-place": "'<Name> is a member of <Org> in <Place>': the gold names the organisation without the "
                    "member's place",
    "leading-credit-phrase": "a leading by-credit, then a headline phrase joined by a space to a lede opening with a "
                             "name, collapsed: no break rule reads the name as the lede's start",
    "open-letter": _ONE_EXAMPLE + "'Open letter from <org> to <addressees>'",
    "speech-to": _ONE_EXAMPLE + "'Speech by <title> <Name> to <body>': right on its own line but without its "
                                "author, missed run together",
    "name-comma-name": "'<one-word name>,' before a lede opening with a two-word name: read as '<name>, <org>'",
}
HELDOUT10_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t047": (RENDERINGS, "member-place"),
    "t064": (("collapsed",), "leading-credit-phrase"), "t110": (RENDERINGS, "speech-to"),
}
_known_failures("heldout10", HELDOUT10_FAILURES, _H10)


# heldout11 (measured blind with splitter 3.3 and 3.4: tests/gold/README.md), what splitter 3.4 leaves failing
_H11 = {
    "slogans-after-credit": "a leading document credit ending in a colon, then the leaflet's slogans (sentences "
                            "ending in '!') as the standfirst: read as the lede",
    "place-before-org": "a two-word place no table knows ends the standfirst right before an org-and-org "
                        "reporters byline: its second word is read as the byline's start",
    "org-place": "'<Name>, <Org> in <Place>': the gold names the organisation without the place",
    "described-person": "a person described after the name ('<Name>, <union role> at <workplace> and member of "
                        "<Org>'): no form reads such a description as a byline's tail",
    "live-report": _ONE_EXAMPLE + "'Live report: <org> reporters at <place>'",
    "paper-of-org": "'Reporters of <paper>, newspaper of <org>': the gold's affiliation reading differs",
    "podcast": _ONE_EXAMPLE + "'Podcast transcript: <Name> talks to <Name> of <group>', then a speaker's label",
    "interview-org": "an interview credit's organisation ('<Name> interviewed ... for <site>'): the gold names the "
                     "site, the splitter none",
}
HELDOUT11_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t021": (RENDERINGS, "slogans-after-credit"),
    "t032": (RENDERINGS, "org-place"),
    "t057": (RENDERINGS, "live-report"),
    "t068": (RENDERINGS, "paper-of-org"), "t072": (RENDERINGS, "podcast"), "t075": (RENDERINGS, "interview-org"),
}
_known_failures("heldout11", HELDOUT11_FAILURES, _H11)


# heldout12 (measured blind with splitter 3.4: tests/gold/README.md), what splitter 3.5 leaves failing
_H12 = {
    "camel-case-org": "an organisation's name with a capital inside a word ('...LinksPartei'): read as two words "
                      "run together, so the organisation is cut there",
    "interviewee-org": "an interview credit's organisation ('<Name> spoke to <interviewee> of <org>'): the gold "
                       "names the interviewee's, the splitter none",
    "two-credits": _ONE_EXAMPLE + "'Introduction by <org>; article by <Name>': two credits joined by a semicolon",
}
# (its bare one-word pen name before a sentence with no starter word is read since splitter 3.26:
# bylines.EXAMPLES["pen-name-before-sentence"])
HELDOUT12_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t034": (RENDERINGS, "camel-case-org"), "t046": (RENDERINGS, "interviewee-org"),
    "t064": (RENDERINGS, "two-credits"),
}
_known_failures("heldout12", HELDOUT12_FAILURES, _H12)


# heldout13 (measured blind with splitter 3.5: tests/gold/README.md), what splitter 3.6 leaves failing
_H13 = {
    "org-place": _H11["org-place"],
}
HELDOUT13_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t031": (RENDERINGS, "org-place"),
}
_known_failures("heldout13", HELDOUT13_FAILURES, _H13)


# heldout14 (measured blind with splitter 3.6 before it was fitted: tests/gold/README.md), what is left failing
_H14 = {
    "org-place": _H11["org-place"],
    "event-of-org": "a credit naming an organisation's event ('Resolution adopted by the ISA Asia summer school'): "
                    "the gold names the organisation without the region, the splitter reads 'ISA Asia' as one",
    "org-in-description": "a letter writer described as '<job> and <org> supporter': the gold names the organisation "
                          "inside the description, the splitter none",
}
HELDOUT14_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (RENDERINGS, "org-place"),
    "t076": (RENDERINGS, "event-of-org"), "t084": (RENDERINGS, "org-in-description"),
}
_known_failures("heldout14", HELDOUT14_FAILURES, _H14)


# heldout15 (measured blind with splitter 3.6 before it was fitted: tests/gold/README.md), what splitter 3.7 leaves
# failing
_H15 = {
    "org-place": _H11["org-place"],
    "name-after-capital": "a pen name right after the standfirst's last word, a capitalised one ('... to work on "
                          "Sundays | <name>, <org>'): a form reads both words as the name (right with site knowledge: "
                          "the name recurs alone)",
}
HELDOUT15_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t027": (RENDERINGS, "org-place"),
}
_known_failures("heldout15", HELDOUT15_FAILURES, _H15)


# heldout18 (measured blind with splitter 3.8 in progress before it was fitted: tests/gold/README.md), what splitter
# 3.8 leaves failing
_H18 = {
    "place-then-adjective": "no byline; the standfirst ends with a two-word place and the lede opens with a "
                            "capitalised adjective ('... lived in Hong Kong | New rules from ...'): no break rule "
                            "reads "
                            "it (a place's word, or a sentence's start)",
    "org-then-person": "a two-word name opening the lede right after an organisation-word organisation ('<Org> | "
                       "Zhou Meifang has worked'), run together: read as the organisation's tail (right with site "
                       "knowledge: the organisation recurs)",
}
HELDOUT18_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
}
_known_failures("heldout18", HELDOUT18_FAILURES, _H18)


# heldout19 (measured blind with the final splitter 3.8 of its stop before it was fitted: tests/gold/README.md), what
# splitter 3.8 then leaves failing
_H19 = {
    "name-after-capital": _H15["name-after-capital"],
    "names-after-place": "two names and an organisation no table knows right after a place's capitalised words ('... "
                         "in Cavite and Bulacan | A and B, <org>'): a form reads the place's last word as a name "
                         "(right with site knowledge: the organisation recurs)",
    "leaflet-that": _ONE_EXAMPLE + "'Below is the leaflet that <org> (<section>) distributed at ...:'",
    # (t057, "TAKEDA Misaki", right since splitter 3.14: a family name in capitals opens the name)
    "pen-name-place": "a one-word pen name in a place no table knows ('<pen name> in Ulsan'): a bare name in a place "
                      "is taken only for a known place (right with site knowledge: the name recurs)",
    "name-before-place-possessive": "a bare two-word name before a lede opening with a two-word place's possessive "
                                    "('... | Kim Seo-yeon | South Korea’s fertility rate'): the name takes the place's "
                                    "first word",
    "org-first-imperative": _ONE_EXAMPLE + "an organisation alone opening the excerpt before an imperative ('<org> "
                                           "Send messages of support to ...')",
    "source-website": _ONE_EXAMPLE + "'This article is from the website of <org> (<section>). By A, <org>': the "
                                     "website's owner read as the organisation",
    "domain-first": _ONE_EXAMPLE + "a domain opening the excerpt, then a lede read as a standfirst and a lede",
}
HELDOUT19_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t028": (RENDERINGS, "leaflet-that"),
}
_known_failures("heldout19", HELDOUT19_FAILURES, _H19)


# heldout17 (measured blind with the final splitter 3.8 of its stop: tests/gold/README.md), kept in the repository;
# after it only three general kinds were added (Vietnamese letters, an interview's language, thanks / "See also" /
# funding notes): every block it still splits wrong, for the next stop to generalise
_H17 = {"unfitted": "held-out 17, measured blind with splitter 3.8 and not generalised yet (tests/gold/README.md)"}
HELDOUT17_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t029": (RENDERINGS, "unfitted"), "t062": (RENDERINGS, "unfitted"),
    "t067": (("collapsed",), "unfitted"), "t070": (RENDERINGS, "unfitted"),
}
_known_failures("heldout17", HELDOUT17_FAILURES, _H17)

# heldout20 and heldout21 (each measured blind once with splitter 3.9 as it stood when it arrived: tests/gold/README),
# what splitter 3.9 then leaves failing
_SOURCE_CREDIT_ORG = ("a source credit naming a publication of one organisation, then 'By A, <other org>': the "
                      "splitter names the credit's organisation (the rule sets 5, 9, 13 and 14 were labelled by), "
                      "the writer the one attached to the author")
_H20 = {
    "name-before-name": "a bare two-word name before a lede opening with a two-word name ('... wire bunks | Anita Lau "
                        "| Ah Fong is 81'), merged: four name words, no boundary",
    "label-the": "the writer keeps a publication's own 'The' in the organisation ('The Picket'); the gold convention "
                 "drops it ('Editorial from The Anvil magazine' -> 'Anvil magazine')",
    "org-after-month": "an organisation opening with 'Hong Kong' after a standfirst ending in a month ('... in May | "
                       "Hong Kong Freedom Solidarity Network'), merged: read from 'Freedom' (right with site "
                       "knowledge)",
    "source-credit-org": _SOURCE_CREDIT_ORG,
    "bio-merged": "the author's one-sentence biography run into the standfirst and the lede (merged): found only on "
                  "its own line",
}
HELDOUT20_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t040": (RENDERINGS, "label-the"),
    "t072": (RENDERINGS, "source-credit-org"),
}
_known_failures("heldout20", HELDOUT20_FAILURES, _H20)
_H21 = {
    "name-after-unknown-place": "a name after a place no table knows before a one-word organisation no table knows "
                                "('... in Jaffna | A B, Samathuvam | Around'), merged (right with site knowledge)",
    "pen-name-cut": "a one-word pen name after the standfirst's full stop at the excerpt's cut ('... disappeared. "
                    "Nadeesha...'), merged: as often a lede's second sentence cut inside its first word",
    "source-credit-org": _SOURCE_CREDIT_ORG,
    "org-tail-nationality": "an organisation's capitalised tail takes the lede's opening nationality adjective ('..., "
                            "Sangharsh Socialist Front | Indian Railways employs'), cold (right with site knowledge)",
    "name-before-place": "a bare two-word name before a lede opening with a place no table knows ('... own unions | "
                         "Arun Prakash | Sriperumbudur, forty kilometres west'), merged",
}
HELDOUT21_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t048": (RENDERINGS, "source-credit-org"),
    "t065": (RENDERINGS, "org-tail-nationality"),


}
_known_failures("heldout21", HELDOUT21_FAILURES, _H21)

# heldout22 (measured blind with splitter 3.9 in progress at fbe7f13, then fitted in part: a lone name at the cut, "et
# al.", a credit with its day, a body in a place; tests/gold/README), heldout23 (measured blind once with splitter 3.9
# at a465656, then fitted in part: a title ending an organisation's tail, an organisation cut by the excerpt's end) and
# heldout24 (measured blind with the final splitter 3.9 at 5ebd3e8, nothing fitted): every block they still split wrong,
# for the next stop to generalise
_H22 = {"unfitted": "held-out 22, measured blind with splitter 3.9 and fitted in part (tests/gold/README.md)"}
HELDOUT22_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t007": (RENDERINGS, "unfitted"), "t041": (RENDERINGS, "unfitted"),
    "t049": (RENDERINGS, "unfitted"), "t054": (RENDERINGS, "unfitted"),
    "t079": (RENDERINGS, "unfitted"),
}
_known_failures("heldout22", HELDOUT22_FAILURES, _H22)
_H23 = {"unfitted": "held-out 23, measured blind with splitter 3.9 and fitted in part (tests/gold/README.md)",
        # (splitter 3.14: the one gold block the publisher's-voice note rule costs)
        "publisher-voice": "a lede whose first sentence speaks of the text in the publisher's voice ('These notes are "
                           "meant to accompany the articles in our centenary series.') reads as a note since splitter "
                           "3.14"}
HELDOUT23_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t010": (RENDERINGS, "unfitted"),
    "t034": (RENDERINGS, "unfitted"), "t040": (RENDERINGS, "unfitted"), "t045": (RENDERINGS, "unfitted"),
    "t048": (RENDERINGS, "unfitted"), "t054": (RENDERINGS, "unfitted"),
    "t069": (("collapsed",), "publisher-voice"),
}
_known_failures("heldout23", HELDOUT23_FAILURES, _H23)
_H24 = {"unfitted": "held-out 24, measured blind with the final splitter 3.9 and not fitted (tests/gold/README.md)"}
HELDOUT24_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t007": (RENDERINGS, "unfitted"),
    "t019": (RENDERINGS, "unfitted"), "t029": (RENDERINGS, "unfitted"),
    "t044": (RENDERINGS, "unfitted"),
    "t072": (RENDERINGS, "unfitted"), "t079": (RENDERINGS, "unfitted"),
    "t081": (RENDERINGS, "unfitted"),
}
_known_failures("heldout24", HELDOUT24_FAILURES, _H24)
# heldout25-56 (measured blind with splitter 3.10: 25 and 26 at 7825f69, 27 and 28 at 39dcbe3, 29 at 21a9a75, 31
# at 124f5c5, 30 at 51fa81e, 32 at 272901b; 33-35 with 3.11 early at 1652103, 36 at cf6fb9d, 37 and 38 with 3.11
# at 325b62c, 39 and 40 with the final 3.11 at 54c8ffa; 41-43 with 3.12 early at b1fec3b, 44 and 45 with 3.12 at
# 313c46f, 46 and 47 with the final 3.12 at 3a4a2e7; 48-50 with the final 3.13 at e8a9905;
# 51-53 with the final 3.14 at ec492dc; 54-56 with the final 3.15 at 7663d19; then fitted in part):
# every block they still split wrong
_H25 = {"unfitted": "held-out 25, measured blind with splitter 3.10 (7825f69) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT25_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t030": (RENDERINGS, "unfitted"),
    "t063": (RENDERINGS, "unfitted"), "t065": (RENDERINGS, "unfitted"),
    "t084": (RENDERINGS, "unfitted"),
    "t087": (RENDERINGS, "unfitted"),
}
_known_failures("heldout25", HELDOUT25_FAILURES, _H25)
_H26 = {"unfitted": "held-out 26, measured blind with splitter 3.10 (7825f69) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT26_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t014": (RENDERINGS, "unfitted"), "t070": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t088": (RENDERINGS, "unfitted"),
}
_known_failures("heldout26", HELDOUT26_FAILURES, _H26)
_H27 = {"unfitted": "held-out 27, measured blind with splitter 3.10 (39dcbe3) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT27_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t019": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t070": (RENDERINGS, "unfitted"),
    "t076": (RENDERINGS, "unfitted"),
}
_known_failures("heldout27", HELDOUT27_FAILURES, _H27)
_H28 = {"unfitted": "held-out 28, measured blind with splitter 3.10 (39dcbe3) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT28_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t030": (RENDERINGS, "unfitted"), "t031": (RENDERINGS, "unfitted"),
    "t048": (RENDERINGS, "unfitted"), "t068": (RENDERINGS, "unfitted"), "t071": (RENDERINGS, "unfitted"),
    "t086": (RENDERINGS, "unfitted"), "t087": (RENDERINGS, "unfitted"), "t089": (RENDERINGS, "unfitted"),
}
_known_failures("heldout28", HELDOUT28_FAILURES, _H28)
_H29 = {"unfitted": "held-out 29, measured blind with splitter 3.10 (21a9a75) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT29_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t013": (RENDERINGS, "unfitted"),
    "t081": (RENDERINGS, "unfitted"), "t082": (RENDERINGS, "unfitted"),

}
_known_failures("heldout29", HELDOUT29_FAILURES, _H29)
_H30 = {"unfitted": "held-out 30, measured blind with the final splitter 3.10 (51fa81e), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT30_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t013": (RENDERINGS, "unfitted"), "t020": (RENDERINGS, "unfitted"),
    "t029": (RENDERINGS, "unfitted"), "t032": (RENDERINGS, "unfitted"),
    "t035": (RENDERINGS, "unfitted"),
}
_known_failures("heldout30", HELDOUT30_FAILURES, _H30)
_H31 = {"unfitted": "held-out 31, measured blind with splitter 3.10 (124f5c5) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT31_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (("collapsed",), "unfitted"), "t015": (RENDERINGS, "unfitted"),

}
_known_failures("heldout31", HELDOUT31_FAILURES, _H31)
_H32 = {"unfitted": "held-out 32, measured blind with the final splitter 3.10 (272901b), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT32_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t033": (RENDERINGS, "unfitted"), "t053": (RENDERINGS, "unfitted"),
    "t056": (RENDERINGS, "unfitted"), "t073": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"),
}
_known_failures("heldout32", HELDOUT32_FAILURES, _H32)
_H33 = {"unfitted": "held-out 33, measured blind with splitter 3.11 early (1652103) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT33_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t050": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t059": (RENDERINGS, "unfitted"), "t064": (("collapsed",), "unfitted"),

}
_known_failures("heldout33", HELDOUT33_FAILURES, _H33)
_H34 = {"unfitted": "held-out 34, measured blind with splitter 3.11 early (1652103) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT34_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t023": (("stored",), "unfitted"),
    "t049": (RENDERINGS, "unfitted"),
    "t060": (RENDERINGS, "unfitted"), "t076": (RENDERINGS, "unfitted"),
    "t083": (RENDERINGS, "unfitted"),
    "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout34", HELDOUT34_FAILURES, _H34)
_H35 = {"unfitted": "held-out 35, measured blind with splitter 3.11 early (1652103) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT35_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t002": (RENDERINGS, "unfitted"), "t033": (RENDERINGS, "unfitted"),
    "t042": (RENDERINGS, "unfitted"),
    "t065": (RENDERINGS, "unfitted"), "t070": (("collapsed",), "unfitted"),
    "t074": (RENDERINGS, "unfitted"), "t079": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"),
}
_known_failures("heldout35", HELDOUT35_FAILURES, _H35)
_H36 = {"unfitted": "held-out 36, measured blind with splitter 3.11 early (cf6fb9d) and fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT36_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t024": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t032": (("collapsed",), "unfitted"),
    "t053": (("collapsed",), "unfitted"), "t057": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"),
}
_known_failures("heldout36", HELDOUT36_FAILURES, _H36)
_H37 = {"unfitted": "held-out 37, measured blind with splitter 3.11 (325b62c), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT37_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t010": (RENDERINGS, "unfitted"),
    "t013": (RENDERINGS, "unfitted"), "t016": (RENDERINGS, "unfitted"),
    "t038": (RENDERINGS, "unfitted"),
    "t039": (RENDERINGS, "unfitted"), "t054": (RENDERINGS, "unfitted"),
    "t060": (RENDERINGS, "unfitted"), "t066": (RENDERINGS, "unfitted"),
    "t082": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"),
    "t098": (RENDERINGS, "unfitted"),
}
_known_failures("heldout37", HELDOUT37_FAILURES, _H37)
_H38 = {"unfitted": "held-out 38, measured blind with splitter 3.11 (325b62c), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT38_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t036": (RENDERINGS, "unfitted"), "t037": (RENDERINGS, "unfitted"),
    "t042": (RENDERINGS, "unfitted"), "t043": (("collapsed",), "unfitted"), "t049": (RENDERINGS, "unfitted"),
    "t052": (RENDERINGS, "unfitted"),
    "t060": (RENDERINGS, "unfitted"), "t076": (RENDERINGS, "unfitted"),
}
_known_failures("heldout38", HELDOUT38_FAILURES, _H38)
_H39 = {"unfitted": "held-out 39, measured blind with the final splitter 3.11 (54c8ffa), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT39_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t036": (RENDERINGS, "unfitted"),
}
_known_failures("heldout39", HELDOUT39_FAILURES, _H39)
_H40 = {"unfitted": "held-out 40, measured blind with the final splitter 3.11 (54c8ffa), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT40_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t025": (RENDERINGS, "unfitted"),
    "t051": (RENDERINGS, "unfitted"),
    "t053": (RENDERINGS, "unfitted"), "t061": (RENDERINGS, "unfitted"),
    "t063": (("collapsed",), "unfitted"), "t064": (RENDERINGS, "unfitted"),
}
_known_failures("heldout40", HELDOUT40_FAILURES, _H40)
_H41 = {"unfitted": "held-out 41, measured blind with splitter 3.12 early (b1fec3b), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT41_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t074": (RENDERINGS, "unfitted"),
    "t077": (("collapsed",), "unfitted"),
}
_known_failures("heldout41", HELDOUT41_FAILURES, _H41)
_H42 = {"unfitted": "held-out 42, measured blind with splitter 3.12 early (b1fec3b), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT42_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t011": (("collapsed",), "unfitted"), "t031": (RENDERINGS, "unfitted"), "t038": (RENDERINGS, "unfitted"),
    "t041": (RENDERINGS, "unfitted"), "t046": (("stored",), "unfitted"),
}
_known_failures("heldout42", HELDOUT42_FAILURES, _H42)
_H43 = {"unfitted": "held-out 43, measured blind with splitter 3.12 early (b1fec3b), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT43_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t049": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t060": (RENDERINGS, "unfitted"),
    "t062": (RENDERINGS, "unfitted"), "t080": (RENDERINGS, "unfitted"), "t085": (RENDERINGS, "unfitted"),
    "t089": (("collapsed",), "unfitted"),
}
_known_failures("heldout43", HELDOUT43_FAILURES, _H43)
_H44 = {"unfitted": "held-out 44, measured blind with splitter 3.12 (313c46f), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT44_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t041": (("collapsed",), "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t049": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"),
    "t095": (RENDERINGS, "unfitted"), "t096": (RENDERINGS, "unfitted"), "t097": (RENDERINGS, "unfitted"),
}
_known_failures("heldout44", HELDOUT44_FAILURES, _H44)
_H45 = {"unfitted": "held-out 45, measured blind with splitter 3.12 (313c46f), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT45_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t001": (RENDERINGS, "unfitted"),
    "t031": (RENDERINGS, "unfitted"),
}
_known_failures("heldout45", HELDOUT45_FAILURES, _H45)
_H46 = {"unfitted": "held-out 46, measured blind with the final splitter 3.12 (3a4a2e7), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT46_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (("collapsed",), "unfitted"), "t025": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t069": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"),
}
_known_failures("heldout46", HELDOUT46_FAILURES, _H46)
_H47 = {"unfitted": "held-out 47, measured blind with the final splitter 3.12 (3a4a2e7), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT47_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t001": (RENDERINGS, "unfitted"), "t007": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"),
    "t067": (RENDERINGS, "unfitted"),
    "t078": (RENDERINGS, "unfitted"),
}
_known_failures("heldout47", HELDOUT47_FAILURES, _H47)
_H48 = {"unfitted": "held-out 48, measured blind with the final splitter 3.13 (e8a9905), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT48_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t071": (RENDERINGS, "unfitted"),
    "t080": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"), "t090": (RENDERINGS, "unfitted"),
}
_known_failures("heldout48", HELDOUT48_FAILURES, _H48)
_H49 = {"unfitted": "held-out 49, measured blind with the final splitter 3.13 (e8a9905), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT49_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t006": (RENDERINGS, "unfitted"),
    "t018": (RENDERINGS, "unfitted"),
    "t030": (RENDERINGS, "unfitted"),
    "t034": (RENDERINGS, "unfitted"),
    "t063": (RENDERINGS, "unfitted"), "t074": (RENDERINGS, "unfitted"),
    "t086": (RENDERINGS, "unfitted"),
}
_known_failures("heldout49", HELDOUT49_FAILURES, _H49)
_H50 = {"unfitted": "held-out 50, measured blind with the final splitter 3.13 (e8a9905), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT50_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (RENDERINGS, "unfitted"),
    "t075": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"), "t091": (("collapsed",), "unfitted"),
    "t094": (RENDERINGS, "unfitted"), "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout50", HELDOUT50_FAILURES, _H50)
_H51 = {"unfitted": "held-out 51, measured blind with the final splitter 3.14 (ec492dc), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT51_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (RENDERINGS, "unfitted"), "t059": (RENDERINGS, "unfitted"),
    "t081": (("collapsed",), "unfitted"), "t087": (RENDERINGS, "unfitted"), "t092": (("stored",), "unfitted"),
    "t098": (RENDERINGS, "unfitted"),
}
_known_failures("heldout51", HELDOUT51_FAILURES, _H51)
_H52 = {"unfitted": "held-out 52, measured blind with the final splitter 3.14 (ec492dc), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT52_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t025": (RENDERINGS, "unfitted"),
    "t029": (RENDERINGS, "unfitted"), "t033": (RENDERINGS, "unfitted"),
    "t039": (RENDERINGS, "unfitted"),
}
_known_failures("heldout52", HELDOUT52_FAILURES, _H52)
_H53 = {"unfitted": "held-out 53, measured blind with the final splitter 3.14 (ec492dc), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT53_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t016": (("stored",), "unfitted"), "t027": (("collapsed",), "unfitted"),
    "t042": (("collapsed",), "unfitted"), "t044": (RENDERINGS, "unfitted"),
    "t056": (RENDERINGS, "unfitted"), "t069": (RENDERINGS, "unfitted"),
    "t083": (RENDERINGS, "unfitted"),
}
_known_failures("heldout53", HELDOUT53_FAILURES, _H53)
_H54 = {"unfitted": "held-out 54, measured blind with the final splitter 3.15 (7663d19), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT54_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t047": (RENDERINGS, "unfitted"), "t049": (RENDERINGS, "unfitted"),
    "t059": (("collapsed",), "unfitted"),
    "t076": (("collapsed",), "unfitted"),
}
_known_failures("heldout54", HELDOUT54_FAILURES, _H54)
_H55 = {"unfitted": "held-out 55, measured blind with the final splitter 3.15 (7663d19), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT55_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t003": (RENDERINGS, "unfitted"),
    "t025": (RENDERINGS, "unfitted"), "t033": (RENDERINGS, "unfitted"),
    "t061": (RENDERINGS, "unfitted"),
    "t074": (("collapsed",), "unfitted"),
}
_known_failures("heldout55", HELDOUT55_FAILURES, _H55)
_H56 = {"unfitted": "held-out 56, measured blind with the final splitter 3.15 (7663d19), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT56_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t005": (("stored",), "unfitted"),
    "t034": (("collapsed",), "unfitted"),
    "t046": (("collapsed",), "unfitted"), "t061": (RENDERINGS, "unfitted"), "t064": (("collapsed",), "unfitted"),
    "t079": (RENDERINGS, "unfitted"), "t080": (RENDERINGS, "unfitted"),
}
_known_failures("heldout56", HELDOUT56_FAILURES, _H56)


_H60 = {"unfitted": "held-out 60, measured blind with splitter 3.16 (0b7a228) and joined at once (its sealed copy is "
                     "the only one: the machine's scratch space does not survive a stop), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT60_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t019": (RENDERINGS, "unfitted"),
    "t025": (RENDERINGS, "unfitted"),
    "t030": (RENDERINGS, "unfitted"), "t033": (RENDERINGS, "unfitted"),
    "t049": (RENDERINGS, "unfitted"),
    "t052": (RENDERINGS, "unfitted"), "t055": (RENDERINGS, "unfitted"),
    "t059": (RENDERINGS, "unfitted"),
    "t061": (RENDERINGS, "unfitted"), "t065": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"), "t070": (RENDERINGS, "unfitted"), "t072": (RENDERINGS, "unfitted"),
    "t080": (RENDERINGS, "unfitted"),
    "t087": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"),
    "t089": (RENDERINGS, "unfitted"),
}
_known_failures("heldout60", HELDOUT60_FAILURES, _H60)


_H61 = {"unfitted": "held-out 61, measured blind with splitter 3.16 (0b7a228) and joined at once (its sealed copy is "
                     "the only one: the machine's scratch space does not survive a stop), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT61_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t011": (RENDERINGS, "unfitted"),
    "t020": (RENDERINGS, "unfitted"), "t021": (RENDERINGS, "unfitted"),
    "t025": (RENDERINGS, "unfitted"),
    "t035": (RENDERINGS, "unfitted"),
    "t050": (RENDERINGS, "unfitted"),
    "t054": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t062": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"),
    "t081": (("collapsed",), "unfitted"),
    "t088": (("collapsed",), "unfitted"), "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout61", HELDOUT61_FAILURES, _H61)


_H62 = {"unfitted": "held-out 62, measured blind with splitter 3.16 (0b7a228) and joined at once (its sealed copy is "
                     "the only one: the machine's scratch space does not survive a stop), then fitted in part "
                     "(tests/gold/README.md)"}
HELDOUT62_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (RENDERINGS, "unfitted"), "t006": (RENDERINGS, "unfitted"),
    "t009": (RENDERINGS, "unfitted"),
    "t032": (RENDERINGS, "unfitted"), "t034": (("collapsed",), "unfitted"),
    "t041": (("collapsed",), "unfitted"), "t044": (RENDERINGS, "unfitted"),
    "t054": (("collapsed",), "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t067": (RENDERINGS, "unfitted"),
    "t076": (RENDERINGS, "unfitted"), "t078": (("collapsed",), "unfitted"),
    "t085": (RENDERINGS, "unfitted"), "t091": (RENDERINGS, "unfitted"),
}
_known_failures("heldout62", HELDOUT62_FAILURES, _H62)


_H63 = {"unfitted": "held-out 63, measured blind with splitter 3.16 (0b7a228), midway (fe022bb) and with 3.17 "
                     "(b5e191a), then joined and fitted in part (tests/gold/README.md)"}
HELDOUT63_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t013": (RENDERINGS, "unfitted"), "t015": (RENDERINGS, "unfitted"), "t019": (RENDERINGS, "unfitted"),
    "t040": (RENDERINGS, "unfitted"), "t050": (RENDERINGS, "unfitted"),
    "t051": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t068": (("collapsed",), "unfitted"),
    "t077": (RENDERINGS, "unfitted"),
    "t081": (RENDERINGS, "unfitted"), "t083": (RENDERINGS, "unfitted"),
}
_known_failures("heldout63", HELDOUT63_FAILURES, _H63)


_H64 = {"unfitted": "held-out 64, measured blind with splitter 3.16 (0b7a228), midway (fe022bb) and with 3.17 "
                     "(b5e191a), then joined and fitted in part (tests/gold/README.md)"}
HELDOUT64_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t039": (("collapsed",), "unfitted"),
    "t052": (("stored",), "unfitted"), "t061": (RENDERINGS, "unfitted"), "t067": (RENDERINGS, "unfitted"),
    "t083": (RENDERINGS, "unfitted"),
    "t095": (("collapsed",), "unfitted"),
}
_known_failures("heldout64", HELDOUT64_FAILURES, _H64)


_H65 = {"unfitted": "held-out 65, measured blind with splitter 3.16 (0b7a228), midway (fe022bb) and with 3.17 "
                     "(b5e191a), then joined and fitted in part (tests/gold/README.md)"}
HELDOUT65_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (("collapsed",), "unfitted"),
    "t038": (RENDERINGS, "unfitted"),
    "t064": (("collapsed",), "unfitted"), "t067": (RENDERINGS, "unfitted"),
    "t092": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"), "t096": (("collapsed",), "unfitted"),
}
_known_failures("heldout65", HELDOUT65_FAILURES, _H65)


_H66 = {"unfitted": "held-out 66, measured blind with splitter 3.17 (af9bcb6), midway (aa75eb8) and with "
                     "2fdbdd1, then joined and fitted in part (tests/gold/README.md)"}
HELDOUT66_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t006": (("collapsed",), "unfitted"),
    "t029": (("collapsed",), "unfitted"),
    "t064": (RENDERINGS, "unfitted"),
    "t068": (RENDERINGS, "unfitted"), "t070": (("collapsed",), "unfitted"),
    "t072": (RENDERINGS, "unfitted"),
    "t079": (RENDERINGS, "unfitted"), "t082": (("collapsed",), "unfitted"), "t088": (("collapsed",), "unfitted"),
    "t093": (RENDERINGS, "unfitted"), "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout66", HELDOUT66_FAILURES, _H66)


_H67 = {"unfitted": "held-out 67, measured blind with splitter 3.17 (af9bcb6), midway (aa75eb8) and with "
                     "2fdbdd1, then joined and fitted in part (tests/gold/README.md)"}
HELDOUT67_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t033": (RENDERINGS, "unfitted"),
    "t050": (RENDERINGS, "unfitted"), "t051": (RENDERINGS, "unfitted"),
    "t091": (RENDERINGS, "unfitted"),

}
_known_failures("heldout67", HELDOUT67_FAILURES, _H67)


_H68 = {"unfitted": "held-out 68, measured blind with splitter 3.17 (af9bcb6), midway (aa75eb8) and with "
                     "2fdbdd1, then joined and fitted in part (tests/gold/README.md)"}
HELDOUT68_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t005": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t031": (RENDERINGS, "unfitted"),
    "t063": (RENDERINGS, "unfitted"), "t071": (RENDERINGS, "unfitted"), "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout68", HELDOUT68_FAILURES, _H68)


_H69 = {"unfitted": "held-out 69, measured blind with splitter 3.17 (af9bcb6) and 3.18 (e72fe02), then joined "
                     "(tests/gold/README.md)"}
HELDOUT69_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (RENDERINGS, "unfitted"), "t027": (RENDERINGS, "unfitted"),
    "t080": (RENDERINGS, "unfitted"),
}
_known_failures("heldout69", HELDOUT69_FAILURES, _H69)


_H70 = {"unfitted": "held-out 70, measured blind with splitter 3.17 (af9bcb6) and 3.18 (e72fe02), then joined "
                     "(tests/gold/README.md)"}
HELDOUT70_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t023": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t059": (RENDERINGS, "unfitted"),
    "t068": (RENDERINGS, "unfitted"), "t082": (RENDERINGS, "unfitted"),
}
_known_failures("heldout70", HELDOUT70_FAILURES, _H70)


_H71 = {"unfitted": "held-out 71, measured blind with splitter 3.17 (af9bcb6) and 3.18 (e72fe02), then joined "
                     "(tests/gold/README.md)"}
HELDOUT71_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t008": (RENDERINGS, "unfitted"), "t044": (("stored",), "unfitted"), "t060": (RENDERINGS, "unfitted"),
    "t080": (RENDERINGS, "unfitted"),
}
_known_failures("heldout71", HELDOUT71_FAILURES, _H71)


_H72 = {"unfitted": "held-out 72, measured blind with splitter 3.18 (33a7353) and 3.19 (696737b), then joined "
                     "(tests/gold/README.md)"}
HELDOUT72_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t020": (RENDERINGS, "unfitted"), "t022": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t032": (RENDERINGS, "unfitted"),
    "t046": (RENDERINGS, "unfitted"),
    "t050": (RENDERINGS, "unfitted"),
    "t055": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"),
    "t084": (("collapsed",), "unfitted"),
    "t097": (RENDERINGS, "unfitted"),
}
_known_failures("heldout72", HELDOUT72_FAILURES, _H72)


_H73 = {"unfitted": "held-out 73, measured blind with splitter 3.18 (33a7353) and 3.19 (696737b), then joined "
                     "(tests/gold/README.md)"}
HELDOUT73_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t011": (RENDERINGS, "unfitted"), "t023": (RENDERINGS, "unfitted"),
    "t059": (RENDERINGS, "unfitted"),
    "t076": (RENDERINGS, "unfitted"), "t083": (RENDERINGS, "unfitted"),
    "t085": (RENDERINGS, "unfitted"),
    "t099": (RENDERINGS, "unfitted"),
}
_known_failures("heldout73", HELDOUT73_FAILURES, _H73)


_H74 = {"unfitted": "held-out 74, measured blind with splitter 3.18 (33a7353) and 3.19 (696737b), then joined "
                     "(tests/gold/README.md)"}
HELDOUT74_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t029": (RENDERINGS, "unfitted"), "t038": (RENDERINGS, "unfitted"),
    "t042": (RENDERINGS, "unfitted"), "t044": (("collapsed",), "unfitted"),
    "t059": (("collapsed",), "unfitted"), "t064": (RENDERINGS, "unfitted"), "t074": (RENDERINGS, "unfitted"),
    "t085": (RENDERINGS, "unfitted"),
    "t090": (RENDERINGS, "unfitted"), "t100": (RENDERINGS, "unfitted"),
}
_known_failures("heldout74", HELDOUT74_FAILURES, _H74)


_H75 = {"unfitted": "held-out 75, measured blind with splitter 3.18 (33a7353) and 3.19 (3c98b23), then joined "
                     "(tests/gold/README.md)"}
HELDOUT75_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t022": (RENDERINGS, "unfitted"), "t030": (("collapsed",), "unfitted"),
    "t032": (RENDERINGS, "unfitted"),
    "t053": (RENDERINGS, "unfitted"), "t064": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"), "t073": (RENDERINGS, "unfitted"),
    "t085": (("collapsed",), "unfitted"),
    "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout75", HELDOUT75_FAILURES, _H75)


_H76 = {"unfitted": "held-out 76, measured blind with splitter 3.18 (33a7353) and 3.19 (3c98b23), then joined "
                     "(tests/gold/README.md)"}
HELDOUT76_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t024": (RENDERINGS, "unfitted"),
    "t035": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"),
    "t095": (RENDERINGS, "unfitted"), "t097": (RENDERINGS, "unfitted"),
    "t099": (("collapsed",), "unfitted"),
}
_known_failures("heldout76", HELDOUT76_FAILURES, _H76)


_H77 = {"unfitted": "held-out 77, measured blind with splitter 3.18 (33a7353) and 3.19 (3c98b23), then joined "
                     "(tests/gold/README.md)"}
HELDOUT77_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t041": (RENDERINGS, "unfitted"),
    "t045": (RENDERINGS, "unfitted"), "t050": (RENDERINGS, "unfitted"),
    "t068": (RENDERINGS, "unfitted"), "t070": (("collapsed",), "unfitted"),
}
_known_failures("heldout77", HELDOUT77_FAILURES, _H77)


_H78 = {"unfitted": "held-out 78, measured blind with splitter 3.19 (fd3fc4a) and 3.20 (7a72707), then joined "
                     "(tests/gold/README.md)"}
HELDOUT78_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (("collapsed",), "unfitted"),
    "t033": (RENDERINGS, "unfitted"), "t034": (RENDERINGS, "unfitted"), "t045": (RENDERINGS, "unfitted"),
    "t064": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t084": (RENDERINGS, "unfitted"),
    "t098": (RENDERINGS, "unfitted"),
}
_known_failures("heldout78", HELDOUT78_FAILURES, _H78)


_H79 = {"unfitted": "held-out 79, measured blind with splitter 3.19 (fd3fc4a) and 3.20 (7a72707), then joined "
                     "(tests/gold/README.md)"}
HELDOUT79_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t017": (RENDERINGS, "unfitted"), "t046": (("collapsed",), "unfitted"),
    "t067": (RENDERINGS, "unfitted"),
    "t070": (RENDERINGS, "unfitted"), "t071": (RENDERINGS, "unfitted"),
    "t080": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"),
    "t087": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"), "t098": (RENDERINGS, "unfitted"),
}
_known_failures("heldout79", HELDOUT79_FAILURES, _H79)


_H80 = {"unfitted": "held-out 80, measured blind with splitter 3.19 (fd3fc4a) and 3.20 (7a72707), then joined "
                     "(tests/gold/README.md)"}
HELDOUT80_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t029": (RENDERINGS, "unfitted"),
    "t051": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t066": (RENDERINGS, "unfitted"),
    "t076": (("collapsed",), "unfitted"),
}
_known_failures("heldout80", HELDOUT80_FAILURES, _H80)

_H81 = {"unfitted": "held-out 81, measured blind with splitter 3.20 (b1e8149) and 3.21's first rule (b538432), then "
                     "joined (tests/gold/README.md)"}
HELDOUT81_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t012": (RENDERINGS, "unfitted"), "t039": (RENDERINGS, "unfitted"), "t046": (RENDERINGS, "unfitted"),
    "t050": (("collapsed",), "unfitted"), "t054": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"),
    "t091": (RENDERINGS, "unfitted"), "t092": (RENDERINGS, "unfitted"), "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout81", HELDOUT81_FAILURES, _H81)

_H82 = {"unfitted": "held-out 82, measured blind with splitter 3.20 (b1e8149) and 3.21's first rule (b538432), then "
                     "joined (tests/gold/README.md)"}
HELDOUT82_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t062": (RENDERINGS, "unfitted"),
    "t032": (RENDERINGS, "unfitted"), "t038": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"),
    "t078": (RENDERINGS, "unfitted"),
}
_known_failures("heldout82", HELDOUT82_FAILURES, _H82)

_H83 = {"unfitted": "held-out 83, measured blind with splitter 3.20 (b1e8149) and 3.21's first rule (b538432), then "
                     "joined (tests/gold/README.md)"}
HELDOUT83_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t024": (RENDERINGS, "unfitted"), "t050": (RENDERINGS, "unfitted"),
    "t051": (RENDERINGS, "unfitted"), "t052": (("collapsed",), "unfitted"), "t057": (RENDERINGS, "unfitted"),
    "t070": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"),
}
_known_failures("heldout83", HELDOUT83_FAILURES, _H83)

_H84 = {"unfitted": "held-out 84, measured blind with splitter 3.21 (df076c8), then joined "
                     "(tests/gold/README.md)"}
HELDOUT84_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t008": (RENDERINGS, "unfitted"), "t018": (("collapsed",), "unfitted"),
    "t050": (RENDERINGS, "unfitted"),
    "t062": (RENDERINGS, "unfitted"), "t077": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"),
    "t090": (RENDERINGS, "unfitted"),
}
_known_failures("heldout84", HELDOUT84_FAILURES, _H84)

_H85 = {"unfitted": "held-out 85, measured blind with splitter 3.21 (df076c8), then joined "
                     "(tests/gold/README.md)"}
HELDOUT85_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t034": (RENDERINGS, "unfitted"), "t040": (("collapsed",), "unfitted"), "t043": (RENDERINGS, "unfitted"),
    "t045": (RENDERINGS, "unfitted"), "t049": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t077": (RENDERINGS, "unfitted"),
    "t089": (RENDERINGS, "unfitted"), "t095": (("collapsed",), "unfitted"),
}
_known_failures("heldout85", HELDOUT85_FAILURES, _H85)

_H86 = {"unfitted": "held-out 86, measured blind with splitter 3.21 (df076c8), then joined "
                     "(tests/gold/README.md)"}
HELDOUT86_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t030": (RENDERINGS, "unfitted"), "t036": (RENDERINGS, "unfitted"), "t062": (RENDERINGS, "unfitted"),
    "t068": (("collapsed",), "unfitted"),
    "t089": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"), "t100": (RENDERINGS, "unfitted"),
}
_known_failures("heldout86", HELDOUT86_FAILURES, _H86)

_H87 = {"unfitted": "held-out 87, measured blind with splitter 3.21 (f6f19bc) and 3.22 (e3ceca5), then joined "
                     "(tests/gold/README.md)"}
HELDOUT87_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t012": (RENDERINGS, "unfitted"), "t013": (RENDERINGS, "unfitted"), "t015": (("collapsed",), "unfitted"),
    "t029": (RENDERINGS, "unfitted"), "t053": (RENDERINGS, "unfitted"), "t058": (RENDERINGS, "unfitted"),
    "t076": (RENDERINGS, "unfitted"),
    "t095": (RENDERINGS, "unfitted"),
    "t097": (RENDERINGS, "unfitted"),
}
_known_failures("heldout87", HELDOUT87_FAILURES, _H87)

_H88 = {"unfitted": "held-out 88, measured blind with splitter 3.21 (f6f19bc) and 3.22 (e3ceca5), then joined "
                     "(tests/gold/README.md)"}
HELDOUT88_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (("collapsed",), "unfitted"), "t026": (RENDERINGS, "unfitted"), "t029": (RENDERINGS, "unfitted"),
    "t065": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"), "t070": (("stored",), "unfitted"),
    "t093": (RENDERINGS, "unfitted"), "t095": (RENDERINGS, "unfitted"),
    "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout88", HELDOUT88_FAILURES, _H88)

_H89 = {"unfitted": "held-out 89, measured blind with splitter 3.21 (f6f19bc) and 3.22 (e3ceca5), then joined "
                     "(tests/gold/README.md)"}
HELDOUT89_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t017": (("collapsed",), "unfitted"),
    "t030": (RENDERINGS, "unfitted"), "t033": (RENDERINGS, "unfitted"),
    "t036": (RENDERINGS, "unfitted"), "t038": (RENDERINGS, "unfitted"), "t043": (("collapsed",), "unfitted"),
    "t070": (RENDERINGS, "unfitted"),
    "t074": (RENDERINGS, "unfitted"), "t076": (RENDERINGS, "unfitted"),
    "t079": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"),
    "t085": (RENDERINGS, "unfitted"), "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout89", HELDOUT89_FAILURES, _H89)

_H90 = {"unfitted": "held-out 90, measured blind with splitter 3.22 (e3ceca5) and 3.23 (378b755), then joined "
                     "(tests/gold/README.md)"}
HELDOUT90_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t020": (RENDERINGS, "unfitted"), "t034": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t049": (RENDERINGS, "unfitted"), "t072": (RENDERINGS, "unfitted"),
    "t081": (RENDERINGS, "unfitted"), "t091": (RENDERINGS, "unfitted"), "t094": (RENDERINGS, "unfitted"),
    "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout90", HELDOUT90_FAILURES, _H90)

_H91 = {"unfitted": "held-out 91, measured blind with splitter 3.22 (e3ceca5) and 3.23 (378b755), then joined "
                     "(tests/gold/README.md)"}
HELDOUT91_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t022": (RENDERINGS, "unfitted"),
}
_known_failures("heldout91", HELDOUT91_FAILURES, _H91)

_H92 = {"unfitted": "held-out 92, measured blind with splitter 3.22 (e3ceca5) and 3.23 (378b755), then joined "
                     "(tests/gold/README.md)"}
HELDOUT92_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t001": (("collapsed",), "unfitted"),
    "t014": (("collapsed",), "unfitted"), "t047": (RENDERINGS, "unfitted"), "t051": (RENDERINGS, "unfitted"),
    "t056": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t061": (("collapsed",), "unfitted"), "t064": (RENDERINGS, "unfitted"),
    "t071": (RENDERINGS, "unfitted"),
    "t074": (("collapsed",), "unfitted"), "t096": (RENDERINGS, "unfitted"),
    "t099": (("collapsed",), "unfitted"),
}
_known_failures("heldout92", HELDOUT92_FAILURES, _H92)

_H93 = {"unfitted": "held-out 93, measured blind with splitter 3.23 (0ae622f) and 3.24 (9c5c9d0), then joined "
                     "(tests/gold/README.md)"}
HELDOUT93_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t022": (RENDERINGS, "unfitted"), "t028": (RENDERINGS, "unfitted"),
    "t041": (RENDERINGS, "unfitted"), "t046": (RENDERINGS, "unfitted"),
    "t049": (RENDERINGS, "unfitted"), "t067": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"),
}
_known_failures("heldout93", HELDOUT93_FAILURES, _H93)

_H94 = {"unfitted": "held-out 94, measured blind with splitter 3.23 (0ae622f) and 3.24 (9c5c9d0), then joined "
                     "(tests/gold/README.md)"}
HELDOUT94_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t043": (("collapsed",), "unfitted"), "t059": (RENDERINGS, "unfitted"),
    "t063": (RENDERINGS, "unfitted"), "t064": (RENDERINGS, "unfitted"), "t065": (RENDERINGS, "unfitted"),
    "t077": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"), "t082": (RENDERINGS, "unfitted"),
    "t092": (RENDERINGS, "unfitted"),
    "t098": (RENDERINGS, "unfitted"),
}
_known_failures("heldout94", HELDOUT94_FAILURES, _H94)

_H95 = {"unfitted": "held-out 95, measured blind with splitter 3.23 (0ae622f) and 3.24 (9c5c9d0), then joined "
                     "(tests/gold/README.md)"}
HELDOUT95_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {

    "t051": (RENDERINGS, "unfitted"), "t053": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t086": (RENDERINGS, "unfitted"),
}
_known_failures("heldout95", HELDOUT95_FAILURES, _H95)

_H96 = {"unfitted": "held-out 96, measured blind with splitter 3.24 (4199b04) and 3.25 (b8c74e1), then joined "
                     "(tests/gold/README.md)"}
HELDOUT96_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t041": (RENDERINGS, "unfitted"), "t070": (RENDERINGS, "unfitted"),
    "t090": (RENDERINGS, "unfitted"), "t091": (RENDERINGS, "unfitted"), "t094": (RENDERINGS, "unfitted"),
    "t098": (("stored",), "unfitted"),
}
_known_failures("heldout96", HELDOUT96_FAILURES, _H96)

_H97 = {"unfitted": "held-out 97, measured blind with splitter 3.24 (4199b04) and 3.25 (b8c74e1), then joined "
                     "(tests/gold/README.md)"}
HELDOUT97_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t003": (RENDERINGS, "unfitted"),
    "t023": (RENDERINGS, "unfitted"),
    "t037": (RENDERINGS, "unfitted"), "t040": (("stored",), "unfitted"), "t044": (("collapsed",), "unfitted"),
    "t053": (RENDERINGS, "unfitted"),
    "t064": (RENDERINGS, "unfitted"),
    "t070": (RENDERINGS, "unfitted"),
    "t077": (("collapsed",), "unfitted"),
    "t082": (RENDERINGS, "unfitted"), "t083": (RENDERINGS, "unfitted"), "t085": (("collapsed",), "unfitted"),
    "t086": (RENDERINGS, "unfitted"), "t088": (RENDERINGS, "unfitted"), "t089": (("collapsed",), "unfitted"),
    "t099": (("collapsed",), "unfitted"),
}
_known_failures("heldout97", HELDOUT97_FAILURES, _H97)

_H98 = {"unfitted": "held-out 98, measured blind with splitter 3.24 (4199b04) and 3.25 (b8c74e1), then joined "
                     "(tests/gold/README.md)"}
HELDOUT98_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t007": (RENDERINGS, "unfitted"), "t026": (RENDERINGS, "unfitted"), "t027": (("collapsed",), "unfitted"),
    "t065": (RENDERINGS, "unfitted"), "t080": (RENDERINGS, "unfitted"), "t083": (RENDERINGS, "unfitted"),
    "t085": (RENDERINGS, "unfitted"),
    "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout98", HELDOUT98_FAILURES, _H98)

_H99 = {"unfitted": "held-out 99, measured blind with splitter 3.25 (c1adfbe) and 3.26 (915ed3f), then joined "
                    "(tests/gold/README.md)"}
HELDOUT99_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t018": (RENDERINGS, "unfitted"), "t025": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t035": (("stored",), "unfitted"), "t061": (RENDERINGS, "unfitted"),
    "t069": (("collapsed",), "unfitted"),
    "t085": (RENDERINGS, "unfitted"),
    "t094": (("collapsed",), "unfitted"),
}
_known_failures("heldout99", HELDOUT99_FAILURES, _H99)

_H100 = {"unfitted": "held-out 100, measured blind with splitter 3.25 (c1adfbe) and 3.26 (915ed3f), then joined "
                     "(tests/gold/README.md)"}
HELDOUT100_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t026": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t064": (RENDERINGS, "unfitted"),
    "t073": (RENDERINGS, "unfitted"), "t094": (("collapsed",), "unfitted"),
    "t097": (RENDERINGS, "unfitted"),
}
_known_failures("heldout100", HELDOUT100_FAILURES, _H100)

_H101 = {"unfitted": "held-out 101, measured blind with splitter 3.25 (c1adfbe) and 3.26 (915ed3f), then joined "
                     "(tests/gold/README.md)"}
HELDOUT101_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t013": (RENDERINGS, "unfitted"),
    "t022": (RENDERINGS, "unfitted"), "t053": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t061": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t099": (RENDERINGS, "unfitted"),
    "t100": (RENDERINGS, "unfitted"),
}
_known_failures("heldout101", HELDOUT101_FAILURES, _H101)

_H102 = {"unfitted": "held-out 102, measured blind with splitter 3.26 (db4292b) and 3.27 (1d8170d), then joined "
                     "(tests/gold/README.md)"}
HELDOUT102_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (RENDERINGS, "unfitted"), "t012": (RENDERINGS, "unfitted"),
    "t015": (RENDERINGS, "unfitted"),
    "t045": (RENDERINGS, "unfitted"), "t048": (RENDERINGS, "unfitted"), "t058": (RENDERINGS, "unfitted"),
    "t074": (RENDERINGS, "unfitted"),
    "t078": (RENDERINGS, "unfitted"), "t084": (RENDERINGS, "unfitted"), "t091": (("collapsed",), "unfitted"),
    "t099": (RENDERINGS, "unfitted"),
}
_known_failures("heldout102", HELDOUT102_FAILURES, _H102)

_H103 = {"unfitted": "held-out 103, measured blind with splitter 3.26 (db4292b) and 3.27 (1d8170d), then joined "
                     "(tests/gold/README.md)"}
HELDOUT103_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t016": (RENDERINGS, "unfitted"), "t024": (RENDERINGS, "unfitted"), "t026": (RENDERINGS, "unfitted"),
    "t045": (RENDERINGS, "unfitted"),
    "t052": (("collapsed",), "unfitted"), "t053": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"), "t061": (RENDERINGS, "unfitted"),
    "t073": (RENDERINGS, "unfitted"), "t075": (("collapsed",), "unfitted"),
    "t088": (RENDERINGS, "unfitted"),
}
_known_failures("heldout103", HELDOUT103_FAILURES, _H103)

_H104 = {"unfitted": "held-out 104, measured blind with splitter 3.26 (db4292b) and 3.27 (1d8170d), then joined "
                     "(tests/gold/README.md)"}
HELDOUT104_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t007": (RENDERINGS, "unfitted"), "t016": (RENDERINGS, "unfitted"),
    "t031": (RENDERINGS, "unfitted"), "t034": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t045": (RENDERINGS, "unfitted"),
    "t051": (("collapsed",), "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t068": (("collapsed",), "unfitted"),
    "t076": (RENDERINGS, "unfitted"), "t077": (("collapsed",), "unfitted"),
    "t085": (RENDERINGS, "unfitted"),
}
_known_failures("heldout104", HELDOUT104_FAILURES, _H104)


_H108 = {"unfitted": "held-out 108, measured blind with splitter 3.28 (150fadf) and 3.29 (523812c), then "
                     "joined (tests/gold/README.md)"}
HELDOUT108_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t017": (RENDERINGS, "unfitted"), "t018": (RENDERINGS, "unfitted"), "t023": (RENDERINGS, "unfitted"),
    "t030": (RENDERINGS, "unfitted"), "t035": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t046": (("stored",), "unfitted"),
    "t062": (RENDERINGS, "unfitted"),
    "t066": (RENDERINGS, "unfitted"), "t075": (RENDERINGS, "unfitted"),
    "t078": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"),
    "t084": (RENDERINGS, "unfitted"), "t090": (RENDERINGS, "unfitted"), "t093": (RENDERINGS, "unfitted"),
    "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout108", HELDOUT108_FAILURES, _H108)

_H109 = {"unfitted": "held-out 109, measured blind with splitter 3.28 (150fadf) and 3.29 (523812c), then "
                     "joined (tests/gold/README.md)",
         "note-run-on": "an obituary's history, a note since splitter 3.30, runs on into a lede that opens with a "
                        "name and its clause ('... in Offensiv | Gunnel Frostenson, who has died'), as an article's "
                        "does: no end of a publication's name is sure there"}
HELDOUT109_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t005": (RENDERINGS, "unfitted"), "t015": (RENDERINGS, "unfitted"), "t021": (RENDERINGS, "unfitted"),
    "t022": (RENDERINGS, "unfitted"),
    "t031": (("collapsed",), "unfitted"), "t033": (RENDERINGS, "unfitted"), "t037": (RENDERINGS, "unfitted"),
    "t040": (RENDERINGS, "unfitted"), "t041": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"), "t048": (RENDERINGS, "unfitted"),
    "t051": (("collapsed",), "unfitted"), "t053": (("collapsed",), "unfitted"), "t059": (("collapsed",), "unfitted"),
    "t065": (RENDERINGS, "unfitted"), "t070": (RENDERINGS, "unfitted"),
    "t077": (RENDERINGS, "unfitted"), "t095": (RENDERINGS, "unfitted"), "t098": (RENDERINGS, "unfitted"),
    "t091": (RENDERINGS, "note-run-on"),
}
_known_failures("heldout109", HELDOUT109_FAILURES, _H109)

_H110 = {"unfitted": "held-out 110, measured blind with splitter 3.28 (150fadf) and 3.29 (523812c), then "
                     "joined (tests/gold/README.md)"}
HELDOUT110_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t013": (RENDERINGS, "unfitted"), "t030": (("collapsed",), "unfitted"), "t031": (RENDERINGS, "unfitted"),
    "t044": (("collapsed",), "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t088": (RENDERINGS, "unfitted"),
    "t094": (("collapsed",), "unfitted"),
}
_known_failures("heldout110", HELDOUT110_FAILURES, _H110)

_H111 = {"unfitted": "held-out 111, measured blind with splitter 3.29 (c24ffb6) and 3.30 (4d10561), then "
                     "joined (tests/gold/README.md)"}
HELDOUT111_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t012": (RENDERINGS, "unfitted"),
    "t019": (RENDERINGS, "unfitted"),
    "t029": (RENDERINGS, "unfitted"),
    "t040": (RENDERINGS, "unfitted"),
    "t049": (RENDERINGS, "unfitted"), "t051": (RENDERINGS, "unfitted"),
    "t052": (RENDERINGS, "unfitted"),
    "t061": (RENDERINGS, "unfitted"),
    "t074": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t084": (RENDERINGS, "unfitted"), "t085": (RENDERINGS, "unfitted"),
    "t087": (RENDERINGS, "unfitted"), "t092": (RENDERINGS, "unfitted"),
    "t100": (RENDERINGS, "unfitted")
}
_known_failures("heldout111", HELDOUT111_FAILURES, _H111)

_H112 = {"unfitted": "held-out 112, measured blind with splitter 3.29 (c24ffb6) and 3.30 (4d10561), then "
                     "joined (tests/gold/README.md)"}
HELDOUT112_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t003": (RENDERINGS, "unfitted"), "t005": (("collapsed",), "unfitted"),
    "t021": (RENDERINGS, "unfitted"),
    "t039": (RENDERINGS, "unfitted"),
    "t043": (RENDERINGS, "unfitted"),
    "t049": (RENDERINGS, "unfitted"), "t053": (RENDERINGS, "unfitted"),
    "t055": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t062": (RENDERINGS, "unfitted"),
    "t069": (("stored",), "unfitted"), "t070": (RENDERINGS, "unfitted"),
    "t075": (RENDERINGS, "unfitted"),
    "t076": (("collapsed",), "unfitted"), "t077": (RENDERINGS, "unfitted"), "t079": (RENDERINGS, "unfitted"),
    "t087": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"),
    "t097": (RENDERINGS, "unfitted"), "t098": (RENDERINGS, "unfitted"), "t099": (RENDERINGS, "unfitted")
}
_known_failures("heldout112", HELDOUT112_FAILURES, _H112)

_H113 = {"unfitted": "held-out 113, measured blind with splitter 3.29 (c24ffb6) and 3.30 (4d10561), then "
                     "joined (tests/gold/README.md)"}
HELDOUT113_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t005": (RENDERINGS, "unfitted"), "t016": (RENDERINGS, "unfitted"),
    "t021": (RENDERINGS, "unfitted"),
    "t047": (RENDERINGS, "unfitted"), "t049": (RENDERINGS, "unfitted"), "t054": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t064": (RENDERINGS, "unfitted"), "t066": (RENDERINGS, "unfitted"),
    "t072": (RENDERINGS, "unfitted"),
    "t079": (RENDERINGS, "unfitted"),
    "t087": (("collapsed",), "unfitted"), "t088": (RENDERINGS, "unfitted"), "t090": (RENDERINGS, "unfitted"),
    "t095": (RENDERINGS, "unfitted"),
}
_known_failures("heldout113", HELDOUT113_FAILURES, _H113)

_H114 = {"unfitted": "held-out 114, measured blind with splitter 3.30 (4d10561) and 3.31 (65b6135), then "
                     "joined (tests/gold/README.md)"}
HELDOUT114_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t003": (RENDERINGS, "unfitted"), "t007": (RENDERINGS, "unfitted"), "t008": (RENDERINGS, "unfitted"),
    "t009": (RENDERINGS, "unfitted"), "t010": (RENDERINGS, "unfitted"), "t019": (RENDERINGS, "unfitted"),
    "t023": (("collapsed",), "unfitted"), "t024": (RENDERINGS, "unfitted"),
    "t027": (RENDERINGS, "unfitted"), "t030": (RENDERINGS, "unfitted"),
    "t033": (RENDERINGS, "unfitted"), "t034": (RENDERINGS, "unfitted"), "t036": (RENDERINGS, "unfitted"),
    "t040": (RENDERINGS, "unfitted"), "t043": (RENDERINGS, "unfitted"),
    "t045": (RENDERINGS, "unfitted"), "t050": (RENDERINGS, "unfitted"), "t055": (RENDERINGS, "unfitted"),
    "t057": (RENDERINGS, "unfitted"),
    "t059": (RENDERINGS, "unfitted"), "t066": (RENDERINGS, "unfitted"),
    "t070": (RENDERINGS, "unfitted"), "t073": (RENDERINGS, "unfitted"),
    "t084": (RENDERINGS, "unfitted"),
    "t085": (RENDERINGS, "unfitted"), "t086": (RENDERINGS, "unfitted"), "t087": (RENDERINGS, "unfitted"),
    "t089": (RENDERINGS, "unfitted"), "t090": (RENDERINGS, "unfitted"), "t094": (RENDERINGS, "unfitted"),
    "t096": (RENDERINGS, "unfitted")
}
_known_failures("heldout114", HELDOUT114_FAILURES, _H114)

_H115 = {"unfitted": "held-out 115, measured blind with splitter 3.30 (4d10561) and 3.31 (65b6135), then "
                     "joined (tests/gold/README.md)"}
HELDOUT115_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t004": (RENDERINGS, "unfitted"), "t012": (("collapsed",), "unfitted"), "t016": (RENDERINGS, "unfitted"),
    "t022": (RENDERINGS, "unfitted"), "t034": (RENDERINGS, "unfitted"), "t044": (("collapsed",), "unfitted"),
    "t047": (("collapsed",), "unfitted"),
    "t048": (RENDERINGS, "unfitted"),
    "t053": (RENDERINGS, "unfitted"), "t056": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t061": (("collapsed",), "unfitted"),
    "t062": (RENDERINGS, "unfitted"), "t065": (("collapsed",), "unfitted"), "t069": (RENDERINGS, "unfitted"),
    "t075": (RENDERINGS, "unfitted"), "t081": (RENDERINGS, "unfitted"),
    "t082": (RENDERINGS, "unfitted"), "t086": (RENDERINGS, "unfitted"),

}
_known_failures("heldout115", HELDOUT115_FAILURES, _H115)

_H116 = {"unfitted": "held-out 116, measured blind with splitter 3.30 (4d10561) and 3.31 (65b6135), then "
                     "joined (tests/gold/README.md)"}
HELDOUT116_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t021": (RENDERINGS, "unfitted"), "t025": (RENDERINGS, "unfitted"), "t029": (("stored",), "unfitted"),
    "t033": (("collapsed",), "unfitted"), "t062": (RENDERINGS, "unfitted"),
    "t076": (RENDERINGS, "unfitted"),
}
_known_failures("heldout116", HELDOUT116_FAILURES, _H116)

_H117 = {"unfitted": "held-out 117, measured blind with splitter 3.31 (4e20e64) and 3.32 (3ffb3b6), then "
                     "joined (tests/gold/README.md)"}
HELDOUT117_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t010": (RENDERINGS, "unfitted"), "t038": (("collapsed",), "unfitted"), "t052": (RENDERINGS, "unfitted"),
    "t058": (RENDERINGS, "unfitted"), "t061": (RENDERINGS, "unfitted"), "t066": (RENDERINGS, "unfitted"),
    "t069": (RENDERINGS, "unfitted"), "t072": (RENDERINGS, "unfitted"), "t078": (RENDERINGS, "unfitted"),
    "t082": (RENDERINGS, "unfitted"),
}
_known_failures("heldout117", HELDOUT117_FAILURES, _H117)

_H118 = {"unfitted": "held-out 118, measured blind with splitter 3.31 (4e20e64) and 3.32 (3ffb3b6), then "
                     "joined (tests/gold/README.md)"}
HELDOUT118_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t020": (RENDERINGS, "unfitted"), "t055": (RENDERINGS, "unfitted"), "t065": (RENDERINGS, "unfitted"),
    "t067": (RENDERINGS, "unfitted"), "t074": (RENDERINGS, "unfitted"),
    "t090": (RENDERINGS, "unfitted"), "t099": (RENDERINGS, "unfitted"),
}
_known_failures("heldout118", HELDOUT118_FAILURES, _H118)

_H119 = {"unfitted": "held-out 119, measured blind with splitter 3.31 (4e20e64) and 3.32 (3ffb3b6), then "
                     "joined (tests/gold/README.md)"}
HELDOUT119_FAILURES: dict[str, tuple[tuple[str, ...], str]] = {
    "t003": (RENDERINGS, "unfitted"), "t010": (("collapsed",), "unfitted"),
    "t015": (RENDERINGS, "unfitted"), "t037": (("stored",), "unfitted"), "t057": (RENDERINGS, "unfitted"),
    "t061": (("collapsed",), "unfitted"), "t074": (RENDERINGS, "unfitted"), "t085": (RENDERINGS, "unfitted"),
    "t093": (RENDERINGS, "unfitted"), "t096": (RENDERINGS, "unfitted"),
}
_known_failures("heldout119", HELDOUT119_FAILURES, _H119)

# Splitter 3.29: blocks the rules alone split right where their reading was unsure and the second reader
# (extract/model.py), sure of a wrong one, was taken (tests/gold/README.md)
_MODEL = ("the second reader's sure reading taken over the rules' unsure right one (splitter 3.29, extract/model.py; "
          "3.32 takes readings it is sure of at 0.7, not 0.9)")
MODEL_FAILURES: list[tuple[str, str]] = [
    ("heldout64:t075", "collapsed"), ("heldout64:t075", "stored"),
        ]
for _key in MODEL_FAILURES:
    HELDOUT_KNOWN_FAILURES[_key] = _MODEL
# Splitters 3.31 and 3.32: blocks the second reader read right before it was trained again with held-outs 111-113 (3.31)
# and 114-116 (3.32) joined, and no longer is sure of (the rules' unsure wrong reading stands); the model's readings
# move with each training (trained again with 117-119 for 3.33, it moved none of the gold's right readings to wrong)
_RETRAINED = ("the second reader, trained again as held-outs joined (splitter 3.31: 111-113; 3.32: 114-116), no longer "
              "sure of the right reading it took before: the rules' unsure wrong one stands")
RETRAINED_FAILURES: list[tuple[str, str]] = [
    ("heldout75:t072", "collapsed"), ("heldout97:t054", "collapsed"), ("heldout97:t054", "stored"),
]
for _key in RETRAINED_FAILURES:
    HELDOUT_KNOWN_FAILURES[_key] = _RETRAINED
for _rendering in RENDERINGS:
    HELDOUT_KNOWN_FAILURES[("heldout101:t086", _rendering)] = (
        "a place and a date opening a group's credit ('Causeway Bay, 4 June – ISA reporters in Hong Kong'): the place "
        "read as the people of a byline no form reads (splitter 3.31, split._byline_people)")


@functools.cache
def _heldout_splits(source: str) -> dict[tuple[str, str], dict[str, bool]]:
    """(block id, rendering) -> which fields the splitter (no knowledge) gets right, for one held-out set: one
    pass shared by the set's block test and its target test."""
    return {(block.id, rendering): compare(block.expected, split_excerpt(block.rendering(rendering)))
            for block in HELDOUT_SETS.get(source, []) for rendering in block.renderings}


@pytest.mark.parametrize("source", sorted(HELDOUT_SETS))
def test_heldout_blocks(source):
    """Every block-rendering of a held-out set is split right but its known failures, which must still fail
    (one that starts passing fails the run until it is taken off the list). One test per set: the gold has
    twenty thousand block-renderings."""
    wrong = {key for key, ok in _heldout_splits(source).items() if not all(ok[f] for f in FIELDS)}
    known = {key for key in HELDOUT_KNOWN_FAILURES if key[0].split(":", 1)[0] == source}
    newly_wrong = sorted(wrong - known)
    now_right = sorted(known - wrong)
    details = [f"{block_id} [{rendering}] expected vs got: " + str(
        {f: (block.expected[f], getattr(got, f)) for f in FIELDS if not compare(block.expected, got)[f]})
        for block_id, rendering in newly_wrong[:20]
        for block in [_HELDOUT_BY_ID[block_id]] for got in [split_excerpt(block.rendering(rendering))]]
    assert not newly_wrong and not now_right, (
        f"{len(newly_wrong)} newly wrong: {newly_wrong}\n" + "\n".join(details)
        + f"\n{len(now_right)} known failures now right (take them off the list): {now_right}")


_BELOW_TARGET = {**{f"heldout{n}": f"heldout{n}: below 90% all3 cold, measured blind with splitter 3.28 (150fadf) "
                                   "and 3.29 (523812c), then joined (tests/gold/README.md)" for n in (109,)}}
# (heldout113, 114, 115, 117, 118 and 119 reach 90% cold since splitter 3.33, the second reader trained again with
# 117-119 and asked where the rules are fairly sure too: no blind figure; heldout61 since 3.33 too)
# (heldout116 reaches 90% cold since splitter 3.32, the second reader trained again with it: no blind figure; heldout62,
# 92 and 97 since 3.32 too, the second reader's readings taken where it is sure at 0.7, no longer 0.9)
# (heldout111 and 112 reach 90% cold since splitter 3.31, the second reader trained with them and rules read from them
# and older gold: no blind figure)
# (heldout89 and 108 reach 90% cold since splitter 3.30, with the second reader trained on the gold with 108-110
# joined: no blind figure either)
# (heldout37, 60, 78, 100, 102, 103 and 104 reach 90% cold since splitter 3.29: the second reader, extract/model.py,
# trained on the whole gold, these sets included, so that figure is no blind one)
# (heldout23, 40 and 49 reach 90% cold since splitter 3.21: a word run into a domain, bylines.EXAMPLES[
# "word-run-into-domain"]; heldout86 since 3.22, the rules read from it and older gold after it joined; heldout53,
# 65, 66, 72, 73, 75 and 79 since 3.25: known places, organisation words abroad, by-credits' clauses; heldout85
# and 94 since 3.26: a known place opening the lede, or run into a domain; heldout63, 90 and 99 since 3.27: a byline
# as a Chinese text writes it, accented words of a name, a name's last noun opening the lede, a by-credit's family name)


@pytest.mark.parametrize("source", [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=_BELOW_TARGET[name])]
                 if name in _BELOW_TARGET else [])
    for name in sorted(HELDOUT_MIN_SIZE)])
def test_heldout_set_and_target(source):
    blocks = HELDOUT_SETS.get(source, [])
    assert len(blocks) >= HELDOUT_MIN_SIZE[source]
    splits = _heldout_splits(source)
    for rendering in RENDERINGS:
        scored = [ok["all3"] for (_, r), ok in splits.items() if r == rendering]
        assert scored and sum(scored) / len(scored) >= TARGET_HELDOUT_ALL3, (rendering, sum(scored), len(scored))


@pytest.mark.corpus
def test_gold_corpus_has_every_block(corpus_blocks):
    assert len(corpus_blocks) == len(corpus_gold_ids()) >= 95


def test_every_known_failure_names_a_gold_case():
    cases = set(corpus_gold_cases()) | {(b.id, r) for b in FIXTURE_BLOCKS + HELDOUT_BLOCKS for r in b.renderings}
    stale = set(KNOWN_FAILURES) | set(HELDOUT_KNOWN_FAILURES)
    if not FIXTURE_BLOCKS:
        stale = {k for k in stale if not k[0].startswith("fixture:")}
    assert not stale - cases


def test_corpus_gold_holds_no_long_run_of_corpus_text():
    """Labels name spans by short anchors: no string (but comments) holds 60 characters of one run."""
    import json

    from newscrawl.evaluate import ELLIPSIS, GOLD_FILE

    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    long = [(name, key, piece) for name, labels in gold["pages"].items() for label in labels
            for key, value in label.items() if key not in ("comment", "excluded")
            for item in (value if isinstance(value, list) else [value]) if isinstance(item, str)
            for piece in item.split(ELLIPSIS) if len(piece) >= 60]
    assert not long


@pytest.mark.corpus
def test_targets(corpus_dir):
    report = evaluate_gold(corpus_dir)
    for rendering in RENDERINGS:
        row = report.row("current", rendering)
        assert row.accuracy("all3") >= TARGET_ALL3, report.format_table()
        assert row.accuracy("authors") >= TARGET_AUTHORS, report.format_table()
        floor = report.row("floor", rendering)
        assert row.accuracy("all3") > floor.accuracy("all3")


@pytest.mark.corpus
def test_cli_eval_prints_the_table_and_writes_csv_and_markdown(corpus_dir, tmp_path):
    from click.testing import CliRunner

    from newscrawl.cli import cli

    # (two sources: the whole gold is scored by test_targets)
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus_dir), "--write", str(tmp_path),
                                      "--source", "corpus", "--source", "heldout2"])
    assert result.exit_code == 0, result.output
    assert "floor" in result.output and "current" in result.output
    csv = (tmp_path / "split_eval.csv").read_text()
    assert csv.startswith("version,source,method")
    assert {line.split(",")[1] for line in csv.splitlines()[1:]} == {"corpus", "heldout2", "all"}
    assert "# Excerpt split evaluation" in (tmp_path / "split_eval.md").read_text()


@pytest.mark.corpus
def test_cli_eval_of_an_unknown_source_is_a_one_line_error(corpus_dir) -> None:
    from click.testing import CliRunner

    from newscrawl.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus_dir), "--source", "heldout0"])
    assert result.exit_code == 1
    assert "no gold source 'heldout0'; the sources are " in result.output and "heldout2" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_eval_without_corpus_is_a_one_line_error(tmp_path):
    from click.testing import CliRunner

    from newscrawl.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "corpus not found" in result.output and "--corpus DIR" in result.output


def _one_block_set(path, **block):
    import json

    block = {"id": "t001", "headline": "Dockers: Port strike", "listings": ["category/asia"],
             "parts": [["standfirst", "Dockers defy the injunction as port bosses threaten sackings"],
                       ["byline", "Mara Quint, Greyline"],
                       ["lede", "The port of Amber has been idle since Monday, when four hundred dockers walked out "
                                "over a new shift pattern that the company says it will impose from next month"]],
             "join": "space", "cut": 150, "labels": {"authors": ["Mara Quint"], "organisation": "Greyline",
                                                     "affiliation": None}, **block}
    path.write_text(json.dumps({"site": "quayside.invalid", "blocks": [block]}), encoding="utf-8")
    return path


@pytest.mark.corpus
def test_cli_eval_scores_a_sealed_set_given_as_an_extra_file(corpus_dir, tmp_path) -> None:
    # (how a sealed set is measured blind: tests/gold/WRITING.md)
    from click.testing import CliRunner

    from newscrawl.cli import cli

    extra = _one_block_set(tmp_path / "heldout990.json")
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus_dir), "--extra", str(extra),
                                      "--source", "heldout990", "--write", str(tmp_path)])
    assert result.exit_code == 0, result.output
    csv = (tmp_path / "split_eval.csv").read_text()
    assert {line.split(",")[1] for line in csv.splitlines()[1:]} == {"heldout990", "all"}
    assert "heldout990" in result.output and "heldout2" not in result.output


@pytest.mark.corpus
def test_cli_eval_of_a_broken_extra_file_is_a_one_line_error(corpus_dir, tmp_path) -> None:
    from click.testing import CliRunner

    from newscrawl.cli import cli

    broken = _one_block_set(tmp_path / "heldout991.json", labels={"authors": ["Tovi Rendal"]})
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(corpus_dir), "--extra", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}: not a held-out gold file" in result.output and "Tovi Rendal" in result.output
    assert len(result.output.strip().splitlines()) == 1
