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
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import anywidget
import traitlets

from codependency_course import __version__
from codependency_course.answers import MAX_BYTES, SUFFIX, UnreadableStore, read_answers, read_zip

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
    folder is never overwritten (the problem says so). The zip is read by
    :func:`codependency_course.answers.read_zip`, the package's one bounded zip reader.
    """
    archive, folder = Path(archive), Path(folder)
    try:
        members, problems = read_zip(archive, lambda name: name == MANIFEST or bool(_MEMBER.fullmatch(name)),
                                     max_members=MAX_MEMBERS, max_member_bytes=MAX_BYTES, max_total=MAX_TOTAL)
    except UnreadableStore as exc:
        return [], [f"{archive.name} is not an exported answers file ({str(exc).split(' (', 1)[-1].rstrip(')')})"
                    if "not a zip file" in str(exc) else f"{archive.name}: {exc}"]
    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in members:
        if name == MANIFEST:
            continue
        target = folder / name
        if target.exists() or target.is_symlink():
            problems.append(f"{name} already exists in {folder}; the exported copy was not written over it")
            continue
        tmp = folder / f".{name}.unpacking"
        tmp.write_bytes(data)
        try:
            _, issues = read_answers(tmp)
        except UnreadableStore as exc:
            tmp.unlink()
            problems.append(f"{archive.name}: {name}: {str(exc).replace(str(tmp), name)}; skipped")
            continue
        problems += [p.replace(tmp.name, name) for p in issues]
        tmp.replace(target)
        written.append(target)
    return written, problems


DOWNLOAD_JS = """
function download(buffer, filename) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([buffer], { type: "application/zip" }));
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}
"""
"""The browser side of handing a zip to the trainee as a download (Export my answers, Submit)."""

_ESM = DOWNLOAD_JS + """
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
    download(buffers[0], msg.filename);
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
