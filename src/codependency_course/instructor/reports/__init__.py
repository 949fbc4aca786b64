"""What an instructor reads and exports after grading.

- :mod:`.grade_export` writes nbgrader's CSV and an LMS gradebook from the gradebook API;
- :mod:`.item_analysis` is the item-analysis page (difficulty, discrimination, distractors);
- :mod:`.item_evidence` is its evidence-by-item table (required and acceptable evidence apart);
- :mod:`.bank_coverage` is ``content-report``: the bank, lessons and graded items by label,
  dimension, relationship type, difficulty and source idea.

May import: the root modules, ``content``, ``trainee`` (answers files) and the instructor room.
"""
