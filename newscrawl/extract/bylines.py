"""Byline cue tables: the data the excerpt splitter (``split.py``) runs on.

Everything here is data or a regular expression built from data, compiled once at import.
Tables are ordered from specific to generic; discard lists sit beside the tables they guard.
Nothing here knows a particular site's authors: the site-specific part is learned
(``knowledge.py``) or seeded there.
"""

from __future__ import annotations

import functools
import re

# --------------------------------------------------------------------------------------
# Thresholds (the only numbers the splitter uses)
# --------------------------------------------------------------------------------------

THRESHOLDS = {
    "max_byline_chars": 200,  # a byline / credit longer than this is prose
    "max_middle_line_chars": 60,  # lines rendering: a short middle line may be a bare byline
    "max_middle_line_tokens": 7,
    "min_middle_line_capitalised": 0.6,  # share of capitalised words in such a line
    "min_standfirst_words": 3,  # a standfirst / lede break needs this many words before it
    "min_lede_words": 2,
    "max_standfirst_chars": 260,  # a standfirst break further in than this is not trusted
    "max_capital_break_chars": 160,  # the weakest break ("collapse Teachers at") only this far in
    "max_headline_label_chars": 40,  # a colon this near the start ends a headline label ("CCP congress: ...")
    "min_score": 0.5,  # a byline candidate scoring below this is ignored
    "merge_min_score": 0.8,
    "early_stop_score": 0.9,  # after a candidate this sure, look only a little further (speed)
    "early_stop_slack_chars": 40,  # only candidates this strong merge with an adjacent byline
    "learn_min_confidence": 0.85,
    "max_learned_byline_chars": 80,  # longer credits are one-offs, not worth remembering  # SiteKnowledge learns only from splits at least this sure
}

# --------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------

UP = "A-ZÀ-ÖØ-Þ"
LO = "a-zß-öø-ÿĀ-ſ"
CJK = "\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff"
APOS = "'’"
OPEN_QUOTES = "“\"‘'«(\\["
CUT_MARKS = ("[...]", "[…]", "...", "..", "…")  # longest first; "[…]": WordPress's own (the older theme)

# --------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------

# Capitalised words that open sentences or are function words: never part of a name or an
# organisation, and a strong sign that a new part (lede / standfirst) starts there.
SENTENCE_STARTERS = frozenset(
    """A An The This That These Those It Its In On At As After Before Since Until When While
    What Why How Who Whom Whose Which Where We Our Us I My You Your He His She Her They Their
    Them There Here Then Now Today Yesterday Tomorrow Tonight Last Next Over Under Despite
    Following Amid Amidst Among Although Though Because If But And Or Nor So Yet For From With
    Without Within During Through Throughout Into Onto Upon About Across Against Along Around
    According Almost Also Already Just Only Not No Even Ever Every Each Both Either Neither All
    Any Some Many Much Most More Less Few Several Such Other Another One Two Three Four Five Six
    Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundreds Thousands Millions
    Tens Dozens Once Twice First Second Third To Of Is Are Was Were Be Been Being Has Have Had
    Do Does Did Can Could Should Would Will Shall Might Must Let Like Unlike Up Down Out Off
    By Below Above Between Beyond Instead Meanwhile However Still Again Yes Please""".split()
)
MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Capitalised words that cannot be (part of) a person's name.
# (month names that are also first names, and abbreviations such as "Jan", stay possible)
# Titles and offices ("Chief Executive John Lee", "Premier Li"): capitalised before a name, never in it.
TITLE_WORDS = frozenset(
    """President Premier Vice Prime Minister Ministers Secretary General Governor Mayor Chairman
    Chairwoman Chairperson Chair Director Professor Commissioner Chief Executive Spokesperson
    Spokesman Spokeswoman Official Officials Legislator Legislators Lawmaker Lawmakers Judge
    Judges Magistrate Councillor Councillors Ambassador Deputy Senator Minister’s""".split()
)
# Groups of people that open a lede ("Police raided ...", "Workers at ..."): never a person's name.
GROUP_NOUNS = frozenset(
    """Police Workers Students Teachers Nurses Doctors Residents Protesters Protestors Activists
    Authorities Riders Drivers Delegates Engineers Farmers Villagers Parents Employees Migrants
    Unionists Shoppers Tenants Landlords Officers Soldiers Troops Voters Citizens Youth Women Men
    People Hospitals Companies Bosses Employers Hundreds Thousands Millions Dozens""".split()
)
# Organisation cue words that are not plausible surnames: they end a run of person names
# ("By A, Socialist Action (...)": "Socialist" is the organisation, not a second author).
ORG_ONLY_WORDS = frozenset(
    """Socialist Socialists Party Parties Action Alternative Workers Workers’ Workers' League Militant
    Committee Committees Union Unions Federation Movement Collective Network International
    Solidarity Struggle Revolution Resistance Front Alliance Council Congress Association
    Institute Centre Center Campaign Platform Tendency Editorial Bureau Agency Media Left Youth
    Students Feminists Commune Magazine Journal Offensiv Offensive""".split()
) | frozenset(
    # the same words in the languages of sister organisations ("Sozialistische Organisation Solidarität")
    """Sozialistische Sozialistischer Socialistisch Socialiste Socialista Socialistas Sosialis Sosialisme
    Alternatief Alternatif Alternativa Alternativ Alternatywa Organisation Organisatie Organización
    Organisasi Solidarität Solidarité Solidaridad Révolutionnaire Revolucionaria Gauche Izquierda
    Linke Vänster Rättvisepartiet""".split()
)
# Countries, regions and cities the site reports on: a headline ending in one may run into a
# byline ("... paralyses Manila Ana Reyes in Manila"): the place is not the name's first word.
# (Places that are also common Chinese name syllables - Hong, Kong, Xi'an - are left out.)
PLACE_NAMES = frozenset(
    """China Taiwan Japan Korea Vietnam Myanmar Burma Philippines Indonesia Malaysia Singapore
    Thailand Cambodia Laos India Pakistan Bangladesh Nepal Lanka Mongolia Tibet Xinjiang Macau
    Macao Asia Europe Africa America Australia Britain Russia Ukraine Iran Israel Gaza Palestine
    Beijing Shanghai Shenzhen Guangzhou Guangdong Wuhan Chengdu Chongqing Tianjin Nanjing Hangzhou
    Dongguan Zhengzhou Kowloon Taipei Kaohsiung Taichung Tainan Manila Jakarta Bangkok Hanoi Saigon
    Seoul Tokyo Dhaka Colombo Yangon Delhi Mumbai Karachi Lahore Kathmandu Phnom Penh""".split()
)
NOT_NAME_WORDS = (SENTENCE_STARTERS | (frozenset(MONTHS[:12]) - {"April", "May", "June", "August"})
                  | frozenset(WEEKDAYS) | TITLE_WORDS | GROUP_NOUNS | ORG_ONLY_WORDS | PLACE_NAMES)

