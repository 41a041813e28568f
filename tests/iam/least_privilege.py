"""Least privilege, proven from what the code does.

The integration tests record every AWS call each function makes, as IAM authorises it
(local/target/aws-calls.json, written by local/src/test/.../AwsCalls.java). This module
compares those calls with each function's statements in the template as CloudFormation
receives it (scripts/sam_translate.py): every call must be allowed, and every action ×
resource a statement allows must have been used. Intrinsics resolve to synthetic ARNs of
one account and region; IAM wildcards (* and ?) match as IAM matches them.
"""
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import sam_translate  # noqa: E402
from rehearsal import intrinsics  # noqa: E402

RECORD = ROOT / "local" / "target" / "aws-calls.json"
ACCOUNT = "123456789012"
REGION = sam_translate.REGION
PARTITION = "aws"
API_KEY_ID = "apikey0"
STREAM_LABEL = "2026-01-01T00:00:00.000"

# What Lambda's poller does with a function's role for each of its event source mappings
# (no IT can record these calls: Lambda makes them, not the code). A stream: read it
# (ListStreams has no resource); a queue: receive, delete, look up, hide; a failure
# destination: send to it.
POLLER_ACTIONS = {
    "stream": [("dynamodb:DescribeStream", None), ("dynamodb:GetRecords", None),
               ("dynamodb:GetShardIterator", None), ("dynamodb:ListStreams", "*")],
    "queue": [("sqs:ReceiveMessage", None), ("sqs:DeleteMessage", None),
              ("sqs:GetQueueAttributes", None), ("sqs:ChangeMessageVisibility", None)],
}

# SAM adds these to every function's role: CloudWatch Logs for the function's own log
# stream (AWSLambdaBasicExecutionRole) and X-Ray segments (AWSXrayWriteOnlyAccess, for
# Tracing: Active). The Lambda runtime uses them, not the code, so no IT can record them.
SAM_MANAGED_POLICIES = {
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
}

# A statement allowing these calls must carry this condition key (issue 9: RevokeKey may
# delete only API keys this stack created, which CreateKey tags).
REQUIRED_CONDITIONS = {
    ("apigateway:DELETE", "/apikeys/{apiKeyId}"): "aws:ResourceTag/factcheck:stack",
    ("apigateway:PUT", "/tags/{apiKeyArn}"): "aws:RequestTag/factcheck:stack",
}


def load_record(path=RECORD):
    if not Path(path).exists():
        raise FileNotFoundError(f"{path} is missing: run the integration tests first (make integration)")
    return json.loads(Path(path).read_text())


def as_list(value):
    return value if isinstance(value, list) else [value]


class Resolver:
    """Concrete values for the intrinsics of a translated template."""

    def __init__(self, template, stack_name):
        self.resources = template["Resources"]
        self.pseudo = {"AWS::Region": REGION, "AWS::Partition": PARTITION, "AWS::AccountId": ACCOUNT,
                       "AWS::StackName": stack_name, "AWS::URLSuffix": "amazonaws.com"}

    def ref(self, name):
        if name in self.pseudo:
            return self.pseudo[name]
        kind = self.resources[name]["Type"]
        if kind == "AWS::DynamoDB::Table":
            return name  # the table's name: its logical id, as the ITs' record names tables
        return name + "Id"  # a usage plan, a role...: a synthetic physical id

    def get_att(self, name, attribute):
        kind = self.resources[name]["Type"]
        if kind == "AWS::DynamoDB::Table" and attribute == "Arn":
            return f"arn:{PARTITION}:dynamodb:{REGION}:{ACCOUNT}:table/{name}"
        if kind == "AWS::DynamoDB::Table" and attribute == "StreamArn":
            return f"arn:{PARTITION}:dynamodb:{REGION}:{ACCOUNT}:table/{name}/stream/{STREAM_LABEL}"
        if kind == "AWS::SQS::Queue" and attribute == "Arn":
            return f"arn:{PARTITION}:sqs:{REGION}:{ACCOUNT}:{name}"
        if kind == "AWS::SQS::Queue" and attribute == "QueueName":
            return name
        raise ValueError(f"no synthetic value for {name}.{attribute} ({kind})")

    def resolve(self, value):
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, dict) and len(value) == 1:
            (fn, arg), = value.items()
            if fn == "Ref":
                return self.ref(arg)
            if fn == "Fn::GetAtt":
                return self.get_att(*intrinsics.getatt(arg))
            if fn == "Fn::Sub":
                return intrinsics.substitute(arg, self._sub)
            if fn == "Fn::Join":
                return arg[0].join(self.resolve(v) for v in arg[1])
        if isinstance(value, dict):
            return {k: self.resolve(v) for k, v in value.items()}
        raise ValueError(f"cannot resolve {value!r}")

    def _sub(self, name, own):
        if own is not None:
            return self.resolve(own)
        if "." in name and not name.startswith("AWS::"):
            return self.get_att(*name.split(".", 1))
        return self.ref(name)


