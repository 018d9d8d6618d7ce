"""The HTML report in a real browser: Debian's Chromium driven by Playwright.

What a person would check: the counts, a failing record's message and suggestion, a
highlight for a supported field, the filters, the anchors, a hostile source that does
nothing, no request leaving the page, and every record id in the rendered DOM.

One Chromium per test session (per xdist worker); a fresh browser context per test.
Without Chromium these tests skip, unless ``ACCORDCHECK_REQUIRE_BROWSER`` is set (CI),
when they fail. Never ``playwright install``: the browser is ``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from accordcheck.dataset.loading import load_dataset
from accordcheck.report import render_report

from helpers import report_data as rd

CHROMIUM = os.environ.get("ACCORDCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-gpu",
    "--disable-sync",
]
REQUIRED = os.environ.get("ACCORDCHECK_REQUIRE_BROWSER", "").strip().lower() not in ("", "0", "false", "no")

# Installed before any page script: records CSP violations and any script element or
# dialog the page would add (a CSP-blocked injection still leaves a trace here).
WATCH = """
window.__acViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__acViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _unavailable(reason: str):
    if REQUIRED:
        pytest.fail(f"ACCORDCHECK_REQUIRE_BROWSER is set but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright (python) is not installed: pip install -e '.[test]'")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    manager = sync_playwright().start()
    try:
        launched = manager.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    except Error as exc:
        manager.stop()
        _unavailable(f"Chromium at {CHROMIUM} does not start: {str(exc).splitlines()[0]}")
    yield launched
    launched.close()
    manager.stop()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The mixed dataset's report on disk: (report, file URL, page title)."""
    folder = tmp_path_factory.mktemp("browser")
    dataset, report = rd.mixed(folder / "dataset")
    out = folder / "report.html"
    out.write_text(render_report(report, dataset), encoding="utf-8")
    return report, out.as_uri(), f"accordcheck report · {dataset.root}"


class Visit:
    """A page in a fresh context, with everything it requested, dialogs and errors."""

    def __init__(self, browser, url: str) -> None:
        self.url = url
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
        self.context.add_init_script(WATCH)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        if route.request.url.split("#")[0] == self.url:
            route.continue_()
        else:
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, fragment: str = ""):
        self.page.goto(self.url + fragment, wait_until="load")
        self.page.wait_for_selector("html[data-ready]", state="attached")
        return self.page

    def shown_ids(self) -> list[str]:
        """The ids of the records the filters leave shown, in page order.

        Read in one step inside the page: the filters run synchronously on input, but a
        locator's ``:visible`` test and its ``innerText`` read are two steps, and under load
        the second once caught a relayout and returned empty ids.
        """
        return self.page.eval_on_selector_all("details.rec:not([hidden]) .rid", "els => els.map(e => e.textContent)")

    def record(self, record_id: str):
        """Open a record through its anchor and return its element once drawn."""
        self.page.evaluate("id => { location.hash = encodeURIComponent(id); }", record_id)
        det = self.page.locator(f"details.rec[id='{record_id}'], details.rec[data-id='{record_id}']")
        det.locator(".body").wait_for()
        return det

    def assert_quiet(self):
        """Nothing left the page, nothing popped up, nothing broke, nothing was blocked."""
        assert [u for u in self.requests if u.split("#")[0] != self.url] == []
        assert self.dialogs == []
        assert self.errors == []
        assert self.page.evaluate("window.__acViolations") == []


@pytest.fixture
def visit(browser, mixed):
    v = Visit(browser, mixed[1])
    yield v
    v.context.close()


# --------------------------------------------------------------------------- what a person checks


def test_counts_are_shown(visit, mixed):
    report = mixed[0]
    page = visit.open()
    s = report.summary
    for key, value in [("records", s.records), ("passed", s.passed), ("failed", s.failed), ("errors", s.errors), ("warnings", s.warnings)]:
        assert page.locator(f"#ac_n_{key}").inner_text() == str(value), key
    assert page.locator("#ac_n_expectations").inner_text() == "1 / 3"
    assert page.locator("#ac_outcome").inner_text() == "checks failed"
    assert page.locator("#ac_f_count").inner_text() == f"{s.records} records"
    # the expectation suites, with their offending records
    row = page.locator("div.exp", has_text="expect_signing_date_not_after_publication")
    assert row.locator(".badge").inner_text() == "FAIL"
    assert row.get_by_role("link", name=rd.CORRUPT_ID).is_visible()
    visit.assert_quiet()


