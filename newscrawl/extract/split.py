"""Split a teaser excerpt into standfirst / byline / lede (plus note and cut mark).

An excerpt runs an optional standfirst, an optional byline (authors and/or organisation, or a
credit such as "Statement by X"), an optional note, then the lede, cut at ~150-250 characters
with a cut mark. The parts may be joined by a line break, a space or nothing at all, and the
byline may come first. Conventions (``tests/gold/README.md``): the byline is the span a byline
form (``forms.FORMS``) recognises; text before it is the standfirst; text after it is the lede,
except that when the byline opens the excerpt a following headline-style phrase (its own line,
or run into the lede) is the standfirst.

How a split is found, most certain first:

1. the cut mark and notes ("(This article was first published ...)") come off;
2. byline candidates: at every token that may open a byline (a capital, a domain, CJK), the
   first form that fits (forms are ordered specific to generic), plus known bylines from
   ``SiteKnowledge``; each is scored (below); the best wins, and adjacent strong candidates merge
   ("This article is from X. By A, B");
3. without a byline: a first line without final full stop (lines rendering), or a run-in /
   "word The" break, separates a standfirst from the lede; else the excerpt is one lede.

Scoring model (every number the choice of a byline depends on is here)
----------------------------------------------------------------------

score = base score of the form (``BASE_SCORES``) + left context bonus + right context bonus
        (+ ``WHOLE_LINE_BONUS`` when the candidate is a whole line) (- ``LONG_NAME_MALUS``)

* Base scores say how sure a form is on its own: credit formulas and "By A" are nearly certain
  (0.85-0.95); "A, Org" and "Org reporters" too (0.9-0.92); an organisation alone (0.75) or a
  domain (0.8) less, since they also occur inside sentences; names alone (0.55) and names in a
  place (0.7) least: only their surroundings make them bylines. A known byline of the site
  (``knowledge.KNOWN_SCORE`` 0.95, 0.99 for a whole known byline) is as sure as a credit.
* Left context (what precedes the candidate): the text's start or a line break +0.1, a sentence
  end or other punctuation +0.05 (a part boundary); a lower-case word 0; a run-in (no space)
  -0.05 (0 for a known byline); a function word ("of", "and", "&") -0.1 and a place preposition
  ("in", "at") -0.25 (a proper noun inside a sentence; not before a credit opening with a capitalised kind of
  text and "by" or "from": "... dreamed of | Statement by Org"); a capitalised word -0.05, or -0.2 when
  the candidate starts with a one-word name, with an initial, right after a run-in capital or right after "by"
  and one capitalised word (the tail of a longer name: "Chen | Bao", "Lorcan | S. Jablonski", "a speech by Kenneth |
  Siu Man-hon"). Weak forms
  (``forms.Form.weak``) are not tried at all after a capitalised word, a function word or a place
  preposition.
* Right context (what follows): the end or a line break +0.1, a run-in +0.05, a sentence
  starter ("The", "In") +0.05, a number or an opening quote +0.03, anything else 0. Bare names
  stand only before the end, a break, a starter or a run-in, or, when they are one two-word name
  after a lower-case word, before a sentence's opening (a capitalised word, then a lower-case
  one: "... the union | Mak Tsz-kin | Crane operators at ...").
* ``WHOLE_LINE_BONUS`` (+0.15): a candidate that is a whole line of the lines rendering.
* ``LONG_NAME_MALUS``: a first author of 3 / 4 name words is less likely a name (-0.03 / -0.04); a four-word
  name after a lower-case word still outscores its last two words inside a capitalised run ("... company union | Ana
  Lucía Beltrán Ochoa, Org": ``bylines.EXAMPLES["four-word-name"]``).
* Middle lines (lines rendering only): a short title-cased middle line no form knows scores
  ``MIDDLE_LINE_SCORE`` (0.45); a longer second line with a capitalised opening and another capital,
  right between a headline-like first line and the lede ("A reports from <Place>", "Speech by
  Councillor A to <council>"), ``MIDDLE_CREDIT_LINE_SCORE`` (0.35); there, the author's one-sentence
  biography ("A (a pen name) is a student in Nanjing."), ``BIO_LINE_SCORE`` (0.75); all + context + whole line.
* A credit whose names follow a colon or a dash ("Text and photos: | A, Org") wins over the "A, Org"
  inside it when it scores within ``prefix_credit_margin`` (0.15) of it, or whatever it scores when the
  "A, Org" is the site's knowledge (it keeps the known names); a title right before the first author
  ("Councillor", "Dr") and a label with its colon ("Guest post:") join the chosen byline (``_with_title``,
  ``_with_label``). With site knowledge, a credit no form knows around a known part (knowledge.py) widens
  a byline inside it, and a byline starting inside a word where a known organisation is run into it
  starts with the organisation. A known organisation of several words is one unit: a candidate that starts inside
  it is dropped, one that ends inside it is stretched to its end, ``repaired_cut_malus`` (0.1) less sure, unless a
  candidate from its start or before reads on past it; its possessive right before the chosen byline opens it.
* The chosen byline's edges, whatever scored it: a lede opens a sentence, so a lower-case word, a comma or a semicolon
  after the byline starts its own clause, which runs to where a sentence opens or to the byline's line end
  (``_clause_tail_end``; a comma right before a sentence's opening stays on the byline: "A, Org, | It was"); a
  standfirst never ends in "by", "from", "with", "of", a comma or a joiner, so the credit, name or part it leaves open
  starts the byline
  (``_part_start_before``).
* Also at the chosen byline's edges (splitter 3.17): where and when it was written, after a comma, is its own ("A, Org,
  | Macau, 12 January 2025", ``_DATED_TAIL_RE``), and so is a dateline with a dash before it ("Kwun Tong, 1 May – | A,
  Org", ``_dateline_before``); a first name with a nickname in quotes and a family name in capitals before its first
  name open it (``_with_nickname_before``, ``_CAPS_FAMILY_NAME_BEFORE_RE``); an organisation it cut after the
  adjective that opens its name goes on to its capitalised words' end (``_org_goes_on``); a place the lede's dateline
  opens with is the lede's ("... in Batam | Batam – Around", ``_dateline_place_start``). Two candidates no form
  reads: a signed byline in brackets ("(By A, Org)") and a writer's and a photographer's credit ("Words: A. Photos:
  B"), each scored as the form it is; a one-word pen name alone (form ``name-one``) stands only between a lower-case
  word and a sentence starter, and not when the excerpt names it again.
* Splitter 3.18: a one-word pen name also opens an excerpt (before a starter or run into the lede) and follows a
  one-word place after a preposition, as names with an organisation no table knows do (``_after_one_word_place``);
  after a leading byline a call or question (not after an interview's credit), a part run into the lede and a
  one-sentence line are the standfirst, and a weakest break past ``max_capital_standfirst_words`` is not; no byline,
  a capitalised word said twice is the boundary (``_REPEATED_WORD_RE``); an infinitive takes the name after it; a
  month opens a sentence only as a date's; a learned credit no reading parses takes the fields the splitter alone
  reads in the same span. Notes: what the text is a version of ("This is an edited version of ..."), an editor's
  note whole before the notes it holds, translation notes' edges.
* Splitter 3.19: a version credit after a whole byline is its note, not merged with it, and a version of a talk no
  one is named giving is a note wherever it stands; a byline that names people, run on into a note without its full
  stop, is cut back out of the note (``_byline_ending_note``); a run of words in capitals that holds a comma is read
  as names are written where no byline read it whole (``_capitals_view``); bare names may stand before a proper
  noun's comma or possessive opening the lede, and a pen name beside a full name; a name with a dangling comma may
  follow a capitalised word where its start is known (``_name_comma_start_known``); a list of places ends the
  standfirst before a byline's names (``_PLACE_LIST_END_RE``); a credit by a person described before the name
  ("Report by <org> organiser A", ``_with_described_by``); a family name that is a sentence starter opens a name
  (``bylines.SURNAME_STARTERS``).
* Splitter 3.20: in merged text a name said twice in a row, and a person named with their age at a sentence's opening,
  are part boundaries (``_part_breaks``: the forms read the text with a line break there); no byline ends on a
  two-word place's first word (``_before_place``), nor runs past the place its organisation is in (``_at_place_end``);
  a byline's organisation named
  again opens the lede (no merge); a quotation with no sentence in it opening the text is the standfirst; a name's
  suffix ("Jr.") before the organisation's comma. In the lines form: a note on its own line is the whole line
  (``_note_line_end``); a sentence line between a byline's line and more lines is a note (``_note_line``); a second
  line crediting someone is the byline where no form reads one (``_credit_line_between``); the last line is the byline
  where it opens with one a strong form reads and runs on with no sentence's end (``_byline_last_line``).
* Splitter 3.21: where the parts run together with nothing, a standfirst's last word run into a domain byline comes
  off it where an English word list (wordninja) splits the run (``_after_word_run_into_domain``); two places after a
  place preposition end the standfirst before a byline (``_PLACE_LIST_END_RE``); a dash run into the standfirst's end
  opens the byline (``_with_dash``); a number run into the byline's closing bracket opens the lede (``forms.END``); two
  two-word names joined by "and" stand before any capitalised word; capitalised words no organisation's name holds
  before an organisation that opens with its socialist adjective cost it ``PLACE_BEFORE_ORG_MALUS``
  ("... patrol Causeway Bay | Socialist Spark reporters"); a hyphenated nickname in quotes is a name's own.
* Splitter 3.22: an organisation's name links its words by "and" in its own language (``bylines.ORG_CONJUNCTIONS``: a
  run holding one is no person) and its aim by "for" after its organisation word (``forms._ORG_LINK``); "with
  additional reporting by B" (``forms._REPORTING_BY``); a name and an organisation in brackets, run in too
  (``_BRACKETED_BY_RE``); a person described before the name (``_with_described_before``); authors each with an
  organisation in a list, the first named the organisation, a byline after a semicolon the list's last
  (``_with_list_before_semicolon``); an organisation no table knows before a dateline or a place's possessive.
* Splitter 3.23: a pen name in lower case the English word list does not hold, before the organisation's comma
  (``_with_lower_pen_name``); a name, any place and a date ("A, Dharamsala, 10 March 2024"); bylines in capitals with
  their brackets and a statement's credit (``_CAPS_BYLINE_RE``); "Reported over six weeks in <place> by A" (a phrase
  before a credit's "by"); "Compiled by the <site> migrant desk", "by A, <site> correspondent in <place>"; a note's
  full stop run into the lede after an acronym.
* Splitter 3.24: Swahili's "ya" links an organisation's words ("Sauti ya Wafanyakazi").
* Splitter 3.25: known places (``places.py``: GeoNames' cities, ISO countries and subdivisions) end a standfirst
  before a long name ("... aid cuts hit Cox’s Bazar | A B C, <site>") and no byline starts inside one ("... in Sham
  Shui | Po"); organisation words in the languages of the movements reported (``bylines.ORG_WORDS_BY_LANGUAGE``);
  "Org (Aff): A" and "Org | A" (forms "org-names"); a by-credit writer's own clause ("Letter from <place> by A|,
  transcribed by ...", "Reviewed by A|, member of ..."); "A | <site> | <place>, <date>"; "<site>’s A spoke to B"; a
  joint list closed by "&"; a month after a day's number is no name; a sentence's end run into the byline is a part's
  boundary; "Nor" opens Malay names; a word after Arabic's article is capitalised ("al-Badil al-Thawri"); more
  places' and firms' last words ("Pearl River Delta", "Lunar New Year", "Heavy Industries"); two people's names
  joined by "and" in a section's language ("A B C y D E", "A B och C D"), and a name after "by" in one ("Por | A B C").
* Splitter 3.26: a known place opens the lede: no byline ends inside one ("A, LSR | São Paulo’s avenues",
  ``_without_place_head``), and one before a lower-case word, a possessive or a list of places says a part starts
  there ("A B C | Buenos Aires woke up", ``_opens_with_known_place``); a known place run into a domain
  ("Copperbelt|ropewalkpost.info"); an organisation's last word that is a common East Asian family name before a
  given name is the lede's ("A, Socialist Alternative | Zhou Meifang has", ``_without_lede_surname``); "A B, Valencia"
  and "A B, Lewy Kompas" are a name and its place or organisation, no list of two people (``_comma_pair``); a name's
  particle after a lower-case word is English ("... can do | Xishan"); a month before a number ends a byline's place;
  initials and a surname are a whole bare name ("... pay | R. J. Ochieng | Public hospitals"); after a leading byline,
  a capitalised run and a lower-case word open the lede ("... unemployment | Communist Youth League committees"); a
  one-word pen name no English word or place before a sentence with no starter word ("... | Qiuyan | Cleaners at",
  ``_pen_name_then_sentence``).
* Splitter 3.27: a capitalised word with letters beyond ASCII (no known place) right before a name inside one run is
  the name's own word ("... two decades on | Phạm Thị Mai Anh, Org", ``_name_word_before``); a one-word place after
  "to" ends the standfirst before a name as after "in" ("... links the Andes to Hsinchu | A B C, Org"); a place's,
  an institution's or an organisation's last noun opening the lede after the byline's capitalised last words takes
  them back from the byline from their known place or from words the standfirst named ("A, ISA Taiwan | Hsinchu
  Science Park never sleeps", ``_without_entity_head``); provinces and countries as a text writes them ("Hubei",
  "Taiwan": ``places.py``); a single opening quote run into a bracket ends a byline; a one-word pen name after a
  standfirst's closing quote or question mark; "Words: A / Photos: B"; an initial after a known place is no English
  word going on with it ("... Bayan Lepas | R. K. A and B C, Org"); the standfirst's last word said again opens the
  byline at the second ("... through Kaohsiung | Kaohsiung, 1 May – A, Org"); with no byline, a name of two words or
  more the standfirst opens with, said again after a lower-case word, opens the lede ("Tianrui Holdings becomes ... |
  Tianrui Holdings, once ...", ``_opening_said_again``); a name of two words a byline holds, said again in it before a
  lower-case word, opens the lede ("A spoke to B C, a worker from Nantou | B C is 46"); an organisation's name of up
  to six words before its organisation word ("Statement by the Kwai Tsing Hospital Cleaners’ Concern Group"); a
  byline as a Chinese text writes it, with full-width punctuation ("梁子駿，社會主義行動（ISA香港）",
  "A, 《浪湧》月刊"); a name, then a job with no article and where ("Dr A, labour lawyer, Taichung"); a one-word pen
  name run in after the standfirst, before a run-in or a starter ("... November 2022|Beiyu|In late",
  ``_pen_name_run_in``); "Text: A | Photos: B, Org"; a by-credit's one-word name goes on with a family name that is
  no English word before punctuation, a bracket or a preposition ("Reviewed by Lung | Chi-yin, a former seaman and ...",
  ``_surname_after_by``); a family name that is a sentence starter after a place's last word ("... North Point | He
  Haiming, Org"); a weekday in the plural is no name's word ("... on Sundays | Hanshui, Org"). With site knowledge, a
  credit around a known part opens at a run-in capital inside its lead ("... vessels|Reviewed by <known name>"), and a
  name's particle before a known organisation's names goes on with the name ("João Pedro dos | Reis Almeida, LSR"), and
  a known byline ending in a role takes the bare name after it ("<org> economics correspondent | Tomás Irigoyen").
* Splitter 3.28: a one-word pen name with its Chinese form in brackets is a whole name ("... prefecture | Gaoyuan (高原)
  | In the ...", ``forms.FULL_NAME``); an organisation no table knows after a name's comma ends before a capitalised
  word and an article, "in", or "and" with a lower-case word ("A, Xekinima | Catering and cleaning staff"); a place
  named with a lower-case noun after "the" where an organisation's reporters are ("<org> reporters in the Yangtze
  delta"); a name run into the number a standfirst ends with starts there ("... since 2020|Dickson Wong Ka-fai",
  ``_after_runin_capital``); names with an organisation no table knows after a capitalised word no name holds ("...
  by the Legislative Council | A B, Punane Rida | About ...", ``_after_no_name_word``); a sea's, a strait's or a gulf's
  last word is no name's (``bylines.PLACE_NAME_ENDS``); a translator's name in a note with its particles or an Irish
  "O’" ("Translated from Dutch by Pieter van den Broeck"); the credit's person named again run into the byline's last
  word opens the lede ("Interview by A B, Offensiv|A B spoke to ..."). With site knowledge, a name two words longer
  that the forms read after a phrase's end wins over a known byline whose first name is its tail
  (``_longer_name_after_phrase``); the byline's organisation named again with no person after it is merged into no
  byline ("<known byline> | Members of <its org> in Seoul held ..."); and a known byline merged with a credit ends where
  the credit's person is named again, as without knowledge.
* Splitter 3.29 (with site knowledge, read from the whole-site crawl's learning harms): a credit form around a known
  byline says where its names start, whatever the knowledge holds ("As told to Heidi | <known: Ng Sze-wing, org>",
  ``_is_credit``), and one that opens at a part boundary and reads on over the lede's capitalised opening ends where
  the known byline ends ("Interview with A by <known> | A has worked ...", ``_trimmed_to``). And the second reader
  (``model.py``): where the rules' split scores below ``model.ASK_BELOW`` and the site's knowledge found nothing in the
  excerpt, a CRF trained on the gold reads it; its reading is taken where it is sure of every token
  (``model.TAKE_AT``) and the rules split no token (method "model"; ``split_excerpt(..., use_model=False)``: the
  rules alone).
* Splitter 3.30: the second reader is asked wherever the rules are unsure and no known byline decided, the site's
  knowledge's other parts found or not (trained without them, held-outs 100-104 with knowledge 920 -> 928 of 1,000,
  108-110 525 -> 527 of 600, 95-99 the same); a credit's tail that says to whom it was given ends a loose name run
  ("Speech by A | to the May Day rally of ...", ``forms._LOOSE_ORG_END``); every number word opens a sentence, the
  teens, sixty to ninety and the ordinals to tenth too (``bylines.SENTENCE_STARTERS``); an age before a job with no
  article ("A, 17, secondary school student", forms "names-described"); a review's, essay's or obituary's history is
  a note as an article's is (``_note_patterns``). Its knowledge learns no place as an organisation
  (``knowledge.SiteKnowledge._observe``).
* Splitter 3.31: a bare place read as a byline's organisation is where the byline was written ("A B, Lagos"; "A,
  Cusco, and B, Lima"), or a correspondent's beat ("A, Taiwan correspondent, <org>": the organisation after it), not
  the organisation (``_place_as_org``, in ``_fields``: every form's reading); a line known to be a byline (its own
  line, or the second reader's) that no form reads gives its people still: the name-shaped segments it opens with and
  those a list joins to them, then the first organisation after them (``_byline_people``: "Summer Ho, 17", "Mr A B,
  secondary school teacher", "A & So Kwok-wing, <org>"), and where a form's reading gives places only as its people
  ("A, Kochi, and B, Pune, <org>" read as "Pune"); a title or an honorific is no part of an author's name
  (``_HONORIFIC_RE``; with knowledge, a known name's byline starts at the title it prints); people with their ages
  (forms "names-aged"); "Workers and Socialist Party" is one name; "the" before an organisation is not of it; a note
  goes on to its bracket's close and over its sentences about the text (``_note_run_on``). The second reader trained
  again with held-outs 111-113 joined.
* Splitter 3.32: a member's workplace role after the organisation ("A, <union> branch secretary, <place>", "A and B,
  <union> delegates"; forms "names-org" leaves an organisation's name that goes on with its words and "and" to a role
  to "names-member"), and the capacity the member writes in ("(personal capacity)"); a publication note ends with its
  issue's number or its date's year run into the lede, and goes on over sentences saying where else the text is
  ("The original appeared in ...", "Part one is here."); what organisations issue names no people, its first issuer
  the organisation (``_COLLECTIVE_CREDIT_RE``: "Joint statement by A, B and C", "... a leaflet distributed by <org>
  members"); a school's year before a pupil's job ("A, Form Four student, <place>"); an English given name before a
  Chinese name written the Hong Kong way is its first word ("... for Tiffany Kwok Ching-man, <org>",
  ``_given_name_before_chinese_name``), and a name opening the lede before a verb is the lede's ("A, <org> | Bir
  Bahadur has lived ...", ``_without_lede_given_name``); the people of a byline no form reads include a one-word pen
  name alone (a place's name too: "Nanxi"), a name after a credit's "by" that opens with a sentence's word ("Interview
  by Will Tam"), a nickname in quotes, "A reports"; more honorifics ("Atty.", "Sr.",
  "Ka" before a full name only). The second reader trained again with held-outs 114-116 joined, and its reading taken
  where it is sure of every token at 0.7, no longer 0.9 (``model.TAKE_AT``), but where the rules' byline holds a part
  the site's knowledge has learned (``model.TAKE_AT_KNOWN``).
* Splitter 3.33: the second reader is asked where the rules are fairly sure too (their confidence 0.85 to 0.95), its
  reading taken there only where it is sure at 0.95 (``model.RULES_SURE_AT``, ``model.TAKE_AT_RULES_SURE``); notes
  are given in the order the text holds them (``_in_text_order``), a translation note's language may be of two words
  ("from Bahasa Indonesia": ``bylines.LANGUAGE_QUALIFIERS``); a quotation's close run into the byline is a part
  boundary, as a sentence's end is; a name starts after a date's month or a weekday, and at a Chinese family name
  before a two-word given name ("... tin mines of Kampar | Chin Fook Loy"); "A B, Org, Place" is a name, its
  organisation and where it was written; a group's credit names whose members reported, no person ("Report by <org>
  members in <place>"); Malay, Indonesian and Arabic honorifics. The second reader trained again with held-outs
  117-119 joined.
* A version credit no form reads to its end ("This article is an abridged version of ...", ``_version_credits``)
  scores the forms' credit less ``VERSION_CREDIT_MALUS`` (0.1), to where a sentence opens. With site knowledge, a
  candidate starting on a place's capitalised words right before a known organisation is dropped where one starting at
  the organisation, ending with it, is as sure but for the capitalised word before it (``_from_known_org_start``,
  ``_AFTER_CAPITAL_MALUS``).
* Thresholds (``bylines.THRESHOLDS``): below ``min_score`` (0.5) a candidate is ignored; only
  candidates of ``merge_min_score`` (0.8) merge with an adjacent one.

Pure Python (stdlib ``re``; the second reader, ``model.py``, python-crfsuite); no Scrapy.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from newscrawl.extract import bylines as B
from newscrawl.extract import forms as F
from newscrawl.extract import model, pattern_cache, places, prefilter
from newscrawl.extract.english import common_english_word, english_word
from newscrawl.extract.forms import Classed
from newscrawl.extract.tokens import DOMAIN, DOMAIN_RE, shape_of

CUT_MARKS = B.CUT_MARKS
#: A knowledge candidate that only marks where a known organisation run into the word before it starts
#: (knowledge.RUN_IN_START; defined here, where it is read, as knowledge.py imports this module)
RUN_IN_START = "run-in-start"
#: ... and one that only marks where a known organisation stands (knowledge.KNOWN_ORG_SPAN): the site's own
#: recurring organisation is one unit, so no byline starts or ends inside it ("A, Left | Current"), and its
#: possessive right before a byline opens the byline ("<known org>’s | A spoke to ...")
KNOWN_ORG_SPAN = "known-org-span"
SPLITTER_VERSION = "3.33"
T = B.THRESHOLDS

# --------------------------------------------------------------------------------------
# Scoring model (see the module docstring)
# --------------------------------------------------------------------------------------

#: How sure each form is on its own (forms.FORMS): credit formulas name themselves; "A, Org" and
#: "Org reporters" nearly so; an organisation or a domain alone also occurs inside sentences; names
#: alone, or with a dangling comma or a place, only their surroundings make bylines.
BASE_SCORES: dict[str, float] = {
    "review-credit": 1.0,  # "‘Title’ by A. Reviewed by B", "B reviews ‘Title’ by A": the whole credit, over
    # the "Reviewed by B" inside it (0.9 + a sentence end before it), also when run into the standfirst
    "credit-edition": 0.9,  # "This article was written by A for the X edition of Org"
    "names-any-org": 0.7,  # "A, Offensiv When ...": an organisation no table knows, only before a sure end
    "credit-version": 0.95, "credit-following": 0.95,  # "This is an abridged version of ...", "The following is ..."
    "credit-from": 0.9,  # "Abridged from the editorial of X issue N"
    "names-conversation": 0.9,  # "A in conversation with B": a credit formula
    "credit-source": 0.9, "credit-interview": 0.9, "credit-interview-by": 0.9, "credit-interviewed": 0.9,
    "credit-noun": 0.9, "joint-list": 0.9,
    "joint-list-cut": 0.9,
    "book-credit": 0.9,
    "correspondent": 0.9, "role-org": 0.9, "by-verb": 0.9, "person-book": 0.9, "names-member": 0.9, "org-role": 0.9,
    "names-affil": 0.85,  # "A and B (ISA in Taiwan)": names, then a bracket naming an organisation
    "org-names": 0.85,  # "Org (ISA Kenya): A": an organisation, a colon or a bar, then names
    "by": 0.92, "names-org": 0.92,  # "By A", "A, Org": the commonest bylines, a shade above the credits
    "credit-following-person": 0.85, "credit-place": 0.85, "names-described": 0.85,  # looser credit wordings
    "names-aged": 0.85,  # "A, 17": a name and an age
    "names-reporting": 0.85,  # "A, reporting from <place>"
    "org-domain": 0.8,  # a domain alone: a publication credit, or a site named in a sentence
    "org": 0.75,  # an organisation alone: as often the subject of a sentence
    "names-place": 0.7, "names-comma-place": 0.7,  # names only, with a place
    "names-comma": 0.6,  # a name and a dangling comma (its organisation link left out)
    "names-org-cut": 0.95,  # "A, laodongz...": names and what the cut left of the organisation (over "A, Org")
    "names": 0.55,  # bare names: the weakest, right only between two part boundaries
    "name-one": 0.55,  # a bare one-word pen name: as weak, and only after a lower-case word, before a sentence starter
}
MIDDLE_LINE_SCORE = 0.45  # a short title-cased middle line no form knows (lines rendering)
MIDDLE_CREDIT_LINE_SCORE = 0.35  # a longer second line naming someone, between a headline-like line and the lede
BIO_LINE_SCORE = 0.75  # the author's one-sentence biography on its own line: as sure as a name in a place
WHOLE_LINE_BONUS = 0.15
LONG_NAME_MALUS = {3: 0.03, 4: 0.04}
PLACE_AS_AUTHOR_MALUS = 0.1  # names whose first is a one-word known place, before other names
_START, _BREAK, _RUNIN, _PUNCT = ("start", 0.1), ("break", 0.1), ("runin", 0.0), ("punct", 0.05)
_PLACE, _FUNCTION, _CAPITAL, _WORD = ("place", 0.0), ("function", 0.0), ("capital", -0.1), ("word", 0.0)
#: ... a person the standfirst names by their role ("... death of former leader | Margaret Thatcher"): no bare name
#: starts there, and a byline may start after the name ("... leader Margaret Thatcher | Dave Hundorf, Thatcher,
#: revered ..."), as after a lower-case word; a byline with an organisation may ("... the housing minister |
#: Jianghai, Org", "... party secretary | A & B, Org")
_MENTION = ("mention", 0.0)
_ROLE_MENTION_WORDS = frozenset(w.lower() for w in B.TITLE_WORDS if len(w) > 3) | {"leader", "founder", "dictator"}
_LEFT_BONUS = {"function": -0.1, "place": -0.25}
ORG_INSIDE_CAPITALS_MALUS = -0.3
_CREDIT_FORMS = frozenset({"credit-noun", "by-verb", "review-credit", "book-credit"})
_CREDIT_OPENING_RE = re.compile(rf"(?:Joint )?[{B.UP}][{B.LO}]+ (?:by|from) ")
_RIGHT_BONUS = {"end": 0.1, "break": 0.1, "runin": 0.05, "starter": 0.05, "quote": 0.03, "capital": 0.0}
_LEFT_REJECTS_WEAK = frozenset({"capital", "function", "place"})


@dataclass(frozen=True, kw_only=True)
class ExcerptSplit:
    standfirst: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None
    affiliation: str | None = None
    note: str | None = None
    lede: str | None = None
    truncated: bool = False
    method: str = "none"
    confidence: float = 0.0


@dataclass
class Candidate:
    """A byline found in the text: span, parsed fields, form and score."""

    start: int
    end: int
    form: str
    score: float
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None
    affiliation: str | None = None
    known: bool = False
    #: the names' start is the site's own: a name it printed in several articles ends right before the organisation
    vouched_start: bool = False


class Knowledge(Protocol):  # what split_excerpt needs from a SiteKnowledge
    def candidates(self, text: str) -> Iterable[Candidate]: ...


# --------------------------------------------------------------------------------------
# Text preparation
# --------------------------------------------------------------------------------------

_SPACES_RE = re.compile("[ \t\u00a0\u2009\u200a\u202f]{2,}|[\t\u00a0\u2009\u200a\u202f]")


def prepare(excerpt: str) -> tuple[str, bool]:
    """Whitespace-normalise (keeping line breaks) and strip the cut mark: (text, truncated)."""
    if "\r" in excerpt:
        excerpt = excerpt.replace("\r", "\n")
    # (speed only: the substitution where a space is doubled or another space character is there)
    text = _SPACES_RE.sub(" ", excerpt) if "  " in excerpt or not excerpt.isascii() or "\t" in excerpt else excerpt
    if "\n" in text:
        text = "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)
    else:
        text = text.strip()
    for mark in CUT_MARKS:  # longest first
        if text.endswith(mark):
            return text[: -len(mark)].rstrip(), True
    return text, False


def _take_notes(text: str, merged: bool = False) -> tuple[str, str | None]:
    """The text without its notes, and the notes. Where a note was, a line break marks the part boundary; or
    (``merged``) the text is joined as it was around it: a space, or nothing where the note was run in."""
    pieces = _note_pieces()
    if pieces is not None and not _holds_any(text, pieces):
        return text, None  # (speed only: no piece of any note pattern, so no note)
    notes = []
    original = text
    words = "Words: " in text or "Text: " in text  # (speed only: the credit below holds it)
    without_breaks = "\n" not in text
    for pattern, pieces in _note_checks():
        if not prefilter.may_match(pieces, text):
            continue  # (speed only: no match can be without one of its pieces)
        m = pattern.search(text)
        # (a writer's and a photographer's credit together are the byline, not a picture credit: "Words: A. Photos: B")
        if m and words and (credit := _WORDS_PICTURES_RE.search(text)) is not None and m.start() < credit.end() \
                and credit.start() < m.end():
            m = None
        if m:
            note, end = _note_of(m, without_breaks)
            notes.append(note)
            before, after = text[: m.start()], text[end:]
            joint = "\n" if not merged else " " if before[-1:].isspace() or after[:1].isspace() else ""
            text = (before.rstrip() + joint + after.lstrip()).strip()
    return text, _in_text_order(original, *notes)


def _in_text_order(source: str, *notes: str | None) -> str | None:
    """``notes`` joined in the order the text ``source`` holds them (they are found pattern by pattern, and a
    translator's credit after a first-publication note stays after it), None when there are none."""
    present = [n for n in notes if n]
    if len(present) > 1:
        flat = " ".join(source.split())

        def at(note: str) -> int:
            found = flat.find(" ".join(note.split())[:25])
            return found if found >= 0 else len(flat)

        present.sort(key=at)
    return " ".join(present) or None


def _note_of(m: re.Match[str], without_breaks: bool) -> tuple[str, int]:
    """A note pattern's match -> (the note, where it ends in the text): in a text without line breaks, a byline the
    note ran on into is left to the text (``_byline_ending_note``)."""
    note, end = m.group(0).strip(), m.end()
    note, end = _note_run_on(m.string, note, end)
    if without_breaks and (byline_at := _byline_ending_note(note)) is not None:
        end = m.start() + m.group(0).find(note) + byline_at
        note = note[:byline_at].rstrip()
    elif not without_breaks and (line_end := _note_line_end(m)) is not None:
        # a note on its own line is the whole line: its pattern may stop short of it ("Photos by A | B members.",
        # "Translated from Burmese. | The letter was smuggled out ...": bylines.EXAMPLES["note-whole-line"])
        note, end = f"{note} {m.string[end:line_end].strip()}".strip(), line_end
    return note, end


def _note_run_on(text: str, note: str, end: int) -> tuple[str, int]:
    """A note with what goes on in the same line: its bracket to the close ("(Translated from Chinese by A. The
    worker's name has been withheld at her request.)"), and up to two more sentences about the text ("This letter
    was posted on ... | We publish a translation with the author's permission.", "Translator's note: ... | Some dialect
    expressions have been rendered freely."): bylines.EXAMPLES["note-runs-on"]."""
    if note.startswith("(") and ")" not in note:
        close = text.find(")", end, end + int(T["max_meta_note_chars"]))
        if close > 0 and "\n" not in text[end:close] and "(" not in text[end:close]:
            return text[text.rfind(note, 0, end) : close + 1], close + 1
        return note, end
    more = _sentences_about_the_text(text, end)
    return (f"{note} {' '.join(text[end:more].split())}", more) if more > end else (note, end)


def _sentences_about_the_text(text: str, end: int) -> int:
    """Where up to two sentences about the text, in the same line after ``end``, end (``end``: none)."""
    for _ in range(2):
        gap = len(text) - end - len(text[end:].lstrip(" "))
        m = _FIRST_SENTENCE_RE.match(text, end + gap)
        if m is None or not gap or not _about_the_text(m.group()) or len(text[m.end():].split()) < T["min_lede_words"]:
            break
        end = m.end()
    return end


def _about_the_text(sentence: str) -> bool:
    """Does a sentence say how the text was published, translated or edited, not the news?"""
    return (_NOTICE_OPENING_RE.match(sentence) is not None or _EDITED_RE.search(sentence) is not None
            or _refers_to_the_text(sentence))


def _refers_to_the_text(sentence: str) -> bool:
    """Does a sentence name the text itself or its writer, or speak in the publisher's voice of publishing it?"""
    return _SELF_REFERENCE_RE.search(sentence) is not None or (
        _PUBLISHER_VOICE_RE.search(sentence) is not None and _PUBLISHING_WORD_RE.search(sentence) is not None)


#: What was done to a text ("The worker's name has been withheld", "Some expressions have been rendered freely")
_EDITED_RE = re.compile(r"\b(?:has|have) been (?:withheld|changed|rendered|edited|abridged|shortened|translated|omitted"
                        r"|anonymi[sz]ed)\b")


def _note_line_end(m: re.Match[str]) -> int | None:
    """Where the line of a note that starts a line, and ends short of it, ends, when another line follows."""
    text, start = m.string, m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    line_end = text.find("\n", m.end())
    if (start > 0 and text[start - 1] != "\n") or line_end < 0 or m.end() >= line_end \
            or not text[line_end:].strip() or line_end - m.end() > int(T["max_note_line_rest_chars"]):
        return None
    return line_end


def _byline_ending_note(note: str) -> int | None:
    """Where a byline that ends a note found in merged text starts, if one does: a note without its full stop runs on
    into the byline after it ("Editor’s note: this is the second of a three-part series on ... the Korean labour
    movement | A, Org | In the summer of 1987 ...": bylines.EXAMPLES["byline-after-note-run-on"]); a strong form's
    byline that names people only ("... available from our | Hong Kong comrades" is the note's), after a lower-case
    word, a number or a bracket."""
    if len(note) < 20:
        return None
    ends = [c for c in _text_candidates(note) if c.end == len(note) and c.start > 0 and note[c.start - 1] == " "
            and c.score >= T["byline_ending_note_min_score"] and c.authors
            and (note[c.start - 2 : c.start - 1].islower() or note[c.start - 2 : c.start - 1].isdigit()
                 or note[c.start - 2 : c.start - 1] == ")")]
    if not ends:
        return None
    return max(ends, key=lambda c: (c.score, c.end - c.start)).start


_UP, _LO = B.UP, B.LO
# (not a number's abbreviation: "the No. 8 typhoon signal": bylines.EXAMPLES["no-dot-number"])
_SENT_END = (rf"(?:(?<!\bNo)(?<!\bno)(?<!\bNos)[.:!?](?=\s*$|\n| [{_UP}\d“\"‘'«(\[])"
             # (run into the next sentence, after a word or an acronym: "... translated for ISA.|Xiao Chen graduated":
             # bylines.EXAMPLES["run-in-after-acronym-stop"])
             rf"|(?:(?<=[{_LO}]{{2}})|(?<=[{_UP}]{{2}}))[.!?](?=[{_UP}][{_LO}])|(?=\s*$|\n))")


_MONTH_ALT = "|".join(sorted(B.MONTH_NAMES))
# a note's clause may end with its date, before the lede ("... a meeting in Seoul on 12 April | Few of us")
_DATE = rf"(?:\d{{1,2}} (?:{_MONTH_ALT})(?: \d{{4}})?|(?:{_MONTH_ALT}) \d{{1,2}}(?:, \d{{4}})?)"
_DATE_END = rf"\b{_DATE}(?= [{_UP}]|[{_UP}][{_LO}]|(?<=\d{{4}})[{_UP}] )"
# ... or with its issue's number ("... in <paper>, no. 214 | The result", "... issue 31The new agreement":
# bylines.EXAMPLES["note-issue-end"])
_ISSUE_END = rf"\b(?:[Ii]ssue|[Nn]o\.|[Nn]umber|[Nn]r\.) ?\d{{1,4}}(?= [{_UP}]|[{_UP}])"


@functools.cache
def _note_checks() -> list[tuple[re.Pattern[str], tuple[str, ...] | None]]:
    """The note patterns, each with the literal pieces every match of it holds (``prefilter``)."""
    return [(p, pattern_cache.pieces(p.pattern)) for p in _note_patterns()]


@functools.cache
def _note_pieces() -> tuple[str, ...] | None:
    """The pieces of every note pattern, those holding another left out (None: a pattern has no pieces,
    so every text is searched)."""
    pieces = [p for _, p in _note_checks()]
    if any(p is None for p in pieces):
        return None
    every = {piece for p in pieces for piece in p or ()}
    return tuple(sorted(p for p in every if not any(q != p and q in p for q in every)))


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    for piece in pieces:  # (a loop of substring tests: faster here than one search for them all)
        if piece in text:
            return True
    return False


@functools.cache
def _note_patterns() -> list[re.Pattern[str]]:
    """Publication-history and series notes, bracketed or not (each opens with a literal: fast)."""
    # where an unbracketed note ends and the lede starts: a sentence end, a word run into the
    # lede's capital ("changedXiao Wen"), a domain, a date, or a sentence starter followed by a
    # lower-case word ("... a meeting in Seoul | A court ruling", "... in Offensiv | Drivers at")
    # (longest first, then alphabetical: the same text in every process, so pattern_cache keeps one
    # copy; inside lookarounds only, where the order of alternatives cannot change a match)
    starter = _longest_first(B.SENTENCE_STARTERS)
    run_in = rf"(?<=[{_LO}]{{2}})(?=[{_UP}][{_LO}])"
    new_sentence = rf"(?= (?:{starter}) [{_LO}\d])"  # (or a number: "... of 1925–27 | On 30 May 1925 police")
    # a group of people and a lower-case word: a lede opening ("... in the United States | Nurses at fourteen")
    groups = _longest_first(B.GROUP_NOUNS)
    group_start = rf"(?= (?:{groups}) [{_LO}])"
    domain_end = (rf"(?:(?<=\w\.[a-z]{{2}})|(?<=\w\.[a-z]{{3}})|(?<=\w\.[a-z]{{4}})|(?<=\w\.[a-z]{{5}})"
                  rf"|(?<=\w\.[a-z]{{6}}))"
                  rf"(?= [{_UP}]|[{_UP}])")
    end = rf"(?:{_SENT_END}|{domain_end}|{run_in}|{_DATE_END}|{_ISSUE_END}|{new_sentence}|{group_start})"
    # a series' subject ends before a capitalised word (no possessive) and a lower-case one after a lower-case word
    # that is no link ("... on China’s property collapse | Drive into the county seat"; not "on | Marxism and")
    # (the whole word lower-case: not a name's first word, "... on the new Silk | Road in Europe")
    def not_after(*words: str) -> str:
        return "".join(f"(?<! {w})" for w in words)

    links = not_after("on", "of", "in", "the", "and", "to", "for", "about", "a", "an", "at")
    subject_end = rf"(?<=[ \n])[{_LO}]{{2}}[{_LO}’'-]*{links}(?= [{_UP}][{_LO}]+ [{_LO}])"
    # a clause of a note that opens with its own words ("We have changed ...", "Updated ...") may also end
    # before a capitalised word and a lower-case one ("... at their request | Workers at the plant")
    # (a two-word name may open it: "... at their request | Xiao Fang works ten-hour shifts")
    # (not after a preposition or an article: "... the arrests in | Suihua Teachers" is inside the note)
    # (nor inside "Hong Kong": "... arrivals from Hong | Kong in Leeds")
    after_link = not_after("in", "at", "of", "from", "near", "to", "the", "on", "by", "Hong")
    # (after a lower-case word, not a capitalised one's last letter: "outside the Kwun Tong | Government Offices on"
    # is inside the note: bylines.EXAMPLES["note-capitalised-run"])
    not_capitalised = "".join(rf"(?<!\b[{_UP}][{_LO}]{{{n}}})" for n in range(1, 16))
    end_clause = rf"(?:{end}|(?<=[{_LO}]){not_capitalised}{after_link} (?=(?:[{_UP}][{_LO}]+ ){{1,2}}[{_LO}]))"
    # a publication's name: capitalised words (and the nouns a name holds), up to the lede's first
    # word, a capitalised word followed by a lower-case one ("in Offensiv | Drivers at two depots")
    nouns = "magazine|paper|newspaper|journal|weekly|monthly|website|edition|site"
    # the kinds of writing whose history a note tells ("This review first appeared in ...")
    writings = ("article|piece|text|statement|interview|report|editorial|review|essay|obituary|tribute|column"
                "|commentary|analysis")
    publication = (rf"(?:the )?[{_UP}][\w’'.-]*(?: (?:[{_UP}][\w’'.-]*|of|the|and|{nouns}))*?"
                   rf"(?:{_SENT_END}|{run_in}|(?= [{_UP}][{_LO}]+ (?!(?:{nouns})(?![{_LO}]))[{_LO}])|(?=,))")
    currencies = ("dollars|yuan|renminbi|RMB|euros?|pounds|sterling|ringgit|baht|dong|rupees?|pesos|won|yen|"
                  "rupiah|kyat|riel|taka|kip|francs|kronor|krona")
    # "Sin-ting", "McTavish" (an inner capital only after a name's prefix: "AveryCleaners" is a name run into the lede)
    prefixes = _longest_first(B.NAME_PREFIXES)
    # (a double-barrelled name is one word: "Pritchard-Lau", never one ending in its hyphen)
    # (an Irish "O’" before its capital too: "by Daragh O’Keeffe")
    name_word = (rf"(?:(?:{prefixes})[{_UP}][{_LO}]+|O[’'][{_UP}][{_LO}]+"
                 rf"|(?!(?:{starter})\b)[{_UP}][{_LO}’']+(?:-[{_UP}]?[{_LO}’']+)*)")
    # a language's name, of two words where its first qualifies it ("from Bahasa Indonesia", "from Brazilian
    # Portuguese")
    language = rf"(?:(?:{'|'.join(sorted(B.LANGUAGE_QUALIFIERS))}) )?[{_UP}][{_LO}]+"
    # (a name's particles between its words: "by Pieter van den Broeck", as the byline forms read them)
    particles = _longest_first(w for w in B.NAME_PARTICLES if w[:1].isalpha())
    # translators named by what they are, not who: "by the chinaworker.info team", "by Red Mulberry volunteers"
    unnamed_translators = (rf"by (?:the |our )?(?:[^\n.()]|\.(?=[a-z])){{0,40}}?"
                           rf"(?:team|volunteers|translators|collective|comrades)(?![{_LO}])")
    return [pattern_cache.compile(p) for p in (
        # whose note it is: "Editor’s note: this article was written before the ruling", "Translator’s note: ...";
        # what the author declares: "Disclosure: the author volunteers with ...", "Declaration of interest: ..."
        # (a pattern of its own: the pre-check reads at most a dozen words of one pattern's alternatives)
        # (first: it may hold a note of another kind, "Editor’s note: The names of workers ... have been changed.",
        # bylines.EXAMPLES["editors-note-holds-a-note"])
        rf"(?:(?:(?:Editor|Editors|Author|Translator|Publisher)[’']?s?[’']?|Editorial) note"
        rf"|Disclosure|Declaration of interest): [^\n()]{{3,160}}?{end_clause}",
        # "(Translated from the Japanese)", "(Translated from the Korean original)", "Translated from Chinese",
        # "Translated from the Chinese original."
        rf"\(Translated from (?:the )?{language}(?: original| text)?\.?\)",
        # "(Names have been changed to protect the interviewees)", "(Some names are withheld for their safety)"
        r"\([^()\n]{0,30}\b[Nn]ames\b[^()\n]{0,30}\b(?:changed|withheld|altered|anonymised|anonymized)\b[^()\n]{0,80}\)",
        # "(This article was first published on 2 May 2025)"
        r"\((?:This|The|An earlier|A shorter|A longer|A version|Originally|First)[^()\n]{0,200}?"
        # ("(This report first ran on 2 October)": bylines.EXAMPLES["note-first-ran"])
        r"(?:published|appeared|posted|translated|written|updated|broadcast|(?:first|originally) ran)[^()\n]{0,120}\)",
        # "(Published on 14 December 2024)", "(Updated on 3 May)": when, the article itself unnamed
        # (bylines.EXAMPLES["note-published-on"])
        r"\((?:Published|Updated|Posted|Written)(?: on| in)? [^()\n]{1,40}\)",
        # "First published in Chinese on 2 May", "Originally published in the Chinese edition of <site>"
        # (unbracketed; the bracketed forms above)
        rf"(?<!\()(?:First|Originally) (?:published|appeared|posted)\b[^\n()]{{0,150}}?{end}",
        # what the text is a version of, where that is a talk no one is named giving: "This article is an abridged
        # version of a talk given at <org>’s summer school in July.", "The following is an edited version of a speech
        # given at a May Day meeting in <place>." (bylines.EXAMPLES["version-of-a-talk-note"]; one naming its
        # speaker, "... of a speech by A to ...", is the byline)
        rf"(?:This (?:article|piece|text) is|This is|The following is|What follows is) an? (?:[{_LO}]+ ){{0,2}}"
        rf"(?:version|transcript) of a (?:talk|speech|presentation|lecture|contribution) (?:given|delivered|made"
        rf"|presented) (?:at|to) (?:(?! by )[^\n()]){{3,120}}?\.(?=\s|$|[{_UP}])",
        # "An abridged version of this article appeared in <paper>", "A shorter version of this
        # interview was published in <paper>": this article's history (a version of *another* text,
        # "This is an abridged version of the editorial in ...", is a source credit: a byline)
        rf"(?:An?|The) (?:[{_LO}]+ ){{0,2}}version of this (?:{writings}) "
        rf"(?:was |has been |first |originally |also |will )*(?:published|appeared|posted|carried|printed"
        rf"|appears?|is (?:published|printed)) "
        # (in which issue: "... appears in the winter issue of <magazine>")
        rf"(?:in|on|by) (?:the (?:[{_LO}]+ ){{0,2}}(?:issue|edition|number) of )?{publication}",
        # "The names of the workers quoted in this article have been changed", "Names have been
        # changed to protect the interviewees." (unbracketed; the bracketed form above)
        rf"(?<!\()(?:(?:The|Some|All|Their|Most) [Nn]ames|Names|\bnames) (?:of [^\n.()]{{0,60}}? )?"
        rf"(?:have been|has been|are|were|had been) (?:changed|withheld|altered|anonymi[sz]ed)(?![{_LO}])"
        # (why, to the clause's end: "... changed to protect them from reprisals | Finnish ports were")
        rf"(?: (?:to|for) [^\n.()]{{0,60}}?{end_clause}|\.)?",
        # "Translated by the chinaworker.info team", "(Translated by our volunteer translators)": translators unnamed
        # (before the named translators' pattern: "Translated from the Chinese original by Red Mulberry volunteers."
        # names no person: bylines.EXAMPLES["note-capitalised-run"])
        # (not a credit before the writer's "By": "Translated from the Chinese by <domain> volunteers. By A, Org" is the
        # byline's, bylines.EXAMPLES["translation-credit-then-by"])
        rf"\(?Translated (?:into [{_UP}][{_LO}]+ )?{unnamed_translators}\)?",
        rf"\(?Translated from (?:the )?{language} (?:original |text |version )?{unnamed_translators}"
        rf"(?!\.? By )\.?\)?",
        # "Translated by <name>" between byline and lede, "(Translated by <name>)"; a picture credit
        # "Photos by <name>", "(Pictures by <name>)"
        # ("Translated from the original Chinese by A", "English translation by A")
        rf"\(?(?:(?:Translated (?:from (?:the )?(?:original )?{language} (?:original |text |version )?)?"
        rf"|(?:Photos?|Photographs|Pictures) |(?:[{_UP}][{_LO}]+ )?[Tt]ranslation )by "
        # (or a picture's credit after a colon: "Photo: A", "Pictures: A")
        rf"|(?:Top |Main |Cover )?(?:Photos?|Pictures?|Image)(?: credit)?: )"
        # (the name stops before a capitalised word that opens the lede: "by Ana Lima | State media have")
        # (its full stop before the next line, or run into the lede: "by Owen Pritchard-Lau.In July ...")
        # (the whole name, never a shorter one before a comma: "Photos by A B, <org>" credits the post's maker, the
        # byline: bylines.EXAMPLES["picture-credit-byline"])
        rf"(?>{name_word}(?: (?:(?:{particles}) ){{0,2}}(?!{name_word} [{_LO}]){name_word}){{0,3}})"
        rf"(?:\)|\.(?=\s|$|[{_UP}]))?"
        rf"(?=\s|$|[{_UP}])",
        # a picture's caption or credit in brackets: "(Photo: strikers outside the hospital)", "(Pictures: A)"
        r"\((?:Top |Main |Cover )?(?:[Pp]hoto|[Pp]hotos|[Pp]icture|[Pp]ictures|[Ii]mage|[Ii]llustration)(?: credit)?:"
        r" [^()\n]{1,100}\)",
        # "The headline quotes a banner carried at the front of the march.", "The headline is taken from a banner
        # ...": where the article's own headline comes from (bylines.EXAMPLES["note-headline-source"])
        rf"(?:The|Our) headline (?:quotes|is|was|comes|came|repeats)\b[^\n()]{{0,100}}?{end}",
        # what happened to the site's reporter covering it: "Our reporter was briefly detained by police while covering
        # the protest and released without charge." (bylines.EXAMPLES["note-reporter-detained"])
        rf"Our (?:reporters?|correspondents?|photographers?) (?:was|were) (?:briefly )?(?:detained|held|arrested"
        rf"|questioned|stopped)\b[^\n()]{{0,160}}?{end}",
        # "We have changed the workers’ names at their request", "We have withheld the names of the drivers ..."
        rf"We have (?:changed|withheld|altered) (?:the |some |all |their |most )?(?:[^\n.()]{{0,30}}? )?names\b"
        rf"[^\n.()]{{0,60}}?{end_clause}",
        # "Updated on 3 May with the company’s response", "Updated on 12 June to correct the date of the strike"
        # (or only when: "Updated 14 May 2025", "Last updated: 3 June")
        rf"(?:(?:Last )?[Uu]pdated:? (?:on )?{_DATE}\.?(?=\s|$|[{_UP}])(?! (?:with|to) )|"
        rf"(?:This article was updated|Updated) (?:on {_DATE} )?(?:with|to (?:include|add|correct|reflect)) "
        rf"[^\n.()]{{0,80}}?{end_clause})",
        # "Translated from the Chinese original published on our website on 12 March", "Translated from the
        # Korean original first posted on 3 May"
        rf"Translated from (?:the )?{language} (?:original|version|text) (?:first |originally )?"
        rf"(?:published|posted|written) [^\n.()]{{0,80}}?{end}",
        # "Translated from the Chinese edition of chinaworker.info by our volunteer team": its source and translators
        rf"Translated from (?:the )?{language} (?:edition|website|version) of (?:[^\n.()]|\.(?=[a-z])){{1,60}}?"
        rf"{end_clause}",
        # "Translated from Chinese", "Translated from the Chinese original." (unbracketed)
        # (not a credit naming its translators: "Translated from the Chinese by <domain> volunteers. By A, Org" is
        # the byline's, bylines.EXAMPLES["translation-credit-then-by"])
        # ("Translated from the Japanese original | The result of ...": what it was translated from, its full stop
        # left out)
        rf"Translated from (?:the )?{language}(?: (?:original|text|version)(?![{_LO}]))?(?: [{_LO}]+(?=\.))?"
        rf"(?:\.(?=\s|$))?(?=\s|$|[{_UP}])(?! by )",
        # "Content warning: this article describes ...", "Trigger warning: ..."; a correction, what the report
        # drew on ("Correction: an earlier version ...", "Sources: local media, ...")
        # ("Listen: an audio version of this article is on our podcast page", "Audio: this article read aloud ...")
        # ("Spoiler warning: this review reveals how the novel ends.")
        rf"(?:(?:Content|Trigger|Spoiler) warning|Corrections?|Clarification|Sources?|Listen|Audio): [^\n()]{{3,160}}?"
        rf"{end_clause}",
        # a picture's caption: "Photo: strikers outside the hospital" (its credit, "Photo: A", is below)
        # ("Pictured: cleaners outside the offices on the fourth day of the strike.": bylines.EXAMPLES["note-pictured"])
        rf"(?:(?:Top |Main |Cover )?(?:Photos?|Pictures?|Image|Illustration)(?: credit)?|Pictured): "
        rf"[{_LO}][^\n()]{{2,160}}?{end_clause}",
        # what a report drew on: "Sources for this article include Radio Free Asia and workers’ posts", "The
        # sources used in this report are ..."
        rf"(?:The )?[Ss]ources (?:for|of|used (?:in|for)) this (?:article|report|piece|analysis) (?:include|are|were)"
        # (a list of names: to a sentence's end only, "... include Radio Free Asia and ...")
        rf":? [^\n()]{{3,160}}?{end}",
        # its money: "All figures in this article are in US dollars", "All prices quoted are converted to euros at
        # the rate of ..." (to a currency word, then the rate's clause if any)
        # (whole words for the pre-check: "wages" alone is in many ledes)
        rf"(?:All figures|All prices|All amounts|All sums|The figures|The prices|The amounts)"
        rf"(?: (?:in|quoted in|given in|cited in) this "
        rf"(?:article|report|piece)| quoted| given)? (?:are|have been) (?:given |quoted |stated |converted )?"
        rf"(?:in|into|to) (?:[^\n.()]{{0,24}}? )?(?:{currencies})(?![{_LO}])"
        rf"(?: (?:at|using|converted at) [^\n()]{{1,60}}?{end_clause}|\.|(?=\s|$|[{_UP}]))",
        # "This article has been edited for length", "This interview was shortened for publication"
        rf"(?:This|The) (?:article|piece|text|interview|speech|statement|letter) (?:has been|was|is) "
        rf"(?:edited|shortened|abridged|condensed|cut) (?:for (?:length|clarity|space|publication)"
        rf"(?: and (?:length|clarity|space))?|slightly)\.?(?=\s|$|[{_UP}])",
        # "Chinese version: 中文版", "Versión en español: ..." a link to the same text in another language
        rf"[{_UP}][{_LO}]+ (?:version|translation): (?:[^\x00-\x7f\s]+|[{_UP}][{_LO}]+)(?=\s|$|[{_UP}])",
        # an event it announces, to its "All welcome": "Public meeting: ‘<title>’, Thursday 3 July, 7pm, <venue>. All
        # welcome.", "Film screening: ... Everyone welcome!"
        rf"(?:Public meeting|Meeting|Online meeting|Rally|Film screening|Screening|Book launch|Webinar|Event|Picket)"
        rf": [^\n()]{{3,200}}?(?:[.,!] (?:All|Everyone|Everybody) (?:is |are )?welcome[.!]?"
        rf"|{end}(?! (?:All|Everyone|Everybody) (?:is |are )?welcome))",
        # the clock a live report keeps: "All times are Beijing time (UTC+8).", "All times given are Hong Kong time
        # (GMT+8).", "... Hong Kong time (HKT)." (bylines.EXAMPLES["time-zone-note"])
        rf"All times (?:given |shown |quoted |used )?(?:in this (?:article|report|blog|timeline) )?are "
        rf"(?:[{_UP}][\w’'-]* ){{1,3}}time(?: \([A-Z]{{2,5}}(?:[+−-]\d{{1,2}}(?::\d\d)?)?\))?\.?(?=\s|$|[{_UP}])",
        # how names are written: "Korean names in this article are given with the family name first."
        rf"(?:[{_UP}][{_LO}]+ )?[Nn]ames in this (?:article|piece|report|interview) (?:are|have been) (?:given|written|"
        rf"used)[^\n.()]{{0,60}}?{end}",
        # whom the writer thanks, what else to read, who paid: "With thanks to the crane operators who spoke to us.",
        # "See also: ‘<headline>’ (March).", "This investigation was funded entirely by small donations from readers."
        rf"With (?:many |special )?thanks to [^\n()]{{3,150}}?{end}",
        # (another article's headline in quotes, its month in brackets: the note ends after them)
        rf"See also: [‘“][^\n’”]{{3,150}}[’”](?: \([^()\n]{{1,30}}\))?\.?(?=\s|$|[{_UP}])",
        rf"(?:This|The) (?:investigation|article|report|research|reporting|series) (?:was|is|has been) (?:entirely |"
        rf"wholly )?(?:funded|paid for|made possible|supported) (?:entirely |wholly )?by [^\n()]{{3,120}}?{end}",
        # what the reader may do: "Sign the petition for the release of ... – the link is at the end of this article."
        # (pointing to it: a petition's own headline is the standfirst)
        rf"(?:Sign|Please sign|Add your name to) (?:the|our) (?:petition|open letter|appeal|statement)\b"
        rf"[^\n()]{{0,150}}?\b(?:link|below|at the end|here|online)\b[^\n()]{{0,60}}?{end}",
        # what follows the article: "A glossary of the Indonesian terms used in this article follows at the end."
        rf"(?:A|The) (?:glossary|list|timeline|chronology|map|table) of [^\n.()]{{3,80}}? (?:follows|is given|appears|"
        rf"can be found)[^\n.()]{{0,40}}?{end}",
        # what a report drew on: "This article draws on reports in the <paper>", "Based on reports from our
        # correspondents in <place>" (not a person's talk or interviews: "Based on interviews by A" is a credit)
        rf"(?:(?:This|The) (?:article|report|piece|analysis) (?:draws|relies|is based) (?:up)?on"
        rf"|Based on(?: (?:the|local|media|press|official|our))?) (?:[{_LO}]+ )?(?:reports|accounts|interviews|"
        rf"conversations|posts|sources|documents|figures|data)\b(?![^\n.]{{0,60}}? by [{_UP}])[^\n()]{{0,120}}?{end}",
        # "This article first appeared on <site> and was translated ..."
        # (not when its first sentence ends right before "By <Name>": then it is the byline's credit, forms.FORMS
        # "credit-source")
        rf"(?:This|The)(?!(?:[^\n.]|\.(?=\w))*\. By [{_UP}])"
        rf" (?:{writings}) (?:was |has been |is )?"
        # (not a text based on what a person said: "... based on a talk given by A of Org": a credit, the byline)
        rf"(?:first |originally |also )?(?:published|appeared|posted|translated|based on(?![^\n.]{{0,40}}? by [{_UP}])"
        # when or for whom it was written: "This article was written before the verdict", "... was first
        # written in Chinese for readers in ..."
        rf"|written (?:for|before|after|in|on|during|ahead of))[^\n]{{0,200}}?"
        # (ends at a sentence end, after a domain, or where the lede runs in: "... for this siteAt a")
        # (any domain: "on chinaworker.info", "on leftasia.se", "on redflag.org.uk")
        rf"{end}",
        # "This is the second of a three-part feature", "... series on the Chinese working class."
        # ("The second of three articles on ...")
        r"(?:(?:This is (?:the )?|The )(?:first|second|third|fourth|fifth|final|last|concluding|part \w+"
        r"|\w+ and final)"
        r"(?: part| instalment| installment| article)?|Part (?:\d+|[a-z]+|[IVX]+)"
        r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Last)(?: part| instalment| installment| article)?)"
        r" (?:of|in) (?:a|an|the|our|two|three|four|five|six|\d+) [^\n.]{0,60}?"
        rf"(?:series|articles?|features?|parts?|interviews?|analys[ie]s|essays?|reports?)"
        rf"(?: (?:series|articles?|features?|analysis|essay|report)){{0,2}}(?![{_LO}])"
        # (what the series is of: "... the first in a series of articles on ...")
        rf"(?: of (?:articles|reports|essays|features|interviews|pieces|analyses))?"
        # (its subject runs to a full stop, or to the end of its own line)
        # (a subject of one word: "... of our series on outsourcing | Cleaners at ...")
        rf"(?:(?: (?:on|about|looking at|examining|covering|marking|for) [^\n.!?]{{0,100}}?)?"
        # (or before a quotation opening the lede: "... on young workers in China | ‘Lying flat’, ‘letting it rot’")
        rf"(?:\.(?=\s|$|[{_UP}])|(?=\n|$)|{run_in}|{new_sentence}|{subject_end}|(?<=[{_LO}]) ?(?=[‘“][{_UP}])))?",
        # "Reading time: 7 minutes", "Estimated reading time: 12 min"
        rf"(?:Reading|Estimated reading) time:? (?:about |approx\. |approximately )?\d{{1,3}} ?min(?:ute)?s?\.?"
        rf"(?=\s|$|[{_UP}])",
        # "Dedicated to the memory of Dr A, 1958–2025", "In memory of A (1931-2024)": a dedication ends at its years
        r"(?:Dedicated to the memory of|In (?:loving )?memory of) [^\n.()]{3,60}?,? \(?\d{4} ?[–-] ?\d{4}\)?",
        # "A printable Chinese leaflet based on this article is available from ...", "A PDF of this article is
        # available here": what else there is of this article
        rf"(?:An?|The) (?:[\w-]+ ){{0,4}}(?:of|based on|from) this (?:article|piece|text|interview|statement) "
        rf"(?:is|are) (?:also |now )?available\b[^\n.()]{{0,80}}?{end}",
        # "This article is also available in simplified Chinese", "This interview is now available as a podcast":
        # the same text in another language or medium
        rf"(?:This|The) (?:article|piece|text|interview|statement|report) is (?:also |now )?available "
        rf"(?:in|as) [^\n.()]{{2,60}}?{end_clause}",
    )]


