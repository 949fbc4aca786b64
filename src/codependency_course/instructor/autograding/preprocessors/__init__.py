"""nbgrader preprocessors this course puts into ``Autograde.autograde_preprocessors``.

One small class per step, as in nbgrader's own ``preprocessors/`` folder:

- :class:`ScoreWidgetItems` (:mod:`.score_widget_items`) scores widget items from the key
  in each test cell's source and the submitted answers file, in place of running the
  notebook (no kernel, no trainee code);
- :class:`MakeTraineeTextInert` (:mod:`.make_trainee_text_inert`) turns what a trainee
  wrote into text that cannot run in the instructor's formgrader or in feedback.

May import: nbgrader, the root modules, ``trainee.grading`` (the text a test cell prints)
and the instructor room.
"""

from .make_trainee_text_inert import MakeTraineeTextInert
from .score_widget_items import ScoreWidgetItems

__all__ = ["MakeTraineeTextInert", "ScoreWidgetItems"]
