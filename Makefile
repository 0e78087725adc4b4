# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make run    set up .venv, load the bundled sample corpus, print the summary
#   make test   set up .venv, run the whole test suite
# uv (pinned) is bootstrapped into .tools/ with pip, then installs the locked dependencies.

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_PYTHON_DOWNLOADS := never
export DAGSTER_HOME := $(CURDIR)/.dagster
WAREHOUSE := $(or $(NEWSEVENTS_WAREHOUSE),$(CURDIR)/warehouse/newsevents.duckdb)

.PHONY: run test ui lint install clean

install: $(VENV)/.installed

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsevents needs Python 3.11 or newer (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	@# bytecode compiled at install: every load is a new process, and with PYTHONDONTWRITEBYTECODE
	@# (set on some machines) each one would compile dagster, dbt and GX from source again
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	@mkdir -p $(DAGSTER_HOME)
	@test -f $(DAGSTER_HOME)/dagster.yaml || printf 'telemetry:\n  enabled: false\n' > $(DAGSTER_HOME)/dagster.yaml
	@touch $@

run: install
	$(VENV)/bin/newsevents run
	@echo
	@echo "Warehouse:  $(WAREHOUSE)"
	@echo "Query it:   $(VENV)/bin/newsevents sql \"SELECT name, n_mentions FROM dim_actors ORDER BY n_mentions DESC LIMIT 10\""
	@echo "            (or any DuckDB client, also during runs: duckdb -readonly $(basename $(WAREHOUSE)).read.duckdb)"
	@echo "Open the UI: make ui   then browse http://127.0.0.1:3000"

test: install
	$(VENV)/bin/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

ui: install
	$(VENV)/bin/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

lint: install
	$(VENV)/bin/ruff check pipelines tests
	$(VENV)/bin/ruff format --check pipelines tests

clean:
	rm -rf $(VENV) $(TOOLS) warehouse dbt_project/target dbt_project/logs
