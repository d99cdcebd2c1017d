"""The layering is a rule: README.md's "How it is built" table says which layer may import which,
and which may import Scrapy; this test reads that table and checks every import of the code
against it (function-level imports included), looks for import cycles between modules, and
keeps the key constraints of the design fixed whatever the table says.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import REPO

#: What "Scrapy" means in the table's last column.
SCRAPY_NAMES = frozenset({"scrapy", "twisted", "itemadapter"})
ROOT_PACKAGE = "newscrawl"


@dataclass
class Layer:
    name: str
    modules: list[str]
    may_import: list[str]
    scrapy: bool


@dataclass
class Code:
    """The modules of a source tree and what each imports (by dotted name)."""

    files: dict[str, Path] = field(default_factory=dict)
    internal: dict[str, set[str]] = field(default_factory=dict)
    external: dict[str, set[str]] = field(default_factory=dict)


# --- reading the rules --------------------------------------------------------------------


def read_layers(readme: str) -> list[Layer]:
    """The layer table of the "How it is built" section, bottom layer first."""
    section = readme.split("## How it is built", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header == ["layer", "modules", "what it holds", "may import", "Scrapy"], header
    layers = []
    for row in rows[2:]:
        name, modules, _, may_import, scrapy = (cell.strip() for cell in row.strip("|").split("|"))
        allowed = [] if may_import in ("—", "-", "") else [n.strip() for n in may_import.split(",")]
        assert scrapy in ("yes", "no"), f"{name}: the Scrapy column says {scrapy!r}, not yes or no"
        layers.append(Layer(name, re.findall(r"`([^`]+)`", modules), allowed, scrapy == "yes"))
    return layers


def layer_of(module: str, layers: list[Layer]) -> Layer:
    """The layer whose most specific name covers ``module`` (``a.b`` covers a.b and a.b.x;
    ``a.*`` covers only what lies under a)."""
    best: tuple[int, Layer] | None = None
    for layer in layers:
        for name in layer.modules:
            if name.endswith(".*"):
                covers, weight = module.startswith(name[:-1]), len(name) - 1
            else:
                covers, weight = module == name or module.startswith(name + "."), len(name)
            if covers and (best is None or weight > best[0]):
                best = (weight, layer)
    assert best is not None, f"{module} is in no layer: add it to README's layer table"
    return best[1]


# --- reading the code ---------------------------------------------------------------------


def source_roots(repo: Path) -> dict[str, Path]:
    """Package name → folder, as installed: newscrawl/ plus pyproject's package-dir mappings."""
    config = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    mapped = config.get("tool", {}).get("setuptools", {}).get("package-dir", {})
    return {ROOT_PACKAGE: repo / ROOT_PACKAGE, **{name: repo / folder for name, folder in mapped.items()}}


def read_code(roots: dict[str, Path]) -> Code:
    code = Code()
    for package, folder in roots.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            code.files[".".join([package, *parts])] = path
    for module, path in code.files.items():
        is_package = path.name == "__init__.py"
        internal, external = set(), set()
        for target in _imported_names(ast.parse(path.read_text(encoding="utf-8")), module, is_package):
            if target == ROOT_PACKAGE or target.startswith(ROOT_PACKAGE + "."):
                internal.add(_known_module(target, code.files))
            else:
                external.add(target.split(".")[0])
        internal.discard(module)
        code.internal[module], code.external[module] = internal, external
    return code


