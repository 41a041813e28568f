"""The rehearsal on real templates: today's template.yaml, and the one `sam deploy` refused."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import deploy_check  # noqa: E402

TEMPLATE = ROOT / "template.yaml"
CYCLIC = Path(__file__).parent / "fixtures" / "cyclic-template.yaml"  # git show fedfbe5:template.yaml


def test_template_yaml_passes_the_rehearsal(tmp_path):
    failing, acknowledged = deploy_check.rehearse(TEMPLATE, tmp_path / "translated.json")
    assert failing == [], "\n".join(map(str, failing))
    assert {f.key for f in acknowledged} == set(deploy_check.ACKNOWLEDGED)
    assert '"AWS::Lambda::Function"' in (tmp_path / "translated.json").read_text()


def test_the_template_sam_deploy_refused_fails_on_its_cycle(tmp_path):
    failing, _ = deploy_check.rehearse(CYCLIC, tmp_path / "translated.json")
    cycles = [str(f) for f in failing if f.key.startswith("cycle:")]
    assert len(cycles) == 1
    assert "ClaimsApi -> CreateKeyFunction -> CreateKeyFunctionRole -> ClientUsagePlan -> ClaimsApi" in cycles[0]
    assert "CreateKeyFunctionRole -> ClientUsagePlan: Fn::Sub ${ClientUsagePlan}" in cycles[0]
    # cfn-lint sees it too, once it is shown the translated template.
    assert any(f.key == "cfn-lint:E3004:CreateKeyFunctionRole" for f in failing)


def test_the_command_exits_non_zero_and_prints_the_loop(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(deploy_check, "TRANSLATED", tmp_path / "translated.json")
    assert deploy_check.main(["deploy_check.py", str(CYCLIC)]) == 1
    err = capsys.readouterr().err
    assert "dependency cycle: ClaimsApi -> CreateKeyFunction -> CreateKeyFunctionRole -> ClientUsagePlan" in err
    assert "CloudFormation would refuse" in err
    assert "CreateKeyFunctionRole" in (tmp_path / "translated.json").read_text()


def test_an_acknowledged_finding_that_no_longer_occurs_fails(tmp_path, monkeypatch):
    monkeypatch.setitem(deploy_check.ACKNOWLEDGED, "cycle:Fixed", "fixed long ago")
    failing, _ = deploy_check.rehearse(TEMPLATE, tmp_path / "translated.json")
    assert [f.key for f in failing] == ["stale:cycle:Fixed"]


def test_a_template_the_transform_refuses_is_a_finding(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "Transform: AWS::Serverless-2016-10-31\n"
        "Resources:\n"
        "  Fn:\n"
        "    Type: AWS::Serverless::Function\n"
        "    Properties: {Runtime: java25, Handler: x::y, CodeUri: functions/claims-api, NotAProperty: 1}\n")
    failing, _ = deploy_check.rehearse(broken, tmp_path / "translated.json")
    assert [f.key for f in failing] == ["transform"]
    assert "NotAProperty" in str(failing[0])
