"""The two plots of the Hyrkostnader page (pyqtgraph).

* ``CostPlot``: monthly hire cost per report group as stacked bars (tkr, left
  axis) and the R12 line of the total on its own right-hand axis (tkr), so
  the R12 line – twelve times larger – never squashes the bars.
* ``RatioPlot``: the hire ratio (SKR-måttet) per month and R12, in percent,
  with the target as a dashed line.

Both show the exact values of the month under the mouse in a line of text
under the plot, and both can be saved as PNG. This module is imported only
when the page is first shown, so start-up never loads pyqtgraph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.money import Money
from ...domain.numbers import NBSP, format_decimal, format_percent
from ...domain.period import MONTH_ABBREVIATIONS, Period

GROUP_COLOURS = ("#1f7a8c", "#e08a2c", "#8d99a6")  # Läkare, Sjuksköterskor/barnmorskor, Övriga
R12_COLOUR = "#1b2830"
RATIO_COLOUR = "#1f7a8c"
TARGET_COLOUR = "#b3261e"


def exact_kr(m: Money | None) -> str:
    if m is None:
        return "–"
    return m.format_kr(2 if m.ore % 100 else 0)


class SwedishAxis(pg.AxisItem):
    """Numbers with a space between thousands and a decimal comma."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        decimals = max(0, -int(math.floor(math.log10(spacing * scale)))) if spacing > 0 else 0
        return [format_decimal(Decimal(repr(v * scale)), min(decimals, 2)) for v in values]


class MonthAxis(pg.AxisItem):
    """Months on the x axis: x is ``Period.index``; ticks set by ``set_months``."""

    def set_months(self, months: list[Period]) -> None:
        """Up to 13 months: every month, with its year under January and the first month.

        Longer: the years at January, and apr/jul/okt where there is room.
        """
        if not months:
            self.setTicks([[], []])
            return
        if len(months) <= 13:
            major = [
                (p.index, f"{MONTH_ABBREVIATIONS[p.month - 1]}\n{p.year}" if p.month == 1 or i == 0
                 else MONTH_ABBREVIATIONS[p.month - 1])
                for i, p in enumerate(months)
            ]
            minor = []
        else:
            major = [(p.index, str(p.year)) for p in months if p.month == 1]
            if months[0].month != 1:
                major.insert(0, (months[0].index, f"{MONTH_ABBREVIATIONS[months[0].month - 1]}\n{months[0].year}"))
            minor = [(p.index, _MONTH_INITIAL[p.month]) for p in months if p.month in (4, 7, 10)]
        self.setTicks([major, minor])


_MONTH_INITIAL = {4: "apr", 7: "jul", 10: "okt"}


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


