"""Shared test fixtures: paths to the repo, the fixtures and the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
CORPUS = Path(os.environ.get("NEWSCRAWL_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus; skipped when absent, a failure when NEWSCRAWL_REQUIRE_CORPUS=1."""
    pages = CORPUS / "pages"
    if not pages.is_dir():
        if os.environ.get("NEWSCRAWL_REQUIRE_CORPUS") == "1":
            pytest.fail(f"corpus not found at {pages} and NEWSCRAWL_REQUIRE_CORPUS=1")
        pytest.skip(f"corpus not found at {pages}")
    return CORPUS
