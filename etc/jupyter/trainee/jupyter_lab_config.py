"""The trainee view's JupyterLab settings overrides live beside this file, in lab-settings/.

JupyterLab reads ``overrides.d/*.json`` (one file per concern) and ``overrides.json`` from
its app settings folder; pointing it here keeps the trainee view's defaults in the repository.
"""
from pathlib import Path

c = get_config()  # noqa: F821
c.LabApp.app_settings_dir = str(Path(__file__).resolve().parent / "lab-settings")