class PlotPanel(QWidget):
    """A titled plot with a hover readout and a "Spara som bild…" button."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
        head.addWidget(self.title, 1)
        self.save_button = QPushButton(QCoreApplication.translate("PlotPanel", "Spara som bild…"))
        self.save_button.setAccessibleName(QCoreApplication.translate("PlotPanel", "Spara diagrammet som bild"))
        self.save_button.clicked.connect(self.ask_save)
        head.addWidget(self.save_button)
        lay.addLayout(head)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        lay.addWidget(self.legend)
        self.axis_x = MonthAxis("bottom")
        self.axis_x.setHeight(44)  # room for "jan" with the year under it
        self.axis_left = SwedishAxis("left")
        self.axis_right = SwedishAxis("right")  # shown only by plots that use a second axis
        self.view = pg.PlotWidget(
            axisItems={"bottom": self.axis_x, "left": self.axis_left, "right": self.axis_right}, background="w"
        )
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(200)
        self.plot = self.view.getPlotItem()
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.hideAxis("right")
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen("#3a4750")
            self.plot.getAxis(name).setPen("#9aa5ad")
        lay.addWidget(self.view, 1)
        self.readout = QLabel(" ")
        self.readout.setProperty("role", "muted")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setMinimumHeight(34)
        lay.addWidget(self.readout)
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#9aa5ad", style=Qt.PenStyle.DotLine))
        self.cursor.setZValue(50)
        self.cursor.hide()
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.months: list[Period] = []
        self.file_name = "diagram.png"
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)

    def _mouse_moved(self, pos) -> None:
        if not self.months or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        self.show_month_at(x)

    def show_month_at(self, x: float) -> Period | None:
        """Show the exact values of the month nearest to x; returns that month."""
        if not self.months:
            return None
        i = min(max(round(x), self.months[0].index), self.months[-1].index)
        period = Period.from_index(i)
        self.cursor.setPos(i)
        self.cursor.show()
        self.readout.setText(self.describe(period))
        return period

    def describe(self, period: Period) -> str:  # pragma: no cover - overridden
        return ""

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("PlotPanel", "Spara som bild"), self.file_name,
            QCoreApplication.translate("PlotPanel", "PNG-bild (*.png)"),
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)

    def save_png(self, path: str) -> bool:
        """The plot with its title and legend, as the user sees it."""
        self.cursor.hide()
        ok = self.grab().save(path, "PNG")
        return ok


class CostPlot(PlotPanel):
    def __init__(self, groups: list[str], parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CostPlot", "Hyrkostnad per månad och R12 (tkr)"), parent)
        self.groups = groups
        self.file_name = "hyrkostnad.png"
        self.bars: dict[int, MonthBar] = {}
        self.plot.setLabel("left", QCoreApplication.translate("CostPlot", "per månad, tkr"))
        self.plot.showAxis("right")
        self.axis_right.setTextPen(R12_COLOUR)
        self.axis_right.setPen("#9aa5ad")
        self.plot.setLabel("right", QCoreApplication.translate("CostPlot", "R12, tkr"))
        self.r12_box = pg.ViewBox()
        self.r12_box.setMouseEnabled(x=False, y=False)
        self.plot.scene().addItem(self.r12_box)
        self.axis_right.linkToView(self.r12_box)
        self.r12_box.setXLink(self.plot)
        self.plot.getViewBox().sigResized.connect(self._sync_views)
        self.legend.setText(legend_html(
            [(GROUP_COLOURS[i % len(GROUP_COLOURS)], "\u25a0", g) for i, g in enumerate(groups)]
            + [(R12_COLOUR, "\u2501", QCoreApplication.translate("CostPlot", "R12 totalt (höger skala)"))]
        ))
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
        for gi, group in enumerate(self.groups):
            heights = [_tkr(b.by_group[gi]) for b in bars]
            colour = GROUP_COLOURS[gi % len(GROUP_COLOURS)]
            item = pg.BarGraphItem(x=xs, height=heights, y0=list(bottoms), width=0.72,
                                   brush=colour, pen=pg.mkPen(colour))
            self.plot.addItem(item)
            self.bar_items.append(item)
            bottoms = [b + h for b, h in zip(bottoms, heights)]
        r12 = [math.nan if b.r12 is None else _tkr(b.r12) for b in bars]
        self.r12_curve.setData(xs, r12)
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            top = max([*bottoms, 1.0])
            self.plot.setYRange(min(0.0, *bottoms), top * 1.08, padding=0)
            finite = [v for v in r12 if not math.isnan(v)]
            if finite:
                self.r12_box.setYRange(min(0.0, *finite), max(finite) * 1.08 or 1.0, padding=0)
        self._sync_views()
        self.cursor.hide()
        self.readout.setText(QCoreApplication.translate("CostPlot", "Peka på en månad för att se exakta belopp."))

    def describe(self, period: Period) -> str:
        bar = self.bars.get(period.index)
        if bar is None:
            return ""
        if bar.total is None:
            return QCoreApplication.translate("CostPlot", "<b>{0}</b>: inga belopp registrerade").format(period.label())
        parts = [f"{g}{NBSP}{exact_kr(m)}" for g, m in zip(self.groups, bar.by_group)]
        total = QCoreApplication.translate("CostPlot", "totalt {0}").format(exact_kr(bar.total))
        r12 = QCoreApplication.translate("CostPlot", "R12 {0}").format(exact_kr(bar.r12) if bar.r12 else "–")
        return f"<b>{period.label()}</b>: " + " · ".join(parts) + f" · <b>{total}</b> · {r12}"


class RatioPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("RatioPlot", "Andel hyrkostnad (SKR-måttet), %"), parent)
        self.file_name = "andel-hyrkostnad.png"
        self.ratios: dict[int, MonthRatio] = {}
        self.target = Decimal(2)
        self.plot.setLabel("left", "%")
        self.monthly = pg.PlotDataItem(
            pen=pg.mkPen(RATIO_COLOUR, width=1.2), symbol="o", symbolSize=5, symbolBrush=RATIO_COLOUR,
            symbolPen=None, connect="finite",
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
        self.legend.setText(legend_html([
            (RATIO_COLOUR, "\u2022\u2500\u2022", QCoreApplication.translate("RatioPlot", "per månad")),
            (R12_COLOUR, "\u2501", QCoreApplication.translate("RatioPlot", "R12")),
            (TARGET_COLOUR, "\u2504", QCoreApplication.translate("RatioPlot", "mål")),
        ]))

    def set_data(self, ratios: list[MonthRatio], target: Decimal) -> None:
        self.target = target
        self.ratios = {r.period.index: r for r in ratios}
        self.months = [r.period for r in ratios]
        self.axis_x.set_months(self.months)
        xs = [r.period.index for r in ratios]
        monthly = [math.nan if r.monthly is None else float(r.monthly) for r in ratios]
        r12 = [math.nan if r.r12 is None else float(r.r12) for r in ratios]
        self.monthly.setData(xs, monthly)
        self.r12.setData(xs, r12)
        self.target_line.setPos(float(target))
        self.target_label.setText(QCoreApplication.translate("RatioPlot", "mål {0}").format(format_percent(target)))
        if xs:
            self.plot.setXRange(xs[0] - 0.6, xs[-1] + 0.6, padding=0)
            finite = [v for v in monthly + r12 if not math.isnan(v)]
            top = max([*finite, float(target)]) * 1.22
            self.plot.setYRange(min(0.0, *finite) if finite else 0.0, top, padding=0)
            self.target_label.setPos(xs[0] - 0.4, float(target))
        self.cursor.hide()
        self.readout.setText(QCoreApplication.translate("RatioPlot", "Peka på en månad för att se exakta värden."))

    def describe(self, period: Period) -> str:
        r = self.ratios.get(period.index)
        if r is None:
            return ""
        return QCoreApplication.translate("RatioPlot", "<b>{0}</b>: per månad {1} · R12 {2} · mål {3}").format(
            period.label(), format_percent(r.monthly, 2), format_percent(r.r12, 2), format_percent(self.target)
        )


def legend_html(entries: list[tuple[str, str, str]]) -> str:
    """(colour, symbol, text) → one line of coloured symbols and their texts."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{colour}; font-weight:700">{symbol}</span>&nbsp;{text}' for colour, symbol, text in entries
    )


def _tkr(m: Money | None) -> float:
    """For drawing only: tkr as a float (the exact amounts are in the readout and the table)."""
    return 0.0 if m is None else m.ore / 100_000
