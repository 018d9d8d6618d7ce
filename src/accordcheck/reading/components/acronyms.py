"""Instruments named again by the short name their naming gives itself in parentheses
("Programme indicatif de coopération (PIC IV) … le PIC IV concentrera …")."""

from __future__ import annotations

import re

from accordcheck.reading.document import InstrumentMention

__all__ = ["acronym_references"]

#: a naming's short name in parentheses: "(PIC IV)", "(CEPA)"
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,9}(?:[ -](?:[IVX]+|\d{1,2}))?)\)")


def acronym_references(work, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """"le Programme indicatif de coopération (PIC IV) … le PIC IV concentrera …", "the
    Comprehensive Economic Partnership Agreement (CEPA) … The CEPA": the short name a naming
    gives itself in parentheses refers back to it wherever the text uses it again."""
    references = []
    for mention in found:
        # right after the naming, or closing it: not an institution's inside it ("… of the
        # Institute of Development Administration (SLIDA) and …")
        own = _ACRONYM.match(work.text, mention.end + (work.text[mention.end : mention.end + 1] == " "))
        if own is None:
            own = next((m for m in _ACRONYM.finditer(work.text, mention.start, mention.end) if m.end() == mention.end), None)
        if own is None or not _abbreviates_a_kind(work, own, mention):
            continue
        # the naming it goes on ("l’accord relatif au cinquième | Programme indicatif de coopération (PIC V)")
        while (outer := next((m for m in found if mention.start - 2 <= m.end <= mention.start and m.sentence == mention.sentence), None)):
            mention = outer
        for match in re.finditer(rf"(?<![\w-]){re.escape(own.group(1))}(?![\w-])", work.text[own.end() :]):
            start, end = own.end() + match.start(), own.end() + match.end()
            sentence = work.sentence_of(start)
            if any(m.start <= start < m.end or (m.sentence == sentence and m is not mention) for m in found):
                continue  # (a sentence naming another text mentions this one in passing: "en présence des signataires du PIC IV")
            index = work._token_index(start)
            determiner = work.tokens[index - 1].lower if index else ""
            references.append(InstrumentMention(start=start, end=end, title=match.group(), kind=mention.kind,
                                                determiner=determiner, anaphoric=False, sentence=sentence))
    return references


def _abbreviates_a_kind(work, acronym: re.Match[str], mention: InstrumentMention) -> bool:
    """The acronym's letters are the initials of the naming's words before it, its head
    first ("Programme indicatif de coopération (PIC IV)"), not an institution's inside it
    ("Memorandum … between … the Sri Lanka Institute of Development Administration (SLIDA)")."""
    letters = acronym.group(1).split()[0].split("-")[0]
    words = [w for w in re.finditer(r"[^\W\d_][\w’'-]*", work.text[mention.start : acronym.start()])
             if w.group()[:1].isupper() or len(w.group()) > 3]
    abbreviated = words[-len(letters):] if len(words) >= len(letters) else []
    if not abbreviated or "".join(w.group()[0] for w in abbreviated).lower() != letters.lower():
        return False
    return mention.start + abbreviated[0].start() <= mention.start  # the naming's head is abbreviated
