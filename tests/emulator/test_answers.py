"""The emulator's fast writing of attribute values (dynamodb_strict/answers.py) gives moto's bytes."""
import base64
import sys
from pathlib import Path

import pytest
from moto.core.serialize import BaseJSONSerializer, XFormedAttributePicker, get_serializer_class
from moto.core.utils import get_service_model

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from dynamodb_strict import answers  # noqa: E402

EVERY_TYPE = {
    "pk": {"S": "CLAIM#01J"}, "sk": {"S": "CLAIM"}, "empty": {"S": ""}, "unicode": {"S": "Zelenskyy – «війна»"},
    "n": {"N": "-12.50"}, "t": {"BOOL": True}, "f": {"BOOL": False}, "null": {"NULL": True},
    "ss": {"SS": ["a", "b"]}, "ns": {"NS": ["1", "2.5"]},
    "m": {"M": {"inner": {"S": "x"}, "deeper": {"M": {"l": {"L": [{"N": "1"}, {"NULL": True}, {"M": {}}]}}}}},
    "l": {"L": [{"S": "x"}, {"L": []}, {"SS": ["z"]}, {"BOOL": False}]}, "emptyMap": {"M": {}},
}
BINARY = {"b": {"B": base64.b64encode(b"\x00\xff").decode()}, "bs": {"BS": [base64.b64encode(b"a").decode()]},
          "nestedBinary": {"M": {"b": {"B": base64.b64encode(b"\x01").decode()}}}}
SLOW = getattr(BaseJSONSerializer._serialize_type_structure, "slow", BaseJSONSerializer._serialize_type_structure)


def _body(operation, result, fast):
    base = get_serializer_class("dynamodb", "json")
    method = answers.fast_attribute_values(SLOW) if fast else SLOW
    serializer_class = type("Serializer", (base,), {"_serialize_type_structure": method})
    serializer = serializer_class(operation_model=get_service_model("dynamodb").operation_model(operation),
                                  pretty_print=False, value_picker=XFormedAttributePicker())
    return serializer.serialize(result)["body"]


@pytest.mark.parametrize("operation, result", [
    ("GetItem", {"Item": EVERY_TYPE}),
    ("GetItem", {"Item": {**EVERY_TYPE, **BINARY}}),
    ("Query", {"Items": [EVERY_TYPE, {**EVERY_TYPE, **BINARY}], "Count": 2, "ScannedCount": 2,
               "LastEvaluatedKey": {"pk": {"S": "p"}, "sk": {"S": "s"}}}),
    ("BatchGetItem", {"Responses": {"t": [EVERY_TYPE]}, "UnprocessedKeys": {}}),
    ("UpdateItem", {"Attributes": EVERY_TYPE}),
    ("TransactGetItems", {"Responses": [{"Item": EVERY_TYPE}, {"Item": BINARY}]}),
])
def test_fast_answers_are_moto_own_bytes(operation, result):
    assert _body(operation, result, fast=True) == _body(operation, result, fast=False)


def test_values_only_moto_knows_how_to_write_take_its_path():
    for value in ({"B": "AAE="}, {"S": "x", "N": "1"}, {"N": 1}, {"M": {"b": {"BS": []}}}, {"X": "y"}, "S"):
        with pytest.raises(answers._SlowPath):
            answers.wire(value)


def test_the_emulator_answers_every_type_as_it_was_written(ddb, table):
    item = {**EVERY_TYPE, "b": {"B": b"\x00\xff"}}
    ddb.put_item(TableName=table, Item={**item, "gpk": {"S": "g"}, "gsk": {"S": "1"}})
    expected = {**item, "gpk": {"S": "g"}, "gsk": {"S": "1"}}
    key = {"pk": item["pk"], "sk": item["sk"]}
    assert ddb.get_item(TableName=table, Key=key)["Item"] == expected
    assert ddb.query(TableName=table, IndexName="byG", KeyConditionExpression="gpk = :g",
                     ExpressionAttributeValues={":g": {"S": "g"}})["Items"] == [expected]
    assert ddb.batch_get_item(RequestItems={table: {"Keys": [key]}})["Responses"][table] == [expected]
