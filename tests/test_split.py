"""Unit cases for the excerpt splitter, one per pattern, with invented text (no corpus text)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newscrawl.extract import bylines
from newscrawl.extract.forms import FORMS
from newscrawl.extract.split import (
    ExcerptSplit,
    _take_notes,
    find_byline,
    naive_split,
    parse_byline,
    prepare,
    split_excerpt,
)

# (excerpt, standfirst, byline, lede, authors, organisation, affiliation, note)
CASES = [
    pytest.param(
        "Miners walk out over unpaid bonuses\nOlga Petrenko, Workers Alliance (CWI in Ukraine)\nThe strike began on Monday at two pits near the river and spread...",
        "Miners walk out over unpaid bonuses", "Olga Petrenko, Workers Alliance (CWI in Ukraine)",
        "The strike began on Monday at two pits near the river and spread", ["Olga Petrenko"], "Workers Alliance",
        "CWI in Ukraine", None, id="newline-name-org-affil"),
    pytest.param(
        "Miners walk out over unpaid bonuses Olga Petrenko, Workers Alliance (CWI in Ukraine) The strike began on Monday at two pits...",
        "Miners walk out over unpaid bonuses", "Olga Petrenko, Workers Alliance (CWI in Ukraine)",
        "The strike began on Monday at two pits", ["Olga Petrenko"], "Workers Alliance", "CWI in Ukraine", None,
        id="space-name-org-affil"),
    pytest.param(
        "Tenants besiege city hall over evictions Red Flag reporters Hundreds of families marched on the council...",
        "Tenants besiege city hall over evictions", "Red Flag reporters", "Hundreds of families marched on the council",
        [], "Red Flag", None, None, id="org-reporters"),
    pytest.param(
        "The port was built in 1870 by the colonial authorities. It became the busiest in the region within a decade.  By Harriet VosWorkers there organised the first...",
        "The port was built in 1870 by the colonial authorities. It became the busiest in the region within a decade.",
        "By Harriet Vos", "Workers there organised the first", ["Harriet Vos"], None, None, None,
        id="by-after-first-paragraph-run-in"),
    pytest.param(
        "Statement by Workers Alliance\nThe government has announced a freeze on the minimum wage for the third year...",
        None, "Statement by Workers Alliance", "The government has announced a freeze on the minimum wage for the third year",
        [], "Workers Alliance", None, None, id="statement-by"),
    pytest.param(
        "Workers Alliance statement Wage freeze is a declaration of war on the low paid We reject the government’s plan...",
        "Wage freeze is a declaration of war on the low paid", "Workers Alliance statement",
        "We reject the government’s plan", [], "Workers Alliance", None, None, id="org-statement-first-then-standfirst"),
    pytest.param(
        "Budget cuts hit village clinics Tomasz Nowak in Gdansk Nurses at the district hospital say they have not...",
        "Budget cuts hit village clinics", "Tomasz Nowak in Gdansk", "Nurses at the district hospital say they have not",
        ["Tomasz Nowak"], None, None, None, id="person-in-place"),
    pytest.param(
        "Lessons of the 1980 general strike\nEditorial from Red Spark magazine issue 41 (Mar-Apr 2019)\nForty years ago the shipyards stopped...",
        "Lessons of the 1980 general strike", "Editorial from Red Spark magazine issue 41 (Mar-Apr 2019)",
        "Forty years ago the shipyards stopped", [], "Red Spark magazine", None, None, id="editorial-credit"),
    pytest.param(
        "Leaflet issued by Workers Alliance (CWI in Ukraine) for the May Day march More than a million workers have left...",
        None, "Leaflet issued by Workers Alliance (CWI in Ukraine) for the May Day march",
        "More than a million workers have left", [], "Workers Alliance", "CWI in Ukraine", None, id="leaflet-credit"),
    pytest.param(
        "Pensions and the coming crisis Marta Ruiz, from the book Old Age Under Capitalism (2021) Every government since...",
        "Pensions and the coming crisis", "Marta Ruiz, from the book Old Age Under Capitalism (2021)",
        "Every government since", ["Marta Ruiz"], None, None, None, id="from-the-book"),
    pytest.param(
        "Bus drivers vote for action redflag.org interviewed Ana Lima about the ballot. How did the vote go? It was...",
        "Bus drivers vote for action", "redflag.org interviewed Ana Lima about the ballot.",
        "How did the vote go? It was", [], "redflag.org", None, None, id="interview-intro"),
    pytest.param(
        "A new low for press freedom Olga Petrenko and Jan de Wit, redflag.org (This article was first published on 2 May 2025) Police raided the offices...",
        "A new low for press freedom", "Olga Petrenko and Jan de Wit, redflag.org",
        "Police raided the offices", ["Olga Petrenko", "Jan de Wit"], "redflag.org", None,
        "(This article was first published on 2 May 2025)", id="two-authors-note"),
    pytest.param(
        "Strike wave spreads to the south 李明, Red Spark The dockers were joined on Tuesday by...",
        "Strike wave spreads to the south", "李明, Red Spark", "The dockers were joined on Tuesday by",
        ["李明"], "Red Spark", None, None, id="cjk-name"),
    pytest.param(
        "Austerity returns Harriet Vos, Workers Alliance Gordon Brown, like many before him, promised...",
        "Austerity returns", "Harriet Vos, Workers Alliance", "Gordon Brown, like many before him, promised",
        ["Harriet Vos"], "Workers Alliance", None, None, id="lede-starts-with-a-name"),
    pytest.param(
        "Gordon Brown, like many before him, promised that the cuts would be temporary, but a decade later the...",
        None, None, "Gordon Brown, like many before him, promised that the cuts would be temporary, but a decade later the",
        [], None, None, None, id="lede-only-starting-with-a-name"),
    pytest.param(
        "Police officers outnumbered shoppers on the high street on Saturday as the ban on gatherings took effect..",
        None, None, "Police officers outnumbered shoppers on the high street on Saturday as the ban on gatherings took effect",
        [], None, None, None, id="lede-only-two-dot-cut"),
    pytest.param(
        "Landlords win again as rent caps are scrapped The housing minister said on Friday that the caps...",
        "Landlords win again as rent caps are scrapped", None, "The housing minister said on Friday that the caps",
        [], None, None, None, id="standfirst-lede-no-byline"),
    pytest.param(
        "Landlords win again as rent caps are scrappedThe housing minister said on Friday that the caps...",
        "Landlords win again as rent caps are scrapped", None, "The housing minister said on Friday that the caps",
        [], None, None, None, id="standfirst-lede-run-in"),
    pytest.param(
        "Cleaners win back pay after sit-in\nIgor Sokol\nThe cleaners, all employed by an agency, had not been paid since...",
        "Cleaners win back pay after sit-in", "Igor Sokol", "The cleaners, all employed by an agency, had not been paid since",
        ["Igor Sokol"], None, None, None, id="short-middle-line-bare-name"),
    pytest.param(
        "What next for the union? Harriet Vos and Igor Sokol The conference voted by a large majority to...",
        "What next for the union?", "Harriet Vos and Igor Sokol", "The conference voted by a large majority to",
        ["Harriet Vos", "Igor Sokol"], None, None, None, id="names-only-then-starter"),
    pytest.param(
        "Interview with Jan de Wit of Dutch weekly Vonk Why did you join the strike committee? Because nobody...",
        None, "Interview with Jan de Wit of Dutch weekly Vonk", "Why did you join the strike committee? Because nobody",
        ["Jan de Wit"], "Dutch weekly Vonk", None, None, id="interview-with"),
    # general rules found by the blind held-out set (tests/gold/heldout.json)
    pytest.param(
        "Rent strike spreads Anna K. Berg, Workers Alliance Tenants in four blocks have withheld rent since...",
        "Rent strike spreads", "Anna K. Berg, Workers Alliance", "Tenants in four blocks have withheld rent since",
        ["Anna K. Berg"], "Workers Alliance", None, None, id="initial-inside-a-name"),
    pytest.param(
        "Budget hits the poor By Igor Sokol Prime Minister Dana Holt announced on Monday that...",
        "Budget hits the poor", "By Igor Sokol", "Prime Minister Dana Holt announced on Monday that",
        ["Igor Sokol"], None, None, None, id="title-words-are-no-name"),
    pytest.param(
        "Cuts bite By Harriet Vos, Socialist Party (CWI in Ireland) Hospitals in the west have closed wards...",
        "Cuts bite", "By Harriet Vos, Socialist Party (CWI in Ireland)", "Hospitals in the west have closed wards",
        ["Harriet Vos"], "Socialist Party", "CWI in Ireland", None, id="organisation-words-are-no-name"),
    pytest.param(
        "Can the unions stop the pension raid? Pension funds have lost a fifth of their value since the budget...",
        "Can the unions stop the pension raid?", None, "Pension funds have lost a fifth of their value since the budget",
        [], None, None, None, id="question-standfirst-collapsed"),
    pytest.param(
        "Ports: dockers reject the new rota Members of the dockers’ union voted by four to one against...",
        "Ports: dockers reject the new rota", None, "Members of the dockers’ union voted by four to one against",
        [], None, None, None, id="headline-label-colon-then-capital-break"),
    pytest.param(
        "Olga Petrenko, Workers Alliance\nThis is the first of a two-part series about the coal industry.\nThe mines of the east...",
        None, "Olga Petrenko, Workers Alliance", "The mines of the east", ["Olga Petrenko"], "Workers Alliance", None,
        "This is the first of a two-part series about the coal industry.", id="series-note-with-subject"),
    pytest.param(
        "Strike closes factories across Vietnam Linh Tran and Bao Pham in Hanoi Garment workers at three plants...",
        "Strike closes factories across Vietnam", "Linh Tran and Bao Pham in Hanoi", "Garment workers at three plants",
        ["Linh Tran", "Bao Pham"], None, None, None, id="place-then-names-in-place"),
    pytest.param(
        "Pay freeze at the mill Marc van Loon, Workers Alliance (CWI in Belgium) Spinners at the mill have...",
        "Pay freeze at the mill", "Marc van Loon, Workers Alliance (CWI in Belgium)", "Spinners at the mill have",
        ["Marc van Loon"], "Workers Alliance", "CWI in Belgium", None, id="particle-name-not-a-long-name"),
]


# One invented case for each byline form (forms.FORMS): the form that finds it and the split.
# (form, excerpt, standfirst, byline, lede, authors, organisation, affiliation)
FORM_CASES = [
    ('org-names',
     'Dock strike spreads Red Flag (ISA in Portugal): Mira Solberg The dockers walked out on Monday...',
     'Dock strike spreads', 'Red Flag (ISA in Portugal): Mira Solberg', 'The dockers walked out on Monday',
     ['Mira Solberg'], 'Red Flag', 'ISA in Portugal'),
    ('names-org-cut',
     'Dock strike spreads as the port owners refuse to talk Mira Solberg, Red Fl...',
     'Dock strike spreads as the port owners refuse to talk', 'Mira Solberg, Red Fl', None, ['Mira Solberg'], 'Red Fl',
     None),
    ('names-conversation',
     'Dock strike spreads Mira Solberg, Red Flag, in conversation with Jonas Weir The dockers walked out on Monday...',
     'Dock strike spreads', 'Mira Solberg, Red Flag, in conversation with Jonas Weir',
     'The dockers walked out on Monday', ['Mira Solberg'], 'Red Flag', None),
    ('credit-from',
     'Dock strike spreads Abridged from the editorial of Red Spark magazine issue 12 The dockers walked out on Monday...',
     'Dock strike spreads', 'Abridged from the editorial of Red Spark magazine issue 12', 'The dockers walked out on Monday',
     [], 'Red Spark magazine', None),
    ('names-affil',
     'Dock strike spreads\nOlga Petrenko and Ivan Kos (CWI in Ukraine)\nThe dockers walked out on Monday...',
     'Dock strike spreads', 'Olga Petrenko and Ivan Kos (CWI in Ukraine)', 'The dockers walked out on Monday',
     ['Olga Petrenko', 'Ivan Kos'], None, 'CWI in Ukraine'),
    ('credit-version',
     'Dock strike spreads\nThis is an abridged version of the editorial in Red Spark magazine issue 12\nThe dockers walked out on Monday...',
     'Dock strike spreads', 'This is an abridged version of the editorial in Red Spark magazine issue 12', 'The dockers walked out on Monday', [], 'Red Spark magazine', None),
    ('credit-source',
     'Dock strike spreads This article is from Red Spark magazine. The dockers walked out on Monday and...',
     'Dock strike spreads', 'This article is from Red Spark magazine.', 'The dockers walked out on Monday and', [], 'Red Spark magazine', None),
    ('credit-following',
     'The following is the text of a leaflet issued by Workers Alliance (CWI in Ukraine): Stop the closures now! The...',
     None, 'The following is the text of a leaflet issued by Workers Alliance (CWI in Ukraine):', 'Stop the closures now! The', [], 'Workers Alliance', 'CWI in Ukraine'),
    ('credit-following-person',
     'The following article is based on a speech by Olga Petrenko at the May Day rally. The miners of the east...',
     None, 'The following article is based on a speech by Olga Petrenko at the May Day rally.', 'The miners of the east', ['Olga Petrenko'], None, None),
    ('joint-list',
     'Free the miners Joint statement by Workers Alliance (CWI in Ukraine), Red Spark and Punainen Tähti (CWI '
     'Finland) We, the undersigned, demand the release of...',
     'Free the miners', 'Joint statement by Workers Alliance (CWI in Ukraine), Red Spark and Punainen Tähti (CWI '
     'Finland)', 'We, the undersigned, demand the release of', [], 'Workers Alliance', 'CWI in Ukraine'),
    ('joint-list-cut',
     'Free the miners Joint statement by Workers Alliance (CWI in Ukraine), Red Spark and members of...',
     'Free the miners', 'Joint statement by Workers Alliance (CWI in Ukraine), Red Spark and members of', None, [],
     'Workers Alliance', 'CWI in Ukraine'),
    ('credit-interview',
     'Interview with Jan de Wit of Dutch weekly Vonk Why did you join the strike committee? Because nobody...',
     None, 'Interview with Jan de Wit of Dutch weekly Vonk', 'Why did you join the strike committee? Because nobody', ['Jan de Wit'], 'Dutch weekly Vonk', None),
    ('credit-interview-by',
     'Rest days cut at the care home Interview with a night nurse by Ana Lima, Red Flag Why did you join the union? Because...',
     'Rest days cut at the care home', 'Interview with a night nurse by Ana Lima, Red Flag', 'Why did you join the union? Because', ['Ana Lima'], 'Red Flag', None),
    ('name-one',
     'Twelve hours on the road in the rainy season Yunshan The first order comes in at six...',
     'Twelve hours on the road in the rainy season', 'Yunshan', 'The first order comes in at six', ['Yunshan'], None, None),
    ('credit-interviewed',
     'Bus drivers vote for action redflag.org interviewed Ana Lima about the ballot. How did the vote go? It was...',
     'Bus drivers vote for action', 'redflag.org interviewed Ana Lima about the ballot.', 'How did the vote go? It was', [], 'redflag.org', None),
    ('credit-noun',
     'Statement by Workers Alliance\nThe government has announced a freeze on the minimum wage for the third year...',
     None, 'Statement by Workers Alliance', 'The government has announced a freeze on the minimum wage for the third year', [], 'Workers Alliance', None),
    ('book-credit',
     'Extract from “Coal and Fire: A History of the Donbas Strikes” by Olga Petrenko When the first pits closed in 1993...',
     None, 'Extract from “Coal and Fire: A History of the Donbas Strikes” by Olga Petrenko', 'When the first pits closed in 1993', ['Olga Petrenko'], None, None),
    ('review-credit',
     'A history of the shipyards Igor Sokol reviews ‘Cranes and Ledgers’ by Harriet Vos The book opens in 1980...',
     'A history of the shipyards', 'Igor Sokol reviews ‘Cranes and Ledgers’ by Harriet Vos',
     'The book opens in 1980',
     ['Igor Sokol'], None, None),
    ('credit-edition',
     'This article was written by Olga Petrenko for the Ukrainian edition of redflag.org The miners of the east...',
     None, 'This article was written by Olga Petrenko for the Ukrainian edition of redflag.org',
     'The miners of the east',
     ['Olga Petrenko'], 'redflag.org', None),
    ('names-any-org',
     'Pit closures split the town Olga Petrenko, Nashe Delo The miners of the east voted on Sunday...',
     'Pit closures split the town', 'Olga Petrenko, Nashe Delo', 'The miners of the east voted on Sunday',
     ['Olga Petrenko'], 'Nashe Delo', None),
    ('credit-place',
     'Report from Gdansk The shipyard gates were locked on Monday morning when the...',
     None, 'Report from Gdansk', 'The shipyard gates were locked on Monday morning when the', [], None, None),
    ('correspondent',
     'From our correspondent in Gdansk The shipyard gates were locked on Monday morning when the...',
     None, 'From our correspondent in Gdansk', 'The shipyard gates were locked on Monday morning when the', [], None, None),
    ('role-org',
     'Pay talks collapse Editorial board, Red Spark magazine The crisis in the shipyards deepened on...',
     'Pay talks collapse', 'Editorial board, Red Spark magazine', 'The crisis in the shipyards deepened on', [], 'Red Spark magazine', None),
    ('by-verb',
     'A film about the miners Reviewed by Harriet Vos, redflag.org The film opens in a pit village where...',
     'A film about the miners', 'Reviewed by Harriet Vos, redflag.org', 'The film opens in a pit village where', ['Harriet Vos'], 'redflag.org', None),
    ('by',
     'Budget hits the poor By Igor Sokol Prime Minister Dana Holt announced on Monday that...',
     'Budget hits the poor', 'By Igor Sokol', 'Prime Minister Dana Holt announced on Monday that', ['Igor Sokol'], None, None),
    ('person-book',
     'Pensions and the coming crisis Marta Ruiz, from the book Old Age Under Capitalism (2021) Every government since...',
     'Pensions and the coming crisis', 'Marta Ruiz, from the book Old Age Under Capitalism (2021)', 'Every government since', ['Marta Ruiz'], None, None),
    ('names-org',
     'Rent strike spreads Anna K. Berg, Workers Alliance Tenants in four blocks have withheld rent since...',
     'Rent strike spreads', 'Anna K. Berg, Workers Alliance', 'Tenants in four blocks have withheld rent since', ['Anna K. Berg'], 'Workers Alliance', None),
    ('names-member',
     'Union wins back pay Igor Sokol, national organiser of Workers Alliance The cleaners, all employed by an agency...',
     'Union wins back pay', 'Igor Sokol, national organiser of Workers Alliance', 'The cleaners, all employed by an agency', ['Igor Sokol'], 'Workers Alliance', None),
    ('org-role',
     'Tenants besiege city hall over evictions Red Flag reporters Hundreds of families marched on the council...',
     'Tenants besiege city hall over evictions', 'Red Flag reporters', 'Hundreds of families marched on the council', [], 'Red Flag', None),
    ('names-described',
     'Junta steps up arrests Ye Lin, a socialist activist in Yangon Soldiers raided three villages...',
     'Junta steps up arrests', 'Ye Lin, a socialist activist in Yangon', 'Soldiers raided three villages', ['Ye Lin'], None, None),
    ('names-aged',
     'Exam stress is sorting us by class Iona Brisk, 21, and Pell Varga, 20, university students We have known each other since primary...',
     'Exam stress is sorting us by class', 'Iona Brisk, 21, and Pell Varga, 20, university students',
     'We have known each other since primary', ['Iona Brisk', 'Pell Varga'], None, None),
    ('names-reporting',
     'Depot closures hit the night buses Ivo Marek, reporting from Brno Drivers at the north depot were told...',
     'Depot closures hit the night buses', 'Ivo Marek, reporting from Brno', 'Drivers at the north depot were told', ['Ivo Marek'], None, None),
    ('names-place',
     'Budget cuts hit village clinics Tomasz Nowak in Gdansk Nurses at the district hospital say they have not...',
     'Budget cuts hit village clinics', 'Tomasz Nowak in Gdansk', 'Nurses at the district hospital say they have not', ['Tomasz Nowak'], None, None),
    ('names-comma-place',
     'Garment orders dry up Sokha Chan, Phnom Penh Workers at two factories were sent home on...',
     'Garment orders dry up', 'Sokha Chan, Phnom Penh', 'Workers at two factories were sent home on', ['Sokha Chan'], None, None),
    ('org-domain',
     'Miners walk out\nredflag.org\nThe strike began on Monday at two pits near the river and spread...',
     'Miners walk out', 'redflag.org', 'The strike began on Monday at two pits near the river and spread', [], 'redflag.org', None),
    ('org',
     'Tenants besiege city hall\nWorkers Alliance (CWI in Ukraine)\nHundreds of families marched on the council...',
     'Tenants besiege city hall', 'Workers Alliance (CWI in Ukraine)', 'Hundreds of families marched on the council', [], 'Workers Alliance', 'CWI in Ukraine'),
    ('names-comma',
     'The long shadow of the famine Harriet Vos, On 3 May the village gathered at the memorial...',
     'The long shadow of the famine', 'Harriet Vos,', 'On 3 May the village gathered at the memorial', ['Harriet Vos'], None, None),
    ('names',
     'What next for the union? Harriet Vos and Igor Sokol The conference voted by a large majority to...',
     'What next for the union?', 'Harriet Vos and Igor Sokol', 'The conference voted by a large majority to', ['Harriet Vos', 'Igor Sokol'], None, None),
]


@pytest.mark.parametrize("form,excerpt,standfirst,byline,lede,authors,organisation,affiliation", FORM_CASES,
                         ids=[c[0] for c in FORM_CASES])
def test_each_byline_form(form, excerpt, standfirst, byline, lede, authors, organisation, affiliation):
    text, truncated = prepare(excerpt)
    best = find_byline(_take_notes(text)[0], truncated=truncated)
    assert best is not None and best.form == form
    got = split_excerpt(excerpt)
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)
    assert (got.authors, got.organisation, got.affiliation) == (authors, organisation, affiliation)


def test_every_form_has_a_case():
    assert {c[0] for c in FORM_CASES} == {f.name for f in FORMS}


def test_every_form_and_cue_word_has_two_examples_and_every_form_a_score():
    """Rules are data with their evidence beside them (bylines.EXAMPLES, forms.FORMS): at least two
    independent examples each; the scoring model (split.BASE_SCORES) scores every form."""
    from newscrawl.extract import bylines as B
    from newscrawl.extract.split import BASE_SCORES

    assert all(len(set(f.examples)) >= 2 for f in FORMS)
    assert set(BASE_SCORES) == {f.name for f in FORMS}
    cues = B.ORG_WORDS_ENGLISH | set(B.ORG_STEMS) | {"sections", "branches", "Joint", "Extract", "Introduction",
                                                     "Chapter"}
    for language, (words, pair) in B.ORG_WORDS_BY_LANGUAGE.items():  # (the words abroad: examples by language)
        assert len(set(pair)) == 2 and all(any(w in example for w in words) for example in pair), language
    cues |= B.NAME_PREFIXES
    assert not cues - set(B.EXAMPLES)
    assert all(len(set(pair)) == 2 for pair in B.EXAMPLES.values())


@pytest.mark.parametrize("excerpt,standfirst,byline,lede,authors,organisation,affiliation,note", CASES)
def test_split_case(excerpt, standfirst, byline, lede, authors, organisation, affiliation, note):
    got = split_excerpt(excerpt)
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)
    assert (got.authors, got.organisation, got.affiliation, got.note) == (authors, organisation, affiliation, note)
    assert got.truncated == excerpt.rstrip().endswith(("...", "..", "…"))
    assert got.method != "none" and 0.0 <= got.confidence <= 1.0


@pytest.mark.parametrize("excerpt", [pytest.param(c.values[0], id=c.id) for c in CASES if "\n" in c.values[0]])
def test_same_split_with_line_breaks_collapsed(excerpt):
    """Collapsing the line breaks of an excerpt whose parts are newline-joined changes nothing."""
    a, b = split_excerpt(excerpt), split_excerpt(" ".join(excerpt.split()))
    assert (a.standfirst, a.byline, a.lede, a.authors) == (b.standfirst, b.byline, b.lede, b.authors)


# Held-out check: excerpts in the site's style written after the rules, for patterns the rules
# were not written against (new names, organisations, places; notes; run-ins). (excerpt, standfirst, byline, lede)
FRESH = [
 # (excerpt, standfirst, byline, lede)
 ("Garment workers in Dhaka face mass layoffs as orders dry up Rahim Uddin, Workers Power (ISA in Bangladesh) More than 40 factories have closed since...", "Garment workers in Dhaka face mass layoffs as orders dry up", "Rahim Uddin, Workers Power (ISA in Bangladesh)", "More than 40 factories have closed since"),
 ("Beijing tightens grip on tech firms Li Na and Tom Berg, chinaworker.info The regulators struck again on Monday...", "Beijing tightens grip on tech firms", "Li Na and Tom Berg, chinaworker.info", "The regulators struck again on Monday"),
 ("Election farce in Macau Socialist Action (CWI in Hong Kong) reporters Only candidates approved by Beijing were allowed...", "Election farce in Macau", "Socialist Action (CWI in Hong Kong) reporters", "Only candidates approved by Beijing were allowed"),
 ("What the 1967 riots teach us today\nBy Pat Murphy\nFifty years ago Hong Kong was rocked by...", "What the 1967 riots teach us today", "By Pat Murphy", "Fifty years ago Hong Kong was rocked by"),
 ("Solidarity with jailed workers’ activists ISA statement We demand the immediate release of...", "Solidarity with jailed workers’ activists", "ISA statement", "We demand the immediate release of"),
 ("Protests spread to twelve cities Wang Lei in Shenzhen Police sealed off the square on Sunday...", "Protests spread to twelve cities", "Wang Lei in Shenzhen", "Police sealed off the square on Sunday"),
 ("Vincent Kolo, chinaworker.info\nXi Jinping, like Mao before him, has made himself chairman of everything...", None, "Vincent Kolo, chinaworker.info", "Xi Jinping, like Mao before him, has made himself chairman of everything"),
 ("Why the regime fears the workers Editorial from Socialist magazine issue 52 (Nov-Dec 2023) For forty years the...", "Why the regime fears the workers", "Editorial from Socialist magazine issue 52 (Nov-Dec 2023)", "For forty years the"),
 ("Evictions resume in Kowloon Yunfeng, Socialist Action (CWI in Hong Kong) (This article was first published on 3 March 2024) Dozens of families...", "Evictions resume in Kowloon", "Yunfeng, Socialist Action (CWI in Hong Kong)", "Dozens of families"),
 ("Taiwan’s nurses say enough is enough CWI Taiwan reporters Nurses from six hospitals marched in Taipei...", "Taiwan’s nurses say enough is enough", "CWI Taiwan reporters", "Nurses from six hospitals marched in Taipei"),
 ("The economic slowdown has hit exporters hardest. Factory orders fell for the fifth month.  By Laurence CoatesThe figures released on...", "The economic slowdown has hit exporters hardest. Factory orders fell for the fifth month.", "By Laurence Coates", "The figures released on"),
 ("Students defy ban on commemoration Socialist Action statement The decision by the university to...", "Students defy ban on commemoration", "Socialist Action statement", "The decision by the university to"),
 ("Zhang Wei, Socialist Action\nThe government’s new budget is a gift to the tycoons...", None, "Zhang Wei, Socialist Action", "The government’s new budget is a gift to the tycoons"),
 ("Leaflet issued by Socialist Action for the July 1 march Down with the national security law! The...", None, "Leaflet issued by Socialist Action for the July 1 march", "Down with the national security law! The"),
 ("The coming storm in the property market Interview with Ma Jun of chinaworker.info How bad is the debt crisis? It is the...", "The coming storm in the property market", "Interview with Ma Jun of chinaworker.info", "How bad is the debt crisis? It is the"),
 ("A new wave of strikes is sweeping the Pearl River Delta, as workers demand unpaid wages and compensation for factory relocations...", None, None, "A new wave of strikes is sweeping the Pearl River Delta, as workers demand unpaid wages and compensation for factory relocations"),
 ("Wong Siu-ling, Socialist Action (CWI in Hong Kong) The latest arrests show that...", None, "Wong Siu-ling, Socialist Action (CWI in Hong Kong)", "The latest arrests show that"),
 ("Mass protest against pension cuts in Wuhan Wuhan workers’ rally draws thousands chinaworker.info reporters On Wednesday...", "Mass protest against pension cuts in Wuhan Wuhan workers’ rally draws thousands", "chinaworker.info reporters", "On Wednesday"),
 ("Film review: the people’s history of the strike\nJonas Berg, Offensiv (CWI Sweden)\nThis powerful documentary follows...", "Film review: the people’s history of the strike", "Jonas Berg, Offensiv (CWI Sweden)", "This powerful documentary follows"),
]


@pytest.mark.parametrize("excerpt,standfirst,byline,lede", FRESH)
@pytest.mark.parametrize("collapse", [False, True], ids=["as-written", "collapsed"])
def test_fresh_excerpts(excerpt, standfirst, byline, lede, collapse):
    got = split_excerpt(" ".join(excerpt.split()) if collapse else excerpt)
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


def test_newline_split_is_certain_and_named():
    got = split_excerpt("Miners walk out\nOlga Petrenko, Workers Alliance\nThe strike began on Monday...")
    assert got.method == "newline" and got.confidence >= 0.9


def test_paragraph_break_inside_lede_is_not_a_standfirst():
    # (a first paragraph of sentences; one short sentence on its own line there is the standfirst since splitter
    # 3.18: bylines.EXAMPLES["sentence-line-after-leading-byline"])
    got = split_excerpt("Olga Petrenko, redflag.org\nThe pits closed in May. Nobody asked the miners.\nThe miners "
                        "say they will...")
    assert got.standfirst is None and got.lede == "The pits closed in May. Nobody asked the miners. The miners say they will"


def test_empty_and_whitespace():
    assert split_excerpt("") == ExcerptSplit(method="empty")
    assert split_excerpt("  \n ").lede is None


def test_cut_mark_is_not_part_of_the_lede():
    got = split_excerpt("Some text that was cut here…")
    assert got.truncated and got.lede == "Some text that was cut here"


@pytest.mark.parametrize("byline,expected", [
    ("Dana Kim, Red Spark (CWI in Korea)", (["Dana Kim"], "Red Spark", "CWI in Korea")),
    ("By Dana Kim", (["Dana Kim"], None, None)),
    ("Dana Kim and Igor Sokol, redflag.org", (["Dana Kim", "Igor Sokol"], "redflag.org", None)),
    ("Red Spark (CWI i Korea) reporters", ([], "Red Spark", "CWI i Korea")),
    ("Igor Sokol and CWI Korea reporters", (["Igor Sokol"], "CWI Korea", None)),
    ("Statement by Red Spark", ([], "Red Spark", None)),
    ("Korea Labour Watch volunteers", ([], "Korea Labour Watch", None)),
    ("CWI Executive Committee", ([], "CWI", None)),
    ("This article is from Red Spark, the paper of the Left Party (CWI) in Korea. By Dana Kim, redflag.org",
     (["Dana Kim"], "redflag.org", None)),
    # a bare place is where the byline was written or a correspondent's beat, no organisation (bylines.EXAMPLES[
    # "place-is-no-org"]); a paper named as a place, with its description or its section, stays one
    ("Tovi Rendal, Marseille", (["Tovi Rendal"], None, None)),
    ("By Asha Pell, Rotterdam", (["Asha Pell"], None, None)),
    ("Mara Quint, Lagos correspondent", (["Mara Quint"], None, None)),
    ("Mara Quint, Portugal correspondent, Harbour Voice", (["Mara Quint"], "Harbour Voice", None)),
    ("Odile Varga, Port Harcourt, with reporting by Tovi Rendal", (["Odile Varga", "Tovi Rendal"], None, None)),
    ("Tovi Rendal, Cusco, and Asha Pell, Lima", (["Tovi Rendal", "Asha Pell"], None, None)),
    ("Rafe Molnar, editor of Hinode, weekly paper of Red Morning (RMI Japan)", (["Rafe Molnar"], "Hinode", "RMI Japan")),
    ("Editorial board of Forge (Harbour Left)", ([], "Forge", "Harbour Left")),
    # an organisation's name that "and" runs through (bylines.EXAMPLES["org-name-with-and"]); "the" before an
    # organisation is not of it
    ("Odile Marsh, Dockers and Seafarers Union", (["Odile Marsh"], "Dockers and Seafarers Union", None)),
    ("Workers and Socialist Party statement", ([], "Workers and Socialist Party", None)),
])
def test_parse_byline(byline, expected):
    assert parse_byline(byline) == expected


def test_a_place_after_the_name_is_no_organisation_in_a_merged_excerpt():
    s = split_excerpt("Dockers strike for a third week over the new rosters Tovi Rendal, Marseille The stevedores of "
                      "the container terminal walked out on Monday when ...")
    assert (s.byline, s.authors, s.organisation) == ("Tovi Rendal, Marseille", ["Tovi Rendal"], None)


def test_acronym_organisation_after_an_acronym_ending_the_standfirst():
    s = split_excerpt("Pay freeze approved by the KMT CWI in Korea statement The vote on Friday came after weeks of talks...")
    assert (s.standfirst, s.byline, s.organisation) == ("Pay freeze approved by the KMT", "CWI in Korea statement", "CWI in Korea")


def test_source_credit_naming_the_publication_with_the():
    s = split_excerpt("Dock strike spreads\nThis article is from the Red Spark Bulletin weekly. By Dana Kim\nThe strike began at dawn on Monday...")
    assert (s.standfirst, s.byline, s.authors) == ("Dock strike spreads", "This article is from the Red Spark Bulletin weekly. By Dana Kim", ["Dana Kim"])


def test_naive_floor_kept_for_comparison():
    assert naive_split("a\nb\nc...").byline == "b"


def test_extract_package_does_not_import_scrapy():
    """newscrawl/extract/ is pure: no Scrapy import anywhere in it."""
    root = Path(__file__).resolve().parent.parent / "newscrawl" / "extract"
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "scrapy" or n.startswith("scrapy.") for n in names), f"{path.name} imports scrapy"


@pytest.mark.parametrize("byline,authors,organisation", [
    ("Tovi Rendal, 16", ["Tovi Rendal"], None),
    ("Mr Anselm Quaye, secondary school teacher", ["Anselm Quaye"], None),
    ("Iona Brisk, 23, nurse, and Pell Varga, 25, nursing assistant", ["Iona Brisk", "Pell Varga"], None),
    ("Odile Marsh & So Ka-lam, Red Linden Collective", ["Odile Marsh", "So Ka-lam"], "Red Linden Collective"),
    ("Rafe Okoro, Harbour Left national organiser", ["Rafe Okoro"], "Harbour Left"),
    ("Reporters of Red Wave, paper of Linden Socialists", [], None),
])
def test_the_people_of_a_line_known_to_be_a_byline(byline, authors, organisation):
    """A byline on its own line that no byline form reads (an age, a job with no article, a title, a family name that
    is a word of a sentence): its people are the name-shaped segments it opens with (bylines.EXAMPLES[
    "known-byline-people"])."""
    s = split_excerpt(f"Exam season leaves students with no time to rest\n{byline}\nMy mother did not speak to me for "
                      "the whole evening after I told her that I would not sit the ...")
    assert (s.byline, s.authors) == (byline, authors)
    if authors:
        assert s.organisation == organisation


@pytest.mark.parametrize("excerpt,byline,authors", [
    ("Exam stress is sorting us by class Iona Brisk, 21, and Pell Varga, 20, university students We have known each "
     "other since primary school in ...", "Iona Brisk, 21, and Pell Varga, 20, university students",
     ["Iona Brisk", "Pell Varga"]),
    ("“I had no words for it until I moved to the city”Tovi Rendal, 24Marrowgate is the kind of town where everyone "
     "knows your father ...", "Tovi Rendal, 24", ["Tovi Rendal"]),
    # (a place and a day's date open a dispatch: no one's age)
    ("Harbourside, 6 June – About 120 students and residents formed a human chain on the coast early this morning, "
     "blocking the trucks from ...", None, []),
])
def test_people_with_their_ages(excerpt, byline, authors):
    """People with their ages, then perhaps what they are (bylines.EXAMPLES["names-aged"])."""
    s = split_excerpt(excerpt)
    assert (s.byline, s.authors) == (byline, authors)


@pytest.mark.parametrize("excerpt,note,lede", [
    ("Cleaners at the airport walk out over unpaid wages Asha Pell, Red Linden (Translated from Tagalog by Tovi Rendal. "
     "Some speakers asked us not to print their surnames.) We had not been paid for eleven weeks when the ...",
     "(Translated from Tagalog by Tovi Rendal. Some speakers asked us not to print their surnames.)",
     "We had not been paid for eleven weeks when the"),
    ("Cleaners at the airport walk out over unpaid wages Asha Pell, Red Linden This letter was first published in Linden "
     "Weekly. We publish it with the writer's permission. We had not been paid for eleven weeks when the ...",
     "This letter was first published in Linden Weekly. We publish it with the writer's permission.",
     "We had not been paid for eleven weeks when the"),
])
def test_a_note_runs_on_to_its_bracket_and_its_sentences_about_the_text(excerpt, note, lede):
    """bylines.EXAMPLES["note-runs-on"]"""
    s = split_excerpt(excerpt)
    assert (s.byline, s.note, s.lede) == ("Asha Pell, Red Linden", note, lede)


@pytest.mark.parametrize("byline,authors", [
    # (a form's reading that gives places only as the people: the people of the byline, read as no form does)
    ("Tovi Rendal, Kochi, and Asha Pell, Pune, Red Linden (ISA in India)", ["Tovi Rendal", "Asha Pell"]),
    # (a title or an honorific is no part of the name)
    ("Cllr Odile Marsh, Red Linden", ["Odile Marsh"]),
    ("Councillor Odile Marsh, Red Linden", ["Odile Marsh"]),
])
def test_the_people_of_a_byline_are_people_without_their_titles(byline, authors):
    s = split_excerpt(f"Dockers walk out over the new rosters\n{byline}\nThe strike began on Monday at two terminals "
                      "when the ...")
    assert (s.byline, s.authors) == (byline, authors)


@pytest.mark.parametrize("byline,organisation", [
    ("Odile Marsh, Abuja, for the DLM", "DLM"),
    ("Odile Marsh, member of the national council of the CGTP", "CGTP"),
])
def test_the_before_an_organisation_is_not_of_it(byline, organisation):
    s = split_excerpt(f"What the far right wants\n{byline}\nThe far-right party more than doubled its vote in the snap "
                      "election on Sunday ...")
    assert (s.byline, s.authors, s.organisation) == (byline, ["Odile Marsh"], organisation)


def test_every_example_the_code_names_is_in_bylines_examples():
    """A rule's comment names its examples (``bylines.EXAMPLES["<kind>"]``): each name is a key there."""
    root = Path(bylines.__file__).resolve().parents[2]
    named: dict[str, str] = {}
    for path in [*(root / "newscrawl").rglob("*.py"), *(root / "tests").glob("*.py")]:
        text = re.sub(r"\n\s*#\s*", " ", path.read_text(encoding="utf-8"))  # (a name split over comment lines)
        for m in re.finditer(r'EXAMPLES\[\s*"([a-z0-9-]+)"\]', text):
            named.setdefault(m.group(1), str(path.relative_to(root)))
    assert len(named) > 200
    assert {kind: where for kind, where in named.items() if kind not in bylines.EXAMPLES} == {}


