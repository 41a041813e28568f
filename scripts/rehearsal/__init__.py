"""What CloudFormation checks in a template before it creates anything, offline.

`scripts/deploy_check.py` runs these checks on the translated template of template.yaml.
Each check returns `Finding`s; an empty list means CloudFormation would get past that step.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One thing CloudFormation would refuse (or a deploy would trip over).

    key is stable across runs ("check:subject") so that a finding can be acknowledged by name.
    """

    key: str
    message: str

    def __str__(self):
        return self.message
