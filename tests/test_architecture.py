"""The folder layout is the architecture: extraction, storage and crawl operations never import Scrapy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO

PURE_PACKAGES = ["newscrawl/extract", "newscrawl/storage", "newscrawl/ops", "newscrawl/cluster"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", [p for pkg in PURE_PACKAGES for p in sorted((REPO / pkg).rglob("*.py"))],
                         ids=lambda p: str(p.relative_to(REPO)))
def test_pure_modules_do_not_import_scrapy(path: Path) -> None:
    assert not {"scrapy", "twisted", "itemadapter"} & _imports(path)


def test_every_public_extract_function_has_type_hints() -> None:
    missing = []
    for path in sorted((REPO / "newscrawl" / "extract").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.returns is None:
                missing.append(f"{path.name}:{node.name}")
    assert missing == []
