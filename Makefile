# The two commands a newcomer needs: `make run` and `make test`.
# Both create (or reuse) the virtual environment in .venv from requirements.lock.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# pip compiles bytecode at install; start-up is ~1.5 s instead of ~0.6 s without it
# (measured where PYTHONDONTWRITEBYTECODE=1 is set).
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run demo test test-fast check stress translations package bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c requirements.lock -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)          ## start hyrdesk (the welcome view offers demo data)
	$(BIN)/hyrdesk

demo: $(STAMP)         ## start hyrdesk with a demo unit in a throwaway database
	$(BIN)/hyrdesk --demo

test: $(STAMP)         ## run the whole test suite (offscreen, no display needed)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: $(STAMP)        ## lint, format check, types and layer contracts (CI runs this before the tests)
	$(BIN)/ruff check hyrdesk tests bench packaging
	$(BIN)/ruff format --check hyrdesk tests bench packaging
	$(BIN)/mypy hyrdesk
	$(BIN)/lint-imports

test-fast: $(STAMP)     ## every test not marked slow (the long ones: real processes, crash safety, big files)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q

stress: $(STAMP)       ## the crash-safety tests at full size: 200 SIGKILLs during writes, 50 during restores
	HYRDESK_STRESS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/storage/test_crash_safety.py

# Source strings are Swedish; English lives in resources/translations/hyrdesk_en.ts
# (edit it in Qt Linguist: pyside6-linguist), compiled into the package.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find hyrdesk -name "*.py" | sort) -ts resources/translations/hyrdesk_en.ts
	$(BIN)/pyside6-lrelease resources/translations/hyrdesk_en.ts -qm hyrdesk/resources/translations/hyrdesk_en.qm

# The program for this platform in dist/ (PyInstaller), smoke-tested; on Linux
# also the .deb and a check of the Windows installer script. See packaging/build.py.
PKG_STAMP := $(VENV)/.installed-package
$(PKG_STAMP): $(STAMP)
	$(PIP) install -c requirements.lock -e '.[dev,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)  ## build and smoke-test the bundle (not part of `make test`: it takes a minute or two)
	$(BIN)/python packaging/build.py

bench: $(STAMP)
	$(BIN)/python bench/run

clean:
	rm -rf $(VENV) build dist .pytest_cache
