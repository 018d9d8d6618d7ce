"""Words that tell a signing and then who watched it — "Les deux textes ont été signés sous la
supervision des deux coprésidents", "The documents were signed in the presence of both
ministers", "signed under the eyes of the two delegation heads" — say that the group looked
on: cited for one of them as a signatory, they state another role. Seen missed on eval-fr-w
(an LLM's invented signatory only a warning); others written for the class."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

_FR = ("L'Algérie et le Qatar ont signé dimanche un mémorandum d'entente sur l'élevage laitier. La session était coprésidée "
       "par le ministre des Affaires étrangères, M. Lakhdar Benmoussa, et par le ministre d'État qatari, Hamad Al-Kuwari. "
       "{told}. Le mémorandum a été signé par le ministre de l'Agriculture, M. Yacine Brahimi, et par l'ambassadeur du Qatar, "
       "M. Ali Al-Thani.")
_EN = ("Algeria and Qatar signed a memorandum of understanding on dairy farming on Sunday. The session was co-chaired by "
       "Foreign Minister Lakhdar Benmoussa and Qatar's Minister of State Hamad Al-Kuwari. {told}. The memorandum was signed "
       "by Agriculture Minister Yacine Brahimi and Qatar's ambassador, Ali Al-Thani.")

CASES = [
    ("fr", "Les deux textes ont été signés sous la supervision des deux coprésidents"),
    ("fr", "Les textes ont été signés en présence des deux ministres"),
    ("en", "The documents were signed in the presence of both co-chairs"),
    ("en", "The texts were signed under the eyes of the two delegation heads"),
]


def _signer_claim(tmp_path, language: str, told: str, name: str, name_words: dict[str, str]):
    """The verdict on ``name``'s claim to have signed, citing their name and ``told``."""
    text = (_FR if language == "fr" else _EN).format(told=told)
    french = language == "fr"
    title = "mémorandum d'entente sur l'élevage laitier" if french else "memorandum of understanding on dairy farming"
    algeria = "Algérie" if french else "Algeria"
    record = record_of(text, language, "2026-02-16", parties=[("DZA", algeria, algeria), ("QAT", "Qatar", "Qatar")],
                       date="2026-02-15", expression="dimanche" if french else "on Sunday", kind="memorandum_of_understanding",
                       title=title, place=None, people=[(name, [], "DZA", ["signatory"], [name_words[language], told])])
    return claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")


@pytest.mark.parametrize("case", CASES, ids=[c[1][:40] for c in CASES])
def test_a_signing_watched_by_their_group_is_no_signing_of_theirs(tmp_path, case):
    language, told = case
    found = _signer_claim(tmp_path, language, told, "Lakhdar Benmoussa",
                          {"fr": "M. Lakhdar Benmoussa", "en": "Foreign Minister Lakhdar Benmoussa"})
    assert found.severity == "error", found


@pytest.mark.parametrize(("language", "told"), [
    ("en", "The memorandum was signed in the presence of the President"),
    ("fr", "Le mémorandum a été signé en présence du chef de l'État"),
])
def test_a_signing_watched_by_someone_else_says_nothing_against_the_signer(tmp_path, language, told):
    # the onlooker named is not a pair the cited person belongs to: no other role is stated
    found = _signer_claim(tmp_path, language, told, "Yacine Brahimi",
                          {"fr": "M. Yacine Brahimi", "en": "Agriculture Minister Yacine Brahimi"})
    assert found.verdict != "contradicted", found