# --------------------------------------------------------------------------------------
# Byline parsing: a form's match -> authors / organisation / affiliation
# --------------------------------------------------------------------------------------

_NAME_SPLIT_RE = re.compile(r",? and |, | & | with ")  # (",? and": the serial comma, "A, B, and C")
# another script (CJK, Cyrillic), or a handle ("@moxy_writes")
_FULL_WIDTH_BRACKET_RE = re.compile(r"（[^（）]*）")
_CJK_BRACKET_RE = re.compile(r" \((?:[^\x00-\x7f()]+(?: [^\x00-\x7f()]+)*|@[^()\s]+|[a-z]+/[a-z]+(?:/[a-z]+)?"
                             r"|in [^()]{2,30}|[a-z]+(?: [a-z]+){0,2}(?:, [A-Z][^(),]{1,30})?)\)")
_LATIN_RE = re.compile(r"[A-Za-z]")


def bare_name(name: str) -> str:
    """A name (or names) without its other forms and marks in brackets ("Fang Jingyi (方静怡)" -> "Fang Jingyi"), as the
    forms read names: what a site's knowledge reads must name people the same way."""
    return _CJK_BRACKET_RE.sub("", name)
_CJK_WORD_RE = re.compile(r"(?:^|(?<=, )|(?<= and ))[\u3400-\u9fff]{2,4} (?=[A-Z])"
                          r"|(?<=[a-z]) [\u3400-\u9fff]{2,4}(?=$|,| and )")
_SECTION_RE = re.compile(r"^[A-Z]{2,6} ")  # an organisation's section: "WSA Malaysia", "ISA in Taiwan"
_PERSON_SHAPED_RE = re.compile(rf"[{_UP}][{_LO}]+ [{_UP}][{_LO}]+-[{_LO}]+")  # "Wu Chia-hao", "Chan Wai-man"
_NAME_OF_ORG_RE = re.compile(rf"(?P<person>[{_UP}][{_LO}]+(?: [{_UP}][{_LO}’'-]+){{1,2}}) of (?:the )?"
                             rf"(?P<org>[{_UP}].*)")
_PERSON_OF_ORG_RE = re.compile(rf"(?P<person>{_PERSON_SHAPED_RE.pattern}) of (?:the )?(?P<org>[{_UP}].*)")
_BODY = (rf"(?:(?:{'|'.join(sorted(B.ORG_BODY_ADJECTIVES))}) )?"
         rf"(?:{'|'.join(sorted(B.ORG_BODY_WORDS))})")
# an organisation's body goes like a role word: "ISA International Secretariat", "the International Committee of X"
_ORG_BODY_RE = re.compile(rf"(?P<org>[A-Z]{{2,6}}) {_BODY}|{_BODY} of (?:the )?(?P<org2>[{_UP}].+)")


def _names(raw: str | None) -> list[str]:
    if not raw:
        return []
    if "(" in raw:
        raw = bare_name(raw)  # "Kwok Tsz-kin (郭子健)": the name's CJK form is no author
    if "（" in raw:
        raw = _FULL_WIDTH_BRACKET_RE.sub("", raw)  # ... in full-width brackets too: "Chow Yuk-ting（周玉婷）"
    raw = _CJK_WORD_RE.sub("", raw)  # ... nor without brackets: "張詠詩 Cheung Wing-sze" (EXAMPLES["cjk-name-bare"])
    raw = raw.removesuffix(" et al.")  # unnamed co-authors: "A et al." (EXAMPLES["names-et-al"])
    if (by := _FOREIGN_BY_OPENING_RE.match(raw)) is not None and by.end() < len(raw):
        raw = raw[by.end() :]  # "by" in another language is no name's word: "Oleh A" (EXAMPLES["foreign-by"])
    names = [n.strip() for n in _NAME_SPLIT_RE.split(raw) if n.strip()]
    if any(joint in raw for joint in _NAME_JOINTS):  # two people joined by Spanish "y", Swedish "och" ... (not one
        # "Ortega y Gasset")
        names = [part for n in names for part in _split_joined(n)]
    return names


#: "And" joining two people's names in the languages the site's sister sections write in
_NAME_JOINTS = (" y ", " e ", *(f" {w} " for w in sorted(B.ORG_CONJUNCTIONS - {"ya"})))


def _split_joined(name: str) -> list[str]:
    """A name of two people joined by "and" in another language, each of two words or more ("Lucía Ferrándiz y Ander
    Etxeberria", "Linnea Sjöstrand och Oskar Hedberg": bylines.EXAMPLES["names-joined-y-e"]); else the name as it
    is."""
    for joint in _NAME_JOINTS:
        head, sep, tail = name.partition(joint)
        if sep and " " in head and " " in tail:
            return [head, tail]
    return [name]


def _fields(c: Classed, m: re.Match[str]) -> tuple[list[str], str | None, str | None]:
    """A byline form's match -> (authors, organisation, affiliation)."""
    authors, org, affil = _form_fields(c, m)
    if org and (lead := _ORG_LEAD_RE.match(org)):
        org = org[lead.end():]  # "member of the national council of | the CGTP", "A, Abuja, | for the DSM"
    if (authors and len(authors) > 1) or (org and not affil) or (org in B.ORG_WORDS):
        text = c.text[slice(*c.span(m.start(), m.end()))]
        authors = [a for i, a in enumerate(authors) if not _place_after_name(text, authors[i - 1] if i else None, a)]
        if org in B.ORG_WORDS and (joined := re.compile(rf"{re.escape(org)}{_AND_ORG_WORDS}").search(text)):
            org = joined.group()  # "Workers | and Socialist Party": one name
        if org and not affil and places.is_place(org, one_word_ok=True):
            org = _place_as_org(org, text)
    return authors, org, affil


#: Words before an organisation's name that are not of it
_ORG_LEAD_RE = re.compile(r"(?:for )?the (?=[A-Z])")
#: "and" then capitalised words to an organisation's word: the rest of a name that "and" runs through ("Workers and
#: Socialist Party", bylines.EXAMPLES["org-name-with-and"])
_AND_ORG_WORDS = rf" and (?:[{_UP}][{_LO}’'-]+ ){{0,3}}(?:{'|'.join(sorted(B.ORG_WORDS_ENGLISH))})\b"


def _place_after_name(byline: str, before: str | None, name: str) -> bool:
    """Is a one-word "name" after another's comma a place, where that one wrote ("A, Cusco, and B, Lima")?"""
    return (before is not None and " " not in name and places.is_place(name, one_word_ok=True)
            and re.search(rf"{re.escape(f'{before}, {name}')}(?:,|$)", byline) is not None)


#: What may follow a place read as the organisation for it to be where the byline was written or a correspondent's
#: beat, not who wrote: the byline's end, more names, or a beat's role and then perhaps the organisation
_AFTER_PLACE_RE = re.compile(r"(?P<beat> (?:correspondent|reporter))?(?:$|;|, (?:with|and) |(?P<rest>, .+))")


def _place_as_org(place: str, byline: str) -> str | None:
    """A bare place where the organisation is read names where the byline was written ("A B, Lagos"; "A, Port
    Harcourt, with reporting by B"), or a correspondent's beat ("A, Taiwan correspondent, <org>": the organisation
    after it): the organisation is not the place (bylines.EXAMPLES["place-is-no-org"]). A place's name followed by an
    organisation's description ("Hinode, monthly paper of <org>") stays the organisation."""
    after = _AFTER_PLACE_RE.match(byline, byline.rfind(place) + len(place))
    if after is None or (after.group("rest") and not after.group("beat")):
        return place
    if after.group("rest"):
        return _parse_byline(byline.replace(f", {place}{after.group('beat')}", "", 1))[1]
    return None


def _form_fields(c: Classed, m: re.Match[str]) -> tuple[list[str], str | None, str | None]:
    groups = m.re.groupindex

    def g(m: re.Match[str], name: str) -> str | None:  # (a form has few of these groups: the others are not read)
        return c.group(m, name) if name in groups else None

    names = g(m, "names") or g(m, "names2")
    org = g(m, "org") or g(m, "org2") or g(m, "org3") or g(m, "org4") or g(m, "org5")
    if names and not org and not g(m, "names") and names.split(" ", 1)[0] in B.ORG_WORDS and " and " not in names:
        # an organisation's name read as a person's: "Red Bangle talked to ..." (bylines.EXAMPLES["org-talks-to"])
        return [], names, None
    for more in ("names_more", "names_more2"):  # "A, Org, with additional reporting by B", "A, Org, and B, Org2"
        if names and (more_names := g(m, more)):
            names = f"{names}, {_list_names(more_names)}"
    affil = g(m, "affil") or g(m, "affil2") or g(m, "affil3") or g(m, "affil_app")
    if org and affil and not names and _PERSON_SHAPED_RE.fullmatch(org):
        return [org], None, affil  # "Wu Chia-hao (ISA in Taiwan)": a person, then the affiliation
    first, more_names = g(m, "names"), g(m, "names_more")
    if (first and not org and affil and _SECTION_RE.search(affil)
            and all("-" not in n and 2 <= n.count(" ") + 1 <= 4 for n in (first, *_listed(more_names)))):
        # ... but capitalised words with no hyphenated given name before an organisation's section are the
        # organisation: "Gelombang Merah (WSA Malaysia)", "Röd Gryning (IWL Sweden)", the first of two: "Marea Roja
        # (MWI Chile) and Tierra y Pan (MWI México)" (bylines.EXAMPLES["org-before-its-section"])
        return [], first, affil
    if names and not org and affil and "(" in (g(m, "names_more") or ""):
        org, affil = affil, None  # authors each with an organisation: the first named (EXAMPLES["names-affil-list"])
    if org and not names and (person := _PERSON_OF_ORG_RE.fullmatch(org)):
        names, org = person.group("person"), person.group("org")  # "Mok Hiu-tung of Socialist Action spoke to ..."
    elif org and not names and "names2" in groups and (person := _NAME_OF_ORG_RE.fullmatch(org)) and not any(
            w in B.ORG_WORDS or w.lower().startswith(B.ORG_STEMS) for w in person.group("person").split()):
        # ... any two or three name words with no organisation word, in an interview credit ("Chiamaka Eze of
        # Movement for a Workers’ Nigeria spoke to ...": bylines.EXAMPLES["person-of-org-interview"])
        names, org = person.group("person"), person.group("org")
    if names and not org and (whose := _WHOSE_PERSON_RE.match(names)):
        names, org = whose.group("person"), whose.group("org")  # "Labour Tide’s Chen Yu-ting spoke to ...": the
        # organisation's possessive opens the interview credit (bylines.EXAMPLES["known-org-possessive-byline"])
    if org and not names and not affil and _person_credit(c, m, org):
        names, org = org, None  # "Report by Jane Dorsey": a person's kind of text, a person's name after "by"
    if affil and not _LATIN_RE.search(affil):
        affil = None  # "Socialist magazine (《社會主義者》)": the name in another script, no section of the org
    if org:
        org = org.removesuffix("’s").removesuffix("'s")  # "Socialist Action’s bulletin": whose publication
        body = _ORG_BODY_RE.fullmatch(org)
        org = (body.group("org") or body.group("org2")) if body else org
    authors = _names(names)
    if not org and authors and _ORG_CONJUNCTION_RE.search(authors[-1]):
        org = authors.pop()  # "A, Kazi na Haki": a run an organisation's conjunction links is no person
    return authors, org, affil


