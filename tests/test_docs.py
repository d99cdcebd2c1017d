"""Docs that cannot drift: the CLI reference is generated from --help, and every command is
documented in the README."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newscrawl.cli import cli

from conftest import REPO


def test_cli_reference_is_up_to_date() -> None:
    done = subprocess.run([sys.executable, "-m", "cogapp", "--check", "docs/cli.md"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, f"docs/cli.md is stale: run `cog -r docs/cli.md`\n{done.stdout}{done.stderr}"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"newscrawl {command}" in readme


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_a_summary_and_an_example(command: str) -> None:
    help_text = cli.commands[command].help or ""
    assert help_text.strip().splitlines()[0].endswith("."), "one-line summary first"
    assert "Example:" in help_text
