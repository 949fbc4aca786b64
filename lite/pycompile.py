"""Runs inside Pyodide (driven by ``pycompile.mjs``): bytecode for every wheel in ``/in`` and for
the standard library (``/in/python_stdlib.zip``), written to ``/out`` under the same names.

    (in Pyodide) sys.argv = ["pycompile.py", DIST ...]   # the distributions that keep their source

Pyodide's standard library and the wheels from PyPI hold only ``.py`` source, and the browser
keeps no bytecode between pages (``sys.dont_write_bytecode``), so without this every page load
would compile asyncio, inspect, IPython, jedi, pydantic and the course's own modules again:
seconds on every lesson opened. Compiled here by the very interpreter the site runs, so the
bytecode always fits it, in PEP 552's *unchecked-hash* form (nothing is compared with a time stamp).

- The standard library and third-party wheels become sourceless, as Pyodide's own packages
  are (``pyodide py-compile``): each ``mod.py`` is replaced by ``mod.pyc`` in its place (the
  zip importer and the file finder both load those).
- The distributions named in ``sys.argv`` (the course's own) keep their source, with the
  bytecode beside it in ``__pycache__``, so a traceback in the course's code shows its lines.
- A package's own test suite (``tests/``, ``test/``) is left as it was: never imported here.

Each zip is rewritten with fixed time stamps and a RECORD that lists what it now holds, so a
build is reproducible.
"""

import base64
import hashlib
import py_compile
import sys
import sysconfig
import tempfile
import warnings
import zipfile
from pathlib import Path

SITE_PACKAGES = sysconfig.get_paths()["purelib"]
STDLIB = "python_stdlib.zip"
STDLIB_PATH = next(p for p in sys.path if p.endswith(".zip"))  # where the runtime mounts it: /lib/python3NN.zip
STAMP = (2020, 1, 1, 0, 0, 0)
SKIP = {"tests", "test"}
UNCHECKED = py_compile.PycInvalidationMode.UNCHECKED_HASH


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def compile_tree(root: Path, prefix: str, keep_source: bool) -> tuple[int, list[str]]:
    """Compile every module under ``root`` in place, named as found under ``prefix`` at run time;
    returns (modules compiled, left as source)."""
    done, failed = 0, []
    for py in sorted(root.rglob("*.py")):
        rel = py.relative_to(root)
        if SKIP.intersection(rel.parts[:-1]):
            continue
        cfile = py.parent / "__pycache__" / f"{py.stem}.{sys.implementation.cache_tag}.pyc" if keep_source else py.with_suffix(".pyc")
        try:
            py_compile.compile(str(py), cfile=str(cfile), dfile=f"{prefix}/{rel.as_posix()}", doraise=True,
                               invalidation_mode=UNCHECKED)
        except py_compile.PyCompileError:
            failed.append(rel.as_posix())  # e.g. a module written for another Python: left as source
            continue
        if not keep_source:
            py.unlink()
        done += 1
    return done, failed


def compile_zip(src: Path, dest: Path, keep_source: bool) -> tuple[int, list[str]]:
    """Write ``dest``: ``src`` (a wheel, or the standard library) with bytecode (see the module's text)."""
    stdlib = src.name == STDLIB
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(src) as zin:
        root = Path(tmp)
        zin.extractall(root)
        done, failed = compile_tree(root, STDLIB_PATH if stdlib else SITE_PACKAGES, keep_source)
        files = sorted(p.relative_to(root).as_posix() + ("/" if p.is_dir() else "") for p in root.rglob("*")
                       if p.is_file() or (stdlib and p.is_dir()))  # the zip importer reads folder entries too
        contents = {name: b"" if name.endswith("/") else (root / name).read_bytes() for name in files}
    if not stdlib:  # the wheel's RECORD lists what it now holds
        record = next(n for n in files if n.endswith(".dist-info/RECORD"))
        lines = [record_line(n, data) for n, data in contents.items() if n != record] + [f"{record},,"]
        contents[record] = ("\n".join(lines) + "\n").encode()
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in contents.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o644 << 16
            zout.writestr(info, data)
    return done, failed


def main(keep: list[str]) -> None:
    warnings.simplefilter("ignore")  # e.g. invalid escapes in old modules: the same at import time
    for path in sorted(Path("/in").glob("*.whl")) + sorted(Path("/in").glob(STDLIB)):
        keep_source = path.name.split("-")[0].lower() in keep
        done, failed = compile_zip(path, Path("/out") / path.name, keep_source)
        note = f"; left as source: {', '.join(failed)}" if failed else ""
        print(f"{path.name}: {done} modules compiled{' (source kept)' if keep_source else ''}{note}")


main([name.replace("-", "_").lower() for name in sys.argv[1:]])
