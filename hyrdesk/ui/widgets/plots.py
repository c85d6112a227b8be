"""Plot plumbing shared by the Hyrkostnader and Bemanningsluckor pages (pyqtgraph).

``PlotPanel`` is a titled plot over months with a legend line, a month axis,
Swedish numbers on the value axes, a hover readout and "Spara som bild…";
``legend_html`` writes its legend. Subclasses draw the data and say what a
month holds (``describe``). Import this only when a plot is first shown, so
start-up never loads pyqtgraph.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hyrdesk.domain.numbers import format_decimal
from hyrdesk.domain.period import Period
from hyrdesk.ui.widgets.months import month_abbreviation


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
                (
                    p.index,
                    f"{month_abbreviation(p.month)}\n{p.year}"
                    if p.month == 1 or i == 0
                    else month_abbreviation(p.month),
                )
                for i, p in enumerate(months)
            ]
            minor = []
        else:
            major = [(p.index, str(p.year)) for p in months if p.month == 1]
            if months[0].month != 1:
                major.insert(0, (months[0].index, f"{month_abbreviation(months[0].month)}\n{months[0].year}"))
            minor = [(p.index, month_abbreviation(p.month)) for p in months if p.month in (4, 7, 10)]
        self.setTicks([major, minor])


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
        self.title.setWordWrap(True)  # a narrow window wraps the title rather than widening the page
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
            # The pen first: setPen also colours the axis title, setTextPen makes it dark again
            # (the grey title was 2.5:1 on white).
            self.plot.getAxis(name).setPen("#9aa5ad")
            self.plot.getAxis(name).setTextPen("#3a4750")
        lay.addWidget(self.view, 1)
        self.readout = QLabel(" ")
        self.readout.setProperty("role", "muted")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setMinimumHeight(34)
        lay.addWidget(self.readout)
        self.hover_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#9aa5ad", style=Qt.PenStyle.DotLine))
        self.hover_line.setZValue(50)
        self.hover_line.hide()
        self.plot.addItem(self.hover_line, ignoreBounds=True)
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
        self.hover_line.setPos(i)
        self.hover_line.show()
        self.readout.setText(self.describe(period))
        return period

    def describe(self, period: Period) -> str:  # pragma: no cover - overridden
        return ""

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PlotPanel", "Spara som bild"),
            self.file_name,
            QCoreApplication.translate("PlotPanel", "PNG-bild (*.png)"),
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)

    def save_png(self, path: str) -> bool:
        """The plot with its title and legend, as the user sees it."""
        self.hover_line.hide()
        ok = self.grab().save(path, "PNG")
        return ok


def legend_html(entries: list[tuple[str, str, str]]) -> str:
    """(colour, symbol, text) → one line of coloured symbols and their texts."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{colour}; font-weight:700">{symbol}</span>&nbsp;{text}' for colour, symbol, text in entries
    )


def stacked_bars(xs: list, heights: list[float], bottoms: list[float], colour: str):
    """One layer of a stacked bar chart, without its empty months.

    A zero-height bar still has an outline: drawn, it is a thin sliver that reads as
    a little of the layer (a month with 0 h looked "Ej täckt"). ``None`` when every
    month is empty.
    """
    keep = [i for i, h in enumerate(heights) if h]
    if not keep:
        return None
    return pg.BarGraphItem(
        x=[xs[i] for i in keep],
        height=[heights[i] for i in keep],
        y0=[bottoms[i] for i in keep],
        width=0.72,
        brush=colour,
        pen=pg.mkPen(colour),
    )