@pytest.mark.parametrize("join", ["\n", " ", ""])
@pytest.mark.parametrize("note", [
    # (bylines.EXAMPLES["note-issue-end"]: a publication note ends with its issue's number)
    "First published in Linden Weekly, no. 12",
    "This article first appeared in the bulletin of Red Linden, issue 7",
    # (... or its date, the year run into the lede)
    "This article was first published in Linden Weekly, 3 May 2025",
    # (bylines.EXAMPLES["note-where-else"]: and over the sentences that say where else the text is, or its other parts)
    "Translated from Tagalog by Tovi Rendal. The original appeared in Linden Weekly.",
    "Part three of a series on the docks. Part two is here.",
    "This is the first of two articles on the docks. The second will appear next week.",
])
def test_a_note_ends_at_its_issue_and_goes_on_over_where_else_the_text_is(note, join):
    lede = "A strike at the container terminal entered its third week on Monday, and the company has"
    s = split_excerpt(f"Dockers say the new rosters are cuts by stealth{join}Asha Pell, Red Linden{join}{note}{join}"
                      f"{lede} ...")
    assert (s.standfirst, s.byline, s.note, s.lede) == ("Dockers say the new rosters are cuts by stealth",
                                                        "Asha Pell, Red Linden", note, lede)


@pytest.mark.parametrize("join", ["\n", " ", ""])
@pytest.mark.parametrize("byline,organisation", [
    # (bylines.EXAMPLES["org-name-then-role"]: the organisation's name goes on with its words and "and" to a role)
    ("Odile Marsh, WA Nurses and Carers' Association branch delegate, Fremantle", "WA Nurses"),
    # (a workplace role after the organisation, for one or for several names)
    ("Tovi Rendal, ACT Teachers Federation representative, Belconnen", "ACT Teachers Federation"),
    ("Tovi Rendal and Asha Pell, Harbour Union delegates, Port Amber", "Harbour Union"),
    # (bylines.EXAMPLES["member-capacity"]: and the capacity the member writes in)
    ("Odile Marsh, Red Linden rep, Kochi (in a personal capacity)", "Red Linden"),
    ("Asha Pell, UNITE Harbour branch secretary (personal capacity)", "UNITE Harbour"),
])
def test_a_members_role_after_the_organisation_and_the_capacity_are_the_bylines(byline, organisation, join):
    s = split_excerpt(f"Nurses demand safe staffing on every ward{join}{byline}{join}Nurses at the city hospital held a "
                      "lunchtime rally on Monday to ...", use_model=False)
    assert (s.byline, s.organisation, s.affiliation) == (byline, organisation, None)
    assert s.authors == [name for name in ("Odile Marsh", "Tovi Rendal", "Asha Pell") if name in byline]


