"""DynamoDB's request limits that moto 5.2.5 does not enforce, checked before moto runs.

Each check_<action>(body, backend) reads the request as moto parsed it (binaries as
bytes) and raises the error DynamoDB answers (HTTP 400), or returns to let moto go on.
Messages are DynamoDB's where known: from its own answers quoted in public issues and
conformance suites (the hash-key message really has no space in "of2048").
"""
from moto.dynamodb.exceptions import (
    ItemSizeTooLarge,
    MockValidationException,
    MultipleTransactionsException,
)
from moto.dynamodb.models.dynamo_type import DynamoType

from .sizes import (
    MAX_HASH_KEY_BYTES,
    MAX_ITEM_BYTES,
    MAX_RANGE_KEY_BYTES,
    MAX_TRANSACTION_BYTES,
    kind_and_value,
    item_size,
    key_value_size,
)

HASH_KEY_TOO_LONG = ("One or more parameter values were invalid: Size of hashkey has exceeded "
                     f"the maximum size limit of{MAX_HASH_KEY_BYTES} bytes")
RANGE_KEY_TOO_LONG = ("One or more parameter values were invalid: Aggregated size of all range "
                      f"keys has exceeded the size limit of {MAX_RANGE_KEY_BYTES} bytes")
INDEX_KEY_TOO_LONG = ("One or more parameter values were invalid: Size limit exceeded for Index Key "
                      "{name} Actual Size: {size} bytes Max Size: {limit} bytes IndexName: {index}")
EMPTY_KEY = ("One or more parameter values are not valid. The AttributeValue for a key attribute "
             "cannot contain an empty {kind} value. Key: {name}")
TOO_MANY_TRANSACT_ITEMS = ("1 validation error detected: Value at 'TransactItems' failed to satisfy "
                           "constraint: Member must have length less than or equal to 100")
TOO_MANY_WRITES_FOR_TABLE = ("1 validation error detected: Value at 'RequestItems.{table}.member' failed "
                             "to satisfy constraint: Member must have length less than or equal to 25")
TOO_MANY_WRITES = "Too many items requested for the BatchWriteItem call"
# No DynamoDB wording found for this one; the limit is documented, the sentence is ours.
TRANSACTION_TOO_LARGE = "Transaction request size has exceeded the maximum allowed size of 4 MB"


def check_key_value(name: str, value, is_hash: bool) -> None:
    size = key_value_size(value)
    if size is None:
        return
    if size == 0:
        kind = "string" if kind_and_value(value)[0] == "S" else "binary"
        raise MockValidationException(EMPTY_KEY.format(kind=kind, name=name))
    if is_hash and size > MAX_HASH_KEY_BYTES:
        raise MockValidationException(HASH_KEY_TOO_LONG)
    if not is_hash and size > MAX_RANGE_KEY_BYTES:
        raise MockValidationException(RANGE_KEY_TOO_LONG)


def check_key(table, key: dict) -> None:
    """The primary key attributes present in a key or an item."""
    for name, is_hash in ((table.hash_key_attr, True), (table.range_key_attr, False)):
        if name is not None and name in key:
            check_key_value(name, key[name], is_hash)


def check_index_keys(table, item: dict) -> None:
    """Secondary index key attributes of an item being written (empty ones: moto checks)."""
    primary = (table.hash_key_attr, table.range_key_attr)
    for index in list(table.global_indexes or []) + list(table.indexes or []):
        for element in index.schema:
            name = element["AttributeName"]
            if name in primary or name not in item:
                continue
            limit = MAX_HASH_KEY_BYTES if element["KeyType"] == "HASH" else MAX_RANGE_KEY_BYTES
            size = key_value_size(item[name])
            if size is not None and size > limit:
                raise MockValidationException(
                    INDEX_KEY_TOO_LONG.format(name=name, size=size, limit=limit, index=index.name))


def check_item(table, item: dict) -> None:
    check_key(table, item)
    check_index_keys(table, item)
    if item_size(item) > MAX_ITEM_BYTES:
        raise ItemSizeTooLarge()


