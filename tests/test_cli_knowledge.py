"""`newscrawl knowledge show|export|import|forget|allow` as a researcher runs them (the CLI in a
subprocess, real files in a state directory), and a crawl that keeps a forgotten byline out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.storage.knowledge_file import knowledge_path, load_knowledge, write_knowledge

SITE = "x.example"


@pytest.fixture
def state(tmp_path: Path) -> Path:
    """A state directory holding x.example's knowledge (learned from three clean bylines)."""
    k = SiteKnowledge(SITE, seed=False)
    k.learn_from_page([
        "Dockers reject the new rota\nMarek Zielny\nThe vote was held on Friday after a week of meetings...",
        "Rents rise again\nlefthand.net reporters\nTenants in the old town say their landlords...",
        "Porters join the strike\nAsha Menon and Marek Zielny, Voice of Labour\nPorters at the central...",
    ])
    write_knowledge(k, tmp_path / "state" / "knowledge")
    return tmp_path / "state"


def knowledge(state: Path) -> SiteKnowledge:
    return load_knowledge(SITE, state / "knowledge")


def nc(*args: str, state: Path | None = None) -> tuple[int, str, str]:
    done = run_cli(*args, env={"NEWSCRAWL_STATE_DIR": str(state)} if state else None)
    return done.returncode, done.stdout, done.stderr


def test_show_lists_each_kind_with_counts_most_frequent_first(state: Path) -> None:
    code, out, err = nc("knowledge", "show", "--site", SITE, state=state)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "x.example: 3 bylines, 2 names, 2 organisations, 0 rejected"
    assert lines[1] == f"file: {knowledge_path(SITE, state / 'knowledge')}"
    assert lines[2].startswith("waiting for recurrence: 0 entries; excerpts seen: ")
    names = lines[lines.index("names (2)") + 1:][:3]
    assert [n.split() for n in names] == [["count", "entry"], ["2", "Marek", "Zielny"], ["1", "Asha", "Menon"]]
    assert "rejected (0): never learned again; `newscrawl knowledge allow VALUE` undoes" in lines


def test_show_json_and_state_dir_option(state: Path, tmp_path: Path) -> None:
    code, out, _ = nc("knowledge", "show", "--site", SITE, "--json", "--kind", "names", "--state-dir", str(state),
                      state=tmp_path / "elsewhere")
    assert code == 0
    data = json.loads(out)
    assert data["tables"] == {"names": {"Marek Zielny": 2, "Asha Menon": 1}}
    assert data["sizes"] == {"bylines": 3, "names": 2, "organisations": 2}
    assert data["stored"] is True and data["rejected"] == {}


def test_show_of_a_site_never_crawled_shows_the_seed(tmp_path: Path) -> None:
    code, out, _ = nc("knowledge", "show", "--site", "chinaworker", state=tmp_path)
    assert code == 0
    assert out.startswith("chinaworker.info: 0 bylines, 0 names, 7 organisations, 0 rejected\nnothing learned yet")
    assert not (tmp_path / "knowledge").exists(), "showing writes nothing"


def test_a_wrong_byline_is_fixed_in_one_command(state: Path) -> None:
    code, out, err = nc("knowledge", "forget", "Marek Zielny", "--site", SITE, state=state)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == ("forgot 'Marek Zielny' from x.example's bylines (learned 1 time), names "
                                   "(learned 2 times); it will not be learned again (every kind)")
    assert "entries that contain it are still there: bylines 'Asha Menon and Marek Zielny, Voice of Labour' (1)" in out
    assert "undo: newscrawl knowledge allow 'Marek Zielny' --site x.example" in out
    k = knowledge(state)
    assert "Marek Zielny" not in k.names and "Marek Zielny" not in k.bylines
    assert k.is_rejected("names", "Marek Zielny")
    shown = nc("knowledge", "show", "--site", SITE, state=state)[1]
    assert "rejected (3): never learned again" in shown and "  names          Marek Zielny" in shown
    # allow (or forget --undo) takes it off the list; it may then be learned again
    assert nc("knowledge", "forget", "Marek Zielny", "--site", SITE, "--undo", "--kind", "names", state=state)[0] == 0
    assert not knowledge(state).is_rejected("names", "Marek Zielny")
    code, out, _ = nc("knowledge", "allow", "Marek Zielny", "--site", SITE, state=state)
    assert code == 0 and out.strip() == "'Marek Zielny' may be learned again for x.example (it was rejected in 2 kinds)"
    assert knowledge(state).rejected == {}


