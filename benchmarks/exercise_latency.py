"""How long a trainee waits: Run All per lesson and click-to-feedback in a real browser, and the
package's import time.

    python benchmarks/exercise_latency.py        # with the course's venv active

0. **Run All per lesson.** JupyterLab (trainee view) serves a temporary copy of ``course/``.
   For every lesson Chromium opens it, waits for an idle kernel, runs **Run ▸ Run All** and
   measures the wall time until the lesson's last exercise has rendered (its live region is in
   the page; for 99-my-progress, until the progress page is shown). The baseline, measured in
   the same run and the same way, is a one-cell notebook that shows a bare ipywidgets Button.
   Each lesson is closed and its kernel shut down before the next. Rounds are interleaved
   (baseline, every lesson; again) and min/median are reported. No goal is set.

1. **Click-to-feedback.** JupyterLab (the test harness's ``lab_server``) serves a temporary copy
   of ``course/00-start-here.ipynb``; Chromium opens it and runs every cell. The script chooses
   "Healthy interdependence" once, then presses **Check answer** 20 times. Each sample is
   measured inside the page with ``performance.now()``: from just before the button's click
   until a MutationObserver sees the live region (``.cc-exercise .cc-live``) contain
   "Attempt N." for that click's attempt number. It covers the comm round trip to the kernel,
   ``Exercise.submit()`` (store read, scoring, store write) and the re-render of the live region.
   Goal: median below 150 ms.
2. **Import time.** Wall time of ``python -c "import codependency_course"`` and of
   ``python -c "import codependency_course.trainee.lesson"`` (what a lesson's first exercise cell
   imports) against a bare ``python -c pass``, interleaved, median of 7 runs each, after one
   untimed warm-up run of each. The children write bytecode caches to a temporary
   ``PYTHONPYCACHEPREFIX`` (even if ``PYTHONDONTWRITEBYTECODE`` is set), so the figures are
   those of a trainee's warm cache, compilation is not counted and nothing lands in the repo.
   Goal: ``import codependency_course`` costs less than 0.3 s over the bare interpreter.

This is a measurement, not a test: goals are reported, never asserted. It exits 0 when the
measurements ran (met or not), also when Chromium or Playwright is missing (the browser part is
then skipped with instructions), and 1 only if a measurement itself broke.
"""

from __future__ import annotations

import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ for the harness in tests/
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from lab_harness import (  # noqa: E402
    REPO, browser_page, chromium_path, close_all_and_shutdown, lab_server, open_and_run_all, open_notebook, run_command, wait_kernel_idle,
)

NOTEBOOK = "00-start-here.ipynb"
ITEM = "grocery-rota"  # the exercise in 00-start-here
CLICKS = 20
CLICK_TIMEOUT_MS = 15_000
LATENCY_GOAL_MS = 150.0
IMPORT_RUNS = 7
IMPORT_GOAL_S = 0.3
IMPORTS = {
    "bare python -c pass": "pass",
    "import codependency_course": "import codependency_course",
    "import codependency_course.trainee.lesson": "import codependency_course.trainee.lesson",
}

# Click the exercise's "Check answer" button and resolve with the ms until the live region
# announces the expected attempt number; all timing happens in the page.
CLICK_AND_WAIT_JS = """
([expected, timeoutMs]) => new Promise((resolve, reject) => {
  const live = document.querySelector('.cc-exercise .cc-live');
  const button = [...document.querySelectorAll('.cc-exercise button')]
    .find((b) => b.textContent.includes('Check answer'));
  if (!live || !button) { reject(new Error('exercise live region or Check answer button not found')); return; }
  const want = `Attempt ${expected}.`;
  let done = false, t0 = 0, timer = null;
  const observer = new MutationObserver(() => {
    if (done || !live.textContent.includes(want)) { return; }
    const elapsed = performance.now() - t0;
    done = true; observer.disconnect(); clearTimeout(timer);
    resolve(elapsed);
  });
  observer.observe(live, { childList: true, subtree: true, characterData: true });
  timer = setTimeout(() => {
    if (done) { return; }
    done = true; observer.disconnect();
    reject(new Error(`no "${want}" within ${timeoutMs} ms; live region says: ${live.textContent.slice(0, 200)}`));
  }, timeoutMs);
  t0 = performance.now();
  button.click();
})
"""


