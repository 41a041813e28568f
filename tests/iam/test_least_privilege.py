"""Every function's IAM statements are exactly what its recorded AWS calls need.

Needs local/target/aws-calls.json from the integration tests: `make integration` runs
these tests right after them.
"""
import copy
import os
from pathlib import Path

import pytest

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")  # the SAM transform asks for one

import least_privilege as lp  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATE = lp.ROOT / "template.yaml"
FUNCTIONS = 23


@pytest.fixture(scope="module")
def record():
    return lp.load_record()


@pytest.fixture(scope="module")
def template_problems(record):
    return lp.problems(TEMPLATE, record)


def test_every_function_is_allowed_exactly_what_it_uses(template_problems):
    assert template_problems == []


def test_every_function_was_exercised(record):
    functions = {c["function"] for c in record["calls"]}
    assert len(functions) == FUNCTIONS, sorted(functions)


def test_a_statement_no_call_uses_fails_the_proof(record, template_problems):
    # fixtures/extra_statement.yaml: template.yaml where GetClaimFunction may also read the keys table.
    expected = "GetClaimFunction: allows dynamodb:GetItem on arn:aws:dynamodb:us-east-1:123456789012:table/KeysTable, which it never used"
    assert expected in lp.problems(FIXTURES / "extra_statement.yaml", record)
    assert expected not in template_problems


def test_a_missing_statement_fails_the_proof(record, template_problems):
    # fixtures/missing_statement.yaml: template.yaml where ListClaimsFunction may no longer query byOutlet.
    expected = ("ListClaimsFunction: not allowed: dynamodb:Query on "
                "arn:aws:dynamodb:us-east-1:123456789012:table/ClaimsTable/index/byOutlet")
    assert expected in lp.problems(FIXTURES / "missing_statement.yaml", record)
    assert expected not in template_problems


def test_deleting_api_keys_without_the_tag_condition_fails_the_proof(record, template_problems):
    # fixtures/untagged_delete.yaml: template.yaml where RevokeKey may delete any API key.
    found = lp.problems(FIXTURES / "untagged_delete.yaml", record)
    assert any(p.startswith("RevokeKeyFunction: apigateway:DELETE on arn:aws:apigateway:us-east-1::/apikeys/apikey0 "
                            "is allowed without a condition on aws:ResourceTag/factcheck:stack") for p in found), found
    assert not any("without a condition" in p for p in template_problems)


def test_a_function_without_recorded_calls_fails_the_proof(record):
    unexercised = copy.deepcopy(record)
    unexercised["calls"] = [c for c in record["calls"] if c["function"] != "AuthorizerFunction"]
    assert "AuthorizerFunction: no recorded calls (the integration tests do not exercise it)" in lp.problems(TEMPLATE, unexercised)


def test_a_call_on_another_table_is_not_allowed(record):
    stray = copy.deepcopy(record)
    stray["calls"].append({"function": "GetClaimFunction", "action": "dynamodb:GetItem", "resource": "table/KeysTable",
                           "requestTags": {}, "resourceTags": {}})
    assert ("GetClaimFunction: not allowed: dynamodb:GetItem on arn:aws:dynamodb:us-east-1:123456789012:table/KeysTable"
            in lp.problems(TEMPLATE, stray))


def test_iam_wildcards():
    assert lp.resource_matches("arn:aws:apigateway:us-east-1::/apikeys/*", "arn:aws:apigateway:us-east-1::/apikeys/abc")
    assert not lp.resource_matches("arn:aws:apigateway:us-east-1::/apikeys", "arn:aws:apigateway:us-east-1::/apikeys/abc")
    assert not lp.resource_matches("arn:aws:dynamodb:*:*:table/ClaimsTable", "arn:aws:dynamodb:r:a:table/ClaimsTable/index/x")
    assert lp.action_matches("dynamodb:Get*", "dynamodb:GetItem")
    assert lp.action_matches("DynamoDB:getitem", "dynamodb:GetItem"), "actions are case-insensitive"
    assert lp.resource_matches("table/?", "table/a") and not lp.resource_matches("table/?", "table/ab")


