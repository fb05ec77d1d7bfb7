# entente: every target sets itself up from a bare Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test demo readme bench lint install clean screenshots

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

demo: $(STAMP)
	$(BIN)/python -m entente.demo

# PNGs of the demo brief and the explorer for the README (needs Debian's chromium and
# chromium-driver: apt install chromium chromium-driver).
screenshots: $(STAMP)
	$(BIN)/python -m entente.web.screenshots --out docs

# Runs the README's tour (after a fresh demo, in a scratch copy) and writes the real outputs.
readme: $(STAMP)
	$(BIN)/python scripts/readme_tour.py

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
