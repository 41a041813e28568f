"""DynamoDB's key and item size limits, on writes and on reads, answered as DynamoDB does."""
import pytest
from botocore.exceptions import ClientError

from conftest import create_table, dump, error_of

HASH_TOO_LONG = ("ValidationException", "One or more parameter values were invalid: "
                 "Size of hashkey has exceeded the maximum size limit of2048 bytes")
RANGE_TOO_LONG = ("ValidationException", "One or more parameter values were invalid: "
                  "Aggregated size of all range keys has exceeded the size limit of 1024 bytes")
ITEM_TOO_LARGE = ("ValidationException", "Item size has exceeded the maximum allowed size")
UPDATE_TOO_LARGE = ("ValidationException", "Item size to update has exceeded the maximum allowed size")

# Two bytes per character in UTF-8: the limits count bytes, not characters.
AT_HASH_LIMIT, OVER_HASH_LIMIT = "é" * 1024, "é" * 1024 + "x"
AT_RANGE_LIMIT, OVER_RANGE_LIMIT = "é" * 512, "é" * 512 + "x"
OVER_LIMIT_KEYS = [(OVER_HASH_LIMIT, "s", HASH_TOO_LONG), ("p", OVER_RANGE_LIMIT, RANGE_TOO_LONG)]


def key(pk, sk="s"):
    return {"pk": {"S": pk}, "sk": {"S": sk}}


def refused(call, **request):
    with pytest.raises(ClientError) as answer:
        call(**request)
    return error_of(answer)


@pytest.mark.parametrize("pk, sk, error", OVER_LIMIT_KEYS, ids=["partition", "sort"])
def test_over_limit_keys_are_refused_on_every_write(ddb, table, pk, sk, error):
    assert refused(ddb.put_item, TableName=table, Item=key(pk, sk)) == error
    assert refused(ddb.transact_write_items, TransactItems=[{"Put": {"TableName": table, "Item": key(pk, sk)}}]) == error
    assert refused(ddb.batch_write_item, RequestItems={table: [{"PutRequest": {"Item": key(pk, sk)}}]}) == error
    assert refused(ddb.delete_item, TableName=table, Key=key(pk, sk)) == error
    assert refused(ddb.update_item, TableName=table, Key=key(pk, sk), UpdateExpression="SET v = :v",
                   ExpressionAttributeValues={":v": {"S": "x"}}) == error
    assert dump(ddb, table) == []


@pytest.mark.parametrize("pk, sk, error", OVER_LIMIT_KEYS, ids=["partition", "sort"])
def test_over_limit_keys_are_refused_on_every_read(ddb, table, pk, sk, error):
    assert refused(ddb.get_item, TableName=table, Key=key(pk, sk)) == error
    assert refused(ddb.batch_get_item, RequestItems={table: {"Keys": [key("p"), key(pk, sk)]}}) == error
    assert refused(ddb.query, TableName=table, KeyConditionExpression="pk = :p AND sk = :s",
                   ExpressionAttributeValues={":p": {"S": pk}, ":s": {"S": sk}}) == error
    assert refused(ddb.query, TableName=table, IndexName="byG", KeyConditionExpression="gpk = :p AND gsk > :s",
                   ExpressionAttributeValues={":p": {"S": pk}, ":s": {"S": sk}}) == error
    assert refused(ddb.query, TableName=table, KeyConditionExpression="pk = :p",
                   ExpressionAttributeValues={":p": {"S": "p"}}, ExclusiveStartKey=key(pk, sk)) == error


def test_keys_exactly_at_the_limits_are_accepted_everywhere(ddb, table):
    item = {**key(AT_HASH_LIMIT, AT_RANGE_LIMIT), "gpk": {"S": AT_HASH_LIMIT}, "gsk": {"S": AT_RANGE_LIMIT}}
    ddb.put_item(TableName=table, Item=item)
    ddb.transact_write_items(TransactItems=[{"Put": {"TableName": table, "Item": key(AT_HASH_LIMIT, "t")}}])
    assert ddb.get_item(TableName=table, Key=key(AT_HASH_LIMIT, AT_RANGE_LIMIT))["Item"] == item
    got = ddb.batch_get_item(RequestItems={table: {"Keys": [key(AT_HASH_LIMIT, AT_RANGE_LIMIT)]}})
    assert got["Responses"][table] == [item]
    on_table = ddb.query(TableName=table, KeyConditionExpression="pk = :p AND sk >= :s",
                         ExpressionAttributeValues={":p": {"S": AT_HASH_LIMIT}, ":s": {"S": AT_RANGE_LIMIT}})
    assert on_table["Items"] == [item]
    on_index = ddb.query(TableName=table, IndexName="byG", KeyConditionExpression="gpk = :p AND gsk = :s",
                         ExpressionAttributeValues={":p": {"S": AT_HASH_LIMIT}, ":s": {"S": AT_RANGE_LIMIT}})
    assert on_index["Items"] == [item]


