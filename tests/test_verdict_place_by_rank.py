"""A sentence naming its document by rank only — "Le troisième document a été signé le
lendemain, à Busan", "The third text was signed the next day in Mombasa" — states the place
of the document of that rank; which one that is the reader infers by counting the documents
it found. A record whose own evidence places its agreement elsewhere ("Les deux premiers ont
été signés jeudi …, à Séoul") is not contradicted by it."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

RANKED = [
    # seen failing (eval-fr-q, contradicted twice)
    ("fr", "2025-12-01", "jeudi",
     "Un accord-cadre de financement, deux protocoles et beaucoup de promesses : la mission conduite la semaine dernière "
     "en Corée du Sud par le chef de la diplomatie ivoirienne a tenu une partie de ses engagements.\n\n"
     "Les deux premiers ont été signés jeudi en fin de matinée, au ministère coréen des Affaires étrangères, à Séoul, "
     "sous le regard de M. N’Guessan et de son hôte, la ministre coréenne des Affaires étrangères, Han Seo-yeon.\n\n"
     "Le plus lourd, financièrement, est l’accord-cadre relatif aux prêts du Fonds de coopération pour le développement "
     "économique (EDCF) pour la période 2026-2030. Il porte la signature de Mme Kouassi-Bamba et du premier vice-ministre "
     "coréen de l’Économie et des Finances, Kim Dong-hyun.\n\n"
     "Le second, signé dans la foulée, est un protocole d’accord sur la coopération en matière de gouvernement numérique.\n\n"
     "Busan, le lendemain\n\n"
     "Le troisième document a été signé le lendemain, à Busan, au siège de l’autorité portuaire de la ville. Il s’agit "
     "d’un mémorandum d’entente relatif à la coopération maritime et portuaire, signé par M. Gnagne Yao et par le "
     "vice-ministre des Océans et de la Pêche, Choi Yeon-hee.\n",
     ("CIV", "Côte d’Ivoire", "ivoirienne"), ("KOR", "Corée du Sud", "Corée du Sud"), "2025-11-27",
     "accord-cadre relatif aux prêts du Fonds de coopération pour le développement économique", "agreement",
     ("Séoul", "KOR", "au ministère coréen des Affaires étrangères, à Séoul")),
    # other members
    ("en", "2025-12-01", "on Thursday",
     "Kenya and Japan signed three documents last week.\n"
     "The first two were signed on Thursday at the foreign ministry in Nairobi. The larger is a loan agreement for the "
     "Mombasa port expansion.\n"
     "The third text was signed the next day in Mombasa, at the port authority's offices.\n",
     ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"), "2025-11-27", "loan agreement for the Mombasa port expansion",
     "agreement", ("Nairobi", "KEN", "at the foreign ministry in Nairobi")),
    ("fr", "2025-12-01", "jeudi",
     "Le Sénégal et le Maroc ont signé deux textes cette semaine.\n"
     "Une convention sur l’entraide judiciaire a été signée jeudi à Dakar, au ministère de la Justice.\n"
     "Le second document a été signé vendredi à Saint-Louis.\n",
     ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"), "2025-11-27", "convention sur l’entraide judiciaire",
     "agreement", ("Dakar", "SEN", "jeudi à Dakar")),
    ("en", "2025-12-01", "on Thursday",
     "Ghana and Togo signed two agreements this week.\n"
     "An agreement on border security was signed on Thursday in Accra at the interior ministry.\n"
     "The second text was signed on Friday in Kumasi.\n",
     ("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo"), "2025-11-27", "agreement on border security", "agreement",
     ("Accra", "GHA", "on Thursday in Accra")),
]


@pytest.mark.parametrize("case", RANKED, ids=[f"{c[0]}-{i}" for i, c in enumerate(RANKED)])
def test_a_place_stated_for_a_document_named_by_rank_contradicts_no_other(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place)
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.verdict != "contradicted" and found.severity != "error", found


@pytest.mark.parametrize("record_id", ["ci-kr-2025-11-27-prets-edcf-agreement", "ci-kr-2025-11-27-gouvernement-numerique-mou"])
def test_the_development_article_seen_failing(tmp_path, record_id):
    """The article of eval-fr-q whose two Séoul records were contradicted by "Le troisième
    document a été signé le lendemain, à Busan" (the reader found two of its three texts)."""
    import json
    import shutil
    from pathlib import Path

    from accordcheck.checking.runner import check_dataset

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "eval-fr-q"
    (tmp_path / "records").mkdir()
    shutil.copytree(corpus / "sources", tmp_path / "sources")
    shutil.copy(corpus / "records" / f"{record_id}.json", tmp_path / "records" / f"{record_id}.json")
    assert json.loads((tmp_path / "records" / f"{record_id}.json").read_text())["place"]["city"] == "Séoul"
    result = check_dataset(tmp_path, expectations=False, cache=False).records[0]
    found = claim_at(result, "place.city")
    assert found.verdict != "contradicted" and found.severity != "error", found


def test_a_rank_the_reader_can_count_to_still_states_the_place(tmp_path):
    """"Le premier texte … a été conclu lundi … à Santiago", in an article whose first text the
    reader found: a record putting it at the dateline's Valparaíso is an error (eval-fr-j's
    LLM-style record)."""
    text = ("VALPARAÍSO – La Belgique et le Chili ont signé deux textes pendant la visite du ministre belge.\n\n"
            "Le premier texte, le plus attendu, a été conclu lundi au siège du ministère chilien des Relations "
            "extérieures, à Santiago. Il s’agit d’un accord-cadre de coopération scientifique et technologique.\n")
    record = record_of(text, "fr", "2026-03-18", parties=[("BEL", "Belgique", "Belgique"), ("CHL", "Chili", "Chili")],
                       date="2026-03-16", expression="lundi", kind="agreement",
                       title="accord-cadre de coopération scientifique et technologique",
                       place=("Valparaíso", "CHL", "VALPARAÍSO"))
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.severity == "error", found
