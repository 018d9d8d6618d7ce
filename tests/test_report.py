"""The HTML report as text: escaped, self-contained, every record present, data well formed.

What a browser makes of it is in test_report_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from accordcheck.dataset.loading import load_dataset
from accordcheck.report import _lines, _view, render_report
from accordcheck.model.results import CheckReport, CheckResult, RecordResult

from helpers import report_data as rd

HOSTILE_RAW = [
    rd.HOSTILE_SCRIPT,
    rd.HOSTILE_IMG,
    rd.HOSTILE_NAME,
    "<script>alert(3)</script>",
    "<script>document.title='pwned2'</script>",
    "<b>not bold</b>",
    "<boom>",
]


class Page(HTMLParser):
    """Every start tag with its attributes, and the text of every script element."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in ("script", "style"):
            self._open = (tag, attributes)
            self._text = []

    def handle_data(self, data):
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._open is not None and tag == self._open[0]:
            text = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._open[1], text))
            else:
                self.styles.append(text)
            self._open = None

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.tags if a.get("id")]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    dataset, report = rd.mixed(tmp_path_factory.mktemp("report") / "dataset")
    html = render_report(report, dataset)
    return dataset, report, html, Page(html)


def _blocks(page: Page, kind: str) -> list[dict]:
    return [json.loads(text) for attrs, text in page.scripts if attrs.get("class") == kind]


def _block_of(page: Page, record_id: str) -> dict:
    found = [b for b in _blocks(page, "ac-r") if b["id"] == record_id]
    assert len(found) == 1, record_id
    return found[0]


# --------------------------------------------------------------------------- safety


def test_hostile_strings_never_appear_as_markup(mixed):
    _, _, html, _ = mixed
    for raw in HOSTILE_RAW:
        assert raw not in html, raw
    assert "onerror=" not in html.replace("onerror=alert", "")  # only inside escaped text
    assert re.search(r"<img\b", html, re.IGNORECASE) is None
    # ...but they are all there, as text: escaped in markup, \u003c-escaped in data
    assert "&lt;img src=x onerror=alert(4)&gt;" in html
    assert "\\u003cscript\\u003edocument.title='pwned'\\u003c/script\\u003e" in html
    assert "great_expectations failed: &lt;boom&gt;" in html


def test_only_our_script_runs_and_nothing_has_handlers(mixed):
    _, report, _, page = mixed
    executable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 1 and executable[0].startswith("/* accordcheck report")
    assert all(attrs.get("type") == "application/json" for attrs, _ in page.scripts[:-1])
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "base", "frame", "svg", "math"), tag
        assert "action" not in attrs
    # one data block per record, one per source
    assert len(_blocks(page, "ac-r")) == len(report.records)


def test_data_blocks_are_json_with_markup_characters_escaped(mixed):
    _, _, _, page = mixed
    blocks = [text for attrs, text in page.scripts if attrs.get("type") == "application/json"]
    assert blocks
    for text in blocks:
        assert not set(text) & set("<>&"), text[:80]
        json.loads(text)  # parses as it stands


