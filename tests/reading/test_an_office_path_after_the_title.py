"""A title may name, after commas, the offices where the official sits, as South Asian
government releases write it ("Dr. Farhana Yasmin Khan, Secretary, Health Services Division,
Ministry of Health and Family Welfare", "Shri Anil Kumar, Joint Secretary, Ministry of External
Affairs"): the title stopped at "Secretary" (eval-en-af's Bhutan–Bangladesh release, seen). Each
part is a run of capitalised words holding an office noun, closed by a comma, a stop or "and";
a next person or a sentence of its own is no part of it."""

from __future__ import annotations

import pytest

from helpers.reading import officials


PATHS = [
    ("The memorandum was signed by Dr. Farhana Yasmin Khan, Secretary, Health Services Division, Ministry of Health "
     "and Family Welfare.", "Farhana Yasmin Khan", "Secretary, Health Services Division, Ministry of Health and Family "
     "Welfare"),
    ("The memorandum was signed by Mr. Nazmul Hasan Siddique, Senior Secretary, Ministry of Commerce and Ms. Pema "
     "Choden Tshering, Ambassador of Bhutan.", "Nazmul Hasan Siddique", "Senior Secretary, Ministry of Commerce"),
    ("The agreement was signed by Shri Anil Kumar, Joint Secretary, Ministry of External Affairs, and by Mr. Ram Thapa, "
     "Director General, Department of Customs.", "Anil Kumar", "Joint Secretary, Ministry of External Affairs"),
    ("The agreement was signed by Shri Anil Kumar, Joint Secretary, Ministry of External Affairs, and by Mr. Ram Thapa, "
     "Director General, Department of Customs.", "Ram Thapa", "Director General, Department of Customs"),
]


@pytest.mark.parametrize("sentence, name, title", PATHS)
def test_the_offices_after_commas_are_the_titles(sentence, name, title):
    assert officials(sentence)[name][0] == [title]


def test_a_capitalised_sentence_after_the_title_is_no_office():
    titles = officials("The memorandum was signed by the Minister of Energy, Ali Hassan. Ministry officials said the deal "
                     "would help.")
    assert titles["Ali Hassan"][0] == ["Minister of Energy"]
