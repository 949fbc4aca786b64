"""Export my answers: every practice answers file of a folder in one zip to keep or hand in.

On the zero-install site the answers live in the browser's storage only. ``ExportButton``
bundles them (:func:`export_answers`) and hands the zip to the browser as a download. An
instructor, or the progress page, reads it back with :func:`unpack_answers`, which treats the
file as untrusted: only plain ``<lesson>.answers.json`` members that the store can read are
written, nothing already there is overwritten, and every problem is named.
"""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
import zlib
from datetime import datetime, timezone
from pathlib import Path

import anywidget
import traitlets

from codependency_course import __version__
from codependency_course.answers import MAX_BYTES, SUFFIX, UnreadableStore, read_answers

EXPORT_NAME = "my-answers.zip"
MANIFEST = "manifest.json"
MAX_MEMBERS = 64
"""Most members read from one zip (an export holds one file per lesson, about a dozen)."""
MAX_TOTAL = 4 * MAX_BYTES
"""Most bytes written from one zip, all members together."""
_MEMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,120}" + re.escape(SUFFIX))


def export_answers(folder: Path | str = ".") -> tuple[bytes, dict]:
    """The zip of every ``*.answers.json`` in a folder, and its manifest."""
    folder = Path(folder)
    files = sorted(p for p in folder.glob(f"*{SUFFIX}") if _MEMBER.fullmatch(p.name))
    manifest = {
        "course": "codependency-course", "course_version": __version__,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "files": [p.name for p in files],
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in files:
            zf.write(p, p.name)
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
    return buf.getvalue(), manifest


def unpack_answers(archive: Path | str, folder: Path | str) -> tuple[list[Path], list[str]]:
    """Write the answers files of an exported zip into a folder (e.g. for ``progress.collect``).

    Returns the files written and the problems found; a file that already exists in the
    folder is never overwritten (the problem says so).
    """
    archive, folder = Path(archive), Path(folder)
    written: list[Path] = []
    problems: list[str] = []
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as exc:
        return [], [f"{archive.name} is not an exported answers file ({exc})"]
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with zf:
            _unpack(zf, archive.name, folder, written, problems)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, ValueError, NotImplementedError, EOFError,
            OSError, zlib.error) as exc:  # corrupt, encrypted, an unknown compression, truncated
        problems.append(f"{archive.name} could not be read to the end ({type(exc).__name__}: {str(exc)[:200]}); "
                        f"{len(written)} file(s) were written before the problem")
    return written, problems


def _unpack(zf: zipfile.ZipFile, zip_name: str, folder: Path, written: list[Path], problems: list[str]) -> None:
    members = [i for i in zf.infolist() if i.filename != MANIFEST and not i.is_dir()]
    if len(members) > MAX_MEMBERS:
        problems.append(f"{zip_name} holds {len(members)} files, over the limit of {MAX_MEMBERS}; only the first were read")
        members = members[:MAX_MEMBERS]
    total = 0
    for info in members:
        name = info.filename
        if not _MEMBER.fullmatch(name):
            problems.append(f"{zip_name}: {name[:120]!r} is not a lesson's answers file; skipped")
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(f"{zip_name}: {name} is a link; skipped")
            continue
        if info.file_size > MAX_BYTES:
            problems.append(f"{zip_name}: {name} is {info.file_size} bytes, too large for an answers file; skipped")
            continue
        target = folder / name
        if target.exists() or target.is_symlink():
            problems.append(f"{name} already exists in {folder}; the exported copy was not written over it")
            continue
        with zf.open(info) as fh:  # never trust the size the zip declares: read at most the limit
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            problems.append(f"{zip_name}: {name} unpacks to more than {MAX_BYTES} bytes; skipped")
            continue
        if total + len(data) > MAX_TOTAL:
            problems.append(f"{zip_name}: the files unpack to more than {MAX_TOTAL // 2**20} MB in all; the rest were skipped")
            break
        total += len(data)
        tmp = folder / f".{name}.unpacking"
        tmp.write_bytes(data)
        try:
            _, issues = read_answers(tmp)
        except UnreadableStore as exc:
            tmp.unlink()
            problems.append(f"{zip_name}: {name}: {str(exc).replace(str(tmp), name)}; skipped")
            continue
        problems += [p.replace(tmp.name, name) for p in issues]
        tmp.replace(target)
        written.append(target)


_ESM = """
function render({ model, el }) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "jp-Button jp-mod-styled jp-mod-accept cc-export";
  button.textContent = "Export my answers";
  const status = document.createElement("div");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  button.addEventListener("click", () => { status.textContent = "Preparing…"; model.send({ event: "export" }); });
  const onMsg = (msg, buffers) => {
    if (!msg || msg.event !== "exported") { return; }
    const blob = new Blob([buffers[0]], { type: "application/zip" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = msg.filename;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    status.textContent = msg.text;
  };
  model.on("msg:custom", onMsg);
  el.append(button, status);
  return () => model.off("msg:custom", onMsg);
}
export default { render };
"""


class ExportButton(anywidget.AnyWidget):
    """A button that downloads ``my-answers.zip`` with every answers file in ``folder``."""

    _esm = _ESM
    folder = traitlets.Unicode(".")
    """The folder whose answers files are exported (the lessons' folder)."""
    last = traitlets.Unicode("")
    """What the last export said (plain text, for tests and screen readers)."""

    def __init__(self, folder: Path | str = ".", **kwargs):
        super().__init__(folder=str(folder), **kwargs)
        self.on_msg(self._handle)

    def _handle(self, _widget, content, _buffers) -> None:
        if not isinstance(content, dict) or content.get("event") != "export":
            return
        data, manifest = export_answers(self.folder)
        n = len(manifest["files"])
        self.last = (f"Exported the answers of {n} lesson{'s' if n != 1 else ''} as {EXPORT_NAME}: "
                     "find it in your browser's downloads." if n else
                     f"No answers saved yet; {EXPORT_NAME} holds only a note of the export.")
        self.send({"event": "exported", "filename": EXPORT_NAME, "text": self.last}, buffers=[data])

    def _repr_pretty_(self, p, cycle) -> None:  # plain-text view, e.g. in a terminal
        p.text(f"Export my answers: export_answers({self.folder!r}) returns the zip")


__all__ = ["ExportButton", "export_answers", "unpack_answers", "EXPORT_NAME"]
