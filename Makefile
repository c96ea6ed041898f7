# The two commands of the README: `make plan` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: plan test lint typecheck bench messages schema clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(STAMP)

plan: $(STAMP)
	$(BIN)/ogpkit validate

test: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench.validate_bench

# Re-extract and compile the message catalogues after changing a message.
messages: $(STAMP)
	$(BIN)/python tools/messages.py update

schema: $(STAMP)
	$(BIN)/ogpkit schema

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