def test_binary_keys_are_measured_in_raw_bytes(ddb):
    table = create_table(ddb, key_type="B")
    ddb.put_item(TableName=table, Item={"pk": {"B": b"\xff" * 2048}, "sk": {"B": b"\x00" * 1024}})
    assert refused(ddb.put_item, TableName=table, Item={"pk": {"B": b"\xff" * 2049}, "sk": {"B": b"s"}}) == HASH_TOO_LONG
    assert refused(ddb.get_item, TableName=table, Key={"pk": {"B": b"p"}, "sk": {"B": b"\x00" * 1025}}) == RANGE_TOO_LONG


def test_an_index_key_over_its_limit_is_refused(ddb, table):
    too_long = ("ValidationException", "One or more parameter values were invalid: Size limit exceeded for "
                "Index Key gpk Actual Size: 2049 bytes Max Size: 2048 bytes IndexName: byG")
    assert refused(ddb.put_item, TableName=table, Item={**key("p"), "gpk": {"S": "g" * 2049}, "gsk": {"S": "s"}}) == too_long
    ddb.put_item(TableName=table, Item={**key("p"), "gpk": {"S": "g" * 2048}, "gsk": {"S": "s"}})
    before = dump(ddb, table)
    assert refused(ddb.update_item, TableName=table, Key=key("p"), UpdateExpression="SET gpk = :g",
                   ExpressionAttributeValues={":g": {"S": "g" * 2049}}) == too_long
    assert dump(ddb, table) == before


def test_empty_key_strings_are_refused(ddb, table):
    assert refused(ddb.get_item, TableName=table, Key=key("p", "")) == (
        "ValidationException", "One or more parameter values are not valid. The AttributeValue for a key "
                               "attribute cannot contain an empty string value. Key: sk")


def sized(pk, total, number=None):
    """An item of exactly `total` bytes by DynamoDB's rules: pk, sk "s", optionally n, and p."""
    item = key(pk)
    fixed = len("pk") + len(pk) + len("sk") + 1 + len("p")
    if number:
        item["n"] = {"N": number[0]}
        fixed += len("n") + number[1]
    return {**item, "p": {"S": "x" * (total - fixed)}}


@pytest.mark.parametrize("number", [None, ("3.14159", 5), ("123456", 4), ("-12340", 5), ("1E+125", 2)],
                         ids=["strings", "3.14159", "123456", "-12340", "1E+125"])
def test_items_of_400_kb_are_accepted_and_one_byte_more_refused(ddb, table, number):
    ddb.put_item(TableName=table, Item=sized("at", 400 * 1024, number))
    assert refused(ddb.put_item, TableName=table, Item=sized("over", 400 * 1024 + 1, number)) == ITEM_TOO_LARGE
    assert refused(ddb.batch_write_item, RequestItems={table: [{"PutRequest": {"Item": sized("over", 400 * 1024 + 1, number)}}]}) == ITEM_TOO_LARGE
    assert [k for k in dump(ddb, table) if '"over"' in k] == []


def test_an_update_may_grow_an_item_to_400_kb_but_not_beyond(ddb, table):
    ddb.put_item(TableName=table, Item=sized("u", 300_000))
    before = dump(ddb, table)
    grow = {"TableName": table, "Key": key("u"), "UpdateExpression": "SET q = :q"}
    room = 400 * 1024 - 300_000 - len("q")
    assert refused(ddb.update_item, **grow, ExpressionAttributeValues={":q": {"S": "y" * (room + 1)}}) == UPDATE_TOO_LARGE
    assert dump(ddb, table) == before
    ddb.update_item(**grow, ExpressionAttributeValues={":q": {"S": "y" * room}})
    assert len(ddb.get_item(TableName=table, Key=key("u"))["Item"]["q"]["S"]) == room


def test_batch_write_takes_25_requests_at_most(ddb, table):
    ddb.batch_write_item(RequestItems={table: [{"PutRequest": {"Item": key(f"k{i}")}} for i in range(25)]})
    answer = refused(ddb.batch_write_item, RequestItems={table: [{"PutRequest": {"Item": key(f"m{i}")}} for i in range(26)]})
    assert answer == ("ValidationException", f"1 validation error detected: Value at 'RequestItems.{table}.member' "
                      "failed to satisfy constraint: Member must have length less than or equal to 25")
    assert len(dump(ddb, table)) == 25


def test_batch_get_takes_100_keys_at_most(ddb, table):
    ddb.batch_get_item(RequestItems={table: {"Keys": [key(f"k{i}") for i in range(100)]}})
    assert refused(ddb.batch_get_item, RequestItems={table: {"Keys": [key(f"k{i}") for i in range(101)]}})[0] == "ValidationException"
