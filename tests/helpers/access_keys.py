"""The access keys (the underlined letters, Alt+letter) a window shows at once, to find clashes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QTabWidget, QWidget

_KEY = re.compile(r"&([^&\s])")


def _key(text: str) -> str | None:
    m = _KEY.search((text or "").replace("&&", ""))
    return m.group(1).casefold() if m else None


def clashing_access_keys(window: QMainWindow) -> dict[str, list[str]]:
    """Each letter used by more than one visible menu, button, label or tab, with the texts using it."""
    texts = [a.text() for a in window.menuBar().actions()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QAbstractButton, QLabel)):
            texts.append(w.text())
        if isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
    used: dict[str, list[str]] = {}
    for t in texts:
        k = _key(t)
        if k:
            used.setdefault(k, []).append(t)
    return {k: v for k, v in used.items() if len(v) > 1}
