# Two commands on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test setup setup-test schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

setup: $(STAMP)
setup-test: $(TEST_STAMP)

run: $(STAMP)
	$(BIN)/accordcheck check fixtures/dataset --report build/report.html --json build/results.json

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n 2 -q

schema: $(STAMP)
	$(BIN)/accordcheck schema -o schemas

clean:
	rm -rf $(VENV) build .accordcheck-cache
