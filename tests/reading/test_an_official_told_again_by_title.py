"""An official named once is told again by title alone, and a second official's title is
coordinated with the first's. Three ways the reader made an extra, unnamed official (or gave
one official two people's titles):

- the title repeated word for word, with no name and no country ("The Minister for Commerce,
  Mr X, paid a visit …" … "the Minister for Commerce was received by …");
- a short title ("the Minister", "le ministre") beside another official named in the same
  sentence ("the Minister and his Uzbek co-chair, Mr Y, signed"): of the named officials with
  that function, the one the sentence does not name;
- two titles joined by a coordinator and a determiner ("the Minister for Commerce and the Uzbek
  Deputy Minister of Trade, Mr Y"): the determiner opens another official's phrase, so the name
  after it holds only the second title — while "Deputy Prime Minister and Minister of …, Y"
  stays one official's two hats;
- a function the pack gives a synonym for ("la cheffe de la diplomatie burundaise"): the one
  named official holding the synonym ("ministre des Affaires étrangères"), even when no title
  gives that official's country — not any other official of the country, such as its envoy.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 16)

REPEATED = [
    # eval-en-ab's Bangladesh release (seen failing); the others written for the class
    ("en", "The Minister for Commerce, Mr. Kazi Mahfuzur Rahman, paid an official visit to Uzbekistan from 13 to "
           "15 May 2026. On 14 May he signed a memorandum on pharmaceuticals in Tashkent. Later the Minister for "
           "Commerce was received by the Prime Minister of Uzbekistan.", "Kazi Mahfuzur Rahman"),
    ("fr", "La ministre de l’Eau et de l’Assainissement, Mme Aïssata Diallo, a effectué une visite de travail à "
           "Dakar du 3 au 5 mars. Le 4 mars, la ministre de l’Eau et de l’Assainissement a signé avec son homologue "
           "sénégalais un accord sur l’irrigation.", "Aïssata Diallo"),
    ("en", "The Secretary of State for Trade, Ms. Joanna Whitfield, arrived in Nairobi on Monday. The memorandum on "
           "market access was signed on Tuesday by the Secretary of State for Trade and Kenya's Cabinet Secretary "
           "for Trade, Lee Kinyanjui.", "Joanna Whitfield"),
    ("fr", "Le ministre de l’Agriculture et de l’Élevage, M. Ousmane Sow, a conduit la délégation à Bamako. Le "
           "ministre de l’Agriculture et de l’Élevage a ensuite signé un protocole sur la transhumance.", "Ousmane Sow"),
]

BESIDE = [
    # eval-en-ab's "the Minister and his Uzbek co-chair" (seen failing); the others written for the class
    ("en", "The Minister for Commerce, Mr. Kazi Mahfuzur Rahman, paid an official visit to Uzbekistan from 13 to 15 "
           "May 2026. At the conclusion of the session, the Minister and his Uzbek co-chair, the Deputy Prime "
           "Minister and Minister of Investment, Mr. Farrukh A. Nazarov, signed the protocol.",
     "Kazi Mahfuzur Rahman", "Farrukh A. Nazarov"),
    ("fr", "Le ministre malien des Mines, Amadou Keïta, est arrivé lundi à Nouakchott. Le ministre et son homologue "
           "mauritanien, Mohamed Ould Abdallahi, ministre du Pétrole, des Mines et de l’Énergie, ont signé mardi un "
           "mémorandum sur la géologie.", "Amadou Keïta", "Mohamed Ould Abdallahi"),
    ("en", "Ghana's Minister of Energy, John Jinapor, arrived in Abuja on Sunday. On Monday the minister and the "
           "Nigerian Minister of Power, Adebayo Adelabu, signed a memorandum on gas supply.",
     "John Jinapor", "Adebayo Adelabu"),
    ("fr", "La ministre béninoise du Commerce, Shadiya Alimatou Assouman, est en visite à Lomé. Jeudi, la ministre et "
           "la ministre togolaise du Commerce, Rose Kayi Mivedor, ont signé un accord sur le transit.",
     "Shadiya Alimatou Assouman", "Rose Kayi Mivedor"),
]

COORDINATED = [
    # eval-en-ab's "the Minister for Commerce and the Uzbek Minister of Trade" (seen failing); the
    # others written for the class
    ("en", "In Tashkent the Minister for Commerce and the Uzbek Deputy Minister of Trade, Laziz Kudratov, signed a "
           "memorandum.", "Laziz Kudratov", ["Uzbek Deputy Minister of Trade"]),
    ("en", "The accord was signed in Nairobi by the Secretary of Agriculture and the Kenyan Cabinet Secretary for "
           "Trade, Rebecca Miano.", "Rebecca Miano", ["Kenyan Cabinet Secretary for Trade"]),
    ("en", "In Lima the Minister of Foreign Trade and the Peruvian Vice Minister of Tourism, Ana Torres, signed a "
           "memorandum on tourism.", "Ana Torres", ["Peruvian Vice Minister of Tourism"]),
    ("fr", "À Dakar, la ministre de la Santé et la ministre sénégalaise de la Famille, Awa Ndiaye, ont signé un "
           "protocole.", "Awa Ndiaye", ["ministre sénégalaise de la Famille"]),
    # one official's two hats, no determiner between them: unchanged
    ("en", "The memorandum was signed by the Deputy Prime Minister and Minister of Foreign Affairs, Ahmed Ali, and "
           "the Kenyan Cabinet Secretary for Trade, Rebecca Miano.", "Ahmed Ali",
     ["Deputy Prime Minister", "Minister of Foreign Affairs"]),
]


@pytest.mark.parametrize("language, text, name", REPEATED)
def test_a_repeated_title_is_the_official_it_named(language, text, name):
    people = read_document(text, language, PUBLISHED).people
    person = next(p for p in people if p.name == name)
    own = {t.text.lower() for t in person.titles}
    assert not [p for p in people if not p.name and {t.text.lower() for t in p.titles} & own]
    assert len(person.mentions) >= 2


@pytest.mark.parametrize("language, text, name, other", BESIDE)
def test_a_short_title_beside_a_named_official_is_the_other_one(language, text, name, other):
    people = read_document(text, language, PUBLISHED).people
    assert not [p for p in people if not p.name], [[t.text for t in p.titles] for p in people if not p.name]
    person = next(p for p in people if p.name == name)
    assert "signatory" in person.role_names()
    assert person.country != next(p for p in people if p.name == other).country or person.country is None


@pytest.mark.parametrize("language, text, name, titles", COORDINATED)
def test_a_determiner_after_a_coordinator_opens_another_officials_title(language, text, name, titles):
    people = read_document(text, language, PUBLISHED).people
    assert [t.text for t in next(p for p in people if p.name == name).titles] == titles


SYNONYM = [
    # eval-fr-y's Burundi–Switzerland article (seen failing once the coordinated titles were told
    # apart); the others written for the class
    ("Mardi à Gitega, la cheffe de la diplomatie burundaise et la directrice de la DDC, Béatrice Grandjean-Rüegg, ont "
     "signé l’accord-cadre. Pour Immaculée Nibigira, ministre des Affaires étrangères, c’est une étape. Le "
     "représentant permanent du Burundi auprès de l’ONU à Genève, Léonidas Ndikumana, a assisté à la cérémonie.",
     "Immaculée Nibigira", "Léonidas Ndikumana"),
    ("La ministre des Affaires étrangères, Mme Aminata Touré, a reçu jeudi à Nouakchott son homologue malien, "
     "Abdoulaye Diop. La cheffe de la diplomatie mauritanienne et son hôte ont signé un accord sur la transhumance, "
     "en présence du consul de Mauritanie à Bamako, Sidi Ould Ahmed.", "Aminata Touré", "Sidi Ould Ahmed"),
    ("L’ambassadeur du Sénégal en Gambie, Moustapha Diouf, a accueilli la délégation. Yassine Fall, ministre des "
     "Affaires étrangères, a signé l’accord avec son homologue gambien, Mamadou Tangara. Le chef de la diplomatie "
     "sénégalais a salué un texte attendu.", "Yassine Fall", "Moustapha Diouf"),
    ("Le ministre des Affaires étrangères du Niger, Bakary Yaou Sangaré, est arrivé lundi à Lomé. Le chef de la "
     "diplomatie nigérien et le ministre togolais de la Sécurité, Calixte Madjoulba, ont signé mardi un mémorandum "
     "sur la sécurité. L’ambassadeur du Niger au Togo, Issa Moussa, était présent.", "Bakary Yaou Sangaré", "Issa Moussa"),
]


@pytest.mark.parametrize("text, minister, envoy", SYNONYM)
def test_a_synonym_of_a_function_is_its_named_holder(text, minister, envoy):
    people = {p.name: p for p in read_document(text, "fr", PUBLISHED).people}
    assert None not in people
    assert "signatory" in people[minister].role_names()
    assert "signatory" not in people[envoy].role_names()