def statements_by_function(template, resolver):
    """Each function's statements (its role's inline policies and the AWS::IAM::Policy
    resources attached to that role), resolved; and any managed policy left unexplained."""
    resources = template["Resources"]
    out = {}
    for name, resource in resources.items():
        if resource["Type"] != "AWS::Lambda::Function":
            continue
        role = resource["Properties"]["Role"]["Fn::GetAtt"][0]
        role_props = resources[role]["Properties"]
        documents = [p["PolicyDocument"] for p in role_props.get("Policies", [])]
        documents += [r["Properties"]["PolicyDocument"] for r in resources.values()
                      if r["Type"] == "AWS::IAM::Policy" and {"Ref": role} in r["Properties"].get("Roles", [])]
        statements = [resolver.resolve(s) for d in documents for s in as_list(d["Statement"])]
        managed = [m for m in role_props.get("ManagedPolicyArns", []) if m not in SAM_MANAGED_POLICIES]
        out[name] = (statements, managed)
    return out


def wildcard(pattern, flags=0):
    return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + r"\Z", flags)


def action_matches(pattern, action):
    return wildcard(pattern, re.IGNORECASE).match(action) is not None


def resource_matches(pattern, arn):
    return wildcard(pattern).match(arn) is not None


def poller_calls(template, resolver):
    """The calls Lambda makes with each function's role for its event source mappings."""
    calls = []
    for mapping in template["Resources"].values():
        if mapping["Type"] != "AWS::Lambda::EventSourceMapping":
            continue
        props = mapping["Properties"]
        function = props["FunctionName"]["Ref"].removesuffix("Aliaslive")
        source = resolver.resolve(props["EventSourceArn"])
        kind = "stream" if "/stream/" in source else "queue"
        for action, fixed in POLLER_ACTIONS[kind]:
            calls.append({"function": function, "action": action, "arn": fixed or source})
        destination = props.get("DestinationConfig", {}).get("OnFailure", {}).get("Destination")
        if destination:
            calls.append({"function": function, "action": "sqs:SendMessage", "arn": resolver.resolve(destination)})
    return calls


def concrete(call, resolver, plan_id):
    """The call's ARN and the condition context IAM would see."""
    if "arn" in call:
        return call["arn"], {}
    resource = call["resource"]
    if call["action"].startswith("sqs:"):
        return f"arn:{PARTITION}:sqs:{REGION}:{ACCOUNT}:{resource.removeprefix('queue/')}", {}
    if call["action"].startswith("dynamodb:"):
        arn = f"arn:{PARTITION}:dynamodb:{REGION}:{ACCOUNT}:{resource}"
    else:
        api_key_arn = f"arn:{PARTITION}:apigateway:{REGION}::/apikeys/{API_KEY_ID}"
        path = (resource.replace("{usagePlanId}", plan_id).replace("{apiKeyId}", API_KEY_ID)
                .replace("{keyId}", API_KEY_ID).replace("{apiKeyArn}", quote(api_key_arn, safe="")))
        arn = f"arn:{PARTITION}:apigateway:{REGION}::{path}"
    context = {f"aws:RequestTag/{k}": v for k, v in call.get("requestTags", {}).items()}
    context.update({f"aws:ResourceTag/{k}": v for k, v in call.get("resourceTags", {}).items()})
    if call.get("requestTags"):
        context["aws:TagKeys"] = sorted(call["requestTags"])
    return arn, context


