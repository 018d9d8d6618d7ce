"""An envoy's title goes on through "près (de)" — the diplomatic "accredited to", a synonym of
"auprès de" ("Ambassadeur de la République d’Albanie près la République togolaise"). Seen on
eval-fr-s (the title cut after "près la"); the other members were written for the class and
failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("Arben Shkodra, Ambassadeur de la République d’Albanie près la République togolaise",
     "Arben Shkodra", "Ambassadeur de la République d’Albanie près la République togolaise"),
    ("Ahmed Salem, ambassadeur de Mauritanie près de la République du Niger",
     "Ahmed Salem", "ambassadeur de Mauritanie près de la République du Niger"),
    ("Jean Koffi, représentant permanent du Togo près l’Union africaine",
     "Jean Koffi", "représentant permanent du Togo près l’Union africaine"),
    ("Awa Ndiaye, ambassadrice du Sénégal près le Royaume de Belgique",
     "Awa Ndiaye", "ambassadrice du Sénégal près le Royaume de Belgique"),
]


@pytest.mark.parametrize(("signer", "name", "title"), CASES, ids=[c[1] for c in CASES])
def test_the_envoys_title_runs_through_pres(signer, name, title):
    text = f"Le Togo et l'Albanie ont signé mercredi un accord. L'accord a été signé par {signer}, et par le ministre togolais."
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "fr", dt.date(2026, 4, 23)).people}
    assert title in people.get(name, []), people
