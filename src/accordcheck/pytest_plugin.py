"""pytest plugin: a dataset's records as test items, so a data repository needs no conftest.

Activated by ``pytest --accordcheck DATASET`` or, in the rootdir's ``pyproject.toml``::

    [tool.accordcheck]
    dataset = "data"          # relative to the pyproject.toml
    fail_on = "warning"       # optional; default "error"

Otherwise it does nothing: this module is loaded by every pytest run of a project that
installs accordcheck, so it only imports pytest at import time and registers its collection
hooks only for a run that asked for a dataset.

What it collects, beside the repository's own tests::

    data/records/<file>.json::<record id>    one item per record (fails on an error)
    data::expectations[<suite>]              one item per expectation suite, over the whole table

The dataset is loaded once per process when first collected, and checked once per process
when the first record item runs (only the records selected by ``-k``/``-m``/paths, minus
those ``--accordcheck-changed-since`` leaves unchanged); every item then reads the cached
result. Each pytest-xdist worker does this for itself. Options share the ``--accordcheck``
prefix: ``--accordcheck``, ``--accordcheck-changed-since``, ``--accordcheck-fail-on``.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.dataset.loading import Dataset, RecordFile
    from accordcheck.model.results import CheckResult, ExpectationResult, RecordResult

__all__ = [
    "AccordcheckWarning",
    "DatasetDirectory",
    "ExpectationsItem",
    "RecordFileCollector",
    "RecordItem",
    "RecordsDirectory",
]


class AccordcheckWarning(pytest.PytestWarning):
    """A record that passes with warnings (``--accordcheck-fail-on warning`` makes them fail)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("accordcheck", "accordcheck: fact-check a dataset of agreement records")
    group.addoption(
        "--accordcheck",
        dest="accordcheck",
        metavar="DATASET",
        default=None,
        help="check every record of DATASET as a test item (default: [tool.accordcheck] dataset in pyproject.toml)",
    )
    group.addoption(
        "--accordcheck-changed-since",
        dest="accordcheck_changed_since",
        metavar="GITREV",
        default=None,
        help="skip the records that did not change since the git revision GITREV",
    )
    group.addoption(
        "--accordcheck-fail-on",
        dest="accordcheck_fail_on",
        choices=("error", "warning"),
        default=None,
        help="fail a record on errors (default) or on warnings too",
    )


def pytest_configure(config: pytest.Config) -> None:
    settings = _settings(config)
    if settings is None:
        return
    config.addinivalue_line("markers", "accordcheck: a record or the expectations of an accordcheck dataset")
    config.stash[_STATE] = _State(settings)
    config.pluginmanager.register(_DatasetPlugin(settings), "accordcheck-dataset")


# --------------------------------------------------------------------------------- settings


class _Settings:
    def __init__(self, root: Path, shown: str, explicit: bool, changed_since: str | None, fail_on: str) -> None:
        self.root = root
        self.shown = shown
        self.explicit = explicit  # asked for on the command line: always collected
        self.changed_since = changed_since
        self.fail_on = fail_on


def _settings(config: pytest.Config) -> _Settings | None:
    option = config.getoption("accordcheck")
    table = {} if option else _pyproject_table(config.rootpath)
    value = option or table.get("dataset")
    if not value:
        for name in ("accordcheck_changed_since", "accordcheck_fail_on"):
            if config.getoption(name) is not None:
                flag = "--" + name.replace("_", "-")
                raise pytest.UsageError(f"{flag} needs a dataset: --accordcheck DATASET or [tool.accordcheck] dataset")
        return None
    if not isinstance(value, str):
        raise pytest.UsageError("[tool.accordcheck] dataset in pyproject.toml must be a path string")
    base = config.invocation_params.dir if option else config.rootpath
    root = Path(os.path.abspath(base / value))
    where = f"--accordcheck {value}" if option else f"[tool.accordcheck] dataset = {value!r}"
    if not root.is_dir():
        raise pytest.UsageError(f"{where}: no such directory")
    if not (root / "records").is_dir():
        raise pytest.UsageError(f"{where}: not a dataset (no records/ folder)")
    fail_on = config.getoption("accordcheck_fail_on") or table.get("fail_on") or "error"
    if fail_on not in ("error", "warning"):
        raise pytest.UsageError(f"[tool.accordcheck] fail_on must be 'error' or 'warning', not {fail_on!r}")
    # Collected when pytest walks to it, or in any case when named on the command line or
    # when pytest runs its default selection (no paths given).
    explicit = bool(option) or config.args_source != pytest.Config.ArgsSource.ARGS
    return _Settings(root, value, explicit, config.getoption("accordcheck_changed_since"), fail_on)


