"""What a kernel may see when ``grade --execute`` runs trainee code (instructor side).

With ``--execute`` nbgrader starts a kernel per notebook and the trainee's added cells run
in it, with the grader's environment. :func:`scrubbed` removes from that environment
everything a cell could turn into a forged certificate or a leaked key: the CE signing
secret and its file, the gradebook URL, database and cloud credentials, tokens, keys and
passwords. The kernel starts in the trainee's ``autograded/`` folder.

What it still cannot protect (say so to the instructor, and prefer the default, which runs
no trainee code): the kernel runs as the grader's Unix user, so files that user can read
(``source/`` with the keys, ``gradebook.db``, a ``secret_file``) are readable by a cell; on a
shared machine run ``--execute`` only as a user without access to them, or in a container.
"""

from __future__ import annotations

import contextlib
import os
import re

SENSITIVE = re.compile(r"SECRET|PASSW|TOKEN|KEY|CREDENTIAL|DB_URL|DATABASE|^PG|^AWS_|^GOOGLE_|^AZURE_|^JUPYTERHUB_API",
                       re.I)
"""Names of environment variables a kernel never receives."""
NOTICE = ("Running trainee code (--execute): the kernel's environment holds no CE secret, no database URL "
          "and no key or token; files the grader's Unix user can read (source/, the gradebook) stay readable.")


def scrubbed(environ: dict[str, str]) -> dict[str, str]:
    """A copy of ``environ`` without any sensitive variable."""
    return {k: v for k, v in environ.items() if not SENSITIVE.search(k)}


@contextlib.contextmanager
def without_secrets():
    """Inside: ``os.environ`` (which kernels inherit) holds no sensitive variable; restored after."""
    saved = dict(os.environ)
    for name in [k for k in os.environ if SENSITIVE.search(k)]:
        del os.environ[name]
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
