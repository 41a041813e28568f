# Fact-check Claims API. `make run` serves the API locally; `make test` is the whole check suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 3000
DYNAMODB_PORT ?= 8000
AWS_REGION ?= us-east-1
VENV := .venv
STAMP := $(VENV)/.installed-$(shell sha1sum requirements-dev.txt | cut -c1-12)
JAVA_ENV := source scripts/java-env.sh
MVN := mvn -B -q
# Tests print Surefire/Failsafe summaries (CI reads them), so no -q there.
MVN_TEST := mvn -B --no-transfer-progress

export AWS_REGION
export AWS_DEFAULT_REGION := $(AWS_REGION)
export SAM_CLI_TELEMETRY := 0

.PHONY: help venv build unit test integration end-to-end py-tests lint format format-check snapstart-check deploy-check sam-build deploy run api-key bench clean

help:
	@echo "make run     build, start the DynamoDB emulator, serve the API at http://127.0.0.1:$(PORT)"
	@echo "make test    format check, SnapStart rules, unit and integration tests, end-to-end (curl script, schemathesis), lint, deploy rehearsal, sam build"
	@echo "make unit    the unit tests (*Test): pure code and every handler on the in-memory stores, in seconds"
	@echo "make integration  unit tests, then *IT and *E2EIT against a fresh emulator, then the least-privilege proof"
	@echo "make lint    sam validate --lint and cfn-lint"
	@echo "make snapstart-check  AWS's SnapStart SpotBugs rules on the functions (no findings) and on a planted violation (reported)"
	@echo "make format  format the Java code (palantir-java-format via Spotless); make format-check is part of make test"
	@echo "make deploy-check  rehearse the deploy offline: the translated template as CloudFormation checks it (cycles, refs, defaults)"
	@echo "make api-key ROLE=reader|factchecker|admin OWNER=name [STACK=stack-name KEYS_TABLE=KeysTableName-output]"
	@echo "            create an API key in the local emulator (make run) or, with STACK and KEYS_TABLE, in a deployed stack"
	@echo "make deploy [ENV=prod]   sam build, then sam deploy with samconfig.toml's [default] (or [prod]) settings"
	@echo "make bench   cold starts against their floors, priming (the SnapStart stand-in), warm latency against each route's own"
	@echo "            DynamoDB calls, package sizes, cost (bench/results/); BENCH_COLD_RUNS, BENCH_WARM_CALLS, BENCH_WARM_UP, BENCH_ROUTES"
	@echo "make clean   remove build output, the virtualenv and local state"

venv: $(STAMP)
$(STAMP): requirements-dev.txt
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

build:
	@$(JAVA_ENV) && $(MVN) install -DskipTests

unit:
	@$(JAVA_ENV) && $(MVN_TEST) -f functions/claims-api/pom.xml install

# Unit tests, then the integration and end-to-end tests against a fresh emulator; they
# record every AWS call each function makes (local/target/aws-calls.json), and tests/iam
# then proves each function's IAM statements are exactly what those calls need.
integration: venv
	@rm -f local/target/aws-calls.json
	@scripts/with-emulator.sh bash -c '$(JAVA_ENV) && $(MVN_TEST) install'
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider tests/iam

# Python tests of the repository's tooling (tests/): the template rehearsal, the emulator.
# tests/iam needs the integration tests' record and runs with them.
py-tests: venv
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider --ignore=tests/iam tests

# palantir-java-format through Spotless, on every Java module (bench/ is not in the reactor).
format:
	@$(JAVA_ENV) && $(MVN) spotless:apply && $(MVN) -f bench/pom.xml spotless:apply

format-check:
	@$(JAVA_ENV) && $(MVN) spotless:check && $(MVN) -f bench/pom.xml spotless:check

lint: venv
	$(VENV)/bin/sam validate --lint --region $(AWS_REGION)
	$(VENV)/bin/cfn-lint --append-rules cfn_lint_serverless.rules -- template.yaml

