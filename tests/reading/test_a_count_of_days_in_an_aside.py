"""A count of days inside a relative clause set off by a comma ("…, qui l’avait accueilli la
veille au siège de son département", "…, who had welcomed him the day before") dates that
clause's event, not the signing: the signing keeps the day its group's sentence gives. Seen
on eval-fr-ab (both texts of a Tuesday read as signed on the Monday); others written for the
class. A count in the signing's own clause ("a été signé le lendemain") still counts."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 4, 15)

FR_HEAD = ("Le Bénin et le Nigeria ont signé le mardi 14 avril 2026 à Abuja deux textes, l’un sur la sécurité de leur frontière "
           "commune, l’autre sur le poste frontière de Sèmè-Kraké. Les documents ont été signés au cours de la visite de travail "
           "de 48 heures du ministre béninois de l’Intérieur, M. Armand Hounkpè. ")
EN_HEAD = ("Benin and Nigeria signed two texts in Abuja on Tuesday, April 14, 2026, one on the security of their common border, "
           "the other on the Seme-Krake border post. The documents were signed during a 48-hour working visit by Benin's "
           "Interior Minister, Mr. Armand Hounkpe. ")
FR_SECOND = " Le second texte, un accord relatif au poste frontière de Sèmè-Kraké, a été signé quelques heures plus tard par les directeurs des douanes."
EN_SECOND = " The second text, an agreement on the Seme-Krake border post, was signed a few hours later by the two customs chiefs."

ASIDES = [
    ("fr", FR_HEAD + "Le premier, un protocole d’accord sur les patrouilles conjointes, a été signé par M. Armand Hounkpè et par "
           "son homologue nigérian, Dr Chukwuemeka Nwosu, qui l’avait accueilli la veille au siège de son département." + FR_SECOND),
    ("fr", FR_HEAD + "Le premier, un protocole d’accord sur les patrouilles conjointes, a été signé par M. Armand Hounkpè et par "
           "son homologue nigérian, Dr Chukwuemeka Nwosu, qui était rentré la veille d’un sommet à Accra." + FR_SECOND),
    ("en", EN_HEAD + "The first, a memorandum of understanding on joint patrols, was signed by Mr. Armand Hounkpe and his "
           "Nigerian counterpart, Dr. Chukwuemeka Nwosu, who had welcomed him the day before at his ministry." + EN_SECOND),
    ("en", EN_HEAD + "The first, a memorandum of understanding on joint patrols, was signed by Mr. Armand Hounkpe and his "
           "Nigerian counterpart, Dr. Chukwuemeka Nwosu, who had returned the previous day from a summit in Accra." + EN_SECOND),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES, ids=["fr-accueilli", "fr-rentré", "en-welcomed", "en-returned"])
def test_the_asides_count_dates_its_own_event(lang, text):
    agreements = read_document(text, lang, PUBLISHED).agreements
    assert agreements and {a.date.date for a in agreements} == {dt.date(2026, 4, 14)}, [
        (a.instrument and a.instrument.title, a.date and a.date.date) for a in agreements]


def test_a_count_in_the_signings_own_clause_counts():
    text = (FR_HEAD + "Le premier, un protocole d’accord sur les patrouilles conjointes, a été signé mardi par les deux ministres. "
            "Le second texte, un accord relatif au poste frontière de Sèmè-Kraké, a été signé le lendemain par les directeurs des douanes.")
    agreements = read_document(text, "fr", PUBLISHED).agreements
    assert sorted(a.date.date for a in agreements) == [dt.date(2026, 4, 14), dt.date(2026, 4, 15)], [
        (a.instrument and a.instrument.title, a.date and a.date.date) for a in agreements]
