# PlaceBoard: `make run` opens the app, `make test` runs every check. Both set up
# .venv (and any Debian package the tests need) on a new machine first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench forms setup system-deps clean package package-deps test-package

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

# One pytest worker per CPU (pytest-xdist): each is its own process with its own Qt
# application, temporary folders and PostgreSQL server.
test: setup system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n auto

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

forms: setup
	$(BIN)/python -m placeboard.ui.form_compiler

# The one-folder bundle dist/placeboard/ for this machine (PyInstaller, packaging/), and
# on Linux dist/placeboard-<version>-linux-<arch>.tar.gz with install.sh beside it.
# packaging/windows/build.ps1 does the same on Windows, then the Inno Setup installer.
PKG_STAMP := $(VENV)/.package-stamp
VERSION = $(shell $(PYTHON) packaging/layout.py version)
TARBALL_DIR = build/tarball/placeboard-$(VERSION)
TARBALL = dist/placeboard-$(VERSION)-linux-$(shell uname -m).tar.gz

$(PKG_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@

package-deps:
	@bash packaging/package-deps.sh

package: $(PKG_STAMP) package-deps
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/placeboard.spec
	dist/placeboard/placeboard --version
	desktop-file-validate packaging/linux/placeboard.desktop
	rm -rf build/tarball && mkdir -p $(TARBALL_DIR)
	cp -al dist/placeboard $(TARBALL_DIR)/  # hard links: no second copy on disk
	cp packaging/linux/install.sh packaging/linux/placeboard.desktop packaging/linux/placeboard.xml \
		resources/placeboard.png resources/placeboard.svg $(TARBALL_DIR)/
	tar -C build/tarball -czf $(TARBALL) placeboard-$(VERSION)
	@echo "Built dist/placeboard/ ($$(du -sm dist/placeboard | cut -f1) MB) and $(TARBALL)"

# Builds the bundle (once) and runs it: marked slow, so `make test` leaves it out.
test-package: $(PKG_STAMP) system-deps package-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m slow tests/packaging

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
