"""Comparing an extracted record with the expected one, field by field, spans aside."""

from __future__ import annotations

from typing import Any

from accordcheck.model.record import AgreementRecord

__all__ = ["record_differences"]


def _person_key(person: dict[str, Any]) -> tuple:
    return (person["name"] or "", tuple(person["titles"]))


def _plain(record: AgreementRecord) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    source = data["sources"][0]
    return {
        "sources[0].published": source["published"],
        "sources[0].language": source["language"],
        "sources[0].sha256": source["sha256"],
        "instrument.kind": data["instrument"]["kind"],
        "instrument.title": data["instrument"]["title"],
        "parties": sorted((p["country"], p["name"]) for p in data["parties"]),
        "signed.date": data["signed"]["date"],
        "signed.precision": data["signed"]["precision"],
        "signed.expression": data["signed"]["expression"],
        "place": None if data["place"] is None else (data["place"]["city"], data["place"]["country"]),
        "people": sorted(
            ((p["name"], tuple(p["titles"]), p["country"], tuple(p["roles"])) for p in data["people"]),
            key=lambda p: (p[0] or "", p[1]),
        ),
        "domains": sorted(d["code"] for d in data["domains"]),
        "visit": None if data["visit"] is None else (data["visit"]["host"], data["visit"]["visitor"], data["visit"]["duration_days"]),
    }


def record_differences(expected: AgreementRecord, got: AgreementRecord) -> list[str]:
    """What ``got`` says differently from ``expected``, one line per field; ``[]`` when equal.

    Every field counts except ``id``, the source's path/url/publisher/title and the
    evidence (whose extent may differ: check spans with ``text[start:end] == span.text``).
    Parties, people and domains are compared as sets; people by name, titles, country and
    roles.
    """
    a, b = _plain(expected), _plain(got)
    out = []
    for key in a:
        if key == "people":
            continue
        if a[key] != b[key]:
            out.append(f"{key}: expected {a[key]!r}, got {b[key]!r}")
    missing = [p for p in a["people"] if p not in b["people"]]
    extra = [p for p in b["people"] if p not in a["people"]]
    for person in missing:
        near = next((q for q in extra if q[0] == person[0] and q[0] is not None), None)
        if near is not None:
            extra.remove(near)
            fields = [name for name, x, y in zip(("name", "titles", "country", "roles"), person, near) if x != y]
            out.append(f"people[{person[0]!r}]: {', '.join(f'{f} expected {x!r}, got {y!r}' for f, x, y in zip(('name', 'titles', 'country', 'roles'), person, near) if f in fields)}")
        else:
            out.append(f"people: missing {person!r}")
    for person in extra:
        out.append(f"people: unexpected {person!r}")
    return out