@pytest.mark.parametrize("byline,authors,organisation", [
    # (bylines.EXAMPLES["collective-credit-people"]: what organisations issue names no people)
    ("Joint statement by Red Linden, Tide Workers and Sosyalistang Kilos", [], "Red Linden"),
    ("Leaflet handed out by Kaigong Lianhe members at the depot gates", [], "Kaigong Lianhe"),
    # (but a member who speaks is the author)
    ("Statement from the dock by Tovi Rendal, Red Linden member, read out in court on 3 May", ["Tovi Rendal"], None),
])
def test_a_credit_of_what_organisations_issue_names_no_people(byline, authors, organisation):
    s = split_excerpt(f"No to war on the straits\n{byline}\nAs warships crowd into the waters around the island, the "
                      "governments ...")
    assert (s.byline, s.authors) == (byline, authors)
    assert organisation is None or s.organisation == organisation


@pytest.mark.parametrize("byline,authors", [
    # (an honorific before a full name: "Ka" only there, "Ka Yan" being a name)
    ("Ka Tovi Rendal, Red Linden", ["Tovi Rendal"]),
    ("Ka Yan, Red Linden", ["Ka Yan"]),
    ("Atty. Asha Pell, Red Linden", ["Asha Pell"]),
])
def test_an_honorific_is_no_part_of_the_name_but_a_given_names_word(byline, authors):
    s = split_excerpt(f"Dockers walk out over the new rosters\n{byline}\nThe strike began on Monday at two terminals "
                      "when the ...")
    assert (s.byline, s.authors) == (byline, authors)


