"""DynamoDB's item size rules, as scripts/dynamodb_strict/sizes.py counts them."""
import sys

import boto3
import pytest
from moto import mock_aws

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from dynamodb_strict import install  # noqa: E402
from dynamodb_strict.sizes import item_size, number_size, value_size  # noqa: E402


@pytest.mark.parametrize("number, size", [
    ("0", 1), ("1", 2), ("10", 2), ("100", 2), ("12", 2), ("123", 3), ("12340", 4), ("123456", 4),
    ("3.14159", 5), ("0.5", 2), ("1.2", 3), ("-1", 3), ("1E+125", 2), ("0042.1200", 3),
    ("9" * 38, 20), ("0.0000001", 2)])
def test_a_number_costs_one_byte_per_base_100_digit_plus_one(number, size):
    assert number_size(number) == size


def test_values_are_sized_by_the_documented_rules():
    assert value_size({"S": "é"}) == 2
    assert value_size({"B": b"\x00\x01\x02"}) == 3
    assert value_size({"BOOL": True}) == value_size({"NULL": True}) == 1
    assert value_size({"SS": ["ab", "c"]}) == 3
    assert value_size({"L": []}) == value_size({"M": {}}) == 3
    assert value_size({"L": [{"S": "ab"}, {"N": "1"}]}) == 3 + (1 + 2) + (1 + 2)
    assert value_size({"M": {"ab": {"S": "c"}}}) == 3 + 1 + 2 + 1
    assert item_size({"pk": {"S": "p"}, "n": {"N": "3.14159"}}) == 3 + 6


def test_a_stored_item_measures_as_its_request():
    install()
    item = {"pk": {"S": "p"}, "b": {"B": b"\xff" * 10}, "m": {"M": {"l": {"L": [{"N": "12.5"}, {"BS": [b"ab"]}]}}},
            "ns": {"NS": ["1", "22"]}, "t": {"BOOL": False}}
    with mock_aws():
        ddb = boto3.client("dynamodb", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
        ddb.create_table(TableName="t", BillingMode="PAY_PER_REQUEST",
                         KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}])
        ddb.put_item(TableName="t", Item=item)
        from moto.dynamodb.models import dynamodb_backends
        stored = dynamodb_backends["123456789012"]["us-east-1"].get_table("t").items
        assert [item_size(i.attrs) for i in stored.values()] == [item_size(item)]


def test_a_refused_update_leaves_neither_item_nor_stream_record():
    install()
    with mock_aws():
        ddb = boto3.client("dynamodb", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
        ddb.create_table(TableName="t", BillingMode="PAY_PER_REQUEST",
                         KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                         StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
        ddb.put_item(TableName="t", Item={"pk": {"S": "p"}, "v": {"S": "x" * 300_000}})
        from moto.dynamodb.models import dynamodb_backends
        table = dynamodb_backends["123456789012"]["us-east-1"].get_table("t")
        records = len(table.stream_shard.items)
        update = {"TableName": "t", "Key": {"pk": {"S": "p"}}, "UpdateExpression": "SET w = :w",
                  "ExpressionAttributeValues": {":w": {"S": "y" * 200_000}}}
        with pytest.raises(ddb.exceptions.ClientError):
            ddb.update_item(**update)
        with pytest.raises(ddb.exceptions.TransactionCanceledException):
            ddb.transact_write_items(TransactItems=[{"Update": update}])
        assert len(table.stream_shard.items) == records
        assert set(ddb.get_item(TableName="t", Key={"pk": {"S": "p"}})["Item"]) == {"pk", "v"}