_AFFIL_IN_LIST_RE = re.compile(r" \([^()]*\)")


def _listed(more: str | None) -> list[str]:
    """The names of more authors, one by one (none: no more authors)."""
    return [n.strip() for n in _NAME_SPLIT_RE.split(_list_names(more)) if n.strip()] if more else []


def _list_names(more: str) -> str:
    """More authors as names only, joined by commas: each one's organisation in brackets and the list's semicolons
    go ("; B (Org2), C (Org3)" -> "B, C": a list of authors each with an organisation)."""
    return _AFFIL_IN_LIST_RE.sub("", more).replace("; ", ", ").removeprefix(", ")


_ORG_CONJUNCTION_RE = re.compile(rf" (?:{'|'.join(sorted(B.ORG_CONJUNCTIONS))}) ")
_WHOSE_PERSON_RE = re.compile(r"(?P<org>[^,’']+)[’']s (?P<person>[^,]+)")


def _person_credit(c: Classed, m: re.Match[str], org: str) -> bool:
    """A credit of a kind people write or give ("Report", "Speech", "Article") whose "by" names a run of two or
    three name words no organisation word, place or nationality is in: the run is a person, not a group."""
    first = c.text[c.span(m.start(), m.start() + 1)[0]:].split(" ", 1)[0]
    if first not in B.PERSON_CREDIT_NOUNS or f"by {org}" not in c.text:
        return False
    words = org.split()
    return 2 <= len(words) <= 3 and all(
        F.key_of(w)[1] >= {"name"} and not F.key_of(w)[1] & {"org", "publication", "place", "natadj", "poss"}
        for w in words)


def parse_byline(byline: str) -> tuple[list[str], str | None, str | None]:
    """A byline string -> (authors, organisation, affiliation), e.g.
    "Yunfeng, Socialist Action (ISA in Hong Kong)" -> (["Yunfeng"], "Socialist Action", "ISA in Hong Kong")."""
    text = " ".join(byline.split())
    authors, org, affil = _parse_byline(text)
    return (*_comma_pair(list(authors), org, text), affil)


def _comma_pair(authors: list[str], org: str | None, byline: str) -> tuple[list[str], str | None]:
    """Two names and a comma, no "and" (the whole byline): a name and where it was written ("A B, Valencia"), or a name
    and its organisation ("A B, Lewy Kompas"), no list of two people (bylines.EXAMPLES["name-comma-place"]). (Read
    after the scoring, which weighs a bare list of names as one.)"""
    if org or len(authors) != 2 or " " not in authors[0] or " and " in byline or "&" in byline or not re.search(
            rf"{re.escape(f'{authors[0]}, {authors[1]}')}(?:$|;| \(|, [{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+)?$)", byline):
        # (a title may come before the name, a credit after a semicolon, where it was written after a comma: "Dr. A B,
        # Freetown", "A B, Org; translated by C", "A B, Org, Ipoh": bylines.EXAMPLES["name-org-place"])
        return authors, org
    if " " not in authors[1] or places.is_place(authors[1], one_word_ok=False):
        return (authors[:1], org) if places.is_place(authors[1], one_word_ok=True) else (authors, org)
    return authors[:1], authors[1]


@functools.lru_cache(maxsize=2048)  # a site's bylines repeat (known bylines, middle lines)
def _parse_byline(text: str) -> tuple[tuple[str, ...], str | None, str | None]:
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]  # a byline in brackets: "(By A, Org)"
    if text[:2].isupper() and (caps := _caps_byline(text)) is not None:
        return caps  # "BY A, ORG" in capitals, as printed
    if (dated := _DATED_END_RE.search(text)) is not None and dated.start() > 0 \
            and any(undated := _parse_byline(text[: dated.start()])):
        return undated  # where and when it was written name no one: "A, Dharamsala, 10 March 2024"
    if (described := _DESCRIBED_CREDIT_RE.match(text)) is not None:
        # "Report by <description ending in a role> A (in <place>)": the names after the description (EXAMPLES[
        # "described-by"])
        words = described.group("rest").split(" ")
        for k in range(1, min(len(words), 12)):
            if words[k - 1] in _DESCRIBED_ROLE_WORDS:
                names, org, affil = _parse_byline(" ".join(words[k:]))
                if names:
                    named = _DESCRIPTION_ORG_RE.search(" ".join(words[:k]))
                    return names, org or (named.group(1).strip() if named else None), affil
    head, _, rest = text.partition(" ")
    if head in B.SURNAME_STARTERS and rest:
        # a family name that is a sentence starter, no form's name word: "He Yuling, Org" (EXAMPLES["starter-surname"])
        rest_authors, rest_org, rest_affil = _parse_byline(rest)
        if rest_authors and rest.startswith(rest_authors[0]):
            return (f"{head} {rest_authors[0]}", *rest_authors[1:]), rest_org, rest_affil
    if text.startswith(("Words: ", "Text: ")) and (words := _WORDS_PICTURES_RE.fullmatch(text)) is not None:
        return tuple(words.group("names").split(" and ")), words.group("org"), None  # "Words: A. Photos: B": the writer
    if "By " in text:  # "This article is from X. By A, B": the closing "By A, B" names the authors
        c = F.classify(text)
        m = F.compiled("BY_INSIDE").search(c.classes)
        if m and m.start() > 0:
            authors, org, affil = _fields(c, m)
            return tuple(authors), org, affil
    for candidate in (text, text.rstrip(" .:,")):  # ("Tse Hiu-tung," on its own line: a name and a dangling comma)
        if not candidate:
            continue
        c = F.classify(candidate)
        for form in F.FORMS:
            m = F.compiled(form.name).fullmatch(c.classes)
            if m and not _cut(m):
                authors, org, affil = _fields(c, m)
                return tuple(authors), org, affil
    m = F.compiled("NAMES_ANY_ORG").fullmatch(F.classify(text).classes)  # a line known to be a byline
    if m:
        authors, org, affil = _fields(F.classify(text), m)
        return tuple(authors), org, affil
    return (), None, None


def _cut(m: re.Match[str]) -> bool:
    """The form ended with its "text cut here" alternative."""
    return "cut" in m.re.groupindex and m.start("cut") >= 0


# --------------------------------------------------------------------------------------
# Candidates and scoring
# --------------------------------------------------------------------------------------


#: an acronym's plural ("IOUs", "NGOs"): a word of the sentence, like the acronym itself, never a name's
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")


#: Weak forms that may follow a one-word place after a preposition (``_after_one_word_place``)
_AFTER_PLACE_FORMS = frozenset({"name-one", "names-any-org"})
#: A standfirst's end in a one-word place after a place preposition ("... now routine in Penang ")
_ONE_WORD_PLACE_END_RE = re.compile(rf"\b(?:in|at|from|near|across|outside) [{_UP}][{_LO}]+ $")


#: A surname and a hyphenated given name, the Cantonese and Taiwanese romanisations' ("Kwok Sze-ming", "Yeh Shu-chen")
_SURNAME_AND_HYPHENATED_GIVEN_RE = pattern_cache.compile(rf"[{_UP}][{_LO}]+ [{_UP}][{_LO}]+-[{_LO}]+,")
#: A day's number and a month right before a position ("... on the night of 4 June | ")
_DATE_BEFORE_RE = re.compile(rf"\b\d{{1,2}} (?:{'|'.join(sorted(B.MONTH_NAMES))}) $")


#: A list's last item right before a position ("... in Jakarta, Surabaya and Makassar | ", two places after a place
#: preposition: "... at battery plants in Ningde and Hefei | ", bylines.EXAMPLES["two-place-list-before-byline"]): a
#: name starts after it
_PLACE_LIST_END_RE = pattern_cache.compile(rf"(?:[{_UP}][{_LO}’'-]+,|\b(?:{'|'.join(sorted(B.PLACE_PREPOSITIONS))})) "
                                            rf"[{_UP}][{_LO}’'-]+ and [{_UP}][{_LO}’'-]+ $")


def place_list_ends_at(text: str, pos: int) -> bool:
    """Does a list of places end right before ``pos`` ("... in Ningde and Hefei | ")?"""
    return _PLACE_LIST_END_RE.search(text, max(0, pos - 60), pos) is not None


#: A capitalised word and a comma right before a position: an item of a list there
_LIST_ITEM_BEFORE_RE = pattern_cache.compile(rf"[{_UP}][{_LO}’'-]+, $")


def _name_comma_start_known(text: str, start: int, left: str) -> bool:
    """Does a name with a dangling comma surely start at ``start``, after a capitalised word (``left``: the left
    context's kind)? A Chinese name of a surname and a hyphenated given name says where it starts ("... the memory of
    Tiananmen | Kwok Sze-ming, | June 4 ..."), and so does a day's date before it ("... on the night of 4 June | Maud
    Ellery, | Police ..."): bylines.EXAMPLES["name-comma-start-known"]."""
    return left in ("capital", "place") and (
        _SURNAME_AND_HYPHENATED_GIVEN_RE.match(text, start) is not None
        or _DATE_BEFORE_RE.search(text, max(0, start - 16), start) is not None)


def _after_one_word_place(text: str, start: int) -> bool:
    """Does a one-word place after a preposition end the text before ``start``? A bare pen name may stand there,
    before a sentence starter ("... routine in Penang | Tamarind | For three weeks ...": bylines.EXAMPLES[
    "pen-name-after-place"]), and names with an organisation no table knows ("... a room in Klang | Amirul Haziq,
    Nyala Buruh | Three years after ...": bylines.EXAMPLES["names-org-after-place"]); not after a place of two words,
    which may be a place's first word and a name's ("in Kowloon Bay" or "in Klang | Amirul")."""
    return _ONE_WORD_PLACE_END_RE.search(text, max(0, start - 40), start) is not None


def _left_context(c: Classed, i: int) -> tuple[str, float]:
    """Classify what precedes token i: ('start'|'break'|'punct'|'word'|'function'|'place'|'capital'|'runin', bonus)."""
    left = c.left.get(i)
    if left is None:
        left = c.left[i] = _read_left_context(c, i)
    return left


def _read_left_context(c: Classed, i: int) -> tuple[str, float]:
    tokens = c.tokens
    t = tokens[i]
    if i == 0:
        return _START
    if t.gap == "\n":
        return _BREAK
    if t.gap == "":
        if i >= 2 and tokens[i - 1].text in ("?", "!", ".") and _WORD_END_RE.search(tokens[i - 2].text):
            return _PUNCT  # a sentence's end run into the part after it ("... from the mines of Kolwezi?|A B C, Org":
            # bylines.EXAMPLES["sentence-end-run-in"])
        closer = c.text[t.start - 1]
        if (closer == "”" and "“" in c.text[max(0, t.start - 200) : t.start]) or (
                closer == "’" and _closes_quote(c.text, t.start)):
            return _PUNCT  # a quotation's close run into the part after it ("... on ‘public activities’|A B C, Org",
            # "“... of the month”|A B C, Org": bylines.EXAMPLES["quote-end-run-in"])
        return _RUNIN
    k = i - 1  # the previous white-space-separated word, with its punctuation
    while k > 0 and tokens[k].gap == "":
        k -= 1
    prev = c.text[tokens[k].start : tokens[i - 1].end]
    last = prev[-1:]
    initial = tokens[i - 1].text
    if ((last == "." and len(prev) == 2 and prev[0].isupper()) or (len(prev) == 1 and prev.isupper())
            or (len(initial) == 2 and initial[1] == "." and initial[0].isupper())):
        return _CAPITAL  # an initial ("Tom J. | Walsh", "Marcus T | Hellberg", run in: "per orderK. | Ramesh"):
        # inside a name, not a sentence end
    if (last in ")–-•|" or last == '"' or (last == "”" and "“" in prev) or (last == "’" and "‘" in prev)
            or prev.rstrip("”’\"')")[-1:] in ".!?:;" or (last == "’" and _closes_quote(c.text, tokens[i - 1].end))):
        return _PUNCT
    word = prev.strip("“”‘’\"'(),")
    lower = word.lower()
    if lower in _ROLE_MENTION_WORDS and word.islower() and F.is_name_word(t.text):
        return _MENTION
    if word in B.NAME_PARTICLES and k > 0 and (not tokens[k - 1].text[:1].islower()
                                               or tokens[k - 1].text in B.NAME_PARTICLES):
        return _CAPITAL  # "Rosario dela | Paz": inside a name (not after a lower-case word: "... action can do |
        # Xishan | After a four-day sit-in": bylines.EXAMPLES["particle-after-lower-word"])
    if lower in B.PLACE_PREPOSITIONS:
        return _PLACE
    if lower in B.FUNCTION_WORDS or word == "&":
        return _FUNCTION  # "Zhou Mingyu & | Ingrid Sjöberg": the tail of a list of names
    if any(map(str.isupper, word)) and not word.isupper() and not _PLURAL_ACRONYM_RE.fullmatch(word):
        if word in B.PLACE_NAMES or (word == "Kong" and k > 0 and tokens[k - 1].text == "Hong"):
            return _WORD  # a headline ending in a place ("paralyses Manila | Ana Reyes", "in Hong Kong | Kebai"): no
            # name goes on
        if k == i - 1 and _after_mentioned_person(c, k):
            return _WORD
        if _ACRONYM_RE.fullmatch(t.text) and prev[-1:].isalpha() and tokens[i - 1].text not in ("The", "A", "An"):
            return _WORD  # no run of capitalised words goes on into an acronym: it opens an organisation's name
            # ("... the International Day of the Seafarer | <ACR> International Secretariat":
            # bylines.EXAMPLES["acronym-org-after-capital"]); not after an article run in ("...OffensiveThe MTR")
        return _CAPITAL  # inside a run of capitalised words (or after a run-in "achieveWorkers’")
    return _WORD


_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
#: A word's end that a sentence's full stop may follow: two lower-case letters (not an initial's "U.S.")
_WORD_END_RE = re.compile(rf"[{_LO}]{{2}}$")
#: a closing single quote (or a plural possessive): "’" not followed by a letter
_CLOSER_RE = re.compile(r"’(?![^\W\d_])")


def _closes_quote(text: str, end: int) -> bool:
    """Whether the "’" ending at ``end`` closes a quotation of several words opened on its line ("the ‘Silicon
    Island’ | Siti Hajar Rahman": a phrase ends there, not a capitalised run), not a plural possessive."""
    line_start = text.rfind("\n", 0, end) + 1
    opened = text.rfind("‘", line_start, end)
    return opened >= 0 and end - opened <= 80 and _CLOSER_RE.search(text, opened, end - 1) is None


def _after_mentioned_person(c: Classed, k: int) -> bool:
    """Is token k the last word of a two-word name the standfirst gives a role ("leader Margaret Thatcher")?"""
    if k < 2 or c.tokens[k].gap != " " or c.tokens[k - 1].gap != " ":
        return False
    first, role = c.tokens[k - 1].text, c.tokens[k - 2].text
    return F.is_name_word(first) and F.is_name_word(c.tokens[k].text) and role in _ROLE_MENTION_WORDS


_NEXT_WORD_RE = re.compile(r"\s*(\S+)")
#: a capitalised word and a lower-case one: a sentence opening ("| Crane operators at", "| Teng is 78")
# (a possessive too: "| Gothenburg’s car factory")
_SENTENCE_OPENING_RE = re.compile(r" [A-Z][a-z]+(?:’s|'s)? (?!(?:of|and|de|van|von|bin|binti|da|dos)\b)[a-z]{2,}\b"
                                  # (or a proper noun's possessive, a proper noun before a comma and a lower-case
                                  # word: "... | Hong Kong’s unions were", "... | Rahim, a 34-year-old electrician":
                                  # bylines.EXAMPLES["bare-names-before-sentence"])
                                  r"| [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:’s|'s) (?:[a-z]{2,}|\d)| [A-Z][a-z]+, [a-z]+\b")


@functools.lru_cache(maxsize=256)  # (a known byline, its name and the name before its organisation end alike)
def _right_context(text: str, end: int) -> tuple[str, float]:
    if end >= len(text):
        return "end", _RIGHT_BONUS["end"]
    if text[end] == "\n":
        return "break", _RIGHT_BONUS["break"]
    if not text[end].isspace():
        return "runin", _RIGHT_BONUS["runin"]
    m = _NEXT_WORD_RE.match(text, end)
    word = m.group(1) if m else ""
    if word.strip("“”‘’\"'(),.:;!?") in B.SENTENCE_STARTERS:
        return "starter", _RIGHT_BONUS["starter"]
    if word[:1].isdigit() or word[:1] in "“\"‘'«":
        return "quote", _RIGHT_BONUS["quote"]
    if _opens_with_known_place(text, end):
        return "starter", _RIGHT_BONUS["starter"]  # a place opens the lede ("A B | Buenos Aires woke up ...")
    if _SENTENCE_OPENING_RE.match(text, end):
        return "sentence", _RIGHT_BONUS["capital"]
    if word in B.TITLE_WORDS and _TITLE_AND_NAME_RE.match(text, end):
        return "title", _RIGHT_BONUS["starter"]  # the lede opens with a person by title: "A B | Mrs Lau is 81"
    return "capital", _RIGHT_BONUS["capital"]


#: Up to three capitalised words, then a possessive, a comma or a space, and what follows it
_PLACE_OPENING_RE = re.compile(rf" ((?:[{_UP}][{_LO}]+[ -]){{0,2}}[{_UP}][{_LO}]+)(’s |'s |, | )(\S+)")
#: The rank within which a one-word place is as likely a common noun opening the lede ("Police said", "Union leaders")
_COMMON_NOUN_PLACE_RANK = 1000


#: The capitalised word or the bracket a byline ends with (never a lower-case word: "Workers in | Nuevo León")
_BYLINE_LAST_WORD_RE = re.compile(rf"(?:[{_UP}]\S*|\))$")


def _opens_with_known_place(text: str, end: int) -> bool:
    """Does a known place open the text after ``end``, before a lower-case word, a possessive or a list of places
    ("... | Buenos Aires woke up", "... | Madrid, Barcelona, Sevilla", "... | Kolwezi, a town")? Not after an
    acronym, whose section a place names ("CWI | Macau"). (bylines.EXAMPLES["place-opens-lede"])"""
    m = _PLACE_OPENING_RE.match(text, end)
    if m is None:
        return False
    words, mark, after = m.groups()
    if "." in after.rstrip(",:;")[:-1] or (mark == ", " and m.end() >= len(text)):
        return False  # (a domain after the comma, or the text's end: a name's last word, "... and Yin | Lufeng,
        # <site>.info")
    if mark.strip(" ,") == "" and not after[:1].islower() and not (
            mark == ", " and places.is_place(after.rstrip(",.:;"), one_word_ok=True)):
        return False
    if " " not in words and "-" not in words:
        place = (places.is_place(words, one_word_ok=True) and words not in B.NOT_NAME_WORDS
                 and (mark.startswith(("’", "'")) or not common_english_word(words, _COMMON_NOUN_PLACE_RANK)))
    else:
        place = places.is_place(words, one_word_ok=False)
    # (nor inside a place: "Workers in Nuevo | León caught")
    return (place and _ACRONYM_END_RE.search(text, max(0, end - 8), end) is None
            and _BYLINE_LAST_WORD_RE.search(text, max(0, end - 60), end) is not None
            and not _inside_known_place(text, end))


#: A title and a capitalised word: a person the lede opens with ("Mrs Lau is 81 ...", "Uncle Lim is ...")
_TITLE_AND_NAME_RE = re.compile(rf" \S+ [{_UP}][{_LO}]+ [{_LO}]")


@functools.lru_cache(maxsize=4096)  # a site's bylines recur
def _name_tokens(name: str) -> int:
    """Tokens of a name that are no particle and longer than one character ("Anja van der Berg": 2)."""
    return sum(1 for w in name.split() if w not in B.NAME_PARTICLES and w not in B.NAME_SUFFIXES and len(w) > 1)


def _name_words(name: str) -> int:
    """Words of a name, not counting particles and initials ("Callum M. Nakashima-Reid": 2)."""
    return sum(1 for w in name.split() if w not in B.NAME_PARTICLES and w not in B.NAME_SUFFIXES
               and len(w.rstrip(".")) > 1)


def _after_runin_capital(c: Classed, i: int) -> bool:
    """The capitalised words before token i (up to three) begin inside a word, at a run-in capital ("powerNguyen
    Thi", "contractMaría José Herrera", or after a number: "for 200,000Heidi Ng": a name of up to four words starts
    there; bylines.EXAMPLES["name-run-into-number"])."""
    tokens = c.tokens
    if i == 0 or tokens[i].gap != " ":
        return False
    k = i - 1
    while k > 0 and i - k < 3 and tokens[k].gap == " " and tokens[k - 1].text[:1].isupper():
        k -= 1
    if k == 0 or tokens[k].gap != "" or not tokens[k].text[:1].isupper():
        return False
    before = tokens[k - 1].text[-1:]
    return (before.islower() and before.isalpha()) or before.isdigit()


#: "by" and one capitalised word right before a candidate: the first word of the name "by" introduces
_BY_AND_WORD_RE = re.compile(rf"(?:^|\s)by [{_UP}][^\s]* $")


def _recurs_outside(text: str, word: str, start: int, end: int) -> bool:
    """Does ``word`` occur as a whole word (or a possessive) in ``text`` outside ``start:end``?"""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
        if not start <= m.start() < end:
            return True
    return False


def _capitalised_run_before(text: str, start: int) -> tuple[list[str], str]:
    """The capitalised words right before ``start`` (up to four) and the word before them."""
    words = text[max(0, start - 60) : start].split()
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper():
        k -= 1
    return words[k:], (words[k - 1] if k else "")


def known_place_ends_at(text: str, start: int, *, one_word_ok: bool) -> bool:
    """Is the capitalised run right before ``start`` a known place, after a lower-case word ("... aid cuts hit Cox’s
    Bazar | Arifur Rahman Babu, <site>"; a one-word place only after a place preposition and where ``one_word_ok``: "...
    rally in Savar | A B C")? (bylines.EXAMPLES["known-place-before-byline"])"""
    run, before = _capitalised_run_before(text, start)
    if not run or not before[:1].islower():
        return False
    if before == "and" and one_word_ok:  # the last of two places ("... reaches Manchester and Birmingham | A B, Org")
        first, _ = _capitalised_run_before(text, max(0, text.rfind(" and ", 0, start)))
        place = bool(first) and all(places.is_place(" ".join(r), one_word_ok=True) for r in (first, run))
    else:
        place = places.is_place(" ".join(run), one_word_ok=one_word_ok and before in _ONE_WORD_PLACE_LEADS)
    # (a common English word goes on with the place: "... in the Pearl River | Delta A B, Org"; an initial is none:
    # "... Bayan Lepas | R. K. A and B C, Org")
    word = _word_at(text, start)
    return place and (_INITIAL_RE.fullmatch(word) is not None or not common_english_word(word))


_INITIAL_RE = re.compile(rf"[{_UP}]\.")


#: Where a one-word place follows ("... rally in Savar"; not "As told to | Wen")
_ONE_WORD_PLACE_LEADS = frozenset({"in", "at", "from", "near", "outside", "to"})


def _word_at(text: str, start: int) -> str:
    """The word that starts at ``start`` ("" at a space)."""
    return text[start : start + 40].split(None, 1)[0] if text[start : start + 1].strip() else ""


def _inside_known_place(text: str, start: int) -> bool:
    """Does ``start`` cut a known place of two words or more ("Sham Shui | Po", "Porto | Alegre")?"""
    run, _ = _capitalised_run_before(text, start)
    after = text[start : start + 40].split()[:3]
    for j in range(1, len(run) + 1):
        head = " ".join(run[-j:])
        if not places.may_continue(head):
            continue
        for m in range(1, len(after) + 1):
            if not after[m - 1][:1].isupper():
                break
            if places.is_place(f"{head} {' '.join(after[:m])}".rstrip(",.:;"), one_word_ok=False):
                return True
    return False


def _name_may_start_after(text: str, start: int, form: str) -> bool:
    """May a weak form's names start at ``start`` right after a capitalised word: after a one-word place, or (names
    with an organisation no table knows) after a word no name holds?"""
    return _after_one_word_place(text, start) or (form == "names-any-org" and _after_no_name_word(text, start))


def _after_no_name_word(text: str, start: int) -> bool:
    """Is the capitalised word before ``start`` one no name holds (an institution's last word, a title, a month)?
    A name cannot reach back over it: "... approved by the Legislative Council | A B, <org no table knows> | About
    two hundred ..." (bylines.EXAMPLES["names-any-org-after-non-name"])."""
    word = _word_before(text, start).strip("“”‘’\"'(),")
    return len(word) > 2 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower() \
        and not F.is_name_word(word)  # (not an initial: "Björn Z | Rasmussen, Takaisku")


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 40) : start].split()
    return before[-1] if before else ""


def _score(text: str, start: int, end: int, form: str, base: float, authors: list[str] | None = None,
           left_context: tuple[str, float] | None = None, c: Classed | None = None, i: int | None = None,
           weak: bool = False, vouched_start: bool = False) -> float | None:
    """A candidate's score (the module docstring's model), or None when its context rules it out."""
    if end - start > T["max_byline_chars"] or (start and text[start - 1] in "(["):
        return None  # too long, or inside a bracket ("(ISA Sweden)" is an affiliation, not a byline)
    if left_context is None:
        c = c or F.classify(text)
        i = c.token_index_at(start) if i is None else i
        left_context = _left_context(c, i) if i is not None else (_RUNIN if start and not text[start - 1].isspace()
                                                                   else _WORD)
    left, lb = left_context
    right, rb = _right_context(text, end)
    after_place = left == "capital" and form in _AFTER_PLACE_FORMS and _name_may_start_after(text, start, form)
    if form == "names-comma" and _name_comma_start_known(text, start, left):
        left, lb = "word", 0.0
    if weak and ((left in _LEFT_REJECTS_WEAK and not after_place)
                 or (left == "runin" and form == "names" and right != "runin")
                 or (left == "mention" and form in ("names", "names-comma"))):
        return None  # bare names run in on one side only are likely a headline's tail ("...hoursChiang Pei-shanUnder")
    first_name_tokens = _name_tokens(authors[0]) if authors else 0
    if ((form.startswith("names") or form == "known") and authors and len(authors) > 1 and " " not in authors[0]
            and _LIST_ITEM_BEFORE_RE.search(text, max(0, start - 40), start)):
        return None  # the last items of a list of places the standfirst ends with ("... in Bangkok, | Istanbul and
        # London | A B, Org": bylines.EXAMPLES["place-list-before-byline"])
    if form == "name-one" and right == "starter" and _word_at(text, end + 1).strip("“”‘’\"'(),.:;!?") \
            not in B.SENTENCE_STARTERS:
        right = "sentence"  # (a known place after a one-word name may be the name's own: "Red | Flint is")
    # (a pen name after a standfirst's closing quote or question mark too: bylines.EXAMPLES[
    # "pen-name-after-punctuation"])
    if form == "name-one" and (not ((left in ("word", "punct") or after_place) and right == "starter"
                                    or (left == "word" and right == "sentence"
                                        and _pen_name_then_sentence(text, start, end))
                                    or (left == "start" and right in ("starter", "runin"))
                                    or (left == "runin" and right in ("runin", "starter")
                                        and _pen_name_run_in(text[start:end])))
                               or _recurs_outside(text, text[start:end], start, end)
                               or text[start:end].lower() in B.PLACE_NOUNS or text[start:end] in B.PLACE_NAME_ENDS):
        return None  # (a word the excerpt names again is its subject: "... against Meituan | The company ... Meituan")
    if form == "names" and not _bare_names_bounded(left, right, authors):
        return None
    if (form == "names-place" and first_name_tokens == 1 and len(authors or ()) == 1
            and not (left == "runin" and right == "runin")
            and not (left == "word" and right in ("starter", "sentence"))):
        return None  # a one-word name in a place: a byline only run in ("themSokha in Phnom PenhThousands"), or
        # between a standfirst's lower-case end and a sentence's opening ("... empty shells | <pen name> in Zhengzhou
        # | Three years after ...": bylines.EXAMPLES["one-word-name-in-place"])
    if left == "capital" and vouched_start:
        lb = 0.0  # the site's recurring name says where the byline starts ("... in Longgang | <known pen name>.
        # <known org>": bylines.EXAMPLES["recurring-name-after-capital"])
    elif left == "capital" and _inside_known_place(text, start):
        return None  # a byline never starts inside a place's name ("... night markets in Sham Shui | Po Mingshui")
    elif left == "capital":  # inside a run of capitalised words: a byline starting with a
        # one-word name is more likely the tail of a longer name ("Chen | Bao"), and so is one starting with
        # an initial ("Lorcan | S. Jablonski": bylines.EXAMPLES["initial-after-first-name"])
        initial_first = len(authors[0].split()[0].rstrip(".")) == 1 if authors else False
        word_before = _word_before(text, start)
        # (a Chinese family name before a two-word given name is the name's own: "... tin mines of Kampar | Chin |
        # Fook Loy, retired tin miner", not before a family name's own name: "... trial of Jimmy Lai | Chan Ka-man":
        # bylines.EXAMPLES["family-name-before-given-names"])
        lb = -0.2 if first_name_tokens == 1 or initial_first or (
            form.startswith("names") and first_name_tokens == 2 and word_before in B.EAST_ASIAN_SURNAMES
            and authors and authors[0].split()[0] not in B.EAST_ASIAN_SURNAMES and "-" not in authors[0]) or (
            form.startswith("names") and (_name_word_before(word_before)
                                          or _given_name_before_chinese_name(text, start, authors))) \
            else -_AFTER_CAPITAL_MALUS
        if c is not None and i is not None and _after_runin_capital(c, i):
            lb = -0.2  # the name starts at the run-in before it ("powerNguyen | Thi Hoa")
        elif _BY_AND_WORD_RE.search(text, max(0, start - 40), start):
            lb = -0.2  # the name starts after "by" ("a speech by Kenneth | Siu Man-hon, Org, to ...")
        elif word_before.rstrip("’'") in B.PLACE_NAME_ENDS or _CREDIT_OPENING_RE.match(text, start) or after_place \
                or place_list_ends_at(text, start) or (start and _foreign_by_before(text, start) is not None) \
                or word_before in B.WEEKDAYS or _DATE_BEFORE_RE.search(text, max(0, start - 20), start) \
                or known_place_ends_at(text, start, one_word_ok=first_name_tokens > 1):
            # (a one-word place before a one-word name may be the name's first word: "... move in Liang | Xiaofang")
            lb = 0.0  # after a place's or an institution's last word, as after a lower-case word ("... in Kowloon Bay
            # | Chungsing, Org", "... the Hospital Authority | Chungsing, Org": bylines.EXAMPLES["after-place-end"]);
            # a credit's opening is no name's tail either ("... widows in Shanxi | Reviewed by A, Org":
            # bylines.EXAMPLES["credit-after-capital"]); nor a date's month or a weekday ("... a flag-raising on 1
            # December | Rizal Hakim Sembiring, Org": bylines.EXAMPLES["name-after-date"])
        if not authors and form != "known" and word_before in B.ORG_WORDS:
            lb = ORG_INSIDE_CAPITALS_MALUS  # an organisation does not start right after a word of an
            # organisation's name: that word is its own ("... waits drag on Socialist | Action reporters"), more
            # surely than a place preposition before the whole name says a place comes (a place before it is the
            # standfirst's: "... drivers in Kowloon | Partido Obrero Unificado reporters")
    elif left in _LEFT_BONUS:
        # (not for a credit opening with a capitalised kind of text and "by": no sentence goes on into it, "... only
        # dreamed of | Statement by Org": bylines.EXAMPLES["credit-after-function-word"])
        lb = 0.0 if form in _CREDIT_FORMS and _CREDIT_OPENING_RE.match(text, start) else _LEFT_BONUS[left]
        if left == "function" and form.startswith("names") and authors and " " in authors[0] \
                and _HK_NAME_RE.fullmatch(authors[0].split(" ", 1)[1]) \
                and _english_given_name(authors[0].split(" ", 1)[0]):
            lb = 0.0  # a name that opens with an English given name before a Chinese one is as sure after "for" as
            # a name after a word ("... were told they were too educated for | Nicole Chau Hiu-ying and B, Org")
    elif left == "runin":
        lb = 0.0 if form == "known" else -0.05
    lb -= LONG_NAME_MALUS.get(_name_words(authors[0]) if authors else 0, 0.0)  # (initials make no name long)
    if left != "runin" and authors and len(authors) > 1 and " " not in authors[0] \
            and places.is_place(authors[0], one_word_ok=True):
        lb -= PLACE_AS_AUTHOR_MALUS  # a list's first "name" a known place: the standfirst's places ("... reaches
        # Manchester and | Birmingham A B, Org")
    if form in ("org-role", "org") and (place_words := _place_before_org_opening(text[start:end])):
        lb -= PLACE_BEFORE_ORG_MALUS[place_words]
    if form.startswith("names") and authors and text.startswith(authors[0], start) and _name_words(authors[0]) >= 3 \
            and _recurs_outside(text, authors[0].split()[0], start, end):
        return None  # a long name's first word that the excerpt names again is the standfirst's place or name
        # ("... activists reaches Stockholm | Linnea Sjödahl, ... a meeting in Stockholm’s Södermalm":
        # bylines.EXAMPLES["long-name-first-word-recurs"])
    score = base + lb + rb
    if left in ("start", "break") and right in ("end", "break"):
        score += WHOLE_LINE_BONUS
    return score


def _name_word_before(word: str) -> bool:
    """Is the capitalised word before a name's start a word of the same name: a word with letters beyond ASCII (an
    English text's foreign name or place), no known place unless a family name as written ("Trần", not the place
    "Tran"), no place's, organisation's or title's word ("... two decades on Phạm Thị | Mai Anh, Org" is one name:
    bylines.EXAMPLES["accented-name-word"])?"""
    return (word[:1].isupper() and word.isalpha() and not word.isascii() and not word.isupper()
            and (word in B.EAST_ASIAN_SURNAMES or not places.is_place(word, one_word_ok=True))
            and word not in B.PLACE_NAME_ENDS and word not in B.ORG_WORDS and word not in B.TITLE_WORDS)


def _given_name_before_chinese_name(text: str, start: int, authors: list[str] | None) -> bool:
    """Is the one capitalised word before a Chinese name written the Hong Kong way ("Kwok Ching-man"), after a
    lower-case word, its English given name ("... were for Tiffany Kwok Ching-man, <org>", "Heidi Ng Sze-wing":
    bylines.EXAMPLES["given-name-chinese-name"]): no common English word, no place's, organisation's or title's word,
    no family name ("... the trial of Jimmy Lai | Chan Ka-man")?"""
    if not authors or _HK_NAME_RE.fullmatch(authors[0]) is None:
        return False
    before = _LOWER_THEN_CAPITALISED_RE.search(text, max(0, start - 40), start)
    return before is not None and _english_given_name(before.group(1))


def _english_given_name(word: str) -> bool:
    """May a capitalised word be an English given name: no common English word, no family name, no place's,
    organisation's or title's word?"""
    return (_GIVEN_NAME_WORD_RE.fullmatch(word) is not None and not common_english_word(word, _GIVEN_NAME_RANK)
            and word not in B.EAST_ASIAN_SURNAMES and not places.is_place(word, one_word_ok=True)
            and word not in B.PLACE_NAME_ENDS and word not in B.ORG_WORDS and word not in B.TITLE_WORDS)


#: A family name, then a given name of two hyphenated syllables ("Kwok Ching-man", "Ng Sze-wing")
_HK_NAME_RE = re.compile(rf"[{_UP}][{_LO}]+ [{_UP}][{_LO}]+-[{_LO}]+")
#: A lower-case word, then one capitalised word right before ``start`` (its group)
_GIVEN_NAME_WORD_RE = re.compile(rf"[{_UP}][{_LO}]{{2,}}")
_LOWER_THEN_CAPITALISED_RE = re.compile(rf"(?<![\w’'-])[{_LO}][{_LO}’'-]* ({_GIVEN_NAME_WORD_RE.pattern}) $")
#: The rank within which a word is too common to be read as a given name ("Vincent" 5,120th, "Jimmy" 4,066th; "Day",
#: "Street", "Court" within a few hundred)
_GIVEN_NAME_RANK = 3_000
_INITIALS_THEN_SURNAME_RE = re.compile(rf"(?:[{_UP}]\. ){{1,2}}[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?")


def _pen_name_run_in(name: str) -> bool:
    """A one-word pen name run in on both sides, between a standfirst's end and the lede's or a note's opening ("...
    November 2022|Beiyu|In late November", "... 187 yuan|Mutong|Editor’s note"): no English word, no known place, of
    four letters or more (bylines.EXAMPLES["pen-name-run-in"])."""
    return (len(name) >= 4 and name.isalpha() and not english_word(name.lower())
            and not places.is_place(name, one_word_ok=True))


