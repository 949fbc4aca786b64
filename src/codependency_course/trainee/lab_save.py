"""What the trainee view's JupyterLab writes when a notebook is saved (trainee side).

A lesson is course material a trainee updates with ``git pull``; their answers live in the
``*.answers.json`` files beside it and come back when the cells run again. So the trainee
view saves a notebook in its *saved form*: no outputs, execution counts or kernel metadata,
except that each exercise (a widget output) is saved as one plain line saying how to start
it again (``reopen.RERUN``), so a reopened notebook never shows "Error displaying widget".
The committed lessons are in the same saved form (``make sync-notebooks`` runs
``python -m codependency_course.lab_save course/*.ipynb``), so opening, running and saving a
lesson leaves the repository's files as they were, while a note a trainee types is kept.
:func:`save_for_trainee` is ``ContentsManager.pre_save_hook`` in
``etc/jupyter/trainee/jupyter_server_config.json``.

This module is imported by the Jupyter server at start-up, so it imports nothing heavy.
"""

from __future__ import annotations

import sys

from .reopen import rerun_output, without_widgets

RUN_STATE = ("widgets", "language_info")  # notebook metadata written by running a kernel, not by authoring


def saved_form(nb: dict) -> dict:
    """A notebook (nbformat 4 JSON, changed in place) as the trainee view saves it."""
    without_widgets(nb)
    keep = rerun_output()
    for key in RUN_STATE:
        nb.get("metadata", {}).pop(key, None)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = [o for o in cell.get("outputs") or [] if o == keep]
            cell["execution_count"] = 1 if cell["outputs"] else None  # nbval refuses outputs on an unrun cell
        cell.get("metadata", {}).pop("execution", None)
    return nb


def save_for_trainee(model: dict, **_kwargs) -> None:
    """Jupyter server pre-save hook: notebooks are written in their saved form."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        saved_form(model["content"])


def main(paths: list[str]) -> int:
    """Run each notebook (in a scratch folder) and write it back in its saved form (for authors)."""
    import shutil
    import tempfile
    from pathlib import Path

    import nbformat
    from nbclient import NotebookClient

    for name in paths:
        path = Path(name)
        nb = nbformat.read(path, as_version=4)
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, tmp)
            ran = NotebookClient(nbformat.reads(nbformat.writes(nb), as_version=4), timeout=300, kernel_name="python3",
                                 resources={"metadata": {"path": tmp}}).execute()
        saved_form(ran)
        for cell, done in zip(nb.cells, ran.cells):
            if cell.cell_type == "code":
                cell.outputs = [nbformat.from_dict(o) for o in done.outputs]
                cell.execution_count = done.execution_count
        nbformat.write(nb, path)
        print(f"{path}: saved form written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
