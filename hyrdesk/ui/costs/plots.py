"""The two plots of the Hyrkostnader page (pyqtgraph).

* ``CostPlot``: monthly hire cost per report group as stacked bars (tkr, left
  axis) and the R12 line of the total on its own right-hand axis (tkr), so
  the R12 line – twelve times larger – never squashes the bars.
* ``RatioPlot``: the hire ratio (SKR-måttet) per month and R12, in percent,
  with the target as a dashed line.

Both are ``PlotPanel``s (``ui/widgets/plots.py``): they show the exact values of the
month under the mouse in a line of text under the plot, and both can be saved
as PNG. This module is imported only when the page is first shown, so
start-up never loads pyqtgraph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QWidget

from hyrdesk.domain.money import Money
from hyrdesk.domain.numbers import NBSP, format_percent
from hyrdesk.domain.period import Period
from hyrdesk.ui.widgets.choice_labels import report_group_label
from hyrdesk.ui.widgets.months import month_label
from hyrdesk.ui.widgets.plots import PlotPanel, legend_html, stacked_bars

GROUP_COLOURS = ("#1f7a8c", "#e08a2c", "#8d99a6")  # Läkare, Sjuksköterskor/barnmorskor, Övriga
R12_COLOUR = "#1b2830"
RATIO_COLOUR = "#1f7a8c"
TARGET_COLOUR = "#b3261e"


def exact_kr(m: Money | None) -> str:
    if m is None:
        return "–"
    return m.format_kr(2 if m.ore % 100 else 0)


@dataclass
class MonthBar:
    period: Period
    by_group: list[Money | None]  # hire per report group, in order
    total: Money | None
    r12: Money | None


@dataclass
class MonthRatio:
    period: Period
    monthly: Decimal | None
    r12: Decimal | None


class CostPlot(PlotPanel):
    def __init__(self, groups: list[str], parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CostPlot", "Hyrkostnad per månad och R12 (tkr)"), parent)
        self.groups = [report_group_label(g) for g in groups]  # shown, in the UI language
        self.file_name = "hyrkostnad.png"
        self.bars: dict[int, MonthBar] = {}
        self.plot.setLabel("left", QCoreApplication.translate("CostPlot", "per månad, tkr"))
        self.plot.showAxis("right")
        self.axis_right.setPen("#9aa5ad")
        self.axis_right.setTextPen(R12_COLOUR)  # after setPen, which colours the title too
        self.plot.setLabel("right", QCoreApplication.translate("CostPlot", "R12, tkr"))
        self.r12_box = pg.ViewBox()
        self.r12_box.setMouseEnabled(x=False, y=False)
        self.plot.scene().addItem(self.r12_box)
        self.axis_right.linkToView(self.r12_box)
        self.r12_box.setXLink(self.plot)
        self.plot.getViewBox().sigResized.connect(self._sync_views)
        self.legend.setText(
            legend_html(
                [(GROUP_COLOURS[i % len(GROUP_COLOURS)], "\u25a0", g) for i, g in enumerate(self.groups)]
                + [(R12_COLOUR, "\u2501", QCoreApplication.translate("CostPlot", "R12 totalt (höger skala)"))]
            )
        )
        self.bar_items: list[pg.BarGraphItem] = []
        self.r12_curve = pg.PlotDataItem(pen=pg.mkPen(R12_COLOUR, width=2.5), connect="finite")
        self.r12_box.addItem(self.r12_curve)

    def _sync_views(self) -> None:
        self.r12_box.setGeometry(self.plot.getViewBox().sceneBoundingRect())
        self.r12_box.linkedViewChanged(self.plot.getViewBox(), self.r12_box.XAxis)

    def set_data(self, bars: list[MonthBar]) -> None:
        for item in self.bar_items:
            self.plot.removeItem(item)
        self.bar_items = []
        self.bars = {b.period.index: b for b in bars}
        self.months = [b.period for b in bars]
        self.axis_x.set_months(self.months)
        xs = [b.period.index for b in bars]
        bottoms = [0.0] * len(bars)
        for gi in range(len(self.groups)):
            heights = [_tkr(b.by_group[gi]) for b in bars]
            colour = GROUP_COLOURS[gi % len(GROUP_COLOURS)]
            item = stacked_bars(xs, heights, bottoms, colour)
            if item is not None:
                self.plot.addItem(item)
                self.bar_items.append(item)
            bottoms = [b + h for b, h in zip(bottoms, heights)]
        r12 = [math.nan if b.r12 is None else _tkr(b.r12) for b in bars]
        self.r12_curve.setData(*_drawable(xs, r12))
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            top = max([*bottoms, 1.0])
            self.plot.setYRange(min(0.0, *bottoms), top * 1.08, padding=0)
            finite = [v for v in r12 if not math.isnan(v)]
            if finite:
                self.r12_box.setYRange(min(0.0, *finite), max(finite) * 1.08 or 1.0, padding=0)
        self._sync_views()
        self.hover_line.hide()
        self.readout.setText(QCoreApplication.translate("CostPlot", "Peka på en månad för att se exakta belopp."))

    def describe(self, period: Period) -> str:
        bar = self.bars.get(period.index)
        if bar is None:
            return ""
        if bar.total is None:
            return QCoreApplication.translate("CostPlot", "<b>{0}</b>: inga belopp registrerade").format(
                month_label(period)
            )
        parts = [f"{g}{NBSP}{exact_kr(m)}" for g, m in zip(self.groups, bar.by_group)]
        total = QCoreApplication.translate("CostPlot", "totalt {0}").format(exact_kr(bar.total))
        r12 = QCoreApplication.translate("CostPlot", "R12 {0}").format(exact_kr(bar.r12) if bar.r12 else "–")
        return f"<b>{month_label(period)}</b>: " + " · ".join(parts) + f" · <b>{total}</b> · {r12}"


class RatioPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("RatioPlot", "Andel hyrkostnad (SKR-måttet), %"), parent)
        self.file_name = "andel-hyrkostnad.png"
        self.ratios: dict[int, MonthRatio] = {}
        self.target = Decimal(2)
        self.plot.setLabel("left", "%")
        self.monthly = pg.PlotDataItem(
            pen=pg.mkPen(RATIO_COLOUR, width=1.2),
            symbol="o",
            symbolSize=5,
            symbolBrush=RATIO_COLOUR,
            symbolPen=None,
            connect="finite",
        )
        self.r12 = pg.PlotDataItem(pen=pg.mkPen(R12_COLOUR, width=2.8), connect="finite")
        target_pen = QPen(QColor(TARGET_COLOUR))
        target_pen.setWidthF(1.8)
        target_pen.setStyle(Qt.PenStyle.DashLine)
        target_pen.setCosmetic(True)
        self.target_line = pg.InfiniteLine(angle=0, movable=False, pen=target_pen)
        self.target_label = pg.TextItem(color=TARGET_COLOUR, anchor=(0, 1))
        font = QFont()
        font.setBold(True)
        self.target_label.setFont(font)
        for item in (self.monthly, self.r12, self.target_line):
            self.plot.addItem(item)
        self.plot.addItem(self.target_label, ignoreBounds=True)
        self.legend.setText(
            legend_html(
                [
                    (RATIO_COLOUR, "\u2022\u2500\u2022", QCoreApplication.translate("RatioPlot", "per månad")),
                    (R12_COLOUR, "\u2501", QCoreApplication.translate("RatioPlot", "R12")),
                    (TARGET_COLOUR, "\u2504", QCoreApplication.translate("RatioPlot", "mål")),
                ]
            )
        )

    def set_data(self, ratios: list[MonthRatio], target: Decimal) -> None:
        self.target = target
        self.ratios = {r.period.index: r for r in ratios}
        self.months = [r.period for r in ratios]
        self.axis_x.set_months(self.months)
        xs = [r.period.index for r in ratios]
        monthly = [math.nan if r.monthly is None else float(r.monthly) for r in ratios]
        r12 = [math.nan if r.r12 is None else float(r.r12) for r in ratios]
        self.monthly.setData(*_drawable(xs, monthly))
        self.r12.setData(*_drawable(xs, r12))
        self.target_line.setPos(float(target))
        self.target_label.setText(QCoreApplication.translate("RatioPlot", "mål {0}").format(format_percent(target)))
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            finite = [v for v in monthly + r12 if not math.isnan(v)]
            top = max([*finite, float(target)]) * 1.22
            self.plot.setYRange(min(0.0, *finite) if finite else 0.0, top, padding=0)
            self.target_label.setPos(xs[0] - 0.4, float(target))
        self.hover_line.hide()
        self.readout.setText(QCoreApplication.translate("RatioPlot", "Peka på en månad för att se exakta värden."))

    def describe(self, period: Period) -> str:
        r = self.ratios.get(period.index)
        if r is None:
            return ""
        return QCoreApplication.translate("RatioPlot", "<b>{0}</b>: per månad {1} · R12 {2} · mål {3}").format(
            month_label(period), format_percent(r.monthly, 2), format_percent(r.r12, 2), format_percent(self.target)
        )


def _drawable(xs: list, ys: list[float]) -> tuple[list, list[float]]:
    """A series with nothing to draw (every value undefined) as no points: pyqtgraph would warn
    on an all-NaN series (numpy: "All-NaN slice encountered")."""
    return (xs, ys) if any(not math.isnan(v) for v in ys) else ([], [])


def _tkr(m: Money | None) -> float:
    """For drawing only: tkr as a float (the exact amounts are in the readout and the table)."""
    return 0.0 if m is None else m.ore / 100_000