def condition_holds(condition, context):
    for operator, tests in (condition or {}).items():
        for key, expected in tests.items():
            expected = as_list(expected)
            actual = context.get(key)
            if operator == "StringEquals":
                if actual is None or isinstance(actual, list) or actual not in expected:
                    return False
            elif operator == "StringLike":
                if actual is None or not any(resource_matches(e, actual) for e in expected):
                    return False
            elif operator == "StringEqualsIfExists":
                if actual is not None and (isinstance(actual, list) or actual not in expected):
                    return False
            elif operator == "ForAllValues:StringEquals":
                if actual is not None and not set(as_list(actual)) <= set(expected):
                    return False
            elif operator == "ForAnyValue:StringEquals":
                if actual is None or not set(as_list(actual)) & set(expected):
                    return False
            else:
                raise ValueError(f"condition operator {operator} is not understood here: extend condition_holds")
    return True


def matches(statement, action, arn, context=None):
    """Whether the statement applies to the call (conditions only when a context is given)."""
    if "NotAction" in statement or "NotResource" in statement:
        raise ValueError(f"NotAction/NotResource cannot be proven from calls: {statement}")
    return (any(action_matches(a, action) for a in as_list(statement["Action"]))
            and any(resource_matches(r, arn) for r in as_list(statement["Resource"]))
            and (context is None or condition_holds(statement.get("Condition"), context)))


def problems(template_path, record):
    """Everything that keeps the template from being exactly what the code uses; empty when it is."""
    template = sam_translate.translate(str(template_path))
    resolver = Resolver(template, record["stackName"])
    found = []
    plans = [n for n, r in template["Resources"].items() if r["Type"] == "AWS::ApiGateway::UsagePlan"]
    plan_id = resolver.ref(plans[0]) if len(plans) == 1 else "no-single-usage-plan"
    calls_of = {}
    for call in record["calls"] + poller_calls(template, resolver):
        calls_of.setdefault(call["function"], []).append(call)

    for function, (statements, managed) in sorted(statements_by_function(template, resolver).items()):
        calls = calls_of.pop(function, [])
        if managed:
            found.append(f"{function}: managed policies {managed} cannot be proven from calls")
        if not calls:
            found.append(f"{function}: no recorded calls (the integration tests do not exercise it)")
            continue
        concrete_calls = [(c, *concrete(c, resolver, plan_id)) for c in calls]
        for call, arn, context in concrete_calls:
            allowing = [s for s in statements if s["Effect"] == "Allow" and matches(s, call["action"], arn, context)]
            denying = [s for s in statements if s["Effect"] == "Deny" and matches(s, call["action"], arn, context)]
            if not allowing or denying:
                found.append(f"{function}: not allowed: {call['action']} on {arn} {context or ''}".rstrip())
            required = REQUIRED_CONDITIONS.get((call["action"], call.get("resource")))
            if required:
                for s in statements:
                    if s["Effect"] == "Allow" and matches(s, call["action"], arn) and not any(
                            required in tests for tests in (s.get("Condition") or {}).values()):
                        found.append(f"{function}: {call['action']} on {arn} is allowed without a condition on {required}")
        for s in statements:
            if s["Effect"] != "Allow":
                continue
            for action in as_list(s["Action"]):
                for resource in as_list(s["Resource"]):
                    used = any(action_matches(action, c["action"]) and resource_matches(resource, arn)
                               and condition_holds(s.get("Condition"), context) for c, arn, context in concrete_calls)
                    if not used:
                        found.append(f"{function}: allows {action} on {resource}, which it never used")
    for function in sorted(calls_of):
        found.append(f"{function}: calls recorded for a function the template does not have")
    return found
