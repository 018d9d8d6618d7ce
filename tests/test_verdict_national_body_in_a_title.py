"""A title that places a national body in its country ("directeur général de l'Agence de
promotion des investissements en Mauritanie", "Chief Executive of the Investment Promotion
Authority in Uganda") says nothing of a posting: its holder is of that country. Only an
envoy's title ("ambassadeur du Qatar en Mauritanie", "High Commissioner of India in Ghana")
is held where one is posted, not of there; the record saying the body's country was
contradicted ("posted to MRT, not of it")."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

BODIES = [
    # eval-fr-y's head of the Mauritanian investment agency, in the visiting delegation (seen
    # contradicted on a correct record); the others written for the class
    ("fr", "Le ministre qatari du Commerce a signé mardi à Doha un accord sur les investissements avec son "
           "homologue mauritanien. La délégation mauritanienne comprenait aussi le directeur général de l'Agence"
           " de promotion des investissements en Mauritanie, Sidi Mohamed Ould Khattri.",
     ("QAT", "Qatar", "qatari"), ("MRT", "Mauritanie", "mauritanien"), "accord sur les investissements", ("Doha", "QAT", "Doha"),
     "Sidi Mohamed Ould Khattri", "directeur général de l'Agence de promotion des investissements en Mauritanie", "MRT"),
    ("en", "Qatar's minister of commerce signed an agreement on investment on Tuesday in Doha with his Ugandan "
           "counterpart. The Ugandan delegation also included the Chief Executive of the Investment Promotion "
           "Authority in Uganda, Robert Mukiza.",
     ("QAT", "Qatar", "Qatar"), ("UGA", "Uganda", "Ugandan"), "agreement on investment", ("Doha", "QAT", "Doha"),
     "Robert Mukiza", "Chief Executive of the Investment Promotion Authority in Uganda", "UGA"),
    ("fr", "Le ministre ghanéen du Commerce a signé mardi à Accra un accord sur le commerce avec son homologue "
           "togolais. La délégation togolaise comprenait aussi le président de la Chambre de commerce et "
           "d’industrie au Togo, Komlan Agbeyome.",
     ("GHA", "Ghana", "ghanéen"), ("TGO", "Togo", "togolais"), "accord sur le commerce", ("Accra", "GHA", "Accra"),
     "Komlan Agbeyome", "président de la Chambre de commerce et d’industrie au Togo", "TGO"),
    ("en", "Ethiopia's minister of water signed an agreement on water on Tuesday in Addis Ababa with his Kenyan "
           "counterpart. The Kenyan delegation also included the director of the National Water Board in Kenya, "
           "Joseph Mwangi.",
     ("ETH", "Ethiopia", "Ethiopia"), ("KEN", "Kenya", "Kenyan"), "agreement on water", ("Addis Ababa", "ETH", "Addis Ababa"),
     "Joseph Mwangi", "director of the National Water Board in Kenya", "KEN"),
]

ENVOYS = [
    ("fr", "Le Qatar et la Mauritanie ont signé mardi à Nouakchott un accord sur les investissements. Il a été signé par "
           "l’ambassadeur du Qatar en Mauritanie, Saad bin Ghanem Al Hajri, et le ministre mauritanien de l’Économie.",
     ("QAT", "Qatar", "Qatar"), ("MRT", "Mauritanie", "Mauritanie"), "accord sur les investissements",
     ("Nouakchott", "MRT", "Nouakchott"), "Saad bin Ghanem Al Hajri", "ambassadeur du Qatar en Mauritanie", "MRT"),
    ("en", "India and Ghana signed an agreement on health on Tuesday in Accra. It was signed by the High Commissioner of "
           "India in Ghana, Manish Gupta, and the Ghanaian minister of health.",
     ("IND", "India", "India"), ("GHA", "Ghana", "Ghana"), "agreement on health", ("Accra", "GHA", "Accra"),
     "Manish Gupta", "High Commissioner of India in Ghana", "GHA"),
]


def _country_claim(tmp_path, case):
    language, text, a, b, title, place, name, person_title, country = case
    expression = "mardi" if language == "fr" else "on Tuesday"
    words = text[text.index(person_title) : text.index(name) + len(name)]
    record = record_of(text, language, "2026-01-14", parties=[a, b], date="2026-01-13", expression=expression,
                       kind="agreement", title=title, place=place,
                       people=[(name, [person_title], country, ["visitor"], [words])])
    return claim_at(check_one(tmp_path, text, record), "people[0].country")


@pytest.mark.parametrize("case", BODIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BODIES)])
def test_the_head_of_a_national_body_is_of_its_country(tmp_path, case):
    claim = _country_claim(tmp_path, case)
    assert claim.verdict != "contradicted", claim


@pytest.mark.parametrize("case", ENVOYS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ENVOYS)])
def test_an_envoy_is_not_of_the_country_they_are_posted_to(tmp_path, case):
    claim = _country_claim(tmp_path, case)
    assert claim.verdict == "contradicted", claim
