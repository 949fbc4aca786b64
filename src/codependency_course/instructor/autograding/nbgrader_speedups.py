"""Two costs in nbgrader 0.9.6 that dominate grading once no kernel runs, removed for the
duration of a grading worker's loop (nothing outside the ``with`` block is changed):

- nbgrader opens a new SQLAlchemy engine for every ``Gradebook`` (nine per trainee), which
  discards SQLAlchemy's compiled-statement cache each time, so most of the time went into
  recompiling the same queries. Inside the block each gradebook URL keeps one engine.
- ``CheckCellMetadata`` calls ``jsonschema.validate`` for every cell, which re-checks the
  schema itself against the meta-schema each time. Inside the block one validator per
  schema is built once and reused (same schema, same verdict; the error message may name
  the first problem rather than the "best" one).

``fast_sqlite`` also turns off fsync and the on-disk journal for SQLite: only for a worker's private copy of the
gradebook, which is merged into the course gradebook in one transaction afterwards.
Tests compare every grade with stock ``nbgrader autograde``.
"""

from __future__ import annotations

import contextlib
import json


class _CachedJsonschema:
    """Stands in for the ``jsonschema`` module inside nbgrader's metadata validator."""

    def __init__(self, real):
        self._real, self._validators = real, {}
        self.ValidationError = real.ValidationError

    def validate(self, instance, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            cls = self._real.validators.validator_for(schema)
            cls.check_schema(schema)
            self._validators[key] = cls(schema)
        self._validators[key].validate(instance)


def _no_fsync(conn, _record) -> None:
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=MEMORY")


@contextlib.contextmanager
def nbgrader_speedups(fast_sqlite: bool = False):
    """Reuse one engine per gradebook URL and one validator per metadata schema."""
    import nbgrader.api as api
    import nbgrader.nbgraderformat.common as fmt
    from sqlalchemy import create_engine, event

    engines = {}

    def cached_engine(url, **kw):
        if url not in engines:
            engines[url] = engine = create_engine(url, **kw)
            if fast_sqlite and str(url).startswith("sqlite"):
                event.listen(engine, "connect", _no_fsync)
        return engines[url]

    saved = api.create_engine, fmt.jsonschema
    api.create_engine, fmt.jsonschema = cached_engine, _CachedJsonschema(fmt.jsonschema)
    try:
        yield
    finally:
        api.create_engine, fmt.jsonschema = saved
        for engine in engines.values():
            engine.dispose()
