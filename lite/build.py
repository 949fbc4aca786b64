"""Build the zero-install practice site: a static JupyterLite deployment of course/ (every lesson).

    python lite/build.py [--out site] [--cache .cache/site]      (what `make site` runs)

Everything comes from the package registries at build time and is served from the site
itself at run time (no CDN, no PyPI):

1. the Pyodide runtime from npm (``lite/package.json`` + ``package-lock.json``: ``npm ci``);
2. the browser wheels from PyPI (``lite/browser-requirements.txt``, pinned), PyYAML as a
   pure wheel built from its sdist (PyPI has no browser wheel), and this project's wheel,
   which also carries the vignette bank packed as JSON (``content.pack``: the browser then
   never parses YAML);
3. bytecode in every wheel and in the runtime's standard library, compiled by the site's own
   Pyodide under Node (``lite/pycompile.mjs`` and ``pycompile.py``; cached by content): both hold
   only source, which the browser would otherwise compile again on every page load. The
   standard library and third-party wheels become sourceless, as Pyodide's own packages are;
   the course's wheel keeps its source;
4. a ``pyodide-lock.json`` listing exactly those local wheels (pyodide-lock's own tooling
   computes each wheel's dependencies for the browser, so the project's server-only
   dependencies, marked ``sys_platform != 'emscripten'`` in pyproject.toml, drop out);
5. the lessons as the trainee sees them (code hidden, the Pyodide kernel named), with a
   note on what the web version keeps and cannot do, and an export cell in 99;
6. the graded checks as released (nbgrader's ``generate_assignment``, through the trainee
   kit's own builder and its leak check, in a temporary course) in ``checks/<assignment>/``:
   only the kernel's name changes, so every locked cell keeps its nbgrader checksum. In the
   browser a check ends with **Submit** (``trainee/web_submit.py``), which downloads the
   submission as one file;
7. ``jupyter lite build`` (jupyterlite-core + jupyterlite-pyodide-kernel) into ``--out``.

The build ends by checking that nothing in the site points at a remote URL.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LITE = ROOT / "lite"
COURSE = ROOT / "course"
STDLIB = "python_stdlib.zip"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", STDLIB, "package.json")
KERNEL_SHIMS = ("ipykernel", "piplite", "pyodide_kernel", "widgetsnbextension-4")
LABEXTENSIONS = ("@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager", "anywidget")
# the trainee view's own extension (lessons prepare their exercises on open; no build step)
TRAINEE_EXTENSION = Path(__file__).resolve().parents[1] / "etc/jupyter/trainee/labextensions/codependency-course-trainee"
PYYAML = "pyyaml==6.0.3"
KEEP_SOURCE = ("codependency-course",)  # wheels that keep their .py beside the bytecode (tracebacks show our lines)
KERNEL = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}

ABOUT_SITE = """\
> **About this web version.** These lessons run entirely in your web browser: nothing is
> installed and nothing you type is sent anywhere. Your answers are kept in this browser
> only (clearing the site's data deletes them), so use **Export my answers** at the end of
> *99 · My progress* to keep a copy of your practice or hand it to your instructor.
>
> **Graded checks on the web.** Each check is in its own folder inside `checks` in the file
> browser. Open it, answer every item and press **Save answer** (and **Save rationale** for a
> written answer). At the end of the check, type the trainee id your course provider gave you
> and press **Submit**: your browser downloads one file, named after your id and the check.
> Nothing is sent from here: hand that file in as your provider asks (for example, an upload
> to their learning platform). Where the check's text says Validate, Submit does that job
> here: it names every item not answered or not saved yet. You may submit again after
> changing an answer; the Assignments tab exists only on JupyterLab.
>
> **Your feedback** comes back from your provider as a file ending in `.html`. In the file
> browser press the **Upload** button (the upward arrow above the file list), choose that
> file, then double-click it in the list to read your score and the explained key. If your
> provider gives you a JupyterLab or JupyterHub address instead, take your checks there from
> the Assignments tab."""

EXPORT_MD = """\
## Export my answers
Your practice answers live in this browser. Run the cell below and press **Export my answers**
to download them as one file (`my-answers.zip`). Keep it as a backup, or give it to your
instructor: the progress page can read it back."""

EXPORT_CODE = """\
from codependency_course.trainee.answers_export import ExportButton

ExportButton(".")"""


def say(msg: str) -> None:
    print(f"[site] {msg}", flush=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run(cmd, check=True, **kw)


def pip(*args: str, env: dict | None = None) -> None:
    run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args], env=env)


def runtime(cache: Path) -> Path:
    """The Pyodide runtime from npm, pinned and verified by package-lock.json (npm ci)."""
    npm_dir = cache / "npm"
    lock = LITE / "package-lock.json"
    stamp = npm_dir / ".lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if not (stamp.exists() and stamp.read_text() == digest):
        shutil.rmtree(npm_dir, ignore_errors=True)
        npm_dir.mkdir(parents=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(LITE / name, npm_dir / name)
        say("npm ci (pyodide)")
        run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=npm_dir)
        stamp.write_text(digest)
    return npm_dir / "node_modules" / "pyodide"


def wheels(cache: Path, lock_info: dict) -> list[Path]:
    """Every browser wheel: pinned ones from PyPI, PyYAML built pure, and this project."""
    wdir = cache / "wheels"
    reqs = LITE / "browser-requirements.txt"
    stamp = wdir / ".requirements-sha256"
    digest = hashlib.sha256(reqs.read_bytes() + PYYAML.encode()).hexdigest()
    if not (stamp.exists() and stamp.read_text() == digest):
        shutil.rmtree(wdir, ignore_errors=True)
        wdir.mkdir(parents=True)
        abi = lock_info["abi_version"]
        py = lock_info["python"].rsplit(".", 1)[0]
        say(f"pip download ({reqs.name}) for pyemscripten_{abi}_wasm32, Python {py}")
        pip("download", "--no-deps", "--only-binary=:all:", "--platform", f"pyemscripten_{abi}_wasm32",
            "--python-version", py, "--implementation", "cp", "--abi", f"cp{py.replace('.', '')}",
            "-d", str(wdir), "-r", str(reqs))
        say(f"pip wheel {PYYAML} (pure: no browser wheel on PyPI)")
        pip("wheel", "--no-deps", "--no-binary", "pyyaml", "-w", str(wdir), PYYAML,
            env={**os.environ, "PYYAML_FORCE_LIBYAML": "0"})
        stamp.write_text(digest)
    project, src = cache / "project", cache / "project-src"
    for d in (project, src):
        shutil.rmtree(d, ignore_errors=True)
    # build from a copy, so that the build leaves nothing (build/, *.egg-info) in the work tree
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    pack_bank(src / "src" / "codependency_course" / "content")
    say("pip wheel . (this course)")
    pip("wheel", "--no-deps", "-w", str(project), str(src))
    found = sorted(wdir.glob("*.whl")) + sorted(project.glob("*.whl"))
    bad = [w.name for w in found if not w.name.endswith(("-none-any.whl", f"pyemscripten_{lock_info['abi_version']}_wasm32.whl"))]
    if bad:
        raise SystemExit(f"not a browser wheel: {', '.join(bad)}")
    return found


def course_src() -> None:
    """Make this checkout's package importable here (a plain checkout run without `pip install -e .`)."""
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))


