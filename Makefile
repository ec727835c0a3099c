# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@$(BIN)/python -m compileall -q src >/dev/null  # bytecode ahead of time: a faster first start
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/tui-reader articles

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
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
