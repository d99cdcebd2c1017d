"""newscrawl.extract.pattern_cache: the engine code of the splitter's patterns kept between
processes gives the very pattern ``re.compile`` gives (CPython compares patterns by their flags,
text and engine code), from a fresh file, a kept one, a damaged one, or none."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from newscrawl.extract import forms as F
from newscrawl.extract import pattern_cache, prefilter, split

pytestmark = pytest.mark.skipif(pattern_cache._sre is None, reason="CPython's engine internals only")


def _splitter_patterns() -> list[tuple[str, int]]:
    """Every form's pattern and every note pattern (the ones compiled through the cache)."""
    patterns = [(form.pattern, 0) for form in F.FORMS]
    patterns += [(p.pattern, p.flags & ~re.UNICODE) for p in split._note_patterns()]
    return patterns


@pytest.fixture()
def fresh(tmp_path, monkeypatch) -> Path:
    """An empty cache directory, the module's state as in a new process."""
    monkeypatch.setenv("NEWSCRAWL_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_kept", None)
    monkeypatch.setattr(pattern_cache, "_used", set())
    monkeypatch.setattr(pattern_cache, "_added", True)  # (no atexit hook from a test: _save is called here)
    monkeypatch.setattr(pattern_cache, "_pieces", {})
    return tmp_path


def _again(monkeypatch) -> None:
    """As a later process: the file is read again."""
    monkeypatch.setattr(pattern_cache, "_kept", None)
    monkeypatch.setattr(pattern_cache, "_used", set())
    monkeypatch.setattr(pattern_cache, "_pieces", {})


def test_kept_code_is_the_code_re_compiles(fresh, monkeypatch):
    patterns = _splitter_patterns()
    assert len(patterns) > 40
    cold = [pattern_cache.compile(p, flags) for p, flags in patterns]
    assert cold == [re.compile(p, flags) for p, flags in patterns]
    pattern_cache._save()
    path = pattern_cache.cache_file()
    assert path is not None and path.parent == fresh and path.is_file()
    _again(monkeypatch)
    warm = [pattern_cache.compile(p, flags) for p, flags in patterns]
    assert warm == cold
    assert [w.groupindex for w in warm] == [c.groupindex for c in cold]
    # none was compiled again: every one came from the file
    assert len(pattern_cache._kept or {}) == len(set(patterns))
    # ... with the prefilter pieces read from the same parse, as a parse of the pattern gives them
    assert [pattern_cache.pieces(p, flags) for p, flags in patterns] == [prefilter.required_pieces(c) for c in cold]
    assert sum(pattern_cache.pieces(p, flags) is not None for p, flags in patterns) > 30
    assert len(pattern_cache._kept or {}) == len(set(patterns))


def test_flags_and_groups_survive(fresh, monkeypatch):
    source = r"(?P<word>[a-z]+)(?:-(?P<tail>\d+))?"
    pattern_cache.compile(source, re.I)
    pattern_cache._save()
    _again(monkeypatch)
    kept = pattern_cache.compile(source, re.I)
    assert kept == re.compile(source, re.I)
    assert kept.flags == re.compile(source, re.I).flags
    assert kept.match("Abc-12").groupdict() == {"word": "Abc", "tail": "12"}


def test_a_damaged_file_or_entry_is_compiled_again(fresh, monkeypatch):
    source = r"\b(?:alpha|beta)+\b"
    pattern_cache.compile(source)
    pattern_cache._save()
    path = pattern_cache.cache_file()
    assert path is not None
    data = marshal.loads(path.read_bytes())
    key = (source, 0)
    final_flags, code, groups, groupindex, indexgroup, pieces = marshal.loads(data["entries"][key])
    data["entries"][key] = marshal.dumps((final_flags, [255, *code[1:]], groups, groupindex, indexgroup, pieces))
    path.write_bytes(marshal.dumps(data))
    _again(monkeypatch)
    assert pattern_cache.compile(source) == re.compile(source)  # _sre refused the damaged code
    data["entries"][key] = marshal.dumps((final_flags, code, groups, groupindex, indexgroup))  # an older layout
    path.write_bytes(marshal.dumps(data))
    _again(monkeypatch)
    assert pattern_cache.compile(source) == re.compile(source)
    path.write_bytes(b"not a marshal file")
    _again(monkeypatch)
    assert pattern_cache.compile(source) == re.compile(source)


def test_invalid_patterns_raise_as_re_does(fresh):
    with pytest.raises(re.error):
        pattern_cache.compile("(unclosed")


def test_an_empty_cache_dir_setting_keeps_nothing(fresh, monkeypatch):
    monkeypatch.setenv("NEWSCRAWL_CACHE_DIR", "")
    assert pattern_cache.cache_file() is None
    assert pattern_cache.compile("a+b") == re.compile("a+b")
    pattern_cache._save()
    assert list(fresh.iterdir()) == []


def test_a_full_file_keeps_only_what_this_process_used(fresh, monkeypatch):
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 3)
    for word in ("one", "two", "three"):
        pattern_cache.compile(word)
    pattern_cache._save()
    _again(monkeypatch)
    pattern_cache.compile("four")
    pattern_cache.compile("one")
    pattern_cache._save()
    _again(monkeypatch)
    assert sorted(p for p, _ in pattern_cache._load()) == ["four", "one"]


def test_a_process_writes_the_file_at_exit(tmp_path):
    """What a crawl's processes do: the first compiles and writes at exit, the next reads."""
    code = ("from newscrawl.extract import forms, pattern_cache\n"
            "forms.compiled('names-member')\n"
            "print(len(pattern_cache._kept), len(pattern_cache._used))\n")
    env = {**os.environ, "NEWSCRAWL_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, env=env)
    files = list(tmp_path.glob("patterns.*.marshal"))
    assert len(files) == 1, first.stderr
    assert not list(tmp_path.glob("*.tmp"))
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                            env=env)
    kept, used = (int(n) for n in second.stdout.split())
    assert kept >= used >= 1
    assert files[0].stat().st_size > 0
