"""Where a source says what the agreement covers: the sentences a domain's words must stand
in to be this agreement's scope (the verdict rule's test for a domain claim)."""

from __future__ import annotations

from accordcheck.checks.context import SourceReading
from accordcheck.reading.document import dated_in_an_earlier_year, earlier_only_sentences
from accordcheck.reading.text import opens_with_bullet, quoted_spans

__all__ = ["in_quoted_speech", "scope_sentences"]


def scope_sentences(reading: SourceReading) -> set[int]:
    """Where the source says what the agreement covers: its sentences, and what continues
    them — a sentence with a content cue ("It covers…", "Il se concentre sur…"), stating the
    agreement's terms or the body that follows it up ("A steering committee … will meet once a
    year"), or a list item (a scope in bullets after a colon) within two sentences of one, and the other sentences of
    a paragraph in which one of them has a content cue or states the agreement's terms (entry
    into force, duration); never a sentence naming another
    instrument, about another agreement of the article, or about an earlier one."""
    agreement = reading.agreement
    if agreement is None:
        return set()
    # what an agreement signed long before covered is not this one's scope
    # what talks covered, or what the text leaves out, is not its scope
    outside = reading.left_out
    # (the reader's own scope: its sentences, and those it read as going on about it)
    scope = (set(agreement.sentences) | set(agreement.scope)) - earlier_only_sentences(reading.document.signings) - outside
    # "… a framework agreed in November 2014, which also covered health": what a sentence
    # dates in a year before the signing's is background, not a continuation of the scope
    signed = agreement.date.date if agreement.date is not None else None
    year = signed.year if signed is not None else (reading.document.published.year if reading.document.published else None)
    dated_before = lambda index: dated_in_an_earlier_year(reading.document.dates, sentences[index], year)  # noqa: E731
    content = reading.pack.cue("agreement_content")
    terms = reading.pack.cue("agreement_terms")
    sentences = reading.document.sentences
    elsewhere = {i for a in reading.document.agreements if a is not agreement for i in a.sentences}
    for index in range(1, len(sentences)):
        if index in scope or not ({index - 1, index - 2} & scope) or index in elsewhere:
            continue
        if index - 1 not in scope and (index - 1 in elsewhere or _names_another_instrument(index - 1, reading)):
            continue  # the text has turned to another agreement ("The maritime memorandum is broader. Its …")
        start, end = sentences[index]
        bullet = opens_with_bullet(reading.text[start:end])
        # what it covers, or its own terms and bodies ("A steering committee … will meet")
        if not (bullet or _said_outside_quotes(content, reading, start, end) or terms.search(reading.folded, start, end)):
            continue
        if not _names_another_instrument(index, reading) and not dated_before(index) and index not in outside:
            scope.add(index)
    # the paragraph that says what the agreement covers: its other sentences go on saying it
    # ("Under the agreement, cadets will attend …. The two armies will also share …")
    earlier = earlier_only_sentences(reading.document.signings)
    for index in sorted(scope):
        start, end = sentences[index]
        # what it covers, or its own terms ("it enters into force …, a joint committee will …")
        if not (_said_outside_quotes(content, reading, start, end) or terms.search(reading.folded, start, end)):
            continue
        if dated_before(index):
            continue  # "Un accord …, signé en 2008, fixe le cadre … ; la lettre de jeudi s’inscrit dans son prolongement"
        first, last = reading.text.rfind("\n", 0, start) + 1, reading.text.find("\n", end)
        last = len(reading.text) if last == -1 else last
        for other in range(len(sentences)):
            if (first <= sentences[other][0] < last and other not in earlier | elsewhere | outside
                    and not _names_another_instrument(other, reading) and not dated_before(other)):
                scope.add(other)
    return scope


def in_quoted_speech(start: int, reading: SourceReading) -> bool:
    """Inside a quote that is someone's speech: quoted words whose sentence says what the
    agreement covers only inside the quotes ("« Cet accord vise aussi à … », a souligné la
    ministre"), not quoted words the reporter gives as its content ("l’accord porte sur
    « l’échange de renseignements »")."""
    quote = next(((s, e) for s, e in quoted_spans(reading.text) if s <= start < e), None)
    if quote is None:
        return False
    index = reading.document.sentence_of(start)
    s_start, s_end = reading.document.sentences[index]
    if _said_outside_quotes(reading.pack.cue("agreement_content"), reading, s_start, s_end):
        return False
    # "Le protocole … réduit la retenue à la source, afin, selon le Secrétariat d’État, de
    # « lever les obstacles fiscaux aux investissements »": the reporter's sentence about the
    # text frames the quoted words as its purpose (a quote that opens the sentence is speech)
    framed = reading.folded[s_start : quote[0]]
    return not (framed.strip(" \"“”«»'‘’") and reading.pack.cue("agreement_reference").search(framed))


def _said_outside_quotes(cue, reading: SourceReading, start: int, end: int) -> bool:
    """The cue stands in the reporter's words, not in a quoted speech ("« Ces moyens nous
    permettront de … face aux groupes terroristes », a déclaré le ministre")."""
    quotes = quoted_spans(reading.text)
    return any(not any(s <= m.start() < e for s, e in quotes) for m in cue.finditer(reading.folded, start, end))


def _names_another_instrument(index: int, reading: SourceReading) -> bool:
    own = reading.agreement.instrument if reading.agreement else None
    return any(
        m.sentence == index and not m.anaphoric and (own is None or (m.start, m.end) != (own.start, own.end))
        for m in reading.document.instruments
    )

