"""Gap hours per month as stacked bars, by coverage (or by cause), with the values on hover.

Built on the shared plot panel (ui/widgets/plots.py: title, legend, month axis,
readout line, "Spara som bild…"); pointing at a month also shows its values
in a tooltip. Imported only when the summary is first shown: start-up never
loads pyqtgraph.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from hyrdesk.domain.gap_summary import MonthHours
from hyrdesk.domain.gaps import Cause, Coverage, format_hours
from hyrdesk.domain.numbers import NBSP, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.ui.widgets.choice_labels import choice_label
from hyrdesk.ui.widgets.months import month_label, month_long_label
from hyrdesk.ui.widgets.plots import PlotPanel, legend_html, stacked_bars

COVERAGE_COLOURS = {
    Coverage.OWN_STAFF: "#1f7a8c",
    Coverage.HOURLY: "#7fb7c2",
    Coverage.POOL: "#8d99a6",
    Coverage.HIRED: "#e08a2c",
    Coverage.UNCOVERED: "#b3261e",
}
CAUSE_COLOURS = {
    Cause.VACANCY: "#5a4b8a",
    Cause.PLANNED: "#1f7a8c",
    Cause.UNPLANNED: "#e08a2c",
    Cause.CARE_NEED: "#c0587e",
    Cause.OTHER: "#8d99a6",
}


class GapChart(PlotPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("GapChart", "Lucktimmar per månad"), parent)
        self.file_name = "bemanningsluckor.png"
        self.plot.setLabel("left", QCoreApplication.translate("GapChart", "timmar"))
        self.bar_items: list[pg.BarGraphItem] = []
        self.by_index: dict[int, MonthHours] = {}
        self.dimension = "coverage"

    def members(self):
        return list(Coverage) if self.dimension == "coverage" else list(Cause)

    def colours(self) -> dict:
        return COVERAGE_COLOURS if self.dimension == "coverage" else CAUSE_COLOURS

    def values(self, month: MonthHours) -> Mapping[Coverage, int] | Mapping[Cause, int]:
        return month.by_coverage if self.dimension == "coverage" else month.by_cause

    def set_data(self, months: list[MonthHours], dimension: str = "coverage") -> None:
        self.dimension = dimension
        if dimension == "coverage":
            self.title.setText(QCoreApplication.translate("GapChart", "Lucktimmar per månad och täckning"))
        else:
            self.title.setText(QCoreApplication.translate("GapChart", "Lucktimmar per månad och orsak"))
        for item in self.bar_items:
            self.plot.removeItem(item)
        self.bar_items = []
        self.by_index = {m.period.index: m for m in months}
        self.months = [m.period for m in months]
        self.axis_x.set_months(self.months)
        xs = [p.index for p in self.months]
        bottoms = [0.0] * len(months)
        colours = self.colours()
        for member in self.members():
            heights = [self.values(m)[member] / 60 for m in months]
            item = stacked_bars(xs, heights, bottoms, colours[member])
            if item is not None:
                self.plot.addItem(item)
                self.bar_items.append(item)
            bottoms = [b + h for b, h in zip(bottoms, heights)]
        self.legend.setText(legend_html([(colours[m], "\u25a0", choice_label(m)) for m in self.members()]))
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            self.plot.setYRange(0.0, max([*bottoms, 1.0]) * 1.08, padding=0)
        self.hover_line.hide()
        self.readout.setText(QCoreApplication.translate("GapChart", "Peka på en månad för att se timmarna."))

    def describe(self, period: Period) -> str:
        month = self.by_index.get(period.index)
        if month is None:
            return ""
        if month.total == 0:
            return QCoreApplication.translate("GapChart", "<b>{0}</b>: inga luckor").format(month_label(period))
        colours = self.colours()
        parts = [
            f'<span style="color:{colours[m]}">\u25a0</span>{NBSP}{choice_label(m)}{NBSP}{format_hours(v, 1)}{NBSP}h'
            for m, v in self.values(month).items()
            if v
        ]
        total = QCoreApplication.translate("GapChart", "totalt {0} h").format(format_hours(month.total, 1))
        share = QCoreApplication.translate("GapChart", "hyrpersonal {0}").format(format_percent(month.hire_share_pct))
        return f"<b>{month_long_label(period)}</b>: " + " · ".join(parts) + f" · <b>{total}</b> · {share}"

    def tooltip_at(self, x: float) -> str:
        """The tooltip for the month nearest to x (what hovering there shows)."""
        period = self.show_month_at(x)
        return "" if period is None else self.describe(period).replace(" · ", "<br>").replace(": ", ":<br>", 1)

    def _mouse_moved(self, pos) -> None:
        if not self.months or not self.plot.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        QToolTip.showText(QCursor.pos(), self.tooltip_at(x), self.view)
