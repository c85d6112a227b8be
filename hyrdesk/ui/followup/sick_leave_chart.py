"""Sick leave % per month beside the gap hours caused by unplanned absence (pyqtgraph).

Import only when the page is first shown: start-up never loads pyqtgraph.
"""

from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hyrdesk.domain.numbers import format_decimal, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.ui.widgets.months import month_long_label
from hyrdesk.ui.widgets.plots import PlotPanel, legend_html

SICK_COLOUR = "#7a3e9d"
GAP_COLOUR = "#8fb3c9"
NBSP = "\u00a0"


class SickLeaveChart(PlotPanel):
    """Bars: gap hours with the cause "oplanerad frånvaro" (left axis). Line: sick leave % (right axis)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("SickLeaveChart", "Sjukfrånvaro och luckor vid oplanerad frånvaro"), parent
        )
        self.file_name = "sjukfranvaro.png"
        self.plot.setLabel("left", QCoreApplication.translate("SickLeaveChart", "lucktimmar"))
        self.plot.showAxis("right")
        self.plot.setLabel("right", QCoreApplication.translate("SickLeaveChart", "sjukfrånvaro %"))
        self.right = pg.ViewBox()
        self.plot.scene().addItem(self.right)
        self.right.setZValue(1000)  # the line in front of the bars (the plot item sits at a high z)
        self.plot.getAxis("right").linkToView(self.right)
        self.right.setXLink(self.plot)
        self.plot.getViewBox().sigResized.connect(self._sync)
        self.items: list = []
        self.data: dict[int, tuple[Decimal, Decimal | None]] = {}

    def _sync(self) -> None:
        self.right.setGeometry(self.plot.getViewBox().sceneBoundingRect())

    def set_data(self, months: list[Period], gap_hours: list[Decimal], sick_pct: list[Decimal | None]) -> None:
        for item in self.items:
            (self.right if isinstance(item, pg.PlotDataItem) else self.plot).removeItem(item)
        self.items = []
        self.months = months
        self.data = {p.index: (h, s) for p, h, s in zip(months, gap_hours, sick_pct)}
        self.axis_x.set_months(months)
        xs = [p.index for p in months]
        bars = pg.BarGraphItem(
            x=xs, height=[float(h) for h in gap_hours], width=0.6, brush=GAP_COLOUR, pen=pg.mkPen(GAP_COLOUR)
        )
        self.plot.addItem(bars)
        self.items.append(bars)
        known = [(x, float(s)) for x, s in zip(xs, sick_pct) if s is not None]
        if known:
            line = pg.PlotDataItem(
                [x for x, _ in known],
                [s for _, s in known],
                pen=pg.mkPen(SICK_COLOUR, width=2.5),
                symbol="o",
                symbolSize=6,
                symbolBrush=SICK_COLOUR,
                symbolPen=SICK_COLOUR,
            )
            self.right.addItem(line)
            self.items.append(line)
            self.right.setYRange(0.0, max(s for _, s in known) * 1.15 or 1.0, padding=0)
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            self.plot.setYRange(0.0, max([float(h) for h in gap_hours] + [1.0]) * 1.1, padding=0)
        self.legend.setText(
            legend_html(
                [
                    (
                        GAP_COLOUR,
                        "\u25a0",
                        QCoreApplication.translate("SickLeaveChart", "lucktimmar, oplanerad frånvaro"),
                    ),
                    (SICK_COLOUR, "\u25cf", QCoreApplication.translate("SickLeaveChart", "sjukfrånvaro %")),
                ]
            )
        )
        self.hover_line.hide()
        self.readout.setText(QCoreApplication.translate("SickLeaveChart", "Peka på en månad för att se värdena."))
        self._sync()

    def describe(self, period: Period) -> str:
        hours, pct = self.data.get(period.index, (Decimal(0), None))
        return f"<b>{month_long_label(period)}</b>: " + QCoreApplication.translate(
            "SickLeaveChart", "sjukfrånvaro {0} · lucktimmar vid oplanerad frånvaro {1}{2}h"
        ).format(format_percent(pct), format_decimal(hours, 1), NBSP)
