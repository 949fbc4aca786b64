"""Every notebook has a py:percent twin with the same cells and nbgrader metadata, no
outputs, and names the python3 kernel. (nbval runs them all: see pytest's testpaths.)"""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import pytest
from conftest import REPO

from codependency_course.trainee.reopen import rerun_output

NOTEBOOKS = sorted([*REPO.glob("course/*.ipynb"), *REPO.glob("source/*/*.ipynb")])
TWINS = sorted([*REPO.glob("course/[0-9]*.py"), *REPO.glob("source/*/*.py")])


def _cells(nb):
    return [(c.cell_type, c.source.strip(), c.metadata.get("nbgrader")) for c in nb.cells]


def test_there_are_notebooks_in_both_folders():
    assert any(p.parent.name == "course" for p in NOTEBOOKS)
    assert any(p.parent.parent.name == "source" for p in NOTEBOOKS)


@pytest.mark.parametrize("twin", TWINS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_text_twin_has_a_notebook(twin: Path):
    assert twin.with_suffix(".ipynb").exists(), f"{twin.name} has no .ipynb: run `make sync-notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_pair_agrees_and_has_no_outputs(path: Path):
    twin = path.with_suffix(".py")
    assert twin.exists(), f"{path.name} has no py:percent twin"
    nb = nbformat.read(path, as_version=4)
    text = jupytext.read(twin)
    assert _cells(nb) == _cells(text), f"{path.name} and {twin.name} differ: edit the .py, then `make sync-notebooks`"
    for cell in nb.cells:
        if cell.cell_type == "code":
            # the only output a committed notebook holds is the saved form of an exercise (lab_save)
            assert all(o == rerun_output() for o in cell.outputs) and cell.execution_count == (1 if cell.outputs else None), \
                f"{path.name} has outputs: run `make sync-notebooks`"
    assert nb.metadata["kernelspec"]["name"] == "python3", f"{path.name} must name the python3 kernel"
    assert text.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.parent.parent.name == "source"], ids=lambda p: p.parent.name)
def test_assignment_notebooks_are_well_formed(path: Path):
    nb = nbformat.read(path, as_version=4)
    ids = [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if "nbgrader" in c.metadata]
    assert len(ids) == len(nb.cells), f"{path.name}: every cell needs nbgrader metadata"
    assert len(set(ids)) == len(ids), f"{path.name}: duplicate grade_id"
    # answers are saved under the assignment's own name (a graded quiz, or the zero-point course evaluation)
    source = "".join(c.source for c in nb.cells)
    assert f'Assessment("{path.parent.name}")' in source or f'EvaluationForm("{path.parent.name}")' in source
    for c in nb.cells:
        meta = c.metadata["nbgrader"]
        visible = c.source.split("### BEGIN HIDDEN TESTS")[0]
        assert "grade_item" not in visible, f"{path.name} {meta['grade_id']}: grade_item outside hidden tests"
    assert not list(path.parent.glob("*.answers.json")), "never keep an answers file in source/ (it would overwrite submissions)"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.parent.name == "course"], ids=lambda p: p.name)
def test_lesson_code_is_hidden_from_trainees(path: Path):
    """Trainees see outputs only: every lesson code cell is committed with its input collapsed (in both twins)."""
    for nb in (nbformat.read(path, as_version=4), jupytext.read(path.with_suffix(".py"))):
        shown = [c.source[:60] for c in nb.cells if c.cell_type == "code" and not c.metadata.get("jupyter", {}).get("source_hidden")]
        assert shown == [], f"{path.name}: code cells shown to trainees; add jupyter={{\"source_hidden\": true}} to their # %% line"