def _pen_name_then_sentence(text: str, start: int, end: int) -> bool:
    """A one-word pen name between a standfirst's lower-case end and a sentence that opens with no starter word ("...
    meal allowance | Qiuyan | Cleaners at a large ...", "... | Yexing | Lenin wrote ..."): the name is no English word
    and no known place, and the sentence's first word could not go on with it as one name (no known place, no place's
    or organisation's last word, no possessive: "Han | Kuang exercises", "Whitty | Street", "Illawarra | Steel’s")
    (bylines.EXAMPLES["pen-name-before-sentence"])."""
    name, after = text[start:end], _word_at(text, end + 1)
    bare = after.rstrip(",.:;")
    return (not english_word(name.lower()) and not places.is_place(name, one_word_ok=True)
            and not bare.endswith(("’s", "'s")) and not places.is_place(bare, one_word_ok=True)
            and bare not in B.PLACE_NAME_ENDS and bare not in B.ORG_WORDS and bare not in B.TITLE_WORDS
            and not english_word(f"{name}{bare}".lower()))


def _bare_names_bounded(left: str, right: str, authors: list[str] | None) -> bool:
    """Do bare names have a part boundary on both sides? The end, a break, a starter, a run-in or a title after them;
    else a standfirst's lower-case end before them and a sentence's opening after ("... union | Mak Tsz-kin | Crane
    operators at", two such names joined by "and": "... travelling | A B and C D | Workers who live", or a list: "A B,
    C D and E F"), or two two-word names joined by "and" before any capitalised word ("... the strait | A B and C D |
    Hong Kong and Taipei are": bylines.EXAMPLES["name-pair-before-capital"]). A longer run of capitalised words is
    ambiguous ("Marek Zielny Kasia Nowak has": two names, or a three-word name?)."""
    if right in ("end", "break", "starter", "runin", "title"):
        return True
    if left not in ("word", "punct") or authors is None:
        return False
    if right == "sentence":
        # (a surname after initials is a whole name too: "... months’ pay | R. J. Ochieng | Public hospitals in":
        # bylines.EXAMPLES["initials-name-before-sentence"])
        return 1 <= len(authors) <= 4 and all(
            _name_words(a) == 2
            or (_name_words(a) == 1 and (len(authors) > 1 or _INITIALS_THEN_SURNAME_RE.fullmatch(a) is not None))
            for a in authors)
    return right == "capital" and len(authors) == 2 and all(_name_words(a) == 2 for a in authors)


#: An organisation's name opens with its socialist adjective ("Socialist Spark", "Communist Youth"); capitalised words
#: before it that belong to no organisation's name are more likely the standfirst's place ("... police patrol Causeway
#: Bay | Socialist Spark reporters", "... around Victoria Park | Socialist Action reporters"), two or three of them
#: surely so (one is as likely the name's own: "... held incommunicado | Alin Socialist Group statement"):
#: bylines.EXAMPLES["place-before-org-opening"]
PLACE_BEFORE_ORG_MALUS = {1: 0.05, 2: 0.1, 3: 0.1}
_ORG_NAME_OPENERS = (B.ORG_WORDS | B.ORG_OPENING_ADJECTIVES | B.ORG_BODY_ADJECTIVES | B.ORG_NAME_ADJECTIVES
                     | B.PLACE_PREFIXES)


def _place_before_org_opening(span: str) -> int:
    """How many capitalised words no organisation's name holds open the candidate before a socialist adjective (0-3)?"""
    words = span.split(" ", 4)
    for k, word in enumerate(words[1:4], 1):
        if word in B.ORG_OPENING_ADJECTIVES:
            before = words[:k]
            if all(w[:1].isupper() and w not in _ORG_NAME_OPENERS for w in before):
                return k
            return 0
    return 0


def _scan(c: Classed, truncated: bool = False, *, prechecks: bool = True, limit: int | None = None,
          early_stop: bool = True) -> tuple[list[Candidate], int]:
    """Byline candidates from the forms: at each start token, the first form that fits and scores.
    ``prechecks=False`` tries every form at every start (the pre-checks only skip forms that cannot
    match there: same result, slower). Returns (candidates, where the early stop cut the scan)."""
    text, classes, tokens = c.text, c.classes, c.tokens
    out: list[Candidate] = []
    n = len(text)
    stop_at = n
    last_starts: dict[Any, int] = {}  # a form's pieces -> the last class-string position a match can start at
    piece_starts: dict[str, int] = {}  # piece -> where it last starts in ``classes`` (forms share pieces)
    for i in c.starts:
        pos = tokens[i].start
        if pos > stop_at or (limit is not None and pos >= limit):
            break  # a sure byline was found; what follows it is the lede
        p = c.pos_of[i]
        left: tuple[str, float] | None = None
        for name, weak, match, pieces in _scan_forms(classes[p] if prechecks else None):
            if prechecks:
                last = last_starts.get(pieces)
                if last is None:
                    last = last_starts[pieces] = _last_piece_start(pieces, classes, piece_starts)
                if p > last:
                    continue  # none of the pieces every match of the form holds is left after p
            if weak:
                if left is None:
                    left = _left_context(c, i)
                if left[0] in _LEFT_REJECTS_WEAK and not (name in _AFTER_PLACE_FORMS and left[0] == "capital"
                                                          and _name_may_start_after(text, pos, name)) \
                        and not (name == "names-comma" and _name_comma_start_known(text, pos, left[0])):
                    continue
            m = match(classes, p)
            if m is None or m.end() == p:
                continue
            if _cut(m) and not truncated:
                continue  # a byline cut by the excerpt's end: only where the excerpt was cut
            end = c.span(p, m.end())[1]
            authors, org, affil = _fields(c, m)
            if name == "org" and org and " " not in org and not org.isupper() and "." not in org:
                continue  # a single capitalised word ("Solidarity") is no byline on its own
            if name == "names-described" and len(authors) > 1 and m.group("job") is not None:
                continue  # a job with no article is one person's ("Dr A, labour lawyer, Taichung"), not what a list
                # of places does ("... protect Beijing and Xiong’an, say residents")
            if org and text.endswith(org, pos, end):
                org, end = _unrepeated(org, end)
            if left is None:
                left = _left_context(c, i)
            score = _score(text, pos, end, name, BASE_SCORES[name], authors, left, c, i, weak)
            if score is None:
                continue
            out.append(Candidate(pos, end, name, score, authors, org, affil))
            if score >= T["early_stop_score"] and stop_at == n and early_stop:
                stop_at = end + int(T["early_stop_slack_chars"])
            break  # forms are ordered specific -> generic: the first that fits names the form
    return out, stop_at


def _last_start(form: str, classes: str) -> int:
    """The last position of ``classes`` a match of ``form`` may start at: where the last of the
    pieces every match of it holds starts (``prefilter``; the string's length when it has none)."""
    pieces = _form_pieces(form)
    return len(classes) if pieces is None else max(classes.rfind(piece) for piece in pieces)


def _last_piece_start(pieces: tuple[str, ...] | None, classes: str, piece_starts: dict[str, int]) -> int:
    """``_last_start`` of a form with these pieces, each piece's last place looked up once per class string."""
    if pieces is None:
        return len(classes)
    last = -1
    for piece in pieces:
        at = piece_starts.get(piece)
        if at is None:
            at = piece_starts[piece] = classes.rfind(piece)
        if at > last:
            last = at
    return last


@functools.cache
def _scan_forms(char: str | None) -> tuple[tuple[str, bool, Any, tuple[str, ...] | None], ...]:
    """The forms the scan tries at a start token of class ``char`` (every form for None), in order, as
    (name, weak, the compiled pattern's ``match``, its pieces): looked up once, not at every token."""
    forms = F.FORMS if char is None else F.forms_starting_with(char)
    return tuple((f.name, f.weak, F.compiled(f.name).match, _form_pieces(f.name)) for f in forms)


@functools.cache
def _form_pieces(form: str) -> tuple[str, ...] | None:
    return pattern_cache.pieces(F.compiled(form).pattern)


def _unrepeated(org: str, end: int) -> tuple[str, int]:
    """An organisation that runs on into its own first words is the organisation, then the lede repeating
    it ("Statement by Red Flag | Red Flag demands ...", "Interview with A of Workers Alliance | Workers
    Alliance has ..."): (organisation, byline end)."""
    words = org.split(" ")
    for k in range(1, len(words)):
        if words[k:] == words[: len(words) - k]:
            kept = " ".join(words[:k])
            return kept, end - (len(org) - len(kept))
    return org, end


_LINK_WORDS = frozenset({"and", "&", "of", "for", "the", "a", "in", "i"}) | B.NAME_PARTICLES
_TERMINAL_RE = re.compile(r"[.!?:;][”’\"')]*$")


def _middle_line_candidates(text: str) -> list[Candidate]:
    """Lines rendering: a short, title-cased middle line with no final full stop may be a bare
    byline of a form no table knows ("the short middle line"); so may a longer one that names
    someone or something, right between a headline-like first line and the lede ("the credit line":
    "Speech by Councillor A to <council>", "A reports from <place>", "A is a member of <org>"), and the
    author's one-sentence biography there ("Chen Mo (a pen name) is a student in Nanjing.")."""
    lines = text.split("\n")
    out, start = [], 0
    for i, line in enumerate(lines):
        base = None
        if 0 < i < len(lines) - 1 and not _TERMINAL_RE.search(line):
            words = [w for w in line.split() if w.lower() not in _LINK_WORDS]
            caps = sum(1 for w in words if w[:1].isupper() or "." in w[1:])
            if words and len(line) <= T["max_middle_line_chars"] and len(line.split()) <= T["max_middle_line_tokens"] \
                    and caps / len(words) >= T["min_middle_line_capitalised"]:
                base = MIDDLE_LINE_SCORE
            elif i == 1 and _credit_line(lines[0], line, lines[2], caps):
                base = MIDDLE_CREDIT_LINE_SCORE
            if base is not None:
                authors, org, affil = parse_byline(line)
                if not authors and not org and " " not in line.strip() and "name" in F.key_of(line.strip())[1]:
                    authors = [line.strip()]  # a one-word (pen) name on its own line: "Mingshan"
        elif i == 1 and len(lines) > 2 and (bio := _BIO_LINE_RE.fullmatch(line)) and _credit_line(
                lines[0], line, lines[2], 2):
            # (bylines.EXAMPLES["bio-line"]: a full stop ends it, unlike the other credit lines)
            base, authors, org, affil = BIO_LINE_SCORE, [bio.group("name")], None, None
            parsed = parse_byline(line.rstrip("."))
            if parsed[0] == authors:  # whose member: "A is a member of <org> and a nurse"
                org, affil = parsed[1], parsed[2]
        if base is not None:
            score = _score(text, start, start + len(line), "middle-line", base, authors)
            if score is not None:
                out.append(Candidate(start, start + len(line), "middle-line", score, authors, org, affil))
        start += len(line) + 1
    return out


#: the author's one-sentence biography: a name (and a bracket: "(a pen name)"), "is a" or "was a", and what
_BIO_LINE_RE = re.compile(rf"(?P<name>[{_UP}][^\s()]*(?: [{_UP}][^\s()]*){{0,3}})(?: \([^()]{{1,20}}\))? "
                          rf"(?:is|was) (?:a|an) [^.!?\n]{{3,120}}\.")


def _opens_with_domain(line: str) -> bool:
    """Does a web domain open the line ("<domain> migrant reporters’ collective": bylines.EXAMPLES[
    "domain-credit-line"])?"""
    words = line.split(None, 1)
    return bool(words) and shape_of(words[0]) == DOMAIN


def _credit_line(first: str, line: str, after: str, caps: int) -> bool:
    """A second line that reads as a credit: a headline-like first line (no final stop) before it, a
    capitalised opening and another capitalised word in it (who, and whose or where: "A reports from
    <Place>", "Editorial from <Paper> issue N"), or a web domain opening it, short, and a sentence opening after
    it."""
    return (not _TERMINAL_RE.search(first)
            and ((line[:1].isupper() and caps >= 2) or _opens_with_domain(line))
            and len(line) <= T["max_middle_credit_line_chars"]
            and len(line.split()) <= T["max_middle_credit_line_tokens"]
            and (after[:1].isupper() or after[:1].isdigit() or after[:1] in "“‘\"'"))


#: A credit that calls the text a version of another, at a part boundary ("This article is an abridged version of
#: the editorial in <paper>, <the org>’s <language> magazine, issue 14, March-April 2025", "What follows is a
#: shortened version of the editorial in issue 52 of <paper> (<section>《...》), January-February 2026"): it runs to
#: where a sentence opens, whatever it names on the way (bylines.EXAMPLES["version-credit-to-sentence"])
_VERSION_CREDIT_OPEN_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[{_LO}.!?’”] ))(?:This (?:article|piece|text|editorial) is|What follows is|This is|Below is|"
    rf"The following is) (?:an? |the )?(?:(?:{'|'.join(sorted(B.VERSION_ADJECTIVES))}) )*"
    rf"(?:version|translation|transcript|excerpt) of ")
VERSION_CREDIT_MAX_CHARS = 200
#: ... as sure as the forms' credits less this (a form that reads the credit knows better where it ends)
VERSION_CREDIT_MALUS = 0.1
_OPENS_AT_RE = re.compile(rf"\n| [{_UP}][\w’'-]* ")  # (not a capitalised word before a comma: "in Red | Tide, ...")


def _version_credits(text: str, truncated: bool) -> list[Candidate]:
    """Version credits (``_VERSION_CREDIT_OPEN_RE``) to where a sentence opens, its line's end or the excerpt's cut,
    ``VERSION_CREDIT_MALUS`` less sure than the forms' (``_text_candidates`` keeps them only where no form read the
    credit)."""
    out = []
    for m in _VERSION_CREDIT_OPEN_RE.finditer(text):
        line_end = text.find("\n", m.end())
        limit = min(m.start() + VERSION_CREDIT_MAX_CHARS, len(text) if line_end < 0 else line_end)
        end = _sentence_opening(text, m.start(), m.end(), limit)
        if end is None:
            end = limit if limit == line_end or (truncated and limit == len(text)) else None
        if end is None:
            continue
        authors, org, affil = parse_byline(text[m.start() : end])
        score = _score(text, m.start(), end, "credit-version", BASE_SCORES["credit-following"] - VERSION_CREDIT_MALUS,
                       authors)
        if score is not None:
            out.append(Candidate(m.start(), end, "credit-version-open", score, authors, org, affil))
    return out


def _text_candidates(text: str, truncated: bool = False, prechecks: bool = True) -> list[Candidate]:
    """The candidates that do not depend on site knowledge: forms, middle lines."""
    cands = _scan(F.classify(text), truncated, prechecks=prechecks)[0]
    if " of " in text and (version := _version_credits(text, truncated)):
        # (only where no form read the credit to where a sentence may open, and then instead of the forms' reading
        # that stopped inside it: "... the editorial in Red | Tide, <org>’s bulletin, issue 9, May-June 2025")
        read = {c.start for c in cands if c.end == len(text) or _OPENS_AT_RE.match(text, c.end)}
        version = [c for c in version if c.start not in read]
        starts = {c.start for c in version}
        cands = [c for c in cands if c.start not in starts] + version
    if "(" in text:
        cands += _pattern_candidates(text, _BRACKETED_BY_RE, _bracketed_form, _bracketed_fields)
    if "Words: " in text or "Text: " in text:
        cands += _pattern_candidates(text, _WORDS_PICTURES_RE, lambda m: "by-verb")
    if "，" in text or "《" in text:
        cands += _pattern_candidates(text, _CJK_BYLINE_RE, lambda m: "names-org",
                                     lambda span: _cjk_byline_fields(_CJK_BYLINE_RE.fullmatch(span)))
    if _CAPS_PAIR_RE.search(text):
        # (capitals alone are an acronym's or a headline's: a byline has "BY" or its organisation)
        cands += _pattern_candidates(text, _CAPS_BYLINE_RE,
                                     lambda m: "by" if m.group("by") else "names-org" if m.group("org") else None)
    if "\n" in text:
        cands += _middle_line_candidates(text)
        if truncated:
            cands += _cut_name_line(text)
    elif truncated:
        cands += _cut_name_merged(text)
    return cands


#: A writer's credit and a photographer's, each after its colon ("... salt flats | Words: A. Pictures: B. | The salt
#: workers ...", run in: "... 30 days | Words: A. Photos: B | The building ...", or a slash, a bar or a semicolon
#: between: "Words: A / Photos: B", "Text: A | Photos: B, Org"): the byline, its writer the author, the organisation
#: after the photographer's name theirs (bylines.EXAMPLES["words-and-pictures"])
_CREDIT_WORD = rf"[{_UP}][{_LO}’']*(?:-[{_UP}]?[{_LO}]+)*"
_STARTER_WORD = rf"(?:{'|'.join(sorted(B.SENTENCE_STARTERS))})\b"
_CREDIT_NAME = rf"{_CREDIT_WORD}(?: (?!{_STARTER_WORD}){_CREDIT_WORD}){{0,3}}"
_WORDS_PICTURES_RE = re.compile(rf"(?:Words|Text): (?P<names>{_CREDIT_NAME}(?: and {_CREDIT_NAME})?)(?:\.| /| \||;) "
                                rf"(?:Photos|Pictures|Photographs|Images|Photography): {_CREDIT_NAME}\.?"
                                rf"(?:, (?P<org>{DOMAIN}|[{_UP}][{_LO}]+(?: (?!{_STARTER_WORD})[{_UP}][{_LO}]+){{0,2}})"
                                rf"(?=$|\s))?")


#: A byline written as a Chinese text writes it: a name in Chinese characters, a full-width comma, the organisation
#: and its section in full-width brackets ("梁子駿，社會主義行動（ISA香港）"), or a name, then a Chinese publication's
#: title in its brackets and what it is ("Lin Hsiu-chu, 《浪湧》月刊"): the name the author, the rest the organisation
#: (without its section's bracket, which the gold's writers read as no affiliation either; not a Latin byline's
#: Chinese form after a slash: "A, ISA in Canada / 何詠欣，國際社會主義者加拿大支部")
#: (bylines.EXAMPLES["chinese-script-byline"])
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CJK_BYLINE_RE = re.compile(
    rf"(?:(?<=[\s{_LO}.!?’”])(?<!/ )|^)"
    rf"(?:(?P<names>[{_CJK}]{{2,4}})，(?P<org>[{_CJK}]{{2,12}})(?:（[^（）\n]{{1,24}}）)?"
    rf"|(?P<names2>[{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+(?:-[{_LO}]+)?){{1,2}}), "
    rf"(?P<org2>《[^》\n]{{1,12}}》[{_CJK}]{{0,8}}))(?=\s|$|[{_UP}“‘])")


def _cjk_byline_fields(m: re.Match[str] | None) -> tuple[list[str], str | None, str | None]:
    if m is None:
        return [], None, None
    return [m.group("names") or m.group("names2")], m.group("org") or m.group("org2"), None


#: A byline in capitals ("BY MA WING-SEE, SOCIALIST AWAKENING", "XIE MINGHAO, CHINAWORKER.INFO", run in: "...
#: line?BY WICHAI BOONMEEVientiane’s ..."): its names and organisation as printed (bylines.EXAMPLES["capitals-byline"])
_CAPS_WORD = rf"[{_UP}][{_UP}’'.-]+"
_CAPS_PAIR_RE = re.compile(rf"{_CAPS_WORD} {_CAPS_WORD}")  # (speed only: two words in capitals)
# (a statement's credit too, and the name's Chinese form and the organisation's section in brackets: "STATEMENT BY
# <ORG> (ISA IN INDONESIA)", "<NAME> (梁永山), <ORG> (ISA IN MACAU)": bylines.EXAMPLES["caps-byline-brackets"])
_CAPS_BYLINE_RE = re.compile(rf"(?:^|(?<=[\s{_LO}?!.”’\"]))(?P<by>(?P<statement>(?:JOINT )?STATEMENT )?BY )?"
                             rf"(?P<names>{_CAPS_WORD}(?: {_CAPS_WORD}){{1,3}})(?: \([^\x00-\x7f()]+\))?"
                             rf"(?:, (?P<org>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,4}}))?"
                             rf"(?: \((?P<affil>[^()\n]{{1,40}})\))?"
                             rf"(?=\s*$|\n| [{_UP}][{_LO}]|[{_UP}][{_LO}])")


def _caps_byline(text: str) -> tuple[tuple[str, ...], str | None, str | None] | None:
    m = _CAPS_BYLINE_RE.fullmatch(text)
    if m is None or not (m.group("by") or m.group("org")):
        return None
    if m.group("statement"):
        return (), m.group("names"), m.group("affil")  # a statement's credit names an organisation
    return (m.group("names"),), m.group("org"), m.group("affil")


#: A signed byline in brackets, between two parts ("... disciplinary action | (By A, Org) | More than ..."): the
#: forms read no byline inside a bracket, which elsewhere holds an affiliation (bylines.EXAMPLES["bracketed-by"]);
#: or a name and an organisation in brackets, run in too ("... a right-wing government afloat(A, Org)Argentina’s
#: president ...": EXAMPLES["bracketed-name-org"])
_BRACKETED_BY_RE = re.compile(rf"(?:(?<!\S)|(?<=[{_LO}.!?”’\"]))\((?P<by>By )?[^()\n]{{2,80}}\)(?=\s|$|[{_UP}“‘\"])")


def _bracketed_form(m: re.Match[str]) -> str | None:
    if m.group("by"):
        return "by"
    authors, org, _ = _bracketed_fields(m.group())
    return "names-org" if authors and org else None


def _bracketed_fields(span: str) -> tuple[list[str], str | None, str | None]:
    """A bracketed byline's fields; a name and a capitalised run no table knows are a name and its organisation
    there, as on a line known to be a byline ("(A, Izquierda de Base)")."""
    authors, org, affil = parse_byline(span)
    if org or span.startswith("(By "):
        return authors, org, affil
    c = F.classify(span[1:-1])
    m = F.compiled("NAMES_ANY_ORG").fullmatch(c.classes)
    return _fields(c, m) if m else (authors, org, affil)


def _pattern_candidates(text: str, pattern: re.Pattern[str], form_of: Callable[[re.Match[str]], str | None],
                        fields: Callable[[str], tuple[list[str], str | None, str | None]] = parse_byline,
                        ) -> list[Candidate]:
    """Bylines of a shape no form reads (``_BRACKETED_BY_RE``, ``_WORDS_PICTURES_RE``, ``_CAPS_BYLINE_RE``), each
    scored as the form ``form_of`` says it is (None: no byline); ``fields`` reads their fields."""
    out = []
    for m in pattern.finditer(text):
        form = form_of(m)
        if form is None:
            continue
        authors, org, affil = fields(m.group())
        if not authors and not org:
            continue
        score = _score(text, m.start(), m.end(), form, BASE_SCORES[form], authors)
        if score is not None:
            out.append(Candidate(m.start(), m.end(), form, score, authors, org, affil))
    return out


#: A signed byline or a statement's credit ("By A", "Statement by <org>", "<org> statement")
_SIGNED_OR_STATEMENT_RE = re.compile(r"(?:By |(?:Joint )?[Ss]tatement (?:by|from|of) |[^:\n]{2,80} statement$)")
#: One phrase ending in "!" or "?" (no other sentence end in it), then a capitalised word (on the next line, where
#: the post's line breaks are kept)
_CALL_AFTER_BYLINE_RE = re.compile(rf"[{_UP}][^.!?\n]{{8,150}}[!?][”’\"')]*(?=[ \n][{_UP}])")
#: An interview's credit, whose text opens with its first question ("A talked to B | How did you start ...?")
_INTERVIEW_CREDIT_RE = re.compile(r"\b(?:[Ii]nterview\w*|[Qq]uestions?|Q&A|"
                                  + "|".join(sorted(B.INTERVIEW_VERBS | B.INTERVIEW_VERBS_TO)) + r")\b")


def _call_opens_text(byline: str, call: str) -> bool:
    """Is the call or question right after a leading byline the standfirst? After a signed article's or a
    statement's credit, yes (bylines.EXAMPLES["call-after-byline"]); after any other credit a question is too
    ("A, Org | Exile politics or rebuilding at home? | Five years after ...": bylines.EXAMPLES["question-after-
    byline"]), but not after an interview's, whose text opens with its first question, nor a slogan after a
    leaflet's credit, which opens the leaflet ("Leaflet issued by <org> | Living wage now!")."""
    if _SIGNED_OR_STATEMENT_RE.match(byline):
        return True
    # (nor a question put to "you": an interviewer's, whatever the credit says)
    return call.rstrip("”’\"')").endswith("?") and not _INTERVIEW_CREDIT_RE.search(byline) and not _YOU_RE.search(call)


_YOU_RE = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def _org_opens_lede(after: str, organisation: str) -> int | None:
    """Where the organisation of a leading byline opens the lede as its subject after a headline-style phrase ("Zhol
    Socialist Group statement | The demands of the contract workers are ... | Zhol Socialist Group sends its full
    support ...": bylines.EXAMPLES["org-opens-lede"]), or None."""
    head = after[: int(T["max_standfirst_chars"]) + 1]
    m = re.search(rf"(?<=[{_LO}’”'\")]) {re.escape(organisation)} (?=[{_LO}])", head)
    if m is None or SENTENCE_INSIDE_RE.search(after, 0, m.start()) or _word_before(after, m.start() + 1) in \
            _LEADS_INTO_NOUN:
        return None  # (not the organisation's name inside a phrase: "... one of 14 buildings in | Barcelona where")
    return m.start() + 1


def _cut_name_line(text: str) -> list[Candidate]:
    """An excerpt cut right after a byline's first word, alone on the last line after a paragraph that ends a
    sentence ("... interests of the regime.\n<First name> ..."): a lede's line holds more than one word before the
    excerpt's cut, so a lone name word is where the byline began."""
    head, _, last = text.rpartition("\n")
    word = last.strip()
    if " " in word or not F.is_name_word(word) or head.rstrip("”’\"')")[-1:] not in ".!?":
        return []
    start = len(head) + 1
    score = _score(text, start, start + len(word), "middle-line", MIDDLE_LINE_SCORE, [word])
    return [] if score is None else [Candidate(start, start + len(word), "cut-name-line", score, [word], None, None)]


# (after a lower-case word only: after a full stop it is as often the first word of a lede's second sentence, cut
# inside: "... before receiving residency. Severa...")
_LAST_WORD_RE = re.compile(rf"(?<=[{_LO}]) (?P<word>[{_UP}][{_LO}]{{2,}})$")


def _cut_name_merged(text: str) -> list[Candidate]:
    """The same, merged: a standfirst of one sentence with no break inside, ending in a lower-case word, then a lone
    name word at the excerpt's cut ("... most of it failed in the end | Henrike...": bylines.EXAMPLES[
    "cut-name-merged"]): a lede would hold more than one word, and a second sentence, before the cut, and a standfirst
    run into a lede cut inside a word breaks before it ("... lives | On the evening ... patrolled Victo")."""
    m = _LAST_WORD_RE.search(text)
    if m is None or not F.is_name_word(m.group("word")) or m.group("word") in B.SENTENCE_STARTERS:
        return []
    head = text[: m.start()].rstrip("”’\"')")
    if (len(head) < T["min_cut_name_standfirst_chars"] or SENTENCE_INSIDE_RE.search(head[:-1])
            or standfirst_break(head)[0] is not None):
        return []  # (a standfirst and a lede's first sentence: "... memory lives | On the evening ... patrolled Victo")
    start = m.start("word")
    score = _score(text, start, len(text), "middle-line", MIDDLE_LINE_SCORE, [m.group("word")])
    return [] if score is None else [Candidate(start, len(text), "cut-name-line", score, [m.group("word")], None, None)]


#: a sentence's end inside a text (a full stop, "!" or "?", then a space and a capital)
SENTENCE_INSIDE_RE = re.compile(rf"[.!?][”’\"')]* [{_UP}]")


#: A two-word place's first word at a span's end and its second after it ("South | Korea’s")
_PLACE_SECOND_WORD_RE = pattern_cache.compile(rf" (?:{'|'.join(sorted(B.PLACE_NAMES))})(?![{_LO}{_UP}])")


def _before_place(text: str, cand: Candidate) -> Candidate:
    """A candidate ending on the first word of a two-word place ("... Org South | Korea has") ends before it: the
    place opens the lede."""
    head, _, word = text[max(0, cand.end - 12) : cand.end].rpartition(" ")
    if not head or word not in B.PLACE_PREFIXES or _PLACE_SECOND_WORD_RE.match(text, cand.end) is None:
        return cand
    if cand.end - len(word) - 1 <= cand.start:
        return cand
    return _without_tail(cand, f" {word}", authors_too=True)


def _without_tail(cand: Candidate, tail: str, *, authors_too: bool) -> Candidate:
    """``cand`` ending before ``tail``, its last words, which its organisation (and ``authors_too``: its names) lose."""
    authors = [a.removesuffix(tail) for a in cand.authors] if authors_too else cand.authors
    org = cand.organisation.removesuffix(tail) if cand.organisation else cand.organisation
    return dataclasses.replace(cand, end=cand.end - len(tail), authors=authors, organisation=org)


#: A byline ending in a place it is in, then one or two capitalised words: "A, ISA in the Philippines | Overseas"
_PLACE_THEN_CAPITALS_RE = pattern_cache.compile(
    rf" in(?: the)? (?:(?:{'|'.join(sorted(B.PLACE_PREFIXES))}) )?(?:{'|'.join(sorted(B.PLACE_NAMES))})"
    rf"(?P<tail>(?: [{_UP}][{_LO}]+){{1,2}})$")


def _at_place_end(text: str, cand: Candidate) -> Candidate:
    """A candidate that runs on past the place its organisation is in, into a capitalised word or two before more
    text, ends at the place: they open the lede ("A, ISA in the Philippines | Overseas Filipino workers ...",
    "Statement by ISA in South Korea | International Socialist Alternative condemns ...":
    bylines.EXAMPLES["byline-ends-at-its-place"])."""
    if cand.end >= len(text) or not text[cand.end].isspace() or text.find(" in ", cand.start, cand.end) < 0 or (
            m := _PLACE_THEN_CAPITALS_RE.search(text, cand.start, cand.end)) is None:  # (speed: " in " first)
        return cand
    tail = m.group("tail")
    if tail.split()[0] in B.PLACE_NAMES:
        return cand  # (a place of two words the table holds word by word: "in Phnom Penh")
    return _without_tail(cand, tail, authors_too=False)


def _edged(text: str, cands: Iterable[Candidate]) -> list[Candidate]:
    """The candidates, with the edges no byline has: none ends between "Hong" and "Kong" ("A, Colonial Hong | Kong was
    never ..."), on a two-word place's first word ("By A South | Korea is often ...": bylines.EXAMPLES[
    "two-word-place-opens-lede"]) or past the place its organisation is in (``_at_place_end``)."""
    return [_at_place_end(text, _before_place(text, c)) for c in cands
            if not (text[c.end - 4 : c.end] == "Hong" and text[c.end : c.end + 5] == " Kong")]


def find_byline(text: str, knowledge: Knowledge | None = None, memo: dict[Any, Any] | None = None, *,
                truncated: bool = False, prechecks: bool = True) -> Candidate | None:
    """The best byline candidate in prepared text (merged with adjacent candidates), or None.
    ``memo``: where the knowledge-free work on ``text`` is kept for a second call (see split_excerpt);
    ``truncated``: the excerpt was cut (a byline may then end at the text's end mid-phrase);
    ``prechecks=False``: try every form everywhere (same result; for tests)."""
    memo = {} if memo is None else memo
    known = []
    run_in_starts = []
    org_spans: list[tuple[int, int]] = []
    if knowledge is not None:
        for cand in knowledge.candidates(text):
            if cand.form == RUN_IN_START:
                run_in_starts.append(cand.start)
                continue
            if cand.form == KNOWN_ORG_SPAN:
                org_spans.append((cand.start, cand.end))
                continue
            score = _score(text, cand.start, cand.end, "known", cand.score, cand.authors,
                           vouched_start=cand.vouched_start)
            if score is not None:
                cand.score = score
                known.append(cand)
    key = ("full", truncated, prechecks)
    if key not in memo:
        memo[key] = _edged(text, _text_candidates(text, truncated, prechecks))
    cands = memo[key] + _edged(text, known)
    if org_spans:
        cands = _whole_known_orgs(text, cands, [(s, e) for s, e in org_spans if " " in text[s:e]])
        cands = _from_known_org_start(text, cands, org_spans)
    if ", with " in text:
        cands = [_with_part_by(text, c) for c in cands]
    best = _pick(text, cands)
    if best is not None and best.authors and text[best.start - 3 : best.start] in ("’s ", "'s "):
        for s, e in org_spans:
            if e == best.start - 3:  # "<known org>’s | A spoke to B": bylines.EXAMPLES["known-org-possessive-byline"]
                return dataclasses.replace(best, start=s, organisation=best.organisation or text[s:e], known=True)
        if best.form == "credit-interviewed" and (domain := _DOMAIN_BEFORE_RE.search(text, 0, best.start - 3)):
            # a domain needs no knowledge: "<site>.info’s | A spoke to B"
            return dataclasses.replace(best, start=domain.start(), organisation=best.organisation or domain.group())
    if best is not None and truncated and best.form.startswith("credit") and _CREDIT_GOES_ON_RE.fullmatch(
            text, best.end):
        best = dataclasses.replace(best, end=len(text))
    if best is None and (intro := _TEXT_INTRO_AT_RE.search(text, 0, int(T["max_standfirst_chars"]))) is not None \
            and (to_colon := _TO_COLON_RE.match(text, intro.start())) is not None:
        # no form read it, but the excerpt opens, or goes on after its standfirst, by introducing the text after
        # its colon ("Below is the leaflet that X members handed out at ... on Friday: | A fair rota ...")
        # (who handed it out is not read: the organisation stays None unless the byline parser finds one)
        authors, org, affil = parse_byline(text[intro.start() : to_colon.end()])
        return Candidate(intro.start(), to_colon.end(), "text-intro", BASE_SCORES["credit-following"], authors, org,
                         affil)
    if (best is not None and best.organisation and text[:best.end].endswith(best.organisation)
            and (source := _FROM_SOURCE_RE.match(text, best.end)) is not None):
        # "Edited by A, Org, | from the accounts of ...": bylines.EXAMPLES["byline-from-source"]
        best = dataclasses.replace(best, end=source.end())
    if best is not None and (more := _CONTRIBUTED_RE.match(text, best.end)) is not None:
        # "A, Org. | B contributed reporting from <place>.": the contributor's sentence is the byline's, B one of its
        # authors (bylines.EXAMPLES["contributed-reporting"])
        best = dataclasses.replace(best, end=more.end(), authors=[*best.authors, *more.group("names").split(" and ")])
    if best is not None and text[best.end - 1 : best.end] != ":" and _TEXT_INTRO_RE.match(text, best.start):
        to_colon = _TO_COLON_RE.match(text, best.end)
        if to_colon is not None:  # bylines.EXAMPLES["text-intro-to-colon"]
            authors, org, affil = parse_byline(text[best.start : to_colon.end()])
            best = dataclasses.replace(best, end=to_colon.end(), authors=authors or best.authors,
                                       organisation=org or best.organisation, affiliation=affil or best.affiliation)
    if best is not None and (surname := _surname_after_by(text, best)) is not None:
        # (a by-credit's one-word name goes on with its family name, where the forms stopped before what follows it:
        # "By Dafydd | Morlais, whose grandfather ...", "Reviewed by Folasade | Ogunleye, Lagos": bylines.EXAMPLES[
        # "surname-after-by"])
        best = dataclasses.replace(best, end=surname.end(1),
                                   authors=[*best.authors[:-1], f"{best.authors[-1]} {surname.group(1)}"])
    if best is not None and (org_end := _org_goes_on(text, best)) is not None:
        org = text[best.end - len(best.organisation or "") : org_end]
        authors = best.authors or parse_byline(text[best.start : org_end])[0]
        best = dataclasses.replace(best, end=org_end, organisation=org, authors=authors)
    if best is not None and (glued := _GLUED_WORD_AFTER_RE.match(text, best.end)) is not None \
            and (glued.group(2) in B.SENTENCE_STARTERS or glued.group(2) in B.GROUP_NOUNS) \
            and text[best.start : best.end].rsplit(None, 1)[-1][:1].isupper():
        # capitalised words after the byline, the last run into a sentence's first word ("A and B, Kowloon |
        # SparklineOur database ..."): the post's paragraphs meet at the run-in, so they end the byline; a lede opens
        # with no such word (bylines.EXAMPLES["word-run-into-lede"])
        authors, org, affil = parse_byline(text[best.start : glued.end(1)])
        best = dataclasses.replace(best, end=glued.end(1), authors=authors or best.authors,
                                   organisation=org or best.organisation, affiliation=affil or best.affiliation)
    if best is not None and best.organisation and text.endswith(best.organisation, best.start, best.end) \
            and (unit := _ORG_UNIT_AFTER_RE.match(text, best.end)) is not None \
            and unit.group(1) not in B.SENTENCE_STARTERS and unit.group(1) not in B.GROUP_NOUNS \
            and not any(w in B.FUNCTION_WORDS for w in unit.group().split()):
        # the organisation's unit after it, with its place or trade ("A and B, Unite | Oxford bus branch", "Statement
        # by Rotherham | UNISON local government branch": bylines.EXAMPLES["org-unit-after"])
        best = dataclasses.replace(best, end=unit.end())
    if best is not None and (greeting := _SALUTATION_RE.search(text, best.start + 12, best.end)) is not None \
            and not _inside_quotation(text[best.start : greeting.start()]):
        # a speech's or a letter's salutation opens the lede, whatever tail the credit read on over it ("Speech by A at
        # the forum, 8 March | Sisters and comrades, I have ...": bylines.EXAMPLES["salutation-opens-lede"])
        best = dataclasses.replace(best, end=greeting.start())
    if best is not None and (clause_end := _clause_tail_end(text, best.end)) is not None:
        best = dataclasses.replace(best, end=clause_end)
    if best is not None and best.organisation and (dash_end := _dash_tail_end(text, best.end)) is not None:
        best = dataclasses.replace(best, end=dash_end)
    if best is not None and (open_part := _part_start_before(text, best.start)) is not None:
        part_start, after_by = open_part
        if after_by:
            best = dataclasses.replace(best, start=part_start)  # (the names after "by" are the credit's)
        else:
            authors, org, affil = parse_byline(text[part_start : best.end])
            head = text[part_start : best.start].rstrip()
            if not authors and not best.authors and head.endswith(","):
                # (the name the comma left open, without its other form or mark: "Kwan Ka-ho [關家豪], | Org")
                name = _NAME_MARKS_RE.sub("", head[:-1]).strip()
                authors = [name] if name[:1].isupper() and len(name.split()) <= 4 else []
            best = dataclasses.replace(best, start=part_start, authors=authors or best.authors,
                                       organisation=org or best.organisation, affiliation=affil or best.affiliation)
    elif best is not None:
        best = _with_name_before_comma(text, cands, best)
        best = _with_list_before_semicolon(text, cands, _with_lower_pen_name(text, best))
        best = _with_name_token_before(text, best)
        best = _with_nickname_before(text, best)
    if best is not None and "\n" in text:
        best = _with_whole_middle_line(text, best)
    if best is not None and best.form == "credit-interview-by":
        best = _without_interviewee_after(text, best)
    if best is not None and (dated := _DATED_TAIL_RE.match(text, best.end - text.endswith(",", 0, best.end))):
        best = dataclasses.replace(best, end=dated.end())  # (from the comma a byline "A," ends with, too)
    if best is not None and (dated_start := _dateline_before(text, best.start)) is not None:
        best = dataclasses.replace(best, start=dated_start)
    if best is not None and (dateline := _dateline_place_start(text, best)) is not None:
        best = dataclasses.replace(best, end=dateline)
    if best is not None and (twice := _SAID_TWICE_RE.match(text, best.start)) and twice.end() < best.end \
            and places.is_place(twice.group(1), one_word_ok=True) and twice.group(1) not in B.EAST_ASIAN_SURNAMES:
        # (the standfirst's last word, a known place, said again opens the byline: "... march through Kaohsiung |
        # Kaohsiung, 1 May – A and B, Org"; not a name's: "Yang Yang, Org": bylines.EXAMPLES[
        # "word-said-twice-before-byline"])
        best = dataclasses.replace(best, start=twice.end())
    if best is not None and (not best.known or "+" in best.form) \
            and (again := _NAME_SAID_AGAIN_RE.search(text, best.start, best.end + 60)) is not None \
            and again.start(2) < best.end and text[again.start(2) - 2 : again.start(2) - 1].isalpha():
        # (a name of two words the byline holds, said again after a word: the lede opens with whom the credit
        # named, "A spoke to B C, a worker from Nantou | B C is 46 and ...", "Joint statement by Lal Lehar (...) and
        # <org> | Lal Lehar and <org> condemn ...", also where the byline took its first word: "Interview with B C by
        # A, Org | B C, 29, has ...": bylines.EXAMPLES["name-said-again-opens-lede"])
        end = again.start(2) - (text[again.start(2) - 1] == " ")
        authors, org, affil = parse_byline(text[best.start : end])
        best = dataclasses.replace(best, end=end, authors=authors or best.authors, organisation=org,
                                   affiliation=affil)
    if best is not None:
        best = _without_entity_head(text, _without_place_head(text, best))
    if best is not None:
        best = _without_lede_surname(text, best)
    if best is not None and best.authors and not best.organisation:
        authors, org = _comma_pair(best.authors, None, text[best.start : best.end])
        best = dataclasses.replace(best, authors=authors, organisation=org)
    if best is not None and not best.known:
        for p in run_in_starts:
            if best.start < p < best.end and text[best.start:p].isalpha():
                # the byline's first word runs a standfirst's word into a known organisation ("charges" +
                # "chinaworker.info statement"): it starts where the organisation does
                authors, org, affil = parse_byline(text[p:best.end])
                return Candidate(p, best.end, best.form, best.score, authors, org or best.organisation, affil, True)
    if best is not None and not best.known:
        best = _after_word_run_into_domain(text, best)
    return best


