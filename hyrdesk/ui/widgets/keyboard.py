"""Keyboard habits shared by every page and dialog.

Tab always leads out of a table: a view's own Tab-from-cell-to-cell
(``tabKeyNavigation``) keeps the keyboard inside a table of a thousand rows, a
trap. The arrow keys still move between cells, and F2 or typing edits one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def tab_leaves_tables(root: QWidget) -> None:
    """Let Tab leave every table, list and text box under ``root`` (call once it is built).

    A text box would type a tab character instead: a trap too, and no one means one there.
    """
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for text in root.findChildren(QTextEdit):
        text.setTabChangesFocus(True)