def _imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterable[str]:
    """Every module an AST imports, wherever the import statement sits (a function-level import
    is an import all the same), as dotted names; ``from a import b`` yields ``a.b`` (a module,
    or a name in ``a``: :func:`_known_module` tells)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _known_module(name: str, modules: dict[str, Path]) -> str:
    """``name`` if it is a module, else its longest prefix that is one (``a.b.func`` → ``a.b``)."""
    while name not in modules and "." in name:
        name = name.rpartition(".")[0]
    return name


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's SCCs)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# --- the checks ---------------------------------------------------------------------------


def layering_violations(code: Code, layers: list[Layer]) -> list[str]:
    by_name = {layer.name: layer for layer in layers}
    problems = []
    for module in sorted(code.files):
        layer = layer_of(module, layers)
        allowed = {layer.name, *layer.may_import}
        for target in sorted(code.internal[module]):
            target_layer = layer_of(target, layers)
            if target_layer.name not in allowed:
                problems.append(f"{module} ({layer.name}) imports {target} ({target_layer.name})")
        if not layer.scrapy:
            for name in sorted(code.external[module] & SCRAPY_NAMES):
                problems.append(f"{module} ({layer.name}) imports {name}, but the {layer.name} layer is Scrapy-free")
        assert set(layer.may_import) <= set(by_name), f"{layer.name} may import an unknown layer"
    return problems


@pytest.fixture(scope="module")
def layers() -> list[Layer]:
    return read_layers((REPO / "README.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def code() -> Code:
    return read_code(source_roots(REPO))


def test_the_table_is_a_stack_that_names_real_modules(layers: list[Layer], code: Code) -> None:
    """A layer may import only layers listed above it (so layers cannot form a cycle), and every
    name in the table is a module or package of the tree (the table does not rot)."""
    seen: set[str] = set()
    for layer in layers:
        assert set(layer.may_import) <= seen, f"{layer.name} may import a layer not below it: {layer.may_import}"
        seen.add(layer.name)
    for layer in layers:
        for name in layer.modules:
            prefix = name.removesuffix(".*")
            assert any(m == prefix or m.startswith(prefix + ".") for m in code.files), f"no module {name}"


def test_the_design_holds_whatever_the_table_says(layers: list[Layer]) -> None:
    """The constraints the layering exists for (issue 13), pinned here so that editing the
    README cannot quietly drop them."""
    by_name = {layer.name: layer for layer in layers}
    assert set(by_name["extract"].may_import) <= {"items", "normalisation"}
    assert not {"ops", "adapters", "app", "cli"} & set(by_name["storage"].may_import)
    assert not {"adapters", "app", "cli"} & set(by_name["ops"].may_import)
    assert not any(by_name[name].scrapy for name in ("items", "config", "normalisation", "extract", "storage", "ops"))
    for package in ("extract", "storage", "ops"):
        assert layer_of(f"newscrawl.{package}.anything_new", layers).name == package  # new modules inherit
    for adapter in ("spiders", "pipelines", "middlewares", "extensions"):
        assert layer_of(f"newscrawl.{adapter}.x", layers).name == "adapters"
    assert layer_of("newscrawl.cli", layers).name == "cli"


def test_every_import_follows_the_layers(layers: list[Layer], code: Code) -> None:
    assert len(code.files) > 40
    assert layering_violations(code, layers) == []


def test_no_import_cycles_between_modules(code: Code) -> None:
    assert cycles(code.internal) == []


def test_the_checks_see_hidden_imports_and_cycles(tmp_path: Path, layers: list[Layer]) -> None:
    """The checker on a small tree with a function-level import that closes a cycle, a storage
    module importing ops, and Scrapy in extraction: each is found."""
    root = tmp_path / ROOT_PACKAGE
    for folder in ("storage", "ops", "extract"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("", encoding="utf-8")
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "storage" / "base.py").write_text("def f():\n    from newscrawl.storage import g\n", encoding="utf-8")
    (root / "storage" / "__init__.py").write_text("from .base import f\n", encoding="utf-8")
    (root / "storage" / "files.py").write_text("def h():\n    import newscrawl.ops.state\n", encoding="utf-8")
    (root / "ops" / "state.py").write_text("", encoding="utf-8")
    (root / "extract" / "page.py").write_text("from scrapy import Selector\n", encoding="utf-8")
    code = read_code({ROOT_PACKAGE: root})
    assert cycles(code.internal) == [["newscrawl.storage", "newscrawl.storage.base"]]
    assert layering_violations(code, layers) == [
        "newscrawl.extract.page (extract) imports scrapy, but the extract layer is Scrapy-free",
        "newscrawl.storage.files (storage) imports newscrawl.ops.state (ops)",
    ]


def test_every_public_extract_function_has_type_hints() -> None:
    missing = []
    for path in sorted((REPO / "newscrawl" / "extract").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.returns is None:
                missing.append(f"{path.name}:{node.name}")
    assert missing == []


def _twice_bound(tree: ast.Module) -> set[str]:
    """Module-level names bound twice, but a refinement whose new value reads the old one (``X = f(X)``)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets, value = [node.name], None
        elif isinstance(node, ast.Assign):
            targets, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets, value = [node.target.id], node.value
        else:
            continue
        reads = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in targets:
            if name in seen and name not in reads:
                twice.add(name)
            seen.add(name)
    return twice


def test_no_module_level_name_is_bound_twice() -> None:
    """A second module-level ``_X_RE = ...`` far down a long module silently replaces the first for every function
    that reads it (splitter 3.31 nearly shipped one): each module-level name is bound once."""
    twice = {str(path.relative_to(REPO)): names for path in sorted((REPO / ROOT_PACKAGE).rglob("*.py"))
             if (names := _twice_bound(ast.parse(path.read_text(encoding="utf-8"))))}
    assert not twice
    assert _twice_bound(ast.parse("A = 1\ndef f(): pass\nA = 2\nB = 'x'\nB = B + 'y'\n")) == {"A"}
