"""The package's structure holds itself: small modules, no import cycle among the reader and
the language packs, no language's words in the reader's code, and pack keys that code reads."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from pydantic import RootModel

from accordcheck.lang import available_languages
from accordcheck.lang.schema import PackData

SRC = Path(__file__).resolve().parents[1] / "src" / "accordcheck"

MAX_LINES = 450
READER_MAX_LINES = 400
# Modules over the limit before the limit was set; they only shrink.
KNOWN_LONG = {
    "pytest_plugin.py",
    "report/_view.py",
    "testing/_corruptions.py",
    "testing/_render.py",
}

# French and English function words: core code asks the pack for these, it never names them.
# (a hyphen joins a slug's words: "letter-of-intent" is an identifier, not a phrase)
FUNCTION_WORDS = re.compile(
    r"(?<![\w-])(?:le|la|les|du|des|entre|et|au|aux|avec|pour|dans|sur|par|une|son|sa|ses|leur"
    r"|the|and|between|from|with|for|of|to)(?![\w-])",
    re.IGNORECASE,
)


def _modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (SRC / folder).rglob("*.py"))


def _name(path: Path) -> str:
    relative = path.relative_to(SRC.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_no_module_is_too_long():
    too_long = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and relative not in KNOWN_LONG:
            too_long.append((relative, lines))
    assert not too_long, f"modules over {MAX_LINES} lines: {too_long}"


def test_known_long_modules_are_still_long():
    """An exception that no longer applies is dropped from the list."""
    for relative in KNOWN_LONG:
        assert len((SRC / relative).read_text(encoding="utf-8").splitlines()) > MAX_LINES, relative


def test_reader_modules_are_small():
    long = [(p.name, n) for p in _modules("reading", "lang") if (n := len(p.read_text(encoding="utf-8").splitlines())) > READER_MAX_LINES]
    assert not long


def _module_level_imports(path: Path, known: set[str]) -> set[str]:
    """Modules of ``known`` that ``path`` imports when it is imported (not inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else ():
            if isinstance(sub, ast.Import):
                found.update(a.name for a in sub.names)
            elif isinstance(sub, ast.ImportFrom) and sub.module and sub.level == 0:
                found.add(sub.module)
                found.update(f"{sub.module}.{a.name}" for a in sub.names)
    return {name for name in found if name in known}


def test_no_import_cycle_among_reading_and_lang():
    paths = _modules("reading", "lang")
    names = {_name(p): p for p in paths}
    graph = {name: _module_level_imports(path, set(names)) - {name} for name, path in names.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def _string_literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def test_no_language_words_in_the_reader_or_the_extractor():
    found = []
    for path in [*_modules("reading"), SRC / "extraction" / "extract.py"]:
        for line, value in _string_literals(path):
            match = FUNCTION_WORDS.search(value)
            if match:
                found.append(f"{path.relative_to(SRC)}:{line}: {match.group()!r} in {value[:60]!r}")
    assert not found, "\n".join(found)


def test_the_language_words_check_would_catch_one():
    assert FUNCTION_WORDS.search(r"\b(?:entre|between)\b") and FUNCTION_WORDS.search("du")
    assert not FUNCTION_WORDS.search("ministre") and not FUNCTION_WORDS.search("tandis")


_DOCUMENTATION_KEYS = {"comment", "notes", "language"}


def test_every_pack_key_is_read_by_some_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.parent.name != "lang" or p.name != "schema.py")
    unread = []
    for section, field in PackData.model_fields.items():
        model = field.annotation
        if issubclass(model, RootModel):
            continue  # domain codes: every one is read
        for key in model.model_fields:
            if key in _DOCUMENTATION_KEYS:
                continue
            if not re.search(rf"[\"']{re.escape(key)}[\"']", code):
                unread.append(f"{section}.{key}")
    assert not unread, f"pack keys no code reads: {unread}"


def test_cli_languages_come_from_the_packs():
    from accordcheck.cli.commands import build_parser

    parser = build_parser()
    extract = next(a for a in parser._subparsers._group_actions[0].choices["extract"]._actions if "--lang" in a.option_strings)
    assert tuple(extract.choices) == ("auto", *available_languages())


def _all_imports(path: Path, module: str, known: set[str]) -> set[str]:
    """Every module of ours that ``path`` imports, at module level, in a function or under
    TYPE_CHECKING alike: a cycle hidden in a function is still a cycle of the design."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            if base in known:
                found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known}
    return found - {module}


def _package_graph() -> dict[str, set[str]]:
    modules = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return {name: _all_imports(path, name, set(modules)) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_in_the_package():
    assert _cycles(_package_graph()) == []


def test_the_cycle_check_would_catch_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


# The layers, bottom up (docs/architecture.md draws them). A module may import its own unit
# and any unit of a lower layer, never a unit beside it or above it; its function-level and
# TYPE_CHECKING imports count too. Each unit is a folder: a module that a lower layer needs
# lives in that layer's folder, so the tree shows the design with no exceptions.
LAYERS: list[dict[str, tuple[str, ...]]] = [
    {"support": ("accordcheck._lazy", "accordcheck._version", "accordcheck.support", "accordcheck.data",
                 "accordcheck.model.check_codes")},
    {"model": ("accordcheck.model", "accordcheck.model.expectation_rows")},
    {"language": ("accordcheck.lang", "accordcheck.lang.dates")},
    {"dataset": ("accordcheck.dataset",)},
    {"reading": ("accordcheck.reading",)},
    {"cache": ("accordcheck.cache", "accordcheck.cache.documents")},
    {"extraction": ("accordcheck.extraction",)},
    {"checks": ("accordcheck.checks",), "expectations": ("accordcheck.expectations",)},
    {"cluster": ("accordcheck.cluster",)},
    {"checking": ("accordcheck.checking",), "workflow": ("accordcheck.workflow",),
     "outputs": ("accordcheck.outputs",), "testing": ("accordcheck.testing",)},
    {"report": ("accordcheck.report",)},
    {"interfaces": ("accordcheck", "accordcheck.__main__", "accordcheck.cli", "accordcheck.pytest_plugin")},
]


def _unit_of(module: str) -> tuple[int, str]:
    """The layer and unit of ``module``: its longest matching prefix (the package itself,
    ``accordcheck``, matches only exactly)."""
    best: tuple[int, str, int] | None = None
    for level, units in enumerate(LAYERS):
        for unit, prefixes in units.items():
            for prefix in prefixes:
                matches = module == prefix or (prefix != "accordcheck" and module.startswith(prefix + "."))
                if matches and (best is None or len(prefix) > best[2]):
                    best = (level, unit, len(prefix))
    assert best is not None, f"{module} belongs to no layer: add it to LAYERS"
    return best[0], best[1]


def _layer_violations(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for module, imported in sorted(graph.items()):
        level, unit = _unit_of(module)
        for other in sorted(imported):
            other_level, other_unit = _unit_of(other)
            if other_unit != unit and other_level >= level:
                found.append(f"{module} ({unit}) imports {other} ({other_unit})")
    return found


def test_every_module_belongs_to_a_layer():
    for module in _package_graph():
        _unit_of(module)


def test_layers_import_only_downward():
    assert _layer_violations(_package_graph()) == []


def test_the_layer_check_would_catch_one():
    assert _layer_violations({"accordcheck.dataset.loading": {"accordcheck.cache.verdicts"}}) == [
        "accordcheck.dataset.loading (dataset) imports accordcheck.cache.verdicts (cache)"]
    assert _layer_violations({"accordcheck.checks.facts": {"accordcheck.expectations.tables"}})  # beside it
    assert not _layer_violations({"accordcheck.cache.outlines": {"accordcheck.model.expectation_rows"}})


def test_the_top_level_holds_only_layers_and_entry_points():
    """A new module goes into the layer it belongs to, so the folder keeps showing the design."""
    top = sorted(p.name for p in SRC.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "_lazy.py", "_version.py", "pytest_plugin.py"]


TESTS = Path(__file__).resolve().parent


def test_tests_share_helpers_through_their_package():
    """Shared test code lives in ``tests/helpers/``: no test imports ``conftest``, and no test
    skips itself when one of our own modules is missing (it would hide a broken package)."""
    offenders = []
    for path in TESTS.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(?:from conftest\b|import conftest\b)", text, re.MULTILINE):
            offenders.append(f"{path.name}: imports conftest")
        if re.search(r"importorskip\(\s*[\"']accordcheck", text):
            offenders.append(f"{path.name}: importorskip of our own module")
    # shared code beside the tests only imports by bare file name, through pytest's sys.path
    offenders += [f"{path.name}: shared code outside tests/helpers" for path in TESTS.rglob("*.py")
                  if path.parent.name != "helpers" and not path.name.startswith(("test_", "conftest"))
                  and path.name != "__init__.py"]
    assert offenders == []