@pytest.mark.parametrize("join", ["\n", " ", ""])
@pytest.mark.parametrize("byline,author", [
    # (bylines.EXAMPLES["school-year-job"]: a school's year before a pupil's job)
    ("Tovi Rendal, Year 11 student, Port Amber", "Tovi Rendal"),
    ("Asha Pell, 16, Form Five pupil", "Asha Pell"),
    ("By Odile Marsh, Secondary 4 student, Kochi", "Odile Marsh"),
])
def test_a_school_year_before_a_pupils_job_is_no_organisation(byline, author, join):
    s = split_excerpt(f"Heat stress is a class issue in our schools{join}{byline}{join}Every month, girls at my school "
                      "are made to ...", use_model=False)
    assert (s.byline, s.authors, s.organisation) == (byline, [author], None)


@pytest.mark.parametrize("standfirst,byline,authors", [
    # (bylines.EXAMPLES["given-name-chinese-name"]: an English given name before a Hong Kong style name is its first)
    ("What the young remember of the occupation, and what they forgot", "Gwendolyn Tsang Wing-sze, Red Linden",
     ["Gwendolyn Tsang Wing-sze"]),
    ("The new towers are not built for", "Marcus Lo Kin-ho and Asha Pell, Red Linden", ["Marcus Lo Kin-ho", "Asha Pell"]),
    # (not a family name, nor a place's last word, before it)
    ("Supporters pack the court on the last day of the trial of Jimmy Lai", "Chan Ka-man, Red Linden", ["Chan Ka-man"]),
    ("Cleaners strike at the container terminals of Kwai Tsing", "Chan Ka-man, Red Linden", ["Chan Ka-man"]),
])
def test_an_english_given_name_before_a_hong_kong_style_name_is_its_first_word(standfirst, byline, authors):
    s = split_excerpt(f"{standfirst} {byline} The union says four hundred workers walked out on Monday ...",
                      use_model=False)
    assert (s.standfirst, s.byline, s.authors) == (standfirst, byline, authors)


