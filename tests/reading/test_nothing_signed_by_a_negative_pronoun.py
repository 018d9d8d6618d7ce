"""A signing denied through a negative pronoun for its subject ("Nothing has been signed",
"None was signed on Thursday") is no signing, as "No document was signed" is not. Seen on
eval-en-ap's negative, where "Nothing has been signed." was the only signing verb of a
postponed returns agreement, and a record came out of it once the visit that never took place
had a host; the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.extraction.extract import extract_text
from accordcheck.reading.reader import read_document

LEAD = ("The signing of an agreement between Nigeria and Britain on returns, which had been scheduled for Thursday in "
        "Abuja, has been postponed. Britain's Minister for Border Security had been due to arrive in Abuja on Wednesday "
        "for a two-day visit but did not travel. ")
CASES = [
    LEAD + "Nothing has been signed.",
    LEAD + "Nothing was signed on Thursday, officials said.",
    LEAD + "Nothing will be signed before January, the ministry said.",
    LEAD + "None has been signed so far.",
]


@pytest.mark.parametrize("text", CASES, ids=["has been", "was … on Thursday", "will be … before", "none has been"])
def test_nothing_signed_is_no_signing(text):
    document = read_document(text, "en", dt.date(2026, 2, 12))
    assert not [c for c in document.signings if c.status == "signed"], document.signings
    assert extract_text(text, language="en", published=dt.date(2026, 2, 12)) == []


# A story whose own signing is put off, denied or still to come tells what was signed years
# back as its background: no record for it (seen on eval-en-al's and eval-en-aj's negatives,
# whose old memorandums surfaced once "nothing has been signed" no longer read as a signing).
BACKGROUND = [
    ("en", "KATHMANDU — Nepali and Chinese officials ended talks on Wednesday without signing the railway framework "
           "agreement. \"Nothing has been signed,\" an official said. China and Nepal signed a memorandum of "
           "understanding on railway connectivity in 2018."),
    ("en", "Officials said the Memorandum of Understanding on Joint Field Surveys is expected to be signed at the next "
           "round of talks in Beijing. The two countries signed a Memorandum of Understanding on a Roadmap by "
           "videoconference in October 2021."),
    ("fr", "La signature de l’accord sur les visas entre le Sénégal et la Turquie, prévue lundi à Dakar, a été reportée. "
           "Les deux pays avaient signé en 2015 un accord-cadre de coopération économique."),
    ("fr", "Aucun document n’a été signé lors de la visite du ministre ghanéen à Berlin. L’Allemagne et le Ghana ont "
           "signé un accord sur l’éducation en mars 2019."),
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND, ids=["nothing signed, 2018", "expected, 2021", "reportée, 2015", "aucun document, 2019"])
def test_an_old_signing_beside_an_unsigned_story_is_background(lang, text):
    assert extract_text(text, language=lang, published=dt.date(2026, 2, 12)) == []


# The same, for undated signings the story tells as long past ("in the past five years",
# "already"), and a signing told in a clause of time still to come ("before it is signed") is
# no signing at all (eval-en-i's and eval-en-ag's negatives, seen; the rest written for it).
UNSIGNED_STORIES = [
    ("en", "PRAGUE — Czech and Indonesian officials hope to sign a memorandum of understanding on defence industry when "
           "Indonesia's minister visits in April. \"Nothing has been signed yet.\" Indonesia has signed defence "
           "cooperation documents with more than a dozen countries in the past five years."),
    ("en", "KINGSTON — Jamaica and Britain finished talks on a memorandum of understanding on coast guard training, but "
           "the document has not yet been signed. Nothing was signed this week. The opposition said Parliament should "
           "see the text before it is signed."),
    ("en", "Kenya and Japan postponed the signing of a memorandum of understanding on health. Officials said the text "
           "would be published only after the agreement is signed. Kenya has already signed similar memorandums with India."),
    ("fr", "La signature du mémorandum d’entente entre le Togo et le Ghana sur l’énergie a été reportée. L’opposition "
           "demande à lire le texte avant qu’il ne soit signé."),
]


@pytest.mark.parametrize(("lang", "text"), UNSIGNED_STORIES, ids=["in the past five years", "before it is signed", "already, after", "avant qu’il ne soit signé"])
def test_an_unsigned_story_gives_no_record(lang, text):
    assert extract_text(text, language=lang, published=dt.date(2026, 2, 12)) == []
