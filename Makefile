# Leidraad — the two commands of the README:
#   make serve   install what is needed, build the site and serve it on http://127.0.0.1:8000
#                (another port: make serve PORT=8001)
#   make test    install what is needed, then run every check: ruff, mypy, actionlint,
#                principles check, pytest (needs npm and Java for the HTML check)
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
CHROMIUM ?= /usr/bin/chromium
# Material prints an end-of-life banner on every build; it is not a warning of ours.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build test lint check browser prerequisites clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

PORT ?= 8000
serve: $(BIN)/.installed
	@$(BIN)/principles serve --port $(PORT)

build: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

check: $(BIN)/.installed
	$(BIN)/principles check docs

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/actionlint

# Browser tests drive Debian's Chromium. Install it when we may (root with apt-get);
# otherwise the browser tests fail and say how to install it.
browser:
	@if [ ! -x "$(CHROMIUM)" ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# The HTML check runs the Nu Html Checker (npm package vnu-jar) on Java. Say so in one line,
# before anything is installed, when npm or Java is missing (in Dutch, then in English).
prerequisites:
	@missing=""; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	command -v java >/dev/null || missing="$$missing java"; \
	if [ -n "$$missing" ]; then \
		echo "make test: ontbreekt:$$missing. De HTML-controle (vnu) wordt met npm geïnstalleerd en draait op Java; installeer ze, bijvoorbeeld: sudo apt-get install npm default-jre-headless" >&2; \
		echo "make test: missing:$$missing. The HTML check (vnu) is installed with npm and runs on Java; install them, e.g.: sudo apt-get install npm default-jre-headless" >&2; \
		exit 1; \
	fi

VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR):
	npm install --silent --no-audit --no-fund --prefix .cache/vnu vnu-jar@26.9.27

# pytest-xdist workers: the browser tests mostly wait for pages, so more workers than cores
# pays; a worker that runs out of tests takes some of another's (worksteal). The repository's
# site and the engine site are built once for all of them. One process: make test WORKERS=0.
WORKERS ?= 4
test: prerequisites $(BIN)/.installed browser $(VNU_JAR) lint check
	$(BIN)/pytest -n $(WORKERS) --dist worksteal

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache .cache