def pack_bank(package: Path) -> None:
    """Write the vignette bank into ``package`` (a copy of ``content/``) packed as JSON, validated from its YAML files."""
    course_src()
    from codependency_course import content

    bank = content.load_dir(content.bank_path())
    (package / content.PACKED).write_text(content.pack(bank), encoding="utf-8")
    say(f"vignette bank packed as {content.PACKED} ({len(bank)} cases)")


def bytecode(cache: Path, pyodide: Path, found: list[Path]) -> list[Path]:
    """Each of ``found`` (wheels, and the runtime's standard library) with bytecode for its modules,
    compiled by the site's own Pyodide (lite/pycompile.py; cached by content)."""
    version = json.loads((pyodide / "package.json").read_text())["version"]
    salt = hashlib.sha256((LITE / "pycompile.py").read_bytes() + f"{version} {KEEP_SOURCE}".encode()).digest()
    store = cache / "bytecode"
    out, todo = [], {}
    for whl in found:
        key = hashlib.sha256(salt + whl.read_bytes()).hexdigest()[:20]
        out.append(store / key / whl.name)
        if not out[-1].is_file():
            todo[whl] = out[-1]
    if todo and not shutil.which("node"):
        raise SystemExit("node (Node.js, which comes with npm) is needed to compile the site's bytecode: "
                         "install it (Debian: apt-get install nodejs npm)")
    if todo:
        say(f"bytecode for {len(todo)} zip(s) (wheels, standard library), compiled by Pyodide {version} under Node")
        with tempfile.TemporaryDirectory(prefix="site-pyc-") as tmp:
            given, made = Path(tmp) / "in", Path(tmp) / "out"
            given.mkdir(), made.mkdir()
            for whl in todo:
                shutil.copy2(whl, given / whl.name)
            run(["node", str(LITE / "pycompile.mjs"), str(pyodide), str(given), str(made), *KEEP_SOURCE],
                stdout=None if os.environ.get("SITE_VERBOSE") else subprocess.DEVNULL)
            for whl, dest in todo.items():
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(made / whl.name, dest)
    for stale in (d for d in store.iterdir() if d.is_dir() and d not in {p.parent for p in out}):
        shutil.rmtree(stale)  # wheels of earlier builds
    return out