@pytest.mark.parametrize("byline,lede", [
    # (bylines.EXAMPLES["lede-opens-with-name"]: a name opening the lede before a verb is the lede's, its first word
    # no part of the byline's last name or organisation)
    ("Asha Pell, Red Linden", "Tuan Harimau has worked at the plantation for thirty years"),
    ("Asha Pell, Sosialis Merah", "Kwabena Osei was sacked on Monday after the strike"),
    # (but the person the credit names opens the lede: the organisation's last word stays)
    ("Interview with Mirela Obuya by Asha Pell, Red Linden", "Mirela has worked as a domestic helper for eleven years"),
])
def test_a_name_opening_the_lede_before_a_verb_is_the_ledes(byline, lede):
    s = split_excerpt(f"A plantation worker on thirty years in the estates {byline} {lede} and ...", use_model=False)
    assert (s.byline, s.lede) == (byline, f"{lede} and ...".removesuffix(" ..."))


@pytest.mark.parametrize("byline,authors", [
    # (bylines.EXAMPLES["known-byline-people"]: a one-word pen name alone, a place's name too, with its other script)
    ("Dongshan", ["Dongshan"]),
    ("Mizuho (瑞穂)", ["Mizuho"]),
    # (a sentence's word opening a name after a credit's "by"; a dotted honorific; "A reports"; a nickname in quotes)
    ("Interview by Will Okafor, Red Linden", ["Will Okafor"]),
    ("Atty. Asha Pell, counsel for the Harbour Workers’ Alliance", ["Asha Pell"]),
    ("Tovi Rendal reports", ["Tovi Rendal"]),
    ("Odile 'Didi' Marsh, Red Linden", ["Odile 'Didi' Marsh"]),
])
def test_the_people_of_a_pen_name_a_credit_or_a_nickname_alone_on_a_byline_line(byline, authors):
    from newscrawl.extract.split import _byline_people

    assert _byline_people(byline)[0] == authors


