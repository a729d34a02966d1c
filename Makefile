# Tour de Table: every set-up step a fresh Debian 12 clone needs, behind two commands.
#
#   make run     start the app (on the database you used last, or the default one)
#   make test    lint, type-check, check import contracts, run the tests
#
# Also: make demo, make lint, make screenshot, make package, make package-check, make bench,
# make clean.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSDEPS := packaging/sysdeps.sh
PACKAGE_STAMP := $(VENV)/.installed-package
SPEC    := packaging/tourdetable.spec
BUNDLE  := dist/tourdetable
APP_ID  := org.tourdetable.TourDeTable

.DEFAULT_GOAL := help
.PHONY: help run demo test lint screenshot sysdeps sysdeps-window sysdeps-package \
	sysdeps-postgres venv clean \
	translations translations-update messages messages-update \
	bundle package package-check bench

help:
	@echo "make run         start Tour de Table (on the database you used last)"
	@echo "make demo        start it on a throwaway copy of the demo session"
	@echo "make test        ruff, mypy, import contracts, then the tests (offscreen)"
	@echo "make lint        ruff, mypy and import contracts only"
	@echo "make screenshot  refresh docs/screenshots/ (light and dark, two screen sizes, under xvfb)"
	@echo "make bench       measure the six performance figures into docs/performance.md"
	@echo "make package     build dist/: the PyInstaller bundle, its .tar.gz and a .deb"
	@echo "make package-check  validate the desktop file and metainfo, build the bundle,"
	@echo "                 run its self-test offscreen (what CI runs after make test)"
	@echo "make clean       remove the virtual environment and caches"

# ------------------------------------------------------------------ set-up
sysdeps:
	@PYTHON=$(PYTHON) $(SYSDEPS) offscreen venv

sysdeps-window:
	@PYTHON=$(PYTHON) $(SYSDEPS) window venv

# The tests run every database and service test on a throwaway PostgreSQL server too.
sysdeps-postgres:
	@PYTHON=$(PYTHON) $(SYSDEPS) postgres

# python3-venv (checked by sysdeps) must be there before the venv is made, even under -j.
$(BIN)/python: | sysdeps
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	    echo "Tour de Table needs Python 3.11 or newer; '$(PYTHON)' is" \
	         "$$( { $(PYTHON) --version; } 2>/dev/null || echo 'not installed')." \
	         "Install python3 (Debian 12 ships 3.11) or run: make PYTHON=/path/to/python3.11" >&2; \
	    exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstalls only when pyproject.toml changes (or the stamp is removed).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

venv: sysdeps $(STAMP)

# The interface's French (Qt Linguist): the .ts sources are kept in git, the .qm the app
# loads are built here. `make translations-update` re-reads the sources into the .ts files.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_STAMP := resources/translations/.built

$(QM_STAMP): $(TS_FILES) packaging/translations.py | $(STAMP)
	$(BIN)/python packaging/translations.py build
	@touch $@

translations: $(QM_STAMP)

translations-update: $(STAMP)
	$(BIN)/python packaging/translations.py update

# The French of the sentences written outside Qt (services, rules, database; desktop/i18n.py):
# resources/translations/messages_fr.po is kept in git, the .mo is built here by Babel.
# `make messages-update` re-extracts the sources into the .po (then translate what is new).
MESSAGES_PO := resources/translations/messages_fr.po
MESSAGES_MO := resources/translations/messages_fr.mo
MESSAGE_SOURCES := desktop/domain desktop/services desktop/reports db desktop/i18n.py \
    desktop/cli.py desktop/cli_commands.py desktop/qt_platform.py

$(MESSAGES_MO): $(MESSAGES_PO) | $(STAMP)
	$(BIN)/pybabel compile --statistics -l fr -i $(MESSAGES_PO) -o $@

messages: $(MESSAGES_MO)

messages-update: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract --no-location --sort-output --no-wrap -k N_ --project "Tour de Table" \
	    -o build/messages.pot $(MESSAGE_SOURCES)
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -l fr -i build/messages.pot -o $(MESSAGES_PO)

# What packaging needs besides the app: the Qt libraries a real window loads (the bundle
# carries what PyInstaller finds of them), the validators and binutils, and PyInstaller.
sysdeps-package:
	@PYTHON=$(PYTHON) $(SYSDEPS) window package venv

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

# ------------------------------------------------------------------ use
run: sysdeps-window $(STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BIN)/tourdetable

demo: sysdeps-window $(STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BIN)/tourdetable --demo

# ------------------------------------------------------------------ check
# One recipe, so the order holds even under make -j: the cheap checks fail first.
define LINT
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
endef

lint: venv
	$(LINT)

test: venv sysdeps-postgres $(QM_STAMP) $(MESSAGES_MO)
	$(LINT)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# The main window on the demo, light and dark, by docs/make_screenshots.py; then, on a
# virtual screen of each size with a window manager (openbox), what an operator sees on a
# laptop's screen and on a full HD one, maximised and at the default size, in both languages.
SCREENS := 1366x768 1920x1080

screenshot: sysdeps-window $(STAMP) $(QM_STAMP) $(MESSAGES_MO)
	@$(SYSDEPS) xvfb
	rm -rf build/screenshot && mkdir -p build/screenshot  # settings of its own
	XDG_CONFIG_HOME=$(CURDIR)/build/screenshot XDG_STATE_HOME=$(CURDIR)/build/screenshot \
	    PYTHONPATH=. xvfb-run -a -s "-screen 0 1600x1000x24" \
	    $(BIN)/python docs/make_screenshots.py --out docs/screenshots
	for screen in $(SCREENS); do \
	    XDG_CONFIG_HOME=$(CURDIR)/build/screenshot XDG_STATE_HOME=$(CURDIR)/build/screenshot \
	    PYTHONPATH=. xvfb-run -a -s "-screen 0 $${screen}x24" \
	    $(BIN)/python docs/make_screenshots.py --out docs/screenshots --screen $$screen \
	    || exit 1; \
	done

# ------------------------------------------------------------------ package
# packaging/README.md says what each piece is, and how to build on Windows and macOS.
define BUILD_BUNDLE
	rm -rf $(BUNDLE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller $(SPEC)
endef

bundle: sysdeps-package $(PACKAGE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BUILD_BUNDLE)

# The bundle, dist/tourdetable-VERSION-linux-ARCH.tar.gz and dist/tourdetable_VERSION_ARCH.deb.
package: sysdeps-package $(PACKAGE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BUILD_BUNDLE)
	packaging/linux-packages.sh $(BUNDLE) dist

# One recipe, cheap checks first; the self-test runs offscreen, with no display, and is
# stopped if it hangs.
package-check: sysdeps-package $(PACKAGE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	desktop-file-validate packaging/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/$(APP_ID).metainfo.xml
	$(BUILD_BUNDLE)
	env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
	    timeout 120 $(BUNDLE)/tourdetable self-test --offscreen

# The performance figures on a generated archive (built once, cached in build/bench/),
# written to docs/performance.md. Benchmarks, not tests: CI never runs them. BENCH_ARGS
# passes options to bench/run.py (e.g. BENCH_ARGS="--keys 200").
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $@

bench: sysdeps $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