def test_every_record_id_is_in_the_rendered_dom(visit, mixed):
    report = mixed[0]
    page = visit.open()
    shown = page.locator("details.rec .rid").all_inner_texts()
    assert sorted(shown) == sorted(r.id for r in report.records)
    assert rd.HOSTILE_STEM in shown  # a hostile file name, shown as text
    visit.assert_quiet()


def test_failing_record_shows_message_source_words_and_suggestion(visit):
    visit.open()
    det = visit.record(rd.CORRUPT_ID)
    first = det.locator("section.failed li.chk").first  # failed checks come first
    assert first.locator(".code").inner_text() == "date_consistent"
    assert first.locator(".msg").inner_text() == rd.DATE_MESSAGE
    assert first.locator("q.quote").inner_text() == "ce mardi"
    assert first.locator(".sugg-val").inner_text() == "2026-01-13"
    for part in (first.locator(".msg"), first.locator(".sugg-val")):
        assert part.is_visible()
    # "show in source" focuses the highlighted words
    first.get_by_role("button", name="show in source").click()
    assert visit.page.evaluate("document.activeElement.tagName + ' ' + document.activeElement.textContent") == "MARK ce mardi"
    # the claim nobody could support is listed apart
    assert "domains[8].code" in det.locator("section.unsupported").inner_text()
    assert det.locator("tr[data-path='signed.date'] .verdict").inner_text() == "contradicted"
    visit.assert_quiet()


def test_supported_field_has_a_highlight_that_says_what_it_backs(visit):
    page = visit.open()
    det = visit.record(rd.SEED_ID)
    source = det.locator("pre.src")
    maroc = source.locator("mark.hl.f-parties", has_text="Maroc").first
    assert maroc.is_visible() and maroc.inner_text() == "Maroc"
    assert "v-s" in maroc.get_attribute("class")  # party_country said supported
    # keyboard: from the field's row to its highlight, and the tooltip tells what it backs
    det.locator("tr[data-path='parties[0].country']").get_by_role("button", name="show in source").focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Maroc"
    tip = page.locator("#ac_tip")
    assert tip.is_visible()
    assert "parties[0]" in tip.inner_text() and "supported" in tip.inner_text()
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "ac_tip"
    # every highlight can be reached with Tab
    assert source.locator("mark.hl:not([tabindex='0'])").count() == 0
    # hovering another highlight tells its field too
    source.locator("mark.hl.f-place", has_text="Rabat").first.hover()
    assert "place" in tip.inner_text()
    visit.assert_quiet()


def test_highlights_land_on_the_right_words_past_astral_characters(visit):
    visit.open()
    det = visit.record(rd.ASTRAL_ID)
    marks = det.locator("pre.src mark.hl").all_inner_texts()
    assert set(marks) == {"Maroc", "Pakistan", "mardi", "Rabat"}


def test_status_filter_hides_passing_records(visit, mixed):
    report = mixed[0]
    page = visit.open()
    page.select_option("#ac_f_status", "fail")
    visible = page.locator("details.rec:visible")
    assert visible.count() == report.summary.failed
    assert set(visible.evaluate_all("els => els.map(e => e.dataset.status)")) == {"fail"}
    assert not page.locator(f"details.rec[id='{rd.SEED_ID}']").is_visible()
    assert page.locator("#ac_f_count").inner_text() == f"{report.summary.failed} of {report.summary.records} records shown"
    page.select_option("#ac_f_status", "pass")
    assert page.locator("details.rec:visible").count() == report.summary.passed
    page.get_by_role("button", name="Show all").click()
    assert page.locator("details.rec:visible").count() == report.summary.records
    visit.assert_quiet()


