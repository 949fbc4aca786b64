"""Evidence by item for the item analysis, with required and acceptable evidence apart.

For every graded item and dimension, among the trainees who answered the item:

* **required** evidence: the share who marked the key's pole, left it out, or gave the
  other pole (the last two cost marks);
* **acceptable** evidence: the share who marked the stated pole or left it out (both
  free) and who gave the other pole (an over-call);
* dimensions **outside the key**: the share who marked them anyway (over-calls).

A required dimension most trainees leave out, or an outside one many mark, is a key worth
taking back to the panel.
"""

from __future__ import annotations

from collections import Counter
from html import escape

import pandas as pd

from codependency_course.answers import Answer
from codependency_course.instructor.keys import GradedItem
from codependency_course.rubric import Key
from codependency_course.taxonomy import DIMENSION_KEYS, Pole, Tier, dimension

COLUMNS = {
    "required": ("marked as keyed", "left out", "other pole"),
    "acceptable": ("marked as stated", "left out", "other pole"),
    "outside the key": ("marked healthy", "marked codependent"),
}


def key_evidence(key: Key, tier: Tier) -> str:
    """A key's evidence of one tier, in words: 'Helping vs enabling (codependent); ...'."""
    poles = key.dimensions if tier is Tier.REQUIRED else key.acceptable
    return "; ".join(f"{dimension(k).title} ({p.value})" for k, p in poles.items())


def _outcome(key: Key, k: str, given: Pole) -> tuple[str, str] | None:
    tier = key.tier(k)
    if tier is None:
        return ("outside the key", f"marked {given.value}") if given is not Pole.NONE else None
    stated = key.pole(k) if tier is Tier.REQUIRED else key.acceptable[k]
    if given is Pole.NONE:
        return tier.value, "left out"
    return tier.value, (COLUMNS[tier.value][0] if given is stated else "other pole")


def evidence_table(items: list[GradedItem], answers: dict[str, dict[str, Answer]]) -> pd.DataFrame:
    """One row per item and dimension that is keyed or was marked: tier, pole, shares of answers."""
    rows = []
    for it in items:
        given = [a[it.item_id] for a in answers.values() if it.item_id in a and not a[it.item_id].is_empty]
        if not given:
            continue
        for k in DIMENSION_KEYS:
            counts = Counter(o for a in given if (o := _outcome(it.key, k, a.dimensions.get(k, Pole.NONE))))
            if not counts and it.key.tier(k) is None:
                continue
            tier = it.key.tier(k).value if it.key.tier(k) else "outside the key"
            pole = it.key.pole(k) if tier == "required" else it.key.acceptable.get(k, Pole.NONE)
            row = {"item": it.item_id, "dimension": dimension(k).title, "tier": tier,
                   "pole": pole.value if pole is not Pole.NONE else "", "answered": len(given)}
            row.update({col: round(counts[(tier, col)] / len(given), 3) for col in COLUMNS[tier]})
            rows.append(row)
    cols = ["item", "dimension", "tier", "pole", "answered"] + sorted({c for cs in COLUMNS.values() for c in cs})
    return pd.DataFrame(rows, columns=cols)


def evidence_html(df: pd.DataFrame) -> str:
    """Three tables: required evidence, acceptable evidence, and marks outside the key."""
    out = []
    for tier, cols in COLUMNS.items():
        part = df[df["tier"] == tier]
        keep = ["item", "dimension"] + (["pole"] if tier != "outside the key" else []) + ["answered", *cols]
        title = {"required": "Required evidence (leaving it out or the other pole costs)",
                 "acceptable": "Acceptable evidence (the stated pole or leaving it out is free)",
                 "outside the key": "Marked outside the key (over-calls)"}[tier]
        out.append(f"<h3>{escape(title)}</h3>")
        if part.empty:
            out.append("<p>None.</p>")
        else:
            out.append(part[keep].to_html(index=False, border=0, classes="t", float_format=lambda x: f"{x:.2f}"))
    return "".join(out)
