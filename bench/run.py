"""`make bench`: where every millisecond of a cold start goes, and what a warm call costs.

Runs against the DynamoDB emulator named by AWS_ENDPOINT_URL_DYNAMODB (make starts one),
on the deployment packages `sam build` made in .aws-sam/build. Never fails a build: it
measures and reports. Writes bench/results/latest.json, latest.md and cold-start.svg.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / ".aws-sam" / "build"
RESULTS = ROOT / "bench" / "results"
BENCH_JAR = next((ROOT / "bench" / "target").glob("claims-api-bench-*.jar"))
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "10"))
WARM_CALLS = int(os.environ.get("BENCH_WARM_CALLS", "10000"))
# Lambda arm64 price per GB-second and per request (us-east-1, list price).
PRICE_GB_SECOND = 0.0000133334
PRICE_REQUEST = 0.20 / 1_000_000

ROUTES = [
    # name, function, handler class, event file, how the fixture fills it
    ("get claim", "GetClaimFunction", "org.factcheck.claims.api.GetClaimHandler", "get-claim.json"),
    ("list by status", "ListClaimsFunction", "org.factcheck.claims.api.ListClaimsHandler", "get-claims.json"),
    ("publish verdict", "PublishVerdictFunction", "org.factcheck.claims.api.PublishVerdictHandler", "post-verdict.json"),
    ("authorizer", "AuthorizerFunction", "org.factcheck.claims.auth.AuthorizerHandler", "authorizer-request.json"),
]


def template():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "template.yaml").read_text(), Loader=Loader)


def function_env(tpl, fixture):
    env = dict(os.environ)
    for name, value in tpl["Globals"]["Function"]["Environment"]["Variables"].items():
        if isinstance(value, str):
            env[name] = value
    env["TABLE_NAME"] = fixture["table"]
    env["KEYS_TABLE_NAME"] = fixture["keysTable"]
    return env


def classpath(function):
    package = BUILD / function
    return os.pathsep.join([str(package), str(package / "lib" / "*"), str(BENCH_JAR)])


def event_for(route, fixture, directory):
    name, _, _, file = route
    event = json.loads((ROOT / "events" / file).read_text())
    claim = fixture["claimId"]
    text = json.dumps(event).replace("01H6B3K9M2Q7R4S8T0V5W1X3Y6", claim)
    event = json.loads(text)
    if name == "list by status":
        event["queryStringParameters"] = {"status": "IN_REVIEW", "limit": "20"}
        event["multiValueQueryStringParameters"] = {"status": ["IN_REVIEW"], "limit": ["20"]}
    if name == "publish verdict":
        # The real ETag (If-Match: * is refused); ColdStart and Warm keep it current.
        event["headers"]["If-Match"] = fixture["etag"]
        event["multiValueHeaders"]["If-Match"] = [fixture["etag"]]
        event["headers"].pop("Idempotency-Key", None)
        event["multiValueHeaders"].pop("Idempotency-Key", None)
    if name == "authorizer":
        event["headers"]["Authorization"] = "Bearer " + fixture["key"]
    path = Path(directory) / file
    path.write_text(json.dumps(event))
    return path


def java(args, env):
    """Starts a JVM; returns its stdout lines, timed from just before the fork."""
    t0 = time.time() * 1000
    out = subprocess.run(["java", *args], env=env, capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return out.stdout.split("\n"), t0


def cold(args, env):
    """One cold start: (init ms, first response ms, classes loaded, status)."""
    env = dict(env, BENCH_T0_MS=str(time.time() * 1000))
    out = subprocess.run(["java", *args], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    lines = dict(line.split(" ", 1) for line in out.stdout.strip().split("\n") if " " in line)
    first = lines["first"].split(" ")
    return float(lines["init"]), float(first[0]), int(first[1]), first[2]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))]


def summary(samples):
    inits = [s[0] for s in samples]
    firsts = [s[1] for s in samples]
    return {
        "runs": len(samples),
        "init_p50_ms": pct(inits, 50), "init_p90_ms": pct(inits, 90),
        "first_p50_ms": pct(firsts, 50), "first_p90_ms": pct(firsts, 90),
        "classes_loaded": int(statistics.median(s[2] for s in samples)),
        "statuses": sorted(set(s[3] for s in samples)),
        "first_ms": firsts,
    }


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


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    tpl = template()
    tool_options = tpl["Globals"]["Function"]["Environment"]["Variables"]["JAVA_TOOL_OPTIONS"]
    memory_mb = tpl["Globals"]["Function"]["MemorySize"]
    with tempfile.TemporaryDirectory() as work:
        fixture_file = Path(work) / "fixture.json"
        subprocess.run(["java", "-cp", f"{ROOT}/local/target/classes{os.pathsep}{ROOT}/local/target/dependency/*",
                        "org.factcheck.claims.local.BenchFixture", str(fixture_file)],
                       env=dict(os.environ, PROJECT_ROOT=str(ROOT)), check=True)
        fixture = json.loads(fixture_file.read_text())
        env = function_env(tpl, fixture)
        env["JAVA_TOOL_OPTIONS"] = tool_options
        pk, sk = "CLAIM#" + fixture["claimId"], "CLAIM"

        print(f"Cold starts: {COLD_RUNS} fresh JVMs each, JAVA_TOOL_OPTIONS={tool_options}", flush=True)
        subjects = {
            "bare JVM": ["-cp", str(BENCH_JAR), "org.factcheck.claims.bench.BareJvm"],
            "SDK client + GetItem": ["-cp", classpath("GetClaimFunction"), "org.factcheck.claims.bench.Floor",
                                     fixture["table"], pk, sk],
        }
        for route in ROUTES:
            name, function, handler, _ = route
            subjects[name] = ["-cp", classpath(function), "org.factcheck.claims.bench.ColdStart", handler,
                              str(event_for(route, fixture, work))]
        samples = {name: [] for name in subjects}
        for name, args in subjects.items():
            cold(args, env)  # one discarded run each, so the OS file cache is warm for all alike
        for _ in range(COLD_RUNS):  # interleaved, so drift in the machine's load hits every subject alike
            for name, args in subjects.items():
                samples[name].append(cold(args, env))
        floors = {name: summary(samples[name]) for name in ("bare JVM", "SDK client + GetItem")}
        floor_b = floors["SDK client + GetItem"]["first_p50_ms"]
        routes = {}
        for route in ROUTES:
            name, function = route[0], route[1]
            result = summary(samples[name])
            result["function"] = function
            result["ratio_to_floor_p50"] = round(result["first_p50_ms"] / floor_b, 2)
            print(f"  {name:16} first p50 {result['first_p50_ms']:7.0f} ms  ({result['ratio_to_floor_p50']}× floor)", flush=True)
            routes[name] = result

        print("HTTP clients: floor (b) with each client the SDK offers, on one class path", flush=True)
        clients_cp = os.pathsep.join([str(BENCH_JAR), str(ROOT / "bench" / "target" / "clients" / "*")])
        client_args = {c: ["-cp", clients_cp, "org.factcheck.claims.bench.Floor", fixture["table"], pk, sk, c]
                       for c in ("url-connection", "apache", "crt")}
        client_samples = {c: [] for c in client_args}
        for args in client_args.values():
            cold(args, env)
        for _ in range(COLD_RUNS):
            for c, args in client_args.items():
                client_samples[c].append(cold(args, env))
        clients = {c: summary(v) for c, v in client_samples.items()}
        for c, x in clients.items():
            print(f"  {c:16} first p50 {x['first_p50_ms']:7.0f} ms  classes {x['classes_loaded']}", flush=True)

        print("JVM options: get claim cold with each set of options", flush=True)
        option_sets = {"template (C1 only)": tool_options, "JVM defaults (C1 and C2)": "",
                       "C1 only + SerialGC": tool_options + " -XX:+UseSerialGC"}
        option_samples = {o: [] for o in option_sets}
        get_args = subjects["get claim"]
        for _ in range(COLD_RUNS):
            for label, options in option_sets.items():
                option_samples[label].append(cold(get_args, dict(env, JAVA_TOOL_OPTIONS=options)))
        jvm_options = {o: summary(v) for o, v in option_samples.items()}
        for o, x in jvm_options.items():
            print(f"  {o:26} first p50 {x['first_p50_ms']:7.0f} ms", flush=True)

        print(f"Warm: {WARM_CALLS} sequential calls per route in one JVM", flush=True)
        warm_env = dict(env)
        warm_env.pop("JAVA_TOOL_OPTIONS")  # warm code is compiled by C2 as Lambda would after a while
        raw = java(["-cp", classpath("GetClaimFunction"), "org.factcheck.claims.bench.Warm", str(WARM_CALLS), "getitem",
                    fixture["table"], pk, sk], env)[0][0].split()
        baseline = {"p50_ms": float(raw[1]), "p99_ms": float(raw[3])}
        for route in ROUTES:
            name, function, handler, file = route
            event = Path(work) / file  # as the cold runs left it: its If-Match is current
            line = java(["-cp", classpath(function), "org.factcheck.claims.bench.Warm", str(WARM_CALLS), handler, str(event)],
                        env)[0][0].split()
            warm = {"p50_ms": float(line[1]), "p99_ms": float(line[3])}
            warm["p99_ratio_to_getitem"] = round(warm["p99_ms"] / baseline["p99_ms"], 2)
            gb_seconds = memory_mb / 1024 * max(1.0, warm["p50_ms"]) / 1000  # billed per ms, at least 1 ms
            warm["usd_per_million"] = round(1_000_000 * (gb_seconds * PRICE_GB_SECOND + PRICE_REQUEST), 2)
            routes[name]["warm"] = warm
            print(f"  {name:16} p50 {warm['p50_ms']:.3f} ms  p99 {warm['p99_ms']:.3f} ms  ({warm['p99_ratio_to_getitem']}× GetItem p99)", flush=True)

    sizes = {}
    for function in sorted({r[1] for r in ROUTES} | {p.name for p in BUILD.iterdir() if p.is_dir()}):
        sizes[function] = dict(zip(("bytes", "zipped_bytes"), package_size(function)))

    result = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cores": os.cpu_count(), "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.split("\n")[0]},
        "jvm_options": tool_options, "memory_mb": memory_mb, "cold_runs": COLD_RUNS, "warm_calls": WARM_CALLS,
        "floors": floors, "routes": routes, "warm_getitem": baseline, "packages": sizes, "http_clients": clients,
        "jvm_options_get_claim": {o: dict(x, options=option_sets[o]) for o, x in jvm_options.items()},
        "dynamodb_calls": {"get claim": "GetItem", "list by status": "Query", "publish verdict": "GetItem, TransactWriteItems (2 items)",
                           "authorizer": "GetItem"},
    }
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "latest.md").write_text(markdown(result))
    (RESULTS / "cold-start.svg").write_text(chart(result))
    print(markdown(result))


def markdown(r):
    floor_b = r["floors"]["SDK client + GetItem"]["first_p50_ms"]
    lines = [f"Measured {r['date']} on {r['machine']['cores']} cores, {r['machine']['java']}; "
             f"{r['cold_runs']} cold JVMs per row with `{r['jvm_options']}`; {r['warm_calls']} warm calls per route.", "",
             "| cold start | init p50 | init p90 | first response p50 | p90 | × floor (b) | classes | warm p50 | warm p99 | × GetItem p99 | $ per 1M |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, f in r["floors"].items():
        label = "(a) " + name if name == "bare JVM" else "(b) " + name
        lines.append(f"| floor {label} | {f['init_p50_ms']:.0f} | {f['init_p90_ms']:.0f} | {f['first_p50_ms']:.0f} | {f['first_p90_ms']:.0f} | "
                     f"{f['first_p50_ms'] / floor_b:.2f} | {f['classes_loaded']} | | | | |")
    for name, x in r["routes"].items():
        w = x["warm"]
        lines.append(f"| {name} | {x['init_p50_ms']:.0f} | {x['init_p90_ms']:.0f} | {x['first_p50_ms']:.0f} | {x['first_p90_ms']:.0f} | "
                     f"**{x['ratio_to_floor_p50']:.2f}** | {x['classes_loaded']} | {w['p50_ms']:.2f} | {w['p99_ms']:.2f} | "
                     f"{w['p99_ratio_to_getitem']:.2f} | {w['usd_per_million']:.2f} |")
    g = r["warm_getitem"]
    lines += ["", f"Raw SDK GetItem, warm: p50 {g['p50_ms']:.2f} ms, p99 {g['p99_ms']:.2f} ms. Times in ms.", "",
              "| deployment package | unpacked | zipped |", "|---|---:|---:|"]
    for fn, s in r["packages"].items():
        lines.append(f"| {fn} | {s['bytes'] / 1e6:.1f} MB | {s['zipped_bytes'] / 1e6:.1f} MB |")
    lines += ["", "Floor (b) by HTTP client (same class path, same run):", "",
              "| HTTP client | init p50 | first response p50 | p90 | classes |", "|---|---:|---:|---:|---:|"]
    for c, x in r["http_clients"].items():
        lines.append(f"| {c} | {x['init_p50_ms']:.0f} | {x['first_p50_ms']:.0f} | {x['first_p90_ms']:.0f} | {x['classes_loaded']} |")
    lines += ["", "Get claim, cold, by JVM options (same run):", "",
              "| JAVA_TOOL_OPTIONS | init p50 | first response p50 | p90 |", "|---|---:|---:|---:|"]
    for o, x in r["jvm_options_get_claim"].items():
        lines.append(f"| {o}: `{x['options'] or '(none)'}` | {x['init_p50_ms']:.0f} | {x['first_p50_ms']:.0f} | {x['first_p90_ms']:.0f} |")
    lines += ["", "DynamoDB calls per request: " + "; ".join(f"{k}: {v}" for k, v in r["dynamodb_calls"].items()) + "."]
    return "\n".join(lines) + "\n"


def chart(r):
    rows = [("floor (a) bare JVM", r["floors"]["bare JVM"]["first_ms"]),
            ("floor (b) GetItem", r["floors"]["SDK client + GetItem"]["first_ms"])]
    rows += [(name, x["first_ms"]) for name, x in r["routes"].items()]
    top = max(max(v) for _, v in rows) * 1.1
    width, left, row_h = 760, 170, 34
    height = 50 + row_h * len(rows)
    scale = (width - left - 20) / top
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<text x="{left}" y="16">Cold start, JVM start to first response (ms), {r["cold_runs"]} runs each</text>']
    for i in range(0, int(top) + 1, max(100, int(top / 8) // 100 * 100)):
        x = left + i * scale
        out.append(f'<line x1="{x:.1f}" y1="24" x2="{x:.1f}" y2="{height - 18}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle" fill="#666">{i}</text>')
    for n, (label, values) in enumerate(rows):
        y = 40 + n * row_h
        colour = "#888" if label.startswith("floor") else "#1f77b4"
        out.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{label}</text>')
        for v in values:
            out.append(f'<circle cx="{left + v * scale:.1f}" cy="{y}" r="4" fill="{colour}" fill-opacity="0.5"/>')
        median = statistics.median(values)
        out.append(f'<line x1="{left + median * scale:.1f}" y1="{y - 9}" x2="{left + median * scale:.1f}" y2="{y + 9}" stroke="black" stroke-width="2"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
