"""Writes answer ConsumedCapacity only when asked, as DynamoDB does (moto adds it to every UpdateItem)."""
import pytest


def _key(n):
    return {"pk": {"S": f"k{n}"}, "sk": {"S": "s"}}


@pytest.mark.parametrize("write", ["update", "delete"])
def test_a_write_that_does_not_ask_gets_no_consumed_capacity(ddb, table, write):
    ddb.put_item(TableName=table, Item={**_key(1), "a": {"S": "x"}})
    if write == "update":
        answer = ddb.update_item(TableName=table, Key=_key(1), UpdateExpression="SET a = :v",
                                 ExpressionAttributeValues={":v": {"S": "y"}}, ReturnValues="ALL_NEW")
        assert answer["Attributes"]["a"] == {"S": "y"}
    else:
        answer = ddb.delete_item(TableName=table, Key=_key(1))
    assert "ConsumedCapacity" not in answer
    assert "ConsumedCapacityUnits" not in answer


def test_an_update_that_asks_gets_its_consumed_capacity(ddb, table):
    answer = ddb.update_item(TableName=table, Key=_key(2), UpdateExpression="SET a = :v",
                             ExpressionAttributeValues={":v": {"S": "y"}}, ReturnConsumedCapacity="TOTAL")
    assert answer["ConsumedCapacity"]["TableName"] == table
