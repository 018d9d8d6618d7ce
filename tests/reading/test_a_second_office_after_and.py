"""An official's second office after "and", with its own premodifier, naming a body in
capitalised words the pack does not list ("Undersecretary Aurelio C. Magbanua Jr., Administrator
of the Office of Civil Defense and Executive Director of the National Disaster Risk Reduction and
Management Council", eval-en-ak, seen failing: the record's second title was "contradicted" by
"Administrator of the Office of Civil Defense and Executive"). Three classes: "and" followed by
premodifiers and a head starts another title; a run of unlisted capitalised words ending on a
body's noun ("… Risk Reduction and Management Council") is the body's name, not a person's; and
a second title's premodifiers are its own even where the previous title ends right before."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("It was signed by Undersecretary Aurelio C. Magbanua Jr., Administrator of the Office of Civil Defense and Executive "
     "Director of the National Disaster Risk Reduction and Management Council.", "Aurelio C. Magbanua Jr.",
     ["Administrator of the Office of Civil Defense",
      "Executive Director of the National Disaster Risk Reduction and Management Council"]),
    ("It was signed by Jane Mwangi, Director of Public Works and Deputy Director of the Coastal Flood Resilience Authority.",
     "Jane Mwangi", ["Director of Public Works", "Deputy Director of the Coastal Flood Resilience Authority"]),
    ("It was signed by the Chairman of the Lake Basin Watershed Commission, John Kamau.", "John Kamau",
     ["Chairman of the Lake Basin Watershed Commission"]),
]


@pytest.mark.parametrize("sentence, name, titles", CASES)
def test_each_office_is_whole(sentence, name, titles):
    people = officials(sentence)
    assert name in people, people
    assert all(t in people[name][0] for t in titles), people[name]


def test_a_portfolio_list_is_still_one_title():
    assert officials("It was signed by the Minister of Trade and Industry, John Kamau.")["John Kamau"][0] == [
        "Minister of Trade and Industry"]
