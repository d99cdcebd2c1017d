"""SiteKnowledge: learning bylines from clean (newline-joined) excerpts of a site, using them
on merged excerpts of the same site, JSON round trip and the knowledge file."""

from __future__ import annotations

import json

import pytest

from newscrawl.extract.knowledge import SiteKnowledge, split_page
from newscrawl.extract.split import split_excerpt
from newscrawl.storage.knowledge_file import default_directory, knowledge_path, load_knowledge, save_knowledge

# An invented site X: its bylines are bare names or run into the text when merged.
CLEAN = [
    "Dockers reject the new rota\nMarek Zielny\nThe vote was held on Friday after a week of meetings...",
    "Rents rise for the ninth month\nlefthand.net reporters\nTenants in the old town say their landlords...",
    "Hospital porters join the strike\nAsha Menon and Marek Zielny, Voice of Labour\nPorters at the central...",
]
MERGED = [
    # a bare name between a standfirst and a lede starting with a capitalised name: ambiguous
    # (splitter 3.32 reads "| Kasia Nowak has taught ..." cold: a name before a verb opens the lede)
    ("Teachers walk out over pay cut in Gdynia Marek Zielny Kasia Nowak taught for thirty years...",
     "Teachers walk out over pay cut in Gdynia", "Marek Zielny", "Kasia Nowak taught for thirty years"),
    # a domain run into a place no table holds: where does it start? (an English word list splits "Wu|xi")
    ("Bus fares to double in Liujiazhuanglefthand.net reportersCommuters reacted with anger...",
     "Bus fares to double in Liujiazhuang", "lefthand.net reporters", "Commuters reacted with anger"),
]


def _knowledge() -> SiteKnowledge:
    k = SiteKnowledge("x.example", seed=False)
    assert k.learn_from_page(CLEAN) == 3
    return k


def test_learns_names_and_organisations_from_clean_bylines():
    k = _knowledge()
    # Exactly the person names and the organisations of the three clean bylines.
    assert set(k.names) == {"Marek Zielny", "Asha Menon"}
    assert set(k.organisations) == {"lefthand.net", "Voice of Labour"}


def test_does_not_learn_from_merged_or_unsure_splits():
    k = SiteKnowledge("x.example", seed=False)
    assert not k.learn(MERGED[0][0])
    assert not k.learn("Just a lede with no byline at all, cut short...")
    assert k.to_dict()["bylines"] == {}


@pytest.mark.parametrize("excerpt,standfirst,byline,lede", MERGED)
def test_knowledge_splits_merged_excerpts_that_fail_without_it(excerpt, standfirst, byline, lede):
    plain = split_excerpt(excerpt)
    assert (plain.standfirst, plain.byline, plain.lede) != (standfirst, byline, lede)
    got = split_excerpt(excerpt, _knowledge())
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)
    assert got.method == "known-byline" and got.confidence >= 0.9


def test_split_page_two_passes():
    page = CLEAN + [m[0] for m in MERGED]
    splits = split_page(page, site="x.example")
    assert [s.byline for s in splits[-2:]] == ["Marek Zielny", "lefthand.net reporters"]


def test_known_part_takes_its_cue_around_it():
    k = _knowledge()
    got = split_excerpt("A long winter ahead By Marek Zielny Heating bills have doubled since...", k)
    assert got.byline == "By Marek Zielny" and got.authors == ["Marek Zielny"]


@pytest.mark.parametrize("text,standfirst,byline", [
    ("Cleaners picket the towers in Tsim Sha Tsui Red Flag and lefthand.net reporters Cleaners at two towers "
     "walked out...", "Cleaners picket the towers in Tsim Sha Tsui", "Red Flag and lefthand.net reporters"),
    ("Dockers rally at Kwai Chung Red Flag reporters About two hundred dockers gathered at...",
     "Dockers rally at Kwai Chung", "Red Flag reporters"),
])
def test_a_known_organisation_is_not_stretched_over_the_place_ending_the_standfirst(text, standfirst, byline):
    k = SiteKnowledge("x.example", seed=False)
    k.add("Red Flag", organisation="Red Flag")
    k.add("lefthand.net", organisation="lefthand.net")
    got = split_excerpt(text, k)
    assert (got.standfirst, got.byline) == (standfirst, byline)