# splitter 3.33
@pytest.mark.parametrize("excerpt,note", [
    # notes in the order the text holds them, whichever pattern found each first
    ("Rent strike spreads across the estates\nAsha Pell, Red Linden\nThis article first appeared in Linden Weekly. "
     "Translated by Tovi Rendal.\nTenants in four blocks withheld their rent on Monday ...",
     "This article first appeared in Linden Weekly. Translated by Tovi Rendal."),
    ("Rent strike spreads across the estates Asha Pell, Red Linden Part two of a series on housing. Translated from "
     "Spanish. Tenants in four blocks withheld their rent on Monday ...",
     "Part two of a series on housing. Translated from Spanish."),
    # (a language of two words: bylines.LANGUAGE_QUALIFIERS)
    ("Rent strike spreads across the estates Asha Pell, Red Linden (Translated from Bahasa Indonesia by Tovi Rendal) "
     "Tenants in four blocks withheld their rent on Monday ...", "(Translated from Bahasa Indonesia by Tovi Rendal)"),
    ("Rent strike spreads across the estates Asha Pell, Red Linden Translated from Brazilian Portuguese. Tenants in "
     "four blocks withheld their rent on Monday ...", "Translated from Brazilian Portuguese."),
])
def test_notes_keep_their_order_and_a_two_word_language(excerpt, note):
    s = split_excerpt(excerpt, use_model=False)
    assert (s.byline, s.note, s.lede) == ("Asha Pell, Red Linden", note,
                                         "Tenants in four blocks withheld their rent on Monday")


