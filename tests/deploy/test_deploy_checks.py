"""Each check of the rehearsal on the smallest template that shows it (plain CloudFormation)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import deploy_check  # noqa: E402

QUEUE = {"Type": "AWS::SQS::Queue", "Properties": {}}


def template(resources=None, parameters=None, conditions=None, outputs=None):
    body = {"Resources": resources or {"Queue": QUEUE}}
    for key, value in (("Parameters", parameters), ("Conditions", conditions), ("Outputs", outputs)):
        if value is not None:
            body[key] = value
    return body


def keys(body):
    return sorted(f.key for f in deploy_check.check(body))


def messages(body):
    return "\n".join(str(f) for f in deploy_check.check(body))


def queue_named(name_value):
    return {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": name_value}}


# ---- cycles ----

def test_a_sub_attribute_cycle_is_named_as_a_loop():
    body = template({
        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "t-${Queue.Arn}"}}},
        "Queue": queue_named({"Fn::GetAtt": ["Topic", "TopicName"]}),
    })
    assert keys(body) == ["cycle:Queue"]
    assert "dependency cycle: Queue -> Topic -> Queue" in messages(body)
    assert "Topic -> Queue: Fn::Sub ${Queue.Arn}" in messages(body)


def test_a_depends_on_cycle_in_string_and_list_form():
    body = template({
        "A": {**QUEUE, "DependsOn": "B"},
        "B": {**QUEUE, "DependsOn": ["C"]},
        "C": {**QUEUE, "DependsOn": ["A"]},
    })
    assert keys(body) == ["cycle:A"]
    assert "dependency cycle: A -> B -> C -> A" in messages(body)


def test_getatt_string_form_and_a_resource_naming_itself():
    body = template({"Queue": queue_named({"Fn::GetAtt": "Queue.QueueName"})})
    assert "dependency cycle: Queue -> Queue" in messages(body)


def test_sub_literals_and_own_variables_are_not_dependencies():
    body = template({
        "Queue": queue_named({"Fn::Join": ["-", [
            {"Fn::Sub": "${!Queue}-${AWS::Region}"},
            {"Fn::Sub": ["${Queue}", {"Queue": "x"}]},
        ]]}),
        "Third": queue_named({"Fn::Sub": ["${Name}", {"Name": {"Ref": "Third"}}]}),
    })
    assert keys(body) == ["cycle:Third"]  # only the variable map's own Ref counts


# ---- names ----

def test_an_unresolved_ref_and_sub_variable():
    body = template({"Queue": queue_named({"Fn::Join": ["-", [{"Ref": "Nope"}, {"Fn::Sub": "${Gone}"}]]})})
    assert keys(body) == ["unresolved:Resources.Queue:Gone", "unresolved:Resources.Queue:Nope"]
    assert "Ref Nope names no resource, parameter or pseudo parameter" in messages(body)


def test_pseudo_parameters_and_parameters_resolve():
    pseudo = ["AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId", "AWS::Partition",
              "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs"]
    refs = [{"Ref": p} for p in pseudo] + [{"Ref": "Prefix"}]
    body = template({"Queue": queue_named({"Fn::Join": ["-", refs]})},
                    parameters={"Prefix": {"Type": "String", "Default": "p"}})
    assert keys(body) == []


def test_getatt_to_a_parameter():
    body = template({"Queue": queue_named({"Fn::GetAtt": ["Prefix", "Arn"]})},
                    parameters={"Prefix": {"Type": "String", "Default": "p"}})
    assert keys(body) == ["unresolved:Resources.Queue:Prefix"]
    assert "Fn::GetAtt Prefix.Arn names a parameter; only resources have attributes" in messages(body)


def test_getatt_attribute_strict_for_known_types_lenient_for_custom_ones():
    body = template({
        "Queue": QUEUE,
        "Custom": {"Type": "Custom::Thing", "Properties": {"ServiceToken": "arn:x"}},
        "User": queue_named({"Fn::Join": ["-", [{"Fn::GetAtt": ["Queue", "Nope"]},
                                                {"Fn::GetAtt": ["Custom", "Anything"]}]]}),
    })
    assert keys(body) == ["attribute:Resources.User:Queue.Nope"]
    assert "AWS::SQS::Queue has no attribute Nope" in messages(body)


def test_depends_on_a_missing_resource():
    body = template({"Queue": {**QUEUE, "DependsOn": ["Gone"]}})
    assert keys(body) == ["depends-on:Queue:Gone"]


# ---- parameter defaults ----

def test_parameter_defaults_against_their_constraints():
    body = template(parameters={
        "Stage": {"Type": "String", "Default": "prod", "AllowedValues": ["v1", "v2"]},
        "Seconds": {"Type": "Number", "Default": 600, "MinValue": 0, "MaxValue": 300},
        "Floor": {"Type": "Number", "Default": -1, "MinValue": 0},
        "Url": {"Type": "String", "Default": "http://x", "AllowedPattern": "https://.+"},
        "Short": {"Type": "String", "Default": "abcdef", "MaxLength": 3},
        "Long": {"Type": "String", "Default": "a", "MinLength": 2},
        "Count": {"Type": "Number", "Default": "many"},
        "Zones": {"Type": "CommaDelimitedList", "Default": "a,b,z", "AllowedValues": ["a", "b"]},
        "Typo": {"Type": "Strng", "Default": "x"},
    })
    found = messages(body)
    assert keys(body) == sorted(f"parameter:{n}" for n in
                                ("Stage", "Seconds", "Floor", "Url", "Short", "Long", "Count", "Zones", "Typo"))
    assert "'prod' is not one of AllowedValues" in found
    assert "default 600 is above MaxValue 300" in found
    assert "default -1 is below MinValue 0" in found
    assert "does not match AllowedPattern 'https://.+'" in found
    assert "'z' is not one of AllowedValues" in found
    assert "Type Strng is not a CloudFormation parameter type" in found


def test_parameter_defaults_that_meet_their_constraints():
    body = template(parameters={
        "Days": {"Type": "Number", "Default": 30, "AllowedValues": [1, 30, 365]},
        "Cache": {"Type": "Number", "Default": "300", "MinValue": 0, "MaxValue": 300},
        "Flag": {"Type": "String", "Default": "true", "AllowedValues": ["true", "false"]},
        "Url": {"Type": "String", "Default": "https://x", "AllowedPattern": "https://.+", "MaxLength": 9},
        "Ids": {"Type": "List<Number>", "Default": "1, 2", "AllowedValues": [1, 2]},
        "Vpc": {"Type": "AWS::EC2::VPC::Id"},
    })
    assert keys(body) == []


# ---- conditions ----

def test_undefined_condition_in_fn_if_and_on_a_resource():
    body = template({
        "Queue": queue_named({"Fn::If": ["Missing", "a", "b"]}),
        "Other": {**QUEUE, "Condition": "AlsoMissing"},
    }, conditions={"Defined": {"Fn::Equals": ["a", "a"]}})
    assert keys(body) == ["condition:Resources.Other:AlsoMissing", "condition:Resources.Queue:Missing"]
    assert "Fn::If [Missing, ...] names an undefined condition" in messages(body)


def test_conditions_name_conditions_and_parameters_only():
    body = template(conditions={
        "Both": {"Fn::And": [{"Condition": "Nope"}, {"Fn::Equals": [{"Ref": "Queue"}, "x"]}]},
    })
    assert keys(body) == ["condition:Conditions.Both:Nope", "unresolved:Conditions.Both:Queue"]
    assert "Ref Queue names a resource; conditions can name only parameters" in messages(body)


def test_a_reference_to_a_conditional_resource_needs_its_condition():
    conditions = {"On": {"Fn::Equals": ["a", "a"]}}
    maybe = {**QUEUE, "Condition": "On"}
    unguarded = template({"Maybe": maybe, "User": queue_named({"Ref": "Maybe"})}, conditions=conditions)
    guarded = template({"Maybe": maybe, "User": queue_named(
        {"Fn::If": ["On", {"Ref": "Maybe"}, {"Ref": "AWS::NoValue"}]})}, conditions=conditions)
    assert keys(unguarded) == ["conditional:Resources.User:Maybe"]
    assert keys(guarded) == []


# ---- outputs ----

def test_an_output_that_references_nothing():
    body = template(outputs={
        "Url": {"Value": {"Fn::Sub": "https://${Api}.example"}},
        "Empty": {"Description": "no value"},
        "Gated": {"Value": "x", "Condition": "Undefined"},
    })
    assert keys(body) == ["condition:Outputs.Gated:Undefined", "output:Empty", "unresolved:Outputs.Url:Api"]


def test_export_names_are_unique():
    export = {"Name": {"Fn::Sub": "${AWS::StackName}-queue"}}
    body = template(outputs={
        "One": {"Value": {"Ref": "Queue"}, "Export": export},
        "Two": {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}, "Export": dict(export)},
        "Three": {"Value": {"Ref": "Queue"}, "Export": {"Name": "other"}},
    })
    assert len(keys(body)) == 1 and keys(body)[0].startswith("export:")
    assert "Outputs One, Two export the same name" in messages(body)


# ---- creation order ----

def test_a_logging_stage_waits_for_the_account_logging_role():
    resources = {
        "Account": {"Type": "AWS::ApiGateway::Account", "Properties": {"CloudWatchRoleArn": "arn:role"}},
        "Stage": {"Type": "AWS::ApiGateway::Stage", "Properties": {
            "RestApiId": "api", "AccessLogSetting": {"DestinationArn": "arn:logs"}}},
    }
    assert keys(template(resources)) == ["stage-before-account:Stage"]
    resources["Stage"]["DependsOn"] = "Account"
    assert keys(template(resources)) == []
