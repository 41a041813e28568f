"""scripts/dynamodb_faults.py in front of the emulator: each fault as DynamoDB words it,
passthrough when nothing is armed, and DynamoDB's ClientRequestToken idempotency."""
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3
import botocore.exceptions
import pytest
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
TABLE = "faults-test"
sys.path.insert(0, str(ROOT / "tests"))
from listening import free_port, wait_for  # noqa: E402


@pytest.fixture(scope="module")
def proxy_url():
    emulator_port, proxy_port = free_port(), free_port()
    emulator = subprocess.Popen([sys.executable, str(ROOT / "scripts/dynamodb_emulator.py"), str(emulator_port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proxy = subprocess.Popen([sys.executable, str(ROOT / "scripts/dynamodb_faults.py"), str(proxy_port),
                              f"http://127.0.0.1:{emulator_port}"])
    try:
        wait_for(emulator_port, emulator)
        wait_for(proxy_port, proxy)
        yield f"http://127.0.0.1:{proxy_port}"
    finally:
        proxy.terminate()
        emulator.terminate()
        proxy.wait(5)
        emulator.wait(5)


@pytest.fixture(scope="module")
def dynamo(proxy_url):
    client = boto3.client("dynamodb", endpoint_url=proxy_url, region_name="us-east-1",
                          aws_access_key_id="local", aws_secret_access_key="local",
                          config=Config(retries={"mode": "standard", "total_max_attempts": 1}, read_timeout=2))
    client.create_table(TableName=TABLE, BillingMode="PAY_PER_REQUEST",
                        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}])
    return client


def control(proxy_url, method, spec=None):
    data = json.dumps(spec).encode() if spec is not None else None
    request = urllib.request.Request(proxy_url + "/_faults", data=data, method=method)
    with urllib.request.urlopen(request) as response:
        body = response.read()
        return json.loads(body) if body else None


@pytest.fixture(autouse=True)
def disarmed(proxy_url):
    control(proxy_url, "DELETE")
    yield


def fired(proxy_url):
    return [f["fired"] for f in control(proxy_url, "GET")["faults"]]


def put(pk, **attributes):
    return {"Put": {"TableName": TABLE, "Item": {"pk": {"S": pk}, **attributes}}}


def test_passthrough_when_nothing_is_armed(dynamo):
    dynamo.put_item(TableName=TABLE, Item={"pk": {"S": "plain"}})
    assert dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "plain"}})["Item"] == {"pk": {"S": "plain"}}


@pytest.mark.parametrize("fault,status,code", [
    ("throughput", 400, "ProvisionedThroughputExceededException"),
    ("throttling", 400, "ThrottlingException"),
    ("internal", 500, "InternalServerError"),
])
def test_errors_as_dynamodb_words_them_n_times(dynamo, proxy_url, fault, status, code):
    control(proxy_url, "POST", {"operation": "GetItem", "fault": fault, "times": 2})
    for _ in range(2):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "x"}})
        assert e.value.response["Error"]["Code"] == code
        assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == status
    dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "x"}})
    assert fired(proxy_url) == [2]


def test_match_limits_a_fault_to_requests_containing_the_text(dynamo, proxy_url):
    control(proxy_url, "POST", {"operation": "GetItem", "fault": "internal", "match": "target"})
    dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "bystander"}})
    assert fired(proxy_url) == [0]
    with pytest.raises(botocore.exceptions.ClientError):
        dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "target"}})
    assert fired(proxy_url) == [1]


def test_conflict_names_the_chosen_items_and_none_for_the_others(dynamo, proxy_url):
    control(proxy_url, "POST", {"operation": "TransactWriteItems", "fault": "conflict", "items": "second"})
    with pytest.raises(botocore.exceptions.ClientError) as e:
        dynamo.transact_write_items(TransactItems=[put("first"), put("second"), put("third")])
    assert e.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert [r["Code"] for r in e.value.response["CancellationReasons"]] == ["None", "TransactionConflict", "None"]
    assert "Item" not in dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "first"}}), "nothing was applied"


