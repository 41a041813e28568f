"""The template as CloudFormation receives it: the AWS::Serverless transform, run offline.

Uses aws-sam-translator, the library behind CloudFormation's SAM transform. `sam deploy`
uploads the code first and rewrites every CodeUri to an S3 location; the rehearsal does the
same with a placeholder object, which is all the transform looks at.

    python scripts/sam_translate.py template.yaml > translated.json
"""
import copy
import json
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

REGION = "us-east-1"
PLACEHOLDER_CODE = "s3://rehearsal-artifacts/claims-api.zip"


class NoManagedPolicies:
    """The template names no AWS managed policy in a SAM Policies list; if one appears, the
    transform needs its ARN, which only IAM knows: fail loudly rather than guess."""

    def load(self):
        return {}


def _uploaded(template):
    packaged = copy.deepcopy(template)
    globals_ = packaged.get("Globals", {}).get("Function", {})
    if isinstance(globals_.get("CodeUri"), str):
        globals_["CodeUri"] = PLACEHOLDER_CODE
    for resource in packaged.get("Resources", {}).values():
        props = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(props.get("CodeUri"), str):
            props["CodeUri"] = PLACEHOLDER_CODE
    return packaged


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml_parse(f.read())


def translate(path, region=REGION):
    """The translated (plain CloudFormation) template of the SAM template at path."""
    return transform(_uploaded(load(path)), {"AWS::Region": region}, NoManagedPolicies())


if __name__ == "__main__":
    json.dump(translate(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"), sys.stdout, indent=1, default=str)
    print()