def test_script_json_escapes_what_could_close_the_element():
    text = _view.script_json({"a": "</script><!-- & -->", "b": "\u2028é"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & -->", "b": "\u2028é"}


def test_template_autoescapes():
    from accordcheck.report import _environment

    env = _environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"


# --------------------------------------------------------------------------- self-contained


def test_self_contained_no_external_urls(mixed):
    _, _, html, page = mixed
    for tag, attrs in page.tags:
        for name in ("src", "srcset", "action", "formaction", "poster", "data", "background"):
            assert name not in attrs, (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith("#") or href == "data:,", href
    css = "".join(page.styles)
    assert "@import" not in css and "url(" not in css
    script = page.scripts[-1][1]
    for api in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "sendBeacon", ".innerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert api not in script, api
    markup = re.sub(r'<script type="application/json".*?</script>', "", html, flags=re.S)
    assert "http://" not in markup and "https://" not in markup


def test_content_security_policy_pins_the_inline_script_and_style(mixed):
    _, _, _, page = mixed
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert directives["script-src"] == digest(page.scripts[-1][1])
    assert directives["style-src"] == digest(page.styles[0])
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


# --------------------------------------------------------------------------- content


def test_every_record_is_listed_with_a_stable_anchor(mixed):
    _, report, html, page = mixed
    ids = set(page.ids())
    shown = {a.get("data-id") or a.get("id") for t, a in page.tags if t == "details" and "rec" in a.get("class", "").split()}
    assert shown == {r.id for r in report.records}
    for record in report.records:
        if _lines.anchor(record.id):
            assert record.id in ids, record.id
    assert rd.SEED_ID in ids and rd.CORRUPT_ID in ids
    # the page's own ids cannot clash with a record id (a valid one never contains "_")
    own = ids - {r.id for r in report.records}
    assert own and all(i.startswith("ac_") for i in own)


def test_overview_counts_and_codes(mixed):
    _, report, html, page = mixed
    s = report.summary
    for key, value in [("records", s.records), ("passed", s.passed), ("failed", s.failed), ("errors", s.errors), ("warnings", s.warnings)]:
        assert re.search(rf'id="ac_n_{key}">{value}<', html), key
    assert 'id="ac_n_expectations">1 / 3<' in html
    codes = [a["data-code"] for t, a in page.tags if t == "tr" and "data-code" in a]
    assert set(codes) == {"date_consistent", "place_city", "domain_supported", "person_omitted", "record_json", "record_schema", "source_readable"}
    options = [a["value"] for t, a in page.tags if t == "option" and a.get("value")]
    assert set(codes) <= set(options)


def test_expectations_listed_with_offending_records(mixed):
    _, _, html, _ = mixed
    assert "expect_signing_date_not_after_publication" in html
    assert f'href="#{rd.CORRUPT_ID}"' in html and f'href="#{rd.HOSTILE_ID}"' in html
    assert "could not run" in html and "&lt;b&gt;not bold&lt;/b&gt;" in html


def test_failed_checks_come_first_with_message_evidence_and_suggestion(mixed):
    _, _, _, page = mixed
    block = _block_of(page, rd.CORRUPT_ID)
    severities = [c[1] % 3 for c in block["checks"]]
    assert severities == sorted(severities, reverse=True)  # errors, warnings, then passing
    rows = _rows(block)
    date = next(c for c in block["checks"] if c[0] == _view.CODES.index("date_consistent"))
    assert date[4] == rd.DATE_MESSAGE
    assert rows[date[2]] == "signed.date" and date[3] == 0
    assert date[6] == "2026-01-13"
    words = block["sp"][date[5][0]]
    source = _blocks(page, "ac-s")[block["src"][0]]["text"]
    assert source[words[1] : words[2]] == "ce mardi"
    omitted = next(c for c in block["checks"] if c[0] == _view.CODES.index("person_omitted"))
    assert omitted[2] == -1 and omitted[3] == "people"  # about the record as a whole
    # the domain no check could find is listed apart
    assert [rows[n] for n in block["uns"]] == ["domains[8].code"]


def _rows(block: dict) -> list[str]:
    paths, entity = [], ""
    for row in block["rows"]:
        if isinstance(row, str) or len(row) == 1:
            entity = row if isinstance(row, str) else row[0]
            paths.append(entity)
        else:
            paths.append(f"{entity}.{row[0]}")
    return paths


def test_record_evidence_points_at_the_right_words(mixed):
    dataset, _, _, page = mixed
    block = _block_of(page, rd.SEED_ID)
    record = next(rf.record for rf in dataset.record_files if rf.id == rd.SEED_ID)
    source = _blocks(page, "ac-s")[block["src"][0]]["text"]
    rows = _rows(block)
    spans = record.iter_spans()
    assert len(block["ev"]) == len(spans)
    for (path, span), (s, row, j) in zip(spans, block["ev"]):
        assert f"{rows[row]}.evidence[{j}]" == path
        _, start, end = block["sp"][s]
        assert source[start:end] == span.text


def test_offsets_are_utf16_for_astral_characters(mixed):
    _, _, _, page = mixed
    block = _block_of(page, rd.ASTRAL_ID)
    text = _blocks(page, "ac-s")[block["src"][0]]["text"]
    units = text.encode("utf-16-le")
    found = set()
    for s, _row, _j in block["ev"]:
        _, start, end = block["sp"][s][:3]
        found.add(units[2 * start : 2 * end].decode("utf-16-le"))
    assert found == {"Maroc", "Pakistan", "mardi", "Rabat"}


def test_unloadable_records_and_sources_are_shown(mixed):
    _, _, _, page = mixed
    broken = _block_of(page, rd.BROKEN_STEM)
    assert broken["rows"] == [] and broken["raw"].startswith("{") and 4 in broken["lines"]
    schema = _block_of(page, rd.SCHEMA_STEM)
    assert schema["lines"]  # the lines of the fields that break the schema
    missing = _block_of(page, rd.MISSING_ID)
    source = _blocks(page, "ac-s")[missing["src"][0]]
    assert "text" not in source and "no such file" in source["error"]


def test_skipped_records_of_an_incremental_run(tmp_path):
    dataset = load_dataset(rd.write_mixed_dataset(tmp_path / "d"))
    report = rd.build_check_report(dataset, skip={rd.SEED_ID, rd.HOSTILE_ID})
    html = render_report(report, dataset)
    assert 'id="ac_n_skipped">2<' in html
    listed = re.search(r'<ul class="idlist" id="ac_skipped">(.*?)</ul>', html, re.S).group(1)
    assert rd.SEED_ID in listed and rd.HOSTILE_ID in listed
    assert f'id="{rd.SEED_ID}"' not in html  # not checked, so not in the record list


def test_rendering_is_deterministic_and_works_without_the_dataset(mixed):
    dataset, report, html, _ = mixed
    assert render_report(report, dataset) == html
    bare = Page(render_report(report))  # no dataset: checks only, no fields or sources
    assert len(_blocks(bare, "ac-r")) == len(report.records) and not _blocks(bare, "ac-s")
    assert _block_of(bare, rd.CORRUPT_ID)["checks"][0][4] == rd.DATE_MESSAGE


def test_passing_messages_are_dropped_past_the_budget(mixed, monkeypatch):
    dataset, report, _, _ = mixed
    monkeypatch.setattr(_view, "PASSING_MESSAGES_BUDGET", 0)
    page = Page(render_report(report, dataset))
    meta = json.loads(next(t for a, t in page.scripts if a.get("id") == "ac_meta"))
    assert meta["passingMessages"] is False
    block = _block_of(page, rd.CORRUPT_ID)
    for check in block["checks"]:
        if check[1] % 3 > 0:  # a failing check keeps its message
            assert isinstance(check[4], str) and check[4]
        else:
            assert len(check) <= 4 or check[4] == 0


def test_unusual_ids_and_empty_reports():
    odd = ["ac_list", "two words", "dup", "dup"]
    results = [
        RecordResult.from_checks(rid, [CheckResult(check="record_json", path="(file)", verdict="invalid", severity="error", message="x")])
        for rid in odd
    ]
    page = Page(render_report(CheckReport.build(results)))
    details = [a for t, a in page.tags if t == "details" and "rec" in a.get("class", "").split()]
    assert [a.get("id") for a in details] == [None, None, "dup", "dup"]
    assert [a.get("data-id") for a in details[:2]] == ["ac_list", "two words"]
    assert page.ids().count("ac_list") == 1  # the page's own list
    empty = render_report(CheckReport.build([]))
    assert 'id="ac_n_records">0<' in empty and "No check failed." in empty


# --------------------------------------------------------------------------- through the CLI


def test_cli_writes_the_report_and_exits_1(tmp_path, monkeypatch, capsys):
    """``check --report`` with made-up verdicts (the fact-checker is tested elsewhere)."""
    import accordcheck.checking.runner
    from accordcheck.cli.commands import main

    root = rd.write_mixed_dataset(tmp_path / "d")
    monkeypatch.setattr(
        accordcheck.checking.runner,
        "check_dataset",
        lambda dataset, only=None, expectations=True, jobs=None, suite_runner=None, **options: rd.build_check_report(dataset, tool_error=False),
    )
    out = tmp_path / "out" / "report.html"
    assert main(["check", str(root), "--report", str(out)]) == 1
    html = out.read_text(encoding="utf-8")
    assert f"report written to {out}" in capsys.readouterr().out
    page = Page(html)
    shown = {a.get("data-id") or a.get("id") for t, a in page.tags if t == "details" and "rec" in a.get("class", "").split()}
    assert rd.SEED_ID in shown and rd.CORRUPT_ID in shown and rd.HOSTILE_STEM in shown
    assert rd.HOSTILE_SCRIPT not in html
    assert not list(out.parent.glob(".*.tmp"))


def test_cli_report_with_the_real_checker(tmp_path):
    """The whole pipeline: the real fact-checker and expectation suites behind the report."""
    from accordcheck.cli.commands import main

    root = rd.write_mixed_dataset(tmp_path / "d")
    out = tmp_path / "report.html"
    assert main(["check", str(root), "--report", str(out)]) in (1, 2)
    html = out.read_text(encoding="utf-8")
    for record_id in (rd.SEED_ID, rd.CORRUPT_ID, rd.HOSTILE_ID, rd.BROKEN_STEM):
        assert record_id in html
    for raw in (rd.HOSTILE_SCRIPT, rd.HOSTILE_IMG):
        assert raw not in html


def test_report_assets_ship_with_the_package():
    folder = Path(_view.__file__).parent
    for name in ("template.html.j2", "report.css", "report.js"):
        assert (folder / name).is_file()


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    from accordcheck.dataset.loading import load_dataset

    dataset = load_dataset(rd.write_review_dataset(tmp_path_factory.mktemp("review") / "dataset"))
    html = render_report(rd.review_report(dataset), dataset)
    return html, Page(html)


def test_passing_expectations_are_one_folded_line_and_a_failed_one_a_table_of_rows(review):
    html, page = review
    assert html.count("20 expectations passed") == 1
    assert [a.get("id") for t, a in page.tags if t == "details" and "exp-passed" in a.get("class", "")] == ["ac_exp_passed"]
    assert html.index("signing_date_not_after_publication") < html.index("20 expectations passed")
    table = html[html.index('<table class="offenders">') : html.index("</table>", html.index('<table class="offenders">'))]
    assert f'<a href="#{rd.ACCEPTED_ID}">{rd.ACCEPTED_ID}</a></td><td>2026-01-14</td><td>2026-01-15</td>' in table
    assert "unexpected_rows" not in html  # the rows are the table, not raw JSON


def test_record_lines_carry_search_text_and_review_flags(review):
    _, page = review
    lines = {a.get("id") or a.get("data-id"): a for t, a in page.tags if t == "details" and "rec" in a.get("class", "").split()}
    unreviewed = lines[rd.UNREVIEWED_ID]
    assert unreviewed["data-flags"] == "unreviewed"
    assert lines[rd.ACCEPTED_ID]["data-flags"] == "accepted"
    assert "data-flags" not in lines[rd.SEED_ID]
    # names, titles, place, instrument title, messages; folded (no case, no accents)
    (search,) = [json.loads(text) for attrs, text in page.scripts if attrs.get("id") == "ac_q"]
    text_of = {record_id: search[int(a["data-i"])] for record_id, a in lines.items()}
    for words in ("khawaja mohammad asif", "ministre pakistanais de la defense", "rabat", "note de comprehension", "nasser bourita"):
        assert words in text_of[rd.UNREVIEWED_ID], words
    assert "casablanca" in text_of[rd.ACCEPTED_ID] and "casablanca" not in text_of[rd.UNREVIEWED_ID]


def test_record_blocks_carry_acceptances_and_provenance(review):
    _, page = review
    blocks = {b["id"]: b for b in _blocks(page, "ac-r")}
    accepted = blocks[rd.ACCEPTED_ID]
    assert [accepted["checks"][k][0] for k in accepted["acc"]] == [_view.CODES.index("place_city")]
    assert blocks[rd.UNREVIEWED_ID]["prov"] == {"method": "accordcheck-extract 0.1.0", "reviewed": False, "reviewed_on": None}
    assert "prov" not in blocks[rd.SEED_ID] and "acc" not in blocks[rd.SEED_ID]


def test_a_wrong_names_followers_are_folded_in_the_record_block(review):
    _, page = review
    block = next(b for b in _blocks(page, "ac-r") if b["id"] == rd.ACCEPTED_ID)
    [(root, followers)] = block["fold"]
    assert block["checks"][root][0] == _view.CODES.index("person_name")
    assert [block["checks"][k][0] for k in followers] == [_view.CODES.index("person_role")]
