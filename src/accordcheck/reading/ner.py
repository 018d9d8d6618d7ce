"""Person names from spaCy's statistical NER, loaded once per process, NER components only.

The model is an ordinary PyPI package named by the language pack (``meta.json``'s
``ner_model``); a language whose model is not installed falls back to the title-anchored patterns alone (names then come from
capitalisation after a title).
"""

from __future__ import annotations

import threading
from functools import cache

from accordcheck.lang import get_pack

__all__ = ["model_available", "person_spans"]

_lock = threading.Lock()


@cache
def _pipeline(language: str):
    name = get_pack(language).ner_model
    if name is None:
        return None
    try:
        import spacy

        with _lock:
            nlp = spacy.load(name, disable=[])
    except (ImportError, OSError):
        return None
    keep = {"tok2vec", "ner"}
    for component in list(nlp.pipe_names):
        if component not in keep:
            nlp.remove_pipe(component)
    return nlp


def model_available(language: str) -> bool:
    return _pipeline(language) is not None


def person_spans(language: str, text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER entities (absolute offsets) inside the given windows of ``text``."""
    nlp = _pipeline(language)
    if nlp is None or not windows:
        return []
    found: list[tuple[int, int]] = []
    for (start, _end), doc in zip(windows, nlp.pipe(text[s:e] for s, e in windows)):
        for ent in doc.ents:
            if ent.label_ in ("PER", "PERSON"):
                found.append((start + ent.start_char, start + ent.end_char))
    return found