def test_conditions():
    tag = {"StringEquals": {"aws:ResourceTag/factcheck:stack": "s"}}
    assert lp.condition_holds(tag, {"aws:ResourceTag/factcheck:stack": "s"})
    assert not lp.condition_holds(tag, {"aws:ResourceTag/factcheck:stack": "other"})
    assert not lp.condition_holds(tag, {}), "an untagged resource does not match"
    keys = {"ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}}
    assert lp.condition_holds(keys, {"aws:TagKeys": ["a"]}) and not lp.condition_holds(keys, {"aws:TagKeys": ["a", "b"]})


def test_intrinsics_resolve_as_cloudformation_reads_them():
    resolver = lp.Resolver({"Resources": {"Claims": {"Type": "AWS::DynamoDB::Table"}}}, "stack")
    arn = f"arn:aws:dynamodb:{lp.REGION}:{lp.ACCOUNT}:table/Claims"
    assert resolver.resolve({"Fn::GetAtt": "Claims.Arn"}) == arn
    assert resolver.resolve({"Fn::GetAtt": ["Claims", "Arn"]}) == arn
    # ${ Name } may be spaced; ${!Literal} is the text ${Literal}; the Sub's own map comes first.
    assert resolver.resolve({"Fn::Sub": "${ Claims.Arn }/index/*"}) == arn + "/index/*"
    assert resolver.resolve({"Fn::Sub": "${!Literal}:${AWS::StackName}"}) == "${Literal}:stack"
    assert resolver.resolve({"Fn::Sub": ["${Claims}-${Own}", {"Own": {"Ref": "AWS::Region"}}]}) == f"Claims-{lp.REGION}"


READ_ACTIONS = {"dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan",
                "dynamodb:GetRecords", "dynamodb:TransactGetItems", "dynamodb:*", "*"}


def test_no_api_function_can_read_the_signing_secrets():
    # Only the delivery function may read SubscriptionSecretsTable; the subscription functions
    # write it with ReturnValues NONE only, since ALL_OLD would hand a secret back.
    template = lp.sam_translate.translate(str(TEMPLATE))
    resolver = lp.Resolver(template, "stack")
    secrets = resolver.get_att("SubscriptionSecretsTable", "Arn")
    writers, readers = set(), set()
    for function, (statements, _) in lp.statements_by_function(template, resolver).items():
        for s in statements:
            if s["Effect"] != "Allow" or not any(lp.resource_matches(r, secrets) or lp.resource_matches(r, secrets + "/index/x")
                                                 for r in lp.as_list(s["Resource"])):
                continue
            actions = set(lp.as_list(s["Action"]))
            if actions == {"dynamodb:ListStreams"}:
                continue  # the notifier's poller: names streams, has no resource, reads no item
            if function == "DeliveryFunction":
                # The one reader: GetItem of a subscription's secrets, nothing else on the table.
                assert actions == {"dynamodb:GetItem"} and lp.as_list(s["Resource"]) == [secrets], s
                readers.add(function)
                continue
            assert not actions & READ_ACTIONS, (function, s)
            assert s["Condition"] == {"StringEqualsIfExists": {"dynamodb:ReturnValues": "NONE"}}, (function, s)
            writers.add(function)
    assert writers == {"CreateSubscriptionFunction", "DeleteSubscriptionFunction", "RotateSubscriptionSecretFunction"}
    assert readers == {"DeliveryFunction"}


def test_a_return_values_condition_holds_only_without_return_values():
    condition = {"StringEqualsIfExists": {"dynamodb:ReturnValues": "NONE"}}
    assert lp.condition_holds(condition, {})
    assert lp.condition_holds(condition, {"dynamodb:ReturnValues": "NONE"})
    assert not lp.condition_holds(condition, {"dynamodb:ReturnValues": "ALL_OLD"})


def test_the_pollers_calls_come_from_the_event_source_mappings():
    template = lp.sam_translate.translate(str(TEMPLATE))
    calls = lp.poller_calls(template, lp.Resolver(template, "stack"))
    stream = lp.Resolver(template, "stack").get_att("ClaimsTable", "StreamArn")
    assert {"function": "NotifierFunction", "action": "dynamodb:GetRecords", "arn": stream} in calls
    assert {"function": "NotifierFunction", "action": "sqs:SendMessage",
            "arn": f"arn:aws:sqs:{lp.REGION}:{lp.ACCOUNT}:NotifierFailureQueue"} in calls
    assert {"function": "DeliveryFunction", "action": "sqs:ReceiveMessage",
            "arn": f"arn:aws:sqs:{lp.REGION}:{lp.ACCOUNT}:DeliveryQueue"} in calls