def kernel_shims() -> list[Path]:
    """The shim wheels that jupyterlite-pyodide-kernel ships (ipykernel, piplite, ...)."""
    pypi = Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static/pypi"
    return sorted(w for w in pypi.glob("*.whl") if w.name.startswith(KERNEL_SHIMS))


def write_lock(npm_lock: Path, found: list[Path], served: list[Path], dest: Path) -> list[str]:
    """A pyodide-lock.json naming only the wheels in ``dest`` (none of the CDN's).

    Each package is described from its wheel as built (``found``: its imports are read from its
    ``.py`` files) and served as ``served`` (the same wheel with bytecode, see :func:`bytecode`),
    whose hash the lock carries."""
    from pyodide_lock.spec import PyodideLockSpec
    from pyodide_lock.utils import add_wheels_to_spec, update_package_sha256

    raw = json.loads(npm_lock.read_text())
    # Pyodide 314's lock has no info.version, which pyodide-lock 0.1.2 requires
    raw["info"].setdefault("version", json.loads((npm_lock.parent / "package.json").read_text())["version"])
    upstream = PyodideLockSpec.model_validate(raw)
    spec = upstream.model_copy(update={"packages": {}}, deep=True)
    local = []
    for whl in found:
        shutil.copy2(whl, dest / whl.name)
        local.append(dest / whl.name)
    pure = [w for w in local if w.name.endswith("-none-any.whl")]
    # pyodide-lock 0.1.2 knows the platform tag of Pyodide < 0.30 only: compiled wheels take
    # their upstream entry (same imports and depends) with the local file and its hash.
    for whl in (w for w in local if w not in pure):
        name = whl.name.split("-")[0].replace("_", "-").lower()
        entry = upstream.packages[name].model_copy(deep=True)
        entry.version, entry.file_name = whl.name.split("-")[1], whl.name
        spec.packages[name] = update_package_sha256(entry, whl)
    spec = add_wheels_to_spec(spec, pure, base_path=dest)
    by_file = {pkg.file_name: name for name, pkg in spec.packages.items()}
    for whl in served:
        shutil.copy2(whl, dest / whl.name)
        name = by_file[whl.name]
        spec.packages[name] = update_package_sha256(spec.packages[name], dest / whl.name)
    unmet = unmet_requirements(local, spec)
    if unmet:
        raise SystemExit("browser wheels do not fit together (fix lite/browser-requirements.txt):\n  " + "\n  ".join(unmet))
    (dest / "pyodide-lock.json").unlink(missing_ok=True)
    spec.to_json(dest / "pyodide-lock.json", indent=1)
    return sorted(spec.packages)


