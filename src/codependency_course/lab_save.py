"""What the trainee view's JupyterLab writes when a notebook is saved (trainee side).

A lesson is course material a trainee updates with ``git pull``; their answers live in the
``*.answers.json`` files beside it and come back when the cells run again. So the trainee
view saves notebooks without outputs, execution counts or widget state: opening, running
and saving a lesson leaves the committed file as it was, while any note a trainee types into
a cell is kept. Set as ``FileContentsManager.pre_save_hook`` in
``etc/jupyter/trainee/jupyter_server_config.json``.
"""

from __future__ import annotations

RUN_STATE = ("widgets", "language_info")  # notebook metadata written by running a kernel, not by authoring


def strip_run_state(model: dict, **_kwargs) -> None:
    """Clear outputs, execution counts and widget state from a notebook model before it is saved."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    nb = model["content"]
    for key in RUN_STATE:
        nb.get("metadata", {}).pop(key, None)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