#: The capitalised words a byline ends with, and the capitalised words after it (a possessive or punctuation after the
#: last): a known place's name the byline cuts ("... LSR São | Paulo’s avenues")
_CUT_PLACE_RE = re.compile(rf"(?:(?<= )[{_UP}][{_LO}]+ )?(?<= )[{_UP}][{_LO}]+$")
_PLACE_REST_RE = re.compile(rf" ([{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+)?)(?:’s|'s)?(?=[\s,.:;])")


#: A name of two capitalised words (the second may be hyphenated), then the same name again later before a lower-case
#: word or a comma, the lede's verb or clause (not a longer organisation's name: "Red Gum, paper of Red Gum Socialists")
#: (or run into the byline's last word: "Interview by A B, Offensiv|A B spoke to ...")
_NAME_SAID_AGAIN_RE = re.compile(rf"\b([{_UP}][{_LO}]+ [{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?)\b.+?(?<=[ {_LO}])(\1)"
                                 rf"(?= [{_LO}]|,)")


#: A capitalised word and a space, then the same word again
_SAID_TWICE_RE = re.compile(rf"([{_UP}][{_LO}]+) (?=\1\b)")


#: The capitalised words a byline ends with (up to three, no acronym), before the lede's first word
_END_RUN_RE = re.compile(rf"(?:(?<= )[{_UP}][{_LO}]+ ){{0,2}}(?<= )[{_UP}][{_LO}]+$")
_LEDE_NOUN_RE = re.compile(rf" ([{_UP}][{_LO}]+)(?=[\s,.:;(]|$)")


def _without_entity_head(text: str, best: Candidate) -> Candidate | None:
    """The byline without its last capitalised words where they open a name the lede's first word ends: a place's,
    an institution's or an organisation's last noun ("Park", "Company", "Street", "Congress") right after them says
    the name goes on into the lede, so it starts where the name does, at a known place ("A, ISA Taiwan | Hsinchu
    Science Park never sleeps", "A, Org, Lagos | Nigeria Labour Congress and ...") or at words the standfirst named
    ("... hawkers from Apliu Street — A, Org | Apliu Street has been ...") (bylines.EXAMPLES["name-end-opens-lede"]).
    None where bare names are all such words: the lede's subject, no byline ("Golden Crane Holdings shuts ... |
    Golden Crane Holdings, which ...": bylines.EXAMPLES["opening-said-again"])."""
    noun = _LEDE_NOUN_RE.match(text, best.end)
    if best.known or noun is None or noun.group(1) not in B.NAME_END_NOUNS:
        return best
    if best.form in ("names", "name-one") and f"{text[best.start : best.end]} {noun.group(1)}" in text[: best.start]:
        return None
    run = _END_RUN_RE.search(text, max(best.start, best.end - 60), best.end)
    if run is None or run.start() <= best.start or places.is_place(run.group(), one_word_ok=True):
        return best  # (a byline that ends with a whole place keeps it: "ISA in Taiwan | Union members ...")
    words = run.group().split(" ")
    offsets = list(itertools.accumulate([run.start()] + [len(w) + 1 for w in words[:-1]]))
    named = [at for at in offsets if f"{text[at : best.end]} {noun.group(1)}" in text[: best.start]]
    at_place = [at for word, at in zip(words, offsets, strict=True) if places.is_place(word, one_word_ok=True)
                and not places.is_place(text[at : best.end], one_word_ok=True)]
    at = named[0] if named else at_place[-1] if at_place else None  # (the longest run named, else the last place)
    end = len(text[:at].rstrip()) if at is not None else 0
    if at is None or not (text[end - 1 : end].isalpha() or text[end - 1 : end] == ")"):
        return best
    removed, org, authors = text[at : best.end], best.organisation, best.authors
    if org and org.endswith(removed):
        org = org[: -len(removed)].rstrip() or None
    elif authors and authors[-1].endswith(removed):
        authors = [*authors[:-1], authors[-1][: -len(removed)].rstrip()]
    else:
        authors, org, _ = parse_byline(text[best.start : end])
    if not org and not (authors and authors[-1]):
        return best
    return dataclasses.replace(best, end=end, authors=authors, organisation=org)


#: A capitalised word, then punctuation, a bracket or a preposition (not a verb: "By Qiuchen | Dockers at the
#: terminal", "... by Lujiang | Priya was born")
_SURNAME_AFTER_RE = re.compile(rf" ([{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?)(?=[,.;:]| \(| (?:for|from|of|on|in|with) )")


def _surname_after_by(text: str, best: Candidate) -> re.Match[str] | None:
    """The family name after a by-credit's one-word last name (the text says "by" or "from" before it), where it is
    no English word, no known place and no organisation's word, before punctuation or a preposition."""
    if best.known or not best.authors or " " in best.authors[-1] \
            or not text.endswith(tuple(f"{word} {best.authors[-1]}" for word in ("by", "By", "from")), 0, best.end):
        return None
    m = _SURNAME_AFTER_RE.match(text, best.end)
    if m is None or english_word(m.group(1).lower()) or places.is_place(m.group(1), one_word_ok=True) \
            or m.group(1) in B.ORG_WORDS or m.group(1) in B.SENTENCE_STARTERS:
        return None
    return m


def _without_place_head(text: str, best: Candidate) -> Candidate:
    """The byline without its last word or two where they open a known place the text goes on with: they are the
    lede's ("Luana da Conceição, LSR | São Paulo’s avenues were ...", "<site> correspondent in Belgrade | Novi Sad
    railway station’s ..."): as no byline starts inside a place, none ends inside one
    (bylines.EXAMPLES["place-opens-lede"])."""
    head = _CUT_PLACE_RE.search(text, max(0, best.end - 40), best.end)
    rest = _PLACE_REST_RE.match(text, best.end)
    if head is None or rest is None or head.start() <= best.start \
            or places.is_place(head.group(), one_word_ok=" " not in head.group()):
        return best  # (a byline that ends with a whole place keeps it: "A and B in Hsinchu City | One in three")
    for cut in (head.start(), text.find(" ", head.start()) + 1):
        words = text[cut : best.end]
        # (a place's last word opens none: "in Hsinchu City | One in three", not "City One")
        if not best.start < cut < best.end or words.split()[0] in B.PLACE_NAME_ENDS or not places.may_continue(words):
            continue
        if not any(places.is_place(f"{words} {after}", one_word_ok=False)
                   for after in (rest.group(1), rest.group(1).split()[0])):
            continue
        end = len(text[:cut].rstrip())
        if not text[end - 1 : end].isalpha() and text[end - 1 : end] != ")":
            return best  # (what is left ends in a comma or a bracket's opening: a list of places, no byline)
        org = best.organisation
        if org and org.endswith(words):
            org = org[: -len(words)].rstrip() or None
        authors = best.authors
        if not org and authors and authors[-1].endswith(words):
            authors = [*authors[:-1], authors[-1][: -len(words)].rstrip()]
        if not org and not (authors and authors[-1]):
            return best
        return dataclasses.replace(best, end=end, organisation=org, authors=authors)
    return best


#: A given name after a family name that opens the lede: a capitalised word no English one, then a possessive, a
#: comma or a lower-case word ("Zhou | Meifang has", "Li | Qiang’s government", "Wang | Wei, a ...")
_GIVEN_NAME_THEN_SENTENCE_RE = re.compile(rf" ([{_UP}][{_LO}]+(?:-[{_LO}]+)?)(?:’s|'s|,)? [{_LO}]")


def _without_lede_surname(text: str, best: Candidate) -> Candidate:
    """The byline without the last word of its organisation where that word is a common East Asian family name and a
    given name follows it: the lede opens with a person ("A, Socialist Alternative | Zhou Meifang has worked ...",
    "A, Labour Tide | Wu Shu-fen’s book ..."; bylines.EXAMPLES["lede-opens-with-surname"]). An organisation's name
    ends in such a word far more rarely than a lede opens with a Chinese, Korean or Vietnamese name."""
    org = best.organisation
    if not org or " " not in org or not text.endswith(org, best.start, best.end):
        return best
    head, last = org.rsplit(" ", 1)
    given = _GIVEN_NAME_THEN_SENTENCE_RE.match(text, best.end)
    if (last not in B.EAST_ASIAN_SURNAMES or given is None or common_english_word(given.group(1))
            or given.group(1) in B.ORG_WORDS or head.rsplit(" ", 1)[-1] in B.NAME_PARTICLES):
        return _without_lede_given_name(text, best)
    return dataclasses.replace(best, end=best.end - len(last) - 1, organisation=head)


#: A capitalised word (a family name), then a verb of a sentence about the person: an auxiliary, a verb of saying, or a
#: past tense ("... | Musk has said", "... | González won", "... | Luxemburg opposed")
_NAME_THEN_VERB_RE = re.compile(rf" ([{_UP}][{_LO}]+(?:-[{_LO}]+)?) (?:has|had|was|is|says|said|told|won|wrote|writes"
                                rf"|[{_LO}]{{2,}}ed)\b")


def _without_lede_given_name(text: str, best: Candidate) -> Candidate:
    """The byline without its last word where that word and the next open the lede as a person's name before a
    sentence ("By A B de C | Felipe González won ...", "A B, editor of Offensiv | Elon Musk has said ...", "Interview
    by A, Lingkar Sosialis | Pak Harun has been ...": bylines.EXAMPLES["lede-opens-with-name"]): the word no common
    English one, no organisation's, title's or place's, the next no common English word nor a place either, and what
    is left of the last author a full name, or of the organisation two words or more."""
    given = _NAME_THEN_VERB_RE.match(text, best.end)
    byline = text[best.start : best.end]
    head, _, last = byline.rpartition(" ")
    if (given is None or not last.isalpha() or given.group(1) in B.GROUP_NOUNS
            # (the person the credit names: "Interview with Jocelyn B by A, Org | Jocelyn has worked ...")
            or given.group(1) in byline.split() or not last[:1].isupper() or last.isupper()
            or common_english_word(last, _GIVEN_NAME_RANK) or common_english_word(given.group(1)) or last in B.ORG_WORDS
            or last in B.TITLE_WORDS or given.group(1) in B.ORG_WORDS
            or places.is_place(last, one_word_ok=True) or places.is_place(given.group(1), one_word_ok=True)):
        return best
    org, authors = best.organisation, list(best.authors)
    if org and org.endswith(f" {last}") and byline.endswith(org):
        org = org[: -len(last) - 1]
    elif not org and authors and authors[-1].endswith(f" {last}") and _name_words(authors[-1]) >= 3 \
            and head.endswith(authors[-1][: -len(last) - 1]):
        authors[-1] = authors[-1][: -len(last) - 1]
    else:
        return best
    return dataclasses.replace(best, end=best.start + len(head), authors=authors, organisation=org)


#: A domain right before a possessive's "’s", after a space or a line break
_DOMAIN_BEFORE_RE = re.compile(rf"(?:(?<=\s)|^)(?:{DOMAIN_RE.pattern})$")


#: A byline opening with a lower-case word and a domain with nothing between them, after a space and a word (or a
#: quote that ends no sentence: "... face ‘subversion’ chargeschinaworker.info statement", "... the world’s busiest
#: container portsgantryline.info reporters"): the standfirst's last word may be run into the domain
#: (bylines.EXAMPLES["word-run-into-domain"]); a capitalised word only where it is a place or a month the tables hold
#: ("... lost to Vietnam|sampanpost.info reporters") or a known place (``places``: "Copperbelt|ropewalkpost.info"):
#: the word list splits other place names ("Liu|jia|zhuang") as often as it gets them whole, so those are left to
#: the site's knowledge
_RUN_IN_CAPITALISED = B.PLACE_NAMES | B.MONTH_NAMES
_RUN_IN_DOMAIN_RE = re.compile(rf"(?<=[\w’'”] )(?<![.!?][’'”] )(?P<name>[A-Za-z][a-z]{{3,}})"
                               rf"\.(?:{'|'.join(B.TOP_LEVEL_DOMAINS)})(?![a-z0-9.-])")


def _after_word_run_into_domain(text: str, cand: Candidate) -> Candidate:
    """The byline without the standfirst's last word where the excerpt's parts run together with nothing (the lede
    run into the byline's end: "... reportersAfter a four-day ...", "... reporters“We ..."): the word is the first of
    those an English word list splits the run into ("ports|gantry|line"), or a place or month the tables hold that
    opens a capitalised run ("Vietnam|sampanpost"); the domain is the rest."""
    run = _RUN_IN_DOMAIN_RE.match(text, cand.start)
    if run is None or cand.end >= len(text) or not (text[cand.end].isalnum() or text[cand.end] in "“‘\"'«"):
        return cand
    name = run.group("name")
    if name[0].isupper():
        first = max((w for w in _RUN_IN_CAPITALISED if name.startswith(w) and len(name) - len(w) >= 4), key=len,
                    default="")
        # (or a known place: "Copperbelt|ropewalkpost", "Ulsan|lithiumtrail": bylines.EXAMPLES["word-run-into-domain"])
        first = first or max((name[:k] for k in range(places.MIN_ONE_WORD_LETTERS, len(name) - 3)
                              if places.is_place(name[:k], one_word_ok=True)), key=len, default="")
    else:
        import wordninja  # its word list takes 0.1 s to load: only for the few excerpts that need it

        first = wordninja.split(name)[0]
    if not first or first == name:
        return cand
    start = cand.start + len(first)
    authors, org, affil = parse_byline(text[start : cand.end])
    return dataclasses.replace(cand, start=start, authors=authors, organisation=org, affiliation=affil)


#: Where and when the byline was written, after a comma ("A, Org, | Macau, 12 January 2025", "A, | Denpasar, 1 May"):
#: the byline's (bylines.EXAMPLES["byline-place-date"])
_PLACE_TEXT = rf"[{_UP}][\w’'.-]*(?: [{_UP}][\w’'.-]*){{0,2}}"  # up to three capitalised words
#: (or after a web byline's bar: "A | <site> | Chattogram, 9 March 2025")
_DATED_SEP = r"(?:, | [|·] )"
_DATED_END_RE = re.compile(rf"{_DATED_SEP}(?:{_PLACE_TEXT}, )?{_DATE}$")
_DATED_TAIL_RE = re.compile(rf"{_DATED_SEP}(?:{_PLACE_TEXT}, )?{_DATE}"
                            rf"(?=$|\n| [{_UP}\d“‘\"]|[{_UP}][{_LO}])")  # (run in too)
#: Capitalised words right after a byline that ends with its organisation, then a lower-case word, a comma, a bracket
#: or the end: the organisation's own ("Leaflet issued by Socialist | Action to postal workers ...", "Open letter from
#: Socialist | Alternative to striking ...", "A, Suluh | Pekerja"): a byline does not end inside a run of capitalised
#: words (bylines.EXAMPLES["org-goes-on"])
_ORG_RUN_RE = re.compile(rf"((?: [{_UP}][{_LO}’'-]*[{_LO}]){{1,3}})(?=[ ,]?$| [{_LO}]|, | \(|\n| [^\s\d]*\d)")


def _org_goes_on(text: str, best: Candidate) -> int | None:
    if not best.organisation or not text.endswith(best.organisation, best.start, best.end) or \
            best.organisation.rsplit(None, 1)[-1] not in B.ORG_OPENING_ADJECTIVES:
        return None
    m = _ORG_RUN_RE.match(text, best.end)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in B.GROUP_NOUNS or words[0] in B.TITLE_WORDS or words[0] in ("Hong", "Kong") or any(
            w in B.MONTHS or w in B.SENTENCE_STARTERS for w in words):
        return None
    return m.end(1)


#: An organisation's unit right after its name: capitalised words (a place, a trade), a lower-case word or two, the
#: unit ("| Oxford bus branch", "| Scotland cleaners' branch", "| West Midlands region")
_ORG_UNIT_AFTER_RE = re.compile(rf" ([{_UP}][\w’'-]*)(?: [{_UP}][\w’'-]*){{0,2}}(?: [{_LO}][\w’'-]*){{0,2}}"
                                rf" (?:sub-)?(?:branch|committee|region|section|chapter)(?=$|[\s,.;:(])")
def _inside_quotation(text: str) -> bool:
    """Does ``text`` leave a quotation open (a title's "Sisters:" is no salutation: "... ‘Night Shift Sisters: A
    Novel’")?"""
    return text.count("‘") > text.count("’") or text.count("“") > text.count("”")


#: A salutation opening a speech or a letter: "Sisters and comrades,", "Brothers and sisters:", "Dear Minister,"
_SALUTATION_RE = re.compile(r"(?<=[\w)’'”]) (?=(?:Dear [A-Z][\w’'-]*|(?:Brothers|Sisters|Comrades|Friends|Colleagues)"
                            r"(?: and (?:sisters|brothers|comrades|friends|colleagues))?)[,:!])")
#: One to three capitalised words right after a position, the last run into a capitalised word (its group 2): "|
#: SparklineOur", "| Labour DigestNurses"
_GLUED_WORD_AFTER_RE = re.compile(rf"((?: [{_UP}][{_LO}’'-]*[{_LO}]){{1,3}})([{_UP}][{_LO}]*)(?![{_UP}{_LO}]*[{_UP}])")
_INTERVIEWEE_RE = re.compile(r"Interview with (.+?) by ")


def _without_interviewee_after(text: str, best: Candidate) -> Candidate:
    """An interview's lede that opens with its interviewee's name is not the byline's ("Interview with A B by C, Org |
    A B is 38 and ...": bylines.EXAMPLES["interview-lede-names-interviewee"])."""
    m = _INTERVIEWEE_RE.match(text, best.start, best.end)
    if m is None:
        return best
    again = text.find(f" {m.group(1)} ", m.end(), best.end + len(m.group(1)) + 1)
    if again < 0 or again >= best.end:
        return best
    org = best.organisation
    if org and text.endswith(org, best.start, best.end):
        org = text[best.end - len(org) : again].strip() or None
    authors = []
    for name in best.authors:  # (a name the lede's opening ran into loses it: "C D | A" -> "C D")
        at = text.find(name, m.end(), best.end)
        authors.append(text[at:again].strip() if at >= 0 and at + len(name) > again else name)
    return dataclasses.replace(best, end=again, organisation=org, authors=[a for a in authors if a])


#: A dateline and a dash before a byline ("... twenty beds” | Kwun Tong, 1 May – A, Org", "Taipei, 1 May 2025 – Org
#: statement"): the byline's (bylines.EXAMPLES["dateline-byline"])
_DATELINE_BEFORE_RE = re.compile(rf"(?:^|(?<=\n)|(?<=[{_LO}.!?’”\"] )|(?<=[{_LO}])){_PLACE_TEXT}, {_DATE} ?"
                                 rf"(?P<dash>[–—] ?)?$")


def _dateline_before(text: str, start: int) -> int | None:
    """Where a dateline right before the byline at ``start`` begins, or None."""
    m = _DATELINE_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None or not (m.group("dash") or text.startswith(("– ", "— "), start)):
        return None
    if _word_before(text, m.start()).lower() in B.PLACE_PREPOSITIONS:
        return None  # the standfirst's place and date ("... a march in Kwun Tong, 1 May")
    return m.start()


#: A dash after a capitalised word, then a capital or a number: a dateline opening the lede ("... reporters in Batam |
#: Batam – Around 3,000 workers ...", "SHEFFIELD – The picket line ...": bylines.EXAMPLES["dateline-lede"])
_DATELINE_DASH_RE = re.compile(rf" [–—] (?=[{_UP}0-9“‘\"])")
_LAST_CAPITALISED_RE = re.compile(rf"(?<=[\w),]) [{_UP}][\w’'.-]*$")


def _dateline_place_start(text: str, best: Candidate) -> int | None:
    """Where the lede's dateline place starts when the byline took it ("... in Batam Batam | – Around ..."), or None."""
    if _DATELINE_DASH_RE.match(text, best.end) is None:
        return None
    byline = text[best.start : best.end]
    m = _LAST_CAPITALISED_RE.search(byline)
    if m is None or any(name.endswith(m.group().strip()) for name in best.authors) or (
            best.organisation and best.organisation.endswith(m.group().strip())):
        return None
    return best.start + m.start()


#: A lede opens a sentence: never with a lower-case word, a comma or a semicolon. What follows a byline that way is
#: the byline's own clause ("A, Org | , who was arrested at the march and released on bail | Police ...", "A, Org
#: | regional organiser, Tyneside | Every ...", "A, Org | ; updated by B after the verdict | The court ..."): it
#: runs to where a sentence opens (a capitalised word after a lower-case one or a sentence end, followed by a
#: lower-case word; not after a word that leads into a noun: "outside the | Chinese consulate"), within a line
#: (a lower-case word, not a domain: "... of Sosialis Alternatif | chinaworker.info: Anwar came ..." opens an
#: interview's question; nor does a bracket or a Chinese form: "A and B, Org | (section) and Org2 (section)
#: respectively | About forty ...", "A, Org | 社會主義更新 (section) | More than ...":
#: bylines.EXAMPLES["byline-own-bracket"])
_CLAUSE_OPEN_RE = re.compile(rf"(?:[,;] | )[{_LO}][{_LO}’'-]*(?=[ ,;])|[,;] [{_UP}]| \(|(?:, |[ ]?)[\u3400-\u9fff]")
_SENTENCE_OPENS_RE = re.compile(rf"(?<=[{_LO}\d.!?)’”'\"\u3400-\u9fff]) (?=[{_UP}][{_LO}’'-]*,? [{_LO}])"
                                rf"|(?<=[{_LO}][.!?]) (?=[{_UP}])|(?<=[{_LO}\d][.!?]) (?=[‘“][{_UP}])"
                                # (or a capitalised preposition before a name, a day or a number: "... from Yantian |
                                # By Tuesday afternoon the operator ...": bylines.EXAMPLES["preposition-opens-lede"])
                                rf"|(?<=[{_LO}]) (?=(?:By|On|In|At|From|Since|After|Before|During|Until) [{_UP}\d])")
_LEADS_INTO_NOUN = frozenset({"the", "a", "an", "of", "in", "at", "on", "to", "by", "for", "from", "with", "and", "or",
                              "outside", "near", "into", "his", "her", "their", "our", "its"})
CLAUSE_TAIL_MAX_CHARS = 160
#: ... but a comma right before a sentence's opening is the byline's own, left dangling ("A, | It was three in the
#: morning", the corpus's "Dave Hundorf,")
_DANGLING_COMMA_RE = re.compile(rf", (?=[{_UP}][{_LO}’'-]* [{_LO}])")
_CLAUSE_RUN_IN_RE = re.compile(rf"(?<=[{_LO}])(?=[{_UP}][{_LO}])")


#: A dash after a byline's organisation, then a lower-case word: what the byline says of the text ("WUI – a Marxist
#: analysis | Below we publish ...", "A, <org> — photographs by the author | At four in the morning ...")
_DASH_TAIL_RE = re.compile(rf" [–—-] (?=[{_LO}])")
_DASH_TAIL_END_WORDS = _LEADS_INTO_NOUN | {"is", "are", "was", "were"}
DASH_TAIL_MAX_WORDS = 8


def _dash_tail_end(text: str, end: int) -> int | None:
    """Where a byline's tail after a dash ends (``_DASH_TAIL_RE``): at its first lower-case word that ends a phrase
    before a capitalised one, within a line and a few words (no article or preposition: "a | Marxist analysis" goes
    on), else None (bylines.EXAMPLES["dash-tail"])."""
    m = _DASH_TAIL_RE.match(text, end)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    words = list(re.finditer(r"\S+", text[m.end() : len(text) if line_end < 0 else line_end]))
    for w in words[:DASH_TAIL_MAX_WORDS]:
        word, after = w.group(), m.end() + w.end()
        if word[:1].islower() and word not in _DASH_TAIL_END_WORDS and text[after + 1 : after + 2].isupper():
            return after
    return None


_CAPS_FAMILY_NAME_BEFORE_RE = re.compile(rf"(?:(?<=[{_LO}])|(?:^|(?<=\s))(?P<prev>[{_UP}][{_LO}]+) )"
                                         rf"(?P<tok>[{_UP}]{{5,}}) $")
_NAME_TOKEN_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?P<prev>[{_LO}][{_LO}’'-]+|\d[\d,.]*) (?P<tok>\S+) $")
_STARTER_SURNAME_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?P<tok>{'|'.join(sorted(B.SURNAME_STARTERS))}) $")


def _with_name_token_before(text: str, best: Candidate) -> Candidate:
    """A name's first token right before a byline that starts with a name, where a phrase ends before that token (a
    lower-case word that leads into no noun, or a number): "... share | I | Made Wirawan, Org", "... notice |
    Suresh | a/l Krishnan, Org" (bylines.EXAMPLES["name-token-before"])."""
    if not best.authors or not text.startswith(best.authors[0], best.start):
        return best
    if caps := _CAPS_FAMILY_NAME_BEFORE_RE.search(text, max(0, best.start - 40), best.start):
        # a family name in capitals run into the standfirst's last word or after its place ("... plant|MATSUDA | Kanna,
        # Org", "... in Japan | OKADA | Rin and ...": bylines.EXAMPLES["capitals-family-name"])
        if caps.group("prev") is None or caps.group("prev") in B.PLACE_NAMES:
            return _with_first_author_head(best, caps.start("tok"), caps.group("tok"))
    m = _NAME_TOKEN_BEFORE_RE.search(text, max(0, best.start - 40), best.start)
    if m is None and (s := _STARTER_SURNAME_BEFORE_RE.search(text, max(0, best.start - 40), best.start)) \
            and (s.start("tok") == 0 or _after_one_word_place(text, s.start("tok"))
                 or _word_before(text, s.start("tok")) in B.PLACE_NAME_ENDS
                 or known_place_ends_at(text, s.start("tok"), one_word_ok=False)):
        # (such a family name opening the excerpt, or after a place: "He | Zhilin, Org | In June 1925 ...", "... walk
        # out in Zhaoqing | He | Yuling, Org", "... routes to North Point | He | Haiming, Org")
        return _with_first_author_head(best, s.start("tok"), s.group("tok"))
    if m is None or m.group("prev") in _LEADS_INTO_NOUN or m.group("prev") in B.NAME_PARTICLES:
        return best
    tok = m.group("tok")
    # (only a token no place or acronym takes: an initial or a name's abbreviation, "I", "Ma."; a family name in
    # capitals, "TAKEDA"; a capitalised word after a lower-case one may end a standfirst: "... across Stockholm")
    # (or a family name that is also a sentence's first word: "... a bigger story | He | Haiming, Org")
    bare = tok.rstrip(".")
    if not (bare[:1].isupper() and bare.isalpha()) or not (
            (len(bare) <= 2 and (tok.endswith(".") or len(bare) == 1)) or (bare.isupper() and len(bare) >= 5)
            or tok in B.SURNAME_STARTERS):
        return best
    return _with_first_author_head(best, m.start("tok"), tok)


def _with_first_author_head(best: Candidate, start: int, head: str) -> Candidate:
    """``best`` from ``start``, where ``head`` (the first author's words the byline left out) stands."""
    return dataclasses.replace(best, start=start, authors=[f"{head} {best.authors[0]}", *best.authors[1:]])


#: A first name and a nickname in quotes right before a byline's name: the name's own ("... workers | Marivic “Vicky” |
#: Sarmiento, Org", "... stoppage | Renato “Atoy” | Dimaculangan, Org", a hyphenated one: "... came | Tseng “A-Hui” |
#: Shu-fen, Org": bylines.EXAMPLES["nickname-in-name"])
_NICKNAME_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?P<first>[{_UP}][{_LO}’'-]+ "
                                 rf"[“\"‘][{_UP}][{_LO}’']*(?:-[{_UP}]?[{_LO}’']*)*[”\"’]) $")


def _with_nickname_before(text: str, best: Candidate) -> Candidate:
    if not best.authors or not text.startswith(best.authors[0], best.start):
        return best
    m = _NICKNAME_BEFORE_RE.search(text, max(0, best.start - 40), best.start)
    if m is None:
        return best
    return _with_first_author_head(best, m.start(), m.group("first"))


WHOLE_LINE_MAX_CHARS = 160
#: A sentence's end inside a line: three words or more, then a full stop and a capital ("... in Hong Kong. Workers")
_LINE_SENTENCE_RE = re.compile(r"(?:\S+ ){2,}\S*[a-z]{2}[.!?][”’\"')]* [A-Z]")


def _with_whole_middle_line(text: str, best: Candidate) -> Candidate:
    """Lines rendering: a byline found inside the line between the standfirst's line and the lede's is that whole
    line, whatever a form read of it ("Wanjiku Ng’ang’a, | Sauti ya Wafanyakazi (section)", "Lou Sio-kei, Macau |
    Labour Left organiser, Taipa and Coloane"): the post's own line breaks bound its parts
    (bylines.EXAMPLES["whole-middle-line"])."""
    line_start = text.rfind("\n", 0, best.start) + 1
    line_end = text.find("\n", best.end)
    if line_start == 0 or line_end < 0 or "\n" in text[best.start : best.end]:
        return best
    if (line_start, line_end) == (best.start, best.end) or line_end - line_start > WHOLE_LINE_MAX_CHARS:
        return best
    line = text[line_start:line_end]
    if _LINE_SENTENCE_RE.search(text, line_start, best.start) or _sentence_opening(text, best.start, best.end,
                                                                                     line_end) is not None:
        return best  # (a sentence on the line before or after the byline: the line is the lede's or the standfirst's)
    authors, org, affil = parse_byline(line)
    if not authors and not org and (pair := _NAME_COMMA_ORG_RE.match(line)) is not None \
            and F.is_person_name(pair.group("name")):
        # (what no form reads whole, "A, Org ...": the name before the comma, the organisation's capitalised words
        # after it and its bracket)
        authors, org, affil = [pair.group("name")], pair.group("org"), pair.group("affil")
    elif not org and best.organisation and text.endswith(best.organisation, 0, best.end):
        # (the organisation a form cut at the byline's old end goes on in capitalised words: "Socialist | Spark;")
        tail = _CAPITALISED_TAIL_RE.match(text, best.end, line_end)
        org = best.organisation + (tail.group() if tail else "")
    return dataclasses.replace(best, start=line_start, end=line_end, authors=authors or best.authors,
                               organisation=org or best.organisation, affiliation=affil or best.affiliation)


_CAPITALISED_TAIL_RE = re.compile(r"(?: [A-Z][\w’'-]*)+")
#: "A, Org (section) ...": a name of up to four words, then an organisation's capitalised words (a particle between
#: them: "Sauti ya Wafanyakazi") and its bracket
_ORG_LINKS = "|".join(sorted({*B.NAME_PARTICLES, "ya", "of", "the", "and"}))
_NAME_COMMA_ORG_RE = re.compile(rf"(?P<name>[{_UP}][^\s,()]*(?: [^\s,()]+){{0,3}}), "
                                rf"(?P<org>[{_UP}][\w’'.-]*(?: (?:(?:{_ORG_LINKS}) )?[{_UP}][\w’'.-]*)*)"
                                rf"(?: \((?P<affil>[^()\n]{{1,40}})\))?")


def _sentence_opening(text: str, start: int, pos: int, limit: int) -> int | None:
    """Where the first sentence opens between ``pos`` and ``limit`` in a part that began at ``start``: a capitalised
    word, then a lower-case one, after a lower-case word, a number, a date's month or a sentence end (not inside a
    name: "Joan | Pratt"; not after a word that leads into a noun: "outside the | Chinese consulate"), or a sentence
    starter after a place ("... aboard the MV Pacific Lark off Busan | The nineteen crew ...", "... in Toronto on 30
    August | Friends, we are here")."""
    for m in _SENTENCE_OPENS_RE.finditer(text, pos, limit):
        word = text[start : m.start()].rsplit(None, 1)[-1]
        if word in _LEADS_INTO_NOUN:
            continue
        following = text[m.end() :].split(None, 1)[0]
        if not word[0].isupper() or word[-1] in ".!?" or following in B.SENTENCE_STARTERS \
                or (word in B.MONTH_NAMES and _ends_a_date(text[start : m.start()])) \
                or (following.endswith(",") and following[:-1] in B.GROUP_NOUNS):
            # (a speech's address opens it after a place: "... rally in Colombo | Comrades, three years ago")
            return m.start()
    return None