def unmet_requirements(local: list[Path], spec) -> list[str]:
    """Each wheel's requirements (as they apply in the browser) against the versions locked."""
    import zipfile

    from packaging.metadata import Metadata
    from packaging.utils import canonicalize_name
    from pyodide_lock.utils import _get_marker_environment

    env = _get_marker_environment(**spec.info.model_dump())
    unmet = []
    for whl in local:
        with zipfile.ZipFile(whl) as zf:
            (meta,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
            md = Metadata.from_email(zf.read(meta), validate=False)
        for req in md.requires_dist or []:
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue
            pkg = spec.packages.get(canonicalize_name(req.name))
            if pkg is None or not req.specifier.contains(pkg.version, prereleases=True):
                unmet.append(f"{whl.name} needs {req}, the lock has {pkg.version if pkg else 'nothing'}")
    return unmet


def lessons(dest: Path) -> None:
    """The lessons as a trainee sees them on the site."""
    dest.mkdir(parents=True)
    for src in sorted(COURSE.glob("[0-9][0-9]-*.ipynb")):  # every lesson, 00 to 99
        prefix = src.name[:2]
        nb = nbformat.read(src, as_version=4)
        nb.metadata["kernelspec"] = dict(KERNEL)
        nb.metadata.pop("jupytext", None)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
                cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
        if prefix == "00":
            nb.cells.insert(1, nbformat.v4.new_markdown_cell(ABOUT_SITE))
        if prefix == "99":
            code = nbformat.v4.new_code_cell(EXPORT_CODE)
            code.metadata["jupyter"] = {"source_hidden": True}
            nb.cells += [nbformat.v4.new_markdown_cell(EXPORT_MD), code]
        for n, cell in enumerate(nb.cells):
            cell["id"] = f"{prefix}-{n:03d}"
        nbformat.validate(nb)
        nbformat.write(nb, dest / src.name)


def checks(dest: Path) -> list[str]:
    """The graded checks exactly as the trainee kit releases them, one folder each, in ``dest``.

    ``instructor.kit.build`` generates every check in a temporary course (never ``grading/``)
    and refuses a kit holding any hidden-test or solution line; only its ``release/`` is used."""
    course_src()
    from codependency_course.instructor.kit import build as build_kit

    saved = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="site-checks-") as tmp:
        course = Path(tmp) / "course"
        (course / "grading").mkdir(parents=True)
        shutil.copy2(ROOT / "grading" / "nbgrader_config.py", course / "grading")
        # source/ beside the course root (where the course's config looks), without instructor previews
        shutil.copytree(ROOT / "source", course / "source", ignore=shutil.ignore_patterns("*.answers.json*"))
        # this temporary course only: never the instructor's gradebook, exchange or settings
        for name in [k for k in os.environ if k.startswith("CODEPENDENCY_COURSE_")]:
            del os.environ[name]
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), saved.get("PYTHONPATH")]))
        try:
            kit = build_kit(ROOT, Path(tmp) / "kit", release_root=course / "grading", wheel=False)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        released = sorted(p.name for p in (kit / "release").iterdir() if p.is_dir())
        dest.mkdir(parents=True)
        for name in released:
            shutil.copytree(kit / "release" / name, dest / name)
    for name in released:
        path = dest / name / f"{name}.ipynb"
        nb = nbformat.read(path, as_version=4)
        nb.metadata["kernelspec"] = dict(KERNEL)  # notebook metadata: no nbgrader checksum covers it
        nbformat.validate(nb)
        nbformat.write(nb, path)
    return released


