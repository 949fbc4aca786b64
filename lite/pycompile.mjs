// Bytecode for the site's wheels, compiled by the site's own Pyodide (see pycompile.py).
//   node lite/pycompile.mjs PYODIDE_DIR IN_DIR OUT_DIR [DIST ...]   (DIST: distributions that keep their source)
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [pyodideDir, inDir, outDir] = process.argv.slice(2, 5).map((p) => resolve(p));
const keep = process.argv.slice(5);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: pyodideDir + "/" });
for (const [mount, dir] of [["/in", inDir], ["/out", outDir]]) {
  py.FS.mkdirTree(mount);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, mount);
}
const here = dirname(fileURLToPath(import.meta.url));
py.runPython("import sys; sys.argv = " + JSON.stringify(["pycompile.py", ...keep]));
await py.runPythonAsync(readFileSync(join(here, "pycompile.py"), "utf8"));