def _ends_a_date(head: str) -> bool:
    """Does ``head`` end in a month that is a date's ("on 30 May", "in May"), not a name's first word ("the Osaka May |
    Day rally": bylines.EXAMPLES["may-day-is-no-date"])?"""
    words = head.rsplit(None, 2)
    return len(words) < 2 or words[-2][:1].isdigit() or words[-2] in _DATE_LEADS


_DATE_LEADS = frozenset({"in", "on", "since", "until", "from", "of", "by", "to", "early", "late", "mid"})


def _clause_tail_end(text: str, end: int) -> int | None:
    """Where a byline's own clause after ``end`` ends (a lede cannot open there), or None when a lede can."""
    if _CLAUSE_OPEN_RE.match(text, end) is None:
        return None
    if _DANGLING_COMMA_RE.match(text, end) is not None:
        return end + 1
    line_end = text.find("\n", end)
    limit = min(end + CLAUSE_TAIL_MAX_CHARS, len(text) if line_end < 0 else line_end)
    run_in = _CLAUSE_RUN_IN_RE.search(text, end + 2, limit)  # "... just back from Henoko|The trucks start ..."
    if run_in is not None:
        limit = run_in.start()
    opening = _sentence_opening(text, end, end + 2, limit)
    if opening is not None:
        return opening
    if run_in is not None:
        return run_in.start()
    if limit == len(text) or 0 <= line_end <= limit:
        return limit  # (the clause is the rest of the byline's line, or of the excerpt where it was cut)
    return None


#: A standfirst never ends in "by", a comma, a joiner ("and", "&", "+", "/") or "from", "with", "of" (not a phrasal
#: verb's particle: "... three years on", "... move in"): the credit it opens ("Lyrics by", "Satire by", "A profile of
#: A, hospital cleaner, by", "Poster by a student, translated by", "Q&A with", "A, with input from"), the name before
#: the organisation's comma ("... inspectors say | Ana Lúcia Fagundes, | Luta Operária") or the first of two joined
#: ("... first month | Rodel Manansala, Lakas Obrero / | Cebu ... Union") belongs to the byline after it
#: (bylines.EXAMPLES["credit-before-by"], ["name-before-comma"], ["credit-before-preposition"])
_ENDS_IN_BY_RE = re.compile(r"(?:^|\s)by$")
#: A name's other form in brackets and a footnote mark ("Kwan Ka-ho [關家豪]", "Xiaocao*")
_NAME_MARKS_RE = re.compile(r"\s*[\[(（][^\])）]{1,30}[\])）]|\*+")
_ENDS_JOINED_RE = re.compile(r"(?:,|\s(?:and|&|\+|/|from|with|of))$")
PART_BEFORE_MAX_CHARS = 120
_CREDIT_LABEL_RE = re.compile(rf"(?:^|(?<=[{_LO}.!?:’”]))[{_UP}][{_LO}-]+$")
_PHRASE_END = ".!?:’”\""


#: A capitalised word run into a lower-case one
_RUN_IN_CAPITAL_RE = pattern_cache.compile(rf"(?<=[{_LO}])[{_UP}][{_LO}’'-]+$")


def _part_start_before(text: str, start: int) -> tuple[int, bool] | None:
    """Where the part that the text before a byline at ``start`` leaves open starts (see ``_ENDS_IN_BY_RE``), and
    whether it ended in "by": the capitalised word right before "by", else the nearest capitalised word after a
    lower-case word or a phrase's end (not inside a name, not after "of", "the" or a name's particle); None when the
    text before is no open part."""
    before = text[:start].rstrip()
    by = _ENDS_IN_BY_RE.search(before) is not None
    if not (by or _ENDS_JOINED_RE.search(before)) or before.endswith("\n") or "\n" in text[len(before) : start]:
        return None
    # (the open part is on the byline's own line: "... transition\n| Xiaocao*, | tieqiao.info")
    offset = max(0, len(before) - PART_BEFORE_MAX_CHARS, before.rfind("\n") + 1)
    words = list(re.finditer(r"\S+", before[offset:]))
    if by and len(words) >= 2 and (label := _CREDIT_LABEL_RE.search(words[-2].group())) is not None:
        return offset + words[-2].start() + label.start(), by  # "Lyrics | by", run in: "... decree?|Satire by"
    for i in range(len(words) - 1, 0, -1):
        word, prev = words[i].group(), words[i - 1].group()
        if word[:1].isupper() and (prev[-1:] in _PHRASE_END or (
                prev[:1].islower() and prev not in _LEADS_INTO_NOUN and prev not in B.NAME_PARTICLES)):
            if (run_in := _RUN_IN_CAPITAL_RE.search(prev)) is not None:
                # (the part's first word run into the standfirst's last: "... joint stoppageIgnacio | Barrientos,
                # Valentina Rojas, and ...": bylines.EXAMPLES["reporting-from-for"])
                return offset + words[i - 1].start() + run_in.start(), by
            return offset + words[i].start(), by
    line_start = before.rfind("\n") + 1
    if line_start and offset == line_start and words and words[0].group()[:1].isupper():
        return offset + words[0].start(), by  # (the line's first word: a line break ends a phrase)
    return None


#: A credit that introduces the text after it ("The following is the text of a leaflet distributed by X at ...:",
#: "Below is the leaflet that X handed out ...:", "Text of the leaflet ...:") runs to its colon
_TEXT_INTRO_RE = re.compile(r"(?:The following (?:is|are)|Below (?:is|are)|Text of|This is the text of) ")
#: ... at the excerpt's start or a part boundary (a line break, or a space after a lower-case word or a sentence end)
_TEXT_INTRO_AT_RE = re.compile(rf"(?:^|(?<=\n)|(?<=[{_LO}.!?’”] ))(?:Below (?:is|are)|Text of|This is the text of) ")
#: A sentence after the byline naming who contributed reporting ("... . B contributed reporting from Tseung Kwan O.")
_CONTRIBUTED_RE = re.compile(rf"\.? (?P<names>[{_UP}][\w’'-]+(?: [{_UP}][\w’'-]+){{1,2}}"
                             rf"(?: and [{_UP}][\w’'-]+(?: [{_UP}][\w’'-]+){{1,2}})?) contributed (?:additional )?"
                             rf"reporting(?: (?:from|in) [^\n.]{{1,60}})?\.(?= |\n|$)")
#: What a credit's text was made from, after "<credit> by A, Org": lower-case words (and a place) to a new sentence
#: (a capital, then a lower-case word), a line break or the end ("Transcribed by A, Org, from a voice message sent
#: by a driver | My name ..."; not a book's title: "A, from the book <Title> (2019)")
_FROM_SOURCE_RE = re.compile(rf", from (?:a|an|the)(?: [{_LO}][\w’'-]*){{1,16}}(?: (?:in|at) [{_UP}][\w’'-]*){{0,1}}"
                             rf"(?= [{_UP}][\w’'-]* [{_LO}]|\n|$)")
_TO_COLON_RE = re.compile(r"[^\n.!?:]{1,200}:(?=\s|$)")
#: A second writer's part after a byline's organisation: ", with an afterword by B", ", with a postscript by B"
_NAME_PART = rf"(?:[{_UP}][\w’'-]*|bin|binti|van|von|de|da|al)"
_WITH_PART_BY_RE = re.compile(rf", with (?:a|an) (?:[{_LO}]+ )?(?:afterword|postscript|foreword|introduction|preface"
                              rf"|epilogue|response|reply) by (?P<name>{_NAME_PART}(?: {_NAME_PART}){{0,3}})"
                              rf"(?= [{_UP}][\w’'-]* [{_LO}]|\n|$)")


def _with_part_by(text: str, cand: Candidate) -> Candidate:
    """The candidate with a second writer's part after its organisation: "A, Org, | with an afterword by B" (B
    wrote too: bylines.EXAMPLES["with-part-by"])."""
    if not cand.organisation or not text.startswith(", with ", cand.end):
        return cand
    part = _WITH_PART_BY_RE.match(text, cand.end)
    if part is None:
        return cand
    return dataclasses.replace(cand, end=part.end(), authors=[*cand.authors, part.group("name")])


def runs_on_org(org: str | None, whole: str | None) -> bool:
    """Is ``whole`` the (known) organisation ``org`` run on into a sentence: more words holding a comma or a
    lower-case word ("<known org> Chanting in Tagalog, Bahasa")? The site's own organisation ends there."""
    if not org or not whole or whole == org or not whole.startswith(org):
        return False
    rest = whole[len(org):]
    words = rest.split()
    if len(words) > 1 and words[0] in ("in", "at") and all(w[:1].isupper() for w in words[1:]):
        return False  # its place ("ISA in South Korea")
    return "," in rest or any(w[:1].islower() for w in words)