# AWS's SnapStart rules (only those, pom.xml): no finding in the functions; then the planted
# violation in src/test/.../snapstartfixture must be reported, or the check itself is broken.
SNAPSTART_FIXTURE := -Dspotbugs.includeTests=true '-Dspotbugs.onlyAnalyze=org.factcheck.claims.snapstartfixture.*'
snapstart-check:
	@$(JAVA_ENV) && $(MVN) -f functions/claims-api/pom.xml compile spotbugs:check
	@$(JAVA_ENV) && out=$$($(MVN) -f functions/claims-api/pom.xml test-compile spotbugs:check $(SNAPSTART_FIXTURE) 2>&1 || true); \
	  if grep -q 'AWS_LAMBDA_SNAP_START_BUG' <<<"$$out" && grep -q 'HandlerWithStartupRandomness' <<<"$$out"; then \
	    echo "snapstart-check: no findings in the functions; the planted violation is reported"; \
	  else echo "$$out" >&2; echo "snapstart-check: the planted violation was not reported" >&2; exit 1; fi

# What CloudFormation checks before it creates anything, on the translated template (scripts/deploy_check.py).
deploy-check: venv
	$(VENV)/bin/python scripts/deploy_check.py template.yaml

# The same build a deploy uses: SAM copies functions/claims-api and runs Maven there.
sam-build: venv
	@$(JAVA_ENV) && $(VENV)/bin/sam build --build-dir .aws-sam/build

# Over HTTP through a fresh development server: every route as curl sends it
# (samplerequests/exercise.sh), then schemathesis with openapi.yaml and an admin key.
end-to-end: venv build
	@scripts/with-emulator.sh scripts/with-dev-server.sh bash -c 'samplerequests/exercise.sh && scripts/schemathesis.sh'

# Cold and warm performance against the emulator; measures, never fails the build.
bench: venv build sam-build
	@$(JAVA_ENV) && $(MVN) -f bench/pom.xml package && DYNAMODB_FAULTS=off scripts/with-emulator.sh .venv/bin/python bench/run.py

# Your AWS credentials and region (profile, SSO, environment); confirms the change set first.
ENV ?= default
deploy: deploy-check sam-build
	$(VENV)/bin/sam deploy --config-env $(ENV)

test: format-check snapstart-check integration end-to-end py-tests lint deploy-check sam-build
	@echo "make test: all checks passed"

run: venv build
	@scripts/run-local.sh

# Local: the keys table of a running `make run` (keys-local). With STACK (the stack's name)
# and KEYS_TABLE (its KeysTableName output): the deployed keys table and the stack's usage
# plan, with your own AWS credentials (profile, SSO, environment).
api-key: build
	@test -n "$(ROLE)" -a -n "$(OWNER)" || { echo "usage: make api-key ROLE=reader|factchecker|admin OWNER=name [STACK=... KEYS_TABLE=...]" >&2; exit 2; }
	@$(JAVA_ENV) && if [ -z "$(STACK)" ]; then \
	  AWS_ENDPOINT_URL_DYNAMODB=$${AWS_ENDPOINT_URL_DYNAMODB:-http://127.0.0.1:$(DYNAMODB_PORT)} AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local \
	    java -cp "local/target/classes:local/target/dependency/*" org.factcheck.claims.local.ApiKeyTool "$(ROLE)" "$(OWNER)" "$${KEYS_TABLE_NAME:-keys-local}"; \
	else \
	  test -n "$(KEYS_TABLE)" || { echo "KEYS_TABLE: the stack's KeysTableName output" >&2; exit 2; }; \
	  java -cp "local/target/classes:local/target/dependency/*" org.factcheck.claims.local.ApiKeyTool "$(ROLE)" "$(OWNER)" "$(KEYS_TABLE)" "$(STACK)"; \
	fi

clean:
	@$(JAVA_ENV) && mvn -B -q clean || true
	rm -rf $(VENV) .aws-sam .local
