"""Person names from spaCy's statistical NER, loaded once per process, NER components only.

The model is an ordinary PyPI package named by the language pack (``meta.json``'s
``ner_model``); a language whose model is not installed falls back to the title-anchored patterns alone (names then come from
capitalisation after a title).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

from accordcheck.lang import fold, get_pack

__all__ = ["ParsedSentence", "model_available", "parse", "parser_available", "person_spans"]

_lock = threading.Lock()
# no-break and thin spaces read as spaces, same length: "Mr.\u00a0Oh Sang-hyeok", "M.\u202fDiop"
# split differently from the plain-spaced text the models learnt on
_SPACED = str.maketrans({c: " " for c in "\u00a0\u202f\u2007\u2009"})


@cache
def _pipeline(language: str):
    """The pack's model, loaded once: tok2vec and NER, and the parser when the pack names its
    relations (run only by :func:`parse`; :func:`person_spans` leaves it out)."""
    pack = get_pack(language)
    name = pack.ner_model
    if name is None:
        return None
    try:
        import spacy

        with _lock:
            nlp = spacy.load(name, disable=[])
    except (ImportError, OSError):
        return None
    keep = {"tok2vec", "ner"}
    if pack.data["meta"].get("parser_relations") is not None:
        keep.add("parser")  # the parser reads tok2vec only, not the POS tags
    for component in list(nlp.pipe_names):
        if component not in keep:
            nlp.remove_pipe(component)
    return nlp


@cache
def _honorific_start(language: str):
    """An entity the model did not call a person but that begins with an honorific ("Son
    Excellence Monsieur Sidi Mohamed Ould Cheikh El Moustapha") is one."""
    honorifics = sorted((fold(h) for h in get_pack(language).titles["honorifics"]), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(h) for h in honorifics) + r")\.?\s+\w")


def _is_person(language: str, ent) -> bool:
    return ent.label_ in ("PER", "PERSON") or _honorific_start(language).match(ent.text) is not None


def model_available(language: str) -> bool:
    return _pipeline(language) is not None


def person_spans(language: str, text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER entities (absolute offsets) inside the given windows of ``text``."""
    nlp = _pipeline(language)
    if nlp is None or not windows:
        return []
    found: list[tuple[int, int]] = []
    text = text.translate(_SPACED)
    for (start, _end), doc in zip(windows, nlp.pipe((text[s:e] for s, e in windows), disable=[p for p in ("parser",) if p in nlp.pipe_names])):
        for ent in doc.ents:
            if _is_person(language, ent):
                found.append((start + ent.start_char, start + ent.end_char))
    return found


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence as the parser read it: tokens as (start, end, relation, head index), the
    head an index into ``tokens`` (a root is its own head), and the person entities."""

    start: int
    end: int
    tokens: tuple[tuple[int, int, str, int], ...]
    persons: tuple[tuple[int, int], ...]


def _parser(language: str):
    nlp = _pipeline(language)
    return nlp if nlp is not None and "parser" in nlp.pipe_names else None


def parser_available(language: str) -> bool:
    return _parser(language) is not None


def parse(language: str, text: str, windows: list[tuple[int, int]]) -> list[ParsedSentence]:
    """Dependency parses (absolute offsets) of the given windows of ``text``."""
    nlp = _parser(language)
    if nlp is None or not windows:
        return []
    parsed = []
    text = text.translate(_SPACED)
    for (start, end), doc in zip(windows, nlp.pipe(text[s:e] for s, e in windows)):
        tokens = tuple((start + t.idx, start + t.idx + len(t.text), t.dep_, t.head.i) for t in doc)
        persons = tuple((start + e.start_char, start + e.end_char) for e in doc.ents if _is_person(language, e))
        parsed.append(ParsedSentence(start, end, tokens, persons))
    return parsed