def _pyproject_table(rootpath: Path) -> dict[str, Any]:
    path = rootpath / "pyproject.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    if "accordcheck" not in text:  # the common case: not ours, no TOML parsing
        return {}
    import tomllib

    try:
        table = tomllib.loads(text).get("tool", {}).get("accordcheck", {})
    except tomllib.TOMLDecodeError:
        return {}  # not ours to report; pytest or the build tool will
    return table if isinstance(table, dict) else {}


# ------------------------------------------------------------------------- per-process state


class _State:
    """The dataset and its results, loaded and computed at most once per process."""

    def __init__(self, settings: _Settings) -> None:
        self.settings = settings
        self.collected = False
        self._dataset: Dataset | None = None
        self._by_path: dict[Path, RecordFile] | None = None
        self._unchanged: set[str] | None = None
        self._results: dict[str, RecordResult] = {}
        self._checked = False
        self._expectations: list[ExpectationResult] | None = None

    def dataset(self) -> Dataset:
        if self._dataset is None:
            from accordcheck.dataset.loading import load_dataset

            self._dataset = load_dataset(self.settings.root)
        return self._dataset

    def record_files(self) -> dict[Path, RecordFile]:
        """The dataset's record files by absolute path, in file-name order."""
        if self._by_path is None:
            self._by_path = {Path(os.path.abspath(rf.path)): rf for rf in self.dataset().record_files}
        return self._by_path

    def unchanged(self) -> set[str]:
        """Record files ``--accordcheck-changed-since`` leaves out (empty without it)."""
        if self._unchanged is None:
            self._unchanged = set()
            if self.settings.changed_since is not None:
                from accordcheck.checking.changes import changed_record_files

                dataset = self.dataset()
                changed = changed_record_files(dataset, self.settings.changed_since)
                self._unchanged = {rf.relpath for rf in dataset.record_files} - changed
        return self._unchanged

    def result(self, item: RecordItem) -> RecordResult:
        relpath = item.record_file.relpath
        if relpath not in self._results:
            if self._checked:
                wanted = {relpath}  # an item outside the first selection (e.g. re-run)
            else:
                self._checked = True
                wanted = {i.record_file.relpath for i in item.session.items if isinstance(i, RecordItem)}
                wanted = (wanted - self.unchanged()) | {relpath}
            self._check(wanted)
        return self._results[relpath]

    def _check(self, relpaths: set[str]) -> None:
        from accordcheck.checking.runner import check_dataset

        report = check_dataset(self.dataset(), only=relpaths, expectations=False)
        self._results.update((record.file, record) for record in report.records)

    def expectations(self) -> list[ExpectationResult]:
        if self._expectations is None:
            from accordcheck.checking.runner import check_dataset

            self._expectations = check_dataset(self.dataset(), only=(), expectations=True).expectations
        return self._expectations


_STATE = pytest.StashKey[_State]()


def _state(config: pytest.Config) -> _State:
    return config.stash[_STATE]


