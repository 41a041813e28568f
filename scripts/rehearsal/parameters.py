"""Parameter defaults against their own constraints. CloudFormation validates the value of
every parameter before it creates anything; with `sam deploy` and no overrides that value is
the default, so a default that breaks its own AllowedValues fails every first deploy."""
import re

from . import Finding

_LIST_TYPES = ("CommaDelimitedList", "List<")


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _items(spec):
    """The default as CloudFormation sees it: one string, or the items of a list type."""
    default = spec["Default"]
    text = ",".join(str(v) for v in default) if isinstance(default, list) else str(default)
    if str(spec.get("Type", "")).startswith(_LIST_TYPES):
        return [item.strip() for item in text.split(",")]
    return [text]


def _type_problems(kind, items):
    if kind not in ("String", "Number", "CommaDelimitedList", "List<Number>") \
            and not kind.startswith(("AWS::", "List<AWS::")):
        yield f"Type {kind} is not a CloudFormation parameter type"
    elif kind in ("Number", "List<Number>"):
        for item in items:
            if _number(item) is None:
                yield f"default {item!r} is not a number"


def _constraint_problems(spec, items):
    kind = spec.get("Type", "String")
    allowed = spec.get("AllowedValues")
    for item in items:
        if allowed is not None and item not in {str(v) for v in allowed} and not (
                kind in ("Number", "List<Number>")
                and _number(item) in {_number(v) for v in allowed}):
            yield f"default {item!r} is not one of AllowedValues {allowed}"
        pattern = spec.get("AllowedPattern")
        if pattern is not None and re.fullmatch(pattern, item) is None:
            yield f"default {item!r} does not match AllowedPattern {pattern!r}"
        value = _number(item) if kind in ("Number", "List<Number>") else None
        if "MinValue" in spec and value is not None and value < float(spec["MinValue"]):
            yield f"default {item} is below MinValue {spec['MinValue']}"
        if "MaxValue" in spec and value is not None and value > float(spec["MaxValue"]):
            yield f"default {item} is above MaxValue {spec['MaxValue']}"
    text = ",".join(items)
    if "MinLength" in spec and len(text) < int(spec["MinLength"]):
        yield f"default {text!r} is shorter than MinLength {spec['MinLength']}"
    if "MaxLength" in spec and len(text) > int(spec["MaxLength"]):
        yield f"default {text!r} is longer than MaxLength {spec['MaxLength']}"


def defaults(template):
    """One Finding per parameter whose type is unknown or whose default breaks its type,
    AllowedValues, AllowedPattern, MinValue/MaxValue or MinLength/MaxLength."""
    findings = []
    for name, spec in template.get("Parameters", {}).items():
        kind = str(spec.get("Type", ""))
        items = _items(spec) if "Default" in spec else []
        problems = list(_type_problems(kind, items))
        if "Default" in spec:
            problems += _constraint_problems(spec, items)
        findings += [Finding(f"parameter:{name}", f"Parameters.{name}: {p}") for p in problems]
    return findings
