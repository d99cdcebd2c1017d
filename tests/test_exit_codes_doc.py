"""The exit codes are documented in one table and in `crawl --help`, and the code agrees."""

from __future__ import annotations

import re

from conftest import REPO, run_cli
from newscrawl.ops import report


def test_exit_codes_documented_everywhere() -> None:
    codes = {report.EXIT_OK, report.EXIT_ERRORS, report.EXIT_USAGE, report.EXIT_HEALTH, report.EXIT_CANNOT_START}
    table = (REPO / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    assert {int(c) for c in re.findall(r"^\|\s*(\d)\s*\|", table, re.M)} == codes
    help_text = run_cli("crawl", "--help").stdout
    for code, words in ((0, "success"), (1, "crawl finished with errors"), (2, "usage error"),
                        (3, "health check failed"), (4, "could not start")):
        assert re.search(rf"^\s*{code}\s+{words}", help_text, re.M), (code, help_text)
