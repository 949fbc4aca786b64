"""nbgrader's gradebook written in bulk: one transaction per submission, one pass per merge.

The rows stay nbgrader's own (its models and tables, nothing added), so formgrader, feedback
and export read them unchanged; only *when* they are committed changes.

- :func:`one_transaction_per_submission`: inside the block every nbgrader ``Gradebook`` on a
  URL shares one session whose ``commit`` only flushes; :func:`commit_submission` commits
  everything a submission wrote at once (nbgrader 0.9.6 opens nine gradebooks and commits
  once per cell, each a disk sync on SQLite and a round trip on PostgreSQL). The schema is
  checked once per URL instead of at every ``Gradebook``, and the assignment's own cell
  definitions are looked up once, not once per cell per trainee.
- :func:`private_copies`: a private SQLite gradebook per worker, starting as a copy of the
  course's (a file copy of a SQLite gradebook; for PostgreSQL, nbgrader's tables with the rows
  the run needs: everything but other assignments' submissions). A worker never waits for
  another, nor for a database server's round trips.
- :func:`merge_gradebook`: copies the rows a worker wrote for some trainees (student,
  submission, notebooks, grades, comments) into the course gradebook by primary key, one
  statement per table and chunk, in one transaction (an upsert on SQLite and PostgreSQL). A
  worker's gradebook starts as a copy of the course's, so a row either has the same id in both
  or is new (nbgrader's ids are UUIDs).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


class _Shared:
    """The sessions shared inside :func:`one_transaction_per_submission` (one per URL)."""

    sessions: dict | None = None


def _flush_only_session_class():
    from sqlalchemy.orm import Session

    class FlushOnCommit(Session):
        """nbgrader's ``db.commit()`` only flushes; :meth:`commit_for_real` ends the transaction."""

        def commit(self):
            self.flush()

        def commit_for_real(self):
            super().commit()

    return FlushOnCommit


_DEFINITIONS = ("find_source_cell", "find_graded_cell")
"""Look-ups of the assignment's own cells (the same rows for every trainee, never written while
grading): OverwriteCells asks for them once per cell per trainee."""


def _remembered(find):
    """``find`` answered once per (name, notebook, assignment): a detached copy of the row's column
    values (cell_type, locked, checksum, source, max_score, ...), so no session is kept alive."""
    from types import SimpleNamespace

    from sqlalchemy import inspect

    answers = {}

    def remembered(self, name, notebook, assignment):
        key = (str(self.engine.url), name, notebook, assignment)
        if key not in answers:
            row = find(self, name, notebook, assignment)  # MissingEntry is raised, never remembered
            answers[key] = SimpleNamespace(**{a.key: getattr(row, a.key) for a in inspect(row).mapper.column_attrs})
        return answers[key]

    return remembered


@contextlib.contextmanager
def one_transaction_per_submission():
    """Within the block, nbgrader's gradebooks share a session per URL and commit only in
    :func:`commit_submission`; what is not committed when the block ends is rolled back."""
    import nbgrader.api as api
    from sqlalchemy.orm import scoped_session, sessionmaker

    session_class = _flush_only_session_class()
    real_init, real_close = api.Gradebook.__init__, api.Gradebook.close
    sessions, checked = {}, set()

    def init(self, db_url, course_id="default_course", authenticator=None):
        key = str(db_url)
        if key not in sessions:
            real_init(self, db_url, course_id, authenticator)  # schema, alembic version, course row
            self.db.remove()
            sessions[key] = (self.engine, scoped_session(sessionmaker(class_=session_class, autoflush=True,
                                                                      bind=self.engine, future=True)))
            checked.add((key, course_id))
        self.engine, self.db = sessions[key]
        if (key, course_id) not in checked:
            self.check_course(course_id=course_id)
            checked.add((key, course_id))
        self.course_id, self.authenticator = course_id, authenticator

    real_finds = {name: getattr(api.Gradebook, name) for name in _DEFINITIONS}
    for name, real in real_finds.items():
        setattr(api.Gradebook, name, _remembered(real))
    api.Gradebook.__init__, api.Gradebook.close = init, lambda self: None
    _Shared.sessions = sessions
    try:
        yield
    finally:
        api.Gradebook.__init__, api.Gradebook.close = real_init, real_close
        for name, real in real_finds.items():
            setattr(api.Gradebook, name, real)
        _Shared.sessions = None
        for _, scoped in sessions.values():
            scoped.rollback()
            scoped.remove()


def commit_submission() -> None:
    """Commit what the current submission wrote (one transaction), then start afresh so that
    memory stays flat however many trainees a worker grades. A session left unusable by a
    failed step is rolled back instead: that submission is reported as not graded."""
    for _, scoped in (_Shared.sessions or {}).values():
        try:
            scoped().commit_for_real()
        except Exception:
            scoped.rollback()
            raise
        finally:
            scoped.remove()


