"""Runtime assets (icons, translations, templates), found the same way whether
hyrdesk runs from a checkout, an installed wheel or a PyInstaller bundle.

Sources for these files (icon art, translation sources) live in the top-level
``resources/`` folder; what the program reads at run time is package data here,
so that importlib.resources finds it everywhere without ``sys._MEIPASS`` checks.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a packaged resource file (it exists on disk in every layout we ship)."""
    return Path(str(files(__name__).joinpath(*parts)))
