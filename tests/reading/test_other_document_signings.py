"""A signing whose object is a new document the reader has no instrument word for ("when they
signed a joint statement marking the anniversary", "ils avaient signé un communiqué conjoint")
is the signing of that document, not a sentence about the agreement last named: its date and
city are not the agreement's. Seen failing on eval-en-s (the air services agreement took the
joint statement's date and city); the other members were written for the class and failed the
same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.claims import check_one, claim_at, record_of

EN_LEAD = ("ASTANA, Feb. 12 (KazNews) — Kazakhstan and Egypt signed two agreements on Tuesday on the sidelines of the "
           "World Government Summit in Dubai. A memorandum of understanding on grain trade was signed by the agriculture "
           "ministers. The second text, an air services agreement, was signed by the transport ministers. ")
FR_LEAD = ("ALGER (APS) - Le Niger et l'Algérie ont signé mardi à Alger deux accords. Un mémorandum d'entente sur le "
           "commerce a été signé par les ministres du Commerce. Le second texte, un accord sur le transport aérien, a été "
           "signé par les ministres des Transports. ")

CASES = [
    # seen failing
    ("en", EN_LEAD + "The two ministers last met in Astana on Oct. 3, 2025, when they signed a joint statement marking "
     "the anniversary of diplomatic relations.", "Dubai", dt.date(2026, 2, 10)),
    # other members
    ("en", EN_LEAD + "In Cairo on 14 May 2025, the two foreign ministers had signed a joint communiqué on consular "
     "matters.", "Dubai", dt.date(2026, 2, 10)),
    ("en", EN_LEAD + "Their deputies signed a set of agreed minutes on 2 December 2025 in Almaty.", "Dubai", dt.date(2026, 2, 10)),
    ("fr", FR_LEAD + "Les deux ministres s'étaient rencontrés à Niamey le 3 octobre 2025, lorsqu'ils avaient signé un "
     "communiqué conjoint sur la sécurité.", "Alger", dt.date(2026, 2, 10)),
    ("fr", FR_LEAD + "Le 2 décembre 2025, à Tahoua, les deux gouverneurs avaient signé un procès-verbal de bornage.",
     "Alger", dt.date(2026, 2, 10)),
]


@pytest.mark.parametrize(("language", "text", "city", "date"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_another_documents_signing_is_not_the_agreements(language, text, city, date):
    document = read_document(text, language, dt.date(2026, 2, 12))
    signed = [a for a in document.agreements if a.signed]
    assert signed
    for agreement in signed:
        assert agreement.place is not None and agreement.place.city == city, agreement.place
        assert agreement.date is not None and agreement.date.date == date, agreement.date


def test_a_signing_of_a_named_instrument_still_ties():
    text = EN_LEAD + "It was signed in the presence of the two foreign ministers."
    document = read_document(text, "en", dt.date(2026, 2, 12))
    assert all(a.date is not None and a.date.date == dt.date(2026, 2, 10) for a in document.agreements if a.signed)


COUNTED_LEADS = [
    # seen failing (eval-en-a): a count announcing the agreements, its scope the visa agreement's
    ("en", "Islamabad, Nov 18 (CNA): Pakistan and Uzbekistan on Monday signed two documents, one exempting holders of "
     "diplomatic passports from visa requirements and the other on railways. The Agreement on Mutual Visa Exemption "
     "was signed at the Foreign Office by the two ministers. A protocol on the railway was also signed.",
     "Agreement on Mutual Visa Exemption", "exempting holders of diplomatic passports from visa requirements"),
    ("en", "Pakistan and Uzbekistan on Monday signed a document exempting holders of diplomatic passports from visa "
     "requirements. The Agreement on Mutual Visa Exemption was signed at the Foreign Office by the two ministers.",
     "Agreement on Mutual Visa Exemption", "exempting holders of diplomatic passports from visa requirements"),
    ("fr", "Le Niger et l'Algérie ont signé lundi à Alger deux textes, l'un exemptant de visa les titulaires de passeports "
     "diplomatiques, l'autre sur le rail. L'accord d'exemption de visa a été signé par les deux ministres. Un protocole "
     "sur le rail a aussi été signé.", "accord d'exemption de visa", "exemptant de visa les titulaires de passeports diplomatiques"),
]


@pytest.mark.parametrize(("language", "text", "title", "scope"), COUNTED_LEADS)
def test_a_count_or_a_generic_word_still_announces_the_agreements(tmp_path, language, text, title, scope):
    """The lead's words on what the text covers are the agreement's: a domain the record cites
    there is for a person to confirm, not unfound."""
    parties = [("PAK", "Pakistan", "Pakistan"), ("UZB", "Uzbekistan", "Uzbekistan")] if language == "en" else \
        [("NER", "Niger", "Niger"), ("DZA", "Algérie", "Algérie")]
    record = record_of(text, language, "2025-11-18", parties=parties, date="2025-11-17",
                       expression="on Monday" if language == "en" else "lundi", kind="agreement", title=title, place=None,
                       domains=[("migration", scope)])
    claim = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert claim.severity != "error", claim


ANNOUNCED_TOGETHER = [
    # seen failing (eval-fr-k): the second text's sentences name no country
    ("fr", "Le ministre des Affaires étrangères des Comores, Dhoihir Saïd Mbaé, a procédé hier, au siège du ministère à "
     "Moroni, à la signature de deux accords avec la République-Unie de Tanzanie, représentée par son ambassadeur.\n\n"
     "Le premier texte, un accord général de coopération, a été signé par le chef de la diplomatie comorienne et le "
     "diplomate tanzanien.\n\nLe second, un mémorandum d’entente dans le domaine du transport maritime, porte la "
     "signature de la ministre des Transports, Mme Faïza Ahmed Soilihi, et celle de l’ambassadeur Mwinyikombo."),
    # other members
    ("en", "Kenya's Foreign Minister, Musalia Wekesa, on Monday oversaw the signing of two agreements with Malaysia in "
     "Nairobi.\n\nThe first, an agreement on trade, was signed by the Kenyan and Malaysian trade ministers.\n\nThe "
     "second, a memorandum of understanding on tourism, was signed by Tourism Secretary Rebecca Miano and "
     "Ambassador Datuk Ahmad Rozian."),
    ("fr", "Le ministre nigérien de l'Énergie, Ibrahim Yacouba, a présidé lundi à Niamey la signature de deux accords avec "
     "l'Algérie.\n\nLe premier, un accord sur l'électricité, a été signé par le ministre et l'ambassadeur algérien.\n\n"
     "Le second, un mémorandum d'entente sur les hydrocarbures, porte la signature du directeur de la Sonidep, "
     "M. Moussa Abdou, et celle de l'ambassadeur."),
]


@pytest.mark.parametrize(("language", "text"), ANNOUNCED_TOGETHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANNOUNCED_TOGETHER)])
def test_texts_a_count_announces_are_between_the_leads_countries(language, text):
    document = read_document(text, language, dt.date(2026, 2, 19))
    signed = [a for a in document.agreements if a.signed]
    assert len(signed) >= 2 and all(len({p.country for p in a.parties}) == 2 for a in signed), \
        [(a.instrument and a.instrument.title, [p.country for p in a.parties]) for a in signed]
