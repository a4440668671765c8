# ClaimLedger. Two commands do everything on a fresh machine with Python 3.11+:
#   make run    set up .venv, then run the pipeline on the bundled sample corpus
#   make test   set up .venv, then ruff and the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
DB     ?= data/claimledger.duckdb
INPUT  ?= sample/corpus
PORT   ?= 3000
export DAGSTER_HOME ?= $(CURDIR)/dagster_home

.PHONY: setup run test ui eval bench bench-cluster fuzz clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

run: setup
	$(BIN)/claimledger run --input $(INPUT) --db $(DB)

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

ui: setup
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(PORT)

eval: setup
	$(BIN)/python benchmarks/eval.py
	$(BIN)/python benchmarks/heldout.py
	$(BIN)/python benchmarks/agreement.py

bench: setup
	$(BIN)/python benchmarks/bench.py

bench-cluster: setup
	$(BIN)/python benchmarks/bench_cluster.py

fuzz: setup
	$(BIN)/python tests/robustness/fuzz_readers.py --seconds $${FUZZ_SECONDS:-300}

clean:
	rm -rf data dagster_home/storage dagster_home/history dagster_home/schedules dagster_home/logs