def p90(values: list[float]) -> float:
    """The 90th percentile by nearest rank (for 20 samples: the 18th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


# -- 2. import time --------------------------------------------------------------------------
def measure_imports(workdir: Path) -> dict[str, list[float]]:
    """Seconds of wall time per run for each command, interleaved round by round."""

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("  note: PYTHONDONTWRITEBYTECODE is set here; the timed children run without it (warm cache)")

    def run(code: str) -> float:
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], cwd=workdir, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(f"{sys.executable} -c {code!r} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        return elapsed

    for code in IMPORTS.values():  # warm-up: write bytecode caches, fill the OS file cache
        run(code)
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    for _ in range(IMPORT_RUNS):
        for name, code in IMPORTS.items():
            times[name].append(run(code))
    return times


def report_imports(times: dict[str, list[float]]) -> dict[str, float]:
    """Print medians, differences and ratios; return the extra seconds over the baseline per import."""
    print(f"\n== import time: wall time of `{Path(sys.executable).name} -c ...`, median of {IMPORT_RUNS} interleaved runs ==")
    base_name = next(iter(IMPORTS))
    base = statistics.median(times[base_name])
    extra: dict[str, float] = {}
    for name, runs in times.items():
        med = statistics.median(runs)
        line = f"  {name:<36} median {med:6.3f} s  (runs: {', '.join(f'{t:.3f}' for t in runs)})"
        if name != base_name:
            extra[name] = med - base
            line += f"\n  {'':<36} over baseline {med - base:+6.3f} s, ratio {med / base:4.1f}x the bare interpreter"
        print(line)
    pkg = extra["import codependency_course"]
    print(f"  goal: import codependency_course < {IMPORT_GOAL_S} s over baseline: {pkg:.3f} s -> {verdict(pkg < IMPORT_GOAL_S)}")
    print("  (import codependency_course.trainee.lesson has no goal set; it is what a lesson's first exercise cell waits for)")
    return extra


# -- 1. click-to-feedback --------------------------------------------------------------------
def attempts_on_disk(root: Path) -> int:
    path = root / NOTEBOOK.replace(".ipynb", ".answers.json")
    if not path.exists():
        return 0
    return len(json.loads(path.read_text(encoding="utf-8"))["items"].get(ITEM, {}).get("attempts", []))


BASELINE = "baseline-one-button.ipynb"
RUN_ALL_ROUNDS = 3


def baseline_notebook(folder: Path) -> Path:
    """A one-cell notebook showing a bare ipywidgets Button (the Run All baseline)."""
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import ipywidgets\nipywidgets.Button(description='baseline')")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    path = folder / BASELINE
    nbformat.write(nb, path)
    return path


def lessons() -> list[tuple[str, int]]:
    """(notebook, number of exercises) for every lesson in course/."""
    return [(p.name, p.with_suffix(".py").read_text(encoding="utf-8").count(".practice(")) for p in sorted((REPO / "course").glob("*.ipynb"))]


def run_all_seconds(page, base: str, token: str, notebook: str, done_js: str) -> float:
    """Open a notebook, wait for an idle kernel, Run All; seconds until ``done_js`` holds."""
    open_notebook(page, base, token, notebook)
    start = time.perf_counter()
    run_command(page, "notebook:run-all-cells")
    page.wait_for_function(done_js, timeout=180_000, polling="raf")
    elapsed = time.perf_counter() - start
    wait_kernel_idle(page)
    close_all_and_shutdown(page, base, token)
    return elapsed


def measure_run_all(page, base: str, token: str) -> list[tuple[str, int, list[float]]]:
    """(notebook, exercises, seconds per round) for the baseline and every lesson, rounds interleaved."""
    targets = [(BASELINE, 1, "() => !!document.querySelector('.jupyter-button')")]
    targets += [(name, n, f"() => document.querySelectorAll('.cc-exercise .cc-live').length >= {n}" if n
                 else "() => !!document.querySelector('.cc-progress')") for name, n in lessons()]
    times: dict[str, list[float]] = {name: [] for name, _n, _d in targets}
    for r in range(1, RUN_ALL_ROUNDS + 1):
        for name, n, done in targets:
            times[name].append(run_all_seconds(page, base, token, name, done))
        print(f"  round {r}/{RUN_ALL_ROUNDS}: " + ", ".join(f"{name.split('-')[0]} {times[name][-1]:.2f} s" for name, _n, _d in targets))
    return [(name, n, times[name]) for name, n, _d in targets]


def measure_clicks(chromium: str, workdir: Path) -> tuple[list[float], list[tuple[str, int, float]]]:
    """Run All seconds per lesson, then milliseconds from click to announced feedback, one per click."""
    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    files = [*sorted((REPO / "course").glob("*.ipynb")), baseline_notebook(workdir)]
    with lab_server(files, workdir) as (base, token, root), browser_page(chromium) as page:
        print(f"  JupyterLab up at {base} ({time.monotonic() - started:.1f} s); Run All in every lesson")
        run_all = measure_run_all(page, base, token)
        print(f"  opening {NOTEBOOK} and running all cells for the click samples")
        open_and_run_all(page, base, token, NOTEBOOK)
        page.wait_for_selector(".cc-exercise .cc-live", state="attached", timeout=60_000)
        wait_kernel_idle(page)
        choice = page.locator(".cc-exercise .widget-radio-box label").filter(
            has_text=re.compile(r"^\s*Healthy interdependence\s*$")
        ).locator("input[type=radio]")
        choice.check()
        print(f"  notebook ready ({time.monotonic() - started:.1f} s); chose 'Healthy interdependence'; clicking {CLICKS} times")
        expected = attempts_on_disk(root)
        samples: list[float] = []
        for i in range(1, CLICKS + 1):
            expected += 1
            ms = page.evaluate(CLICK_AND_WAIT_JS, [expected, CLICK_TIMEOUT_MS])
            samples.append(float(ms))
            print(f"  sample {i:2d}/{CLICKS} (attempt {expected:2d}): {ms:7.1f} ms")
        saved = attempts_on_disk(root)
        if saved != expected:
            raise RuntimeError(f"the answers file holds {saved} attempts, expected {expected}")
        print(f"  the answers file holds all {saved} attempts; browser part took {time.monotonic() - started:.1f} s")
    return samples, run_all


def report_clicks(samples: list[float]) -> tuple[float, float, float]:
    med, high, top = statistics.median(samples), p90(samples), max(samples)
    print(f"  samples: {len(samples)}, median {med:.1f} ms, p90 {high:.1f} ms, max {top:.1f} ms, min {min(samples):.1f} ms")
    print(f"  goal: median < {LATENCY_GOAL_MS:.0f} ms: {med:.1f} ms -> {verdict(med < LATENCY_GOAL_MS)}")
    return med, high, top


def main() -> int:
    t_start = time.monotonic()
    print(f"Python {sys.version.split()[0]} at {sys.executable}")
    failed = False
    click_summary = "not measured"
    run_all_lines: list[str] = []
    import_lines: list[str] = []

    with tempfile.TemporaryDirectory(prefix="cc-bench-", ignore_cleanup_errors=True) as tmp:
        tmpdir = Path(tmp)

        # Imports first, on a quiet machine (no JupyterLab or Chromium running yet).
        try:
            print("\n== measuring import time ==")
            times = measure_imports(tmpdir)
            extra = report_imports(times)
            base = statistics.median(times["bare python -c pass"])
            for name, secs in extra.items():
                med = statistics.median(times[name])
                goal = (f"goal < {IMPORT_GOAL_S} s: {verdict(secs < IMPORT_GOAL_S)}"
                        if name == "import codependency_course" else "no goal set")
                import_lines.append(f"{name:<34} {secs:+.3f} s over bare python ({med:.3f} vs {base:.3f} s, "
                                    f"{med / base:.1f}x)  {goal}")
        except Exception:
            failed = True
            traceback.print_exc()
            import_lines.append("import measurement FAILED (see the error above)")

        print("\n== click-to-feedback in JupyterLab + Chromium ==")
        chromium = chromium_path()
        try:
            import playwright.sync_api  # noqa: F401
            have_playwright = True
        except ImportError:
            have_playwright = False
        if chromium is None:
            click_summary = "skipped: no Chromium"
            print("  SKIPPED: no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set\n"
                  "  CODEPENDENCY_COURSE_CHROMIUM=/path/to/chromium, then run this script again.")
        elif not have_playwright:
            click_summary = "skipped: no Playwright"
            print("  SKIPPED: Playwright is not installed. Install the test extra (pip install -e '.[test]');\n"
                  "  no browser download is needed, the system Chromium is used.")
        else:
            print(f"  Chromium: {chromium}")
            try:
                samples, run_all = measure_clicks(chromium, tmpdir / "lab")
                base_s = statistics.median(run_all[0][2])
                run_all_lines = [
                    f"{name:<34} {(f'{n} exercises' if n else 'progress page') if name != BASELINE else '1 widget':>13}  "
                    f"min {min(secs):5.2f} s  median {statistics.median(secs):5.2f} s  "
                    f"({statistics.median(secs) / base_s:4.1f}x baseline median)"
                    for name, n, secs in run_all
                ]
                med, high, top = report_clicks(samples)
                click_summary = (f"n={len(samples)}  median {med:.1f} ms  p90 {high:.1f} ms  max {top:.1f} ms  "
                                 f"goal median < {LATENCY_GOAL_MS:.0f} ms: {verdict(med < LATENCY_GOAL_MS)}")
            except Exception:
                failed = True
                traceback.print_exc()
                click_summary = "FAILED (see the error above)"
                log = tmpdir / "lab" / "lab.log"
                if log.exists():
                    print(f"--- last lines of the JupyterLab log ---\n{log.read_text(errors='replace')[-3000:]}")

    print("\n" + "=" * 100)
    print("SUMMARY")
    print(f"  Run All -> last widget rendered, per lesson, {RUN_ALL_ROUNDS} interleaved rounds (baseline: one bare ipywidgets Button)")
    for line in run_all_lines or ["not measured"]:
        print(f"    {line}")
    print("  click-to-feedback (Check answer -> 'Attempt N.' in the live region, in-page timing)")
    print(f"    {click_summary}")
    print(f"  import time (wall, median of {IMPORT_RUNS}, minus bare interpreter)")
    for line in import_lines:
        print(f"    {line}")
    print(f"  total run time: {time.monotonic() - t_start:.1f} s")
    print("=" * 100)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
