"""What instructors and CE providers run: nbgrader's cycle for this course, and what follows it.

- :mod:`.course` drives nbgrader's steps (generate, release, collect, autograde, feedback) and
  a trainee's fetch and submit, exactly as a person would type them;
  :mod:`.course_config` is the nbgrader settings every ``nbgrader_config.py`` of the course
  applies (the trainee view's too: it imports nothing of ours);
- :mod:`.feedback_page` is the feedback page a trainee reads (nbgrader's feedback step with
  the course's template in ``templates/``: cases, results and points, no code);
- :mod:`.keys` reads graded items' keys back from ``source/`` hidden tests (never copied);
- :mod:`.kit` writes the trainee kit (no keys); :mod:`.safe_text` makes trainee-chosen text
  safe for a terminal, a spreadsheet or a web page; :mod:`.simulated_cohort` makes
  synthetic cohorts for demos, tests and benchmarks;
- :mod:`.autograding` grades a cohort without running trainee code;
- :mod:`.reports` exports grades and writes the item analysis and the bank's coverage;
- :mod:`.ce` is what a CE program issues: completion, certificates, learning gain, outcomes;
- :mod:`.panel` runs the blind expert panel on every keyed case (it reads graded keys, so it
  lives here rather than in ``content/``);
- :mod:`.cli` is the ``codependency-course`` command. Nothing imports it but ``__main__``.

May import: every other room. Nothing outside this room imports it.
"""
