"""What an agreement funds, told with its amount ("The €15 million grant will equip 60 health
posts … and train some 600 health extension workers"), and a list of what it provides whose
item names it again by a bare kind word ("- a joint working group will meet … to review how the
arrangement is working"): the amount hid the work's subject, and the kind word took the item for
another text (eval-en-ah's Ethiopia–Italy health grant and Malawi–Malaysia memorandum, seen)."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

AMOUNTS = [
    ("en", "Italy and Ethiopia signed a grant agreement for primary health care in Addis Ababa on Monday.\n\nThe €15 "
           "million grant will equip 60 health posts and train some 600 health extension workers.", "The €15"),
    ("en", "Japan and Laos signed a loan agreement in Vientiane on Tuesday.\n\nThe $200 million loan will build two "
           "hospitals and train nurses.", "The $200"),
    ("en", "Japan and Nepal signed a grant agreement in Kathmandu on Tuesday.\n\nThe 1.2 billion yen grant will equip "
           "four hospitals with solar power plants.", "The 1.2"),
]


@pytest.mark.parametrize("language, text, sentence", AMOUNTS)
def test_the_work_told_with_its_amount_is_the_agreements(language, text, sentence):
    from accordcheck.reading.reader import read_document

    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(sentence) for i in agreement.scope)


ITEMS = [
    # the article's other text is of the kind the item's word names
    ("en", "Malawi and Malaysia signed an agreement on skills training on Wednesday. On Thursday they signed a "
           "Memorandum of Understanding on the Recruitment of Workers in Kuala Lumpur. Under the memorandum:\n"
           "- workers will be recruited through a joint online system;\n- a joint working group will meet at least once "
           "a year to review how the agreement is working.", "- a joint", "Recruitment"),
    ("en", "Kenya and Japan signed an agreement on ports on Monday. On Tuesday they signed a Memorandum on Health in "
           "Nairobi. Under it:\n- nurses will be trained in Osaka;\n- the two ministries will review the agreement "
           "every year.", "- the two", "Health"),
    ("fr", "Le Sénégal et l’Espagne ont signé dimanche un accord sur les ports. Lundi, ils ont signé à Dakar un "
           "Mémorandum d’entente sur la pêche. Le mémorandum prévoit :\n- la formation de 200 pêcheurs ;\n- un comité "
           "mixte qui suivra l’accord.", "- un comité", "pêche"),
]


@pytest.mark.parametrize("language, text, item, subject", ITEMS)
def test_a_list_item_naming_the_text_by_its_kind_stays_in_the_list(language, text, item, subject):
    import datetime as dt

    from accordcheck.reading.reader import read_document

    document = read_document(text, language, dt.date(2026, 3, 12))
    agreement = next(a for a in document.agreements if a.instrument is not None and subject in a.instrument.title)
    assert document.sentence_of(text.index(item)) in agreement.sentences
