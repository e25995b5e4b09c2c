# The two commands of a newcomer: `make run` (install, open the app) and `make test` (install, run the tests).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint stress bench bench-quick translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/ifdesk gui

# On every CPU this process may use (pytest-xdist; tests/conftest.py counts them), each test file whole on one
# worker so that a module's shared setup is built once: docs/decisions-house.md « The test suite's time ».
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not stress" -n auto --dist loadfile

# The house's checks (docs/decisions-house.md): the layers (import-linter), ruff, mypy. CI runs it before the tests.
lint: $(STAMP)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check ifdesk tests packaging
	$(VENV)/bin/mypy

stress: $(STAMP)
	$(PY) -m tests.stress_durability --kills 500

# The benchmarks of quality.md (README « Performance »): full sizes, or --quick (under a minute).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench --quick

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis

# Qt Linguist: refresh resources/i18n/ifdesk_en.ts from the window's tr() calls, then compile the .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ifdesk/ui -name '*.py' | sort) -ts resources/i18n/ifdesk_en.ts -source-language fr_FR -target-language en_GB -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/ifdesk_en.ts -qm resources/i18n/ifdesk_en.qm

# The frozen one-folder program (dist/ifdesk/, PyInstaller) and its smoke test without Python: docs/packaging.md.
.PHONY: package package-smoke
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	PYTHON=$(PY) packaging/build.sh

package-smoke: package
	packaging/smoke_test.sh dist/ifdesk
