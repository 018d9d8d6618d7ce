"""The pipeline checks its components' order when built and keeps earlier layers unchanged."""

from __future__ import annotations

import pytest

from accordcheck.lang import get_pack
from accordcheck.reading.pipeline import Component, Pipeline, PipelineError, State
from accordcheck.reading.reader import COMPONENTS, default_pipeline, read_document
from accordcheck.reading.text import Text

from helpers.reading import PUBLISHED, run_until


class _Make(Component):
    name = "make"
    assigns = ("a",)

    def __call__(self, state):
        return {"a": [1]}


class _Use(Component):
    name = "use"
    requires = ("a",)
    assigns = ("b",)

    def __call__(self, state):
        return {"b": state.a + [2]}


class _Sneak(Component):
    """Reads a layer it does not declare."""

    name = "sneak"
    requires = ("b",)
    assigns = ("c",)

    def __call__(self, state):
        return {"c": state.a}


class _Liar(Component):
    name = "liar"
    assigns = ("d",)

    def __call__(self, state):
        return {"e": 1}


def _text(content: str = "Un texte.") -> Text:
    return Text(content, get_pack("fr"), PUBLISHED)


def test_a_requirement_assigned_later_fails_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match=r"'use' requires \['a'\].*assigned later by 'make'"):
        Pipeline([_Use(), _Make()])


def test_a_requirement_nobody_assigns_fails():
    with pytest.raises(PipelineError, match="no earlier component assigns"):
        Pipeline([_Use()])


def test_a_layer_assigned_twice_fails():
    class _Again(_Make):
        name = "again"

    with pytest.raises(PipelineError, match="already assigned by 'make'"):
        Pipeline([_Make(), _Again()])


def test_a_component_sees_only_the_layers_it_requires():
    with pytest.raises(PipelineError, match="'a' is not assigned"):
        Pipeline([_Make(), _Use(), _Sneak()])(_text())


def test_a_component_returns_exactly_what_it_declares():
    with pytest.raises(PipelineError, match="declared"):
        Pipeline([_Liar()])(_text())


def test_state_never_overwrites_a_layer():
    state = State(_text(), {"a": 1})
    with pytest.raises(PipelineError, match="twice"):
        state.with_layers({"a": 2})
    assert state.with_layers({"b": 2}).b == 2 and "b" not in state


def test_components_run_in_order():
    state = Pipeline([_Make(), _Use()])(_text())
    assert state.a == [1] and state.b == [1, 2]


def test_the_default_pipeline_is_consistent_and_assigns_what_the_document_needs():
    pipeline = default_pipeline()
    assert [c.name for c in pipeline.components] == [c.name for c in COMPONENTS]
    for layer in ("countries", "places", "dates", "people", "instruments", "signings", "domains", "visit", "agreements"):
        assert layer in pipeline.assigns


def test_each_component_requires_only_what_earlier_ones_assign():
    assigned: set[str] = set()
    for component in COMPONENTS:
        assert set(component.requires) <= assigned, component.name
        assigned |= set(component.assigns)


_ARTICLE = (
    "Le ministre algérien des Affaires étrangères, Ahmed Attaf, en visite de trois jours au Maroc, "
    "a signé mardi 13 janvier 2026 à Rabat un accord de coopération militaire avec son homologue "
    "marocain Nasser Bourita. Pour le Brésil, le mémorandum a été signé par le ministre Mauro Vieira."
)


def test_later_components_copy_people_instead_of_changing_them():
    state = run_until(_ARTICLE, "agreements")
    vieira = next(p for p in state.officials if p.name == "Mauro Vieira")
    sided = next(p for p in state.sided_officials if p.name == "Mauro Vieira")
    final = next(p for p in state.people if p.name == "Mauro Vieira")
    assert vieira.country is None and sided.country == "BRA"  # the sides component's copy
    assert not sided.tied and final.tied  # the agreements component's copy
    assert all(not p.tied for p in state.officials)


def test_the_document_is_the_pipelines_last_layers():
    document = read_document(_ARTICLE, "fr", PUBLISHED)
    state = run_until(_ARTICLE, "agreements")
    assert document.people == state.people and document.visit == state.visit
    assert [a.instrument for a in document.agreements] == [a.instrument for a in state.agreements]
    # an agreement's people are the document's people; one who signed another agreement of the
    # visit (Attaf) is there with the visit's roles only
    assert all(p.name in {q.name for q in document.people} for a in document.agreements for p in a.people)
    attaf = [next(p for p in a.people if p.name == "Ahmed Attaf") for a in document.agreements]
    assert [sorted(p.role_names()) for p in attaf] == [["signatory", "visitor"], ["visitor"]]
