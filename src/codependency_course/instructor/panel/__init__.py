"""The blind expert panel: do independent clinicians agree with the course's keys?

- :mod:`.cases` lists every keyed case: the bank's vignettes and the graded items (keys read
  from ``source/`` by :mod:`codependency_course.instructor.keys`);
- :mod:`.export` writes the blind packet raters read, and the private mapping beside it;
- :mod:`.ratings` reads the mapping and each rater's JSON Lines strictly (hostile input);
- :mod:`.score` computes agreement (Cohen's and Fleiss' kappa) and rubric scores;
- :mod:`.record` reads the panel's record (``content/panel/``): which raters set keys (their
  figures are in sample, never agreement) and each round's snapshot of the keys before it.

May import: the root modules, ``content`` (the bank and its keys) and the instructor room.
"""
