# The two commands of the README: `make plan` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# axe-core for the browser tests of plan.html, pinned by package-lock.json.
NODE_STAMP := node_modules/.installed

.PHONY: plan test bench messages schema clean golden screenshot pictures rule-docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

# Validate, then write build/plan.md, plan.html, plan.json, plan.csv, plan.docx and plan.odt,
# and the English edition beside them (plan.en.md …); plan.pdf on request
# (`ogpkit render --format pdf`, with LibreOffice); the end-of-term self-assessment report
# build/report-final.* in the same formats, and the plan's website into build/site/. compare
# runs first: plan.html links each revision to the comparison only when it is there.
plan: $(STAMP)
	$(BIN)/ogpkit validate
	$(BIN)/ogpkit compare ':/^Draft of the plan sent to the forum' HEAD --format md,html,docx,odt
	$(BIN)/ogpkit render --format md,html,json,csv,docx,odt --edition both
	$(BIN)/ogpkit report --period final --format md,html,json,csv,docx,odt
	$(BIN)/ogpkit site

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench.startup_bench
	$(BIN)/python -m bench.validate_bench
	$(BIN)/python -m bench.lint_bench
	$(BIN)/python -m bench.deadlines_bench
	$(BIN)/python -m bench.render_bench
	$(BIN)/python -m bench.agency_bench
	$(BIN)/python -m bench.translations_bench
	$(BIN)/python -m bench.consult_bench
	$(BIN)/python -m bench.compare_bench
	$(BIN)/python -m bench.office_bench
	$(BIN)/python -m bench.progress_bench
	$(BIN)/python -m bench.site_bench

# Rewrite the golden files of the render snapshot tests after a deliberate change of output.
golden: $(STAMP)
	$(BIN)/pytest tests/outputs/render/test_golden.py --update-golden

# The picture of plan.html in the README (docs/screenshot.png).
screenshot: $(STAMP)
	$(BIN)/python -m tools.screenshot docs/screenshot.png
	$(BIN)/python -m tools.site_screenshots docs

# The pictures of docs/: page 1 and a commitment page of plan.pdf, plan.html on a phone.
pictures: $(STAMP)
	$(BIN)/python -m tools.pictures docs

# Re-extract and compile the message catalogues after changing a message.
messages: $(STAMP)
	$(BIN)/python tools/messages.py update

schema: $(STAMP)
	$(BIN)/ogpkit schema

# docs/rules/<id>.md from the lint rules' docstrings (a test fails when they are stale).
rule-docs: $(STAMP)
	$(BIN)/python tools/rule_docs.py

clean:
	rm -rf $(VENV) build node_modules .mypy_cache .pytest_cache .ruff_cache
