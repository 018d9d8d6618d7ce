"""Each reader component on a small in-memory text: what it assigns, given what it requires."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.reading import run_until

from accordcheck.lang import get_pack


def _names(people):
    return [p.name for p in people]


# --- gazetteer -------------------------------------------------------------------------
def test_gazetteer_finds_country_names_demonyms_and_cities():
    state = run_until("Le ministre algérien est arrivé au Maroc, puis au Caire et à Rabat.", "gazetteer")
    assert [(c.text, c.country, c.kind) for c in state.countries] == [("algérien", "DZA", "demonym"), ("Maroc", "MAR", "name")]
    assert [(p.text, p.city) for p in state.places] == [("Caire", "Le Caire"), ("Rabat", "Rabat")]


def test_gazetteer_in_english():
    state = run_until("Pakistan and the Turkish side met in Ankara.", "gazetteer", "en")
    assert [c.country for c in state.countries] == ["PAK", "TUR"]
    assert [p.city for p in state.places] == ["Ankara"]


# --- dates -----------------------------------------------------------------------------
def test_dates_resolve_against_the_publication_date():
    state = run_until("L'accord a été signé mardi 13 janvier 2026, puis commenté ce lundi.", "dates")
    assert state.dates[0].date == dt.date(2026, 1, 13) and state.dates[0].precision == "day"


def test_dates_in_english_resolve_a_weekday():
    state = run_until("The deal was signed on Tuesday.", "dates", "en")
    assert [d.date for d in state.dates] == [dt.date(2026, 1, 13)]


# --- instruments -------------------------------------------------------------------------
def test_instruments_read_head_complements_and_determiner():
    state = run_until("Ils ont signé un accord de coopération militaire et le mémorandum.", "instruments")
    assert [(i.title, i.kind, i.determiner) for i in state.instruments] == [
        ("accord de coopération militaire", "agreement", "un"),
        ("mémorandum", "memorandum_of_understanding", "le"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        # seen failing: an adjective inside a kind's name ("programme [indicatif] de coopération")
        ("Le sixième programme indicatif de coopération a été signé en octobre à Praia.",
         "programme indicatif de coopération", "other"),
        # other members: the first word of a multiword kind, an adjective, then the rest
        ("Les deux pays ont signé un programme pluriannuel de coopération mardi.", "programme pluriannuel de coopération", "other"),
        ("Les deux ministres ont adopté un plan conjoint d’action contre le braconnage.", "plan conjoint d’action contre le braconnage", "action_plan"),
        ("Les deux agences ont signé une lettre commune d’intention lundi.", "lettre commune d’intention", "letter_of_intent"),
    ],
)
def test_instruments_read_an_adjective_inside_the_kinds_name(text, title, kind):
    state = run_until(text, "instruments")
    assert [(i.title, i.kind) for i in state.instruments] == [(title, kind)]


def test_an_adjective_inside_a_kinds_name_is_one_word_only():
    state = run_until("Le programme de travail des ministres, très chargé, de coopération régionale.", "instruments")
    assert state.instruments == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # seen: "programme … de coopération entre le Luxembourg" — cut after the first party
        ("Le sixième programme de coopération entre le Luxembourg et le Cap-Vert a été signé mardi.", "programme de coopération"),
        # other members: the complement that names the parties is not the document's name
        ("L’accord de coopération militaire entre le Niger et le Tchad a été signé lundi.", "accord de coopération militaire"),
        ("Le protocole d’accord entre le Maroc et l’Espagne a été paraphé jeudi.", "protocole d’accord"),
        ("La convention d’entraide judiciaire entre la France et le Togo a été signée hier.", "convention d’entraide judiciaire"),
        # not the parties: the complement stays in the title
        ("Le mémorandum d’entente sur la coopération entre les garde-côtes des deux pays a été signé.",
         "mémorandum d’entente sur la coopération entre les garde-côtes des deux pays"),
        ("L’accord sur la pêche entre les deux rives de la Méditerranée a été signé.", "accord sur la pêche entre les deux rives de la Méditerranée"),
    ],
)
def test_an_instruments_title_ends_before_the_parties(text, title):
    state = run_until(text, "instruments")
    assert [i.title for i in state.instruments] == [title]


def test_instruments_in_english_take_premodifiers():
    state = run_until("They signed a defence cooperation agreement on Monday.", "instruments", "en")
    assert [(i.title, i.kind) for i in state.instruments] == [("defence cooperation agreement", "agreement")]


# --- signings ----------------------------------------------------------------------------
def test_signings_tell_signed_from_planned():
    state = run_until("Les deux pays ont signé un accord. Ils signeront un traité.", "signings")
    assert [(c.sentence, c.status) for c in state.signings] == [(0, "signed"), (1, "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "1. Convention d’entraide judiciaire, signée par les deux ministres de la Justice.",
        "Les deux conventions, signées hier à Dakar, entrent en vigueur en mars.",
        "L’entente, paraphée mardi par les deux ministres, sera ratifiée.",
        "Les protocoles, paraphés à Rabat, seront publiés.",
    ],
)
def test_a_participle_agrees_with_its_instrument_and_signs(text):
    """"signée", "signés", "paraphée": the participle agrees in gender and number."""
    state = run_until(text, "signings")
    assert [c.status for c in state.signings] == ["signed"]


# --- names -------------------------------------------------------------------------------
def test_names_come_from_sentences_with_a_title():
    text = "Ahmed Attaf aime Paris. Le ministre algérien Ahmed Attaf a signé l'accord."
    state = run_until(text, "names")
    assert [text[s:e] for s, e in state.ner_spans] == ["Ahmed Attaf"]


# --- titles ------------------------------------------------------------------------------
def test_titles_read_complements_demonyms_and_counterparts():
    text = "Le ministre algérien des Affaires étrangères a reçu son homologue marocain."
    state = run_until(text, "titles")
    assert [(t.text, t.country, t.official, t.counterpart) for t in state.titles] == [
        ("ministre algérien des Affaires étrangères", "DZA", True, False),
        ("homologue marocain", "MAR", True, True),
    ]


def test_titles_in_english_stop_where_a_name_begins():
    state = run_until("Pakistan's Defence Minister Khawaja Asif arrived.", "titles", "en")
    assert [(t.text, t.country) for t in state.titles] == [("Defence Minister", "PAK")]


# --- mentions ----------------------------------------------------------------------------
def test_mentions_join_titles_and_the_name_after_them():
    state = run_until("Le ministre algérien de la Défense, Ahmed Attaf, a signé l'accord.", "mentions")
    (mention,) = state.mentions
    assert mention.name == "Ahmed Attaf" and [t.text for t in mention.titles] == ["ministre algérien de la Défense"]
    assert mention.roles == []  # roles come later


def test_mentions_take_an_appositive_title_after_a_name():
    state = run_until("Pakistan's Defence Minister Khawaja Asif met Hakan Fidan, Turkey's foreign minister.", "mentions", "en")
    assert [(m.name, [t.text for t in m.titles]) for m in state.mentions] == [
        ("Khawaja Asif", ["Defence Minister"]),
        ("Hakan Fidan", ["foreign minister"]),
    ]


# --- roles -------------------------------------------------------------------------------
def test_roles_from_the_sentence_around_a_mention():
    state = run_until("Le ministre algérien Ahmed Attaf a signé l'accord.", "roles")
    assert [c.role for c in state.mentions_with_roles[0].roles] == ["signatory"]
    assert state.mentions[0].roles == []  # the earlier layer is unchanged


def test_roles_skip_background_sentences():
    state = run_until("En 2019, le ministre algérien Ahmed Attaf avait déjà signé un accord.", "roles")
    assert state.mentions_with_roles[0].roles == []


# --- coreference -------------------------------------------------------------------------
def test_coreference_joins_a_short_title_to_the_named_official():
    text = "Le ministre algérien de la Défense Ahmed Attaf a signé l'accord. Le ministre algérien a salué ce texte."
    state = run_until(text, "coreference")
    (person,) = state.officials
    assert person.name == "Ahmed Attaf" and len(person.mentions) == 2 and person.country == "DZA"


def test_coreference_joins_surnames():
    text = "Le ministre tunisien Nabil Ammar a signé l'accord. Ammar a ajouté que le texte compte."
    state = run_until(text, "coreference")
    assert _names(state.officials) == ["Nabil Ammar"] and len(state.officials[0].mentions) == 2


def test_coreference_names_later_an_official_introduced_by_function():
    text = ("L'accord a été signé par le ministre centrafricain des Mines et le ministre camerounais de l'Énergie. "
            "Le premier, Hervé Ngouandji, a salué l'accord.")
    state = run_until(text, "coreference")
    named = next(p for p in state.officials if p.name)
    assert named.name == "Hervé Ngouandji" and named.country == "CAF"


# --- domains -----------------------------------------------------------------------------
def test_domains_outside_titles_longest_first():
    text = "Le ministre de la Défense a signé un accord sur la sécurité maritime et l'extradition."
    state = run_until(text, "domains")
    assert [(d.text, d.code) for d in state.domains] == [("sécurité maritime", "maritime_security"), ("extradition", "justice")]


# --- visit -------------------------------------------------------------------------------
def test_visit_reads_host_visitor_and_length():
    text = "Le ministre algérien Ahmed Attaf, en visite de trois jours au Maroc, a signé un accord."
    visit = run_until(text, "visit").visit_draft
    assert (visit.host, visit.visitor, visit.duration_days) == ("MAR", "DZA", 3)


def test_no_visit_without_a_cue():
    assert run_until("Le ministre algérien Ahmed Attaf a signé un accord.", "visit").visit_draft is None


# --- sides -------------------------------------------------------------------------------
def test_sides_place_an_official_on_the_side_a_sentence_names():
    text = "L'accord a été signé à Brasilia. Pour le Brésil, il a été signé par le ministre Mauro Vieira."
    state = run_until(text, "sides")
    assert next(p for p in state.sided_officials if p.name == "Mauro Vieira").country == "BRA"
    assert next(p for p in state.officials if p.name == "Mauro Vieira").country is None


# --- agreements --------------------------------------------------------------------------
def test_agreements_gather_parties_date_place_people_and_domains():
    text = ("Le ministre algérien Ahmed Attaf et son homologue marocain Nasser Bourita ont signé mardi "
            "13 janvier 2026 à Rabat un accord de coopération en matière de sécurité maritime.")
    (agreement,) = run_until(text, "agreements").agreements
    assert agreement.signed and agreement.instrument.kind == "agreement"
    assert [p.country for p in agreement.parties] == ["DZA", "MAR"]
    assert agreement.date.date == dt.date(2026, 1, 13) and agreement.place.city == "Rabat"
    assert sorted(_names(agreement.people)) == ["Ahmed Attaf", "Nasser Bourita"]
    assert [d.code for d in agreement.domains] == ["maritime_security"]


def test_agreements_in_english():
    text = ("Pakistan's Defence Minister Khawaja Asif signed a defence cooperation agreement with Turkish "
            "Foreign Minister Hakan Fidan in Ankara on Tuesday.")
    (agreement,) = run_until(text, "agreements", "en").agreements
    assert [p.country for p in agreement.parties] == ["PAK", "TUR"]
    assert agreement.place.city == "Ankara" and agreement.date.date == dt.date(2026, 1, 13)


def test_a_planned_agreement_only_when_none_is_signed():
    (agreement,) = run_until("Les deux pays signeront un traité d'extradition.", "agreements").agreements
    assert not agreement.signed and agreement.instrument.kind == "treaty"


# --- syntax ------------------------------------------------------------------------------
def test_syntax_parses_only_the_sentences_with_a_signing_cue():
    text = ("Le ministre malien est arrivé lundi à Dakar. L’accord a été signé mardi, pour la partie sénégalaise, "
            "par le ministre de l’Intérieur, Moussa Diop, et, pour la partie malienne, par le ministre de la Sécurité, "
            "Amadou Traoré.")
    state = run_until(text, "syntax")
    assert state.parses.sentences == (1,) and state.parses.get(0) is None
    signers = state.parses.get(1).signers(get_pack("fr").data["meta"]["parser_relations"])
    words = {text[s : s + 6] for s in signers}
    assert {"minist", "Moussa", "Diop, ", "Amadou", "Traoré"} <= words and "partie" not in words


def test_syntax_is_empty_without_a_parser_for_the_language():
    assert run_until("The agreement was signed by John Kamau.", "syntax", "en").parses.sentences == ()
