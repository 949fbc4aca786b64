# The two commands: `make lab` (take the course) and `make test` (check everything).
# Both create .venv on first use and re-install only when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8888
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)
export PATH := $(abspath $(BIN)):$(PATH)

KIT ?= trainee-kit

.PHONY: help lab instructor kit site test fuzz test-fast sync-notebooks check-pairs content-report clean-grading
.DEFAULT_GOAL := help

help:
	@echo "make lab            start JupyterLab on $(HOST):$(PORT) at course/ (trainee view)"
	@echo "make instructor     start JupyterLab with formgrader and create-assignment (instructor view)"
	@echo "make test           install the test extra and run the whole suite"
	@echo "make fuzz           a long hostile-trainee fuzz run (FUZZ_EXAMPLES, default 2000; make test runs 25)"
	@echo "make kit            write the trainee kit to $(KIT)/ (lessons, trainee view, package, released checks; no keys)"
	@echo "make site           build site/: the practice lessons as a static JupyterLite site (no install for trainees)"
	@echo "make sync-notebooks regenerate every .ipynb from its reviewed .py twin"
	@echo "make content-report print the vignette bank's coverage"

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10) and "Python 3.10 or newer is needed" or 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

lab: $(VENV)/.installed
	JUPYTER_CONFIG_DIR=$(abspath etc/jupyter/trainee) CODEPENDENCY_COURSE_ASSIGNMENTS=$(abspath course) $(BIN)/jupyter lab --ip=$(HOST) --port=$(PORT) \
	  --ServerApp.root_dir=$(abspath course) --LabApp.default_url=/lab/tree/00-start-here.ipynb --no-browser $(ROOT_FLAG)

instructor: $(VENV)/.installed
	cd grading && JUPYTER_CONFIG_DIR=$(abspath etc/jupyter/instructor) $(abspath $(BIN))/jupyter lab \
	  --ip=$(HOST) --port=$(PORT) --ServerApp.root_dir=$(abspath .) --no-browser $(ROOT_FLAG)

kit: $(VENV)/.installed
	$(BIN)/codependency-course kit $(KIT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The zero-install practice site (JupyterLite + Pyodide), from PyPI and npm only: see lite/build.py.
$(VENV)/.installed-site: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[site]'
	@touch $@

site: $(VENV)/.installed-site
	$(BIN)/python lite/build.py --out site

FUZZ_EXAMPLES ?= 2000
fuzz: $(VENV)/.installed-test
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/instructor/autograding/test_fuzz_cohort.py \
	  --timeout=0 -q $(PYTEST_ARGS)

sync-notebooks: $(VENV)/.installed
	$(BIN)/jupytext --to ipynb --update course/[0-9]*.py source/*/*.py
	$(BIN)/python -m codependency_course.trainee.lab_save course/[0-9]*.ipynb

content-report: $(VENV)/.installed
	$(BIN)/codependency-course content-report

clean-grading:
	rm -rf grading/release grading/submitted grading/autograded grading/feedback grading/exchange grading/gradebook.db grading/reports
