"""What issue 9 asks of the template for operating the stack, read from the template as
CloudFormation receives it: every function behind a live alias with a CodeDeploy rollout
that rolls back on the API's alarms and its own errors alarm; the alarms, the optional
alarm mail, the dashboard, deletion protection; and samconfig.toml's two environments."""
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sam_translate  # noqa: E402

SOURCE = sam_translate.load(str(ROOT / "template.yaml"))
RESOURCES = sam_translate.translate(str(ROOT / "template.yaml"))["Resources"]
FUNCTIONS = [name for name, r in SOURCE["Resources"].items() if r["Type"] == "AWS::Serverless::Function"]


def of_type(kind):
    return {name: r for name, r in RESOURCES.items() if r["Type"] == kind}


def test_every_function_rolls_out_through_its_live_alias_and_rolls_back_on_alarms():
    assert len(FUNCTIONS) == 23
    aliases = of_type("AWS::Lambda::Alias")
    groups = of_type("AWS::CodeDeploy::DeploymentGroup")
    for function in FUNCTIONS:
        alias = aliases[f"{function}Aliaslive"]
        assert alias["Properties"]["Name"] == "live"
        group = groups[f"{function}DeploymentGroup"]
        alarms = [a["Name"]["Ref"] for a in group["Properties"]["AlarmConfiguration"]["Alarms"]]
        own = function.removesuffix("Function") + "ErrorsAlarm"
        assert alarms == ["Api5xxAlarm", "ApiLatencyAlarm", own], function
        assert "DEPLOYMENT_STOP_ON_ALARM" in group["Properties"]["AutoRollbackConfiguration"]["Events"]


def test_every_function_snapshots_its_published_versions_and_the_alias_names_one():
    # SnapStart applies to published versions only: $LATEST would start cold every time.
    lambdas = of_type("AWS::Lambda::Function")
    versions = of_type("AWS::Lambda::Version")
    aliases = of_type("AWS::Lambda::Alias")
    for function in FUNCTIONS:
        assert lambdas[function]["Properties"]["SnapStart"] == {"ApplyOn": "PublishedVersions"}, function
        version = aliases[f"{function}Aliaslive"]["Properties"]["FunctionVersion"]["Fn::GetAtt"][0]
        assert versions[version]["Properties"]["FunctionName"] == {"Ref": function}, function


def test_the_api_and_its_authorizer_call_the_live_aliases():
    permission = RESOURCES["ClaimsApiApiKeyAuthorizerAuthorizerPermission"]["Properties"]
    assert permission["FunctionName"] == {"Ref": "AuthorizerFunctionAliaslive"}


def test_alarms_cover_the_api_every_function_and_every_table():
    alarms = of_type("AWS::CloudWatch::Alarm")
    expected = {"Api5xxAlarm", "ApiLatencyAlarm", "ClaimsTableThrottlesAlarm", "ClaimsTableSystemErrorsAlarm",
                "KeysTableThrottlesAlarm", "KeysTableSystemErrorsAlarm",
                "SubscriptionSecretsTableThrottlesAlarm", "SubscriptionSecretsTableSystemErrorsAlarm",
                "DeliveryDeadLetterQueueDepthAlarm", "DeliveryQueueOldestMessageAlarm", "NotifierFailureQueueDepthAlarm"}
    for function in FUNCTIONS:
        expected |= {function.removesuffix("Function") + "ErrorsAlarm",
                     function.removesuffix("Function") + "ThrottlesAlarm"}
    assert expected <= set(alarms)
    for name in expected:
        assert alarms[name]["Properties"]["AlarmActions"] == [{"Ref": "AlarmTopic"}], name


def test_alarm_mail_is_optional_and_the_dashboard_and_deletion_protection_are_there():
    subscription = RESOURCES["AlarmEmailSubscription"]
    assert subscription["Condition"] == "HasAlarmEmail"
    assert SOURCE["Parameters"]["AlarmEmail"]["Default"] == ""
    assert of_type("AWS::CloudWatch::Dashboard")
    tables = of_type("AWS::DynamoDB::Table")
    assert set(tables) == {"ClaimsTable", "KeysTable", "SubscriptionSecretsTable"}
    for name, table in tables.items():
        assert table["Properties"]["DeletionProtectionEnabled"] is True, name
        assert table["DeletionPolicy"] == "Retain", name


def test_samconfig_has_a_default_and_a_prod_environment_that_deploy_as_the_readme_says():
    config = tomllib.loads((ROOT / "samconfig.toml").read_text(encoding="utf-8"))
    for env in ("default", "prod"):
        deploy = config[env]["deploy"]["parameters"]
        assert config[env]["global"]["parameters"]["stack_name"], env
        assert deploy["resolve_s3"] is True, env
        assert deploy["capabilities"] == "CAPABILITY_IAM", env
        assert deploy["confirm_changeset"] is True, env
        assert "DeploymentStrategy=" in deploy["parameter_overrides"], env
    assert "DeploymentStrategy=Canary10Percent5Minutes" in config["prod"]["deploy"]["parameters"]["parameter_overrides"]


def test_webhook_delivery_is_a_filtered_stream_a_fifo_queue_with_redrive_and_batch_failures():
    mappings = of_type("AWS::Lambda::EventSourceMapping")
    stream = mappings["NotifierFunctionStream"]["Properties"]
    assert stream["BisectBatchOnFunctionError"] is True
    assert stream["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert stream["DestinationConfig"]["OnFailure"]["Destination"] == {"Fn::GetAtt": ["NotifierFailureQueue", "Arn"]}
    patterns = [f["Pattern"] for f in stream["FilterCriteria"]["Filters"]]
    assert patterns == ['{"dynamodb": {"Keys": {"pk": {"S": [{"prefix": "EVENT#"}]}}}, "eventName": ["INSERT"]}']
    queue = mappings["DeliveryFunctionQueue"]["Properties"]
    assert queue["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    delivery = RESOURCES["DeliveryQueue"]["Properties"]
    assert delivery["FifoQueue"] is True
    delays = SOURCE["Resources"]["DeliveryFunction"]["Properties"]["Environment"]["Variables"]["WEBHOOK_RETRY_SECONDS"]
    delays = [int(d) for d in delays.split(",")]
    # maxReceiveCount is the number of attempts: at least 8, over at least 24 hours.
    assert delivery["RedrivePolicy"]["maxReceiveCount"] == len(delays) + 1 >= 8
    assert sum(delays) >= 24 * 3600
    assert delivery["RedrivePolicy"]["deadLetterTargetArn"] == {"Fn::GetAtt": ["DeliveryDeadLetterQueue", "Arn"]}
    assert RESOURCES["DeliveryDeadLetterQueue"]["Properties"]["FifoQueue"] is True
    # Six times the function's timeout, as Lambda advises for SQS sources.
    assert delivery["VisibilityTimeout"] >= 6 * SOURCE["Resources"]["DeliveryFunction"]["Properties"]["Timeout"]
