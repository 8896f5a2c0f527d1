"""Every page banmian prints conforms to the JSON Schema shipped in the package."""

import json
from importlib import resources

import jsonschema
import pytest

import banmian
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(resources.files("banmian").joinpath("schema/page.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_example_page_conforms(validator):
    validator.validate(banmian.parse_file(EXAMPLE).to_dict())


def test_seed_page_conforms(validator, seed):
    validator.validate(banmian.parse(seed[0]).to_dict())


def test_schema_rejects_a_guessed_date(validator):
    page = banmian.parse_file(EXAMPLE).to_dict()
    page["articles"][0]["date"] = "1月30日"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(page)
