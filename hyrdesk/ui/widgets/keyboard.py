"""Keyboard habits shared by every page and dialog.

Tab always leads out of a table: a view's own Tab-from-cell-to-cell
(``tabKeyNavigation``) keeps the keyboard inside a table of a thousand rows, a
trap. The arrow keys still move between cells, and F2 or typing edits one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def tab_leaves_tables(root: QWidget) -> None:
    """Let Tab leave every table and list under ``root`` (call once it is built)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
