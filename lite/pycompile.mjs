// Bytecode for the site's wheels and standard library, compiled by the site's own Pyodide (see pycompile.py).
//   node lite/pycompile.mjs PYODIDE_DIR IN_DIR OUT_DIR [DIST ...]   (DIST: distributions that keep their source)
// Files are copied into Pyodide's in-memory file system and back (no host mount). Checked on
// Debian's Node 18 (what CI installs) and Node 20: byte-identical output.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [pyodideDir, inDir, outDir] = process.argv.slice(2, 5).map((p) => resolve(p));
const keep = process.argv.slice(5);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: pyodideDir + "/" });
py.FS.mkdirTree("/in");
py.FS.mkdirTree("/out");
for (const name of readdirSync(inDir)) {
  py.FS.writeFile(`/in/${name}`, readFileSync(join(inDir, name)));
}
const here = dirname(fileURLToPath(import.meta.url));
py.runPython("import sys; sys.argv = " + JSON.stringify(["pycompile.py", ...keep]));
await py.runPythonAsync(readFileSync(join(here, "pycompile.py"), "utf8"));
mkdirSync(outDir, { recursive: true });
for (const name of py.FS.readdir("/out").filter((n) => n !== "." && n !== "..")) {
  writeFileSync(join(outDir, name), py.FS.readFile(`/out/${name}`));
}
