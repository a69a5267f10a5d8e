# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COMPILED := $(VENV)/.compiled
DEMO_DB := demo.duckdb

.PHONY: demo test lint typecheck unit install clean bench warm warm-unit

install: $(COMPILED)

# uv (pinned in requirements.lock) installs the same pins as pip would, in about a quarter of
# the time on a clean machine (parallel downloads); --native-tls: the system's certificates, as
# pip uses them.
# The venv gets no pip of its own (ensurepip writes and compiles pip: seconds of a clean
# install): the interpreter's pip puts uv in it (--python), ensurepip only where that pip is
# missing or too old. `$(BIN)/uv pip install X` adds a package by hand.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet -c requirements.lock uv 2>/dev/null \
		|| { $(BIN)/python -m ensurepip --default-pip > /dev/null \
		&& $(BIN)/python -m pip install --quiet -c requirements.lock uv; }
	$(BIN)/uv pip install --quiet --native-tls --python $(BIN)/python \
		-c requirements.lock -e '.[dev,dask]'
	touch $(STAMP)

# `make install` and `make demo` then compile site-packages, as pip does, so that no process
# compiles it again (where PYTHONDONTWRITEBYTECODE is set every process would), all but the
# packages' own test suites (tests/, test/: 3,172 of 8,894 modules, none imported here; uv's
# --compile-bytecode cannot leave them out: ~40% of the compiling, ~11 of 26 CPU-seconds) and
# mypy's own sources (mypy/, mypyc/: its wheel is compiled, every module it imports is a .so
# beside its .py; ~1.4 of the remaining ~17 CPU-seconds). `make test` does not: its processes
# write bytecode (see TEST_ENV), so that the modules they import (~2,500 of the ~5,500) are
# compiled once, by the first process that imports each, and the others never.
$(COMPILED): $(STAMP)
	$(BIN)/python -m compileall -q -j0 -x '/tests?/|/site-packages/mypyc?/' \
		"$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
	touch $(COMPILED)

# `make demo DATASETS=../shared/datasets` also loads the publishers' own files from that folder
# (UN Digital Library votes 1946-2024, SIPRI transfers), which the starter pack may not ship.
DATASETS ?=
ifneq ($(DATASETS),)
ifeq ($(wildcard $(DATASETS)/unga $(DATASETS)/arms),)
$(error DATASETS=$(DATASETS) has no unga/ or arms/ folder of publishers' files)
endif
endif

demo: $(COMPILED)
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/realpolitik --db $(DEMO_DB) ingest examples
	$(BIN)/realpolitik --db $(DEMO_DB) summary
	$(BIN)/realpolitik --db $(DEMO_DB) data load starter
ifneq ($(DATASETS),)
	$(BIN)/realpolitik --db $(DEMO_DB) data load unga-votes $(wildcard $(DATASETS)/unga/undl_votes_*.csv.gz) --resolutions $(wildcard $(DATASETS)/unga/undl_resolutions_*.csv.gz)
	$(BIN)/realpolitik --db $(DEMO_DB) data load sipri $(wildcard $(DATASETS)/arms/sipri_transfers_all_*.csv)
endif
	$(BIN)/realpolitik --db $(DEMO_DB) idealpoints --since 2000 --pool-sparse-years
	$(BIN)/realpolitik --db $(DEMO_DB) report -o report.html
	$(BIN)/python -m realpolitik.analysis.tour $(DEMO_DB) report.html
	$(BIN)/realpolitik --db $(DEMO_DB) check examples/analysis/2024-07-15-first-island-chain-hardening.md examples/analysis/2024-04-16-beijing-leverage-arithmetic.txt
	@echo "Dashboard: $(BIN)/realpolitik --db $(DEMO_DB) serve   # then open http://127.0.0.1:8765/"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest-xdist: one process per core (one is fine too), whole files to a process so that a
# module's fixtures are built once, in the order tests/conftest.py gives (slow files first; xdist
# would reorder by number of tests). Temporary files go to a RAM disk where there is one with
# room: DuckDB waits for the disk at every commit otherwise. `make unit TEST_TMPDIR=` opts out.
TEST_TMPDIR ?= $(shell d=/dev/shm; [ -d $$d ] && [ -w $$d ] && [ "$$(df -Pk $$d | awk 'NR==2 {print $$4}')" -gt 2000000 ] && echo $$d)

# The package's modules are compiled once first: where PYTHONDONTWRITEBYTECODE is set (as on
# the machines here) every process the tests start (CLI runs, workers) compiled them again.
unit: $(STAMP)
	$(BIN)/python -m compileall -q src
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR) )$(BIN)/pytest -n auto --dist loadfile --no-loadscope-reorder

# What each test process would otherwise redo: compile the package and rewrite the test modules'
# asserts (pytest keeps its rewritten modules in __pycache__ only where bytecode may be written:
# about 5 s of every process's collection, on a clean clone).
warm: $(STAMP)
	$(BIN)/python -m compileall -q src
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest --collect-only -q -p no:cacheprovider > /dev/null

# mypy keeps one core busy for a while (no cache on a clean clone): ruff and `warm` (beside each
# other: three short jobs on two cores), then the unit tests, run beside it, so that no core
# waits for mypy to end before the tests start. A failing step still fails `make test` (make
# lets the running ones finish).
# Every process of `make test` may write bytecode (an empty PYTHONDONTWRITEBYTECODE is unset to
# Python): site-packages is compiled as it is imported, not all of it up front (~9 of ~17
# CPU-seconds of a clean clone's `make test` were modules no test imports).
TEST_ENV := PYTHONDONTWRITEBYTECODE=

test: $(STAMP)
	$(TEST_ENV) $(MAKE) --no-print-directory -j3 typecheck lint warm-unit

warm-unit: lint warm
	$(MAKE) --no-print-directory unit

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal report.html
