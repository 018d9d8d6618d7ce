"""Classes of phrasing about who looked on and whose side a phrase names, seen failing on
articles written apart from the reader; each with the seen member and three others."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def _people(text: str, language: str) -> dict[str, tuple[str | None, list[str]]]:
    document = read_document(text, language, PUBLISHED)
    return {p.name: (p.country, p.role_names()) for p in document.people if p.name}


# --- an honorific's dot ends no clause: "A and Mr. B looked on" makes A an onlooker too ---------
DOTTED_COORDINATION = [
    # seen failing
    ("en", "The MoU was signed by Secretary Sadia Ahmed on behalf of Pakistan and Deputy Minister Sahib Mammadov on "
           "behalf of Azerbaijan, while Federal Minister for Commerce Jam Zafar Ali Khan and Mr. Hasanli looked on.",
     "Jam Zafar Ali Khan", "witness"),
    # other members
    ("en", "The treaty was signed by Justice Minister Ana Silva and Justice Minister João Costa, as Foreign Minister "
           "Pedro Alves and Mrs. Rita Gomes looked on.", "Pedro Alves", "witness"),
    ("en", "Trade Minister Lee Kinyanjui and Mr. Francis Mwebesa signed the agreement on Tuesday.", "Lee Kinyanjui", "signatory"),
    ("en", "Defence Minister Richard Marles and Dr. Ng Eng Hen, Singapore's defence minister, signed the treaty.",
     "Richard Marles", "signatory"),
]


@pytest.mark.parametrize(("language", "text", "name", "role"), DOTTED_COORDINATION, ids=[f"{c[0]}-{i}" for i, c in enumerate(DOTTED_COORDINATION)])
def test_an_honorifics_dot_does_not_end_the_role_clause(language, text, name, role):
    assert role in _people(text, language)[name][1]


# --- French onlookers coordinated before the verb: "A et M. B ont assisté à la cérémonie" -------
COORDINATED_ONLOOKERS_FR = [
    "Le ministre malien de la Sécurité, Amadou Traoré, et M. Ali Mahamane ont assisté à la cérémonie de signature.",
    "La ministre sénégalaise des Mines, Awa Diop, et Mme. Fatou Sow, sa directrice de cabinet, ont pris part à la cérémonie.",
    "Le ministre Ibrahim Yacouba et le Premier ministre Ali Lamine Zeine ont assisté à la signature.",
    "Le ministre gabonais de la Défense, Brice Oligui, ainsi que l’ambassadeur de France ont assisté à la cérémonie.",
]
FIRST_ONLOOKER = ["Amadou Traoré", "Awa Diop", "Ibrahim Yacouba", "Brice Oligui"]


@pytest.mark.parametrize(("text", "name"), list(zip(COORDINATED_ONLOOKERS_FR, FIRST_ONLOOKER)), ids=[str(i) for i in range(4)])
def test_the_first_of_coordinated_onlookers_is_a_witness(text, name):
    assert "witness" in _people(text, "fr")[name][1]


# --- a side named right after another official's name is theirs --------------------------------
SIDE_AFTER_ANOTHER = [
    # seen failing
    ("en", "The MoU was signed by Secretary Sadia Ahmed on behalf of Pakistan and Deputy Minister Sahib Mammadov on "
           "behalf of Azerbaijan, while Federal Minister for Commerce Jam Zafar Ali Khan and Mr. Hasanli looked on.",
     "Jam Zafar Ali Khan", "AZE"),
    # other members
    ("fr", "L’accord a été signé par Amadou Traoré pour la partie malienne et par Ali Mahamane pour la partie "
           "nigérienne, en présence du ministre Souleymane Diarra.", "Souleymane Diarra", "NER"),
    ("en", "The accord was signed by Finance Minister Kwame Asante for Ghana and Trade Minister Kodjo Adedze for Togo, "
           "in the presence of Minister Mahama Ayariga.", "Mahama Ayariga", "TGO"),
    ("fr", "La convention a été paraphée par Jean Kaboré au nom du Burkina Faso et par Issa Diallo au nom du Mali, sous "
           "le regard du Premier ministre Apollinaire Kyélem.", "Apollinaire Kyélem", "MLI"),
]


@pytest.mark.parametrize(("language", "text", "name", "not_side"), SIDE_AFTER_ANOTHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIDE_AFTER_ANOTHER)])
def test_a_side_after_another_officials_name_is_not_the_next_ones(language, text, name, not_side):
    assert _people(text, language)[name][0] != not_side


# --- English without a name model: a full name told again without its title --------------------
NAMED_AGAIN_EN = [
    # seen failing
    ("Federal Minister for Commerce Jam Zafar Ali Khan looked on. Earlier, Jam Zafar Ali Khan received the Azerbaijani "
     "minister.", "Jam Zafar Ali Khan", "host"),
    # other members
    ("Defence Minister Richard Marles signed the treaty with his Papuan counterpart. Later, Richard Marles hosted a lunch "
     "for the visiting delegation.", "Richard Marles", "host"),
    ("Kenyan Trade Secretary Lee Kinyanjui arrived on Monday. On Tuesday, Lee Kinyanjui and Trade Minister Francis "
     "Mwebesa signed the agreement.", "Lee Kinyanjui", "signatory"),
    ("Foreign Secretary Vikram Misri led the talks on the memorandum. On Friday, Vikram Misri also witnessed the signing "
     "of the memorandum.", "Vikram Misri", "witness"),
]


@pytest.mark.parametrize(("text", "name", "role"), NAMED_AGAIN_EN, ids=[str(i) for i in range(4)])
def test_a_full_name_told_again_is_a_mention_of_the_official(text, name, role):
    assert role in _people(text, "en")[name][1]


# --- an abbreviation's dot ends no clause either ("signed on Oct. 7 … by X") --------------------
ABBREVIATION_DOTS = [
    # seen failing
    ("It was signed on Oct. 7 at the Ministry of Education and Training in Hanoi by Ireland’s ambassador to Vietnam, "
     "Deirdre Ní Fhalluin, and Vietnam’s Deputy Minister of Education and Training, Lê Quang Vinh.", "Deirdre Ní Fhalluin"),
    # other members
    ("The deal was signed on Jan. 5 in Lima by Peru’s Minister of Foreign Trade, Úrsula Desilú León.", "Úrsula Desilú León"),
    ("The memorandum was signed at the U.N. headquarters in New York by Ghana’s Minister of Health, Kwabena Mintah Akandoh.",
     "Kwabena Mintah Akandoh"),
    ("The treaty was signed on Sept. 12 at St. Julian’s by Malta’s Minister for Home Affairs, Byron Camilleri.", "Byron Camilleri"),
]


@pytest.mark.parametrize(("text", "name"), ABBREVIATION_DOTS, ids=[str(i) for i in range(len(ABBREVIATION_DOTS))])
def test_an_abbreviations_dot_does_not_end_the_signing_clause(text, name):
    assert "signatory" in _people(text, "en")[name][1]


# --- onlookers whose clause goes on to others signing: "X and Y looked on as the officers signed" ---
ONLOOKERS_OF_OTHERS_SIGNING = [
    # seen failing: the first onlooker read as a signatory
    ("en", "The memorandum was signed by the heads of the two coast guards. President Ferdinand R. Marcos Jr. and "
     "Vietnamese President Luong Cuong looked on as the two officers exchanged the signed copies.", "Ferdinand R. Marcos Jr."),
    # other members
    ("en", "Kenya and Peru signed an agreement on trade on Monday. President William Ruto and President Dina Boluarte "
     "looked on as the two ministers inked the memorandum.", "William Ruto"),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un accord sur la pêche. Le président Bassirou Diomaye Faye et le "
     "président Adama Barrow ont assisté à la cérémonie au cours de laquelle les deux ministres ont signé l’accord.",
     "Bassirou Diomaye Faye"),
    ("fr", "Le Sénégal et la Gambie ont signé lundi un accord sur la pêche. Le président Bassirou Diomaye Faye et le "
     "président Adama Barrow étaient présents lorsque les deux ministres ont paraphé le texte.", "Bassirou Diomaye Faye"),
]


@pytest.mark.parametrize(("language", "text", "name"), ONLOOKERS_OF_OTHERS_SIGNING)
def test_onlookers_of_others_signing_are_witnesses_only(language, text, name):
    roles = _people(text, language)[name][1]
    assert "witness" in roles and "signatory" not in roles, roles


# --- an initial's dot before a name particle ends no role clause ("Roberto C. de Guzman, …, and B") --
INITIAL_BEFORE_PARTICLE_ROLES = [
    # seen failing: the second signer lost the signing
    ("The memorandum was signed at Malacañang Palace by Admiral Roberto C. de Guzman, Commandant of the Philippine Coast "
     "Guard, and Lieutenant General Nguyen Van Tuan, Commander of the Vietnam Coast Guard.", "Nguyen Van Tuan", "signatory"),
    # other members
    ("The agreement was signed by Secretary Emmanuel A. de los Reyes and Minister Ana Lopez.", "Ana Lopez", "signatory"),
    ("The agreement was signed by Minister Maria T. van der Berg and Minister Ana Lopez.", "Ana Lopez", "signatory"),
    ("The ministers signed the agreement while President Jose M. da Silva and President William Ruto looked on.",
     "William Ruto", "witness"),
]


@pytest.mark.parametrize(("text", "name", "role"), INITIAL_BEFORE_PARTICLE_ROLES)
def test_an_initials_dot_before_a_particle_ends_no_role_clause(text, name, role):
    assert role in _people("Kenya and Peru signed an agreement on Monday. " + text, "en")[name][1]


# --- "Neither X nor Y signed": a denied signer signed nothing ------------------------------------
# seen on eval-en-i: "Neither Menon nor his Armenian host, Defence Minister Vahe Ter-Grigoryan,
# signed the texts themselves" made both signatories
DENIED_SIGNERS = [
    ("en", "The memorandum was signed by two deputy ministers. Neither Defence Secretary Arvind Menon nor his host, "
           "Defence Minister Vahe Petrosyan, signed the texts themselves.", "Vahe Petrosyan"),
    ("en", "Neither Foreign Minister Ana Silva nor Trade Minister João Costa signed the agreement, which was signed by "
           "their ambassadors.", "João Costa"),
    ("en", "The protocol was signed by the directors general. None of the ministers, including Health Minister Grace "
           "Akello, signed the document.", "Grace Akello"),
    ("fr", "Le protocole a été signé par les secrétaires généraux. Ni le ministre Amadou Traoré ni son homologue, le "
           "ministre Ali Mahamane, n’ont signé les textes eux-mêmes.", "Ali Mahamane"),
    ("fr", "Le Mali et le Niger ont signé un mémorandum. Aucun des deux ministres, ni la ministre Awa Diop ni la "
           "ministre Fatou Sow, n’a apposé sa signature au bas du mémorandum, signé par les directeurs.", "Fatou Sow"),
]


# --- a denial naming its signers by function: "Neither minister signed" -------------------------------
# seen on eval-en-l: "Neither minister signed." made an unnamed minister a signatory, and the minister
# named later took that signing
_LATER = (" Ilkhom Makhkamov, the Uzbek Minister of Transport, told reporters the first train could run soon.", "Ilkhom Makhkamov")
DENIED_SIGNERS += [
    ("en", "Pakistan and Uzbekistan signed two MoUs in Tashkent on Saturday. Neither minister signed. The MoU was signed by "
           "Pakistan's Secretary Railways, Muhammad Jadoon, and Uzbekistan's Deputy Minister of Transport, Jasur Rakhimov."
           + _LATER[0], _LATER[1]),
    ("en", "Pakistan and Uzbekistan signed two MoUs in Tashkent on Saturday. Neither of the two ministers signed the texts, "
           "which were signed by Pakistan's Secretary Railways, Muhammad Jadoon, and Uzbekistan's Deputy Minister of "
           "Transport, Jasur Rakhimov." + _LATER[0], _LATER[1]),
    ("en", "Pakistan and Uzbekistan signed an MoU in Tashkent on Saturday. No minister signed the memorandum, which was "
           "signed by Pakistan's Secretary Railways, Muhammad Jadoon, and Uzbekistan's Deputy Minister of Transport, Jasur "
           "Rakhimov." + _LATER[0], _LATER[1]),
    ("en", "Pakistan and Uzbekistan signed an MoU in Tashkent on Saturday. Neither transport minister initialled the "
           "accord, which was initialled by Pakistan's Secretary Railways, Muhammad Jadoon, and Uzbekistan's Deputy "
           "Minister of Transport, Jasur Rakhimov." + _LATER[0], _LATER[1]),
]


@pytest.mark.parametrize(("language", "text", "name"), DENIED_SIGNERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED_SIGNERS)])
def test_a_denied_signer_is_no_signatory(language, text, name):
    people = _people(text, language)
    assert name in people and "signatory" not in people[name][1], people


# --- "signed … during a visit by X": the agent of the visit, not of the signing -------------------
# seen on eval-en-i: "The documents were signed on Friday at the Armenian Ministry of Defence in
# Yerevan, on the third day of a four-day official visit to Armenia by Defence Secretary Arvind K.
# Menon" made the visitor a signatory
VISIT_AGENTS = [
    ("en", "The documents were signed on Friday in Yerevan, on the third day of a four-day official visit to Armenia by "
           "Defence Secretary Arvind Menon.", "Arvind Menon"),
    ("en", "The agreements were signed on Monday during a three-day visit to Ghana by Foreign Minister Ana Silva.", "Ana Silva"),
    ("en", "The memorandum was signed in Accra at the end of an official trip by Trade Minister João Costa.", "João Costa"),
    ("fr", "Les accords ont été signés lundi à Dakar, lors de la visite de travail effectuée au Sénégal par le ministre "
           "malien des Affaires étrangères, Abdoulaye Diop.", "Abdoulaye Diop"),
    ("en", "The two texts were signed in Nairobi on the occasion of a working visit by Prime Minister Ali Lamine.", "Ali Lamine"),
]


@pytest.mark.parametrize(("language", "text", "name"), VISIT_AGENTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(VISIT_AGENTS)])
def test_the_agent_of_a_visit_is_no_signatory(language, text, name):
    people = _people(text, language)
    assert name in people and "signatory" not in people[name][1], people


# --- "the directors general": the word after a plural title is part of it, no official ------------
# seen: "The protocol was signed by the directors general." made "general" an unnamed official,
# then the minister the text names next a signatory
PLURAL_POSTPOSED = [
    "Uganda and Kenya signed a protocol on health. The protocol was signed by the directors general. Health Minister "
    "Grace Akello attended the ceremony.",
    "Ghana and Togo signed a memorandum on trade. The secretaries general of the two ministries signed it. Trade "
    "Minister Grace Akello looked on.",
    "Fiji and Tonga signed an agreement on consular services. The consuls general signed on behalf of their "
    "governments, while Foreign Minister Grace Akello attended.",
    "Kenya and Uganda signed a memorandum on justice. It was signed by the attorneys general of both countries in the "
    "presence of Justice Minister Grace Akello.",
]


@pytest.mark.parametrize("text", PLURAL_POSTPOSED, ids=[str(i) for i in range(len(PLURAL_POSTPOSED))])
def test_the_word_after_a_plural_title_is_no_official(text):
    people = _people(text, "en")
    assert "signatory" not in people["Grace Akello"][1], people


# --- a first signer titled "President" does not stop the second signer's clause ------------------
# seen on eval-en-j: "signed … by the Acting President of the DGCA, Eng. Yousef Abdullah Al-Fawzan,
# and Uzbekistan's First Deputy Minister of Transport, Akmal Yusupov" lost the second signer (the
# guard against "presided" also caught "President")
AFTER_A_PRESIDENT = [
    ("en", "Kuwait and Uzbekistan signed an air services agreement. It was signed by the Acting President of the Authority, "
           "Yousef Fawzan, and Uzbekistan's First Deputy Minister of Transport, Akmal Yusupov.", "Akmal Yusupov"),
    ("en", "Ghana and Togo signed a memorandum. It was signed by the President of the Chamber of Commerce, Kofi Mensah, and "
           "the Togolese Minister of Trade, Ama Dogbe.", "Ama Dogbe"),
    ("en", "Fiji and Tonga signed an agreement. It was signed by the Vice President of the Commission, Sitiveni Rabuka, "
           "and by Tonga's Minister of Finance, Tevita Lavemaau.", "Tevita Lavemaau"),
    ("en", "Kenya and Rwanda signed a protocol. The protocol was signed by the Presidential Adviser on Trade, Jane Ruto, "
           "and Rwanda's Minister of Trade, Prudence Sebahizi.", "Prudence Sebahizi"),
]


@pytest.mark.parametrize(("language", "text", "name"), AFTER_A_PRESIDENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(AFTER_A_PRESIDENT)])
def test_a_presidents_title_does_not_end_the_signing_clause(language, text, name):
    assert "signatory" in _people(text, language)[name][1]


# --- a relative clause or an apposition between a signer and the verb ------------------------------
# seen on eval-fr-j: "… et le ministre mongol des Finances, Dashdondogiin Ganbold, qui fait partie de
# la délégation, ont signé une convention" made him a witness (the leading comma was stripped, so
# the clause before the verb was not read)
CLAUSE_BEFORE_VERB = [
    ("fr", "La France et la Mongolie ont signé un accord. Sous le regard des deux ministres, le directeur de l’agence, "
           "Bruno Lefèvre, et le ministre mongol des Finances, Dashdondogiin Ganbold, qui fait partie de la délégation, "
           "ont signé une convention de financement.", "Dashdondogiin Ganbold"),
    ("en", "Ghana and Togo signed a memorandum of understanding on trade. In the presence of the two presidents, Ghana's "
           "Minister of Trade, Kofi Mensah, and Togo's Minister of Commerce, Ama Dogbe, who is leading the delegation, "
           "signed the memorandum.", "Ama Dogbe"),
    ("fr", "Le Mali et le Sénégal ont signé un protocole d’accord. En présence du Premier ministre, le ministre malien de "
           "l’Élevage, Amadou Traoré, arrivé la veille à Dakar, a signé le protocole.", "Amadou Traoré"),
    ("en", "Kenya and Rwanda signed an agreement. Watched by the two ministers, Kenya's Principal Secretary for Trade, "
           "Jane Ruto, who negotiated the text, signed it.", "Jane Ruto"),
    ("fr", "La Côte d’Ivoire et le Ghana ont signé un accord sur les mines. Le ministre ivoirien des Mines, Jean Kouassi, "
           "qui conduit la délégation ivoirienne, a signé l’accord en présence du président.", "Jean Kouassi"),
    ("fr", "Le Ghana et le Togo ont signé un mémorandum. Sous le regard du président, la ministre ghanéenne du Commerce, "
           "Ama Owusu, qui conduit la délégation, a signé le mémorandum.", "Ama Owusu"),
    ("fr", "Le Niger et le Bénin ont signé un accord. Devant les deux chefs d’État, le ministre nigérien du Pétrole, "
           "Sani Mahamadou, récemment nommé, a signé l’accord.", "Sani Mahamadou"),
]


@pytest.mark.parametrize(("language", "text", "name"), CLAUSE_BEFORE_VERB, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAUSE_BEFORE_VERB)])
def test_a_clause_between_signer_and_verb_keeps_the_signature(language, text, name):
    assert "signatory" in _people(text, language)[name][1], _people(text, language)


# --- "Also present at both signings was …": an inverted presence over several signings -------------
# seen on eval-en-k
PRESENT_AT_SIGNINGS = [
    "Nigeria and Hungary signed two agreements. Also present at both signings was Nigeria’s Ambassador to Hungary, "
    "Chukwuemeka Obiora.",
    "Ghana and Togo signed three memoranda. Present at the two ceremonies were the Minister of Trade, Chukwuemeka Obiora, "
    "and the ambassador.",
    "Fiji and Tonga signed two texts. Attending both signings was Fiji's High Commissioner to Tonga, Chukwuemeka Obiora.",
    "Kenya and Rwanda signed agreements. Also present at all the signings were the Minister of Health, Chukwuemeka Obiora, "
    "and senior officials.",
]


@pytest.mark.parametrize("text", PRESENT_AT_SIGNINGS, ids=[str(i) for i in range(len(PRESENT_AT_SIGNINGS))])
def test_an_inverted_presence_at_several_signings_makes_witnesses(text):
    assert "witness" in _people(text, "en")["Chukwuemeka Obiora"][1]


# --- "The envoy, X": the ambassador introduced earlier by function is named -----------------------
# seen on eval-en-k: "Also present at both signings was Nigeria’s Ambassador to Hungary, who … The
# envoy, Chukwuemeka Nnamdi Obiora, told …" left an unnamed ambassador and a name with no title
ENVOY_NAMED = [
    ("en", "Nigeria and Hungary signed a memorandum. Also present at both signings was Nigeria’s Ambassador to Hungary, who "
           "negotiated the texts. The envoy, Chukwuemeka Obiora, told reporters it had taken months.", "Chukwuemeka Obiora", "NGA"),
    ("en", "Kenya and Ghana signed an agreement. Kenya's High Commissioner to Ghana attended the ceremony. The envoy, Jane "
           "Ruto, said trade would double.", "Jane Ruto", "KEN"),
    ("en", "Ghana and Morocco signed a memorandum. Also present at the signing was Ghana's Chargé d'Affaires in Rabat. "
           "The envoy, Kofi Boateng, said the text opened new routes.", "Kofi Boateng", "GHA"),
    ("en", "Japan and Fiji signed a grant agreement. The signing was attended by Japan's Ambassador to Fiji. The envoy, "
           "Kenji Morimoto, said the port would reopen in 2027.", "Kenji Morimoto", "JPN"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), ENVOY_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ENVOY_NAMED)])
def test_the_envoy_named_later_is_the_ambassador(language, text, name, country):
    people = _people(text, language)
    assert people[name][0] == country and "witness" in people[name][1], people
    assert None not in people or not people[None][1], people