def _whole_known_orgs(text: str, cands: list[Candidate], spans: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates with none cut inside a known organisation: one that starts inside it is no byline;
    one that ends inside it ends with it ("A, Left | Current" -> "A, Left Current"), less sure, and only
    where no other candidate from its start or before reads on past the organisation ("Editorial from
    <org>’s magazine": that one read the whole organisation itself)."""
    whole_cands = [c for c in cands if not any(s < c.start < e or s < c.end < e for s, e in spans)]
    out = []
    for c in cands:
        if any(s < c.start < e for s, e in spans):
            continue
        cut = next(((s, e) for s, e in spans if s < c.end < e), None)
        if cut is not None:
            s, e = cut
            if any(w.start <= c.start and w.end > e for w in whole_cands):
                continue
            org, whole = c.organisation, text[s:e]
            c = dataclasses.replace(c, end=e, organisation=whole if org is None or whole.startswith(org) else org,
                                    score=c.score - T["repaired_cut_malus"])
        out.append(c)
    return out


def _prepared(excerpt: str | None) -> tuple[str, bool, str | None]:
    """An excerpt's text to split (its notes taken out), whether it was cut, and its notes."""
    text, truncated = prepare(excerpt or "")
    prepared = text
    text, note = _take_notes(text)
    if note and "\n" not in prepared and find_byline(text, truncated=truncated) is None:
        # the line break left where a note was marks a byline's end after it ("... Peng Zhiyuan,
        # chinaworker.info | <note> | Xiao Wen has ..."), but cuts a byline before it off from the standfirst it
        # is run into ("... costs risePriya Raghunath | <note> | Thousands of ..."): merged again, as it was
        # (no site knowledge here: the text is kept in a memo)
        text = _take_notes(prepared, merged=True)[0]
    return text, truncated, note


#: A credit sentence's second sentence about the same text, cut by the excerpt's end ("The following is an interview
#: with <org>. | The interview was made by <org> in <place>, a party ..."): the credit goes on, no lede is visible
_CREDIT_GOES_ON_RE = re.compile(rf" (?:The|This) (?:{'|'.join(sorted(B.CREDIT_SUBJECTS))}) (?:was|is|has been) "
                                rf"[^.!?\n]+")


def byline_without_knowledge(excerpt: str | None, memo: dict[str, Any] | None = None) -> tuple[Candidate | None, str]:
    """The byline the splitter alone (no site knowledge) finds in ``excerpt``, and the prepared
    text its span is in. ``memo``: a ``split_excerpt`` memo of the same excerpt (its
    knowledge-free work is reused, so this costs a pick among the candidates found already)."""
    memo = {} if memo is None else memo
    if "text" not in memo:
        text, truncated, note = _prepared(excerpt)
        memo.update(text=text, truncated=truncated, note=note)
    text, truncated = memo["text"], memo["truncated"]
    if not text:
        return None, text
    found = memo.setdefault("candidates", {})
    key = ("full", truncated, True)
    search_text = _part_breaks(text)  # (the text split_excerpt reads the same memo's candidates in)
    if key not in found:
        found[key] = _edged(search_text, _text_candidates(search_text, truncated))
    return _pick(search_text, list(found[key])), text


#: An acronym ending a known byline (run in or not: "resistanceISA | International Secretariat").
_ACRONYM_END_RE = re.compile(r"[A-Z]{2,}$")
#: A run of capitalised words (after a known byline: the lede's first words, not more of the byline).
_CAPITALISED_WORDS_RE = re.compile(rf"(?: [{_UP}][{_LO}’'-]*)+")


@functools.cache
def _weak_forms() -> frozenset[str]:
    return frozenset({f.name for f in F.FORMS if f.weak} | {"middle-line"})


def _from_known_org_start(text: str, cands: list[Candidate], org_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Without the candidates that start on capitalised words right before a known organisation where another
    candidate as sure but for the capitalised word before it starts at the organisation and ends with them: those
    words end the standfirst's place or name ("... hate speech through Shin-Okubo | <known org> reporters", "...
    walkout visit Hong Kong | <known org> member A talked to ..."), as a known organisation is never stretched over
    them (``_pick``; bylines.EXAMPLES["known-org-after-capitals"])."""
    starts = {s for s, _ in org_spans}
    at_org = {(c.start, c.end): c.score for c in cands if c.start in starts}
    return [c for c in cands if not any(
        c.start < s and (s, c.end) in at_org and at_org[(s, c.end)] >= c.score - _AFTER_CAPITAL_MALUS
        and _place_before(text, c.start, s) for s in starts if s - c.start <= 40)]


#: Where a place's name follows: a place preposition, or "through" and "via"
_PLACE_LEAD_WORDS = B.PLACE_PREPOSITIONS | {"through", "via"}


def _place_before(text: str, start: int, end: int) -> bool:
    """Are the words from ``start`` to ``end`` a place ending the standfirst: capitalised words only, none an
    organisation's word, a known place or after a place preposition ("... through | Shin-Okubo", "... visit | Hong
    Kong"; not "... stitch | International" nor "... forty | Tim Redaksi")?"""
    span = text[start:end]
    if not _capitalised_words_only(span) or any(w in B.ORG_WORDS for w in span.split()):
        return False
    before = text[max(0, start - 30) : start].split()
    return (bool(before) and before[-1] in _PLACE_LEAD_WORDS) or span.strip() == "Hong Kong" or all(
        w in B.PLACE_NAMES for w in span.split())


def _capitalised_words_only(span: str) -> bool:
    """One to three capitalised words and nothing else, none a sentence's opening ("Shin-Okubo", not "A")."""
    words = span.split()
    return 1 <= len(words) <= 3 and span.endswith(" ") and all(
        w[:1].isupper() and w.replace("-", "").replace("’", "").isalpha() for w in words) and (
        words[0] not in B.SENTENCE_STARTERS)


#: What a candidate loses for starting right after a capitalised word (``_score``: "a capitalised word -0.05")
_AFTER_CAPITAL_MALUS = 0.05


#: What may stand between two adjacent strong candidates that make one byline: spaces, or a separator between two
#: full bylines ("A, Org (section) • B, Org2 (section)", "A | B": bylines.EXAMPLES["bylines-separated"])
_MERGE_GAP_RE = re.compile(r"[^\S\n]*(?:(?P<sep>[•·|])[^\S\n]+)?")


#: The roles a person's name follows in a byline ("<org> member A B", "<org> correspondent A B")
_ROLE_BEFORE_NAME = B.MEMBER_ROLES | frozenset({"reporter"})


def _pick(text: str, cands: list[Candidate]) -> Candidate | None:
    """The best of the candidates, extended by a form around a known byline and merged with
    adjacent strong candidates."""
    cands = [c for c in cands if c.score >= T["min_score"]]
    if not cands:
        return None
    best = max(cands, key=lambda c: (c.score, -c.start, c.end - c.start))
    # a credit that ends where the best ends, and whose own text before it ends in a colon or a dash, is the
    # whole byline: its names after the punctuation score higher alone ("Text and photos: | A, Org"); so is one
    # whose "by" opens a name the best starts inside ("Reviewed by Kwan | Lok Sai, Org": a three-word name,
    # bylines.EXAMPLES["by-credit-whole-name"])
    prefixed = [c for c in cands if c.form in _PREFIX_CREDIT_FORMS and c.end == best.end and c.start < best.start
                and (c.score >= best.score - T["prefix_credit_margin"] or best.form == "known")
                and (text[c.start:best.start].rstrip()[-1:] in (":", "–", "—", "-")
                     or _BY_NAME_HEAD_RE.search(text[c.start:best.start]) is not None)]
    if prefixed and not (best.known and best.form != "known"):
        c = min(prefixed, key=lambda c: c.start)
        # (a known byline keeps what it knows of the names: the prefix only widens it)
        best = c if not best.known else Candidate(c.start, c.end, c.form, best.score, best.authors,
                                                  best.organisation, best.affiliation, True)
    # a credit whose "by" opens a name a names form reads on, longer, to its organisation is the whole byline: the
    # credit form's name stopped short ("Interview with A by Camila Rezende | Prado, Maré Vermelha", "Speech by Ana
    # Cláudia | Moraes do Nascimento, Org (ISA in Brazil)": bylines.EXAMPLES["by-credit-name-goes-on"])
    if _is_credit(best) and not best.known and (by_at := text.rfind(" by ", best.start, best.end)) >= 0 \
            and text[best.end : best.end + 1] == " " and text[best.end + 1 : best.end + 2].isupper():
        longer = [c for c in cands if c.form.startswith("names") and by_at + 4 <= c.start < best.end < c.end
                  and c.authors and text.startswith(c.authors[0], c.start)
                  and c.score >= best.score - T["prefix_credit_margin"]]
        if longer:
            c = min(longer, key=lambda c: c.start)
            best = Candidate(best.start, c.end, best.form, best.score, c.authors, c.organisation, c.affiliation,
                             False)
    # a credit line on its own line whose words before the byline end in "by" is the whole byline ("Fact
    # sheet by | Org researchers"): the label is the line's, as the line break says
    labelled = [c for c in cands if c.form == "middle-line" and c.end == best.end and c.start < best.start
                and text[c.start:best.start].endswith(" by ")]
    if labelled:
        best = dataclasses.replace(best, start=labelled[0].start)
    if best.known:
        # a form that opens at a part boundary before the known part and reads on over capitalised words after it
        # reads the lede's opening: its start is the byline's, the known part's end its end ("... rules’ | Interview
        # with A by <known name, org> | A has worked ...": bylines.EXAMPLES["credit-around-known"])
        cands = [_trimmed_to(text, c, best.end) if (
                     not c.known and c.start < best.start and c.end > best.end
                     and (_at_boundary(text, c.start) or _is_credit(c))
                     and _CAPITALISED_WORDS_RE.fullmatch(text, best.end, c.end)
                     and _ACRONYM_END_RE.search(text, 0, best.end) is None) else c for c in cands]
        # a form around the known part gives the full extent ("By A", "A. known.org")
        around = [c for c in cands if not c.known and c.start <= best.start and c.end >= best.end
                  and (c.start, c.end) != (best.start, best.end)
                  and text[c.start:best.start][-1:] in ("", " ", "\n", "/")  # ("A, Org/<known org>")
                  # (", from the book ...": its source; "《...》": the organisation's name in title marks)
                  and text[best.end:c.end][:1] in ("", " ", "\n", ",", "《")]
        same = [c.score for c in cands if not c.known and (c.start, c.end) == (best.start, best.end)]
        # ... but a form that starts further left inside a sentence stretches the known part only
        # over a cue prefix ("By | Dongfang", "Statement by | Socialist Action", "Dongfang and | Lin
        # Pei-ju"), never a known name over the capitalised word before it ("for Xi | Dongfang,
        # chinaworker.info"); at a part boundary the whole span is the byline ("Anja van der | Berg")
        # A bare name form never stretches a known part to the right: a capitalised word after a known
        # name opens the lede ("Marek Zielny | Kasia Nowak has").
        # A known organisation is never stretched over a capitalised word right before it either: that word
        # ends a place or a name of the standfirst ("... shareholders in Wan Chai | Socialist Action and ...").
        # Nor is a known byline stretched over capitalised words alone after it: they open the lede ("<known name>,
        # <known org> | Zhou Meifang has worked ..."), but after an acronym they are its place ("A, ISA | Denmark").
        acronym_end = _ACRONYM_END_RE.search(text, 0, best.end) is not None
        # (a known organisation alone right after a comma: the names before the comma are its byline's, whatever a
        # form scored the organisation alone: "... Nor Azlina Hashim (...), | <known org> (...)":
        # bylines.EXAMPLES["names-before-known-org"])
        after_comma = not best.authors and text[best.start - 2 : best.start] == ", "
        # (but not one that leaves a comma open before it: "A, | 鄺逸峰, <known org>" is A's other form)
        around = [c for c in around if (c.score >= max(same, default=0.0) or (
                      after_comma and c.authors and not comma_open_before(text, c.start)))
                  and not (c.form == "names" and c.end > best.end)
                  # (nor one reading the known organisation on into the lede: "<known org> Chanting in ...")
                  and not runs_on_org(best.organisation, c.organisation)
                  and (acronym_end or not _CAPITALISED_WORDS_RE.fullmatch(text, best.end, c.end))
                  and (c.start == best.start or _at_boundary(text, c.start)
                       or (all(a in c.authors for a in best.authors)
                           and (best.authors or not _capitalised_before(text, best.start)))
                       or _longer_name_after_phrase(text, best, c)
                       # (a credit's words say where its names start: "As told to | Heidi <known: Ng Sze-wing, org>")
                       or (_is_credit(c) and bool(c.authors)))]
        if around:
            c = max(around, key=lambda c: (c.score, c.end - c.start))
            best = Candidate(c.start, c.end, c.form, best.score, c.authors, c.organisation, c.affiliation, True)
        # ... and a credit no form knows around it, led by "by", "from", "of" ("Fact sheet by | <known org>
        # researchers"; knowledge.py), whatever a form inside it scored
        credits = [c for c in cands if c.form == "credit-around" and c.start < best.start and c.end >= best.end]
        if credits:
            c = min(credits, key=lambda c: c.start)
            best = Candidate(c.start, c.end, c.form, best.score, c.authors or best.authors,
                             c.organisation or best.organisation, c.affiliation or best.affiliation, True)
    if best.known and not best.authors and text[:best.end].rsplit(" ", 1)[-1] in _ROLE_BEFORE_NAME:
        # a known byline ending in a role, then bare names: the role's person ("<known org> economics correspondent
        # | Tomás Irigoyen | Chinese factory-gate prices ...": bylines.EXAMPLES["known-role-then-name"])
        person = [c for c in cands if c.form == "names" and c.start == best.end + 1 and len(c.authors) == 1]
        if person:
            best = dataclasses.replace(best, end=person[0].end, authors=person[0].authors)
    # merge adjacent strong candidates (credit sentence + "By A, B"), keeping the person-naming fields
    weak = _weak_forms()
    cands = [c for c in cands if c.score >= T["merge_min_score"] and c.form not in weak]
    merged = True
    while merged:
        merged = False
        for c in cands:
            gap_after = text[best.end : c.start]
            gap_before = text[c.end : best.start]
            if c.start >= best.end and (gap := _MERGE_GAP_RE.fullmatch(gap_after)) \
                    and not (c.form.startswith("credit-version") and (best.authors or best.organisation)) \
                    and not (best.organisation and not c.authors and (text[c.start : c.end] == best.organisation
                                                                      or c.organisation == best.organisation)):
                # (what the text is a version of, after a whole byline, is its note: "A, Org | This is an abridged
                # version of an article in <paper> issue 61.": bylines.EXAMPLES["version-note"])
                # (the byline's organisation named again opens the lede: "Statement by <org> | <org> demands the
                # release of ...", "A, <org> | Members of <org> in Seoul held ...": bylines.EXAMPLES[
                # "org-repeated-opens-lede"])
                best = _merge(best, c, best.start, c.end, separated=gap.group("sep") is not None)
                merged = True
            elif c.end <= best.start and (gap := _MERGE_GAP_RE.fullmatch(gap_before)):
                best = _merge(c, best, c.start, best.end, separated=gap.group("sep") is not None)
                merged = True
    best = _with_title(text, _with_foreign_by(text, best))
    best = _with_dash(text, _with_run_in_label(text, _with_label(text, best)))
    best = _with_described_before(text, _with_described_by(text, best))
    best = _with_interview_made_by(text, _with_credit_sentence(text, _with_line_start(text, best)))
    return _with_kicker(text, best)


def _with_list_before_semicolon(text: str, cands: list[Candidate], best: Candidate) -> Candidate:
    """A byline after a semicolon is the last of a list of authors: a standfirst never ends in one, so the widest
    candidate with the same end that holds the list is the byline ("... one question | A (Org); B (Org2); | C (Org3)",
    "... the strait | A, ISA in South Korea; | B, ISA in Japan": bylines.EXAMPLES["names-affil-list"])."""
    if text[best.start - 2 : best.start] != "; ":
        return best
    wider = [c for c in cands if c.end == best.end and c.start < best.start and c.authors]
    return min(wider, key=lambda c: (-c.score, c.start), default=best)


def comma_open_before(text: str, pos: int) -> bool:
    """Does the text before ``pos`` end in a comma (an ASCII or a full-width one), spaces aside? Then a name starting
    at ``pos`` is another form of a name before it, or the part before is open ("A, | 鄺逸峰, <org>")."""
    return text[:pos].rstrip()[-1:] in (",", "，")


#: A name in Chinese characters right before a comma and the organisation: "... angers students 蕭雅筠，<org>"
_CJK_NAME_BEFORE_COMMA_RE = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{2,4}(?:，|, )$")


def _with_name_before_comma(text: str, cands: list[Candidate], best: Candidate) -> Candidate:
    """An organisation alone right after a comma is a byline's second half: a standfirst never ends in a comma,
    so the names before it are the byline's, whatever a form scored the organisation alone ("... outside Longhua
    | Aning, <org>", "... in Wuxi | Tiefeng, <org>": bylines.EXAMPLES["names-before-comma-org"])."""
    if best.authors or not (text[best.start - 2 : best.start] == ", " or text[best.start - 1 : best.start] == "，"):
        return best
    # (one that leaves a comma open before itself is another form of a name before it: "A, 鄺逸峰, <org>")
    named = [c for c in cands if c.authors and c.end == best.end and c.start < best.start
             and not comma_open_before(text, c.start)]
    if named:
        c = max(named, key=lambda c: (c.score, c.start))
        # (a known organisation stays known: the name only widens it)
        return c if not best.known else dataclasses.replace(best, start=c.start, authors=c.authors)
    m = _CJK_NAME_BEFORE_COMMA_RE.search(text, 0, best.start)
    if m is not None and not comma_open_before(text, m.start()):
        name = m.group().rstrip(", ，")
        return dataclasses.replace(best, start=m.start(), authors=[name])
    return best


#: A pen name in lower case right before the organisation's comma or bar, after a space or a sentence's end (run in
#: too): "... counts every second | muyu, <site>", "... is there a way out?|xiaohai, ISA Taiwan", "... in Chenghai | by
#: ren xiaodong, <site>" (bylines.EXAMPLES["lower-case-pen-name"])
_LOWER_PEN_NAME_RE = re.compile(r"(?:^|(?<=[\s.!?”’\"]))(?:(?P<by>[Bb]y )(?P<names>[a-z]{2,}(?: [a-z]{2,})?)"
                                r"|(?P<name>[a-z]{3,}))(?:, | \| )$")


def _with_lower_pen_name(text: str, best: Candidate) -> Candidate:
    """An organisation alone after a comma or a bar, widened over the lower-case pen name before it, where the English
    word list does not hold the name's last word (no standfirst's last word: "... fought back,")."""
    if best.authors or not best.organisation:
        return best
    m = _LOWER_PEN_NAME_RE.search(text, max(0, best.start - 40), best.start)
    if m is None:
        return best
    name = m.group("names") or m.group("name")
    if english_word(name.rsplit(" ", 1)[-1]):
        return best
    return dataclasses.replace(best, start=m.start(), authors=[name])


#: A section's kicker and a bar before a byline that opens the excerpt: "Opinion | A, Org", "Long read | A"
_KICKER_RE = re.compile(rf"[{_UP}][{_LO}]+(?: [{_LO}]+)? \| $")


def _with_kicker(text: str, best: Candidate) -> Candidate:
    """A byline at the excerpt's start after its section's kicker holds the kicker, as the page shows it."""
    if 0 < best.start <= 20 and _KICKER_RE.fullmatch(text, 0, best.start) and (best.authors or best.organisation):
        return dataclasses.replace(best, start=0)
    return best


#: An organisation with its section in brackets, named in a credit sentence ("... written for <Org> (<section>).")
_CREDITED_ORG_RE = re.compile(rf" (?:for|in|of)(?: the)? (?P<org>[{_UP}][^\s()]*(?: [{_UP}][^\s()]*){{0,3}}) "
                              rf"\((?P<affil>[^()\n]{{1,40}})\)\.")


def _credited_organisation(byline: str, org: str | None, affil: str | None) -> tuple[str | None, str | None]:
    """The organisation and section of a merged byline whose credit sentence names an organisation with its section
    before "By <Name>": that bracket is the affiliation of the same organisation after the name ("This article
    first appeared in the magazine of LSR (ISA in Brazil). By A, LSR" -> LSR, ISA in Brazil); an organisation
    named so first is the byline's organisation ("This analysis was written for <Org> (<section>). By A,
    chinaworker.info" -> <Org>, <section>)."""
    if "(" not in byline:
        return org, affil
    if org:
        same = re.search(rf"{re.escape(org)} \(([^()\n]{{1,40}})\)", byline)
        if same and _LATIN_RE.search(same.group(1)):
            return org, affil or same.group(1)
    credit = byline.split(". By ", 1)
    first = _CREDITED_ORG_RE.search(credit[0] + ".") if len(credit) == 2 else None
    if first and _LATIN_RE.search(first.group("affil")):
        return first.group("org"), first.group("affil")
    return org, affil


#: A credit sentence naming who made the text ("Translated from the Chinese by <domain> volunteers.") right before
#: "By A": one byline, as "This article is from X. By A, Org" (bylines.EXAMPLES["translation-credit-then-by"])
_CREDIT_SENTENCE_BY_RE = re.compile(r"(?:[^\n.!?]|\.(?=[a-z])){3,120}? by (?:[^\n.!?]|\.(?=[a-z])){2,80}\. $")


#: A second sentence saying who made the interview a credit introduced ("The following is an interview with
#: comrades of <org>. | The interview was conducted by the paper <name>. | How do you ..."): the same byline
#: (bylines.EXAMPLES["interview-made-by"])
_INTERVIEW_MADE_BY_RE = re.compile(r" The interview was (?:conducted|made|carried out|recorded|done) by "
                                   r"(?:[^\n.!?]|\.(?=[a-z])){2,120}\.(?=\s|$)")


def _with_interview_made_by(text: str, best: Candidate) -> Candidate:
    """A credit ending in a full stop, widened over ``_INTERVIEW_MADE_BY_RE`` right after it."""
    if text[best.end - 1 : best.end] != "." or not best.form.startswith("credit"):
        return best
    m = _INTERVIEW_MADE_BY_RE.match(text, best.end)
    return best if m is None else dataclasses.replace(best, end=m.end())


def _with_credit_sentence(text: str, best: Candidate) -> Candidate:
    """A "By A" byline after a credit sentence holding "by" starts with that sentence: at its line's start, or
    where it opens after the standfirst (a capitalised word after a lower-case one, not after "the", "of"...)."""
    if not text.startswith("By ", best.start) or text[best.start - 2 : best.start] != ". ":
        return best
    line_start = text.rfind("\n", 0, best.start) + 1
    m = _CREDIT_SENTENCE_BY_RE.search(text, max(line_start, best.start - 200), best.start)
    if m is None:
        return best
    if line_start and m.start() == line_start:
        return dataclasses.replace(best, start=line_start)
    words = list(re.finditer(r"\S+", text[m.start() : best.start]))
    for prev, word in reversed(list(itertools.pairwise(words))):
        w, p = word.group(), prev.group()
        if w[:1].isupper() and p[:1].islower() and p not in _LEADS_INTO_NOUN and p[-1:] not in ".!?":
            start = m.start() + word.start()
            if " by " in text[start : best.start]:
                return dataclasses.replace(best, start=start)
    return best


def _with_line_start(text: str, best: Candidate) -> Candidate:
    """A byline that starts inside its line after capitalised words alone (or names joined by "and") starts with
    the line: those words are names ("...the case of the 47 / He | Jie, Org", "A and He | Yingzi, Org": "He" is
    a surname as well as a sentence's first word); a line break is a sure part boundary."""
    line_start = text.rfind("\n", 0, best.start) + 1
    if line_start == 0 or line_start == best.start:
        return best
    words = text[line_start:best.start].split()
    if not (1 <= len(words) <= 5 and text[best.start - 1] == " " and words[-1][0].isupper()
            and all((w.isalpha() and w[0].isupper()) or w in ("and", "&") for w in words)):
        return best
    if not best.authors or not text.startswith(best.authors[0], best.start):
        return best
    authors, org, affil = parse_byline(text[line_start:best.end])  # "A and He | Yingzi, Org": every name
    if not (authors and authors[0].startswith(words[0]) and authors[-1].endswith(best.authors[-1])):
        # ("He" opens no name a form reads: the words after the last "and" join the first author, those before
        # it are authors of their own)
        *others, last = _names(text[line_start:best.start])
        if len(last.split()) > 2 or any(len(o.split()) > 3 for o in others):
            return best
        authors = [*others, f"{last} {best.authors[0]}", *best.authors[1:]]
        org, affil = best.organisation, best.affiliation
    return dataclasses.replace(best, start=line_start, authors=authors, organisation=org or best.organisation,
                               affiliation=affil or best.affiliation)


_PREFIX_CREDIT_FORMS = frozenset({"by-verb"})
#: "by" and the first words of a name, up to where a shorter "A, Org" starts
_BY_NAME_HEAD_RE = re.compile(rf"(?:^| )by (?:[{_UP}][^\s,.]*\.? ){{1,2}}$")
_TITLE_BEFORE_RE = re.compile(rf"(?:^|(?<=[\n ])|(?<=[{_LO}]))"
                              rf"(?:{'|'.join(sorted(B.TITLE_WORDS, key=len, reverse=True))})\.? $")
_TITLE_BEFORE_CHARS = max(map(len, B.TITLE_WORDS)) + 1  # how far back a title and its space can start


def _with_title(text: str, best: Candidate) -> Candidate:
    """A title right before a byline's first author belongs to the byline ("... notices to quit | Councillor
    A, Org"), after a lower-case word, a sentence end or a line break: never inside a run of capitalised words
    ("Prime Minister | A")."""
    if not best.authors or not text.startswith(best.authors[0], best.start):
        return best
    if " " not in text[max(0, best.start - 2) : best.start]:
        return best  # (speed only: the title's pattern ends in a space, at best.start or before a line break there)
    m = _TITLE_BEFORE_RE.search(text, max(0, best.start - _TITLE_BEFORE_CHARS), best.start)
    if m is None:
        return best
    before = text[: m.start()].rstrip(" ")
    word = before.rsplit(None, 1)[-1] if before else ""
    if before and not ((word[:1].islower() and before[-1].islower()) or before[-1] in "\n.!?:") \
            and not m.group().endswith(". "):
        return best  # (a capitalised word before the title is part of it: "the Chief | Executive A":
        # bylines.EXAMPLES["title-phrase-end"]; not before an abbreviated title, "... in Uttarakhand | Dr. A, Org":
        # bylines.EXAMPLES["abbreviated-title"])
    return dataclasses.replace(best, start=m.start())


#: A web byline's label before the byline, with its colon ("Guest post: A, Org", "Opinion: A").
_LABEL_BEFORE_RE = re.compile(r"(?:^|(?<=[\n ])|(?<=[a-z]))"  # (or run into the standfirst's last word)
                              r"(?:Guest (?:post|article|column|blog|contribution)|Opinion|Comment"
                              r"|Viewpoint|Op-ed|Commentary|Analysis): $")
_LABEL_BEFORE_CHARS = 30


def _with_label(text: str, best: Candidate) -> Candidate:
    """A label right before the byline belongs to it, at the text's or a line's start or after a lower-case
    word or a sentence end (never after a capitalised word: "... Trade Union Analysis: A" is a headline)."""
    if not text.endswith(": ", 0, best.start):
        return best  # (speed only: the label's pattern ends in ": " right at the byline)
    m = _LABEL_BEFORE_RE.search(text, max(0, best.start - _LABEL_BEFORE_CHARS), best.start)
    if m is None or m.end() != best.start:
        return best
    before = text[: m.start()].rstrip(" ")
    if before and not (before[-1].islower() or before[-1] in "\n.!?"):
        return best
    return dataclasses.replace(best, start=m.start())


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of literal ``words``, the longest first (a shorter one never wins at a longer one's start), then
    alphabetical (the same pattern text in every process: ``pattern_cache`` keeps one copy)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: "By" in another language right before a byline ("Oleh A, Org", "Sinulat ni A, Org", "文：A, Org"): at the text's
#: or a line's start, after a lower-case word or a sentence end, or run into the standfirst's last word
_FOREIGN_BY_RE = re.compile(rf"(?:^|(?<=[\n .!?’”])|(?<=[a-z]))(?:{_longest_first(B.FOREIGN_BY)}) ?$")
_FOREIGN_BY_CHARS = 14
#: ... opening a name run: what the names follow ("Oleh Idris Wan Salleh"; not "Ni" or "Von", a name's first word
#: too: "Ni Yuxian", "Von Hernandez")
_FOREIGN_BY_OPENING_RE = re.compile(
    rf"(?:{_longest_first(w for w in B.FOREIGN_BY if w not in ('Ni', 'Von'))})(?: |(?<=[：/]))")


def _foreign_by_before(text: str, start: int) -> int | None:
    """Where the word for "by" in another language right before ``start`` begins (bylines.FOREIGN_BY), or None; not
    after a capitalised word, where "Ni", "Par", "Von" are a name's or a place's."""
    m = _FOREIGN_BY_RE.search(text, max(0, start - _FOREIGN_BY_CHARS), start)
    if m is None or m.end() != start:
        return None
    before = text[: m.start()].rstrip(" ")
    return None if before and not (before[-1].islower() or before[-1] in "\n.!?’”") else m.start()


def _with_foreign_by(text: str, best: Candidate) -> Candidate:
    """A byline naming people holds the word for "by" before it in the language of its section's pages
    (bylines.FOREIGN_BY; bylines.EXAMPLES["foreign-by"])."""
    if not best.authors or best.start == 0 or (by := _foreign_by_before(text, best.start)) is None:
        return best
    return dataclasses.replace(best, start=by)


def _with_dash(text: str, best: Candidate) -> Candidate:
    """A dash opening the byline's line belongs to it ("— A, Org"), on its own line, after a lower-case word ("...
    after a Perth protest — A, Org": bylines.EXAMPLES["dash-before-byline"]) or run into the standfirst's end where
    the parts run together with nothing ("... a series of 16-hour shifts— A, Org": EXAMPLES["dash-run-in"])."""
    if best.start < 2 or text[best.start - 2 : best.start] not in ("— ", "– "):
        return best
    before = text[: best.start - 2]
    if before and not (before.endswith("\n") or (before.endswith(" ") and before.rstrip()[-1:].islower())
                       or not before[-1].isspace()):
        return best
    return dataclasses.replace(best, start=best.start - 2)


#: A credit by a person described before the name: "Report by <place> dock worker and <org> member | A",
#: "Report by <org> organiser | A in <place>" (bylines.EXAMPLES["described-by"]): the description ends in what the
#: person is (a member's role or an occupation), the organisation's capitalised name before a role word
_DESCRIBED_CREDIT = r"(?:Report|Reporting|Written|Text|Words|Testimony|Dispatch|Notes) by "
_DESCRIBED_BY_RE = re.compile(rf"(?:^|(?<=\s)){_DESCRIBED_CREDIT}(?P<desc>[^\n.!?:;]{{3,80}}?) $")
#: ... the same credit as a whole byline's parse reads it
_DESCRIBED_CREDIT_RE = re.compile(rf"{_DESCRIBED_CREDIT}(?P<rest>.+)")
_DESCRIBED_ROLE_WORDS = B.MEMBER_ROLES | B.OCCUPATIONS
_DESCRIPTION_ORG_RE = pattern_cache.compile(rf"((?:[{_UP}][\w’'-]* )+)(?:{'|'.join(sorted(B.MEMBER_ROLES))})$")


def _with_described_by(text: str, best: Candidate) -> Candidate:
    if not best.authors or not text.startswith(best.authors[0], best.start):
        return best
    m = _DESCRIBED_BY_RE.search(text, max(0, best.start - 100), best.start)
    if m is None:
        return best
    desc = m.group("desc")
    last = desc.rsplit(None, 1)[-1]
    if last not in _DESCRIBED_ROLE_WORDS:
        return best
    org = best.organisation
    if org is None and (named := _DESCRIPTION_ORG_RE.search(desc)) is not None:
        org = named.group(1).strip()
    return dataclasses.replace(best, start=m.start(), organisation=org)


#: A person described before the name with no credit word: "... looks like at 3am | Public hospital nurse and
#: <org> member A | At three ...", "... global markets | ISA economics correspondent A | Chinese factory-gate ..."
#: (bylines.EXAMPLES["described-name"]): the words before a bare name end in a member's role or an occupation, name
#: an organisation, and open at a capitalised word after the standfirst's last lower-case word that is no link
DESCRIPTION_MAX_WORDS = 8
_DESCRIPTION_STOP_RE = re.compile(r"[.!?:;,”’\")]$")
#: ... and its first word may be run into the standfirst's last word or acronym ("... and CPEC|Mazdoor Jeddojehad
#: Tehreek member A interviewed B": bylines.EXAMPLES["described-name-run-in"])
_RUN_IN_WORD_START_RE = re.compile(rf"(?:(?<=[{_LO}])|(?<=[A-Z]{{2}}))[{_UP}][{_LO}’'-]+$")


def _description_org(words: list[str]) -> str | None:
    """The capitalised run of a description that names an organisation (an acronym, a domain, an organisation
    word or its socialist adjective)."""
    runs: list[list[str]] = []
    for k, word in enumerate(words):
        if word[:1].isupper():
            if k and words[k - 1][:1].isupper() and runs:
                runs[-1].append(word)
            else:
                runs.append([word])
    for run in runs:
        if any(_ACRONYM_RE.fullmatch(w) or "." in w or w in B.ORG_WORDS or w in B.ORG_OPENING_ADJECTIVES for w in run):
            return " ".join(run)
    return None


def _with_described_before(text: str, best: Candidate) -> Candidate:
    if best.organisation or not best.authors or not text.startswith(best.authors[0], best.start) \
            or text[best.start - 1 : best.start] != " ":
        return best
    line = text[text.rfind("\n", 0, best.start) + 1 : best.start - 1]
    words = line.split(" ")[-(DESCRIPTION_MAX_WORDS + 1):]
    if len(words) < 2 or words[-1] not in _DESCRIBED_ROLE_WORDS:
        return best
    for k in range(len(words) - 2, -1, -1):
        word = words[k]
        if _DESCRIPTION_STOP_RE.search(word):
            return best
        before = words[k - 1] if k else None
        if word[:1].isupper() and before is not None and not before[:1].isupper() and before not in _LEADS_INTO_NOUN:
            break
        if k and word[:1].isalpha() and _RUN_IN_WORD_START_RE.search(word):
            break  # (not a hashtag's inner capital: "#MeToo campaigner A")
    else:
        return best
    if (run_in := _RUN_IN_WORD_START_RE.search(words[k])) is not None:
        words[k] = words[k][run_in.start() :]  # "... checkpoints and CPEC|Mazdoor Jeddojehad Tehreek member A"
    org = _description_org(words[k:-1])
    if org is None:
        return best
    start = best.start - 1 - len(" ".join(words[k:]))
    return dataclasses.replace(best, start=start, organisation=org)


_RUN_IN_LABEL_WORDS = 6  # "Dispatch 3 from Ciudad Juárez:", "A contribution to the discussion by"


_RUN_IN_LABEL_START_RE = re.compile(rf"(?<=[{_LO}]{{2}})[{_UP}][{_LO}]+$")


def _with_run_in_label(text: str, best: Candidate) -> Candidate:
    """A label ending in a colon or in "by" right before a byline that names people or an organisation belongs to
    it, from the capitalised word that follows the standfirst's last lower-case word ("... for Chinese-owned
    plants | Dispatch 3 from Ciudad Juárez: A, Org", "... migrant workers | A contribution to the discussion by
    A, Org"): a label holds no sentence end, and a capitalised word after a function word ("from Ciudad") is
    inside it, not its start."""
    if not (best.authors or best.organisation):
        return best
    head = text[: best.start]
    if head.endswith(": "):
        label_end = len(head) - 2
    elif head.endswith(" by "):
        label_end = len(head) - 4
    else:
        return best
    line_start = head.rfind("\n", 0, label_end) + 1
    words = head[line_start:label_end].split(" ")
    for k in range(len(words) - 1, max(0, len(words) - _RUN_IN_LABEL_WORDS) - 1, -1):
        word, before = words[k], words[k - 1] if k else ""
        if any(ch in word for ch in ".!?;"):
            return best
        if k == 0 and word[:1].isupper():  # (the line's or the text's start: a label line, or no standfirst)
            return dataclasses.replace(best, start=line_start)
        run_in = _RUN_IN_LABEL_START_RE.search(word) if word[:1].islower() else None
        if run_in is not None:  # the label run into the standfirst's last word ("... text messageNotes from ... by")
            start = line_start + sum(len(w) + 1 for w in words[:k]) + run_in.start()
            return dataclasses.replace(best, start=start) if _break_ok(text[:start], text[start:]) else best
        if not (word[:1].isupper() and before.isalpha() and before.islower()):
            continue
        if before in B.FUNCTION_WORDS or before in B.PLACE_ADJECTIVES:
            continue
        if k + 2 < len(words) and words[k + 1].istitle() and words[k + 1].isalpha() and words[k + 2].isalpha() \
                and words[k + 2].islower():
            k += 1  # (the standfirst ends in a capitalised word, the label opens with the next: "... shaped modern
            # China | Study notes prepared by A, Org")
        start = line_start + sum(len(w) + 1 for w in words[:k])
        if not _break_ok(text[:start], text[start:]):
            return best
        return dataclasses.replace(best, start=start)
    return best


def _capitalised_before(text: str, start: int) -> bool:
    """Is the word right before ``start`` (a space between) capitalised, with no punctuation after it, and
    neither a cue ('By') nor an organisation's word ('International | Socialist Alternative')?"""
    if start < 2 or text[start - 1] != " ":
        return False
    word = text[:start - 1].rsplit(None, 1)[-1] if text[:start - 1].strip() else ""
    return (word[:1].isupper() and word[-1:].isalnum() and word not in ("By", "BY")
            and word not in B.ORG_WORDS and not word.lower().startswith(B.ORG_STEMS)
            and not _PLURAL_ACRONYM_RE.fullmatch(word))


def _is_credit(cand: Candidate) -> bool:
    """Is ``cand`` read by a credit form (its own words, not a name's, open it: "Interview with", "As told to")?"""
    return cand.form in _CREDIT_FORMS or cand.form.startswith("credit")


def _trimmed_to(text: str, cand: Candidate, end: int) -> Candidate:
    """``cand`` ending at ``end``, its fields read again from the shorter span where they can be."""
    authors, org, affil = parse_byline(text[cand.start : end])
    if not authors and not org:
        authors, org, affil = cand.authors, cand.organisation, cand.affiliation
    return dataclasses.replace(cand, end=end, authors=authors, organisation=org, affiliation=affil)


def _longer_name_after_phrase(text: str, known: Candidate, cold: Candidate) -> bool:
    """Does a form read, after a phrase's lower-case end, a name two words or more longer whose last words are a
    known candidate's first name (its start vouched by no known name)? The knowledge learned that name cut short
    ("... see little of the gains | Nguyễn Thị | Thanh Huyền and B, <known org>"): the form's whole name is the
    byline's (bylines.EXAMPLES["longer-name-than-known"])."""
    if known.vouched_start or not known.authors or not cold.authors or cold.start >= known.start:
        return False
    first, rest = known.authors[0], known.authors[1:]
    # (not a one-word pen name the site is known by: "... supplying | Temu | <known pen name>")
    if not (" " in first or "-" in first) or not cold.authors[0].endswith(" " + first) or cold.authors[1:] != rest:
        return False
    if len(cold.authors[0].split()) - len(first.split()) < 2:
        return False  # one capitalised word before a known name is the standfirst's last as often ("... falling
        # prices Xi | Lin Pei-ju, <site>"): two name words before it are a longer name's
    return _left_kind(text, cold.start) == "word"


def _at_boundary(text: str, start: int) -> bool:
    """Does a part start at ``start``: the text's start, a line break or punctuation before it?"""
    return _left_kind(text, start) in ("start", "break", "punct")


def _left_kind(text: str, start: int) -> str | None:
    """What precedes the token at ``start`` (``_left_context``'s kind), or None where no token starts there."""
    c = F.classify(text)
    i = c.token_index_at(start)
    return None if i is None else _left_context(c, i)[0]


def _merge(first: Candidate, second: Candidate, start: int, end: int, separated: bool = False) -> Candidate:
    """One byline of two adjacent candidates; the names of both where a separator stood between two full bylines."""
    lead = second if second.authors and not first.authors else first
    authors = first.authors + [a for a in second.authors if a not in first.authors] if separated else lead.authors
    return Candidate(start, end, first.form + "+" + second.form, max(first.score, second.score),
                     authors, lead.organisation or first.organisation or second.organisation,
                     lead.affiliation, first.known or second.known)


# --------------------------------------------------------------------------------------
# Standfirst / lede break without a byline
# --------------------------------------------------------------------------------------


def _word_count(s: str) -> int:
    return len(s.split())


def _break_ok(left: str, right: str) -> bool:
    return (_word_count(left) >= T["min_standfirst_words"] and _word_count(right) >= T["min_lede_words"]
            and len(left) <= T["max_standfirst_chars"])


# (a decimal point is no sentence end: "... the Philippines’ 1.7 million outsourcing workers? Outsourcing firms")
_QUESTION_BREAK_RE = re.compile(rf"(?P<q>(?:[^\n.!?]|(?<=\d)\.(?=\d)){{10,200}}\?[”’\"')]*) ?(?=[{_UP}“‘\"])")
_CLOSING_QUOTES = "”’\""


def _is_capitalised(word: str) -> bool:
    """A capitalised word of letters ("Teachers"), not a starter."""
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and word not in B.SENTENCE_STARTERS


#: A quotation that opens the text and ends before a capitalised word, with no sentence's end in it
_QUOTATION_STANDFIRST_RE = pattern_cache.compile(
    rf"(?:“[^“”\n]{{3,150}}[^“”\n.!?…,;:]”|‘[^‘’\n]{{3,150}}[^‘’\n.!?…,;:]’)(?= [{_UP}])")


def standfirst_break(text: str, allow_question: bool = True, capital_break: bool = True,
                     after_byline: bool = False) -> tuple[str | None, str | None, str]:
    """Split byline-less text into (standfirst, lede, how). how: 'newline', 'run-in', 'starter',
    'question' (a first sentence ending in "?"), 'quotation' (a quotation opening the text, no sentence in it),
    'capital' (weakest: "collapse Teachers at") or ''.
    ``after_byline``: the text follows a leading byline (the weakest breaks are fewer there)."""
    if "\n" in text:
        first, rest = text.split("\n", 1)
        end_chars = ".!?" if not allow_question else "."
        if not _TERMINAL_RE.search(first) or (first.rstrip("”’\"')")[-1:] not in end_chars):
            if _break_ok(first, rest):
                return first.strip(), rest.strip(), "newline"
        return None, text, ""
    c = F.classify(text)
    tokens = c.tokens
    best: tuple[int, int, str] | None = None
    for i in range(1, len(tokens)):  # a capital run into a lower-case word: "aboutThe", "isA minor"
        t, prev = tokens[i], tokens[i - 1]
        if t.gap != "" or not t.text[0].isupper():
            continue
        w, before = t.text, prev.text
        # (after a closing quote or a colon run into the word before it: "ballot box:For the first time")
        quoted = (before in _CLOSING_QUOTES or before == ":") and i >= 2 and prev.gap == "" and tokens[
            i - 2].text[-1:].islower()
        # (or a sentence's full stop run into the next part: "... handled by three people.Postal workers across")
        stopped = (before in (".", "!", "?") and i >= 2 and prev.gap == "" and tokens[i - 2].text[-2:].isalpha()
                   and tokens[i - 2].text[-2:].islower())
        # (or after a lower-case word or a number: "workers over 35Job adverts ...")
        after_word = (before[-2:].isalpha() and before[-2:].islower()) or before[-1:].isdigit()
        lower_next = len(w) > 1 and w[1].islower()
        a_then_word = w == "A" and i + 1 < len(tokens) and tokens[i + 1].gap == " " and tokens[i + 1].text[0].islower()
        if (after_word and (lower_next or a_then_word)) or quoted or (stopped and lower_next):
            if _break_ok(text[: t.start], text[t.start:]):
                best = (t.start, t.start, "run-in")
                break  # (a run-in inside the first word(s) is no standfirst end: "LegCo election: ...")
    starter = _starter_break(c)
    if starter and (best is None or starter[0] < best[0]):
        best = (*starter, "starter")
    # (a word said twice wins over a sentence start at its first word: that is the standfirst's last)
    if (twice := _REPEATED_WORD_RE.search(text, 0, int(T["max_standfirst_chars"]))) is not None and (
            best is None or twice.start(2) < best[0] or best[1] == twice.start(1)):
        best = (twice.end(1), twice.start(2), "repeat")
    if allow_question and "?" in text:
        # a headline question opening the excerpt ("Is China heading for ...? Falling prices ..."),
        # as a first line ending in "?" is in the lines rendering
        m = _QUESTION_BREAK_RE.match(text)
        if m and (best is None or m.end("q") < best[0]):
            best = (m.end("q"), m.end("q"), "question")
    if (quotation := _QUOTATION_STANDFIRST_RE.match(text)) is not None and (
            best is None or quotation.end() < best[0]):
        # a quotation, no sentence in it, is the standfirst ("“We have no orders after Christmas” | Chenghai
        # district ...": bylines.EXAMPLES["quotation-standfirst"]); a quoted sentence opens the lede
        best = (quotation.end(), quotation.end(), "quotation")
    if best is None and not after_byline and (again := _opening_said_again(text)) is not None:
        best = (again, again + 1, "repeat")
    if best is None and capital_break:
        best = _capital_break(c, after_byline)
        if best is not None and after_byline and _word_count(text[: best[0]]) > T["max_capital_standfirst_words"]:
            best = None  # after a leading byline the lede comes: a weak break deep in it is inside its first sentence
            # ("A, Org | BYD’s decision in May to cut prices ... set off a new round of the price war that has gripped
            # | China’s car industry ...": bylines.EXAMPLES["capital-break-after-byline"])
    if best:
        left, right = text[: best[0]].strip(), text[best[1]:].strip()
        if _break_ok(left, right):
            return left, right, best[2]
    return None, text, ""


#: A capitalised word said twice: the standfirst's last word and the lede's first ("... push workers out of Athens |
#: Athens has become ...", "Support the Kwun Tong Seven | Seven workers face trial": bylines.EXAMPLES[
#: "repeated-word-boundary"]; on the gold every such pair is a part boundary)
_REPEATED_WORD_RE = re.compile(rf"(?<![\w’'-])([{_UP}][{_LO}]+) (\1)(?![\w’'-])")


#: The capitalised words a text opens with (up to three)
_OPENING_RUN_RE = re.compile(rf"[{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+){{0,2}}(?=[\s,’'])")


def _opening_said_again(text: str) -> int | None:
    """Where the capitalised words the text opens with (two or more, no known place) come again after a lower-case
    word or a number, with a comma, a possessive or a lower-case word after them: the standfirst named its subject and
    the lede opens with it ("Tianrui Holdings becomes the fourth ... this year | Tianrui Holdings, once China’s ...":
    bylines.EXAMPLES["opening-said-again"])."""
    m = _OPENING_RUN_RE.match(text)
    if m is None or " " not in m.group() or m.group().split()[0] in B.SENTENCE_STARTERS \
            or places.is_place(m.group(), one_word_ok=False):
        return None  # (a name of two words or more, no place: "Shenzhen’s new rules ... in Shenzhen can now")
    at = text.find(f" {m.group()}", m.end(), int(T["max_standfirst_chars"]))
    if at < 0 or not (text[at - 1].islower() or text[at - 1].isdigit()):
        return None
    after = text[at + 1 + len(m.group()) : at + 3 + len(m.group())]
    return at if after[:1] in (",", "’", "'") or (after[:1] == " " and after[1:2].islower()) else None


def _starter_break(c: Classed) -> tuple[int, int] | None:
    """A word without final punctuation, a space, then a sentence starter: "footsteps | The so-called"
    (a starter may be a number word's first half: "generation | Thirty-six years")."""
    tokens = c.tokens
    for i in range(1, len(tokens) - 1):
        t, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
        # (a label's colon may run into the sentence: "<org> remembers 1925-27:|In this series": the join "none")
        if (t.gap != " " and not (t.gap == "" and prev.text == ":")) or nxt.gap != " ":
            continue
        w = t.text
        if w in B.SENTENCE_STARTERS:
            if w == "I" and prev.text in _CLAUSE_OPENERS:
                continue  # the pronoun goes on a clause: "... decides whether | I am a wife or a widow"
            ok_next = nxt.text[0].isalnum() or nxt.text[0] in "“‘\"_"
        elif F._number_word(w):
            ok_next = nxt.text[0].islower()
        else:
            continue
        if ok_next and (prev.text[-1].isalnum() or prev.text[-1] in "”’\")_") and prev.text not in B.FUNCTION_WORDS:
            return prev.end + 1, t.start  # (no sentence opens right after "the", "of", "a": "since the | Second")
        if ok_next and prev.text == ":" and _is_label(c.text[: prev.end]):
            return prev.end, t.start  # a short label, then a sentence ("<org> commemorates 1925-27: | This year we")
    return None


def _is_label(head: str) -> bool:
    """A short label ending in its only colon: a series' or a section's title ("Our series on 1989:")."""
    return head.count(":") == 1 and 3 <= len(head.split()) <= T["max_label_words"] and not _TERMINAL_RE.search(
        head[:-1])


#: words that open a clause whose subject follows ("whether I am", "because I was")
_CLAUSE_OPENERS = frozenset("whether that if because when while as where so but and or than until since "
                            "unless though although before after once".split())
#: adverbs that end a clause (bylines.EXAMPLES["possessive-after-adverb"])
_CLAUSE_END_ADVERBS = frozenset("there here now again today".split())


def _capital_break(c: Classed, after_byline: bool = False) -> tuple[int, int, str] | None:
    """The weakest breaks, in the first ``max_capital_break_chars``: a lower-case word, then a
    capitalised word and a lower-case word ("collapse | Teachers at"; a capitalised possessive only where
    nothing else breaks: "schools | Taiwan’s labour ministry"), or a title phrase
    ("services | Financial Secretary Paul Chan has", "cuts | Premier Li said"); else a place after a
    preposition, then a capitalised plural and a lower-case word ("depositors in Henan | Depositors
    who have", not "in Dongguan Docks district")."""
    text, tokens = c.text, c.tokens
    limit = T["max_capital_break_chars"]
    # a headline label ("CCP congress: ...") may open the standfirst: a colon early on is no sentence end
    label_end = text.find(": ", 0, int(T["max_headline_label_chars"])) + 1
    n = len(tokens)
    fallback: tuple[int, int, str] | None = None
    for i in range(n - 2):
        w, nxt, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if nxt.end > limit:
            break
        if not (w.gap in (" ", "^", "\n") and w.text[0].islower() and w.text.replace("’", "").replace("'", "")
                .replace("-", "").isalpha()) or nxt.gap != " " or after.gap != " ":
            continue
        if _PHRASE_END_RE.search(text, label_end, w.end):
            break  # the standfirst is one phrase
        capital = _is_capitalised(nxt.text) and nxt.text != "I"  # (the pronoun goes on a sentence: "whether | I am")
        title_next = capital and after.text in B.TITLE_WORDS and i + 3 < n and tokens[i + 3].gap == " " \
            and tokens[i + 3].text[0].isupper()
        title_here = nxt.text in B.TITLE_WORDS and after.text[0].isupper()
        # a capitalised possessive ("schools | Taiwan’s labour ministry has") opens a sentence too, but only where
        # no other break is found: inside a headline it follows a verb as often ("... quietly backs | Beijing’s
        # plan ...")
        possessive = not capital and nxt.text.endswith(("’s", "'s")) and _is_capitalised(nxt.text[:-2])
        # (a two-word name's possessive too: "without work | South Africa’s official unemployment rate")
        # (not in what follows a leading byline, where the lede is more likely: "A, Org | More than 4,800 teachers
        # left Hong Kong’s public sector schools")
        possessive2 = (not after_byline and capital and after.text.endswith(("’s", "'s"))
                       and _is_capitalised(after.text[:-2])
                       and i + 3 < n and tokens[i + 3].gap == " " and (
                           tokens[i + 3].text[:1].islower() or _NUMBER_WORD_RE.match(tokens[i + 3].text)))
        # (not a coordinated pair of proper nouns inside a sentence: "voting | Democrat or Republican")
        pair = after.text in ("and", "or", "nor") and i + 3 < n and tokens[i + 3].text[:1].isupper()
        plain = capital and after.text[0].islower() and not pair
        # (or a possessive's noun of capitalised words: "stagnate | Taiwan’s Executive Yuan has approved")
        possessive_name = possessive and _capitalised_run_then_lower(tokens, i + 2)
        # (a possessive before a number too: "... lobby fights back | Taiwan’s 750,000 migrant workers":
        # bylines.EXAMPLES["possessive-before-number"])
        # (after a leading byline, a name of two or three capitalised words and a lower-case word open the lede: "A,
        # <site> | Regime revives ... unemployment | Communist Youth League committees in ...": bylines.EXAMPLES[
        # "name-run-opens-lede-after-byline"])
        # (not a place's name, an adjective as often: "a publicly-funded | Hong Kong university")
        run_name = (after_byline and capital and not pair and _capitalised_run_then_lower(tokens, i + 2)
                    and not places.is_place(f"{nxt.text} {after.text}", one_word_ok=False)
                    and not places.is_place(nxt.text, one_word_ok=True))
        if not (plain or title_next or title_here or (possessive and (after.text[0].islower() or _NUMBER_WORD_RE.match(
                after.text))) or possessive2
                or possessive_name or run_name):
            continue
        word = w.text
        if (word in B.FUNCTION_WORDS or word in B.PLACE_PREPOSITIONS or word in B.PLACE_ADJECTIVES
                or word.capitalize() in B.SENTENCE_STARTERS) and not (
                    (possessive or possessive2) and word in _CLAUSE_END_ADVERBS):
            continue  # "exercises around | Taiwan were", "struck after | Foxconn cut", "across southern | China worked"
            # (but an adverb ends a clause before a possessive: "... who live there | India’s forest department")
        if after.text in B.PLACE_NAMES or _word_count(text[: w.end]) < T["min_standfirst_words"]:
            continue  # (too early for a standfirst: "Owners blame | Chinese overproduction but ...")
        if i and tokens[i - 1].text == "to" and tokens[i - 1].gap == " " and not (possessive or possessive2):
            continue  # an infinitive takes the name that follows: "... upstream of Zhuozhou to protect | Beijing and"
            # (bylines.EXAMPLES["infinitive-takes-name"]; a possessive opens a sentence after one: "... are told to
            # cheer | Canada’s decision to ...")
        if possessive or possessive2:  # (possessive_name implies possessive: a fallback too)
            fallback = fallback or (w.end, nxt.start, "capital")
            continue
        return w.end, nxt.start, "capital"
    for i in range(n - 3):  # "... depositors in Henan | Depositors who have ..."
        prep, place, group, then = tokens[i : i + 4]
        if group.end > limit:
            break
        if (prep.text in ("in", "at", "from", "across") and prep.gap in (" ", "^", "\n") and place.gap == " "
                and _is_capitalised(place.text) and group.gap == " " and _is_capitalised(group.text)
                and len(group.text) >= 5 and group.text.endswith("s") and then.gap == " " and len(then.text) >= 2
                and then.text.isalpha() and then.text.islower() and then.text not in B.PLACE_NOUNS):
            if _PHRASE_END_RE.search(text, label_end, place.end):
                break
            return place.end, group.start, "capital"
    for i in range(1, n - 1):  # "... the work goes on | Builders on sites ...", "... instead of two | Employees at"
        prev, group, then = tokens[i - 1 : i + 2]
        if group.end > limit:
            break
        if (group.gap == " " and group.text in B.GROUP_NOUNS and then.gap == " " and then.text.isalpha()
                and then.text.islower() and len(then.text) >= 2
                and (prev.text[-1:].islower() or prev.text[-1:].isdigit() or prev.text in _CLOSING_QUOTES)
                and prev.text not in _GROUP_LEAD_WORDS):
            if _PHRASE_END_RE.search(text, label_end, prev.end):
                break
            return prev.end, group.start, "capital"  # (a capitalised group of people and a lower-case word open a
            # sentence after any phrase's end: bylines.EXAMPLES["group-opens-lede"])
    return fallback


#: A number of digits, with its thousands' commas ("750,000"), no unit run into it
_NUMBER_WORD_RE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?$")
#: A sentence's or a clause's end: not a decimal point or a time's colon ("a rise of 3.2 percent", "at 10:30")
_PHRASE_END_RE = re.compile(r"[.!?:;](?!\d)")


def _capitalised_run_then_lower(tokens: list[Any], i: int) -> bool:
    """Do one or two capitalised words start at token i, then a lower-case word ("Executive Yuan | has")?"""
    for k in (i, i + 1):
        if k + 1 >= len(tokens) or tokens[k].gap != " " or not _is_capitalised(tokens[k].text):
            return False
        after = tokens[k + 1]
        if after.gap == " " and after.text[:1].islower() and after.text.isalpha():
            return True
    return False


#: Words after which a capitalised group of people is still inside the sentence ("for the | Workers Alliance", "of |
#: Teachers and Nurses")
_GROUP_LEAD_WORDS = frozenset({"the", "a", "an", "of", "for", "to", "and", "or", "with", "by", "our", "their", "all"})


# --------------------------------------------------------------------------------------
# The splitter
# --------------------------------------------------------------------------------------


#: A run of three words or more printed in capitals, a comma among them: a byline set in capitals ("... the most
#: vulnerable | KOO SIU-FAN, SOCIALIST ACTION (ISA IN HONG KONG) | Disabled people ...": bylines.EXAMPLES[
#: "byline-in-capitals"]); the forms read names and organisations by their capitalised words
_CAPITALS_WORD = rf"\(?[{_UP}][{_UP}’'.-]*[{_UP}]\)?(?=[{_UP}][{_LO}]|[^{_UP}{_LO}’']|$)"
_CAPITALS_RUN_RE = pattern_cache.compile(rf"(?<![{_UP}’']){_CAPITALS_WORD}(?:,? {_CAPITALS_WORD}){{2,}}")
_CAPITALS_WORD_RE = pattern_cache.compile(rf"[{_UP}][{_UP}’'.-]*[{_UP}]")
# (not "TO", "ON", "AT": surnames too, "TO KA-KIT")
_CAPITALS_FUNCTION_WORDS = frozenset({"IN", "OF", "AND", "THE", "FOR", "FROM", "WITH"})


def _capitals_view(text: str, best: Candidate | None) -> str:
    """``text`` with each run of words in capitals that holds a comma and that ``best`` does not hold whole written as
    names are (function words in lower case): same length, so a byline's span in it is its span in ``text``;
    ``text`` itself when there is none."""
    if "," not in text:
        return text
    view = text
    for m in _CAPITALS_RUN_RE.finditer(text):
        run = m.group()
        if ", " not in run or (best is not None and best.start <= m.start() + 3 and best.end >= m.end()
                               and (best.authors or best.organisation)):
            continue
        cased = _CAPITALS_WORD_RE.sub(lambda w: w.group().lower() if w.group() in _CAPITALS_FUNCTION_WORDS
                                      else w.group()[0] + w.group()[1:].lower(), run)
        view = view[: m.start()] + cased + view[m.end() :]
    return view


def _in_original_case(text: str, view: str, best: Candidate) -> Candidate:
    """``best``, found in ``_capitals_view(text)``, with its fields as ``text`` prints them."""
    def original(value: str | None) -> str | None:
        at = view.find(value, best.start, best.end) if value else -1
        return text[at : at + len(value)] if value and at >= 0 else value

    return dataclasses.replace(best, authors=[original(a) or a for a in best.authors],
                               organisation=original(best.organisation), affiliation=original(best.affiliation))


#: Two or more capitalised words said twice in a row: "... Statement by International Socialist Alternative |
#: International Socialist Alternative (ISA) condemns ..."
_REPEATED_NAME_RE = pattern_cache.compile(
    rf"(?<![\w’'-])([{_UP}][\w’'-]*(?:(?: (?:of|the|and|for))* [{_UP}][\w’'-]*){{1,5}}) (?=\1(?![\w’'-]))")
#: A person named with their age (one or two words), then what they did, opens a sentence: "... in public housing |
#: Lam Siu-fong, 52, has cleaned ..." (not a described byline: "Mei, 19, a nursing student")
_AGE_THEN_DEED = rf", \d{{1,2}}, (?!(?:a|an|the|one|and|from|of|in|who|whose|which|that)\b)[{_LO}]"
_PERSON_AGE_RE = pattern_cache.compile(rf"(?<=[{_LO}.!?’”] )[{_UP}][{_LO}’'-]+(?: [{_UP}][{_LO}’'-]+)?{_AGE_THEN_DEED}")


_AGE_MARK_RE = re.compile(r", \d\d?, ")


def _ends_phrase(word: str) -> bool:
    """May a phrase end with ``word`` before a person's name? Not a capitalised word (a name's or a place's, which
    the name may go on from) nor a name's particle ("van der | Berg")."""
    return not any(ch.isupper() for ch in word) and word not in B.NAME_PARTICLES and word not in ("and", "&")
    # (nor a list's "and": "A, 21, and | B, 20, university students" names both, bylines.EXAMPLES["names-aged"])


def _part_breaks(text: str) -> str:
    """Merged text with a line break where a part surely ends: between a name said twice in a row (one part ends
    with it and the next opens with it: bylines.EXAMPLES["org-repeated-opens-lede"]), and before a person named with
    their age at a sentence's opening (bylines.EXAMPLES["person-age-opens-lede"]); the positions are those of
    ``text``."""
    if "\n" in text:
        return text
    if (m := _REPEATED_NAME_RE.search(text)) is not None:
        return f"{text[: m.end(1)]}\n{text[m.end(1) + 1 :]}"
    if _AGE_MARK_RE.search(text) is not None and (m := _PERSON_AGE_RE.search(text, 1)) is not None \
            and _ends_phrase(text[: m.start() - 1].rsplit(" ", 1)[-1]):  # (speed: the age's commas first)
        return f"{text[: m.start() - 1]}\n{text[m.start() :]}"
    return text


def split_excerpt(excerpt: str, knowledge: Any | None = None, *, memo: dict[str, Any] | None = None,
                  use_model: bool = True) -> ExcerptSplit:
    """Split a teaser excerpt into its parts. ``knowledge``: an optional ``SiteKnowledge``.

    ``memo``: a dict kept by a caller that splits the same excerpt again (with knowledge that has
    learned more since): the work that does not depend on knowledge is done once and kept there.
    ``use_model``: where the rules are unsure and no known byline decided, ask the second reader
    (``model.py``) and take its reading where it is sure (method "model")."""
    memo = {} if memo is None else memo
    split = _rules_split(excerpt, knowledge, memo=memo)
    if use_model and split.confidence < model.ASK_BELOW and split.method not in ("known-byline", "empty"):
        # (where the rules' byline holds a part the site's knowledge knows, the model's reading must be as sure as
        # before 3.32: the lower threshold was chosen on splits with no knowledge; looked for only where it matters)
        rules = split
        take_at = model.TAKE_AT if split.confidence < model.RULES_SURE_AT else model.TAKE_AT_RULES_SURE
        split = _model_split(excerpt, split, memo,
                             lambda sure: sure >= max(take_at, model.TAKE_AT_KNOWN) or (
                                 sure >= take_at and not _holds_known_part(rules.byline, knowledge))) or split
    if split.byline and (not split.authors or all(places.is_place(a, one_word_ok=True) for a in split.authors)):
        # (no people, or only places read as people: "A, Kochi, and B, Pune, <org>" read as "Pune")
        names, org = _byline_people(split.byline)
        if split.organisation in names:  # (the organisation read as a name: the people are those before it)
            names, org = names[: names.index(split.organisation)], None
        if names:
            split = dataclasses.replace(split, authors=names, organisation=split.organisation or org)
    if split.byline and (collective := _COLLECTIVE_CREDIT_RE.match(split.byline)) is not None and (
            not split.organisation if not split.authors else not _issued_by_a_member(split.byline, split.authors[0])):
        # what organisations issue names no people, the first issuer the organisation ("Joint statement by A, B and
        # C": bylines.EXAMPLES["collective-credit-people"]), but a member who speaks ("Statement from the dock by A,
        # <org> member")
        split = dataclasses.replace(split, authors=[],
                                    organisation=split.organisation or _first_issuer(split.byline, collective))
    if split.byline and (group := _GROUP_CREDIT_RE.search(split.byline)) is not None and (
            split.authors == [group["org"]]
            or (not split.authors and split.organisation is not None and split.organisation in group["org"])):
        # a group's credit names whose members reported, no person ("Report by Gerak Kiri members in Teluk Intan",
        # "Report from Colectivo Tierra y Trabajo members": bylines.EXAMPLES["group-credit-org"])
        split = dataclasses.replace(split, authors=[], organisation=group["org"])
    if split.organisation and (lead := _ORG_LEAD_RE.match(split.organisation)):
        split = dataclasses.replace(split, organisation=split.organisation[lead.end():])
    if any(_HONORIFIC_RE.match(a) for a in split.authors):
        split = dataclasses.replace(split, authors=[_HONORIFIC_RE.sub("", a, count=1) for a in split.authors])
    return split


#: A title or an honorific and the space after it, no part of the name that follows ("Councillor A B", "Cllr A B",
#: "Cikgu A B", "Comrade A")
HONORIFIC = (rf"(?:(?:{'|'.join(sorted(B.TITLE_WORDS | B.HONORIFICS))})\.? "
             rf"|(?:{'|'.join(sorted(B.HONORIFICS_BEFORE_FULL_NAMES))}) (?=[{_UP}][{_LO}]+ [{_UP}]))")
_HONORIFIC_RE = re.compile(rf"(?:{HONORIFIC})+(?=[{_UP}])")


def _holds_known_part(byline: str | None, knowledge: Any | None) -> bool:
    """Does the byline hold a name or an organisation the site's knowledge has learned?"""
    if not byline or knowledge is None:
        return False
    return any(part in byline for part in itertools.chain(getattr(knowledge, "organisations", ()),
                                                            getattr(knowledge, "names", ())))


def _model_split(excerpt: str, rules: ExcerptSplit, memo: dict[str, Any],
                 sure_enough: Callable[[float], bool] = lambda sure: sure >= model.TAKE_AT) -> ExcerptSplit | None:
    """The second reader's split where it is sure enough (of every token: ``sure_enough`` of its least marginal) and
    reads otherwise than the rules, else None."""
    text, truncated, note = _memo_prepared(excerpt, memo)
    if "model" not in memo:  # (the model reads the text alone, whatever the site's knowledge: kept for a next split)
        memo["model"] = model.read_parts(text)
    reading = memo["model"]
    found = None
    if reading is not None and sure_enough(reading[1]) and not _splits_inside_a_token(text, rules):
        parts = {label: text[a:b].strip() for label, (a, b) in reading[0].items()}
        byline = _flat(parts.get("byline"))
        if byline and byline.rsplit(None, 1)[-1] in B.ORG_OPENING_ADJECTIVES:
            return None  # (a byline never ends in a word that opens an organisation's name: "A & B, Socialist |
            # Students September is ...")
        if (_flat(parts.get("standfirst")), byline, _flat(parts.get("lede"))) != (
                _flat(rules.standfirst), _flat(rules.byline), _flat(rules.lede)):
            authors, org, affil = parse_byline(byline) if byline else ([], None, None)
            if byline and not authors and not org:
                authors, org = _credit_line_fields(byline)
            model_note = _flat(parts.get("note"))
            found = ExcerptSplit(standfirst=_flat(parts.get("standfirst")), byline=byline, authors=list(authors),
                                 organisation=org, affiliation=affil,
                                 note=_in_text_order(excerpt, note, model_note),
                                 lede=_flat(parts.get("lede")), truncated=truncated, method="model",
                                 confidence=round(reading[1], 2))
    return found


def _splits_inside_a_token(text: str, rules: ExcerptSplit) -> bool:
    """Does the rules' byline or lede start inside one of the text's tokens ("... universities|chinaworker.info
    reporters", split where an English word list ends the word)? The model reads whole tokens: it cannot say that."""
    starts = {token.start for token in F.classify(text).tokens}
    for part in (rules.byline, rules.lede):
        at = text.find(part[:40]) if part else -1
        if at >= 0 and at not in starts:
            return True
    return False


def _memo_prepared(excerpt: str, memo: dict[str, Any] | None) -> tuple[str, bool, str | None]:
    """``_prepared(excerpt)``, kept in ``memo`` for the next split of the same excerpt."""
    if memo is not None and "text" in memo:
        return memo["text"], memo["truncated"], memo["note"]
    text, truncated, note = _prepared(excerpt)
    if memo is not None:
        memo.update(text=text, truncated=truncated, note=note)
    return text, truncated, note


def _rules_split(excerpt: str, knowledge: Any | None = None, *, memo: dict[str, Any] | None = None) -> ExcerptSplit:
    """``split_excerpt`` by the rules alone."""
    text, truncated, note = _memo_prepared(excerpt, memo)
    if not text:
        return ExcerptSplit(note=note, truncated=truncated, method="empty", confidence=0.0 if not note else 0.5)
    has_lines = "\n" in text
    search_text = _part_breaks(text)
    best = find_byline(search_text, knowledge, None if memo is None else memo.setdefault("candidates", {}),
                       truncated=truncated)
    if (view := _capitals_view(text, best)) is not text:
        # a byline in capitals the forms did not read whole: read it as names are written
        in_view = find_byline(view, knowledge, truncated=truncated)
        if in_view is not None and (best is None or in_view.end > best.end or (
                (in_view.start, in_view.end) == (best.start, best.end) and not (best.authors or best.organisation))):
            best = _in_original_case(text, view, in_view)
    if best is None and has_lines and (last := _byline_last_line(text)) is not None:
        # the excerpt ends inside, or with, its byline's line: no lede is shown (bylines.EXAMPLES["byline-last-line"])
        line, read = last
        return ExcerptSplit(standfirst=_flat(text[: text.rfind("\n")].strip()), byline=line,
                            authors=list(read.authors), organisation=read.organisation, affiliation=read.affiliation,
                            note=note, lede=None, truncated=truncated, method="newline", confidence=0.6)
    if best is None and has_lines and (credit := _credit_line_between(text)) is not None:
        credit_authors, credit_org, credit_affil = parse_byline(credit[1])
        if not credit_authors and not credit_org:
            credit_authors, credit_org = _credit_line_fields(credit[1])
        return ExcerptSplit(standfirst=credit[0], byline=credit[1], authors=credit_authors, organisation=credit_org,
                            affiliation=credit_affil, note=note, lede=_flat(credit[2]), truncated=truncated,
                            method="credit-line", confidence=0.6)
    if best is None:
        standfirst, lede, how = standfirst_break(search_text)
        if how == "newline" and not has_lines:
            how = "part"
        method = {"newline": "newline", "run-in": "run-in", "starter": "standfirst-break", "repeat": "standfirst-break",
                  "capital": "standfirst-break", "question": "standfirst-break",
                  "quotation": "standfirst-break", "part": "standfirst-break"}.get(how, "single-paragraph")
        conf = {"newline": 0.7, "run-in": 0.6, "starter": 0.55, "repeat": 0.55, "part": 0.55, "question": 0.5,
                "quotation": 0.5, "capital": 0.4}.get(how, 0.6 if not has_lines else 0.5)
        return ExcerptSplit(standfirst=standfirst, lede=_flat(lede), note=note, truncated=truncated,
                            method=method, confidence=conf)
    if (has_lines and truncated and "\n" not in text[best.end :] and _BYLINE_PART_JOIN_RE.match(text, best.end)
            and _LINE_SENTENCE_END_RE.search(text, best.end) is None):
        best = dataclasses.replace(best, end=len(text))  # the byline's tail, cut on the excerpt's last line ("A, Org
        # (ISA in India) – an e...": bylines.EXAMPLES["byline-last-line"])
    before, byline, after = text[: best.start].strip(), text[best.start : best.end].strip(), text[best.end :].strip()
    standfirst, lede = before or None, after or None
    if not before and after and not note:
        # byline first: a headline-style phrase right after it is the standfirst (not after a note: the note stands
        # between the byline and the lede, "A, Org | (This article was first published on ...) | Migrant workers
        # ...": bylines.EXAMPLES["byline-first-note-lede"])
        sf, rest, how = standfirst_break(after, allow_question=False, capital_break=True, after_byline=True)
        # (not a quotation alone: the lede opens with what someone said, "A, Org | “Not one more night in
        # prison.” That was the message of ...": bylines.EXAMPLES["lede-opens-with-quotation"])
        # (nor a whole sentence found only by its full stop: after a leading byline the lede comes, "A poem by A,
        # Org | He goes down before the sun ... a widow. The company ...": bylines.EXAMPLES["byline-first-lede"])
        # (nor sentences: a standfirst is one phrase, "Mingshui | I have lived here for six years. There are eight
        # women in a room ... When": bylines.EXAMPLES["byline-first-sentences"])
        # (but a part run into the next is one, sentences or not: "A, Org | Container homes were meant to be
        # temporary. Families have now been there for five years | When the first ...": bylines.EXAMPLES[
        # "run-in-after-leading-byline"])
        if sf and not _QUOTATION_RE.fullmatch(sf) and not (how == "starter" and sf.rstrip("”’\"')")[-1:] in ".!") \
                and (how == "run-in" or not SENTENCE_INSIDE_RE.search(sf)):
            standfirst, lede = sf, rest
        elif ((call := _CALL_AFTER_BYLINE_RE.match(after)) is not None
              and "!" not in after[call.end() : call.end() + 80] and _call_opens_text(byline, call.group())):
            # one call or question after a leading byline, then the lede's sentences ("Statement by <org> | Release
            # the detained organisers now! | We have learned ..."); not one of a series of slogans, which opens the
            # lede ("Reject fake compromise! Beware of emergency laws! ...")
            standfirst, lede = after[: call.end()], after[call.end() :].lstrip()
        elif text[best.end : best.end + 1] == "\n" and (lines := _sentence_line_then_lede(after)) is not None:
            standfirst, lede = lines
        elif not has_lines:  # (in merged text only: where the post's line breaks are kept, a standfirst stands on
            # its own line)
            if best.organisation and (again := _org_opens_lede(after, best.organisation)) is not None:
                standfirst, lede = after[:again].rstrip(), after[again:].lstrip()
    line_aligned = ((best.start == 0 or text[best.start - 1] == "\n")
                    and (best.end == len(text) or text[best.end] == "\n"))
    if before and line_aligned and lede and (line_note := _note_line(lede)):
        note = _in_text_order(excerpt, note, line_note[0])
        lede = line_note[1]
    elif lede and (opening_note := _contact_note(lede) or _meta_note(lede)):
        more = _sentences_about_the_text(" " + opening_note[1], 0)  # (and what else it says of the text)
        opening = " ".join(f"{opening_note[0]} {opening_note[1][: max(0, more - 1)]}".split())
        note = _in_text_order(excerpt, note, opening)
        lede = opening_note[1][max(0, more - 1):].strip()
    if best.known:
        method = "known-byline"
    elif has_lines and line_aligned:
        method = "newline"
    else:
        method = "byline-cue"
    confidence = round(min(1.0, max(0.0, best.score)), 2)
    authors, org, affil = best.authors, best.organisation, best.affiliation
    if best.known and not authors and not org:
        # a learned byline no reading of its own parses ("Speech by A, Org, at the Osaka May Day rally"): the fields
        # the splitter alone reads in the same span
        cold = find_byline(text, None, None if memo is None else memo.setdefault("candidates", {}), truncated=truncated)
        known_orgs = getattr(knowledge, "organisations", {})
        if cold is not None and (cold.start, cold.end) == (best.start, best.end) and not any(
                a in known_orgs for a in cold.authors):  # (not a learned organisation read as a name)
            authors, org, affil = cold.authors, cold.organisation, cold.affiliation
    if not authors and not org:  # a credit no form parses: the people it names after "by", a domain
        authors, org = _credit_line_fields(byline)
    if "+" in best.form:  # merged credits: parse the whole span ("... . By A, B")
        parsed = parse_byline(byline)
        if parsed != ([], None, None):
            authors, org, affil = parsed
        org, affil = _credited_organisation(byline, org, affil)
    return ExcerptSplit(standfirst=_flat(standfirst), byline=_flat(byline), authors=list(authors),
                        organisation=org, affiliation=affil, note=note, lede=_flat(lede),
                        truncated=truncated, method=method, confidence=confidence)


#: Where a byline's parts meet on its line: a comma, a dash or a bracket ("A, Org | (ISA in X), member of ...")
_BYLINE_PART_JOIN_RE = re.compile(r", | [–—-] | \(")
#: What opens a names-only byline's tail, not a lede's apposition: a membership or a second credit ("A, member of
#: the executive committee of <org>, ...", "A and B, with reporting from ...")
_BYLINE_TAIL_OPENING_RE = re.compile(r"(?:member|members|with) ")
#: A sentence's end inside a line: the lede's, not a byline's
_LINE_SENTENCE_END_RE = re.compile(r"[.!?](?:[”’\"')]*)(?: |$)")


def _byline_last_line(text: str) -> tuple[str, Candidate] | None:
    """The text's last line, after the standfirst's, when it opens with a byline naming an organisation that a strong
    form reads up to one of its commas, dashes or brackets, and goes on with no sentence's end: the byline's tail (a
    role, a place, a second credit) to the excerpt's cut or end, and no lede ("<sf>\nA and B, <site> reporters in
    Harbin, with additional reporti...", "<sf>\nA, Org (ISA in Germany), member of the works council"; names alone only
    before a membership or a second credit, for names open ledes as often: "<sf>\nHo Wing-kei, who chaired a union
    ..., was refused bail f...")."""
    head, _, line = text.rpartition("\n")
    line = line.strip()
    if not head.strip() or not line[:1].isupper() or _LINE_SENTENCE_END_RE.search(line) is not None:
        return None
    for join in reversed(list(_BYLINE_PART_JOIN_RE.finditer(line))):  # (the longest byline read first)
        prefix = line[: join.start()]
        found = find_byline(prefix)
        if found is not None and found.start == 0 and found.end == len(prefix) and (found.organisation or (
                found.authors and _BYLINE_TAIL_OPENING_RE.match(line, join.end()))) \
                and found.score >= T["byline_last_line_min_score"]:
            return line, found
    return None


#: What marks a line as someone's credit: "by" and a name or a domain ("... carried out by <site> volunteers,
#: presented by A"), a domain ("<site> sat down with two riders ..."), or a colon ending it ("A rider told <site>:")
_CREDIT_LINE_CUE_RE = pattern_cache.compile(rf"\b[Bb]y [{_UP}]|{DOMAIN_RE.pattern}|:$")


def _credit_line_between(text: str) -> tuple[str, str, str] | None:
    """(standfirst, byline, lede) when no form read a byline but the text's second line, between the standfirst's
    line and the lede's, credits someone (``_CREDIT_LINE_CUE_RE``; the notes were taken out before): the gold holds
    such a line as the byline 1,053 times and as nothing else (bylines.EXAMPLES["credit-line-between"])."""
    lines = text.split("\n")
    if len(lines) < 3:
        return None
    first, line, rest = lines[0].strip(), lines[1].strip(), "\n".join(lines[2:]).strip()
    if (not first or not rest or len(line) > T["max_credit_line_chars"] or not line[:1].isupper()
            or first.rstrip("”’\"')")[-1:] == "." or _CREDIT_LINE_CUE_RE.search(line) is None):
        return None
    return first, line, rest


#: The person a credit names after "by" ("delivered by Liezel Macaraeg, <org>, at ...", "introduced by A B, Org")
_BY_PERSON_RE = pattern_cache.compile(
    rf"\bby ((?:[{_UP}][{_LO}’'-]+ ){{1,3}}[{_UP}][{_LO}’'-]+)(?=,|$| \(| (?:in|at|on|to|for) )")


def _credit_line_fields(line: str) -> tuple[list[str], str | None]:
    """(authors, organisation) of a credit line no byline parse reads: the people named after "by" (not an
    organisation's words) and the first domain it names."""
    authors = [m.group(1) for m in _BY_PERSON_RE.finditer(line)
               if not any(w in B.NOT_NAME_WORDS for w in m.group(1).split())]
    domain = DOMAIN_RE.search(line)
    return authors, domain.group() if domain else None


#: Where a byline's segments part: a list's commas and conjunctions, a dash, a slash or a bar before an organisation or
#: a place, a bracket, and the words that go on from a name to what one is or where ("A is a rider", "A in Ulsan")
_BYLINE_SEGMENT_RE = re.compile(r",? (?:and|&) |, | [–—/|] | ?\(|\) ?| (?:is|was|in|of|for|at|from|with|who|on) ")
#: A credit's lead before the people it names ("Interview by ", "For the executive committee: ")
_CREDIT_LEAD_RE = re.compile(r"^(?:[^,:]{0,40}?\b[Bb]y |[^,]{0,60}?: )")
_LIST_JOINS = (", and ", " and ", " & ", ", ")
#: ... those of them that close a list
_AND_JOINS = (", and ", " and ", " & ")
#: A credit of an organisation's members, its name run from the "by" / "from" to them ("Report by X Y members in Z")
_GROUP_CREDIT_RE = re.compile(rf"\b(?:by|from) (?:the )?(?P<org>[{_UP}][^\s,()]*(?: (?:[{_UP}][^\s,()]*|"
                              rf"{'|'.join(sorted(w for w in B.NAME_PARTICLES if w[:1].isalpha()))}|of|and|for))*?)"
                              rf" (?:members|supporters|activists|comrades)\b")
#: A credit of what organisations issue, to the "by" / "of" / "from" before its issuers
_COLLECTIVE_CREDIT_RE = re.compile(r"(?:[^,:]{0,60}?\b)?(?:[Jj]oint )?(?:[Ss]tatement|[Ll]eaflet|[Dd]eclaration"
                                   r"|[Rr]esolution|[Aa]ppeal|[Oo]pen letter|[Mm]anifesto|[Cc]ommuniqu[ée])s?\b"
                                   r"[^,:]{0,60}? (?:by|of|from) (?:the )?")


def _first_issuer(byline: str, collective: re.Match[str]) -> str | None:
    """The first organisation a collective credit (``_COLLECTIVE_CREDIT_RE``'s match) names."""
    run = _BYLINE_ORG_RUN_RE.match(byline, collective.end())
    return run.group() if run else None


def _issued_by_a_member(byline: str, name: str) -> bool:
    """Does a member's role or a job follow the first issuer's name ("... by A, <org> member, read at ...")?"""
    at = byline.find(name)
    words = re.split(r"[,(]", byline[at + len(name):].lstrip(", "), maxsplit=1)[0].split() if at >= 0 else []
    return bool(words) and (words[-1] in B.MEMBER_ROLES or words[-1] in B.OCCUPATIONS)


def _byline_people(byline: str) -> tuple[list[str], str | None]:
    """(authors, organisation) of a line known to be a byline where no byline form reads it (an age, a job with no
    article, a title, a name with a word of a sentence in it: "Summer Ho, 17", "Mr Kelvin Goh, secondary school
    teacher", "Interview by Will Tam, <org>", "A, 23, nurse, and B, 25, nursing assistant"): the name-shaped segments
    it opens with and those a list joins to them, then the first organisation after them, to its end or its first
    lower-case word (bylines.EXAMPLES["known-byline-people"])."""
    if (collective := _COLLECTIVE_CREDIT_RE.match(byline)) is not None:
        # what organisations issue names organisations ("Joint statement by A, B and C", "... a leaflet distributed by
        # <org> members at ...": bylines.EXAMPLES["collective-credit-people"])
        return [], _first_issuer(byline, collective)
    if (pen_name := _PEN_NAME_BYLINE_RE.fullmatch(byline.strip())) is not None \
            and not common_english_word(pen_name.group(1)) and pen_name.group(1) not in B.ORG_WORDS \
            and pen_name.group(1) not in B.TITLE_WORDS and pen_name.group(1) not in B.PLACE_NAMES:
        return [pen_name.group(1)], None  # a one-word pen name alone, a place's name too ("Nanxi", "Tsubame (燕)":
        # bylines.EXAMPLES["known-byline-people"])
    stripped = byline.strip(" ,.‘’“”\"'")
    text = _CREDIT_LEAD_RE.sub("", stripped, count=1)
    after_credit = text != stripped
    names: list[str] = []
    pos, joined, join = 0, True, ""
    joins: list[str] = []
    for m in [*_BYLINE_SEGMENT_RE.finditer(text), None]:
        segment = _REPORTS_TAIL_RE.sub("", text[pos : m.start() if m else len(text)].strip())
        kind, name = _segment_kind(segment, after_credit)
        if kind == "org":
            run = _BYLINE_ORG_RUN_RE.match(text, pos) if names else None
            return _list_end_org(names, joins, text) or (names, run.group() if run else None)
        if kind == "name" and (joined or not names):
            names.append(name)
            joins.append(join)
        elif not names:
            break  # (a byline opens with its people: one that does not is no list of names)
        if m is None:
            break
        join = m.group()
        joined = (kind == "name" and join in _LIST_JOINS or join in _AND_JOINS
                  or segment.endswith(" reporting"))  # ("A, with additional reporting from B")
        pos = m.end()
    return _list_end_org(names, joins, text) or (names, None)


def _list_end_org(names: list[str], joins: list[str], byline: str) -> tuple[list[str], str | None] | None:
    """The people and organisation of a byline's name-shaped segments (``joins``: what came before each) where the
    last, after a comma, ends a list closed by "and" or follows a single name: the organisation, no other person ("A,
    Gerak Kiri, Ipoh", "A and B, Gerak Kiri": bylines.EXAMPLES["name-org-place"]); a place there is where it was
    written. None where the segments are all people."""
    if len(names) < 2 or joins[-1] != ", " or not (
            any(j in joins[:-1] for j in _AND_JOINS)
            or (len(names) == 2 and " and " not in byline and " & " not in byline)):
        return None
    return names[:-1], None if places.is_place(names[-1], one_word_ok=True) else names[-1]


#: Capitalised words, then a role's lower-case words ("Labour Tide national organiser")
_ROLE_AFTER_ORG_RE = re.compile(rf"(?:[{_UP}]\S* )+(?:[{_LO}]+ )*[{_LO}]+")
#: An organisation's run in a byline: to a comma, a bracket, a dash, a slash or "and", or to its first lower-case word
#: that no capitalised one follows ("Unite shop steward at ...", "University of Nairobi")
_BYLINE_ORG_RUN_RE = re.compile(
    rf"(?:[^\s,(/|–—]+(?: (?=[^\s,(/|–—]+)(?!and )(?:[{_LO}]+ (?=[{_UP}])|(?=[^{_LO}])))?)+")


#: A one-word byline, perhaps with its name in another script ("Tsubame (燕)")
_PEN_NAME_BYLINE_RE = re.compile(rf"([{_UP}][{_LO}]{{2,}})(?: \([^\x00-\x7f()]+\))?")
#: What a person does, after the name: "A reports", "A writes"
_REPORTS_TAIL_RE = re.compile(r" (?:reports|writes)$")


def _segment_kind(segment: str, after_credit: bool = False) -> tuple[str, str]:
    """("name", the name without its title: capitalised name words), ("org", ""): an organisation's word, an acronym,
    a domain, a place's word opening it, or ("other", ""): an age, a job, a place. ``after_credit``: the segment
    follows a credit's "by" ("Interview by Will Tam": a sentence's word opens a name there)."""
    words = _HONORIFIC_RE.sub("", segment, count=1).split()
    while words and words[0] in B.TITLE_WORDS:
        words = words[1:]
    if not words:
        return "other", ""
    if any(w in B.ORG_WORDS or w in B.GROUP_NOUNS or w.lower() in B.PUBLICATION_WORDS or DOMAIN_RE.fullmatch(w)
           or (len(w) > 1 and w.isupper() and w.isalpha()) for w in words):
        return "org", ""
    if words[-1] in B.MEMBER_ROLES and _ROLE_AFTER_ORG_RE.fullmatch(" ".join(words)):
        return "org", ""  # "<org> national organiser", "Unite shop steward"
    if len(words) > 5 or not all(_NAME_SEGMENT_WORD_RE.fullmatch(w) for w in words) or (
            words[0] in B.NOT_NAME_WORDS and not (len(words) > 1 and (
                words[0] in B.SURNAME_STARTERS or (after_credit and not common_english_word(words[-1]))))):
        return "other", ""  # (a family name that is a word of a sentence, before a given name, is one: "So Kwok-wing")
    if places.is_place(" ".join(words), one_word_ok=True):
        return "other", ""
    if len(words) > 1 and places.is_place(words[0], one_word_ok=True) and not F.is_name_word(words[0]):
        return "org", ""  # "Kowloon Sparkline": a place's name opens an organisation's
    if len(words) == 1 and english_word(words[0].lower()):
        return "other", ""  # a credit's word ("Report from <place>", "Reporters of <paper>"), no pen name
    return "name", " ".join(words)


#: A word of a person's name: capitalised (hyphens, apostrophes, accents), an initial, or a particle ("a/l", "de")
_NAME_SEGMENT_WORD_RE = re.compile(rf"[{_UP}][{_LO}’'-]*[{_LO}](?:-[{_UP}{_LO}][{_LO}]*)*|[{_UP}]\.?|a/[lp]|[JS]r\.|"
                                   # (a nickname in quotes: "Rommel 'Bong' Tiangco")
                                   rf"['‘\"“][{_UP}][{_LO}]+['’\"”]|"
                                   rf"{'|'.join(sorted(B.NAME_PARTICLES))}")


def _sentence_line_then_lede(after: str) -> tuple[str, str] | None:
    """(standfirst, lede) when the line after a leading byline's own line is one short sentence and the lede's lines
    follow ("By A, Org | The ACFTU, the world’s largest ‘union’, has never organised a strike. | With 300 million
    members ...": bylines.EXAMPLES["sentence-line-after-leading-byline"]); a lede's first paragraph is longer or more
    sentences, and a note about the text is no standfirst."""
    line, _, rest = after.partition("\n")
    line, rest = line.strip(), rest.strip()
    if (not rest or len(line) > T["max_sentence_standfirst_line_chars"] or not line[:1].isupper()
            or line.rstrip("”’\"')")[-1:] != "." or SENTENCE_INSIDE_RE.search(line) or _QUOTATION_RE.fullmatch(line)
            or _meta_note(after) is not None or _contact_note(after) is not None):
        return None
    return line, rest


_QUOTATION_RE = re.compile(r"[“‘\"][^“”‘\"\n]+[.!?…][”’\"]")


def _note_line(after: str) -> tuple[str, str] | None:
    """(note, lede) when the line right after a byline on its own line is a note of a kind no
    pattern knows, and another line follows: short, no sentence end ("Content warning: ...",
    "Chinese version: ...", "Edited for length"); or a sentence or two ending in a full stop, no longer than a
    note is ("Figures for the number of strikers come from the union; the company disputes them.", "Page numbers
    refer to the 2024 edition.": bylines.EXAMPLES["note-sentence-line"]): between a byline's line and more lines,
    such a line is a note in the gold 263 times in 266 (the lede's paragraph is longer, or a question opening an
    interview)."""
    line, _, rest = after.partition("\n")
    line, rest = line.strip(), rest.strip()
    if not rest or not line[:1].isupper() or rest[:1].islower():
        return None
    last = line.rstrip("”’\"')")[-1:]
    if (len(line) <= T["max_note_line_chars"] and last not in ".!?…") or (
            len(line) <= T["max_note_sentence_line_chars"] and last == "."):
        return line, rest
    return None


#: How readers reach the publication: an email address, a hashtag, a web address with a path (not a bare domain,
#: which names a publication in ledes and bylines alike)
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&])#[^\W\d]\w+|https?://\S+"
                         r"|\b[\w-]+(?:\.[\w-]+)+/[\w/.-]*[\w/]")
#: Where a sentence of the text after a byline ends: a full stop (or "!", "?") before a capital, a line break, or a
#: contact before a capital (no full stop after it: "Follow the campaign: #PayCarersNow | Care workers ...")
_NOTE_SENTENCE_END_RE = re.compile(rf"[.!?][”’\"')]* (?=[{_UP}‘“\"])|\n|(?<=\w) (?=[{_UP}‘“\"])")


#: The text itself, its site or its writer, named in a sentence about them ("this article", "the writer")
#: ("the X" only as a possessive: "The statement’s signatories are listed at the end."; "paid by the piece", "the
#: report found" are a lede's)
_TEXT_NOUNS = "article|report|essay|piece|site|page|interview|statement|review|letter"
_SELF_REFERENCE_RE = re.compile(rf"\b(?:[Tt]his (?:{_TEXT_NOUNS})\b|[Tt]he (?:{_TEXT_NOUNS})[’']s\b)"
                                r"|\b[Tt]he (?:writer|author)\b|\b[Tt]his (?:web |print |online )?(?:version|edition)\b"
                                # (or its quotations: "The Weibo posts quoted here were archived ...", "Quotations
                                # from Cantonese were translated by the author.")
                                r"|\b(?:[Qq]uotations(?: from \w+)?|quoted(?: here| in this \w+)?) (?:were|are|have "
                                r"been)\b"
                                # (or the right to republish it: "Published under a Creative Commons licence (CC BY-NC
                                # 4.0).", "Free to republish with a credit and a link to <site>.")
                                r"|\bCreative Commons\b|\b[Rr]epublish\b"
                                # (or its schedule: "Because of the holiday, our next update on this dispute will
                                # appear on 3 February.", "Part of our coverage of the by-elections.")
                                r"|\b[Oo]ur (?:next |full |ongoing )?(?:updates?|reports?|coverage)\b"
                                # (or the figures it gives: "Ages given are those at the time of the arrests.")
                                r"|^[A-Z][a-z]+ (?:given|quoted|cited) (?:here )?(?:are|were)\b"
                                # (or how they were rounded: "Percentages in the tables may not add up to 100
                                # because of rounding.")
                                r"|\b(?:because of|due to) rounding\b"
                                # (or whether those it names replied before it went out: "The company was asked to
                                # comment but had not replied at the time of publication.")
                                r"|\b(?:before|at the time of|ahead of) (?:publication|going to press)\b"
                                # (or how it gives names and measures: "Place names in the highlands are given in the
                                # forms used by local residents.", "Weights are given in catties ..."; a newsroom's
                                # formulas: "Reports from inside the terminal could not be independently verified.",
                                # "Views expressed by guest contributors are not necessarily those of <org>.", "Check
                                # against delivery.": bylines.EXAMPLES["presentation-note"])
                                r"|\b(?:is|are|were) given (?:in|as)\b|\bcould not be (?:independently )?(?:verified"
                                r"|confirmed)\b|\bnot necessarily (?:those|the views?) of\b|^Check against delivery\b"
                                # (or where else it is, or its other parts: "The original appeared in <paper>.", "An
                                # earlier version appeared in ...", "Part one is here.", "The second will appear next
                                # week.": bylines.EXAMPLES["note-where-else"])
                                r"|^(?:The|An?) (?:original|earlier|shorter|longer|first|second|third|next|previous"
                                r"|final|last)(?: (?:version|part|article|instalment|installment))? (?:appeared|appears"
                                r"|was (?:first )?published|will (?:appear|be published|follow)|is (?:here|available"
                                r"|online))\b"
                                r"|^Part (?:one|two|three|four|\d{1,2}|[IVX]{1,4}) (?:is here|is available|appeared"
                                r"|was published|will (?:appear|follow))\b")
#: ... or the publication speaking of its own work: "we", "our", "us" with a word of publishing ("The first court
#: hearing is set for 20 May; we will report on it.", "For legal reasons, our members in Singapore do not put their
#: names to their articles.", "One of our ten most-read articles of 2025, ...":
#: bylines.EXAMPLES["publisher-voice-note"])
#: (not a worker's "we" in a lede: "There are about forty of us still living on the site." names no text)
_PUBLISHER_VOICE_RE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us)\b")
# (words of the text itself, not of reporting: a lede's "our reporters visited the depot" or "we took photos" tells
# the news; "we will report on it" says what the site will publish)
_PUBLISHING_WORD_RE = re.compile(r"\b(?:articles?|translation|translated|version|summary|edition|brackets|quotations?"
                                 r"|spelling|readers|publication|publish|website|pen names?|editorial|podcast"
                                 r"|newsletter)\b|\bour site\b|\bwill report\b")
