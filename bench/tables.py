"""The emulator's tables as `make bench` needs them: dumps (to show that priming writes
nothing) and fresh copies (a write route's warm run and its raw replay each get their own,
so neither grows the tables the other routes read)."""
import boto3


def client():
    return boto3.client("dynamodb")  # AWS_ENDPOINT_URL_DYNAMODB: the emulator


def dump(dynamodb, tables):
    """Every item of each table, as a low-level Scan returns them (typed attribute values)."""
    result = {}
    for table in tables:
        items = []
        for page in dynamodb.get_paginator("scan").paginate(TableName=table, ConsistentRead=True):
            items += page["Items"]
        result[table] = items
    return result


def copy(dynamodb, source, name, items):
    """A new table `name` with `source`'s keys and indexes, holding `items`; replaces one of that name."""
    described = dynamodb.describe_table(TableName=source)["Table"]
    drop(dynamodb, [name])
    spec = {"TableName": name, "KeySchema": described["KeySchema"],
            "AttributeDefinitions": described["AttributeDefinitions"], "BillingMode": "PAY_PER_REQUEST"}
    indexes = [{"IndexName": i["IndexName"], "KeySchema": i["KeySchema"], "Projection": i["Projection"]}
               for i in described.get("GlobalSecondaryIndexes", [])]
    if indexes:
        spec["GlobalSecondaryIndexes"] = indexes
    dynamodb.create_table(**spec)
    dynamodb.get_waiter("table_exists").wait(TableName=name)
    for start in range(0, len(items), 25):
        pending = {name: [{"PutRequest": {"Item": i}} for i in items[start:start + 25]]}
        while pending:
            pending = dynamodb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or None


def drop(dynamodb, names):
    for name in names:
        try:
            dynamodb.delete_table(TableName=name)
        except dynamodb.exceptions.ResourceNotFoundException:
            pass
