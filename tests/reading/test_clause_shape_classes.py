"""Clause shapes seen on eval-fr-k and eval-fr-l, each with three other members: an onlooker who
followed a signing from afar, a word between the auxiliary and the participle of a signing, a
denial with "aucun", an envoy's residence with "au"/"aux", and a cleft opening on the event the
signing followed."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 16)  # a Friday


def _agreements(text: str, language: str):
    return read_document(text, language, PUBLISHED).agreements


# --- an onlooker who followed the signing from afar: the signing itself was not remote ----------------
# seen on eval-fr-k: "le directeur de la PME vaudoise a suivi la signature à distance" left the
# memorandum signed in Hanoï with no place
REMOTE_ONLOOKERS = [
    ("fr", "HANOÏ, 16 janv. - La Suisse et le Vietnam ont signé mercredi à Hanoï un mémorandum d’entente sur la "
           "formation. À Tân Uyên, le directeur d’une PME a suivi la signature à distance, sur son téléphone.", "Hanoï"),
    ("fr", "DAKAR, 16 janv. - Le Sénégal et le Maroc ont signé mercredi à Dakar un accord sur la pêche. Les pêcheurs de "
           "Kayar ont regardé la cérémonie en ligne.", "Dakar"),
    ("en", "NAIROBI, Jan 16 - Kenya and Norway signed an agreement on fisheries in Nairobi on Wednesday. Students in "
           "Mombasa watched the ceremony online.", "Nairobi"),
    ("en", "ACCRA, Jan 16 - Ghana and Estonia signed a memorandum on e-government in Accra on Wednesday. Estonian officials "
           "followed the signing remotely from Tallinn.", "Accra"),
]


@pytest.mark.parametrize(("language", "text", "city"), REMOTE_ONLOOKERS)
def test_an_onlooker_s_distance_is_not_a_remote_signing(language, text, city):
    [agreement] = _agreements(text, language)
    assert agreement.place is not None and agreement.place.city == city, agreement.place


# --- a word between the auxiliary and the participle: "a elle-même signé" --------------------------------
# seen on eval-fr-k: "la conseillère fédérale a elle-même signé, avec le vice-ministre …, une déclaration
# d’intention" was no signing, and the declaration no agreement
INTENSIVE_WORDS = [
    "À Hô Chi Minh-Ville, la conseillère fédérale suisse a elle-même signé, avec le vice-ministre vietnamien de "
    "l’Industrie, une déclaration d’intention sur la transition énergétique.",
    "À Bamako, les ministres malien et nigérien ont eux-mêmes paraphé un protocole sur la sécurité.",
    "À Dakar, le ministre sénégalais a lui-même signé avec son homologue marocain un accord sur la pêche.",
    "À Lomé, la ministre togolaise a ensuite elle-même signé un mémorandum d’entente avec le Bénin sur la santé.",
]


@pytest.mark.parametrize("text", INTENSIVE_WORDS)
def test_a_signing_with_a_word_before_its_participle_is_a_signing(text):
    assert [a.signed for a in _agreements("Jeudi, " + text, "fr")] == [True]


# --- "n’ont signé aucun texte": a denial with "aucun" ---------------------------------------------------
# seen on eval-fr-l: "M. Annaberdiyev et son homologue omanais, …, qui l’avait accueilli lundi …, n’ont
# eux-mêmes signé aucun des deux textes" dated the memorandum Monday
AUCUN_DENIALS = [
    ("Les deux ministres n’ont eux-mêmes signé aucun des deux textes.", ""),
    ("Le ministre malien, Abdoulaye Diop, n’a signé aucun des documents.", "Abdoulaye Diop"),
    ("La ministre nigérienne, Aïssata Sow, n’a elle-même paraphé aucun texte.", "Aïssata Sow"),
    ("Son homologue, reçu lundi au palais, Ali Mahamane, n’a signé aucun accord.", "Ali Mahamane"),
]


@pytest.mark.parametrize(("denial", "name"), AUCUN_DENIALS)
def test_a_denial_with_aucun_signs_nothing(denial, name):
    text = ("BAMAKO, 16 janv. - Le Mali et le Niger ont signé mercredi à Bamako un accord, paraphé par les directeurs "
            "généraux des douanes. " + denial)
    document = read_document(text, "fr", PUBLISHED)
    assert len(document.agreements) == 1
    assert document.agreements[0].date is not None and document.agreements[0].date.date == dt.date(2026, 1, 14)
    assert all("signatory" not in p.role_names() for p in document.people if p.name == name)


# --- an envoy's residence written with "au"/"aux" ------------------------------------------------------
# seen on eval-fr-k: "l’ambassadeur d’Ouzbékistan en Tunisie, avec résidence au Caire" placed the signing in Cairo
RESIDENCES_AU = [
    "l’ambassadeur d’Ouzbékistan en Tunisie, avec résidence au Caire, Bakhtiyor Nurmatov",
    "l’ambassadeur du Japon, en poste au Caire, Kenji Sato",
    "l’ambassadrice de Corée, basée au Caire, Kim Mi-ra",
    "le chargé d’affaires d’Ouzbékistan, résidant au Caire, Anvar Salimov",
]


@pytest.mark.parametrize("envoy", RESIDENCES_AU)
def test_an_envoy_s_residence_with_au_is_not_the_signing_place(envoy):
    text = ("TUNIS, 16 janv. (TAP) - La Tunisie et l’Ouzbékistan ont signé mercredi un mémorandum d’entente. Il a été "
            f"signé par le ministre tunisien de l’Enseignement supérieur et par {envoy}.")
    [agreement] = _agreements(text, "fr")
    assert agreement.place is not None and agreement.place.city == "Tunis", agreement.place


# --- a cleft opening on the event the signing followed -------------------------------------------------
# seen on eval-fr-k: "C’est à l’issue de cette séance … que les deux premiers documents ont été signés",
# after a sentence placing the session "à Tunis"
CLEFTS = [
    ("fr", "Le ministre ouzbek s’est rendu au siège de la diplomatie tunisienne, à Tunis, pour une séance de travail.\n\n"
           "C’est à l’issue de cette séance que l’accord sur le tourisme a été signé mercredi.", "Tunis"),
    ("fr", "Les deux délégations se sont retrouvées au palais de la Nation, à Dakar, pour des entretiens.\n\n"
           "C’est au terme de ces entretiens que le protocole sur la pêche a été signé mercredi.", "Dakar"),
    ("en", "The two delegations met at the foreign ministry in Accra for talks.\n\nIt was after the talks that the "
           "memorandum on fisheries was signed on Wednesday.", "Accra"),
    ("en", "The ministers held a working session at State House in Nairobi.\n\nIt was at the end of the session that the "
           "agreement on trade was signed on Wednesday.", "Nairobi"),
]


@pytest.mark.parametrize(("language", "text", "city"), CLEFTS)
def test_a_cleft_on_the_event_before_takes_its_place(language, text, city):
    agreements = _agreements(text, language)
    assert agreements and agreements[0].place is not None and agreements[0].place.city == city, agreements


# --- documents "exchanged" are signed ones: who exchanged them signed ------------------------------
# seen on eval-en-r: "The MoU on Cooperation in Higher Education was exchanged by Secretary-General … and
# the Maldivian High Commissioner …", "Exchanged by: Shri …; and H.E. Dr. …"
EXCHANGED = [
    ("Malaysia and the Maldives exchanged two memoranda on Tuesday. The MoU on Higher Education was exchanged by "
     "Secretary-General Noraini Yusof and High Commissioner Aishath Leena Mohamed.", ["Noraini Yusof", "Aishath Leena Mohamed"]),
    ("India and Fiji signed a memorandum on health on Monday. The documents were exchanged by Secretary Anil Kumar and "
     "Permanent Secretary Jone Tuiloma.", ["Anil Kumar", "Jone Tuiloma"]),
    ("Ghana and Togo concluded a memorandum on trade on Monday.\nExchanged by: Mr. Kofi Mensah, Secretary; and Ms. Ama "
     "Dogbe, Director.", ["Kofi Mensah", "Ama Dogbe"]),
]


@pytest.mark.parametrize(("text", "names"), EXCHANGED, ids=[str(i) for i in range(len(EXCHANGED))])
def test_who_exchanged_the_documents_signed_them(text, names):
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2025, 8, 13)).people if p.name}
    for name in names:
        assert "signatory" in people.get(name, []), people