def test_filter_by_check_code_and_search_by_id(visit):
    page = visit.open()
    page.select_option("#ac_f_code", "place_city")
    assert visit.shown_ids() == [rd.CORRUPT_ID]
    page.get_by_role("button", name="Show all").click()
    # the overview's table of codes filters too
    page.locator("button.codefilter[data-code='record_json']").click()
    assert sorted(visit.shown_ids()) == sorted([rd.BROKEN_STEM, rd.HOSTILE_STEM])
    page.get_by_role("button", name="Show all").click()
    page.fill("#ac_f_search", "NE-TD")
    assert visit.shown_ids() == ["ne-td-2026-03-03-defence-mou"]
    page.fill("#ac_f_search", "no such record")
    assert page.locator("#ac_empty").is_visible()
    visit.assert_quiet()


def test_anchor_opens_its_record(visit):
    page = visit.open(f"#{rd.SEED_ID}")
    det = page.locator(f"details.rec[id='{rd.SEED_ID}']")
    assert det.get_attribute("open") is not None
    assert det.locator("pre.src mark.hl").count() > 0
    assert det.locator(":scope > summary").evaluate("e => e.getBoundingClientRect().top") < 900
    # an anchor to a record hidden by a filter clears the filter
    page.select_option("#ac_f_status", "fail")
    page.evaluate("() => { location.hash = 'ne-td-2026-03-03-defence-mou'; }")
    other = page.locator("details.rec[id='ne-td-2026-03-03-defence-mou']")
    other.locator(".body").wait_for()
    assert other.is_visible() and other.get_attribute("open") is not None
    # opening a record by hand puts its anchor in the address bar
    page.locator(f"details.rec[id='{rd.CORRUPT_ID}'] > summary").click()
    # the hash is set by the toggle handler, after the click returns
    page.wait_for_function("expected => location.hash === expected", arg=f"#{rd.CORRUPT_ID}", timeout=5000)
    assert page.evaluate("location.hash") == f"#{rd.CORRUPT_ID}"
    visit.assert_quiet()


def test_hostile_source_and_record_are_inert(visit, mixed):
    title = mixed[2]
    page = visit.open()
    scripts = page.evaluate("document.scripts.length")
    for record_id in (rd.HOSTILE_ID, rd.HOSTILE_STEM):
        visit.record(record_id)
    det = page.locator(f"details.rec[id='{rd.HOSTILE_ID}']")
    # shown as words, exactly the source's text, inside highlights and out
    assert det.locator("pre.src").evaluate("e => e.textContent") == rd.HOSTILE_TEXT
    assert rd.HOSTILE_SCRIPT in "".join(det.locator("pre.src mark.hl").all_inner_texts())  # and highlighted
    assert rd.HOSTILE_NAME in det.locator("table.fields").inner_text()
    assert "<script>document.title='pwned2'</script>" in page.locator("pre.rawtext").inner_text()
    # every record drawn, every highlight hovered: still nothing ran
    for summary in page.locator("details.rec > summary").all():
        if not summary.evaluate("e => e.parentElement.open"):
            summary.click()
    for mark in page.locator("mark.hl").all()[:40]:
        mark.hover()
    page.wait_for_timeout(100)
    assert page.title() == title
    assert page.evaluate("document.scripts.length") == scripts
    assert page.locator("#ac_list script, img, iframe, svg, object, embed").count() == 0
    assert page.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length") == 0
    visit.assert_quiet()


def test_no_request_leaves_the_page(visit):
    page = visit.open()
    for summary in page.locator("details.rec > summary").all():
        summary.click()
    for details in page.locator("details.passed").all():
        details.locator(":scope > summary").click()
    page.select_option("#ac_f_status", "fail")
    page.fill("#ac_f_search", "ma")
    page.wait_for_timeout(200)
    assert visit.requests and all(u.split("#")[0] == visit.url for u in visit.requests)
    visit.assert_quiet()


def test_invalid_record_shows_its_file_and_the_bad_line(visit):
    visit.open()
    det = visit.record(rd.BROKEN_STEM)
    assert "not valid JSON, line 4" in det.locator("li.chk .msg").inner_text()
    bad = det.locator("pre.rawtext .line.bad")
    assert bad.count() == 1 and bad.get_attribute("data-n") == "4"
    visit.assert_quiet()


