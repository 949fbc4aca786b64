"""The zero-install site's figures, with JupyterLab's click-to-feedback measured in the same run.

    python benchmarks/lite.py [--site site] [--rounds 3] [--clicks 20]    # after `make site`

1. **Size** of the built site (bytes on disk), and of its Pyodide part (``static/pyodide``).
2. **Time to first usable exercise**, served from 127.0.0.1 by a plain static server:
   from ``page.goto`` of ``00-start-here`` until, after Run ▸ Run All Cells, the exercise's
   radio buttons are on the page. *Cold*: a new browser profile (empty HTTP cache, no service
   worker, no stored files). *Warm*: the same profile loading the lesson again in a new page
   (so a new kernel). ``--rounds`` profiles, each measured cold then warm.
3. **Click-to-feedback**: milliseconds from the click on Check answer until the live region
   announces that attempt (the same in-page measurement as ``exercise_latency.py``), ``--clicks``
   samples in the Pyodide kernel, then the same on JupyterLab (``lab_server``) in this run.
   Goal: median under 300 ms in Pyodide.

A measurement, not a test: goals are reported, never asserted. Nothing is written outside a
temporary folder unless ``--site`` is omitted and no ``site/`` exists (then the site is built
into the temporary folder).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from exercise_latency import CLICK_AND_WAIT_JS, attempts_on_disk, p90  # noqa: E402
from lab_harness import CHROMIUM_FLAGS, REPO, chromium_path, lab_server, open_and_run_all, wait_kernel_idle  # noqa: E402
from lite_harness import build_site, lesson_file, open_lesson, run_all, static_server  # noqa: E402

GOAL_MS = 300.0
EXERCISE = ".cc-exercise .widget-radio-box input[type=radio]"
LABEL = re.compile(r"^\s*Healthy interdependence\s*$")


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def first_exercise_seconds(page, base: str, notebook: str) -> float:
    """From loading the lesson's URL in a new page (a new kernel) to a usable exercise."""
    assert page.url == "about:blank"
    started = time.monotonic()
    open_lesson(page, base, notebook)
    run_all(page)
    page.wait_for_selector(EXERCISE, state="attached", timeout=120_000)
    return time.monotonic() - started


def clicks(page, expected: int, n: int) -> list[float]:
    """Choose a label, then press Check answer ``n`` times; ms per click until its feedback."""
    page.locator(".cc-exercise .widget-radio-box label").filter(has_text=LABEL).locator("input[type=radio]").first.check()
    samples = []
    for _ in range(n):
        expected += 1
        samples.append(float(page.evaluate(CLICK_AND_WAIT_JS, [expected, 15_000])))
    return samples


def summary(name: str, samples: list[float]) -> str:
    return (f"{name}: median {statistics.median(samples):.0f} ms, p90 {p90(samples):.0f} ms, "
            f"min {min(samples):.0f} ms, max {max(samples):.0f} ms ({len(samples)} clicks)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=REPO / "site", help="a built site (default: site/, else build one)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--clicks", type=int, default=20)
    args = ap.parse_args(argv)
    chromium = chromium_path()
    if chromium is None:
        print("no Chromium: install Debian's chromium to run this benchmark")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site = args.site if (args.site / "jupyter-lite.json").exists() else build_site(tmp)
        total, pyodide = size(site), size(site / "static" / "pyodide")
        print(f"site: {site}: {total / 1e6:.1f} MB in {sum(1 for p in site.rglob('*') if p.is_file())} files "
              f"(Pyodide runtime and wheels: {pyodide / 1e6:.1f} MB)")
        notebook = lesson_file(site, "00")
        cold, warm, lite_ms = [], [], []
        with static_server(site) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
            try:
                for r in range(1, args.rounds + 1):
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    page = context.new_page()
                    cold.append(first_exercise_seconds(page, base, notebook))
                    page.close()  # the kernel ends with the page; cache, service worker and storage stay
                    page = context.new_page()
                    warm.append(first_exercise_seconds(page, base, notebook))
                    print(f"  round {r}: first usable exercise cold {cold[-1]:.1f} s, warm {warm[-1]:.1f} s")
                    if r == args.rounds:
                        lite_ms = clicks(page, 0, args.clicks)
                    context.close()
            finally:
                browser.close()
        print(f"  {summary('Pyodide click-to-feedback', lite_ms)}")

        with lab_server([REPO / "course" / notebook], tmp / "lab") as (base, token, root), sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                open_and_run_all(page, base, token, notebook)
                wait_kernel_idle(page)
                lab_ms = clicks(page, attempts_on_disk(root), args.clicks)
            finally:
                browser.close()
        print(f"  {summary('JupyterLab click-to-feedback', lab_ms)}")

    med_lite, med_lab = statistics.median(lite_ms), statistics.median(lab_ms)
    print("\nfigures")
    print(f"  site size: {total / 1e6:.1f} MB (Pyodide part {pyodide / 1e6:.1f} MB)")
    print(f"  time to first usable exercise: cold median {statistics.median(cold):.1f} s (min {min(cold):.1f}), "
          f"warm median {statistics.median(warm):.1f} s (min {min(warm):.1f}); {args.rounds} rounds")
    print(f"  click-to-feedback median: Pyodide {med_lite:.0f} ms, JupyterLab {med_lab:.0f} ms "
          f"(ratio {med_lite / med_lab:.2f}); goal Pyodide < {GOAL_MS:.0f} ms: {'met' if med_lite < GOAL_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
