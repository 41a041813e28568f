"""Every name a template uses must exist, as CloudFormation resolves it before creating
anything: Refs, GetAtts, DependsOn, Conditions, and the outputs' values and exports."""
import json
import re

from . import Finding
from .intrinsics import PSEUDO_PARAMETERS, depends_on, resource_body, uses


def _attributes(resource_type, region="us-east-1"):
    """The GetAtt patterns of a resource type from cfn-lint's copy of the CloudFormation
    registry schemas, or None where the type is unknown (custom, third party): then any
    attribute is accepted rather than guessed."""
    try:
        from cfnlint.schema import PROVIDER_SCHEMA_MANAGER
        return list(PROVIDER_SCHEMA_MANAGER.get_resource_schema(region, resource_type).get_atts)
    except Exception:  # noqa: BLE001 - no schema means no opinion, not a finding
        return None


def _check_use(use, where, template, allowed_refs):
    """Findings for one use at where: CloudFormation rejects the whole template for a name it
    cannot resolve ("Unresolved resource dependencies", "Template format error")."""
    resources = template.get("Resources", {})
    if use.kind == "Ref":
        if use.name not in allowed_refs:
            yield Finding(f"unresolved:{where}:{use.name}",
                          f"{where}: {use.via} names no resource, parameter or pseudo parameter")
        return
    if use.kind == "GetAtt":
        if use.name not in resources:
            kind = "a parameter" if use.name in template.get("Parameters", {}) else "no resource"
            yield Finding(f"unresolved:{where}:{use.name}",
                          f"{where}: {use.via} names {kind}; only resources have attributes")
            return
        patterns = _attributes(resources[use.name].get("Type", ""))
        if patterns is not None and use.attribute is not None and not any(
                re.fullmatch(p, use.attribute) for p in patterns):
            yield Finding(f"attribute:{where}:{use.name}.{use.attribute}",
                          f"{where}: {use.via}: {resources[use.name].get('Type')} has no attribute "
                          f"{use.attribute} (it has {', '.join(sorted(patterns)) or 'none'})")
        return
    if use.name not in template.get("Conditions", {}):
        yield Finding(f"condition:{where}:{use.name}", f"{where}: {use.via} names an undefined condition")


def _conditional_target(use, where, template, own_condition):
    """A Ref/GetAtt to a resource that has a Condition fails with "Unresolved resource
    dependencies" whenever that condition is false, unless the same condition guards the use."""
    target = template.get("Resources", {}).get(use.name)
    condition = target.get("Condition") if isinstance(target, dict) else None
    if use.kind == "Condition" or condition is None:
        return
    if condition != own_condition and condition not in use.guards:
        yield Finding(f"conditional:{where}:{use.name}",
                      f"{where}: {use.via} names {use.name}, which exists only if {condition}; "
                      f"guard the use with Fn::If [{condition}, ...] or give {where} that Condition")


def references(template):
    """Refs, GetAtts, Subs, Fn::Ifs and DependsOns in resources and outputs all resolve."""
    resources = template.get("Resources", {})
    allowed_refs = set(resources) | set(template.get("Parameters", {})) | PSEUDO_PARAMETERS
    findings = []
    sections = [(f"Resources.{n}", r, resource_body(r)) for n, r in resources.items()]
    sections += [(f"Outputs.{n}", o, o) for n, o in template.get("Outputs", {}).items()]
    for where, entity, body in sections:
        own = entity.get("Condition")
        if own is not None and own not in template.get("Conditions", {}):
            findings.append(Finding(f"condition:{where}:{own}", f"{where}: Condition {own} is not defined"))
        for use in uses({k: v for k, v in body.items() if k != "Condition"}):
            findings += _check_use(use, where, template, allowed_refs)
            findings += _conditional_target(use, where, template, own)
    for name, resource in resources.items():
        for target in depends_on(resource):
            if target not in resources:
                findings.append(Finding(f"depends-on:{name}:{target}",
                                        f"Resources.{name}: DependsOn {target} names no resource"))
            elif resources[target].get("Condition") not in (None, resource.get("Condition")):
                findings.append(Finding(
                    f"conditional:Resources.{name}:{target}",
                    f"Resources.{name}: DependsOn {target}, which exists only if "
                    f"{resources[target]['Condition']}"))
    return findings


def conditions(template):
    """Conditions may name only parameters (Ref) and other defined conditions."""
    allowed = set(template.get("Parameters", {})) | PSEUDO_PARAMETERS
    findings = []
    for name, body in template.get("Conditions", {}).items():
        for use in uses(body, in_conditions=True):
            where = f"Conditions.{name}"
            if use.kind == "Condition":
                findings += _check_use(use, where, template, allowed)
            elif use.kind == "GetAtt" or use.name not in allowed:
                what = "a resource" if use.name in template.get("Resources", {}) else "no parameter"
                findings.append(Finding(f"unresolved:{where}:{use.name}", f"{where}: {use.via} names "
                                        f"{what}; conditions can name only parameters"))
    return findings


def outputs(template):
    """Every output has a Value, and no two outputs export the same name (the stack would
    fail at the end, after everything else was created)."""
    findings, exports = [], {}
    for name, output in template.get("Outputs", {}).items():
        if not isinstance(output, dict) or "Value" not in output:
            findings.append(Finding(f"output:{name}", f"Outputs.{name}: has no Value"))
            continue
        export = output.get("Export", {}).get("Name") if isinstance(output.get("Export"), dict) else None
        if export is not None:
            exports.setdefault(json.dumps(export, sort_keys=True), []).append(name)
    for export, names in exports.items():
        if len(names) > 1:
            findings.append(Finding(f"export:{export}",
                                    f"Outputs {', '.join(names)} export the same name {export}"))
    return findings