def test_skipped_records_of_an_incremental_run(browser, tmp_path):
    dataset = load_dataset(rd.write_mixed_dataset(tmp_path / "d"))
    report = rd.build_check_report(dataset, skip={rd.SEED_ID})
    out = tmp_path / "incremental.html"
    out.write_text(render_report(report, dataset), encoding="utf-8")
    v = Visit(browser, out.as_uri())
    try:
        page = v.open()
        assert page.locator("#ac_n_skipped").inner_text() == "1"
        page.get_by_text("Show the skipped ids").click()
        assert page.locator("#ac_skipped li").all_inner_texts() == [rd.SEED_ID]
        v.assert_quiet()
    finally:
        v.context.close()


# --------------------------------------------------------------------------- what a reviewer works with


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    dataset = load_dataset(rd.write_review_dataset(folder / "dataset"))
    out = folder / "report.html"
    out.write_text(render_report(rd.review_report(dataset), dataset), encoding="utf-8")
    return out.as_uri()


@pytest.fixture
def review_visit(browser, reviewed):
    v = Visit(browser, reviewed)
    yield v
    v.context.close()


def test_passing_expectations_fold_into_one_line_and_a_failed_one_is_a_table(review_visit):
    page = review_visit.open()
    passed = page.locator("#ac_exp_passed")
    assert passed.locator(":scope > summary").inner_text().strip() == "20 expectations passed"
    assert not passed.locator("li").first.is_visible()  # folded until asked for
    failed = page.locator("div.exp", has_text="signing_date_not_after_publication")
    assert failed.locator(".badge").inner_text() == "FAIL"
    # the failed suite comes before the folded passing ones
    assert failed.evaluate("(e, p) => !!(e.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)", passed.element_handle())
    table = failed.locator("table.offenders")
    assert table.locator("thead th").all_inner_texts() == ["record", "published", "signed_date"]
    assert table.locator("tbody tr td").all_inner_texts() == [rd.ACCEPTED_ID, "2026-01-14", "2026-01-15"]
    table.get_by_role("link", name=rd.ACCEPTED_ID).click()
    page.locator(f"details.rec[id='{rd.ACCEPTED_ID}'] .body").wait_for()
    passed.locator(":scope > summary").click()
    assert passed.locator("li").count() == 20 and passed.locator("li").first.is_visible()
    review_visit.assert_quiet()


def test_search_covers_names_titles_places_instruments_and_messages(review_visit):
    page = review_visit.open()

    def found(query: str) -> list[str]:
        page.fill("#ac_f_search", query)
        return sorted(review_visit.shown_ids())

    everyone = sorted([rd.SEED_ID, rd.UNREVIEWED_ID, rd.ACCEPTED_ID])
    assert found("Khawaja") == everyone  # a person's name
    assert found("ministre pakistanais") == everyone  # a title
    assert found("casablanca") == [rd.ACCEPTED_ID]  # a place, in any case
    assert found("note de compréhension") == everyone  # the instrument's title
    assert found("Note de comprehension") == everyone  # accents and case do not matter
    assert found("Bourita") == [rd.UNREVIEWED_ID]  # a check's message
    assert found("line 90") == [rd.LONG_BROKEN_STEM]
    assert page.locator("#ac_f_search").get_attribute("placeholder") == "ids, names, titles, places, messages"
    review_visit.assert_quiet()


def test_warnings_are_never_headed_failed_checks(review_visit):
    review_visit.open()
    det = review_visit.record(rd.UNREVIEWED_ID)
    assert det.get_attribute("data-status") == "pass"
    assert det.locator("section.failed").count() == 0
    headings = det.locator(".body h3").all_inner_texts()
    assert "Warnings (2)" in headings and not any(h.startswith("Failed checks") for h in headings)
    assert rd.WARNING_MESSAGE in det.locator("section.warnings").inner_text()
    broken = review_visit.record(rd.LONG_BROKEN_STEM)
    assert broken.locator("section.failed h3").inner_text() == "Failed checks (1)"
    review_visit.assert_quiet()


