# askspeech: `make run` sets everything up and starts the web chat; `make test` sets everything
# up and runs the test suite (both lanes); `make test-fast` runs the unit lane only (no model,
# no index, no browser, no server: well under a minute). All work on a fresh clone, offline
# except for the package indexes.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
SYSTEM_PYTHON ?= python3

# No hub downloads (a hub model name would block ~70 s, then fail), no telemetry.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: setup browser model index run test test-fast lint bench eval clean

setup: $(VENV)/.installed

# torch first: the CPU build on local disk. An unpinned torch would pull a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev]'
	touch $@

# Debian's Chromium for the headless browser test (`npx playwright install` cannot work here),
# and a CJK font so its screenshots show Chinese.
browser:
	@dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

model: setup
	$(PY) -m askspeech.cli model

index: model
	$(PY) -m askspeech.cli index

run: index
	$(PY) app.py

test: setup browser model
	$(PY) -m pytest tests/unit tests/integration

test-fast: setup
	$(PY) -m pytest tests/unit

lint: setup
	$(VENV)/bin/ruff check src tests bench app.py
	$(VENV)/bin/mypy

eval: index
	$(PY) -m askspeech.cli eval --qa eval/dev_qa.jsonl --qa eval/extra_qa.jsonl

bench: index
	$(PY) bench/latency.py

clean:
	rm -rf index/builds index/CURRENT $(VENV)
