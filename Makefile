# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench eval clean bytecode

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# Bytecode ahead of time, brought up to date after every change to the source: a start never
# compiles the program, also where Python is told not to write bytecode (PYTHONDONTWRITEBYTECODE).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q src >/dev/null

run: bytecode
	$(BIN)/tui-reader articles

test: $(STAMP)
	$(BIN)/python -m pytest

bench: bytecode
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/notes.py
	$(BIN)/python bench/app.py
	$(BIN)/python bench/hostile.py
	$(BIN)/python bench/refresh.py
	$(BIN)/python bench/library.py 1000

eval: $(STAMP)
	TUI_READER=$(BIN)/tui-reader $(BIN)/python ../shared/eval/score.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