@pytest.mark.parametrize("standfirst,byline,authors", [
    # a quotation's close run into the byline (bylines.EXAMPLES["quote-end-run-in"])
    ("Students defy the new rules on ‘campus activities’", "Odalys Ferrer Quintana, Red Linden",
     ["Odalys Ferrer Quintana"]),
    ("“We will not go back for wages that run out in a fortnight”", "Odalys Ferrer Quintana, Red Linden",
     ["Odalys Ferrer Quintana"]),
])
def test_a_quotation_run_into_a_three_word_name_ends_the_standfirst(standfirst, byline, authors):
    s = split_excerpt(f"{standfirst}{byline}Tenants in four blocks withheld their rent ...", use_model=False)
    assert (s.standfirst, s.byline, s.authors) == (standfirst, byline, authors)


@pytest.mark.parametrize("standfirst,byline,authors", [
    # a date's month or a weekday before a name (bylines.EXAMPLES["name-after-date"])
    ("Police break up the vigil called for 14 June", "Odalys Ferrer Quintana, Red Linden", ["Odalys Ferrer Quintana"]),
    ("Dock workers walked out on Friday", "Odalys Ferrer Quintana, Red Linden", ["Odalys Ferrer Quintana"]),
    # a Chinese family name before a two-word given name (bylines.EXAMPLES["family-name-before-given-names"])
    ("Memories of the docks of Kulai", "Teo Hock Seng, retired dock worker, Kulai", ["Teo Hock Seng"]),
])
def test_a_three_word_name_after_a_date_or_a_place_starts_at_its_first_word(standfirst, byline, authors):
    s = split_excerpt(f"{standfirst} {byline} I started work at the estate when I was fifteen ...", use_model=False)
    assert (s.standfirst, s.byline, s.authors) == (standfirst, byline, authors)


