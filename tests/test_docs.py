"""Docs that cannot drift: the CLI reference is generated from --help, and every command is
documented in the README."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from conftest import REPO
from newscrawl.cli import cli


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


def _example_lines(help_text: str) -> list[str]:
    """The command lines of a docstring's Example block (indented lines after 'Example:')."""
    block = help_text.split("Example:", 1)[1].splitlines()[1:]
    lines = []
    for line in block:
        if not line.strip():
            break
        lines.append(line.strip())
    return lines


def _all_commands() -> dict[str, click.Command]:
    """Every command by its words ('crawl', 'knowledge show'), groups' subcommands included."""
    found: dict[str, click.Command] = {}
    for name, command in cli.commands.items():
        found[name] = command
        if isinstance(command, click.Group):
            found.update({f"{name} {sub}": c for sub, c in command.commands.items()})
    return found


@pytest.mark.parametrize("command", sorted(_all_commands()))
def test_examples_are_shown_verbatim(command: str) -> None:
    """click rewraps help paragraphs: an example block must be marked \\b to keep its lines."""
    examples = _example_lines(_all_commands()[command].help or "")
    assert examples, "the Example: block holds at least one command line"
    done = subprocess.run([sys.executable, "-m", "newscrawl.cli", *command.split(), "-h"], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    shown = [line.strip() for line in done.stdout.splitlines()]
    for example in examples:
        assert example in shown, f"{example!r} is not a line of `newscrawl {command} -h`"
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8").splitlines()
    assert all(example in (line.strip() for line in reference) for example in examples)
