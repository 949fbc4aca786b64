"""Grading a cohort as hostile input: collect, check, score from the key, never run trainee code.

- :mod:`.intake` is the one strict reader of every file a trainee sends (sizes, encodings, numbers, dates);
- :mod:`.windows` closes an assignment (deadline or feedback) and keeps late submissions apart;
- :mod:`.kernel_env` keeps secrets, database URLs and keys out of a kernel that ``--execute`` starts;
- :mod:`.collecting` screens every entry of the exchange's inbound folder before copying it;
- :mod:`.importing` brings graded checks handed in as files (the web version's Submit) into the exchange and collects them;
- :mod:`.submission_checks` checks and repairs one collected submission before and after grading;
- :mod:`.preprocessors` are the steps this course puts into nbgrader's Autograde (one class each);
- :mod:`.parallel` grades a cohort in-process or, when it is large, in worker processes;
- :mod:`.gradebook_bulk` commits a submission's gradebook rows in one transaction and merges in one pass;
- :mod:`.nbgrader_speedups` removes two costs of nbgrader 0.9.6 inside a worker's loop only.

May import: the root modules, ``trainee.grading`` (the one text a test cell prints) and the
instructor room.
"""