class _DatasetPlugin:
    """The hooks of a run that checks a dataset (registered by :func:`pytest_configure`)."""

    def __init__(self, settings: _Settings) -> None:
        self.settings = settings

    def pytest_report_header(self, config: pytest.Config) -> str:
        line = f"accordcheck: dataset {self.settings.shown}"
        if self.settings.changed_since:
            line += f", records changed since {self.settings.changed_since}"
        if self.settings.fail_on == "warning":
            line += ", failing on warnings"
        return line

    @pytest.hookimpl(tryfirst=True)
    def pytest_collect_directory(self, path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if path == self.settings.root:
            return DatasetDirectory.from_parent(parent, path=path)
        return None

    @pytest.hookimpl(tryfirst=True)  # before -k, -m and --deselect see the items
    def pytest_collection_modifyitems(self, session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
        state = _state(config)
        if state.collected or not self.settings.explicit:
            return
        # pytest's walk did not reach the dataset (testpaths, other paths): add it.
        node = DatasetDirectory.from_parent(session, path=self.settings.root, walk=False)
        items.extend(session.genitems(node))


# ---------------------------------------------------------------------------- the collectors


class DatasetDirectory(pytest.Directory):
    """The dataset folder: ``records/`` as record items, then one item per expectation suite.

    When pytest walks into the folder (``walk``), anything else in it (a ``tests/`` beside
    ``records/`` when the dataset is the repository itself) is collected as pytest would.
    """

    def __init__(self, *, walk: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.walk = walk

    def collect(self):
        state = _state(self.config)
        state.collected = True
        records = self.path / "records"
        yield RecordsDirectory.from_parent(self, path=records)
        if self.walk:
            yield from self._others(records)
        from accordcheck.expectations.suites import builtin_suites, dataset_suites

        suites = list(dict.fromkeys(s.name for s in builtin_suites() + dataset_suites(self.path)))
        for suite in suites:
            catch_all = frozenset(suites) if suite == suites[-1] else None
            yield ExpectationsItem.from_parent(self, name=f"expectations[{suite}]", suite=suite, catch_all=catch_all)

    def _others(self, skip: Path):
        ihook, config = self.ihook, self.config
        for entry in sorted(os.scandir(self.path), key=lambda e: e.name):
            path = Path(entry.path)
            if path == skip:
                continue
            if entry.is_dir():
                if not self.session.isinitpath(path, with_parents=True) and ihook.pytest_ignore_collect(
                    collection_path=path, config=config
                ):
                    continue
                node = ihook.pytest_collect_directory(path=path, parent=self)
                if node is not None:
                    yield node
            elif entry.is_file():
                if not self.session.isinitpath(path) and ihook.pytest_ignore_collect(collection_path=path, config=config):
                    continue
                yield from ihook.pytest_collect_file(file_path=path, parent=self)


class RecordsDirectory(pytest.Directory):
    """``records/``: one collector per record file, in file-name order."""

    def collect(self):
        from accordcheck.dataset.loading import DatasetError
        from accordcheck.checking.changes import GateError

        state = _state(self.config)
        try:
            state.dataset()
            state.unchanged()
        except DatasetError as exc:
            raise self.CollectError(f"accordcheck: {exc}") from None
        except GateError as exc:
            raise self.CollectError(f"accordcheck: --accordcheck-changed-since: {exc}") from None
        for path in state.record_files():
            yield RecordFileCollector.from_parent(self, path=path)


class RecordFileCollector(pytest.File):
    """One ``records/<id>.json`` file: one item, named after the record's id."""

    def collect(self):
        state = _state(self.config)
        record_file = state.record_files()[self.path]
        item = RecordItem.from_parent(self, name=record_file.id, record_file=record_file)
        item.add_marker(pytest.mark.accordcheck)
        if record_file.relpath in state.unchanged():
            item.add_marker(pytest.mark.skip(reason=f"unchanged since {state.settings.changed_since}"))
        yield item


# --------------------------------------------------------------------------------- the items


class RecordCheckFailed(Exception):
    """Raised by a record item; :meth:`RecordItem.repr_failure` shows its checks."""

    def __init__(self, result: RecordResult, problems: list[CheckResult]) -> None:
        super().__init__(result.id)
        self.result = result
        self.problems = problems


class RecordItem(pytest.Item):
    """One record: fails when a check has severity ``error`` (or ``warning`` with fail_on)."""

    def __init__(self, *, record_file: RecordFile, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record_file = record_file

    def runtest(self) -> None:
        from accordcheck.outputs.github import annotation_line

        state = _state(self.config)
        result = state.result(self)
        problems = [c for c in result.checks if c.failed]
        if result.status == "fail" or (state.settings.fail_on == "warning" and problems):
            raise RecordCheckFailed(result, problems)
        for check in problems:
            warnings.warn_explicit(
                AccordcheckWarning(f"{result.id}: {check.path} [{check.check}] {check.message}"),
                AccordcheckWarning,
                filename=str(self.path),
                lineno=annotation_line(self.record_file, check),
            )

    def repr_failure(self, excinfo, style=None):
        failure = excinfo.value
        if isinstance(failure, AccordcheckWarning):  # -W error made a warning fail
            result = _state(self.config).result(self)
            failure = RecordCheckFailed(result, [c for c in result.checks if c.failed])
        if isinstance(failure, RecordCheckFailed):
            return _describe_record(self, failure)
        return _traceback(self, excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"accordcheck record {self.name}"


class ExpectationsFailed(Exception):
    def __init__(self, failed: list[ExpectationResult]) -> None:
        super().__init__(", ".join(e.expectation for e in failed))
        self.failed = failed


class ExpectationsItem(pytest.Item):
    """One expectation suite (ours or the dataset's own), validated against the whole table.

    The suites run together, once per process, when the first of these items runs; each
    item reports the results of its suite (the last one also any result of no known suite).
    """

    def __init__(self, *, suite: str, catch_all: frozenset[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.suite = suite
        self.catch_all = catch_all  # on the last item: the suites collected, to catch the others
        self.add_marker(pytest.mark.accordcheck)

    def runtest(self) -> None:
        results = _state(self.config).expectations()
        mine = [
            e
            for e in results
            if e.details.get("suite") == self.suite
            or (self.catch_all is not None and e.details.get("suite") not in self.catch_all)
        ]
        failed = [e for e in mine if not e.success or _tool_error(e)]
        if failed:
            raise ExpectationsFailed(failed)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ExpectationsFailed):
            return _describe_expectations(self.suite, excinfo.value.failed)
        return _traceback(self, excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"accordcheck expectation suite {self.suite}"


# ------------------------------------------------------------------------------ the messages


def _traceback(item: pytest.Item, excinfo, style):
    """A fault of the tool itself: its traceback from this plugin's frame on, not pytest's."""
    excinfo.traceback = excinfo.traceback.cut(path=__file__)
    return pytest.Item.repr_failure(item, excinfo, style=style)


def _describe_record(item: RecordItem, failure: RecordCheckFailed) -> str:
    from accordcheck.outputs.github import annotation_line

    record_file = item.record_file
    shown_file = item.location[0]
    errors = sum(c.severity == "error" for c in failure.problems)
    counts = [_count(errors, "error"), _count(len(failure.problems) - errors, "warning")]
    lines = [f"record {failure.result.id} ({shown_file}): {', '.join(c for c in counts if c)}", ""]
    data = _json_or_none(record_file.text)
    for check in failure.problems:
        lines.append(f"{check.path}  (line {annotation_line(record_file, check)})")
        lines.append(f"    check:      {check.check} ({check.severity})")
        lines.append(f"    verdict:    {check.verdict}")
        value = _value_at(data, check.path)
        if value is not _ABSENT:
            lines.append(f"    record:     {_show(value)}")
        lines.append(f"    message:    {check.message}")
        for span in check.evidence:
            lines.append(f"    source:     {span.text!r}  (sources[{span.source}] {span.start}:{span.end})")
        if check.suggestion is not None:
            lines.append(f"    suggestion: {_show(check.suggestion)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _describe_expectations(suite: str, failed: list[ExpectationResult]) -> str:
    lines = [f"suite {suite}: {_count(len(failed), 'dataset expectation')} failed", ""]
    for expectation in failed:
        problem = _tool_error(expectation)
        if problem:
            lines.append(f"{expectation.expectation}: could not run (a fault of the tool, not of the data): {problem}")
            continue
        ids = [str(i) for i in expectation.details.get("record_ids") or []]
        lines.append(f"{expectation.expectation}: failed" + (f" for {', '.join(ids)}" if ids else ""))
        details = {k: v for k, v in expectation.details.items() if k != "record_ids"}
        if details:
            lines.append(f"    details: {_show(details)}")
    return "\n".join(lines) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}" if n else ""


def _tool_error(expectation: ExpectationResult) -> Any:
    return expectation.details.get("tool_error") or expectation.details.get("exception")


_ABSENT = object()
_STEP = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def _json_or_none(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None


def _value_at(data: Any, path: str) -> Any:
    """The value a contract path (``people[0].titles[1]``) names in the record's JSON."""
    if data is None or path.startswith("("):
        return _ABSENT
    for index, key in _STEP.findall(path):
        if index and isinstance(data, list) and int(index) < len(data):
            data = data[int(index)]
        elif key and isinstance(data, dict) and key in data:
            data = data[key]
        else:
            return _ABSENT
    return data


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 300 else text[:297] + "..."
