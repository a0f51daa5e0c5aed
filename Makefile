# ledgerlm: two commands from a fresh clone.
#   make demo   - install everything, start the local chain, turn the seed request into a deployed contract, explain it
#   make test   - install everything and run the test suite
# Everything installs from PyPI and npm into this folder (.venv, node_modules); nothing is downloaded at run time.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := 自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

demo: setup
	$(BIN)/ledgerlm node start
	$(BIN)/ledgerlm create "$(SEED)" --set principal=10 --yes
	$(BIN)/ledgerlm explain latest

test: setup
	$(BIN)/pytest -n 2 --dist loadfile

lint: setup
	$(BIN)/ruff check src tests bench

bench: setup
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	-$(BIN)/ledgerlm node stop
	rm -rf $(VENV) node_modules
