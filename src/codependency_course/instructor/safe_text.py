"""Trainee-chosen text made safe for where an instructor reads it.

Ids, file names, written answers and problem messages can come from a trainee. Before
they reach the instructor they pass through one of these: a terminal (control characters
and escape sequences removed), a spreadsheet (formula prefixes neutralised), HTML
(escaped) or markdown that nbgrader renders as HTML (escaped, links and images off).
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "|", "%")
_MD_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def for_terminal(text: object) -> str:
    """Text with control characters (escape sequences, bidi overrides) replaced by '?'; newlines and tabs kept."""
    return _CONTROL.sub("?", str(text))


def for_csv(value: object) -> object:
    """A cell value a spreadsheet will not run: text starting like a formula gets a leading apostrophe."""
    if isinstance(value, str):
        value = for_terminal(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def for_html(text: object) -> str:
    """Text escaped for HTML (quotes too)."""
    return html.escape(for_terminal(text), quote=True)


def inert_markdown(text: str) -> str:
    """Markdown whose HTML rendering holds no tags, links or images (emphasis and lists still work)."""
    return for_terminal(text.replace("\r\n", "\n")).translate(_MD_SPECIAL)


__all__ = ["for_csv", "for_html", "for_terminal", "inert_markdown"]
