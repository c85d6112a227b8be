"""Before → after, drawn small: in the table (two bars and the target) and for the selected action (by month).

Plain QPainter rather than pyqtgraph: a dozen tiny charts in table cells cost
nothing to draw and never load the plotting library.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from hyrdesk.domain.action_effect import Effect
from hyrdesk.domain.actions import Action
from hyrdesk.domain.numbers import format_decimal
from hyrdesk.ui.actions.model import ROW_ROLE
from hyrdesk.ui.shell.style import ACCENT, GOOD, TEXT_MUTED, WARN
from hyrdesk.ui.widgets.months import month_abbreviation

BEFORE = QColor("#b8c4c9")


def _after_colour(effect: Effect) -> QColor:
    if effect.reached is True:
        return QColor(GOOD)
    if effect.reached is False:
        return QColor(WARN)
    return QColor(ACCENT)


def _target(action: Action, effect: Effect) -> Decimal | None:
    if effect.baseline is None or action.expected is None:
        return None
    return max(Decimal(0), effect.baseline + action.expected)


class BeforeAfterDelegate(QStyledItemDelegate):
    """Two bars, before (grey) and after (green when the effect is reached), and a mark at the target."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        row = index.data(ROW_ROLE)
        if not row:
            return
        action, effect = row
        if effect is None or effect.baseline is None:
            return
        values = [v for v in (effect.baseline, effect.observed, _target(action, effect)) if v is not None]
        top = max(values) or Decimal(1)
        r = QRectF(option.rect).adjusted(6, 5, -6, -5)
        bar_h = (r.height() - 3) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BEFORE)
        painter.drawRoundedRect(QRectF(r.left(), r.top(), float(effect.baseline / top) * r.width(), bar_h), 2, 2)
        if effect.observed is not None:
            painter.setBrush(_after_colour(effect))
            width = max(1.5, float(effect.observed / top) * r.width())
            painter.drawRoundedRect(QRectF(r.left(), r.top() + bar_h + 3, width, bar_h), 2, 2)
        target = _target(action, effect)
        if target is not None:
            x = r.left() + float(target / top) * r.width()
            painter.setPen(QPen(QColor("#22303a"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, r.top() - 2), QPointF(x, r.bottom() + 2))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(120, 30)


class EffectChart(QWidget):
    """The selected action's indicator month by month: the baseline window grey, the observed months in colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(170)
        self.action: Action | None = None
        self.effect: Effect | None = None
        self.setAccessibleName(QCoreApplication.translate("ActionChart", "Före och efter för vald åtgärd"))

    def show_effect(self, action: Action | None, effect: Effect | None) -> None:
        self.action, self.effect = action, effect
        self.update()

    def _message(self) -> str | None:
        e = self.effect
        if self.action is None:
            return QCoreApplication.translate(
                "ActionChart", "Välj en åtgärd i tabellen för att se effekten månad för månad."
            )
        if e is None or e.indicator is None:
            return QCoreApplication.translate("ActionChart", "Åtgärden har ingen indikator och ingen mätbar effekt.")
        if not e.values:
            return QCoreApplication.translate("ActionChart", "Det finns inga uppgifter för baslinjen ännu.")
        return None

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        message = self._message()
        if message:
            p.setPen(QColor(TEXT_MUTED))
            p.drawText(
                self.rect().adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message
            )
            return
        e, a = self.effect, self.action
        if e is None or a is None or a.indicator is None:
            return
        money = a.indicator.is_money
        months = list(e.baseline_months) + [m for m in e.observed_months if m not in e.baseline_months]
        months.sort()
        first = months[0]
        span = months[-1].index - first.index + 1
        values = list(e.values.values()) + [v for v in (e.baseline, e.observed, _target(a, e)) if v is not None]
        top = float(max(values) or 1) * 1.15
        fm = p.fontMetrics()
        plot = QRectF(self.rect()).adjusted(48, 10, -12, -(fm.height() + 10))
        slot = plot.width() / max(span, 1)
        # axis labels: zero and the top
        p.setPen(QColor(TEXT_MUTED))
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.drawText(
                QRectF(0, y - 8, 44, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_decimal(Decimal(repr(top * frac)), 0),
            )
            p.setPen(QPen(QColor("#e6eaec"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(TEXT_MUTED))
        observed = set(e.observed_months)
        for i in range(span):
            m = first + i
            x = plot.left() + i * slot
            if m in e.values:
                h = float(e.values[m]) / top * plot.height()
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(_after_colour(e) if m in observed else BEFORE)
                p.drawRoundedRect(QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h), 2, 2)
            p.setPen(QColor(TEXT_MUTED))
            p.drawText(
                QRectF(x, plot.bottom() + 2, slot, fm.height() + 4),
                Qt.AlignmentFlag.AlignHCenter,
                month_abbreviation(m.month),
            )

        unit = " kr" if money else " h"

        def y_of(value: Decimal) -> float:
            return plot.bottom() - float(value) / top * plot.height()

        def hline(value, colour, style, x0, x1, label, left_label=False, label_dy=0.0):
            y = y_of(value)
            p.setPen(QPen(QColor(colour), 2, style))
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            text = f"{label} {format_decimal(value, 0 if money or value >= 100 else 1)}{unit}"
            p.setPen(QColor(colour))
            if left_label:  # right-aligned just before the line, so it never covers the bars
                box = QRectF(x0 - 164, y + label_dy - fm.height() / 2, 160, fm.height())
                p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            else:
                p.drawText(
                    QRectF(x0, y - fm.height() - 1, max(x1 - x0, 160), fm.height()), Qt.AlignmentFlag.AlignLeft, text
                )

        b0 = plot.left() + (e.baseline_months[0].index - first.index) * slot
        b1 = plot.left() + (e.baseline_months[-1].index - first.index + 1) * slot
        if e.baseline is not None:
            hline(
                e.baseline, "#5b6770", Qt.PenStyle.SolidLine, b0, b1, QCoreApplication.translate("ActionChart", "före")
            )
        if e.observed_months:
            o0 = plot.left() + (e.observed_months[0].index - first.index) * slot
            o1 = plot.left() + (e.observed_months[-1].index - first.index + 1) * slot
            target = _target(a, e)
            if target is not None:
                hline(
                    target,
                    "#22303a",
                    Qt.PenStyle.DashLine,
                    o0,
                    o1,
                    QCoreApplication.translate("ActionChart", "mål"),
                    left_label=True,
                )
            if e.observed is not None:
                # Both labels sit left of the observed months; when the lines are close, the
                # observed label moves a line away from the target's.
                dy = 0.0
                if target is not None and abs(y_of(e.observed) - y_of(target)) < fm.height() + 2:
                    away = fm.height() + 2 - abs(y_of(e.observed) - y_of(target))
                    dy = away if y_of(e.observed) >= y_of(target) else -away
                hline(
                    e.observed,
                    _after_colour(e).name(),
                    Qt.PenStyle.SolidLine,
                    o0,
                    o1,
                    QCoreApplication.translate("ActionChart", "efter"),
                    left_label=True,
                    label_dy=dy,
                )
