# PlaceBoard: `make run` opens the app, `make test` runs every check. Both set up
# .venv (and any Debian package the tests need) on a new machine first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench forms setup system-deps clean

run: setup
	$(BIN)/placeboard

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(STAMP)

# Libraries Qt needs to run offscreen, and tools the tests use to read PDFs.
# apt-get runs only when something is missing.
system-deps:
	@bash packaging/system-deps.sh

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

test: setup system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

forms: setup
	$(BIN)/python -m placeboard.ui.form_compiler

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
