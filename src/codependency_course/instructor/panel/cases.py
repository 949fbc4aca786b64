"""Every case the course keys, in one list, for the blind expert panel (instructor side).

A panel rates all of them: the bank's vignettes (``content``) and the graded items, whose
text is the ``quiz.item(...)`` call in ``source/`` and whose key is read from the hidden
tests by :mod:`codependency_course.instructor.keys` (never copied). A case is named by a *reference*: ``bank:<id>`` or
``graded:<assignment>/<item>``; only the private mapping file holds references.
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass
from pathlib import Path

import nbformat

from codependency_course import content
from codependency_course.instructor.keys import items_from_notebook
from codependency_course.rubric import Key


@dataclass(frozen=True)
class Case:
    """One case as the panel sees it (text) and as scoring needs it (reference, key)."""

    ref: str
    """``bank:<id>`` or ``graded:<assignment>/<item>``."""
    text: str
    """The case text, exactly as trainees read it."""
    key: Key
    """The current key."""

    @property
    def kind(self) -> str:
        """'bank' or 'graded'."""
        return self.ref.split(":", 1)[0]

    @property
    def digest(self) -> str:
        """A short hash of the text, so scoring can tell when a case was rewritten after export."""
        return hashlib.sha256(" ".join(self.text.split()).encode()).hexdigest()[:16]


def current_ref(ref: str) -> str:
    """A reference under today's ids: a bank case renamed since a packet was made keeps its ratings."""
    kind, _, name = ref.partition(":")
    return f"bank:{content.current_id(name)}" if kind == "bank" else ref


def item_texts(notebook: Path | str) -> dict[str, str]:
    """``{item_id: text}`` for every ``quiz.item("id", "title", "text")`` call in a notebook."""
    nb = nbformat.read(str(notebook), as_version=4)
    out: dict[str, str] = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or ".item(" not in cell.source:
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "item" and len(node.args) >= 3:
                try:
                    item_id, _title, text = (ast.literal_eval(a) for a in node.args[:3])
                except ValueError:
                    raise ValueError(f"{Path(notebook).name}: an item call must use literal strings") from None
                out[item_id] = str(text).strip()
    return out


def graded_cases(repo: Path) -> list[Case]:
    """The graded items of every assignment in ``source/``, with their keys from the hidden tests."""
    cases = []
    for nb in sorted((repo / "source").glob("*/*.ipynb")):
        texts = item_texts(nb)
        for it in items_from_notebook(nb):
            if it.item_id not in texts:
                raise ValueError(f"{nb.name}: hidden test grades {it.item_id!r} but no quiz.item call shows it")
            cases.append(Case(f"graded:{it.assignment}/{it.item_id}", texts[it.item_id], it.key))
    return cases


def bank_cases() -> list[Case]:
    """The vignette bank, in id order."""
    return [Case(f"bank:{v.id}", v.text, content.key_of(v)) for v in sorted(content.load_bank().values(), key=lambda v: v.id)]


def all_cases(repo: Path) -> dict[str, Case]:
    """Every keyed case by reference: the bank first, then the graded items."""
    return {c.ref: c for c in bank_cases() + graded_cases(repo)}
