"""TransactWriteItems is all or nothing, and DynamoDB's transaction limits hold."""
import pytest
from botocore.exceptions import ClientError

from conftest import dump, error_of

MAX_ITEM = 400 * 1024


def key(pk, sk="s"):
    return {"pk": {"S": pk}, "sk": {"S": sk}}


def put(table, pk, sk="s", **attributes):
    return {"Put": {"TableName": table, "Item": {**key(pk, sk), **attributes}}}


def padded(table, pk, total):
    """A Put of an item of exactly `total` bytes: pk, sk "s", and p."""
    fixed = len("pk") + len(pk) + len("sk") + 1 + len("p")
    return put(table, pk, p={"S": "x" * (total - fixed)})


LAST_ACTIONS = {
    "partition key over 2,048 bytes": (lambda t: put(t, "k" * 2049), "ValidationException",
                                       "Size of hashkey has exceeded the maximum size limit of2048 bytes"),
    "sort key over 1,024 bytes": (lambda t: put(t, "new", "s" * 1025), "ValidationException",
                                  "Aggregated size of all range keys has exceeded the size limit of 1024 bytes"),
    "item over 400 KB": (lambda t: padded(t, "huge", MAX_ITEM + 1), "ValidationException",
                         "Item size has exceeded the maximum allowed size"),
    "a condition that fails": (
        lambda t: {"Put": {"TableName": t, "Item": key("seed-2"), "ConditionExpression": "attribute_not_exists(pk)"}},
        "TransactionCanceledException", "[None, None, None, None, None, None, ConditionalCheckFailed]"),
    "an update whose result is over 400 KB": (
        lambda t: {"Update": {"TableName": t, "Key": key("seed-2"), "UpdateExpression": "SET q = :q",
                              "ExpressionAttributeValues": {":q": {"S": "y" * 200_000}}}},
        "TransactionCanceledException", "[None, None, None, None, None, None, ValidationError]"),
    "a second action on the same item": (lambda t: put(t, "new-0", v={"S": "again"}), "ValidationException",
                                         "Transaction request cannot include multiple operations on one item"),
    "a table that does not exist": (lambda t: {"Delete": {"TableName": "no-such-table", "Key": key("x")}},
                                    "ResourceNotFoundException", "Requested resource not found"),
}


@pytest.mark.parametrize("last", LAST_ACTIONS, ids=list(LAST_ACTIONS))
def test_a_transaction_failing_on_its_last_action_writes_nothing(ddb, table, last):
    ddb.put_item(TableName=table, Item={**key("seed-1"), "v": {"S": "one"}})
    ddb.put_item(TableName=table, Item={**key("seed-2"), "p": {"S": "z" * 300_000}})
    ddb.put_item(TableName=table, Item={**key("seed-3"), "v": {"S": "three"}})
    before = dump(ddb, table)
    make_last, code, message = LAST_ACTIONS[last]
    actions = [put(table, f"new-{i}", v={"N": str(i)}) for i in range(4)] + [
        {"Update": {"TableName": table, "Key": key("seed-1"), "UpdateExpression": "SET v = :v",
                    "ExpressionAttributeValues": {":v": {"S": "changed"}}}},
        {"Delete": {"TableName": table, "Key": key("seed-3")}},
        make_last(table)]

    with pytest.raises(ClientError) as refused:
        ddb.transact_write_items(TransactItems=actions)

    assert error_of(refused)[0] == code
    assert message in error_of(refused)[1]
    assert dump(ddb, table) == before


def test_an_update_over_400_kb_is_cancelled_with_dynamodbs_reason(ddb, table):
    ddb.put_item(TableName=table, Item={**key("seed-2"), "p": {"S": "z" * 300_000}})
    with pytest.raises(ClientError) as refused:
        ddb.transact_write_items(TransactItems=[LAST_ACTIONS["an update whose result is over 400 KB"][0](table)])
    reasons = refused.value.response["CancellationReasons"]
    assert reasons == [{"Code": "ValidationError",
                        "Message": "Item size to update has exceeded the maximum allowed size"}]


def test_100_actions_are_accepted_and_101_refused(ddb, table):
    ddb.transact_write_items(TransactItems=[put(table, f"a-{i}") for i in range(100)])
    assert len(dump(ddb, table)) == 100

    with pytest.raises(ClientError) as refused:
        ddb.transact_write_items(TransactItems=[put(table, f"b-{i}") for i in range(101)])
    assert error_of(refused) == ("ValidationException",
                                 "1 validation error detected: Value at 'TransactItems' failed to satisfy "
                                 "constraint: Member must have length less than or equal to 100")
    assert len(dump(ddb, table)) == 100


@pytest.mark.parametrize("second", ["Put", "ConditionCheck"])
def test_two_actions_on_one_item_are_refused_before_anything_is_written(ddb, table, second):
    other = put(table, "same") if second == "Put" else {
        "ConditionCheck": {"TableName": table, "Key": key("same"), "ConditionExpression": "attribute_not_exists(pk)"}}
    with pytest.raises(ClientError) as refused:
        ddb.transact_write_items(TransactItems=[put(table, "first"), put(table, "same"), other])
    assert error_of(refused) == ("ValidationException",
                                 "Transaction request cannot include multiple operations on one item")
    assert dump(ddb, table) == []


def test_the_aggregate_size_is_limited_to_4_mb(ddb, table):
    ddb.transact_write_items(TransactItems=[padded(table, f"ok-{i}", MAX_ITEM) for i in range(10)])  # 4,096,000
    with pytest.raises(ClientError) as refused:
        ddb.transact_write_items(TransactItems=[padded(table, f"no-{i}", MAX_ITEM) for i in range(11)])
    assert error_of(refused)[0] == "ValidationException"
    assert len(dump(ddb, table)) == 10
