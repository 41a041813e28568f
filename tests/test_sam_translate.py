import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sam_translate  # noqa: E402


def test_the_transform_leaves_plain_cloudformation():
    translated = sam_translate.translate(str(ROOT / "template.yaml"))
    assert "Transform" not in translated
    types = {r["Type"] for r in translated["Resources"].values()}
    assert not any(t.startswith("AWS::Serverless::") for t in types)
    assert "AWS::Lambda::Function" in types
    code = translated["Resources"]["GetClaimFunction"]["Properties"]["Code"]
    assert code == {"S3Bucket": "rehearsal-artifacts", "S3Key": "claims-api.zip"}
