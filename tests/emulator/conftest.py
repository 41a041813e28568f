"""A fresh emulator (scripts/dynamodb_emulator.py) on a free port for this test session."""
import json
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(tmp_path_factory.mktemp("emulator") / "emulator.log", "w")
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "dynamodb_emulator.py"), str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(150):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert server.poll() is None, f"the emulator did not start, see {log.name}"
                time.sleep(0.1)
        else:
            pytest.fail(f"the emulator did not answer on port {port} within 15 s")
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