@pytest.mark.parametrize("byline,authors,organisation", [
    # "A, Org, Place" and "A and B, Org": the last comma segment is the organisation (bylines.EXAMPLES["name-org-place"])
    ("Odalys Ferrer, Lintas Merah, Seremban", ["Odalys Ferrer"], "Lintas Merah"),
    ("Dr Odalys Ferrer Quintana, Lintas Merah", ["Odalys Ferrer Quintana"], "Lintas Merah"),
    ("Tovi Rendal, Asha Pell and Odalys Ferrer, Lintas Merah", ["Tovi Rendal", "Asha Pell", "Odalys Ferrer"],
     "Lintas Merah"),
    # (a place there is where it was written)
    ("Odalys Ferrer, Seremban", ["Odalys Ferrer"], None),
])
def test_a_list_closed_then_a_comma_names_the_organisation(byline, authors, organisation):
    from newscrawl.extract.split import _byline_people

    assert _byline_people(byline) == (authors, organisation)


@pytest.mark.parametrize("byline,organisation", [
    # a group's credit names whose members reported (bylines.EXAMPLES["group-credit-org"])
    ("Report by Lintas Merah members in Seremban", "Lintas Merah"),
    ("Report from Frente Rojo y Negro members in Oaxaca", "Frente Rojo y Negro"),
])
def test_a_group_credit_names_no_person(byline, organisation):
    s = split_excerpt(f"Rubber tappers win their first pay rise in a decade {byline} The strike began on Monday ...",
                      use_model=False)
    assert (s.byline, s.authors, s.organisation) == (byline, [], organisation)


@pytest.mark.parametrize("byline,authors", [
    # Malay and Indonesian honorifics are no part of the name
    ("Puan Odalys Ferrer, secondary school teacher, Kuantan", ["Odalys Ferrer"]),
    ("Encik Tovi Rendal, former line leader, Meru", ["Tovi Rendal"]),
])
def test_malay_honorifics_are_no_part_of_the_name(byline, authors):
    s = split_excerpt(f"Teachers are drowning in paperwork {byline} Ask any teacher what takes up her week ...",
                      use_model=False)
    assert (s.byline, s.authors) == (byline, authors)


@pytest.mark.parametrize("excerpt,byline", [
    # capitalised words after the byline, the last run into the lede's first word (bylines.EXAMPLES[
    # "word-run-into-lede"])
    ("Dockers count the cost of the new rostersTovi Rendal and Asha Pell, Harbour LanternOur survey of 300 dockers "
     "...", "Tovi Rendal and Asha Pell, Harbour Lantern"),
    ("Dockers count the cost of the new rostersTovi Rendal, Port Amber Labour MonitorWorkers at two terminals ...",
     "Tovi Rendal, Port Amber Labour Monitor"),
    # an organisation's unit after its name (bylines.EXAMPLES["org-unit-after"])
    ("Drivers vote for action Tovi Rendal and Asha Pell, Unite Linden bus branch Bus drivers have voted ...",
     "Tovi Rendal and Asha Pell, Unite Linden bus branch"),
    ("Greetings to the porters Tovi Rendal, secretary, GMB Linden cleaners' branch At our meeting we voted ...",
     "Tovi Rendal, secretary, GMB Linden cleaners' branch"),
])
def test_an_organisation_goes_on_to_a_run_in_or_its_unit(excerpt, byline):
    assert split_excerpt(excerpt, use_model=False).byline == byline


@pytest.mark.parametrize("excerpt", [
    # a publication's issue as "no. N", run into the standfirst or not
    "Editorial from Linden Weekly no. 92Thirteen million votes are not a defeatThe referendums failed to reach ...",
    "Editorial from Linden Weekly No. 92 Thirteen million votes are not a defeat The referendums failed to reach ...",
])
def test_an_editorial_credit_ends_at_its_issue_number(excerpt):
    s = split_excerpt(excerpt, use_model=False)
    assert (s.byline, s.standfirst, s.organisation) == (excerpt[:35], "Thirteen million votes are not a defeat",
                                                        "Linden Weekly")


def test_a_photo_posts_credit_with_its_organisation_is_the_byline():
    # (bylines.EXAMPLES["picture-credit-byline"]; a picture credit after the byline stays a note)
    s = split_excerpt("Garment workers marched on the ministry on Sunday Photos by Tovi Rendal, Red Linden",
                      use_model=False)
    assert (s.byline, s.authors, s.organisation, s.note) == ("Photos by Tovi Rendal, Red Linden", ["Tovi Rendal"],
                                                             "Red Linden", None)
    s = split_excerpt("Rent strike spreads Asha Pell, Red Linden Photos by Tovi Rendal. Tenants in four blocks withheld "
                      "their rent", use_model=False)
    assert (s.byline, s.note) == ("Asha Pell, Red Linden", "Photos by Tovi Rendal.")


@pytest.mark.parametrize("byline,lede", [
    # a salutation opens the lede (bylines.EXAMPLES["salutation-opens-lede"])
    ("Speech by Asha Pell at the Linden women workers' forum, 8 March", "Sisters and comrades, I have worked in care "
                                                                       "homes for nineteen years"),
    ("This is the text of a leaflet distributed by Red Linden at the gates of the plant on 9 June",
     "Brothers and sisters: on Friday the company told us"),
])
def test_a_salutation_opens_the_lede(byline, lede):
    s = split_excerpt(f"Care workers will not wait any longer {byline} {lede} ...", use_model=False)
    assert (s.byline, s.lede) == (byline, lede)