def test_export_edit_import_round_trip(state: Path, tmp_path: Path) -> None:
    curated = tmp_path / "x.toml"
    code, _, err = nc("knowledge", "export", "--site", SITE, "-o", str(curated), state=state)
    assert code == 0
    assert err.strip() == f"wrote x.example's knowledge (3 bylines, 2 names, 2 organisations) to {curated}"
    text = curated.read_text(encoding="utf-8")
    assert text.startswith("# Site knowledge of x.example")
    # the researcher deletes a wrong organisation, rejects it, and adds a name
    text = text.replace('"lefthand.net" = 1\n', "")
    text = text.replace('"Marek Zielny" = 2\n', '"Marek Zielny" = 2\n"Jane Doe" = 1\n')
    text = text.replace("[rejected]\n", '[rejected]\norganisations = ["lefthand.net"]\n')
    curated.write_text(text, encoding="utf-8")
    code, out, err = nc("knowledge", "import", str(curated), "--site", SITE, "--replace", state=state)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"replaced x.example's knowledge with {curated}: bylines: unchanged, now 3; "
                          "names: 1 added, now 3; organisations: 1 dropped, now 1; 1 rejected.")
    k = knowledge(state)
    assert k.names["Jane Doe"] == 1 and "lefthand.net" not in k.organisations
    assert k.rejected == {"organisations": {"lefthand.net"}}
    # importing the same file again (merge) changes nothing
    before = knowledge_path(SITE, state / "knowledge").read_text(encoding="utf-8")
    assert nc("knowledge", "import", str(curated), "--site", SITE, state=state)[0] == 0
    assert knowledge_path(SITE, state / "knowledge").read_text(encoding="utf-8") == before


def test_json_export_and_stdout(state: Path) -> None:
    code, out, _ = nc("knowledge", "export", "--site", SITE, "--format", "json", state=state)
    assert code == 0
    assert json.loads(out)["names"] == {"Marek Zielny": 2, "Asha Menon": 1}


@pytest.mark.parametrize("text,message", [
    ("[names\n", "not valid TOML (Expected ']' at the end of a table declaration (at line 1, column 7))"),
    ('[names]\n"Jane Doe" = "one"\n', "'names': the count of 'Jane Doe' must be a whole number >= 0, got 'one'"),
    ('site = "other.org"\n',
     "this is the knowledge of other.org, not x.example; use --site other.org, or change 'site' in the file"),
    ("[authors]\n", "unknown key 'authors'; expected bylines, names, organisations, rejected, site, version"),
])
def test_a_bad_curated_file_is_refused_in_one_line_and_nothing_changes(state: Path, tmp_path: Path, text: str,
                                                                        message: str) -> None:
    before = knowledge_path(SITE, state / "knowledge").read_text(encoding="utf-8")
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    code, out, err = nc("knowledge", "import", str(tmp_path / "bad.toml"), "--site", SITE, state=state)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"Error: {tmp_path / 'bad.toml'}: {message}"]
    assert knowledge_path(SITE, state / "knowledge").read_text(encoding="utf-8") == before


