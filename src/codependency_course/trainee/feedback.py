"""Feedback objects: each renders as HTML in JupyterLab and as plain text everywhere else.

Plain text is the primary form (screen readers, nbval, terminals); the HTML carries the
same words, marks outcomes with words and symbols rather than colour alone, and has no
random ids, so outputs are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from codependency_course.rubric import SAFETY_EVIDENCE, Score
from codependency_course.taxonomy import Concern, Label, Pole, dimension

OUTCOME_MARK = {"correct": "✓ correct", "missed": "✗ missed", "over-called": "✗ over-called", "wrong pole": "✗ wrong pole"}


class RichText:
    """Base for anything shown to a trainee: plain text first, HTML derived from the same parts."""

    def text(self) -> str:  # pragma: no cover - abstract
        """The plain-text form."""
        raise NotImplementedError

    def html(self) -> str:  # pragma: no cover - abstract
        """The HTML form."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return self.text()

    def _repr_pretty_(self, p, cycle) -> None:  # IPython's text/plain
        p.text(self.text())

    def _repr_html_(self) -> str:
        return self.html()


@dataclass(repr=False)
class Message(RichText):
    """A one-line status or warning."""

    body: str
    """What to tell the trainee."""
    kind: str = "info"
    """'info', 'success' or 'warning' (a word is always shown with it)."""

    def text(self) -> str:
        prefix = {"warning": "Warning: ", "success": "Done: "}.get(self.kind, "")
        return prefix + self.body

    def html(self) -> str:
        return f'<p class="cc-msg cc-{escape(self.kind)}">{escape(self.text())}</p>'


@dataclass(repr=False)
class ItemFeedback(RichText):
    """Explained feedback on one answer: label, each relevant dimension, teaching point."""

    score: Score
    """The rubric's result."""
    expected_label: Label
    """The right classification."""
    given_label: Label | None
    """What the trainee chose."""
    rationales: dict[str, str] = field(default_factory=dict)
    """Why the case shows each pole, by dimension key."""
    teaching_point: str = ""
    """The one thing to remember from this case."""
    concern: Concern | None = None
    """For 'another concern comes first': which concern, so the first step is named."""
    attempt: int | None = None
    """Which attempt this was (practice)."""

    def _lines(self) -> list[tuple[str, str]]:
        """(kind, text) pairs shared by both renderings."""
        s = self.score
        out: list[tuple[str, str]] = []
        head = f"Attempt {self.attempt}. " if self.attempt else ""
        out.append(("head", f"{head}Score: {s.fraction:.0%} of this item."))
        if not s.answered:
            out.append(("warn", "Nothing was chosen yet: pick a classification and mark the evidence, then check again."))
            return out
        if s.label_correct:
            out.append(("ok", f"Classification: ✓ correct, {self.expected_label.title}."))
        else:
            given = self.given_label.title if self.given_label else "nothing"
            out.append(("bad", f"Classification: ✗ you chose {given}; this case is {self.expected_label.title}."))
        if s.safety_miss:
            out.append((
                "warn",
                "Safety first: this case involves abuse or coercion. Calling the person harmed 'codependent' implies "
                "they share responsibility for it, so the item earns no credit. Assess safety before any relational formulation.",
            ))
        if self.concern is not None:
            out.append(("info", f"What comes first: {self.concern.title}. {self.concern.first_step}"))
        if self.concern is Concern.SAFETY:
            out.append(("info", f"Evidence in a safety case: {SAFETY_EVIDENCE}"))
        relevant = [d for d in s.dimensions if d.counts]
        right = sum(d.outcome == "correct" for d in relevant)
        out.append(("head", f"Evidence: {right} of {len(relevant)} relevant dimensions marked as the case shows them."))
        for d in relevant:
            dim = dimension(d.key)
            if d.acceptable is not Pole.NONE:
                why = (f"At most the {d.acceptable.title.lower()} is defensible here. "
                       + self.rationales.get(d.key, dim.pole_text(d.acceptable)))
            elif d.expected is Pole.NONE:
                why = ("The safety rule above applies: leave it unmarked." if self.concern is Concern.SAFETY
                       else "The case gives no clear evidence on this dimension.")
            else:
                why = self.rationales.get(d.key, dim.pole_text(d.expected))
            out.append(("dim", f"{OUTCOME_MARK[d.outcome]}: {dim.title} (case shows: {self._shown(d.expected)}). {why}"))
        for d in (d for d in s.dimensions if d.outcome == "acceptable"):
            dim, pole = dimension(d.key), d.acceptable.title.lower()
            done = "you marked it" if d.given is not Pole.NONE else "you left it out"
            why = self.rationales.get(d.key, dim.pole_text(d.acceptable))
            out.append(("dim", f"Also defensible: {dim.title} ({pole}; {done}, which neither costs nor earns). {why}"))
        if self.teaching_point:
            out.append(("info", f"Teaching point: {self.teaching_point}"))
        return out

    def _shown(self, pole: Pole) -> str:
        """The pole a case shows, in words; in a safety case fear-driven behaviour is never called codependent."""
        if self.concern is Concern.SAFETY and pole is Pole.CODEPENDENT:
            return "fear-driven behaviour, a realistic response to danger; in the exercise, the second option"
        return pole.title.lower()

    def text(self) -> str:
        return "\n".join(("  - " if kind == "dim" else "") + line for kind, line in self._lines())

    def html(self) -> str:
        parts, items = [], []
        for kind, line in self._lines():
            if kind == "dim":
                items.append(f"<li>{escape(line)}</li>")
                continue
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            tag = "h4" if kind == "head" else "p"
            parts.append(f'<{tag} class="cc-{kind}">{escape(line)}</{tag}>')
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
        return '<div class="cc-feedback">' + "".join(parts) + "</div>"
