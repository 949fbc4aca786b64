"""``panel export``: a blind packet for an expert panel, and the private mapping beside it.

The packet holds what a rater may read: the criteria (the taxonomy's labels, concerns and
nine dimensions, both poles), the lessons' teaching text (markdown only, with the worked
examples, practice prompts and any paragraph naming a case's person left out), and every
keyed case under a shuffled opaque id. It holds no key, reference, title, file name,
rationale or teaching point. The mapping from opaque ids to references is written
*outside* the packet folder; ``panel score`` needs it.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import nbformat

from codependency_course.rubric import SAFETY_EVIDENCE
from codependency_course.taxonomy import (
    CONCERN_TITLES,
    DIMENSIONS,
    LABEL_HELP,
    LABEL_TITLES,
    Concern,
    Label,
)

from .cases import Case, all_cases

MAPPING_FORMAT = "codependency-course panel mapping"
DEFAULT_SEED = 12
CASE_CALL = re.compile(r"lesson\.(?:practice|worked_example|case)\(")
CASE_HEADING = re.compile(r"^#{2,6}\s*(?:worked example|practice|case\b)", re.IGNORECASE)
HEADING = re.compile(r"^#{1,6}\s")
NAME_WITH_AGE = re.compile(r"\b([A-Z][\w'’-]+), \d{1,3}\b")


def reflow(text: str) -> str:
    """Paragraphs joined to single lines (bank and graded texts are wrapped differently)."""
    paras = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def opaque_ids(refs: list[str], seed: int) -> dict[str, str]:
    """``{opaque_id: ref}``: references shuffled with ``seed`` and numbered C001, C002, ..."""
    order = sorted(refs)
    random.Random(seed).shuffle(order)
    return {f"C{i:03d}": ref for i, ref in enumerate(order, 1)}


def person_names(cases: list[Case]) -> set[str]:
    """Names of the people in the cases (bank records and 'Name, 52' in any text)."""
    from codependency_course import content

    names = {p.name for v in content.load_bank().values() for p in v.people}
    for c in cases:
        names.update(m.group(1) for m in NAME_WITH_AGE.finditer(c.text))
    return {n for n in names if len(n) > 1}


def _drop_case_sections(text: str) -> str:
    out, skipping = [], False
    for line in text.splitlines():
        if HEADING.match(line):
            skipping = bool(CASE_HEADING.match(line))
        if not skipping:
            out.append(line)
    return "\n".join(out)


def teaching_text(notebook: Path, names: set[str]) -> str:
    """A lesson's markdown with everything that points at a particular case left out."""
    nb = nbformat.read(str(notebook), as_version=4)
    name_re = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b") if names else None
    parts, after_case = [], False
    for cell in nb.cells:
        if cell.cell_type == "code":
            after_case = bool(CASE_CALL.search(cell.source))
            continue
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.splitlines()
        if after_case:  # a debrief of the case just shown: keep only from the next section on
            starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
            lines = lines[starts[0]:] if starts else []
        after_case = False
        text = _drop_case_sections("\n".join(lines))
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not (name_re and name_re.search(p))]
        if paras:
            parts.append("\n\n".join(paras))
    return "\n\n".join(parts)


def criteria_md() -> str:
    """The taxonomy's criteria in the course's words, with the values a rating uses."""
    out = ["# Criteria", "", "## Classifications (`label`)", ""]
    out += [f"- **{LABEL_TITLES[lab]}** (`{lab.value}`): {LABEL_HELP[lab]}" for lab in Label]
    out += ["", f"## What comes first (`concern`, only with `{Label.OTHER_CONCERN.value}`)", ""]
    out += [f"- **{CONCERN_TITLES[c]}** (`{c.value}`): {c.first_step}" for c in Concern]
    out += ["", "## The nine dimensions (`dimensions`)", "",
            "Each dimension has a healthy and a codependent pole. Mark a dimension only when the case gives",
            "evidence for it, with the pole it shows; leave out the dimensions the case does not show.", "",
            f"**Safety rule.** {SAFETY_EVIDENCE}", ""]
    for d in DIMENSIONS:
        out += [f"### {d.title} (`{d.key}`)", "", f"*Question:* {d.question}", "",
                f"- healthy pole (`healthy`): {d.healthy}", f"- codependent pole (`codependent`): {d.codependent}", ""]
    return "\n".join(out)


