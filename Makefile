# netwerkscan: `make demo` renders the demo region, `make test` runs every check.
# Both create .venv and install the project into it first (only Python 3.11 needed).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck pytest browser bench data-request clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/netwerkscan validate demo
	$(BIN)/netwerkscan run demo --anonymise

# the browser test opens the report in Debian's chromium (installed here when missing)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser test"; \
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

lint: install
	$(BIN)/ruff check scan tests benchmarks
	$(BIN)/ruff format --check scan tests benchmarks
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest

test: lint typecheck browser pytest

# benchmarks/RESULTS.md (about 20 minutes; `--quick` for a short run)
bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks.run

# docs/data-request.md is generated from scan/schema.py
data-request: install
	$(BIN)/python -c "from scan.data.schema import markdown; print(markdown())" > docs/data-request.md

clean:
	rm -rf $(VENV) data/processed/* reports/* .pytest_cache .mypy_cache .ruff_cache
