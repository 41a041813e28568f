"""The template as CloudFormation receives it: the AWS::Serverless transform, run offline.

Uses aws-sam-translator, the library behind CloudFormation's SAM transform. `sam deploy`
uploads the code first and rewrites every CodeUri to an S3 location; the rehearsal does the
same with a placeholder object, which is all the transform looks at.

    python scripts/sam_translate.py template.yaml > translated.json
"""
import json
import logging
import sys

import boto3
from samtranslator.parser.parser import Parser
from samtranslator.translator.translator import Translator
from samtranslator.utils.py27hash_fix import to_py27_compatible_template, undo_mark_unicode_str_in_template
from samtranslator.yaml_helper import yaml_parse

REGION = "us-east-1"
# The transform warns once per function that a feature toggle has no configuration (only
# AWS's hosted transform has one); the defaults it then takes are the public ones.
logging.getLogger("samtranslator.feature_toggle").setLevel(logging.ERROR)
PLACEHOLDER_CODE = "s3://rehearsal-artifacts/claims-api.zip"


def _no_managed_policies():
    """The template names no AWS managed policy in a SAM Policies list; one would need its
    ARN, which only IAM knows, and the transform then fails rather than guess."""
    return {}


def _uploaded(packaged):
    """The template as `sam package` leaves it (changed in place: callers pass a fresh parse)."""
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
    """The translated (plain CloudFormation) template of the SAM template at path, as
    samtranslator.translator.transform.transform makes it, with the region given rather
    than looked up in the environment (no AWS configuration is needed)."""
    template, parameters = _uploaded(load(path)), {}
    to_py27_compatible_template(template, parameters)
    translator = Translator(None, Parser(), boto_session=boto3.session.Session(region_name=region))
    translated = translator.translate(template, parameter_values=parameters, get_managed_policy_map=_no_managed_policies)
    return undo_mark_unicode_str_in_template(translated)


if __name__ == "__main__":
    json.dump(translate(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"), sys.stdout, indent=1, default=str)
    print()
