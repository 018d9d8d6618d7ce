"""Every cue of every language pack compiles as the reader compiles it: its patterns joined
into one alternation, fragments expanded. A pack's patterns are data; two of them that each
compile alone may not together (a named group written in both), and the reader would fail on
the first article that reaches that cue."""

from __future__ import annotations

import pytest

from accordcheck.lang import available_languages, get_pack


@pytest.mark.parametrize("code", available_languages())
def test_every_cue_compiles_as_one_alternation(code):
    pack = get_pack(code)
    failures = []
    for name, value in pack.data["cues"].items():
        if name.startswith("_") or name == "fragments" or not isinstance(value, list):
            continue
        try:
            pack.cue(name)
        except Exception as exc:  # re.error, with the position in the joined pattern
            failures.append(f"{name}: {exc}")
    assert failures == []
