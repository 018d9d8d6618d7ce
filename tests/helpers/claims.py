"""A one-record dataset built from a text and the claims a test makes about it, checked, and
the claim looked up by path: what the verdict-class tests share."""

from __future__ import annotations

from accordcheck.checking.runner import check_dataset

from helpers import build_dataset

__all__ = ["check_one", "claim_at", "record_of", "span"]


def span(text: str, words: str) -> dict:
    start = text.index(words)
    return {"source": 0, "start": start, "end": start + len(words), "text": words}


def record_of(text: str, language: str, published: str, *, parties, date, expression, kind, title,
              place, people=(), domains=()) -> dict:
    """A record of ``text``: ``parties`` as (code, name, words), ``place`` as (city, code,
    words), ``people`` as (name, titles, code, roles, [words…]), ``domains`` as (code, words)."""
    return {
        "id": "x",
        "sources": [{"path": "sources/a.txt", "url": None, "publisher": None, "title": None,
                     "published": published, "language": language, "sha256": None}],
        "instrument": {"kind": kind, "title": title, "evidence": [span(text, title)]},
        "parties": [{"country": c, "name": n, "evidence": [span(text, w)]} for c, n, w in parties],
        "signed": {"date": date, "precision": "day", "expression": expression, "evidence": [span(text, expression)]},
        "place": None if place is None else {"city": place[0], "country": place[1], "evidence": [span(text, place[2])]},
        "people": [
            {"name": name, "titles": titles, "country": country, "roles": roles, "evidence": [span(text, w) for w in words]}
            for name, titles, country, roles, words in people
        ],
        "domains": [{"code": code, "evidence": [span(text, w)]} for code, w in domains],
        "visit": None,
    }


def check_one(tmp_path, text: str, record: dict):
    """The result of checking ``record`` against ``text`` (front matter from the record)."""
    front = f"---\npublished: {record['sources'][0]['published']}\nlanguage: {record['sources'][0]['language']}\n---\n"
    root = build_dataset(tmp_path, records={"x": record}, sources={"a.txt": front + text}, seed=False)
    return check_dataset(root, expectations=False, cache=False).records[0]


def claim_at(result, path):
    """The verdict on the claim at ``path`` (not the evidence check of that path)."""
    return next(c for c in result.checks if c.path == path and c.check != "evidence_support")
