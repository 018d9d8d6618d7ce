"""The fact-check: every claim of a record held against the reading of each of its sources.

With several sources, a claim one source supports and another contradicts is a
``source_conflict`` naming both; a claim any source supports is supported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from accordcheck.checks.agreement import check_instrument
from accordcheck.checks.context import SourceReading, reading_for
from accordcheck.checks.dates import check_dates
from accordcheck.checks.domains import check_domains
from accordcheck.checks.evidence import check_evidence_support
from accordcheck.checks.outcome import Outcome
from accordcheck.checks.parties import check_parties
from accordcheck.checks.people import check_people
from accordcheck.checks.verdict import settle
from accordcheck.checks.place import check_place
from accordcheck.checks.visit import check_visit
from accordcheck.dataset.config import Config
from accordcheck.lang import available_languages
from accordcheck.model.record import AgreementRecord
from accordcheck.cache.documents import read_source_document
from accordcheck.dataset.sources import SourceText

__all__ = ["FACT_CHECKS", "check_facts"]

FactCheck = Callable[[AgreementRecord, SourceReading], Iterable[Outcome]]

FACT_CHECKS: tuple[FactCheck, ...] = (
    check_instrument,
    check_parties,
    check_dates,
    check_place,
    check_people,
    check_domains,
    check_visit,
    check_evidence_support,
)

_RANK = {"supported": 4, "contradicted": 3, "unverified": 2, "not_found": 1, "invalid": 0}
# Checks on the source's own words (not on facts): comparable only within one language.
_WORDING_CHECKS = frozenset({"instrument_title", "person_title", "date_expression", "party_name"})


def check_facts(
    record: AgreementRecord,
    texts: list[SourceText],
    config: Config | None = None,
    *,
    cache_dir: Path | None = None,
) -> list[Outcome]:
    readings = []
    outcomes: list[Outcome] = []
    for index, (ref, source) in enumerate(zip(record.sources, texts)):
        if ref.language not in available_languages():
            outcomes.append(
                Outcome(
                    "source_readable", f"sources[{index}].language", "invalid",
                    f"{ref.path}: no language pack for '{ref.language}' (available: {', '.join(available_languages())})",
                )
            )
            continue
        published = ref.published or source.metadata.published
        document = read_source_document(source.text, ref.language, published, cache_dir)
        readings.append(reading_for(record, index, document))
    per_source = [list(_run(record, reading)) for reading in readings]
    return outcomes + list(_merge(per_source, [r.index for r in readings], record))


def _run(record: AgreementRecord, reading: SourceReading) -> Iterator[Outcome]:
    for check in FACT_CHECKS:
        yield from settle(check(record, reading), record, reading)


def _merge(per_source: list[list[Outcome]], indexes: list[int], record: AgreementRecord) -> Iterator[Outcome]:
    if len(per_source) == 1:
        yield from per_source[0]
        return
    grouped: dict[tuple[str, str], list[tuple[int, Outcome]]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for index, outcomes in zip(indexes, per_source):
        for outcome in outcomes:
            key = (outcome.check, outcome.path)
            if key not in grouped:
                order.append(key)
            grouped[key].append((index, outcome))
    for key in order:
        entries = grouped[key]
        if key[0] == "evidence_support":
            yield from (o for _, o in entries)
            continue
        supported = [(i, o) for i, o in entries if o.verdict == "supported"]
        contradicted = [(i, o) for i, o in entries if o.verdict == "contradicted"]
        if supported and key[0] in _WORDING_CHECKS:
            # a title or expression quoted from a source in one language cannot be
            # contradicted by a source in another: it only lacks those words
            languages = {record.sources[i].language for i, _ in supported}
            contradicted = [(j, o) for j, o in contradicted if record.sources[j].language in languages]
        if supported and contradicted:
            (i, yes), (j, no) = supported[0], contradicted[0]
            yield Outcome(
                "source_conflict", key[1], "contradicted",
                f"sources disagree: {record.sources[i].path} supports it ({yes.message}); "
                f"{record.sources[j].path} contradicts it ({no.message})",
                yes.evidence + no.evidence, suggestion=no.suggestion,
            )
        elif supported:
            evidence = [span for _, o in supported for span in o.evidence]
            yield Outcome(key[0], key[1], "supported", supported[0][1].message, evidence)
        else:
            best = max(entries, key=lambda e: _RANK[e[1].verdict])[1]
            yield best