def check_start_key(table, start_key: dict | None) -> None:
    """ExclusiveStartKey of a Query or Scan: table and index key attributes."""
    if not start_key:
        return
    hash_names = {table.hash_key_attr}
    for index in list(table.global_indexes or []) + list(table.indexes or []):
        hash_names.update(e["AttributeName"] for e in index.schema if e["KeyType"] == "HASH")
    for name, value in start_key.items():
        if isinstance(value, dict) and len(value) == 1:
            check_key_value(name, value, name in hash_names)


def check_put_item(body, backend):
    check_item(backend.get_table(body["TableName"]), body["Item"])


def check_keyed(body, backend):
    """GetItem, DeleteItem, UpdateItem: the key (an update's result: see atomic.py)."""
    check_key(backend.get_table(body["TableName"]), body["Key"])


def check_batch_get_item(body, backend):
    requests = body["RequestItems"]
    if sum(len(r.get("Keys", [])) for r in requests.values()) > 100:
        return  # moto answers the count
    for table_name, request in requests.items():
        table = backend.get_table(table_name)
        for key in request.get("Keys", []):
            check_key(table, key)


def check_batch_write_item(body, backend):
    requests = body["RequestItems"]
    for table_name, writes in requests.items():
        if len(writes) > 25:
            raise MockValidationException(TOO_MANY_WRITES_FOR_TABLE.format(table=table_name))
    if sum(len(writes) for writes in requests.values()) > 25:
        raise MockValidationException(TOO_MANY_WRITES)
    for table_name, writes in requests.items():
        table = backend.get_table(table_name)
        for write in writes:
            if "PutRequest" in write:
                check_item(table, write["PutRequest"]["Item"])
            elif "DeleteRequest" in write:
                check_key(table, write["DeleteRequest"]["Key"])


def check_transact_write_items(body, backend):
    """Everything DynamoDB refuses before a transaction starts: count, missing tables
    (moto cancels instead for Delete and ConditionCheck), keys, Put item sizes, two
    actions on one item (moto finds those only midway), aggregate size."""
    actions = body["TransactItems"]
    if len(actions) > 100:
        raise MockValidationException(TOO_MANY_TRANSACT_ITEMS)
    targets, total = set(), 0
    for action in actions:
        if len(action) != 1:
            return  # moto answers that
        (kind, op), = action.items()
        table = backend.get_table(op["TableName"])  # ResourceNotFoundException, as DynamoDB
        key = op["Item"] if kind == "Put" else op["Key"]
        if kind == "Put":
            check_item(table, key)
        else:
            check_key(table, key)
        target = (table.name,) + tuple(
            DynamoType(key[name]) if name in key else None for name in (table.hash_key_attr, table.range_key_attr) if name)
        if target in targets:
            raise MultipleTransactionsException()
        targets.add(target)
        total += item_size(key)
        if total > MAX_TRANSACTION_BYTES:
            raise MockValidationException(TRANSACTION_TOO_LARGE)


def check_transact_get_items(body, backend):
    for action in body["TransactItems"]:
        get = action.get("Get")
        if get:
            check_key(backend.get_table(get["TableName"]), get["Key"])


def check_query_or_scan(body, backend):
    check_start_key(backend.get_table(body["TableName"]), body.get("ExclusiveStartKey"))


def check_key_conditions(hash_key_conditions, range_key_conditions) -> None:
    """Query's key condition values, on the table or an index (moto checks none)."""
    for name, value in hash_key_conditions or []:
        check_key_value(name, value, True)
    for name, _, values in range_key_conditions or []:
        for value in values:
            check_key_value(name, value, False)


BY_ACTION = {
    "put_item": check_put_item,
    "get_item": check_keyed,
    "delete_item": check_keyed,
    "update_item": check_keyed,
    "batch_get_item": check_batch_get_item,
    "batch_write_item": check_batch_write_item,
    "transact_write_items": check_transact_write_items,
    "transact_get_items": check_transact_get_items,
    "query": check_query_or_scan,
    "scan": check_query_or_scan,
}