def test_unprocessed_keys_are_answered_by_nobody(dynamo, proxy_url):
    for pk in ("b1", "b2", "b3", "b4"):
        dynamo.put_item(TableName=TABLE, Item={"pk": {"S": pk}})
    keys = [{"pk": {"S": pk}} for pk in ("b1", "b2", "b3", "b4")]
    control(proxy_url, "POST", {"operation": "BatchGetItem", "fault": "unprocessed", "keys": "some"})
    answer = dynamo.batch_get_item(RequestItems={TABLE: {"Keys": keys, "ConsistentRead": True}})
    got = {i["pk"]["S"] for i in answer["Responses"][TABLE]}
    left = {k["pk"]["S"] for k in answer["UnprocessedKeys"][TABLE]["Keys"]}
    assert left and got and got | left == {"b1", "b2", "b3", "b4"} and not got & left
    assert answer["UnprocessedKeys"][TABLE]["ConsistentRead"] is True
    control(proxy_url, "POST", {"operation": "BatchGetItem", "fault": "unprocessed", "keys": "all"})
    answer = dynamo.batch_get_item(RequestItems={TABLE: {"Keys": keys}})
    assert answer["Responses"][TABLE] == [] and len(answer["UnprocessedKeys"][TABLE]["Keys"]) == 4


def test_a_lost_response_was_applied(dynamo, proxy_url):
    control(proxy_url, "POST", {"operation": "PutItem", "fault": "lost"})
    with pytest.raises((botocore.exceptions.ConnectionClosedError, botocore.exceptions.EndpointConnectionError)):
        dynamo.put_item(TableName=TABLE, Item={"pk": {"S": "lost"}})
    assert dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "lost"}})["Item"] == {"pk": {"S": "lost"}}


def test_delay_outlasts_a_client_timeout(dynamo, proxy_url):
    control(proxy_url, "POST", {"operation": "GetItem", "fault": "delay", "seconds": 2.5})
    started = time.monotonic()
    with pytest.raises(botocore.exceptions.ReadTimeoutError):
        dynamo.get_item(TableName=TABLE, Key={"pk": {"S": "slow"}})
    assert 1.9 < time.monotonic() - started < 2.5
    assert fired(proxy_url) == [1]


def counter(dynamo, pk):
    item = dynamo.get_item(TableName=TABLE, Key={"pk": {"S": pk}}, ConsistentRead=True).get("Item")
    return int(item["n"]["N"]) if item else 0


def increment(pk):
    return [{"Update": {"TableName": TABLE, "Key": {"pk": {"S": pk}}, "UpdateExpression": "ADD n :one",
                        "ExpressionAttributeValues": {":one": {"N": "1"}}}}]


def test_the_same_token_and_request_succeeds_without_applying_again(dynamo, proxy_url):
    dynamo.transact_write_items(TransactItems=increment("tok"), ClientRequestToken="token-1")
    dynamo.transact_write_items(TransactItems=increment("tok"), ClientRequestToken="token-1")
    assert counter(dynamo, "tok") == 1
    outcomes = [t["outcome"] for t in control(proxy_url, "GET")["transactions"] if t["token"] == "token-1"]
    assert outcomes == ["applied", "replayed"]
    dynamo.transact_write_items(TransactItems=increment("tok"), ClientRequestToken="token-2")
    assert counter(dynamo, "tok") == 2


def test_the_same_token_with_another_request_is_a_mismatch(dynamo):
    dynamo.transact_write_items(TransactItems=increment("mis"), ClientRequestToken="token-3")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        dynamo.transact_write_items(TransactItems=increment("other"), ClientRequestToken="token-3")
    assert e.value.response["Error"]["Code"] == "IdempotentParameterMismatchException"
    assert counter(dynamo, "other") == 0


def test_a_lost_transaction_retried_with_its_token_is_applied_once(dynamo, proxy_url):
    control(proxy_url, "POST", {"operation": "TransactWriteItems", "fault": "lost"})
    with pytest.raises(botocore.exceptions.ConnectionClosedError):
        dynamo.transact_write_items(TransactItems=increment("once"), ClientRequestToken="token-4")
    dynamo.transact_write_items(TransactItems=increment("once"), ClientRequestToken="token-4")
    assert counter(dynamo, "once") == 1


def test_a_failed_transaction_is_not_remembered(dynamo):
    condition = [{"Put": {"TableName": TABLE, "Item": {"pk": {"S": "cond"}}, "ConditionExpression": "attribute_exists(pk)"}}]
    for _ in range(2):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            dynamo.transact_write_items(TransactItems=condition, ClientRequestToken="token-5")
        assert e.value.response["Error"]["Code"] == "TransactionCanceledException"


def test_bad_specs_are_refused(proxy_url):
    for spec in ({"operation": "GetItem", "fault": "nonsense"}, {"fault": "internal"},
                 {"operation": "GetItem", "fault": "conflict"}):
        with pytest.raises(urllib.error.HTTPError) as e:
            control(proxy_url, "POST", spec)
        assert e.value.code == 400
