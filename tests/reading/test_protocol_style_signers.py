"""A ministry's release in protocol style, read on eval-fr-v's first reading (both signers of
a Morocco–Mexico memorandum lost their role), each a class with other members:

* a surname in capitals after the given name ("Monsieur Abdelhak BENCHEKROUN-ALAOUI",
  "Son Excellence Monsieur Alejandro MÉNDEZ VILLASEÑOR", "Paulina DE LA FUENTE IBARRA"):
  the whole surname is the name's, where a name model stops inside it;
* the signers listed after "signé …, par :", one item per side ("– pour le Royaume du
  Maroc : Monsieur …"), however far the colon is from the verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 6, 24)

NAMES = [
    ("fr", "Son Excellence Monsieur Alejandro MÉNDEZ VILLASEÑOR, Ambassadeur du Mexique, a signé l'accord.",
     "Alejandro MÉNDEZ VILLASEÑOR"),
    ("fr", "L'accord a été signé par Madame Paulina DE LA FUENTE IBARRA, Sous-secrétaire aux Affaires multilatérales.",
     "Paulina DE LA FUENTE IBARRA"),
    ("fr", "Monsieur Abdelhak BENCHEKROUN-ALAOUI, Ministre de l'Agriculture, a signé l'accord.", "Abdelhak BENCHEKROUN-ALAOUI"),
    ("en", "It was signed by Mr. Abdelhak BENCHEKROUN-ALAOUI, Minister of Agriculture.", "Abdelhak BENCHEKROUN-ALAOUI"),
    ("en", "It was signed by H.E. Ms. Paulina DE LA FUENTE IBARRA, Ambassador of Mexico.", "Paulina DE LA FUENTE IBARRA"),
]

_LEAD = {"fr": "Le Maroc et le Mexique ont signé lundi un accord sur l'agriculture. ",
         "en": "Morocco and Mexico signed an agreement on agriculture on Monday. "}


@pytest.mark.parametrize(("language", "sentence", "name"), NAMES, ids=[f"{n[0]}-{n[2]}" for n in NAMES])
def test_a_surname_in_capitals_is_the_whole_name(language, sentence, name):
    people = {p.name: p.role_names() for p in read_document(_LEAD[language] + sentence, language, PUBLISHED).people}
    assert "signatory" in people.get(name, []), people


LISTS = [
    ("Le même jour, au siège du Ministère de l’Agriculture, a été signé un Mémorandum d’Entente dans le domaine de "
     "l’agriculture et de la sécurité alimentaire, par :\n– pour le Royaume du Maroc : Monsieur Abdelhak BENCHEKROUN-ALAOUI, "
     "Ministre de l’Agriculture ;\n– pour les États-Unis mexicains : Son Excellence Monsieur Alejandro MÉNDEZ VILLASEÑOR, "
     "Ambassadeur des États-Unis mexicains ;\nen présence de Madame la Secrétaire.",
     ["Abdelhak BENCHEKROUN-ALAOUI", "Alejandro MÉNDEZ VILLASEÑOR"]),
    ("Le protocole a été paraphé hier soir au palais des Congrès, à l’issue des entretiens, par :\n- pour le Niger : "
     "M. Ibrahim Moussa, ministre de l’Intérieur ;\n- pour le Bénin : Mme Awa Adjovi, ministre de la Sécurité publique.",
     ["Ibrahim Moussa", "Awa Adjovi"]),
    ("Les deux conventions ont été signées dans la grande salle du ministère, devant la presse, par :\n• au nom du Maroc : "
     "M. Karim Bennani, secrétaire général ;\n• au nom du Mexique : Mme Ana Ruiz, directrice générale.",
     ["Karim Bennani", "Ana Ruiz"]),
]


@pytest.mark.parametrize(("text", "names"), LISTS, ids=[str(i) for i in range(len(LISTS))])
def test_each_listed_signer_after_par_signed(text, names):
    people = {p.name: p.role_names() for p in read_document(_LEAD["fr"] + text, "fr", PUBLISHED).people}
    assert {n: "signatory" in people.get(n, []) for n in names} == {n: True for n in names}, people


def test_the_presence_line_after_the_list_is_a_witness():
    people = read_document(_LEAD["fr"] + LISTS[0][0], "fr", PUBLISHED).people
    assert not any("signatory" in p.role_names() for p in people if p.name is None), [(p.name, p.role_names()) for p in people]
