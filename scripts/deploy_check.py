"""Deployment rehearsal: the checks CloudFormation makes before it creates anything, offline.

    python scripts/deploy_check.py template.yaml     (make deploy-check; part of make test)

Translates the SAM template as CloudFormation's transform would (sam_translate.py), checks the
result for dependency cycles, names that resolve to nothing, parameter defaults that break
their own constraints, undefined conditions and clashing exports, then runs cfn-lint on the
translated template (which `make lint` never sees). Exits 1 with one message per finding.
"""
import json
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import sam_translate  # noqa: E402
from rehearsal import Finding, names, order, parameters  # noqa: E402

TRANSLATED = SCRIPTS.parent / ".aws-sam" / "rehearsal" / "translated.json"

# cfn-lint rules that are wrong about translated output, by design of the transform.
IGNORED_LINT_RULES = {
    # SAM copies parameter values into what it generates (the authorizer's
    # ReauthorizeEvery becomes a number in the RestApi body), so the translated template no
    # longer Refs AuthorizerCacheSeconds; at deploy the transform gets the real value.
    "W2001": "parameter not used",
}

# Real findings accepted for now, by key (none today). Each is reported on every run; the
# rehearsal fails once one no longer occurs, so that the entry is removed with the fix.
ACKNOWLEDGED = {}


def check(template):
    """Every finding in a plain CloudFormation template, in the order CloudFormation
    would meet them."""
    return (parameters.defaults(template) + names.conditions(template) + names.references(template)
            + names.outputs(template) + order.cycles(template) + order.logging_stages(template))


def translate(path):
    """The translated template, or the transform's own refusal as a finding."""
    from samtranslator.model.exceptions import InvalidDocumentException
    try:
        return sam_translate.translate(str(path)), []
    except InvalidDocumentException as refused:
        return None, [Finding("transform", f"the SAM transform refuses the template: {refused}")]


def lint(path):
    """cfn-lint on the translated template (JSON output), minus IGNORED_LINT_RULES."""
    cfn_lint = Path(sys.executable).parent / "cfn-lint"
    run = subprocess.run(
        [str(cfn_lint), "--format", "json", "--ignore-checks", *IGNORED_LINT_RULES, "--", str(path)],
        capture_output=True, text=True, check=False)
    try:
        matches = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [Finding("cfn-lint", f"cfn-lint did not run (exit {run.returncode}): {run.stderr.strip()}")]
    findings = []
    for match in matches:
        rule, where = match["Rule"]["Id"], match["Location"]["Path"]
        subject = where[1] if len(where) > 1 else ""
        findings.append(Finding(f"cfn-lint:{rule}:{subject}",
                                f"cfn-lint {rule} at {'/'.join(map(str, where))}: {match['Message']}"))
    return findings


def rehearse(path, translated_path=None):
    """(findings that fail the rehearsal, acknowledged findings seen) for the SAM template.
    Acknowledged findings that no longer occur fail only the project's own template.yaml."""
    translated_path = translated_path or TRANSLATED
    template, findings = translate(path)
    if template is not None:
        Path(translated_path).parent.mkdir(parents=True, exist_ok=True)
        Path(translated_path).write_text(json.dumps(template, indent=1, default=str) + "\n")
        findings = check(template) + lint(translated_path)
    seen = [f for f in findings if f.key in ACKNOWLEDGED]
    failing = [f for f in findings if f.key not in ACKNOWLEDGED]
    if template is not None and Path(path).resolve() == (SCRIPTS.parent / "template.yaml").resolve():
        keys = {f.key for f in seen}
        failing += [Finding(f"stale:{key}", f"acknowledged finding {key} no longer occurs: "
                            "remove it from ACKNOWLEDGED in scripts/deploy_check.py")
                    for key in ACKNOWLEDGED if key not in keys]
    return failing, seen


def main(argv):
    path = argv[1] if len(argv) > 1 else "template.yaml"
    failing, seen = rehearse(path)
    for finding in seen:
        print(f"acknowledged, not fixed: {finding}\n    why: {ACKNOWLEDGED[finding.key]}")
    for finding in failing:
        print(f"deploy-check: {finding}", file=sys.stderr)
    if failing:
        print(f"deploy-check: {path}: {len(failing)} finding(s); CloudFormation would refuse "
              "or trip over this template", file=sys.stderr)
        return 1
    print(f"deploy-check: {path}: no findings (translated template: {TRANSLATED})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
