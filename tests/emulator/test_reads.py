"""Query and Scan with dynamodb_strict/reads.py answer exactly as moto's own code does."""
import os
import random
import sys
from pathlib import Path

import boto3
import pytest
from moto import mock_aws
from moto.dynamodb.models.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import dynamodb_strict  # noqa: E402
from dynamodb_strict import reads  # noqa: E402


@pytest.fixture
def client(monkeypatch):
    dynamodb_strict.install()
    for name, value in {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    with mock_aws():
        yield boto3.client("dynamodb")


def _table(client, name, key_type, with_range):
    keys = [("pk", "HASH")] + ([("sk", "RANGE")] if with_range else [])
    client.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": a, "KeyType": t} for a, t in keys],
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": key_type} for a, _ in keys]
        + [{"AttributeName": "gpk", "AttributeType": "S"}, {"AttributeName": "gsk", "AttributeType": "N"}],
        GlobalSecondaryIndexes=[{"IndexName": "byG", "Projection": {"ProjectionType": "ALL"},
                                 "KeySchema": [{"AttributeName": "gpk", "KeyType": "HASH"},
                                               {"AttributeName": "gsk", "KeyType": "RANGE"}]}])


def _value(key_type, rng):
    return {"S": rng.choice(["a", "b", "ab", "B", "é", "a#1", "a#10", "a#2", "z"]) + str(rng.randint(0, 30))} \
        if key_type == "S" else {"N": str(rng.choice([-5, 0, 1, 2, 10, 100, 2.5, -0.5]) + rng.randint(0, 30))}


def _fill(client, name, key_type, with_range, rng):
    for _ in range(150):
        item = {"pk": _value(key_type, rng) if rng.random() < 0.3 else {key_type: "1" if key_type == "N" else "p"}}
        if with_range:
            item["sk"] = _value(key_type, rng)
        if rng.random() < 0.7:
            item["gpk"] = {"S": rng.choice(["g1", "g2"])}
            item["gsk"] = {"N": str(rng.randint(0, 9))}
        client.put_item(TableName=name, Item=item)


def _pages(client, **request):
    pages, start = [], {}
    while True:
        page = client.query(**request, **start)
        page.pop("ResponseMetadata")
        pages.append(page)
        if "LastEvaluatedKey" not in page:
            return pages
        start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}


def _answers(client, name, key_type, with_range):
    partitions = [{key_type: "1" if key_type == "N" else "p"}, _value(key_type, random.Random(3)), {key_type: "404"}]
    answers = []
    for pk in partitions:
        for forward in (True, False):
            for limit in ({}, {"Limit": 3}):
                answers.append(_pages(client, TableName=name, KeyConditionExpression="pk = :p",
                                      ExpressionAttributeValues={":p": pk}, ScanIndexForward=forward, **limit))
        if with_range:
            low, high = ({"S": "a"}, {"S": "b"}) if key_type == "S" else ({"N": "0"}, {"N": "12"})
            answers.append(_pages(client, TableName=name, KeyConditionExpression="pk = :p AND sk BETWEEN :l AND :h",
                                  ExpressionAttributeValues={":p": pk, ":l": low, ":h": high}, Limit=2))
            answers.append(_pages(client, TableName=name, KeyConditionExpression="pk = :p AND sk >= :l",
                                  ExpressionAttributeValues={":p": pk, ":l": low}, ScanIndexForward=False))
            if key_type == "S":
                answers.append(_pages(client, TableName=name, KeyConditionExpression="pk = :p AND begins_with(sk, :s)",
                                      ExpressionAttributeValues={":p": pk, ":s": {"S": "a#"}}, Limit=2))
    for g in ("g1", "g2", "g3"):
        answers.append(_pages(client, TableName=name, IndexName="byG", KeyConditionExpression="gpk = :g",
                              ExpressionAttributeValues={":g": {"S": g}}, Limit=4, ScanIndexForward=False))
        answers.append(_pages(client, TableName=name, IndexName="byG", KeyConditionExpression="gpk = :g AND gsk < :n",
                              ExpressionAttributeValues={":g": {"S": g}, ":n": {"N": "5"}}))
    scan = client.scan(TableName=name, Limit=40)
    scan.pop("ResponseMetadata")
    return answers + [scan]


@pytest.mark.parametrize("key_type, with_range", [("S", True), ("N", True), ("S", False), ("N", False)])
def test_reads_answer_as_moto_does(client, monkeypatch, key_type, with_range):
    name = f"t-{key_type}-{with_range}"
    _table(client, name, key_type, with_range)
    _fill(client, name, key_type, with_range, random.Random(name))
    fast = _answers(client, name, key_type, with_range)
    assert any(page["Items"] for pages in fast[:-1] for page in pages), "the queries found items"
    with monkeypatch.context() as m:
        m.setattr(Table, "all_items", reads.all_items.slow)
        m.setattr(Table, "query", Table.query.__wrapped__)
        slow = _answers(client, name, key_type, with_range)
    assert fast == slow