# Lower-case words after which a capitalised word is a proper noun inside a sentence, not the
# start of a new part ("protest in Hong Kong", "the CWI").
# Prepositions of place: a capitalised word right after one is a place in the standfirst
# ("... in Kowloon"), not the start of a byline.
PLACE_PREPOSITIONS = frozenset("in at from to across near outside inside into throughout of around".split())
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with and or nor as than into onto upon about over
    under between among against during without within via per like its their his her our
    my your whose which that this these those is are was were be been has have had said says
    told tells asked named called dubbed new old former""".split()
)

# Words that make a run of capitalised words an organisation.
ORG_CUE_WORDS = (
    "Socialists? Socialist Party Parties Action Alternative Workers? Workers’ Workers' League Militant "
    "Committee Committees Union Unions Federation Movement Collective Group Network International "
    "Solidarity Struggle Voice Current Tide Banner Press News Review Times Post Daily Weekly "
    "Monthly Magazine Journal Offensiv Offensive Revolution Resistance Front Alliance Council "
    "Congress Association Institute Centre Center Campaign Platform Tendency Editorial Bureau Agency "
    "Media Left Red Rebel Rebellion Youth Students Feminists Commune Tribune Herald Guardian Worker Watch Bulletin "
    # sister organisations' names in other languages
    "Sozialistische Sozialistischer Socialistisch Socialiste Socialista Socialistas Sosialis Alternatief "
    "Alternatif Alternativa Alternativ Organisation Organisatie Organización Organisasi Solidarität "
    "Solidarité Solidaridad Révolutionnaire Revolucionaria Gauche Izquierda Linke"
).split()
ORG_CUE_SET = frozenset(w.rstrip("?") for w in ORG_CUE_WORDS) | {"Socialists"}
# Lower-case publication words allowed inside an organisation ("Socialist magazine").
PUBLICATION_WORDS = "magazine newspaper journal weekly paper website bulletin newsletter".split()
# Role words after an organisation ("Socialist Action reporters", "X statement").
ROLE_WORDS = (
    "reporters reporter correspondents correspondent statement editorial team staff writers "
    "editors editorial board comrades members volunteers"
).split()
# Discard list: camel-case words that are not two run-together parts.
CAMEL_CASE_WORDS = frozenset(
    """WhatsApp LinkedIn YouTube PayPal TikTok WeChat WeBank iPhone iPad McDonald McDonald’s
    JPMorgan BlackRock OpenAI DeepSeek HarmonyOS PetroChina SinoPec Sinopec PlayStation
    SoftBank FedEx MasterCard GlaxoSmithKline ExxonMobil AstraZeneca BioNTech MediaTek
    HarmonyOS CapitaLand HKTVmall ByteDance XPeng NetEase JD.com iQiyi""".split()
)

# --------------------------------------------------------------------------------------
# Building blocks (regex source strings)
# --------------------------------------------------------------------------------------


def alt(words) -> str:
    """A regex alternation of ``words``, built as a trie so that matching is cheap."""
    return _alt_of(frozenset(words))


def trie_alt(words: frozenset[str]) -> str:
    """``alt`` without its cache, for word lists that change (a site's learned names)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# the same word lists are inlined many times: build each trie once (import time)
_alt_of = functools.cache(trie_alt)
_alt = alt


_NOT_NAME = rf"(?!(?:{_alt(NOT_NAME_WORDS)})(?![{LO}{APOS}-]))"
_NOT_STARTER = rf"(?!(?:{_alt(SENTENCE_STARTERS)})(?![{LO}{APOS}-]))"
# One capitalised name token: "Kolo", "Per-Ake", "Mei-ching", "O’Brien", "N.", "迪康".
NAME_TOKEN = rf"(?:{_NOT_NAME}[{UP}][{LO}]*(?:[{APOS}-][{UP}]?[{LO}]+)*(?<=[{LO}])|[{UP}]\.|[{CJK}]{{2,4}})"
NAME_PARTICLES = "de da di del della der den van von le la du dos das bin binti al el ter ten".split()
_PARTICLE = rf"(?:(?:{'|'.join(NAME_PARTICLES)}) )"
NAME = rf"{NAME_TOKEN}(?: {_PARTICLE}{{0,2}}{NAME_TOKEN}){{0,3}}"
NAMES = rf"{NAME}(?:(?:, | and | & ){NAME}){{0,4}}"
# A proper two-plus-token name (for the names-only byline, which has no other cue).
FULL_NAME = rf"{NAME_TOKEN}(?: {_PARTICLE}{{0,2}}{NAME_TOKEN}){{1,3}}"
FULL_NAMES = rf"{FULL_NAME}(?:(?:, | and | & ){FULL_NAME}){{0,3}}"

# a domain name; may run into a capitalised next word ("chinaworker.infoFor") or follow an acronym run into it ("HKCTUchinaworker.info")
DOMAIN = r"(?:(?<![\w.@-])|(?<=[A-Z]{2})(?=[a-z]))[A-Za-z][A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\.(?:info|org|com|net|news|media|co\.uk|org\.uk|[a-z]{2})(?![a-z0-9@-]|\.[A-Za-z0-9])"
# an acronym, not inside an all-capitals headline ("HONG KONG:"); after a lower-case word and a short
# acronym it is a second acronym, not a headline ("... the DPP | ISA in Taiwan statement")
ACRONYM = (rf"(?:(?<![{UP}] )|(?<=[{LO}] [{UP}]{{3}} )|(?<=[{LO}] [{UP}]{{2}} ))[{UP}]{{2,6}}(?:(?![\w{APOS}-])(?! [{UP}]{{2}})"
           rf"|(?=[{UP}][{LO}](?:[{LO}]|\s)))")  # or run into a capitalised word ("ISABeijing", "ISAWe")
# a capitalised word of an organisation or place; no possessive ("Party’s"), plural ’ allowed ("Workers’")
_CAP_TOKEN = rf"{_NOT_STARTER}[{UP}][{LO}]*(?:-[{UP}]?[{LO}]+)*(?:(?<=s)[{APOS}])?(?![{LO}0-9_{APOS}])"
_ORG_TOKEN = rf"(?:{ACRONYM}|{_CAP_TOKEN}|(?:{_alt(PUBLICATION_WORDS)})(?!\w))"
_CUE = rf"(?:{_alt(ORG_CUE_WORDS)}|{_alt(PUBLICATION_WORDS)})(?![\w{APOS}])"
# Words after the last cue word belong to the organisation only when a clear end follows
# ("Red Spark The ...", "Red Spark (CWI ...)"), not before a name ("Workers’ Voice | Deng Xiaoping,");
# never stop right before another cue word ("Socialist | Action").
_ORG_TAIL_END = (rf"(?=\s*$|\n|[,.:;]| [\d“\"‘'(«]| (?:{_alt(SENTENCE_STARTERS)})(?![{LO}{APOS}-])"
                 rf"| (?:{_alt(ROLE_WORDS)})(?![{LO}])| in [{UP}]|(?<=[{LO}])[{UP}])")
_ORG_LINK = r"(?:(?:of(?: the)?|for a|de|del|des) )?"  # "Voice of Labour", "Committee for a ..."
CUE_ORG = (rf"(?:{_ORG_TOKEN} {_ORG_LINK}){{0,4}}{_CUE}"
           rf"(?:(?: {_ORG_LINK}{_ORG_TOKEN}){{1,2}}{_ORG_TAIL_END}|)(?! {_CUE})")
_NOT_PLACE = rf"(?!(?:{_alt(TITLE_WORDS | GROUP_NOUNS)})(?![{LO}{APOS}-]))"
PLACE = rf"(?:the )?{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,2}}"
# after an acronym organisation ("ISA in South Korea | President Yoon"), a place stops before a title
# or a group noun (only there: the check costs time on every place)
# A later place word is not a nationality adjective before a title ("ISA in Japan | Japanese Prime
# Minister"), nor followed by a capitalised possessive ("ISA South Asia | Sri Lanka's debt"): that
# word opens the lede's noun phrase ("ISA in South Korea | President Yoon" stops at the title itself).
_PLACE_WORD_END = (rf"(?!(?<=ese|ian|ish|ean) (?:{_alt(TITLE_WORDS)})(?![{LO}{APOS}-])"
                   rf"| [{UP}][{LO}]+[{APOS}]s(?![{LO}]))")
_ACRONYM_PLACE = rf"(?:the )?{_CAP_TOKEN}(?: {_NOT_PLACE}{_CAP_TOKEN}{_PLACE_WORD_END}){{0,2}}"
# "China, Hong Kong and Taiwan": an organisation's region may list places
PLACE_LIST = rf"{PLACE}(?:(?:, | and ){PLACE}){{0,3}}"
ACRONYM_ORG = rf"{ACRONYM}(?: (?:in |i )?{_ACRONYM_PLACE})?"
GENERIC_ORG = rf"{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}}"
AFFIL_CUED = rf"\((?:[^()\n]*(?:{ACRONYM}|{_CUE}))[^()\n]{{0,60}}\)"
ORG_CORE = rf"(?:{DOMAIN}|{CUE_ORG}|{ACRONYM_ORG})"


def org_full(tag: str = "") -> str:
    """An organisation: cued (domain, cue word, acronym) or any capitalised run with a cued
    affiliation; then an optional " in Place" and a bracketed affiliation. Groups org<tag>, affil<tag>."""
    return (rf"(?P<org{tag}>(?:{ORG_CORE}|{GENERIC_ORG}(?= {AFFIL_CUED}))(?: (?:in|i) {PLACE_LIST})?)"
            rf"(?: \((?P<affil{tag}>[^()\n]{{2,80}})\))?")


ORG_FULL = org_full()
ROLE = rf"(?P<role>{_alt(ROLE_WORDS)})(?![{LO}])"
_MONTH = rf"(?:{_alt(MONTHS)})"
_MONTHS = rf"{_MONTH}(?:[-–/]{_MONTH})?"
ISSUE = rf"(?:,? (?:issue|Issue|No\.|no\.|Vol\.|vol\.|number) ?\d+)?(?:,? \(?{_MONTHS},? \d{{4}}\)?)?"

# Where a byline may end: end of text, a line break, a space before something that can open a
# part (capital, digit, quote, bracket, CJK), or a run-in (lower-case then upper-case, no space).
END = rf"(?=\s*$|\n| [{UP}\d“\"‘'«{CJK}•–-]|(?<=[{LO}.){UP}])[{UP}“\"]|(?<=[{LO}]{{2}})\d)"  # ... or a number run in ("reporters1 May")
# a strong end: line break, end, a sentence starter word, or a run-in
# (a starter may be a number word's first half: "Twenty-seven years after")
END_STRONG = rf"(?=\s*$|\n| (?:{_alt(SENTENCE_STARTERS)})(?:(?![{LO}{APOS}-])|(?<=ty)-[{LO}])|(?<=[{LO}])[{UP}])"
# a capitalised group noun then a comma or a lower-case word: a lede opening ("march | Workers, youth",
# "Taipei | Workers in Taiwan have"); no name or title word continues with it
GROUP_START = rf"(?= (?:{_alt(GROUP_NOUNS)})(?:,| [{LO}]))"
# a place the site reports on (one or two words: "Phnom Penh"), or Hong Kong
KNOWN_PLACE = rf"(?:Hong Kong|(?:{_alt(PLACE_NAMES)})(?: (?:{_alt(PLACE_NAMES)}))?)(?![{LO}{APOS}-])"
SENT_END = rf"(?:[.:!?](?=\s*$|\n| [{UP}\d{OPEN_QUOTES}])|(?<=[{LO}]{{2}})[.!?](?=[{UP}][{LO}])|(?=\s*$|\n))"

# an interview's first question after an intro without a full stop ("... about the strike | What has changed ...?")
QUESTION_START = (r"(?= (?:What|How|Why|Who|When|Where|Which|Do|Does|Did|Is|Are|Was|Were|Can|Could|Have|Has|Will|Would)"
                  r" [^\n.!?]{3,150}\?)")

# --------------------------------------------------------------------------------------
# BYLINE_CUES: byline forms, specific to generic. (name, regex, base score, kind)
# Named groups: names (persons), org, affil, role.
# --------------------------------------------------------------------------------------

_CREDIT_NOUNS = (
    "Editorial|Leaflet|Statement|Declaration|Resolution|Appeal|Open letter|Speech|Report|Article|"
    "Pamphlet|Text|Translation|Transcript|Extract|Excerpt|Reply|Letter|Message|Manifesto"
)
# "X interviewed Y": the verbs of the credit-interviewed form
_INTERVIEW_VERBS = ("interviewed|interviews|talks to|talked to|spoke to|speaks to|spoke with|speaks with|talks with|"
                    "talked with|met|meets")
# what a described author is ("a socialist activist", "a nurse"): general occupations
OCCUPATIONS = """activist socialist unionist trade unionist worker teacher nurse doctor student journalist
reporter writer researcher lecturer organiser organizer member campaigner feminist rider driver
correspondent resident volunteer delegate shop steward""".split("\n")
OCCUPATIONS = [w for line in OCCUPATIONS for w in line.split()] + ["trade unionist", "shop steward"]
# the last word of a group named in lower case ("the Wuhan nurses' support group")
GROUP_WORDS = "group network committee campaign union association collective society centre alliance".split()
_CREDIT_VERBS = "issued|published|adopted|distributed|written|produced|signed|delivered|given|translated"

BYLINE_CUES: list[tuple[str, str, float]] = [
    # "This article is an abridged version of the Editorial in X (..) issue 37, May-June 2016"
    ("credit-version",
     rf"(?:This|The following) (?:(?:article|text|piece|statement|editorial|speech|report) )?(?:is|was) "
     rf"(?:an? |the )?(?:(?:abridged|edited|shortened|slightly|updated|translated|longer|shorter|revised) )*"
     rf"(?:version|translation|transcript|text|extract|excerpt)s? of (?:the |an? )?(?:[{LO}]+ ){{0,2}}"
     rf"(?:(?:{_CREDIT_NOUNS}|[{LO}]+) )?(?:in|from|of|by|for|published by|issued by) "
     rf"{ORG_FULL}{ISSUE}{END}", 0.95),
    # "This article is from X, the political magazine of ... . By A, B" (sentence credit)
    ("credit-source",
     rf"This (?:article|text|piece|statement|editorial|interview|speech) (?:is|was) (?:taken |reprinted |republished |adapted )?from (?:the )?"
     rf"{ORG_FULL}[^\n]{{0,160}}?{SENT_END}", 0.9),
    # "The following is the text of a leaflet issued by X for ...:" / "The following article is based on a speech by A of B ..."
    ("credit-following",
     rf"The following (?:is|article|text|statement|speech|interview|leaflet|report|piece)[^\n]{{0,60}}? "
     rf"(?:by|from|with) (?:(?P<names>{NAMES}) of )?{ORG_FULL}[^\n]{{0,120}}?{SENT_END}", 0.95),
    ("credit-following-person",
     rf"The following (?:is|article|text|statement|speech|interview|report|piece)[^\n]{{0,60}}? "
     rf"(?:by|from|with) (?P<names>{NAMES})[^\n]{{0,120}}?{SENT_END}", 0.85),
    # "Interview with A of B" / "Interview by A"
    ("credit-interview",
     rf"Interview(?:ed)? (?:with|by|conducted by) (?P<names>{NAMES})(?: (?:of|from) (?:the )?"
     rf"(?:{ORG_FULL}|(?P<org2>[{UP}][^\n.!?()]{{2,60}}?(?:{_alt(GROUP_WORDS)}))))?{END}", 0.9),
    # "X interviewed Y about ..." / "X talks to Y about ..." (a sentence)
    ("credit-interviewed",
     rf"(?:{ORG_FULL} (?:member|activist|reporter|correspondent|organiser|organizer)s? (?P<names>{NAMES})|{org_full('2')}|(?P<names2>{NAMES})) "
     rf"(?:{_INTERVIEW_VERBS}) "
     rf"[^\n]{{3,160}}?(?:{SENT_END}|{QUESTION_START})", 0.9),
    # "Editorial from X magazine issue 30 (Jan-Feb 2015)", "Leaflet issued by X (..) for the march", "Statement by X"
    ("credit-noun",
     rf"(?:(?:An?|The) )?(?:{_CREDIT_NOUNS})(?: (?:{_CREDIT_VERBS}))? (?:by|from|of|in) (?:the )?"
     rf"{ORG_FULL}{ISSUE}(?:(?: (?:for|at|on|during|to mark|ahead of) [^\n.:!?]{{3,80}}?)(?::|{END_STRONG}|{GROUP_START})|:|{END})", 0.9),
    # "Report from Shenzhen", "Letter from a reader in Dongguan": a credit naming only a place
    ("credit-place",
     rf"(?:Report|Reports|Letter|Dispatch|Despatch|Diary|Notes|Postcard|Eyewitness report) from "
     rf"(?:(?:an?|our) (?:[{LO}]+ ){{0,2}}(?:in|at) )?{PLACE}{END}", 0.85),
    # "From our correspondent in Wuhan", "By our Macau correspondent", "Our reporter"
    ("correspondent",
     rf"(?:(?:From|By) (?:our|an?)|Our|An?) (?:own |special |staff |local )?(?:(?P<org>{DOMAIN}|{CUE_ORG}) |(?:{_CAP_TOKEN} ){{0,2}})"
     rf"(?:correspondents?|reporters?)(?: (?:in|from) {PLACE})?{END}", 0.9),
    # "Editorial board, Socialist magazine", "Reporters from ISA in Taiwan": a role, then the organisation
    ("role-org",
     rf"(?:Editorial (?:board|team|collective|committee)|Editors|Reporters|Correspondents|Staff(?: reporters?)?)"
     rf"(?:,| of| from| for) (?:the )?{ORG_FULL}{END}", 0.9),
    # "Reviewed by A", "Written by A, B"
    ("by-verb",
     rf"(?:Reviewed|Written|Reported|Compiled|Words|Photos|Pictures|Review|Commentary|Analysis) by "
     rf"(?P<names>{NAMES})(?:, {ORG_FULL})?{END}", 0.9),
    # "By A, B (C)" / "By A"
    ("by", rf"By (?:(?P<names>{NAMES}), (?P<org>{GENERIC_ORG}) \((?P<affil>[^()\n]{{2,80}})\)"
           rf"|(?P<names2>{NAMES})(?:, {org_full('2')}| \((?P<affil3>[^()\n]{{2,80}})\))?){END}", 0.92),
    # "A, from the book T (2019)"
    ("person-book",
     rf"(?P<names>{NAMES}), (?:from|in|extracted from|adapted from) (?:the |a |his |her |their )?"
     rf"(?:new |forthcoming |recent )?(?:book|pamphlet|study|report|essay|collection)"
     rf"(?:[^\n()]{{2,90}}? \(\d{{4}}\)|[^\n()]{{2,90}}?{END_STRONG}|[^\n()]{{2,60}}?){END}", 0.9),
    # "A and B, Org (Affil)", "A. org.info"
    ("names-org", rf"(?P<names>{NAMES})(?:, |\. (?={DOMAIN})| of (?={DOMAIN})){ORG_FULL}{END}", 0.92),
    # "A and Org reporters", "Org (Affil) reporters in Place", "Org statement"
    ("org-role", rf"(?:(?P<names>{NAMES})(?: and |, ))?{ORG_FULL} {ROLE}(?: in {PLACE})?{END}", 0.9),
    # "Ye Min, a socialist activist in Yangon", "Ah Man, a secondary school teacher in Kowloon"
    ("names-described",
     rf"(?P<names>{NAMES}), (?:an?|the|one of the) (?:[{LO}-]+ ){{0,3}}(?:{_alt(OCCUPATIONS)})s?"
     rf"(?: (?:in|at|from|of) (?:the )?{PLACE}(?:,? {PLACE})?)?{END}", 0.85),
    # "A in Taipei"
    # ... or a one-word name in a known place, run in on both sides ("...themSokha in Phnom PenhThousands"; checked in split)
    ("names-place", rf"(?:(?P<names>{FULL_NAMES}) in (?P<place>{PLACE})|(?P<names2>{NAME_TOKEN}) in {KNOWN_PLACE}){END}", 0.7),
    # "Sokha, Phnom Penh", "Lee Soo-jin, Seoul": a name and a known place
    ("names-comma-place", rf"(?P<names>{NAMES}), (?P<place>{KNOWN_PLACE}){END}", 0.7),
    # "chinaworker.info" (a domain is a strong cue), then "CWI in Taiwan", "Red Tide (CWI in Taiwan)"
    ("org-domain", rf"(?P<org>{DOMAIN})(?: \((?P<affil>[^()\n]{{2,80}})\))?{END}", 0.8),
    ("org", rf"{ORG_FULL}{END}", 0.75),
    # "Per-Ake Westerlund and Vincent Kolo": no cue at all, weakest
    ("names", rf"(?P<names>{FULL_NAMES}){END}", 0.55),
]

# a short title-cased middle line (lines rendering) that no form recognises: base score
MIDDLE_LINE_SCORE = 0.45

# forms that need a clean left context (no function word / capitalised word right before)
WEAK_FORMS = frozenset({"org", "names", "names-place", "names-comma-place", "middle-line"})



@functools.cache
def cue_pattern(k: int) -> re.Pattern[str]:
    """The k-th form of BYLINE_CUES, compiled on first use. The forms inline the name and starter
    word lists many times (10-40 ms of compiling each, ~400 ms in all): compiling them at import
    made every import pay for all of them, even a process that never splits."""
    return re.compile(BYLINE_CUES[k][1])

# Cheap pre-checks (speed only, no effect on results): the words a form starts with, and
# what the whole text must contain somewhere for a form to be worth trying.
# credit-interviewed: its verb, between spaces, follows the start on the same line
INTERVIEW_VERB_RE = re.compile(rf" (?:{_INTERVIEW_VERBS}) ")
ROLE_NEAR_RE = re.compile(rf" (?:{_alt(ROLE_WORDS)})(?![{LO}])")
CUE_PREFIXES: dict[str, tuple[str, ...]] = {
    "credit-version": ("This ", "The following "),
    "credit-source": ("This ",),
    "credit-following": ("The following ",),
    "credit-following-person": ("The following ",),
    "credit-interview": ("Interview ", "Interviewed "),
    "by": ("By ",),
    "credit-place": ("Report ", "Reports ", "Letter ", "Dispatch ", "Despatch ", "Diary ", "Notes ", "Postcard ",
                     "Eyewitness "),
    "correspondent": ("From our ", "From a", "By our ", "By a", "Our ", "A ", "An "),
    "role-org": ("Editorial ", "Editors", "Reporters ", "Correspondents ", "Staff"),
    "by-verb": ("Reviewed ", "Written ", "Reported ", "Compiled ", "Words ", "Photos ", "Pictures ", "Review ",
                "Commentary ", "Analysis "),
    "credit-noun": tuple(w + " " for w in _CREDIT_NOUNS.split("|")) + ("A ", "An ", "The "),
}
CUE_REQUIRES: dict[str, re.Pattern[str]] = {
    "credit-interviewed": re.compile(r" (?:interview|talk|spoke|speak|met |meets )"),
    "person-book": re.compile(r", (?:from|in|extracted from|adapted from) "),
    "org-role": re.compile(rf" (?:{_alt(ROLE_WORDS)})(?![{LO}])"),
    "names-place": re.compile(r" in "),
    "names-comma-place": re.compile(r", "),
    "names-described": re.compile(rf", (?:an?|the|one of the) (?:[{LO}-]+ ){{0,3}}(?:{_alt(OCCUPATIONS)})"),
}


# --------------------------------------------------------------------------------------
# Notes: publication history / series notes, bracketed or not.
# --------------------------------------------------------------------------------------

NOTE_PATTERNS = [
    # "Translated from Chinese", "(Translated from the Japanese)"
    # (two patterns, each opening with a literal: an optional "(" first would make every search slow)
    re.compile(rf"\(Translated from (?:the )?[{UP}][{LO}]+\.?\)"),
    re.compile(rf"Translated from (?:the )?[{UP}][{LO}]+(?:\.(?=\s|$))?(?=\s|$|[{UP}])"),
    re.compile(r"\((?:This|The|An earlier|A shorter|A longer|A version|Originally|First)[^()\n]{0,200}?"
               r"(?:published|appeared|posted|translated|written|updated|broadcast)[^()\n]{0,120}\)"),
    re.compile(rf"(?:This|The) (?:article|piece|text|statement|interview|report|editorial) (?:was |has been |is )?"
               rf"(?:first |originally |also )?(?:published|appeared|posted|translated|written for)[^\n]{{0,200}}?"
               rf"(?:{SENT_END}|(?:(?<=\.info)|(?<=\.org)|(?<=\.com)|(?<=\.net))(?= [{UP}]|[{UP}]))"),
    re.compile(r"This is (?:the )?(?:first|second|third|fourth|fifth|final|last|concluding|part \w+|\w+ and final)"
               r"(?: part| instalment| installment| article)? (?:of|in) (?:a|an|the|our) [^\n.]{0,60}?"
               r"(?:series|articles?|features?|parts?|interviews?)(?: (?:series|articles?|features?)){0,2}\b"
               # the series' subject: "... series on the Chinese working class."
               rf"(?:(?: (?:on|about|looking at|examining|covering|marking|for) [^\n.!?]{{3,100}}?)?\.(?=\s|$|[{UP}]))?"),
]

# --------------------------------------------------------------------------------------
# Part boundaries without a byline
# --------------------------------------------------------------------------------------

# a lower-case letter (or closing quote / digit) immediately followed by an upper-case word: "aboutThe"
# (match.start() is the capital. The patterns below open with what they consume first, a character
# class or a literal, and look behind after it: re skips ahead to where such a pattern can start,
# while one opening with a look-behind is tried at every position, 2-5x slower; same matches.)
RUN_IN_RE = re.compile(rf"[{UP}](?:(?<=[{LO}]{{2}}.)(?=[{LO}])|(?<=[{LO}]{{2}}A)(?= [{LO}])|(?<=[{LO}][”’\"].))")
# a word without terminal punctuation, a space, then a sentence starter: "footsteps The so-called"
STARTER_BREAK_RE = re.compile(  # (a starter may be a number word's first half: "generation | Thirty-six years")
    rf" (?<=[\w”’\")] )(?=(?:{_alt(SENTENCE_STARTERS)})(?: [\w“‘\"]|(?<=ty)-[{LO}]+ [{LO}]))"
)
# a first sentence that is a question, then a capitalised (or quoted) word: "Is China heading for ...? Falling"
QUESTION_BREAK_RE = re.compile(rf"(?P<q>[^\n.!?]{{10,200}}\?[”’\"')]*) ?(?=[{UP}“‘\"])")
WORD_RE = re.compile(r"\S+")
# a capitalised word followed by a lower-case word, after a lower-case content word: "collapse Teachers at"
# ... or a title phrase opening the lede ("services Financial Secretary Paul Chan has", "cuts Premier Li said")
# (the word starts the text or follows white space: (?<!\S.) after its first letter; every alternative
# after it opens with a capital: (?=[{UP}]) says so first, cheaply)
CAPITAL_BREAK_RE = re.compile(rf"(?P<w>[{LO}](?<!\S.)[{LO}{APOS}-]*) (?=[{UP}])(?={_NOT_STARTER}[{UP}][{LO}]+ [{LO}]"
                              rf"|{_NOT_STARTER}[{UP}][{LO}]+ (?:{_alt(TITLE_WORDS)}) [{UP}]|(?:{_alt(TITLE_WORDS)}) [{UP}])")
# a place after a preposition, then a capitalised plural (a group of people) and a lower-case word:
# "depositors in Henan Depositors who have" (not "in Hong Kong arrested", nor a place's own noun:
# "in Dongguan Docks district")
PLACE_NOUNS = "district province city county town village road street university region area township".split()
PLACE_BREAK_RE = re.compile(rf"[iaf](?<!\S.)(?:(?<=i)n|(?<=a)t|(?<=f)rom|(?<=a)cross) (?P<w>[{UP}][{LO}]+) "  # in|at|from|across
                            rf"(?={_NOT_STARTER}[{UP}][{LO}]{{3,}}s (?!(?:{_alt(PLACE_NOUNS)})\b)[{LO}]{{2,}})")
CAMEL_WORD_RE = re.compile(rf"\S*[{LO}][{UP}]\S*")
WS_RE = re.compile(r"[ \t\u00a0\u2009\u200a\u202f]+")
NAME_SPLIT_RE = re.compile(r", | and | & ")
NAME_TOKEN_RE = re.compile(NAME_TOKEN)
# a person's name in pinyin / Cantonese romanisation with a hyphenated given name ("Wu Chia-hao",
# "Chan Wai-man"): before a bracketed affiliation it names an author, not an organisation
PERSON_SHAPED_RE = re.compile(rf"[{UP}][{LO}]+ [{UP}][{LO}]+-[{LO}]+")
DOMAIN_RE = re.compile(DOMAIN)
# an acronym organisation's body ("ISA International Secretariat", "CWI Executive Committee"):
# the organisation is the acronym, the body goes like a role word
ORG_BODY_WORDS = ("Secretariat", "Committee", "Executive", "Bureau", "Council")  # (every match ends with one)
ORG_BODY_RE = re.compile(r"(?P<org>[A-Z]{2,6}) (?:(?:International|National|Executive|Central|Political|"
                         rf"Regional|Steering) )?(?:{'|'.join(ORG_BODY_WORDS)})")


@functools.cache
def by_inside_re() -> re.Pattern[str]:
    """A "By A, B" credit closing a longer byline; compiled on first use (~35 ms), like the cues."""
    return re.compile(rf"(?:^|[.:] )By (?P<names>{NAMES})(?:, {ORG_FULL})?\s*$")
