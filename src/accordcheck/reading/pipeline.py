"""A pipeline of reading components over one article, checked when it is built.

The article's text layer (:class:`~accordcheck.reading.text.Text`: text, tokens, sentences,
language pack, publication date) is given. Each :class:`Component` names the layers it
``requires`` and the layers it ``assigns``; it reads a :class:`State` and returns the new
layers as a mapping, never changing a layer already there. :class:`Pipeline` checks, when it
is built, that every requirement is assigned by an earlier component and that no layer is
assigned twice (as spaCy's ``analyze_pipes`` does), and raises :class:`PipelineError` if not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from accordcheck.reading.text import Text

__all__ = ["Component", "Pipeline", "PipelineError", "State"]


class PipelineError(ValueError):
    """A pipeline whose components do not fit together, or a component breaking its contract."""


class State:
    """The text layer and the layers assigned so far; read-only to components."""

    __slots__ = ("_layers", "text")

    def __init__(self, text: Text, layers: Mapping[str, Any] | None = None) -> None:
        self.text = text
        self._layers: Mapping[str, Any] = MappingProxyType(dict(layers or {}))

    def __getattr__(self, name: str) -> Any:
        try:
            return self._layers[name]
        except KeyError:
            raise PipelineError(f"layer '{name}' is not assigned (yet)") from None

    def __contains__(self, name: str) -> bool:
        return name in self._layers

    @property
    def layers(self) -> Mapping[str, Any]:
        return self._layers

    def with_layers(self, new: Mapping[str, Any]) -> State:
        again = set(new) & set(self._layers)
        if again:
            raise PipelineError(f"layers assigned twice: {sorted(again)}")
        return State(self.text, {**self._layers, **new})


class Component:
    """One step of the reading: ``__call__(state)`` returns exactly the layers it ``assigns``."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, state: State) -> Mapping[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


class Pipeline:
    def __init__(self, components: Iterable[Component]) -> None:
        self.components = tuple(components)
        self.analysis = self.analyze()

    def analyze(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Who assigns what: raise on a requirement no earlier component assigns, or on a layer
        assigned twice; return each component's requires and assigns."""
        assigned: dict[str, str] = {}
        analysis: dict[str, dict[str, tuple[str, ...]]] = {}
        names = [c.name for c in self.components]
        if len(set(names)) != len(names) or not all(names):
            raise PipelineError(f"components need distinct names: {names}")
        for component in self.components:
            missing = [layer for layer in component.requires if layer not in assigned]
            if missing:
                later = {layer: c.name for c in self.components for layer in c.assigns if layer in missing}
                hint = "; ".join(f"'{layer}' is assigned later by '{later[layer]}'" for layer in missing if layer in later)
                raise PipelineError(
                    f"component '{component.name}' requires {missing}, which no earlier component assigns"
                    + (f" ({hint})" if hint else "")
                )
            for layer in component.assigns:
                if layer in assigned:
                    raise PipelineError(f"'{component.name}' assigns '{layer}', already assigned by '{assigned[layer]}'")
                assigned[layer] = component.name
            analysis[component.name] = {"requires": component.requires, "assigns": component.assigns}
        return analysis

    @property
    def assigns(self) -> tuple[str, ...]:
        return tuple(layer for c in self.components for layer in c.assigns)

    def __call__(self, text: Text) -> State:
        state = State(text)
        for component in self.components:
            # a component sees the layers it requires, and no others
            new = component(State(text, {layer: state.layers[layer] for layer in component.requires}))
            if set(new) != set(component.assigns):
                raise PipelineError(f"'{component.name}' returned {sorted(new)}, declared {sorted(component.assigns)}")
            state = state.with_layers(new)
        return state