#: ... or a sentence that opens as a publication's notice does: how the text was published, or what readers may do
#: ("Published jointly with <paper>.", "Published to mark ten years since ...", "Subscribe to the print edition ...",
#: "Follow <site> on Telegram ...": bylines.EXAMPLES["notice-opening-note"])
_NOTICE_OPENING_RE = re.compile(r"(?:Published|Republished|Reprinted|Translated|Embargoed) (?:to|in|on|with|jointly"
                                r"|from|by|until|for|at|as)\b|(?:Subscribe|Follow|Donate|Write|Contact|Sign up)\b"
                                # (or what the text is a version of, where the byline stands before it: "This is an
                                # edited version of a talk given at ...", "Abridged from an article first published
                                # in ...": bylines.EXAMPLES["version-note"])
                                r"|This is an? (?:[\w-]+ ){0,2}(?:version|translation|transcript|summary|extract) of\b"
                                r"|(?:Abridged|Edited|Adapted|Excerpted|Shortened|Condensed) from\b"
                                # (or where readers' messages go: "Messages of solidarity for the crew can be sent to
                                # <org>, which will ...")
                                r"|(?:Messages|Letters|Donations)(?: of (?:solidarity|support))?(?: [\w’']+){0,4} "
                                r"(?:can|may|should) be (?:sent|made|addressed)\b")
#: The first sentence after a byline, when a sentence follows it (or runs in: "... for WFI.A record number")
_FIRST_SENTENCE_RE = re.compile(rf"[^\n]{{10,{int(T['max_meta_note_chars'])}}}?[.!?][”’\"')]*"
                                rf"(?=[ \n][{_UP}‘“\"\d]|(?<=\.)[{_UP}](?:[{_LO}]| [{_LO}]))")


def _meta_note(after: str) -> tuple[str, str] | None:
    """(note, lede) when the first sentence after a byline is short and about the text itself, its site or its
    writer ("No generative AI tools were used in writing this article.", "The writer can be contacted through our
    tip line ...", "Figures in this article are correct as of 30 April."): a lede's first sentence tells the news
    (bylines.EXAMPLES["meta-note"]; on the gold no lede's first sentence is both so short and so self-referring)."""
    if after[:1] in "‘“\"":
        return None
    m = _FIRST_SENTENCE_RE.match(after)
    notice = _NOTICE_OPENING_RE.match(after) is not None  # (the first sentence opens where the text does)
    if notice and (run_in := _notice_run_into_lede(after, m)) is not None:
        return run_in
    if m is None:
        return None
    sentence = m.group()
    if not (notice or _refers_to_the_text(sentence)):
        return None
    lede = after[m.end():].strip()
    return (" ".join(m.group().split()), lede) if len(lede.split()) >= T["min_lede_words"] else None


def _notice_run_into_lede(after: str, sentence: re.Match[str] | None) -> tuple[str, str] | None:
    """(note, lede) when a notice after a byline ends without a full stop and the lede runs on ("Abridged from an
    article first published in <org> magazine | Washington agrees ...", "Translated from Vietnamese by <site> | At
    least nine ..."): where the standfirst break would end a headline, before any sentence end."""
    note, lede, how = standfirst_break(after, allow_question=False)
    if not note or not lede or how not in ("run-in", "starter", "capital") or len(note) > T["max_meta_note_chars"]:
        return None
    if sentence is not None and sentence.end() <= len(note):
        return None
    return " ".join(note.split()), lede


def _contact_note(after: str) -> tuple[str, str] | None:
    """(note, lede) when the text after a byline opens with a sentence (or a question to readers and a sentence)
    that tells readers how to reach the publication (an email address, a hashtag, a web address with a path:
    "Tell us about it in confidence: tips@<site>", "Donations ... can be made via <site>/fund."): no lede's first
    sentence does."""
    limit = int(T["max_contact_note_chars"])
    head = after[:limit]
    if "@" not in head and "#" not in head and "/" not in head:
        return None  # (speed only: no contact without one of these)
    m = _CONTACT_RE.search(after, 0, limit)
    if m is None:
        return None
    ends = [e for e in _NOTE_SENTENCE_END_RE.finditer(after, 0, m.start())
            if e.group() != " " and after[e.start() - 1 : e.start()] not in ("", " ")]
    if len(ends) > 1 or (ends and not ends[0].group().startswith("?")):
        return None  # in the lede's second sentence or later (only a question to readers may come first)
    end = next((e for e in _NOTE_SENTENCE_END_RE.finditer(after, m.end()) if e.group() != " " or e.start() == m.end()),
               None)
    if end is None or end.start() > limit:
        return None
    note, lede = after[: end.start() + len(end.group().rstrip())].strip(), after[end.end():].strip()
    if len(lede.split()) < T["min_lede_words"]:
        return None
    return " ".join(note.split()), lede


def _flat(s: str | None) -> str | None:
    """Parts keep no line breaks: a part's own breaks become spaces."""
    if s is None:
        return None
    s = " ".join(s.split())
    return s or None


def naive_split(excerpt: str, knowledge: object | None = None) -> ExcerptSplit:
    """The floor: newline-separated parts, the second of three or more lines is the byline."""
    text, truncated = prepare(excerpt or "")
    lines = text.split("\n") if text else []
    if len(lines) >= 3:
        return ExcerptSplit(standfirst=lines[0], byline=lines[1], lede=" ".join(lines[2:]),
                            truncated=truncated, method="newline", confidence=0.6)
    return ExcerptSplit(lede=" ".join(lines) or None, truncated=truncated, method="single-paragraph", confidence=0.2)
