"""Starting the functions' JVMs for `make bench`: a function's environment from template.yaml,
its class path from its `sam build` package, one fresh JVM timed from the fork, and
subjects interleaved round by round."""
import os
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

import yaml

import measures

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / ".aws-sam" / "build"
TARGET = ROOT / "bench" / "target"
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "10"))
# org.crac on a JDK without CRaC drops registered resources: the bench's implementation stands in.
CRAC = "-Dorg.crac.Core.Compat=org.factcheck.claims.bench.crac"


def template():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "template.yaml").read_text(), Loader=Loader)


def function_env(tpl, table, keys_table, secrets_table, queue_url=None):
    env = dict(os.environ)
    for name, value in tpl["Globals"]["Function"]["Environment"]["Variables"].items():
        if isinstance(value, str):
            env[name] = value
    env["TABLE_NAME"], env["KEYS_TABLE_NAME"] = table, keys_table
    env["SUBSCRIPTION_SECRETS_TABLE_NAME"] = secrets_table
    # The queue main() creates on the emulator (the notifier's match row sends to it).
    sqs = os.environ.get("AWS_ENDPOINT_URL_SQS") or os.environ.get("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000")
    env["DELIVERY_QUEUE_URL"] = queue_url or sqs.rstrip("/") + "/123456789012/bench-deliveries.fifo"
    return env


def classpath(function, *extra):
    package = BUILD / function
    crac = next((TARGET / "crac").glob("crac-*.jar"))  # after the package's lib/: one version wins
    bench_jar = next(TARGET.glob("claims-api-bench-*.jar"))
    return os.pathsep.join([str(package), str(package / "lib" / "*"), str(bench_jar), str(crac), *map(str, extra)])


CALLS = iter(range(1_000_000))


def cold(args, env):
    """One fresh JVM (a ColdStart, Floor or BareJvm main): its sample, timed from just before the fork."""
    env = dict(env, BENCH_T0_MS=str(time.time() * 1000), BENCH_CALL_OFFSET=str(next(CALLS)))
    out = subprocess.run(["java", *args], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    try:
        return measures.parse_cold(out.stdout)
    except KeyError:
        raise RuntimeError(f"{' '.join(args)}: no timings in its output:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")


def interleaved(subjects, env, extra_env=None, groups=None, order=None):
    """COLD_RUNS samples of each subject, one discarded first (the OS file cache warms for all
    alike), then round by round, so drift in the machine's load hits every subject alike.
    extra_env: subject -> variables that subject alone gets. groups: subject -> the name its
    samples are reported under (several subjects may share one). order: round number -> the
    subjects in the order that round runs them (default: as given)."""
    extra_env, groups = extra_env or {}, groups or {}
    for name, args in subjects.items():
        cold(args, dict(env, **extra_env.get(name, {})))
    samples = {}
    for r in range(COLD_RUNS):
        for name in order(r) if order else subjects:
            sample = cold(subjects[name], dict(env, **extra_env.get(name, {})))
            samples.setdefault(groups.get(name, name), []).append(sample)
    return {name: measures.summary(s) for name, s in samples.items()}


def floor_beside_cold(names, floor, round_number):
    """A round's order: for each function its floor sample and its cold run side by side (the
    floor first in even rounds, second in odd ones), then its primed run."""
    pair = ((floor, "cold") if round_number % 2 == 0 else ("cold", floor))
    return [(floor, n) if p == floor else (n, p) for n in names for p in pair + ("prime",)]


def package_size(function):
    package = BUILD / function
    raw = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
    with tempfile.TemporaryFile() as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for p in package.rglob("*"):
                if p.is_file():
                    z.write(p, p.relative_to(package))
        zipped = tmp.tell()
    return raw, zipped