def instructions_md(n: int, example_id: str) -> str:
    """What a rater does and the exact format of a ratings file."""
    labels = ", ".join(f'`"{lab.value}"`' for lab in Label)
    concerns = ", ".join(f'`"{c.value}"`' for c in Concern)
    dims = ", ".join(f"`{d.key}`" for d in DIMENSIONS)
    example = json.dumps({"case": example_id, "label": Label.CODEPENDENT.value, "concern": None,
                          "dimensions": {"helping": "codependent", "self_worth": "codependent"}, "confidence": 4})
    return f"""# Blind rating packet: instructions for raters

You are one of several experienced clinicians rating {n} fictional case vignettes on your own.
Read `criteria.md` (the classifications, concerns and nine dimensions) and `lessons.md` (the
course's teaching text), then rate every case in `cases.md` (the same cases, one JSON object a
line, are in `cases.jsonl`). Use only this packet: do not look for keys or discuss cases with
other raters. There are no trick questions; rate what the text shows.

## Your ratings file

Write a UTF-8 text file named `ratings-<your name>.jsonl` with **one JSON object per line, one line
per case, every case exactly once** (any order). Each object has exactly these fields:

| field | value |
| --- | --- |
| `case` | the case id, e.g. `"{example_id}"` |
| `label` | one of {labels} |
| `concern` | `null`, unless `label` is `"{Label.OTHER_CONCERN.value}"`: then one of {concerns} |
| `dimensions` | an object mapping each dimension the case shows to `"healthy"` or `"codependent"`; leave out the dimensions the case does not show (`{{}}` if none). Keys: {dims} |
| `confidence` | an integer from 1 (a guess) to 5 (certain) in your classification |

Example line:

```json
{example}
```

No other fields, comments or blank lines between objects. Files are checked strictly: a problem
is reported with the file, line and field, and nothing is scored until it is fixed.
"""


def write_packet(folder: Path, repo: Path, seed: int = DEFAULT_SEED, mapping: Path | None = None,
                 force: bool = False) -> tuple[list[Path], Path]:
    """Write the packet into ``folder`` and the mapping outside it; return (packet files, mapping)."""
    folder = Path(folder).resolve()
    mapping = Path(mapping).resolve() if mapping else folder.parent / f"{folder.name}-mapping.json"
    if folder == mapping.parent or folder in mapping.parents:
        raise ValueError(f"the mapping {mapping} must be outside the packet folder {folder} (raters must not see it)")
    if mapping.exists() and not force:
        raise ValueError(f"{mapping} exists (ratings may depend on it); pass --force to replace it")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise ValueError(f"{folder} is not empty; choose a new folder or pass --force")
    cases = all_cases(repo)
    ids = opaque_ids(list(cases), seed)
    names = person_names(list(cases.values()))
    folder.mkdir(parents=True, exist_ok=True)
    lessons = ["# The course's teaching text", ""]
    for nb in sorted((repo / "course").glob("0*.ipynb")):
        lessons += [teaching_text(nb, names), "", "---", ""]
    files = {
        "README.md": instructions_md(len(ids), next(iter(ids))),
        "criteria.md": criteria_md(),
        "lessons.md": "\n".join(lessons),
        "cases.md": "\n\n".join(["# Cases"] + [f"## Case {cid}\n\n{reflow(cases[ref].text)}" for cid, ref in ids.items()]) + "\n",
        "cases.jsonl": "".join(json.dumps({"case": cid, "text": reflow(cases[ref].text)}, ensure_ascii=False) + "\n"
                               for cid, ref in ids.items()),
    }
    written = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    doc = {"format": MAPPING_FORMAT, "version": 1, "seed": seed, "packet": str(folder),
           "cases": {cid: {"ref": ref, "digest": cases[ref].digest} for cid, ref in ids.items()}}
    mapping.parent.mkdir(parents=True, exist_ok=True)
    mapping.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    return written, mapping
