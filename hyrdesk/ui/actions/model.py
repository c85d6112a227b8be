"""The action table: one row per action with its status, due date and measured effect."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hyrdesk.domain.action_effect import Effect
from hyrdesk.domain.actions import Action, ActionStatus, AreaList
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.ui.shell.style import BAD, GOOD, TEXT_MUTED, WARN
from hyrdesk.ui.widgets.choice_labels import choice_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # (action, effect) of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    "title",
    "area",
    "owner_role",
    "decision_level",
    "status",
    "due",
    "indicator",
    "baseline",
    "observed",
    "change",
    "expected",
    "reached",
    "chart",
)
STATUS_COLOURS = {
    ActionStatus.NOT_STARTED: TEXT_MUTED,
    ActionStatus.ONGOING: "#1f5f8b",
    ActionStatus.DONE: GOOD,
    ActionStatus.CANCELLED: "#7a7a7a",
}
HIDDEN_COLUMNS = ("area", "decision_level")
_NUMERIC = {"baseline", "observed", "change", "expected"}


def headers() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("ActionTable", "Åtgärd"),
        "area": QCoreApplication.translate("ActionTable", "Område"),
        "owner_role": QCoreApplication.translate("ActionTable", "Ansvarig roll"),
        "decision_level": QCoreApplication.translate("ActionTable", "Beslutsnivå"),
        "status": QCoreApplication.translate("ActionTable", "Status"),
        "due": QCoreApplication.translate("ActionTable", "Klart senast"),
        "indicator": QCoreApplication.translate("ActionTable", "Indikator"),
        "baseline": QCoreApplication.translate("ActionTable", "Baslinje"),
        "observed": QCoreApplication.translate("ActionTable", "Utfall"),
        "change": QCoreApplication.translate("ActionTable", "Förändring"),
        "expected": QCoreApplication.translate("ActionTable", "Förväntat"),
        "reached": QCoreApplication.translate("ActionTable", "Effekt"),
        "chart": QCoreApplication.translate("ActionTable", "Före → efter"),
    }


def number(value: Decimal | None, money: bool, signed: bool = False) -> str:
    if value is None:
        return "–"
    suffix = "kr" if money else "h"
    if money and abs(value) >= 10000:  # the table's columns are narrow: 123 752 kr as 124 tkr
        value, suffix = value / 1000, "tkr"
    text = format_decimal(value, 0 if money or abs(value) >= 100 or value == value.to_integral_value() else 1)
    if signed and value > 0:
        text = "+" + text
    return f"{text} {suffix}"


def effect_text(effect: Effect | None) -> str:
    if effect is None or effect.indicator is None:
        return "–"
    if effect.reached is None:
        return QCoreApplication.translate("ActionTable", "Ej mätt ännu")
    return (
        QCoreApplication.translate("ActionTable", "Uppnådd")
        if effect.reached
        else QCoreApplication.translate("ActionTable", "Ej uppnådd")
    )


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[Action, Effect | None]] = []
        self.areas: AreaList | None = None
        self.today = _dt.date.today()
        self._headers = headers()

    def set_rows(self, rows, areas: AreaList, today: _dt.date) -> None:
        self.beginResetModel()
        self.rows, self.areas, self.today = list(rows), areas, today
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def action_at(self, row: int) -> Action:
        return self.rows[row][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action, effect = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(action, effect, key)
        if role == SORT_ROLE:
            return self._sort_key(action, effect, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(action, effect, key)
        if role == Qt.ItemDataRole.FontRole and (
            key in ("status", "reached") or (key == "due" and action.overdue(self.today))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "title":
                area = self.areas.name(action.area) if self.areas else action.area
                area_label = QCoreApplication.translate("ActionTable", "Område")
                level_label = QCoreApplication.translate("ActionTable", "Beslutsnivå")
                lines = [
                    action.title,
                    f"{area_label}: {area}",
                    f"{level_label}: {choice_label(action.decision_level)}",
                ]
                if action.line_dialogue:
                    lines.append(QCoreApplication.translate("ActionTable", "Tas i dialog i linjen."))
                if action.note:
                    lines.append(action.note)
                return "\n".join(lines)
            if key in ("due", "status") and action.overdue(self.today):
                return QCoreApplication.translate(
                    "ActionTable", "Klart senast har passerat och åtgärden är varken genomförd eller avbruten."
                )
        return None

    def _text(self, action: Action, effect: Effect | None, key: str) -> str:
        money = action.indicator is not None and action.indicator.is_money
        if key == "title":
            return action.title
        if key == "area":
            return self.areas.name(action.area) if self.areas else action.area
        if key == "owner_role":
            return action.owner_role
        if key == "status" and action.overdue(self.today):
            return choice_label(action.status) + ", " + QCoreApplication.translate("ActionTable", "försenad")
        if key in ("decision_level", "status"):
            return choice_label(getattr(action, key))
        if key == "due":
            return action.due.isoformat()
        if key == "indicator":
            # "Hyrpersonal, timmar/mån" → "Hyrpersonal": the values carry the unit (h, kr).
            return choice_label(action.indicator).split(",")[0] if action.indicator else "–"
        if key == "baseline":
            return number(effect.baseline if effect else None, money)
        if key == "observed":
            return number(effect.observed if effect else None, money)
        if key == "change":
            return number(effect.change if effect else None, money, signed=True)
        if key == "expected":
            return number(action.expected, money, signed=True)
        if key == "reached":
            return effect_text(effect)
        return ""

    def _sort_key(self, action: Action, effect: Effect | None, key: str):
        if key == "status":
            return list(ActionStatus).index(action.status)
        if key == "due":
            return action.due.isoformat()
        if key in ("baseline", "observed", "change"):
            value = getattr(effect, key) if effect else None
            return float(value) if value is not None else float("-inf")
        if key == "expected":
            return float(action.expected) if action.expected is not None else float("-inf")
        return self._text(action, effect, key).lower()

    def _colour(self, action: Action, effect: Effect | None, key: str):
        if key in ("status", "due") and action.overdue(self.today):
            return QBrush(QColor(BAD))
        if key == "status":
            return QBrush(QColor(STATUS_COLOURS[action.status]))
        if key == "reached" and effect is not None:
            if effect.reached is True:
                return QBrush(QColor(GOOD))
            if effect.reached is False:
                return QBrush(QColor(WARN))
            return QBrush(QColor(TEXT_MUTED))
        return None
