"""After a count ("signed two memoranda of understanding …") and its members named in full
("The first, a memorandum of understanding on critical minerals …", "The second, a memorandum
of understanding on Antarctic research cooperation, …"), a short naming of one of them ("Under
the Antarctic memorandum, …") repeats it: it is no third agreement taking the count's signing
(seen on eval-en-ap: a third record, and the memorandum's scope read as another text's; the
other members written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

SEEN = ("PUNTA ARENAS — Chile and South Korea signed two memoranda of understanding in Korea last week, one on critical minerals "
        "and one on Antarctic science, according to South Korea’s Yonhap news agency and a statement issued on Friday by Chile’s "
        "Ministry of Mining.\n\nThe first, a memorandum of understanding on critical minerals supply chains, was signed last "
        "Wednesday in Seoul by Chile’s Minister of Mining, Marcela Ibáñez Fuenzalida, and Korea’s First Vice Minister of Trade, "
        "Industry and Energy, Yoon Ji-hwan, Yonhap reported. Chile’s ambassador to Korea, Rodrigo Echeñique Valdés, attended the "
        "signing.\n\nKorea is one of the largest buyers of Chilean lithium carbonate, and Korean battery makers have been looking "
        "for ways to secure supplies from the Salar de Atacama.\n\nAntarctic science\n\nThe second, a memorandum of understanding "
        "on Antarctic research cooperation, is the one that matters most here in Magallanes. It was signed on Thursday in "
        "Incheon, at the headquarters of the Korea Polar Research Institute, by Chile’s Undersecretary of Science, Josefina Muñoz "
        "Llanquileo, who was part of the minister’s delegation, and Korea’s Vice Minister of Oceans and Fisheries, Park "
        "Jae-hoon.\n\nUnder the Antarctic memorandum, Chilean and Korean scientists will carry out joint research on krill "
        "populations and sea ice in the Antarctic Peninsula.")

CASES = [
    ("en", SEEN, dt.date(2025, 11, 17)),
    ("en", SEEN.replace("Antarctic memorandum", "polar memorandum").replace("Antarctic research cooperation", "polar research cooperation"),
     dt.date(2025, 11, 17)),
    ("fr", "DAKAR — Le Sénégal et le Portugal ont signé deux mémorandums d’entente la semaine dernière, l’un sur la pêche et "
           "l’autre sur la formation maritime, selon l’agence de presse sénégalaise et un communiqué publié vendredi par le "
           "ministère des Pêches.\n\nLe premier, un mémorandum d’entente sur la pêche artisanale, a été signé mercredi à Dakar par "
           "le ministre des Pêches, Moussa Diop, et le secrétaire d’État portugais à la Mer, João Costa. L’ambassadeur du "
           "Portugal, Rui Lopes, assistait à la signature.\n\nLe Portugal est l’un des premiers acheteurs de poisson "
           "sénégalais, et ses armateurs cherchent de nouveaux quais à Dakar.\n\nFormation\n\nLe second, un mémorandum "
           "d’entente sur la formation maritime, est celui qui compte le plus ici. Il a été signé jeudi à Saint-Louis, au siège "
           "de l’École nationale de la marine, par le directeur de l’École, Ibrahima Fall, qui faisait partie de la "
           "délégation du ministre, et le vice-amiral portugais Luís Sousa.\n\nAux termes du mémorandum maritime, les élèves "
           "officiers sénégalais suivront des stages à Lisbonne.", dt.date(2026, 3, 16)),
    ("en", "ACCRA — Ghana and Norway signed two agreements in Oslo last week, one on fisheries and one on wind power, according "
           "to the Ghana News Agency and a statement issued on Friday by the Ministry of Energy.\n\nThe first, an agreement on "
           "fisheries management, was signed last Wednesday in Oslo by Ghana’s Minister of Fisheries, Kofi Mensah, and Norway’s "
           "State Secretary for Fisheries, Ingrid Holm. Ghana’s ambassador to Norway, Ama Owusu, attended the signing.\n\nNorway "
           "is one of the largest buyers of Ghanaian tuna, and Norwegian firms have been looking for ways to invest in Tema.\n\n"
           "Wind power\n\nThe second, an agreement on offshore wind energy cooperation, is the one that matters most here in "
           "Takoradi. It was signed on Thursday in Bergen, at the headquarters of the Norwegian Energy Agency, by Ghana’s Deputy "
           "Minister of Energy, Yaw Boateng, who was part of the minister’s delegation, and Norway’s State Secretary for Energy, "
           "Lars Berg.\n\nUnder the wind agreement, Ghanaian engineers will train at Norwegian offshore farms.", dt.date(2026, 3, 16)),
]


@pytest.mark.parametrize(("lang", "text", "published"), CASES, ids=["the Antarctic memorandum", "the polar memorandum", "du mémorandum maritime", "the wind agreement"])
def test_a_short_naming_repeats_its_full_naming(lang, text, published):
    agreements = read_document(text, lang, published).agreements
    assert len(agreements) == 2, [a.instrument.title for a in agreements]
