"""Packaging: what `pip install .` (not editable) puts into site-packages, and that the installed
commands work from there, away from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
ADAPTERS = ("spiders", "pipelines", "middlewares", "extensions", "schedulers")


def _code_packages() -> set[str]:
    """Every folder of Python modules the project ships, as its installed package name."""
    found = set()
    for top, name in [("newscrawl", "newscrawl"), *((a, f"newscrawl.{a}") for a in ADAPTERS)]:
        for init in (REPO / top).rglob("__init__.py"):
            if "__pycache__" in init.parts:
                continue
            relative = init.parent.relative_to(REPO / top).parts
            found.add(".".join((name, *relative)))
    return found


def test_every_code_package_is_listed_for_setuptools() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert _code_packages() <= listed, "add the new package to [tool.setuptools] packages in pyproject.toml"


def test_adapters_install_inside_the_newscrawl_namespace() -> None:
    mapping = PYPROJECT["tool"]["setuptools"]["package-dir"]
    assert {f"newscrawl.{a}": a for a in ADAPTERS}.items() <= mapping.items()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out),
                    str(REPO)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("newscrawl-*.whl")
    return found


@pytest.mark.slow
def test_wheel_has_no_top_level_adapter_packages(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert not tops & set(ADAPTERS)
    assert "newscrawl/spiders/region.py" in names
    assert "newscrawl/py.typed" in names
    assert "newscrawl/demo_site/manifest.json" in names


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel installed (dependencies from this interpreter's
    site-packages, so no download); returns its python."""
    where = tmp_path_factory.mktemp("venv")
    venv.create(where, with_pip=False)
    python = where / "bin" / "python"
    # Dependencies: this interpreter's site-packages as a plain path entry (its .pth files, such as
    # the editable install's finder, are not run there, so the checkout stays out of sight).
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "newscrawl-test-deps.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    # pip of this interpreter installs into the venv: no network, dependencies already present
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return python


def _run(python: Path, *args: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([str(python), "-m", "newscrawl.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env=env)


@pytest.mark.slow
def test_installed_package_runs_away_from_the_checkout(installed: Path, tmp_path: Path, site_server: str) -> None:
    where = subprocess.run([str(installed), "-c", "import newscrawl, newscrawl.spiders.region as r; "
                            "print(newscrawl.__file__); print(r.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout.split()
    assert all(str(REPO) not in path for path in where), where
    assert subprocess.run([str(installed), "-c", "import spiders"], capture_output=True, cwd=tmp_path).returncode != 0

    page = FIXTURES / "pages" / "region-middle-page"
    parsed = _run(installed, "parse", str(page / "input.html"), "--url", (page / "url.txt").read_text().strip(),
                  cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    assert len([json.loads(line) for line in parsed.stdout.splitlines()]) == len(
        json.loads((page / "expected.json").read_text(encoding="utf-8"))["main"])

    demo = _run(installed, "demo", "--out", str(tmp_path / "demo"), cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "demo" / "items.jsonl").read_text(encoding="utf-8").count("\n") > 10

    out = tmp_path / "crawl.jsonl"
    crawled = _run(installed, "crawl", site_server + "en/tag/strikes/", "-o", str(out), "--silent", cwd=tmp_path)
    assert crawled.returncode == 0, crawled.stderr
    assert {json.loads(line)["region_slug"] for line in out.read_text(encoding="utf-8").splitlines()} == {"strikes"}

    evaluated = _run(installed, "eval", cwd=tmp_path)
    assert evaluated.returncode == 1
    assert evaluated.stderr.strip().count("\n") == 0 and "development command" in evaluated.stderr