def test_a_known_organisation_still_takes_the_organisation_words_before_it():
    k = SiteKnowledge("x.example", seed=False)
    k.add("Socialist Alternative", organisation="Socialist Alternative")
    got = split_excerpt("Garment orders move to the cheapest stitch International Socialist Alternative When the "
                        "minimum wage rose last year...", k)
    assert got.byline == "International Socialist Alternative"


def test_seed_for_chinaworker_run_in_domain():
    text = "Monks protest in the west of the provincechinaworker.info reportersMarch 14 will mark a year since..."
    got = split_excerpt(text, SiteKnowledge("chinaworker.info"))
    assert (got.standfirst, got.byline, got.lede) == (
        "Monks protest in the west of the province", "chinaworker.info reporters", "March 14 will mark a year since")


@pytest.mark.parametrize("site", ["redharbour.org", "www.redharbour.org"])
def test_a_sites_own_host_is_its_organisation_from_the_start(site):
    text = "Cleaners at the depot strike in Liujiazhuangredharbour.org reportersMore than forty cleaners at the bus..."
    assert split_excerpt(text).byline != "redharbour.org reporters"  # cold, the run-in place is taken too
    got = split_excerpt(text, SiteKnowledge(site))
    assert (got.standfirst, got.byline, got.organisation, got.lede) == (
        "Cleaners at the depot strike in Liujiazhuang", "redharbour.org reporters", "redharbour.org",
        "More than forty cleaners at the bus")
    assert SiteKnowledge(site, seed=False).organisations == {}


@pytest.mark.parametrize("site", ["127.0.0.1", "localhost", "", "[::1]"])
def test_an_address_is_no_organisation(site):
    assert not SiteKnowledge(site).organisations


def test_a_learned_credit_no_reading_parses_keeps_the_fields_the_splitter_reads_in_it():
    byline = "Speech by Ana Lima, Red Flag, at the Porto May Day rally"
    text = f"Young workers join the march in growing numbers\n{byline}\nFriends, this year the march is bigger..."
    cold = split_excerpt(text)
    k = SiteKnowledge("x.example", seed=False)
    k.add(byline)
    got = split_excerpt(text, k)
    assert got.byline == cold.byline == byline and got.method == "known-byline"
    assert (got.authors, got.organisation) == (cold.authors, cold.organisation) == (["Ana Lima"], "Red Flag")


def test_json_round_trip():
    k = _knowledge()
    data = json.loads(json.dumps(k.to_dict()))
    assert SiteKnowledge.from_dict(data) == k
    with pytest.raises(ValueError):
        SiteKnowledge.from_dict({**data, "version": 99})


def test_knowledge_file_round_trip(tmp_path):
    k = _knowledge()
    path = save_knowledge(k, tmp_path)
    assert path == knowledge_path("x.example", tmp_path) and path.exists()
    assert not list(tmp_path.glob("*.tmp"))  # atomic write leaves no temporary file
    assert load_knowledge("x.example", tmp_path) == k
    fresh = load_knowledge("never.seen", tmp_path)
    assert fresh.site == "never.seen" and not fresh.bylines


def test_knowledge_file_default_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCRAWL_STATE_DIR", str(tmp_path))
    assert default_directory() == tmp_path / "knowledge"
    save_knowledge(_knowledge())
    assert (tmp_path / "knowledge" / "x.example.json").exists()
    monkeypatch.delenv("NEWSCRAWL_STATE_DIR")
    assert str(default_directory()).endswith(".local/share/newscrawl/knowledge")


def test_corrupt_knowledge_file_is_a_clear_error(tmp_path):
    knowledge_path("bad.example", tmp_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.example\.json is not valid JSON \(corrupt: "):
        load_knowledge("bad.example", tmp_path)
