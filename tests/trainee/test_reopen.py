"""Saving through the trainee view's pre-save hook: no widget output reaches the disk, and
nothing else a run leaves either (the saved form equals the committed lesson)."""

from codependency_course.trainee.lab_save import save_for_trainee as pre_save_hook
from codependency_course.trainee.reopen import RERUN, WIDGET_VIEW


def _nb():
    widget = {"output_type": "display_data", "metadata": {},
              "data": {WIDGET_VIEW: {"model_id": "abc", "version_major": 2, "version_minor": 0}, "text/plain": "The grocery rota..."}}
    printed = {"output_type": "stream", "name": "stdout", "text": "hello\n"}
    return {"cells": [
        {"cell_type": "markdown", "source": "# x", "metadata": {}},
        {"cell_type": "code", "source": "lesson.practice('x')", "metadata": {}, "outputs": [printed, widget], "execution_count": 3},
        {"cell_type": "code", "source": "1", "metadata": {}, "outputs": [], "execution_count": None},
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def test_widget_outputs_are_saved_as_the_rerun_line():
    model = {"type": "notebook", "content": _nb()}
    pre_save_hook(model, path="00-start-here.ipynb", contents_manager=None)
    outs = model["content"]["cells"][1]["outputs"]
    assert len(outs) == 1 and model["content"]["cells"][1]["execution_count"] == 1  # printed output is not kept
    assert outs[0]["data"]["text/plain"] == RERUN and WIDGET_VIEW not in outs[0]["data"]
    assert "Run this cell (or Run ▸ Run All) to start the exercise; your saved answer will come back." == RERUN
    assert model["content"]["cells"][2]["outputs"] == []


def test_other_files_are_untouched():
    model = {"type": "file", "content": "x = 1"}
    pre_save_hook(model)
    assert model == {"type": "file", "content": "x = 1"}
