"""Curating a site's knowledge: the generic view (tables, rejected, forget, allow, merge), the
version-3 file (versions 1 and 2 still read), and knowledge files that cannot be used (moved aside,
never overwritten, never a crash)."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from newscrawl.extract.knowledge import KNOWLEDGE_VERSION, FutureKnowledgeError, SiteKnowledge
from newscrawl.extract.split import split_excerpt
from newscrawl.storage.knowledge_file import (
    KnowledgeFileError,
    export_text,
    knowledge_path,
    load_knowledge,
    load_knowledge_or_fresh,
    read_curated,
    save_knowledge,
    set_aside,
    write_knowledge,
)

# An invented site: bylines on their own line (learnable) and one merged excerpt that needs them.
CLEAN = [
    "Dockers reject the new rota\nMarek Zielny\nThe vote was held on Friday after a week of meetings...",
    "Rents rise for the ninth month\nlefthand.net reporters\nTenants in the old town say their landlords...",
    "Hospital porters join the strike\nAsha Menon and Marek Zielny, Voice of Labour\nPorters at the central...",
]
MERGED = "Teachers walk out over pay cut in Gdynia Marek Zielny Kasia Nowak taught for thirty years..."


def learned() -> SiteKnowledge:
    k = SiteKnowledge("x.example", seed=False)
    assert k.learn_from_page(CLEAN) == 3
    return k


# --- the generic view -------------------------------------------------------------------------


def test_tables_are_the_live_counters_by_kind() -> None:
    k = learned()
    tables = k.tables()
    assert set(tables) == {"bylines", "names", "organisations"}
    assert all(isinstance(t, Counter) for t in tables.values())
    assert tables["names"]["Marek Zielny"] == 2
    assert tables["bylines"] is k.bylines


def test_forget_drops_the_entry_and_learning_never_adds_it_again() -> None:
    k = learned()
    assert split_excerpt(MERGED, k).byline == "Marek Zielny"
    assert k.forget("Marek Zielny") == 2  # a byline and a name
    assert "Marek Zielny" not in k.names and "Marek Zielny" not in k.bylines
    assert k.rejected == {kind: {"Marek Zielny"} for kind in ("bylines", "names", "organisations")}
    assert split_excerpt(MERGED, k).method != "known-byline"  # the matchers were rebuilt
    # the same clean excerpts in other articles: the rejected byline teaches nothing, the others still do (each
    # article counts once: the same articles again would add nothing)
    assert k.learn_from_page(CLEAN, articles=[f"https://x.example/again/{n}/" for n in range(len(CLEAN))]) == 2
    assert "Marek Zielny" not in k.names and "Marek Zielny" not in k.bylines
    assert k.names["Asha Menon"] == 2


def test_a_rejected_name_or_organisation_is_left_out_of_a_learned_byline() -> None:
    k = SiteKnowledge("x.example", seed=False)
    k.forget("Voice of Labour", kind="organisations")
    k.forget("Asha Menon", kind="names")
    assert k.add("Asha Menon and Marek Zielny, Voice of Labour", ["Asha Menon", "Marek Zielny"], "Voice of Labour")
    assert dict(k.names) == {"Marek Zielny": 1}
    assert not k.organisations
    assert k.bylines["Asha Menon and Marek Zielny, Voice of Labour"] == 1


def test_forget_of_a_value_never_learned_rejects_it_and_allow_undoes() -> None:
    k = learned()
    assert k.forget("Hong Kong", kind="names") == 0
    assert k.rejected == {"names": {"Hong Kong"}}
    assert not k.add("x", ["Hong Kong"]) or "Hong Kong" not in k.names
    assert k.allow("Hong Kong") == 1
    assert k.rejected == {}
    k.add("Hong Kong", ["Hong Kong"])
    assert k.names["Hong Kong"] == 1
    assert k.allow("never rejected") == 0
    with pytest.raises(ValueError, match="unknown kind 'authors'"):
        k.forget("x", kind="authors")


def test_merge_takes_the_larger_count_and_is_idempotent() -> None:
    k = learned()
    other = SiteKnowledge("x.example", seed=False)
    other.names.update({"Marek Zielny": 5, "Jane Doe": 1, "Asha Menon": 1})
    summary = k.merge(other)
    assert summary["names"] == {"added": 1, "recounted": 1, "skipped": 0, "dropped": 0}
    assert (k.names["Marek Zielny"], k.names["Jane Doe"], k.names["Asha Menon"]) == (5, 1, 1)
    before = k.to_dict()
    k.merge(other)
    assert k.to_dict() == before


def test_merge_respects_rejections_on_both_sides_and_replace_takes_the_file_as_it_is() -> None:
    k = learned()
    k.forget("Asha Menon", kind="names")
    other = SiteKnowledge("x.example", seed=False)
    other.names.update({"Asha Menon": 3})
    other.forget("lefthand.net", kind="organisations")
    summary = k.merge(other)
    assert summary["names"]["skipped"] == 1 and "Asha Menon" not in k.names
    assert summary["organisations"]["dropped"] == 1 and "lefthand.net" not in k.organisations
    assert k.rejected == {"names": {"Asha Menon"}, "organisations": {"lefthand.net"}}

    replaced = learned()
    summary = replaced.merge(other, replace=True)
    assert replaced.to_dict() == {**other.to_dict(), "site": "x.example"}
    assert summary["bylines"]["dropped"] == 3
    assert summary["names"] == {"added": 0, "recounted": 1, "skipped": 0, "dropped": 1}


# --- the file: version 3, versions 1 and 2 still read, everything checked ---------------------------


def test_version_3_round_trip_keeps_rejections(tmp_path: Path) -> None:
    k = learned()
    k.forget("Marek Zielny", kind="names")
    data = json.loads(json.dumps(k.to_dict()))
    assert data["version"] == KNOWLEDGE_VERSION == 3
    assert data["rejected"] == {"names": ["Marek Zielny"]}
    assert SiteKnowledge.from_dict(data) == k
    write_knowledge(k, tmp_path)
    assert load_knowledge("x.example", tmp_path) == k


def test_a_version_1_file_is_still_read(tmp_path: Path) -> None:
    v1 = {"version": 1, "site": "x.example", "bylines": {"Marek Zielny": 2}, "names": {"Marek Zielny": 2},
          "organisations": {"lefthand.net": 1}}
    knowledge_path("x.example", tmp_path).write_text(json.dumps(v1), encoding="utf-8")
    k = load_knowledge("x.example", tmp_path)
    assert (k.names["Marek Zielny"], k.rejected) == (2, {})
    assert split_excerpt(MERGED, k).byline == "Marek Zielny"


@pytest.mark.parametrize("data,message", [
    ([1, 2], "expected an object with the site's tables, got list"),
    ({"version": "2", "site": "x"}, "'version' must be a whole number, got '2'"),
    ({"version": 2, "site": 5}, "'site' must be the site's host name"),
    ({"version": 2, "site": "x", "names": ["A"]}, "'names' must map each entry to its count, got list"),
    ({"version": 2, "site": "x", "names": {"A": "3"}},
     "'names': the count of 'A' must be a whole number >= 0, got '3'"),
    ({"version": 2, "site": "x", "names": {"A": True}}, "the count of 'A' must be a whole number >= 0, got True"),
    ({"version": 2, "site": "x", "names": {"A": -1}}, "the count of 'A' must be a whole number >= 0, got -1"),
    ({"version": 2, "site": "x", "names": {" A": 1}}, "'names': ' A' has a line break or spaces at its ends"),
    ({"version": 2, "site": "x", "names": {"": 1}}, "'names': entries must be non-empty text, got ''"),
    ({"version": 2, "site": "x", "namez": {}}, "unknown key 'namez'; expected bylines, names, organisations"),
    ({"version": 2, "site": "x", "rejected": ["A"]}, "'rejected' must map a kind to a list of values, got list"),
    ({"version": 2, "site": "x", "rejected": {"authors": ["A"]}}, "'rejected' has unknown kind 'authors'"),
    ({"version": 2, "site": "x", "rejected": {"names": "A"}}, "'rejected.names' must be a list of values, got str"),
    ({"version": 2, "site": "x", "names": {"A": 1}, "rejected": {"names": ["A"]}},
     "'A' is both a names entry and rejected; keep one"),
    # version 3: the evidence waiting for recurrence and the byline presence counter, as strictly
    ({"version": 2, "site": "x", "pending": []}, "unknown key 'pending'"),
    ({"version": 3, "site": "x", "pending": {}}, "'pending' must be a list of [kind, entry, evidence], got dict"),
    ({"version": 3, "site": "x", "pending": [["authors", "A", [{}, [], [], False]]]},
     "'pending'[0] has unknown kind 'authors'"),
    ({"version": 3, "site": "x", "pending": [["names", " A", [{}, [], [], False]]]},
     "'pending.names': ' A' has a line break or spaces at its ends"),
    ({"version": 3, "site": "x", "pending": [["names", "A", [{"k": 2.0}, [[]], [[]], False]]]},
     "'pending'[0]: articles must map an article key to a weight in (0, 1]"),
    ({"version": 3, "site": "x", "pending": [["names", "A", [{"k": 0.5}, [["a", "b", "c", "d"]], [[]], False]]]},
     "'pending'[0]: left and right must be lists (one per article) of up to 3 words"),
    ({"version": 3, "site": "x", "pending": [["names", "A", [{"k": 0.5}, [[]], [[]], "no"]]]},
     "'pending'[0]: clean must be true or false"),
    ({"version": 3, "site": "x", "byline_presence": {"excerpts": -1}},
     "'byline_presence.excerpts' must be a whole number >= 0, got -1"),
    ({"version": 3, "site": "x", "byline_presence": {"shown": 1}}, "'byline_presence' has unknown key 'shown'"),
])
def test_wrong_shapes_and_types_are_named(data: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        SiteKnowledge.from_dict(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_future_version_is_its_own_error() -> None:
    with pytest.raises(FutureKnowledgeError, match="knowledge version 4 is newer than this newscrawl reads"):
        SiteKnowledge.from_dict({"version": 4, "site": "x"})


# --- files that cannot be used: a warning, a fresh start, the file kept aside ------------------------


BAD_FILES = {
    "invalid JSON": (b"{not json", "is not valid JSON (corrupt: "),
    "not UTF-8": (b'{"version": 2, "site": "\xff"}', "is not UTF-8 text (corrupt)"),
    "wrong types": (b'{"version": 2, "site": "x.example", "names": ["Marek Zielny"]}',
                    "is not valid site knowledge ('names' must map each entry to its count, got list)"),
    "future version": (b'{"version": 7, "site": "x.example", "names": {}}',
                       "was written by a newer newscrawl (knowledge version 7 is newer than this newscrawl reads (3))"),
    "empty": (b"", "is not valid JSON (corrupt: "),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_unusable_file_gives_one_warning_a_fresh_start_and_is_moved_aside(tmp_path: Path, case: str) -> None:
    content, reason = BAD_FILES[case]
    path = knowledge_path("x.example", tmp_path)
    path.write_bytes(content)
    knowledge, warning = load_knowledge_or_fresh("x.example", tmp_path)
    assert knowledge == SiteKnowledge("x.example")  # fresh (seeded) knowledge
    [aside] = tmp_path.glob("x.example.json.bad-*")
    assert warning is not None and "\n" not in warning
    assert warning.startswith(f"site knowledge file {path} {reason}")
    assert warning.endswith(f"; moved it to {aside} and started afresh")
    assert aside.read_bytes() == content, "the bad file is kept as it was"
    assert not path.exists()
    # what the run learns is then saved without touching the kept file
    knowledge.learn_from_page(CLEAN)
    save_knowledge(knowledge, tmp_path)
    assert load_knowledge("x.example", tmp_path).names["Marek Zielny"] == 2
    assert aside.read_bytes() == content


def test_an_unreadable_path_is_moved_aside_too(tmp_path: Path) -> None:
    path = knowledge_path("x.example", tmp_path)
    path.mkdir()  # a directory where the file should be: reading it fails (even as root)
    (path / "inside").write_text("kept", encoding="utf-8")
    knowledge, warning = load_knowledge_or_fresh("x.example", tmp_path)
    assert knowledge == SiteKnowledge("x.example")
    assert warning is not None and warning.startswith(f"site knowledge file {path} cannot be read (Is a directory)")
    [aside] = tmp_path.glob("x.example.json.bad-*")
    assert (aside / "inside").read_text(encoding="utf-8") == "kept"


def test_when_it_cannot_be_moved_aside_it_is_never_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = knowledge_path("x.example", tmp_path)
    path.write_text("{not json", encoding="utf-8")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)  # e.g. a read-only state directory
    knowledge, warning = load_knowledge_or_fresh("x.example", tmp_path)
    assert warning is not None and warning.endswith(
        "could not move it aside (Permission denied): going on without it, and what this run learns will not be "
        "saved over it")
    knowledge.learn_from_page(CLEAN)
    with pytest.raises(OSError, match="not overwriting it"):
        save_knowledge(knowledge, tmp_path)
    assert path.read_text(encoding="utf-8") == "{not json"


def test_set_aside_never_replaces_an_earlier_bad_file(tmp_path: Path) -> None:
    names = []
    for text in ("one", "two", "three"):
        path = tmp_path / "x.json"
        path.write_text(text, encoding="utf-8")
        names.append(set_aside(path))
    assert len(set(names)) == 3
    assert sorted(p.read_text(encoding="utf-8") for p in names) == ["one", "three", "two"]


def test_saving_keeps_what_was_forgotten_while_the_crawl_ran(tmp_path: Path) -> None:
    crawl = learned()  # loaded at the start of a crawl, learning as it goes
    write_knowledge(crawl, tmp_path)
    curated = load_knowledge("x.example", tmp_path)
    curated.forget("Marek Zielny", kind="names")  # `newscrawl knowledge forget` meanwhile
    write_knowledge(curated, tmp_path)
    crawl.learn_from_page(CLEAN, articles=[f"https://x.example/later/{n}/" for n in range(len(CLEAN))])
    save_knowledge(crawl, tmp_path)  # the crawl ends
    saved = load_knowledge("x.example", tmp_path)
    assert "Marek Zielny" not in saved.names and saved.rejected == {"names": {"Marek Zielny"}}
    assert saved.names["Asha Menon"] == 2


def test_saving_sets_aside_a_file_broken_meanwhile(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = knowledge_path("x.example", tmp_path)
    path.write_text('{"version": 2, "site": "x.example", "names": 3}', encoding="utf-8")
    save_knowledge(learned(), tmp_path)
    [aside] = tmp_path.glob("x.example.json.bad-*")
    assert aside.read_text(encoding="utf-8").endswith('"names": 3}')
    assert load_knowledge("x.example", tmp_path) == learned()
    assert f"moved it to {aside} before saving" in caplog.text


def test_knowledge_file_error_is_one_line_naming_the_file(tmp_path: Path) -> None:
    path = knowledge_path("x.example", tmp_path)
    path.write_text('{"version": 2, "site": "x.example", "names": {"A": "lots"}}', encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as info:
        load_knowledge("x.example", tmp_path)
    assert str(info.value) == (f"site knowledge file {path} is not valid site knowledge "
                               "('names': the count of 'A' must be a whole number >= 0, got 'lots')")


# --- curated files ------------------------------------------------------------------------------


def test_exported_toml_reads_back_equal_and_lists_the_most_frequent_first(tmp_path: Path) -> None:
    k = learned()
    k.forget("lefthand.net reporters", kind="bylines")
    text = export_text(k, "toml")
    assert text.startswith("# Site knowledge of x.example")
    names = text.split("[names]\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert names[0] == '"Marek Zielny" = 2'
    (tmp_path / "k.toml").write_text(text, encoding="utf-8")
    assert read_curated(tmp_path / "k.toml", "x.example") == k
    (tmp_path / "k.json").write_text(export_text(k, "json"), encoding="utf-8")
    assert read_curated(tmp_path / "k.json", "x.example") == k


@pytest.mark.parametrize("name,text,message", [
    ("a.toml", "[names\n", "a.toml: not valid TOML (Expected ']' at the end of a table declaration (at line 1"),
    ("a.json", "{", "a.json: not valid JSON (Expecting property name enclosed in double quotes"),
    ("a.toml", 'site = "other.org"\n',
     "a.toml: this is the knowledge of other.org, not x.example; use --site other.org"),
    ("a.toml", '[names]\n"Jane Doe" = "one"\n', "a.toml: 'names': the count of 'Jane Doe' must be a whole number"),
    ("a.toml", "version = 4\n", "a.toml: knowledge version 4 is newer than this newscrawl reads (3)"),
])
def test_curated_file_errors_are_one_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        read_curated(tmp_path / name, "x.example")
    assert str(info.value).startswith(str(tmp_path / message.split(":", 1)[0]) + ":" + message.split(":", 1)[1])
    assert "\n" not in str(info.value)


# --- version 3: learning from merged excerpts and curation together -----------------------------------

# Merged excerpts of the invented site: a byline learned from its recurrence in distinct articles.
RECURRING = [
    "Dock strike spreads north Irena Wojcik, Socialist Voice Crane drivers walked out on Monday...",
    "Rents climb again in town Irena Wojcik, Socialist Voice Tenants gathered outside the council...",
    "Nurses reject the offer Irena Wojcik, Socialist Voice Ballot papers were counted on Friday...",
]


def _learn_merged(k: SiteKnowledge, excerpts: list[str] = RECURRING) -> None:
    for e in excerpts:
        k.learn(e, split_excerpt(e, k), article=f"https://x.example/a/{RECURRING.index(e)}/")


def test_waiting_evidence_and_byline_presence_are_kept_in_the_file(tmp_path: Path) -> None:
    k = SiteKnowledge("x.example", seed=False)
    _learn_merged(k, RECURRING[:1])
    assert k.pending and not k.names  # one article: waiting for recurrence
    k.byline_presence.excerpts, k.byline_presence.bylines = 30, 4
    write_knowledge(k, tmp_path)
    data = json.loads(knowledge_path("x.example", tmp_path).read_text(encoding="utf-8"))
    assert data["version"] == 3 and data["byline_presence"] == {"excerpts": 30, "bylines": 4}
    assert {row[0] for row in data["pending"]} == {"bylines", "names", "organisations"}
    again = load_knowledge("x.example", tmp_path)
    assert again == k and again.pending.keys() == k.pending.keys()
    _learn_merged(again, RECURRING[1:2])  # the next run goes on from the waiting evidence
    assert "Irena Wojcik" in again.names


def test_a_rejected_value_is_never_gathered_as_evidence_nor_learned() -> None:
    k = SiteKnowledge("x.example", seed=False)
    k.forget("Irena Wojcik", kind="names")
    k.forget("Irena Wojcik, Socialist Voice", kind="bylines")
    _learn_merged(k)
    assert not k.bylines and not k.names and not k.organisations, "a rejected byline rejects its whole split"
    assert not k.pending
    k = SiteKnowledge("x.example", seed=False)
    k.forget("Socialist Voice", kind="organisations")
    _learn_merged(k)
    assert "Irena Wojcik" in k.names and "Socialist Voice" not in k.organisations
    assert ("organisations", "Socialist Voice") not in k.pending


def test_forget_drops_waiting_evidence_and_an_import_confirms_entries_at_once() -> None:
    k = SiteKnowledge("x.example", seed=False)
    _learn_merged(k, RECURRING[:1])
    assert ("names", "Irena Wojcik") in k.pending
    k.forget("Irena Wojcik", kind="names")
    assert ("names", "Irena Wojcik") not in k.pending
    k.allow("Irena Wojcik")
    curated = SiteKnowledge("x.example", seed=False)
    curated.names["Irena Wojcik"] = 1
    curated.organisations["Socialist Voice"] = 1
    k.merge(curated)  # confirmed: in the tables at once, whatever the learning rule's thresholds
    assert "Irena Wojcik" in k.names and "Socialist Voice" in k.organisations
    assert ("organisations", "Socialist Voice") not in k.pending
    merged = "Ferry fares to rise Irena Wojcik, Socialist Voice Island residents say the new fares..."
    assert split_excerpt(merged, k).method == "known-byline"


def test_an_older_file_s_bylines_count_as_shown_until_excerpts_are_counted(tmp_path: Path) -> None:
    """A version-2 file knows bylines learned from their own lines (or curated) and no counter:
    its site's excerpts are taken to carry bylines, as before."""
    from newscrawl.extract.byline_presence import decide

    v2 = {"version": 2, "site": "x.example", "bylines": {"Marek Zielny": 2}, "names": {"Marek Zielny": 2},
          "organisations": {}, "rejected": {}}
    knowledge_path("x.example", tmp_path).write_text(json.dumps(v2), encoding="utf-8")
    k = load_knowledge("x.example", tmp_path)
    assert (k.byline_presence.excerpts, k.byline_presence.bylines) == (0, 0)
    assert decide([MERGED], [None], k, site="x.example").carry
    k.byline_presence.excerpts = 50  # counted since: the counter decides
    assert not decide([MERGED], [None], k, site="x.example").carry
