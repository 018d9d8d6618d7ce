""""Cette fois, la plume revenait à l’ambassadrice de Hongrie au Cameroun, Mme Krisztina
Halmágyi, …, et au ministre de l’Hydraulique …, M. Désiré Nguéréma-Fiomona" (eval-fr-ae, seen
failing: neither "signed"): the pen, the signature or the signing that falls to someone names
the signers, both of them when a coordinator joins the second; "la signature est revenue à"
was read only for one signer, with its preposition left in. And who puts down the pen ("repose
le stylo", "put down her pen", eval-fr-af) has just signed."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("fr", "Cette fois, la plume revenait à l’ambassadrice de Hongrie au Cameroun, Mme Krisztina Halmágyi, également "
           "accréditée en République centrafricaine avec résidence à Yaoundé, et au ministre de l’Hydraulique et de "
           "l’Assainissement, M. Désiré Nguéréma-Fiomona.", ["Krisztina Halmágyi", "Désiré Nguéréma-Fiomona"]),
    ("fr", "Le stylo a été confié à la ministre du Plan, Awa Ndiaye, et au ministre des Mines, Paul Ndong.",
     ["Awa Ndiaye", "Paul Ndong"]),
    ("fr", "La signature revient à la ministre du Plan, Awa Ndiaye.", ["Awa Ndiaye"]),
    ("en", "This time the pen fell to the Hungarian Ambassador to Cameroon, Krisztina Halmagyi, and the Minister of "
           "Water, Desire Nguerema.", ["Krisztina Halmagyi", "Desire Nguerema"]),
    ("en", "The signing went to the Minister of Mines, Paul Ndong.", ["Paul Ndong"]),
]


@pytest.mark.parametrize("language, sentence, signers", CASES)
def test_those_the_pen_falls_to_sign(language, sentence, signers):
    people = officials(sentence, language)
    for name in signers:
        assert "signatory" in people[name][1], people


PUT_DOWN = [
    # eval-fr-af's reportage lede (seen failing: "the source never says Saint-Fleur signed")
    ("fr", "Il est un peu plus de midi, mercredi, lorsque la ministre des Affaires étrangères, Marie-Flore Théodore "
           "Saint-Fleur, repose le stylo sur la table.", "Marie-Flore Théodore Saint-Fleur"),
    ("fr", "La ministre de la Santé, Awa Ndiaye, a reposé son stylo et serré la main de son homologue.", "Awa Ndiaye"),
    ("en", "It was just after noon when the Foreign Minister, Marie Saint-Fleur, put down her pen.", "Marie Saint-Fleur"),
    ("en", "The Minister of Health, Awa Ndiaye, laid down her pen and shook hands with her counterpart.", "Awa Ndiaye"),
]


@pytest.mark.parametrize("language, sentence, signer", PUT_DOWN)
def test_who_puts_down_the_pen_signed(language, sentence, signer):
    assert "signatory" in officials(sentence, language)[signer][1]
