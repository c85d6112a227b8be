"""The look: a calm, light style on top of Fusion, the same on every platform."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f7a8c"
ACCENT_DARK = "#145866"
TEXT_MUTED = "#5b6770"
GOOD = "#276b43"  # 5.7:1 on the grey of computed cells too
WARN = "#8f5500"  # 5.5:1 on the page and on the grey of computed cells (was 4.1:1)
BAD = "#b3261e"

STYLESHEET = f"""
QListWidget#navigation {{
    background: #f2f5f6; border: none; border-right: 1px solid #d9e0e3;
    font-size: 10.5pt; padding-top: 8px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 10px; border-radius: 6px; margin: 1px 8px; color: #22303a; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #e2eaec; }}
QLabel[role="page-title"] {{ font-size: 17pt; font-weight: 600; color: #1b2830; }}
QLabel[role="page-subtitle"] {{ color: {TEXT_MUTED}; font-size: 10pt; }}
QLabel[role="muted"] {{ color: {TEXT_MUTED}; }}
QLabel[role="field-error"] {{ color: {BAD}; }}
QFrame[role="card"] {{ background: white; border: 1px solid #dde3e6; border-radius: 10px; }}
QLabel[role="card-title"] {{ color: {TEXT_MUTED}; font-size: 9.5pt; }}
QLabel[role="card-value"] {{ font-size: 18pt; font-weight: 600; color: #1b2830; }}
QLabel[role="card-detail"] {{ color: {TEXT_MUTED}; font-size: 9pt; }}
QLabel[role="demo-banner"] {{ background: #fff4d6; color: #6b4e00; padding: 6px 12px; border-bottom: 1px solid #f0d98c; }}
QLabel[role="warning-banner"] {{ background: #fde8e6; color: #7a1c12; padding: 6px 12px; border-bottom: 1px solid #f1b8b0; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    border-radius: 5px; padding: 6px 16px; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #0b2f37; outline: 1px dotted white; }}
QFrame[role="card"]:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="primary"]:disabled {{ background: #e3ebed; border-color: #c5d0d4; color: #4f5d66; }}
"""


def style_applied(app: QApplication) -> bool:
    """Whether ``apply_style`` has already styled ``app`` (Qt keeps the style sheet; nothing of ours is stored)."""
    return app.styleSheet() == STYLESHEET


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fafbfb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT_DARK))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
