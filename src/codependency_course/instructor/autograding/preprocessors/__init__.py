"""nbgrader preprocessors this course puts into ``Autograde.autograde_preprocessors``.

One small class per step, as in nbgrader's own ``preprocessors/`` folder:

- :class:`ScoreWidgetItems` (:mod:`.score_widget_items`) scores widget items from the key
  in each test cell's source and the submitted answers file, in place of running the
  notebook (no kernel, no trainee code);
- :class:`FillWrittenAnswers` (:mod:`.fill_written_answers`) copies each rationale typed in
  a check's text box into its hand-graded cell (and, under Validate, names a missing one);
- :class:`MakeTraineeTextInert` (:mod:`.make_trainee_text_inert`) turns what a trainee
  wrote into text that cannot run in the instructor's formgrader or in feedback.

May import: nbgrader, the root modules, ``trainee.grading`` (the text a test cell prints)
and the instructor room.
"""

from .fill_written_answers import FillWrittenAnswers
from .make_trainee_text_inert import MakeTraineeTextInert
from .score_widget_items import ScoreWidgetItems

__all__ = ["FillWrittenAnswers", "MakeTraineeTextInert", "ScoreWidgetItems"]
