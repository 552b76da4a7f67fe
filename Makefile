# The two commands a newcomer needs: `make lab` and `make test`. Everything installs into .venv
# on first use (and again when pyproject.toml or constraints.txt change).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Keep Jupyter, IPython and matplotlib settings out of the home folder during tests.
TEST_ENV := JUPYTER_CONFIG_DIR=$(CURDIR)/.jupyter-test/config \
	JUPYTER_DATA_DIR=$(CURDIR)/.jupyter-test/data \
	JUPYTER_RUNTIME_DIR=$(CURDIR)/.jupyter-test/runtime \
	IPYTHONDIR=$(CURDIR)/.jupyter-test/ipython \
	MPLCONFIGDIR=$(CURDIR)/.jupyter-test/matplotlib \
	PYDEVD_DISABLE_FILE_VALIDATION=1
REPORTS := test-artifacts/reports
JUPYTER_TEST_DIRS := $(addprefix .jupyter-test/,config data runtime ipython matplotlib)
# JupyterHub's proxy, from the npm registry, at the version in tools/hub/package-lock.json.
PROXY_STAMP := tools/hub/node_modules/.installed

$(JUPYTER_TEST_DIRS):
	@mkdir -p $@

.PHONY: lab test test-unit test-notebooks test-browser test-accessibility test-reliability test-hub soak notebooks wording bench lint format install clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	@touch $@

lab: $(STAMP)
	$(BIN)/infointerview lab

test: $(STAMP)
	@rm -rf $(REPORTS) && mkdir -p $(REPORTS)
	$(MAKE) --no-print-directory test-unit test-notebooks test-browser test-accessibility test-reliability test-hub
	@$(BIN)/python tools/test_summary.py $(REPORTS)

test-unit: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/unit -p no:nbval -n 2 --junitxml=$(REPORTS)/unit.xml

test-notebooks: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python tools/demo_workspace.py -- $(BIN)/python -m pytest notebooks \
		--nbval --nbval-current-env --nbval-sanitize-with tests/notebooks/sanitize.cfg \
		--junitxml=$(REPORTS)/notebooks.xml

test-browser: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/browser -p no:nbval -n 2 --junitxml=$(REPORTS)/browser.xml

# axe-core's WCAG 2.0/2.1 A and AA rules on every page the project renders, keyboard-only walks
# of every phase, chart text alternatives, and pages at 200% zoom and 320 px wide.
test-accessibility: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/accessibility -p no:nbval \
		--junitxml=$(REPORTS)/accessibility.xml

# Crash, concurrency, bad files, fuzzing, injection, formulas and privacy, in a bounded short
# form; `make soak` runs the long form. Both print a table of what was tried and what was lost.
test-reliability: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/reliability -p no:nbval \
		--junitxml=$(REPORTS)/reliability.xml

# A real JupyterHub on 127.0.0.1: three participants and an instructor end to end, and the
# collection folder's drop box proved with real Unix users (which needs root).
test-hub: $(STAMP) $(PROXY_STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/hub -p no:nbval --junitxml=$(REPORTS)/hub.xml

# Without npm the hub tests skip locally (and fail in CI, which requires them).
$(PROXY_STAMP): tools/hub/package.json tools/hub/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd tools/hub && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else \
		echo "npm is not installed, so the JupyterHub tests will skip (apt-get install nodejs npm)."; \
	fi

soak: $(STAMP) | $(JUPYTER_TEST_DIRS)
	@mkdir -p $(REPORTS)
	$(TEST_ENV) $(BIN)/python -m pytest tests/reliability -p no:nbval --soak \
		--junitxml=$(REPORTS)/soak.xml

# Re-execute every notebook in place under the fixed date and a fresh demo workspace, so the
# stored outputs are exactly what `make test-notebooks` compares.
notebooks: $(STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python tools/demo_workspace.py -- $(BIN)/python tools/execute_notebooks.py notebooks

# Learn the thank-you wording reader's weights again from the labelled notes (tools/train_wording.py).
wording: $(STAMP)
	$(BIN)/python tools/train_wording.py

bench: $(STAMP) $(PROXY_STAMP) | $(JUPYTER_TEST_DIRS)
	$(TEST_ENV) $(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench deploy setup.py
	$(BIN)/ruff format --check src tests tools bench deploy setup.py
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests tools bench deploy setup.py
	$(BIN)/ruff check --fix src tests tools bench deploy setup.py

clean:
	rm -rf $(VENV) test-artifacts .jupyter-test
