"""The trainee view's two paths (the rest of its server settings are in jupyter_server_config.json).

Both are found beside this file, so ``make lab``, the kit and the hub's single-user servers
(all of which point JUPYTER_CONFIG_DIR at a copy of this folder) get the same view:

- ``settings/`` holds JupyterLab's settings overrides (``overrides.json``: menus, toolbar,
  placeholders; ``overrides.d/*.json`` for further files, merged first);
- ``labextensions/`` holds the view's one front-end extension, which prepares a course
  notebook's exercises when it opens (the instructor view does not load it).
"""
from pathlib import Path

c = get_config()  # noqa: F821
here = Path(__file__).resolve().parent
c.LabApp.app_settings_dir = str(here / "settings")
c.LabApp.extra_labextensions_path = [str(here / "labextensions")]