def test_the_file_viewer_scrolls_to_the_broken_line(review_visit):
    page = review_visit.open()
    det = review_visit.record(rd.LONG_BROKEN_STEM)
    bad = det.locator("pre.rawtext .line.bad")
    assert bad.count() == 1 and bad.get_attribute("data-n") == str(rd.LONG_BROKEN_LINE)
    assert bad.inner_text().strip() == "oops,"
    # scrolled inside the viewer and on the page: the broken line is on screen
    page.wait_for_function("() => document.querySelector('pre.rawtext').scrollTop > 0")
    box = bad.evaluate("e => { const r = e.getBoundingClientRect(), p = e.parentNode.getBoundingClientRect(); return [r.top, r.bottom, p.top, p.bottom, innerHeight]; }")
    top, bottom, pre_top, pre_bottom, height = box
    assert pre_top <= top and bottom <= pre_bottom and 0 <= top and bottom <= height
    # the hint's button brings it back after the reader scrolled away
    det.locator("pre.rawtext").evaluate("e => { e.scrollTop = 0; }")
    det.get_by_role("button", name=f"line {rd.LONG_BROKEN_LINE}").click()
    assert det.locator("pre.rawtext").evaluate("e => e.scrollTop") > 0
    review_visit.assert_quiet()


def test_each_field_shows_the_record_value_next_to_the_source_words(review_visit):
    review_visit.open()
    det = review_visit.record(rd.ACCEPTED_ID)
    assert det.locator("table.fields thead th").all_inner_texts() == ["field", "record’s value", "the source’s words", "verdict"]
    city = det.locator("tr[data-path='place.city']")
    assert city.locator("td.value").inner_text().startswith("Casablanca")
    assert city.locator(".verdict").inner_text() == "contradicted"
    date = det.locator("tr[data-path='signed.date']")
    assert date.locator("td.value").inner_text().startswith("2026-01-13")
    words = date.locator("td.words-cell q").all_inner_texts()
    assert len(words) == 1 and "ce mardi" in words[0]
    assert date.locator(".verdict").inner_text() == "supported"
    # an object's line quotes the record's own evidence for it
    assert "Rabat" in det.locator("tr[data-path='place'] td.words-cell").inner_text()
    review_visit.assert_quiet()


def test_unreviewed_and_accepted_records_are_marked_and_filtered(review_visit):
    page = review_visit.open()
    line = page.locator(f"details.rec[id='{rd.UNREVIEWED_ID}'] > summary")
    assert line.locator(".flag.unreviewed").inner_text() == "unreviewed"
    assert page.locator(f"details.rec[id='{rd.ACCEPTED_ID}'] > summary .flag.accepted").inner_text() == "1 accepted"
    assert page.locator("details.rec > summary .flag.unreviewed").count() == 1
    page.select_option("#ac_f_review", "unreviewed")
    assert review_visit.shown_ids() == [rd.UNREVIEWED_ID]
    page.select_option("#ac_f_review", "accepted")
    assert review_visit.shown_ids() == [rd.ACCEPTED_ID]
    page.get_by_role("button", name="Show all").click()
    assert page.locator("details.rec:visible").count() == 4
    # opened: the accepted claim is listed apart, with its reason, and marked on its field
    det = review_visit.record(rd.ACCEPTED_ID)
    section = det.locator("section.accepted")
    assert section.locator("h3").inner_text() == "Accepted claims (1)"
    assert section.locator(".badge").inner_text() == "ACCEPTED"
    assert rd.ACCEPTED_REASON in section.inner_text()
    assert det.locator("tr[data-path='place.city'] .flag.accepted").is_visible()
    unreviewed = review_visit.record(rd.UNREVIEWED_ID)
    assert "written by accordcheck-extract 0.1.0" in unreviewed.locator("p.prov").inner_text()
    review_visit.assert_quiet()


def test_what_follows_from_a_wrong_name_is_folded_under_it(review_visit):
    review_visit.open()
    det = review_visit.record(rd.ACCEPTED_ID)
    failed = det.locator("section.failed")
    assert failed.locator("h3").inner_text() == "Failed checks (1)"
    assert failed.locator(":scope > ol > li.chk .msg").first.inner_text() == rd.WRONG_NAME_MESSAGE
    assert det.locator("section.warnings").count() == 0  # the role's warning is not a finding of its own
    follows = failed.locator("details.follows")
    assert follows.locator(":scope > summary").inner_text() == "follows from it (1): person_role on people[1].roles[0]"
    follows.locator(":scope > summary").click()
    assert follows.locator("li.chk .code").inner_text() == "person_role"
    review_visit.assert_quiet()
