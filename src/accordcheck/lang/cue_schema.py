"""The shape of a pack's ``cues.json``: the patterns that tell signings, plans, roles, places
and times around them (lang/schema.py holds the other sections and the whole pack)."""

# ruff: noqa: RUF012 -- pydantic fields, whose mutable defaults pydantic copies for each instance

from __future__ import annotations

import re

from pydantic import model_validator

from accordcheck.lang.sections import Patterns, Words, _Section

__all__ = ["CuesData", "NamedLater"]


class NamedLater(_Section):
    ordinals: dict[str, int]
    host: str  # a pattern
    # a pattern ending where a name begins that names the counterpart just mentioned
    # ("ENA identified him in a later dispatch as Dr. X", "l’a présenté comme X")
    pronoun: str | None = None


class CuesData(_Section):
    # named parts of patterns, used in any cue as ``{{name}}`` ("ceremony": what a signing
    # ceremony is called, with its determiners), so a class of phrasing is written once
    fragments: dict[str, str] = {}
    signed: Patterns
    contents_line: Patterns = []  # "In this issue: …", "Au sommaire : …": a digest's contents, naming no signing of its own
    watched_signing: Patterns = []  # "watched their ministers sign": a signing reported by its onlookers (who are witnesses)
    signed_on_a_journey: Patterns = []  # "s’était rendue à Mindelo pour y signer": a past journey made to sign
    signed_participle_before_date: Patterns = []  # "la convention « … », signée fin mars": its date, right after
    planned: Patterns
    negated_signing: Patterns = []  # "Aucun accord n’a été signé", "was not signed": no signing at all
    negated_agents: Patterns = []  # "was not signed by the ministers." then "It was signed by …": the signers denied, not the signing
    signing_put_off: Patterns = []  # "the signing … has been postponed", "la signature … a été reportée": the story's signing is still to come
    # a city's name used for its region: "in São Paulo state", "dans l’État de São Paulo"
    region_before_place: Patterns = []
    district_after_city: Patterns = []  # "in Speightstown, St. Peter, …": after a known city (group "city") and a comma, a parish or district, no person
    region_after_place: Patterns = []
    signatory_after_person: Patterns
    signatory_before_person: Patterns
    side_item: Patterns = []  # "For Tajikistan: …" after "Signing for the Kyrgyz side: …": the other side's signer
    # "… qui a signé ; côté hongrois, M. Y", "… signed for Kenya; for Hungary, Mr Y": the other side's signer, the verb left out
    side_clause: Patterns = []
    host_after_person: Patterns
    host_before_person: Patterns
    visitor_after_person: Patterns
    visitor_before_person: Patterns
    witness_before_person: Patterns
    witness_after_person: Patterns
    remote_signing: Patterns = []  # "signed by videoconference", "par visioconférence": a signing with no place
    remote_onlooker_before: Patterns = []  # "a suivi la signature à distance", "watched … online": an onlooker's distance, before the remote cue
    arrival_named_after: Patterns = []  # "le lendemain de son arrivée", "the day after his arrival": the event counted from is the arrival
    arrival_before_date: Patterns = []  # "Arrivé mercredi 29 octobre", "arrived on Tuesday": the date is the arrival's
    place_hosted_after: Patterns = []  # "Santiago also saw a smaller signing", "Dakar a accueilli la signature": the city hosted it
    meanwhile_before_place: Patterns = []  # "while Arifin was in Antofagasta", "alors que le ministre se trouvait à Kribi": where someone else was meanwhile
    distance_before_place: Patterns = []  # "à quelque 530 kilomètres de Cotonou": a place measured from, not where it happened
    destination_before_place: Patterns = []  # "la délégation a rejoint Natitingou": where a journey ends (a scene's place)
    residence_before_place: Patterns = []  # "who is resident in Pretoria", "avec résidence à Bamako": where an envoy lives
    journey_before_place: Patterns = []  # "who arrived in Nadi on Tuesday", "rentré hier soir à Antananarivo": where someone travelled, not the signing
    event_named_after: Patterns = []  # after "the day before" / "la veille": the event it counts from ("... the summit", "... du sommet")
    # "en marge de la conférence …, qui se tient cette semaine à", "on the sidelines of the
    # summit, which is being held in": the city of the event the signing was held at
    event_held_before_place: Patterns = []
    place_relative_after: Patterns = []  # ", where" / ", où" after a city: a relative clause telling what happened there (the signing)
    group_of_two: Patterns = []  # "the two" / "both" / "les deux" before a plural noun naming officials (group "group": where it starts)
    group_without_noun: Patterns = []  # "the two signed", "les deux ont signé": a group with no noun, the sides' principals
    verb_ending_a_phrase: Patterns = []  # "assistait", "présidait": a verb after a title, never its complement's word
    pronoun_not_a_signer: Patterns = []  # "il a été procédé à la signature": after a subject pronoun, no person's act
    group_of_sides: Patterns = []  # "of the two countries", "des deux délégations" after a plural title head
    denied_agents: Patterns = []  # "signed not by the two ministers … but by …": whoever is named in there did not sign
    witness_pronoun: Patterns = []  # "signé en leur présence", "signed before them": the signing is what they looked on
    side_before_country: Patterns
    reported_before_date: Patterns = []  # "a indiqué mercredi", "said in a statement on": the report's date
    locality_before_name: Patterns = []  # "the Colombian river town of", "la ville frontalière de": a place the gazetteer may lack
    locality_after_name: Patterns = []  # "Dajabón, ville dominicaine", "Busia, a Ugandan border town"
    enumeration_markers: Patterns = []  # "one … the other …", "l’un … l’autre …": each part about one agreement
    # a person's name inside a place's name: the words before it ("au Centre international de
    # conférences Mahatma Gandhi de Niamey")
    venue_before_name: Patterns = []
    venue_before_place: Patterns = []  # "at State House, " / "on the sidelines of" before the city: where it was signed
    side_led_by: Patterns = []  # "the Estonian side, headed by", "la délégation malienne, conduite par": ends at the person
    side_after_person: Patterns = []  # ", for the Kenyan side", ", pour la partie malienne"
    between_title_and_other_person: Patterns
    visit: Patterns
    no_visit: Patterns
    agreement_reference: Patterns
    # "The second document", "le deuxième texte": a pattern -> the rank (from 0) of the
    # agreement it refers to, in the order the article first names them
    ordinal_reference: dict[str, int] = {}
    ceremony: Patterns
    ceremony_ahead: Patterns = []  # "La signature pourrait intervenir …", "will be held in": a ceremony still to come
    after_dated_event: Patterns = []  # "À l’issue de l’audience, …", "Following the talks, …": the signing follows what the previous sentence dates
    signed_there: Patterns = []  # "Trois textes y ont été signés", "were signed there": where and when the sentences before say
    after_previous_signing: Patterns = []  # "Then, …", "Dans la foulée, …": a signing right after the one a sentence before tells, same day and place
    sequence_links: Patterns = []  # "before", "then", "avant de", "puis": what follows is the subject's next act ("looked on before signing the second text"), not what they looked on
    frequent_words: Words  # for guessing an article's language
    role_in_sentence: dict[str, Patterns]
    plural_signatories: Patterns
    agent_words: Patterns
    possessive_determiners: Words = []  # "son homologue", "his counterpart": a determiner an agent's naming may open on
    signatory_nouns: Patterns
    co_signatory_links: Patterns
    counterpart_signer: Patterns
    plural_signatory_heads: dict[str, Words]
    agreement_content: Patterns
    # "The letter of intent is more modest. It describes how …": a sentence whose subject is a pronoun
    # for the text just named, telling what that text does (with several texts too)
    content_by_pronoun: Patterns = []
    # "ajustement complémentaire à l'Accord de base …", "Amendment to the … Agreement": the words that
    # link a text's own title to the text it amends or implements
    named_text_links: Words = []
    agreement_terms: Patterns = []  # "enters into force", "renouvelable": a sentence about the agreement's own terms
    funded_work: Patterns = []  # "The new phase will build …", "Sur quatre ans, le projet doit raccorder …": what the agreement funds, said next
    # "Le futur centre … doit accueillir …": a subject (group ``noun``) and what it will do
    work_subject: Patterns = []
    # "Under the project, …", "Dans le cadre du projet, …": the work named by a word of the
    # title (group ``noun``), opening a sentence about it
    work_reference: Patterns = []
    # "Serbia will build the spans …", "La partie turque formerait les formateurs …": a subject
    # (group ``subject``, where the core looks for a party) and what it undertakes to do
    party_commitment: Patterns = []
    # "a procédé, avec la ministre X, à la signature": the words before a co-actor of an act
    # told after them; the co-actor signed when the act after the person is a signing
    each_party: Patterns = []  # "Either country may …", "Chacune des parties peut …": an undertaking of each party
    # "un second texte a été signé", "another text was signed": a signing of a text the next sentence names
    another_instrument: Patterns = []
    co_actor_before_person: Patterns = []
    signing_act_after_person: Patterns = []
    effect_from_date: Patterns = []  # "From January 1, lorries will be able to cross …", "À partir du 1er mars, les étudiants pourront …": what changes once it applies
    country_after_city: Patterns = []  # "Gyeongju, Republic of Korea", "Genève (Suisse)": what lies between a city and the country that locates it
    talks_topics: Patterns = []  # "the talks covered …", "les entretiens ont porté sur …": what was discussed, not signed
    # "C’est l’un des volets de la convention …", "This is one of the components of the agreement":
    # what the sentence before told is part of the agreement
    scope_told_back: Patterns = []
    scope_denied_back: Patterns = []  # "None of this is covered …": a denial about the sentence before
    scope_denied: Patterns = []  # "ne figurent pas dans le mémorandum", "is not part of the agreement": subjects it leaves out
    background: Patterns
    # "alors", "at the time": a signing happening when the sentence before it says (background when that is long before)
    time_told_before: Patterns = []
    subject_pronouns: Patterns
    named_later: NamedLater | None = None
    place_prepositions: Words
    town_prepositions: Words = []  # "in", "à": before a town's name ("at", "au" lead to venues: "at Suvavou House")
    # nouns of a built project an instrument may be about ("a training centre in Kismayo", "une
    # centrale solaire à Sokodé"): a town after one says where it goes, not where it was signed
    built_things: Words = []
    locative_prepositions: Words = []  # more words before a place ("dans la grande salle du Palais des Congrès de Niamey")
    country_prepositions: Words = []  # "au Panama": before a country's name, the country — not a city of that name
    origin_prepositions: Words = []  # "de", "du": a name particle that is also "from" ("Moussa Diop de Dakar"): a town after it is no surname
    destination_links: Words
    # a title's link to the country its holder's post covers, not their side ("Country Director for Timor-Leste")
    posting_links: Words = []
    # an office unit named for the partner country it deals with ("Japan Wing Chief of ERD",
    # "chef de la division Japon"): the country is the unit's subject, not its holder's side
    subject_units_after_country: Words = []
    subject_units_before_country: Words = []
    visit_of: Patterns
    visit_noun: Patterns
    sign_off_openings: Words = []  # "Fait à N'Djamena, le 12 décembre 2025": the words before a release's closing city
    capital_phrase: Patterns
    # "dans un hôtel de la capitale", "at a hotel in the capital": the capital of the country the
    # visit went to (unless a demonym or a country follows: "la capitale malienne", "the capital of Kenya")
    bare_capital_phrase: Patterns = []
    sentence_abbreviations: Words = []  # case-sensitive, with their dot
    parties_between: Patterns  # case-sensitive; group 1 names the parties
    and_words: Words
    determiners_before_person: Words
    dotted_honorifics: Words  # case-sensitive, without their dot

    @model_validator(mode="after")
    def _fragments_defined(self) -> CuesData:
        """Every ``{{name}}`` a pattern (or a fragment) uses names a fragment of the pack."""
        used = set(re.findall(r"\{\{(\w+)\}\}", self.model_dump_json()))
        missing = used - set(self.fragments)
        if missing:
            raise ValueError(f"cues use undefined fragments: {', '.join(sorted(missing))}")
        return self
