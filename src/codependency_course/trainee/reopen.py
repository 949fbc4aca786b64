"""Reopened notebooks: never "Error displaying widget: model not found".

An exercise lives in the kernel. A saved notebook that still holds the widget's output
shows JupyterLab's "Error displaying widget: model not found" once that kernel is gone.
The trainee view therefore saves notebooks through ``lab_save.save_for_trainee`` (the
server's pre-save hook): every widget output is written to disk as one plain line that
says what to do instead (:func:`without_widgets`).
The page in the browser keeps its live widgets; nothing else in the notebook changes, and
answers are not in the notebook at all (they are in ``<notebook>.answers.json``).

Why not the alternatives: JupyterLab's ``saveState`` stores a snapshot of the widgets'
state in the notebook, which then shows an exercise that looks live but is connected to
nothing (its buttons do nothing until the cell is run again), and it copies the trainee's
answers into the notebook file. Running every cell automatically on open needs a trusted
front-end extension and runs code the trainee did not ask to run.

This module is imported by the Jupyter server at start-up, so it imports nothing heavy.
"""

from __future__ import annotations

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RERUN = "Run this cell (or Run ▸ Run All) to start the exercise; your saved answer will come back."
"""What a reopened notebook shows in place of an exercise."""


def rerun_output() -> dict:
    """The display_data output saved in place of a widget."""
    return {
        "output_type": "display_data",
        "metadata": {},
        "data": {
            "text/plain": RERUN,
            "text/html": f'<p class="cc-rerun"><strong>{RERUN.replace("▸", "&#9656;")}</strong></p>',
        },
    }


def without_widgets(nb: dict) -> int:
    """Replace every widget output in a notebook (nbformat 4 JSON, changed in place); returns how many."""
    replaced = 0
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        outputs, kept = cell.get("outputs") or [], []
        for out in outputs:
            if isinstance(out, dict) and WIDGET_VIEW in (out.get("data") or {}):
                replaced += 1
                if not any(o is not out and o == rerun_output() for o in kept):
                    kept.append(rerun_output())
            else:
                kept.append(out)
        if len(kept) != len(outputs) or replaced:
            cell["outputs"] = kept
    return replaced
