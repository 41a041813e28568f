"""A fresh emulator (scripts/dynamodb_emulator.py) on a free port for this test session."""
import json
import subprocess
import sys
import uuid
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from listening import free_port, wait_for  # noqa: E402


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("emulator") / "emulator.log", "w")
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "dynamodb_emulator.py"), str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(port, server, log=log.name)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)
        log.close()


@pytest.fixture(scope="session")
def ddb(endpoint):
    return boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="local", aws_secret_access_key="local",
                        config=Config(retries={"max_attempts": 1}))


def create_table(ddb, key_type="S"):
    """pk/sk of key_type, and a global index byG on gpk/gsk (strings)."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    ddb.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": t} for n, t in
                              (("pk", key_type), ("sk", key_type), ("gpk", "S"), ("gsk", "S"))],
        GlobalSecondaryIndexes=[{"IndexName": "byG", "Projection": {"ProjectionType": "ALL"},
                                 "KeySchema": [{"AttributeName": "gpk", "KeyType": "HASH"},
                                               {"AttributeName": "gsk", "KeyType": "RANGE"}]}])
    return name


@pytest.fixture
def table(ddb):
    return create_table(ddb)


def dump(ddb, table):
    """Every item of the table, in a stable order."""
    items, start = [], {}
    while True:
        page = ddb.scan(TableName=table, **start)
        items += page["Items"]
        if "LastEvaluatedKey" not in page:
            return sorted(json.dumps(i, sort_keys=True, default=repr) for i in items)
        start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}


def error_of(excinfo):
    error = excinfo.value.response["Error"]
    assert excinfo.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    return error["Code"], error["Message"]