def staging(cache: Path) -> Path:
    """A fresh lite dir: config, the Pyodide runtime with its local wheels, the lessons."""
    lite_dir = cache / "lite-dir"
    shutil.rmtree(lite_dir, ignore_errors=True)
    (lite_dir / "static" / "pyodide").mkdir(parents=True)
    for name in ("jupyter-lite.json", "overrides.json"):
        shutil.copy2(LITE / name, lite_dir / name)
    config = json.loads((LITE / "jupyter_lite_config.json").read_text())
    labext = Path(sys.prefix) / "share" / "jupyter" / "labextensions"
    config["LiteBuildConfig"]["federated_extensions"] = [str(labext / e) for e in LABEXTENSIONS] + [str(TRAINEE_EXTENSION)]
    (lite_dir / "jupyter_lite_config.json").write_text(json.dumps(config, indent=1))

    pyodide = runtime(cache)
    out = lite_dir / "static" / "pyodide"
    info = json.loads((pyodide / "pyodide-lock.json").read_text())["info"]
    found = wheels(cache, info) + kernel_shims()
    stdlib, *served = bytecode(cache, pyodide, [pyodide / STDLIB, *found])
    for name in PYODIDE_FILES:
        shutil.copy2(stdlib if name == STDLIB else pyodide / name, out / name)
    names = write_lock(pyodide / "pyodide-lock.json", found, served, out)
    say(f"pyodide-lock.json: {len(names)} local packages")
    lessons(lite_dir / "files")
    say(f"graded checks (released, keys stripped): {', '.join(checks(lite_dir / 'files' / 'checks'))}")
    return lite_dir


def trainee_css(out: Path) -> None:
    """The trainee view's stylesheet (etc/jupyter/trainee/custom/custom.css), in the site's page."""
    css = (ROOT / "etc" / "jupyter" / "trainee" / "custom" / "custom.css").read_text()
    page = out / "lab" / "index.html"
    html = page.read_text()
    if "</head>" not in html:
        raise SystemExit(f"{page}: no </head> to put the trainee stylesheet before")
    page.write_text(html.replace("</head>", f'<style id="cc-trainee-view">\n{css}</style>\n</head>', 1))


def check(out: Path) -> None:
    """Fail the build if the site would load anything from elsewhere."""
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    problems = []
    if not kernel.get("pyodideUrl", "").startswith("./"):
        problems.append(f"pyodideUrl is {kernel.get('pyodideUrl')!r}, not a file of the site")
    if not kernel.get("disablePyPIFallback"):
        problems.append("disablePyPIFallback is not set")
    lock = json.loads((out / "static" / "pyodide" / "pyodide-lock.json").read_text())
    for name, pkg in lock["packages"].items():
        served = out / "static" / "pyodide" / pkg["file_name"]
        if "://" in pkg["file_name"] or not served.is_file():
            problems.append(f"pyodide-lock.json: {name} is not served by the site ({pkg['file_name']})")
        elif hashlib.sha256(served.read_bytes()).hexdigest() != pkg["sha256"]:
            problems.append(f"pyodide-lock.json: {name}'s hash is not that of {pkg['file_name']}")
    from importlib.metadata import version

    for name in ("anywidget", "jupyterlab-widgets"):  # front end (from this venv) and kernel side
        if version(name) != lock["packages"][name]["version"]:
            problems.append(f"{name}: the front end here is {version(name)}, the browser wheel "
                            f"{lock['packages'][name]['version']}; align lite/browser-requirements.txt "
                            "and the site extra in pyproject.toml")
    missing = [n for n in kernel["loadPyodideOptions"]["packages"] if n not in lock["packages"]]
    if missing:
        problems.append(f"preloaded but not in the lock: {', '.join(missing)}")
    if problems:
        raise SystemExit("site check failed:\n  " + "\n  ".join(problems))


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(out: Path, cache: Path) -> Path:
    started = time.monotonic()
    cache.mkdir(parents=True, exist_ok=True)
    lite_dir = staging(cache)
    shutil.rmtree(out, ignore_errors=True)
    # a stale doit database can silently skip the pyodideUrl step: always start clean
    say("jupyter lite build")
    run([str(Path(sys.executable).parent / "jupyter-lite"), "build", "--lite-dir", str(lite_dir),
         "--output-dir", str(out)], cwd=lite_dir,
        stdout=subprocess.DEVNULL if not os.environ.get("SITE_VERBOSE") else None)
    trainee_css(out)
    check(out)
    say(f"built {out} ({size(out) / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "site", help="where the site goes (replaced)")
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "site",
                    help="downloads kept between builds (npm runtime, wheels)")
    args = ap.parse_args(argv)
    build(args.out.resolve(), args.cache.resolve())


if __name__ == "__main__":
    main()
