# Tour de Table: every set-up step a fresh Debian 12 clone needs, behind two commands.
#
#   make run     start the app (on the database you used last, or the default one)
#   make test    lint, type-check, check import contracts, run the tests
#
# Also: make demo, make lint, make screenshot, make package, make package-check,
# make package-lock, make bench, make clean.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSDEPS := packaging/sysdeps.sh
PACKAGE_STAMP := $(VENV)/.installed-package
SPEC    := packaging/tourdetable.spec
BUNDLE  := dist/tourdetable
APP_ID  := org.tourdetable.TourDeTable
# The bundle is built in an environment of its own, from the lock file (every version and
# hash pinned), with the system's Python where there is one (Debian's: the libc, OpenSSL and
# patches the .deb's Depends describe); .venv keeps pyproject's ranges.
BUNDLE_LOCK   := packaging/requirements-bundle.lock
BUNDLE_VENV   := build/venv-bundle
BUNDLE_BIN    := $(BUNDLE_VENV)/bin
BUNDLE_STAMP  := $(BUNDLE_VENV)/.installed
BUNDLE_PYTHON ?= $(if $(wildcard /usr/bin/python3),/usr/bin/python3,$(PYTHON))
CLI_DOCS      := build/cli-docs

.DEFAULT_GOAL := help
.PHONY: help run demo test lint screenshot sysdeps sysdeps-window sysdeps-package \
	sysdeps-postgres venv clean \
	translations translations-update messages messages-update \
	bundle package package-check package-lock bench

help:
	@echo "make run         start Tour de Table (on the database you used last)"
	@echo "make demo        start it on a throwaway copy of the demo session"
	@echo "make test        ruff, mypy, import contracts, then the tests (offscreen)"
	@echo "make lint        ruff, mypy and import contracts only"
	@echo "make screenshot  refresh docs/screenshots/ (light and dark, two screen sizes, under xvfb)"
	@echo "make bench       measure the six performance figures into docs/performance.md"
	@echo "make package     build dist/: the PyInstaller bundle, its .tar.gz and a .deb"
	@echo "make package-check  validate the desktop file, metainfo and MIME type, build the"
	@echo "                 bundle and the .deb, run the self-test offscreen and lintian,"
	@echo "                 check the sizes (what CI runs after make test)"
	@echo "make package-lock  rewrite packaging/requirements-bundle.lock from pyproject.toml"
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
    desktop/cli.py desktop/cli_commands.py desktop/cli_review.py desktop/qt_platform.py

$(MESSAGES_MO): $(MESSAGES_PO) | $(STAMP)
	$(BIN)/pybabel compile --statistics -l fr -i $(MESSAGES_PO) -o $@

messages: $(MESSAGES_MO)

messages-update: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract --no-location --sort-output --no-wrap -k N_ --project "Tour de Table" \
	    -o build/messages.pot $(MESSAGE_SOURCES)
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -l fr -i build/messages.pot -o $(MESSAGES_PO)

# What packaging needs besides the app: the Qt libraries a real window loads, the
# libraries the .deb depends on (checked against the bundle), the validators, lintian and
# binutils; python3-venv for the bundle's environment.
sysdeps-package:
	@PYTHON=$(BUNDLE_PYTHON) $(SYSDEPS) window package venv

# The package extra in .venv too (ranges): the packaging tests build the manual page and
# the completions there.
$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

# The bundle's environment: exactly the lock (hashes checked, nothing resolved), made anew
# when the lock changes; then the app itself, with --no-index so that pip fails if the lock
# lacks one of its dependencies, again when pyproject.toml changes.
$(BUNDLE_VENV)/.locked: $(BUNDLE_LOCK) | sysdeps-package
	rm -rf $(BUNDLE_VENV)
	$(BUNDLE_PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(BUNDLE_LOCK)
	@touch $@

$(BUNDLE_STAMP): pyproject.toml $(BUNDLE_VENV)/.locked
	$(BUNDLE_BIN)/python -m pip install --quiet --no-index --no-build-isolation -e '.[package]'
	$(BUNDLE_BIN)/python -m pip check
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
	$(BUNDLE_BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller $(SPEC)
endef

# The manual page and the completions from the argument parser, then the archives.
define BUILD_PACKAGES
	rm -rf $(CLI_DOCS) dist/*.deb dist/*.tar.gz
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) \
	    $(BUNDLE_BIN)/python packaging/cli_docs.py $(CLI_DOCS)
	packaging/linux-packages.sh $(BUNDLE) dist $(CLI_DOCS)
endef

bundle: sysdeps-package $(BUNDLE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BUILD_BUNDLE)

# The bundle, dist/tourdetable-VERSION-linux-ARCH.tar.gz and
# dist/tourdetable_VERSION-REVISION_ARCH.deb.
package: sysdeps-package $(BUNDLE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	$(BUILD_BUNDLE)
	$(BUILD_PACKAGES)

# One recipe, cheap checks first: the desktop file, the metainfo and the MIME type; the
# bundle and its self-test, offscreen, with no display, stopped if it hangs; the packages;
# the packaging tests (the manual page and the completions among them); lintian, which fails
# on any error or warning that packaging/lintian-overrides does not explain; the sizes.
package-check: sysdeps-package $(BUNDLE_STAMP) $(PACKAGE_STAMP) $(QM_STAMP) $(MESSAGES_MO)
	desktop-file-validate packaging/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/$(APP_ID).metainfo.xml
	packaging/check-mime.sh $(BIN)/python
	$(BUILD_BUNDLE)
	env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
	    timeout 120 $(BUNDLE)/tourdetable self-test --offscreen
	$(BUILD_PACKAGES)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider tests/unit/test_packaging.py
	lintian --fail-on error,warning --info dist/*.deb
	packaging/check-sizes.sh $(BUNDLE) dist/*.deb

# The lock the bundle is built from: pyproject's dependencies and package extra (and the
# build backend, packaging/requirements-bundle.in), every version pinned with its hashes,
# for every platform the spec builds on. Rewrite it after changing a dependency; a test
# fails while it lags behind pyproject.toml.
package-lock: $(STAMP)
	$(BIN)/python -m pip install --quiet 'uv>=0.5,<1'
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	    --custom-compile-command 'make package-lock' --extra package \
	    pyproject.toml packaging/requirements-bundle.in -o $(BUNDLE_LOCK)

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