def _chunks(ids: list) -> list[list]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


MERGES = ("sqlite", "postgresql")
"""Gradebooks a worker's private copy can be merged into (the dialects with an upsert here)."""


def dialect(url: str) -> str:
    """The SQL dialect of a gradebook URL ("sqlite", "postgresql", ...)."""
    from sqlalchemy.engine import make_url

    return make_url(url).get_backend_name()


def _rows_needed(table, assignment: str):
    """A select of one of nbgrader's tables, limited to the assignment's submissions for the submission tables."""
    import nbgrader.api as api
    from sqlalchemy import select

    a_ids = select(api.Assignment.id).where(api.Assignment.name == assignment).scalar_subquery()
    subs = select(api.SubmittedAssignment.id).where(api.SubmittedAssignment.assignment_id == a_ids)
    nbs = select(api.SubmittedNotebook.id).where(api.SubmittedNotebook.assignment_id.in_(subs))
    where = {"submitted_assignment": api.SubmittedAssignment.assignment_id == a_ids,
             "submitted_notebook": api.SubmittedNotebook.assignment_id.in_(subs),
             "grade": api.Grade.notebook_id.in_(nbs), "comment": api.Comment.notebook_id.in_(nbs)}.get(table.name)
    return select(table) if where is None else select(table).where(where)


def private_copies(main_url: str, assignment: str, folder: Path, n: int) -> list[str]:
    """``n`` private SQLite gradebooks in ``folder``, each starting as a copy of the course's."""
    import shutil

    import nbgrader.api as api
    from sqlalchemy import create_engine

    folder.mkdir(exist_ok=True)
    first = folder / "gradebook-0.db"
    if dialect(main_url) == "sqlite":
        shutil.copy(main_url.removeprefix("sqlite:///"), first)
    else:
        m_engine, w_engine = create_engine(main_url, future=True), create_engine(f"sqlite:///{first}", future=True)
        try:
            api.Base.metadata.create_all(w_engine)
            with m_engine.connect() as m, w_engine.begin() as w:
                for table in api.Base.metadata.sorted_tables:
                    rows = [dict(r._mapping) for r in m.execute(_rows_needed(table, assignment))]
                    if rows:
                        w.execute(table.insert(), rows)
        finally:
            m_engine.dispose()
            w_engine.dispose()
    for i in range(1, n):
        shutil.copy(first, folder / f"gradebook-{i}.db")
    return [f"sqlite:///{folder / f'gradebook-{i}.db'}" for i in range(n)]


def merge_gradebook(worker_url: str, main_url: str, assignment: str, students: list[str]) -> None:
    """Copy the rows of some trainees from a worker's SQLite gradebook into the course's (SQLite
    or PostgreSQL): an upsert by primary key per table (nbgrader's own tables), all in one transaction."""
    import importlib

    import nbgrader.api as api
    from sqlalchemy import create_engine, select

    insert = importlib.import_module(f"sqlalchemy.dialects.{dialect(main_url)}").insert

    w_engine, m_engine = create_engine(worker_url, future=True), create_engine(main_url, future=True)
    try:
        with w_engine.connect() as w, m_engine.begin() as m:
            a_id = w.execute(select(api.Assignment.id).where(api.Assignment.name == assignment)).scalar()
            plan = [(api.Student, api.Student.id, students)]
            sub_ids = [r for chunk in _chunks(students) for r in w.execute(
                select(api.SubmittedAssignment.id).where(api.SubmittedAssignment.assignment_id == a_id,
                                                          api.SubmittedAssignment.student_id.in_(chunk))).scalars()]
            nb_ids = [r for chunk in _chunks(sub_ids) for r in w.execute(
                select(api.SubmittedNotebook.id).where(api.SubmittedNotebook.assignment_id.in_(chunk))).scalars()]
            plan += [(api.SubmittedAssignment, api.SubmittedAssignment.id, sub_ids),
                     (api.SubmittedNotebook, api.SubmittedNotebook.id, nb_ids),
                     (api.Grade, api.Grade.notebook_id, nb_ids), (api.Comment, api.Comment.notebook_id, nb_ids)]
            for model, column, ids in plan:
                table = model.__table__
                for chunk in _chunks(ids):
                    rows = [dict(r._mapping) for r in w.execute(select(table).where(column.in_(chunk)))]
                    if not rows:
                        continue
                    stmt = insert(table)
                    keys = [c.name for c in table.primary_key.columns]
                    m.execute(stmt.on_conflict_do_update(
                        index_elements=keys,
                        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}), rows)
    finally:
        w_engine.dispose()
        m_engine.dispose()