def test_usage_errors(state: Path) -> None:
    code, _, err = nc("knowledge", "forget", "X", "--site", SITE, "--kind", "authors", state=state)
    assert code == 2 and "Invalid value for --kind: unknown kind 'authors'; kinds: bylines, names, organisations" in err
    code, _, err = nc("knowledge", "show", state=state)
    assert code == 2 and "Missing option '--site'" in err


def test_curation_refuses_an_unusable_knowledge_file_and_leaves_it(tmp_path: Path) -> None:
    path = knowledge_path(SITE, tmp_path / "knowledge")
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 2, "site": "x.example", "names": ["A"]}', encoding="utf-8")
    for args in (("show",), ("export",), ("forget", "A"), ("allow", "A")):
        code, out, err = nc("knowledge", *args, "--site", SITE, state=tmp_path)
        assert code == 1 and out == "", args
        assert err.splitlines() == [
            f"Error: site knowledge file {path} is not valid site knowledge ('names' must map each entry to its count, "
            f"got list); look at it, then move it away to start afresh (or `newscrawl knowledge import FILE --site "
            f"x.example --replace`)"], args
    assert path.read_text(encoding="utf-8").endswith('["A"]}')
    # --replace is a fresh start by request: the bad file is kept aside, the curated one written
    curated = tmp_path / "new.toml"
    curated.write_text('[names]\n"Jane Doe" = 1\n', encoding="utf-8")
    code, out, err = nc("knowledge", "import", str(curated), "--site", SITE, "--replace", state=tmp_path)
    assert code == 0, err
    [aside] = path.parent.glob("x.example.json.bad-*")
    assert err.strip().startswith("warning: site knowledge file") and err.strip().endswith(f"moved it to {aside}")
    assert aside.read_text(encoding="utf-8").endswith('["A"]}')
    assert dict(knowledge(tmp_path).names) == {"Jane Doe": 1}


def test_a_crawl_never_learns_a_forgotten_byline_again(site_server: str, tmp_path: Path) -> None:
    state = tmp_path / "state"
    url = f"{site_server}en/category/news/china/"

    def crawl() -> None:
        done = run_cli("crawl", url, "-O", str(tmp_path / "c.jsonl"), env={"NEWSCRAWL_STATE_DIR": str(state)})
        assert done.returncode == 0, done.stderr

    crawl()
    learned = load_knowledge("127.0.0.1", state / "knowledge")
    assert learned.organisations["redbanner.info"] >= 1
    code, _, err = nc("knowledge", "forget", "redbanner.info", "--site", site_server, "--kind", "organisations",
                      state=state)
    assert code == 0, err
    crawl()
    again = load_knowledge("127.0.0.1", state / "knowledge")
    assert "redbanner.info" not in again.organisations
    assert again.is_rejected("organisations", "redbanner.info")
    assert set(again.names) == set(learned.names)  # the rest is learned as before


def test_a_crawl_sets_an_unusable_knowledge_file_aside_and_saves_a_fresh_one(site_server: str, tmp_path: Path) -> None:
    state = tmp_path / "state"
    path = knowledge_path("127.0.0.1", state / "knowledge")
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 99, "site": "127.0.0.1"}', encoding="utf-8")
    done = run_cli("crawl", f"{site_server}en/category/news/china/", "-O", str(tmp_path / "c.jsonl"),
                   env={"NEWSCRAWL_STATE_DIR": str(state)})
    assert done.returncode == 0, done.stderr
    [aside] = path.parent.glob("127.0.0.1.json.bad-*")
    warnings = [line for line in done.stderr.splitlines() if "site knowledge file" in line]
    assert len(warnings) == 1
    assert (f"site knowledge file {path} was written by a newer newscrawl (knowledge version 99 is newer than this "
            f"newscrawl reads (3)); moved it to {aside} and started afresh") in warnings[0]
    assert aside.read_text(encoding="utf-8") == '{"version": 99, "site": "127.0.0.1"}'
    assert "redbanner.info" in load_knowledge("127.0.0.1", state / "knowledge").organisations
