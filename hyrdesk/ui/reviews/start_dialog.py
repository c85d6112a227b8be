"""Starta en översyn: choose the template (built in, the shared folder's, or a file) and where to start from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hyrdesk.domain.review import Review
from hyrdesk.domain.review_template import Template
from hyrdesk.errors import UserError
from hyrdesk.services.reviews.templates import load_template_file
from hyrdesk.ui.shell.style import WARN


def show_template_problems(parent: QWidget, problems: list[UserError]) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StartReviewDialog", "Mallar som inte kan användas"))
    box.setText(
        QCoreApplication.translate(
            "StartReviewDialog", "{0} mallfiler kunde inte läsas. Visa detaljer för vad som är fel i varje fil."
        ).format(len(problems))
    )
    box.setDetailedText("\n\n".join(p.message for p in problems))
    box.exec()


class StartReviewDialog(QDialog):
    def __init__(self, reviews, previous: Review | None, default_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reviews = reviews
        self.setWindowTitle(self.tr("Starta en ny översyn"))
        self.setMinimumWidth(660)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        listing = reviews.templates.available()
        self.problems = listing.problems
        row = QHBoxLayout()
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Mall"))
        for template, source in listing.templates:
            self._add_template(template, source)
        open_button = QPushButton(self.tr("Öppna &mallfil…"))
        open_button.clicked.connect(self._open_file)
        row.addWidget(self.template, 1)
        row.addWidget(open_button)
        label = QLabel(self.tr("&Mall:"))
        label.setBuddy(self.template)
        form.addRow(label, row)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setProperty("role", "muted")
        form.addRow("", self.about)
        if self.problems:
            warn = QPushButton(
                self.tr("{0} mallar i den delade mappen kunde inte läsas – visa varför").format(len(self.problems))
            )
            warn.setFlat(True)
            warn.setStyleSheet(f"text-align: left; color: {WARN};")
            warn.clicked.connect(lambda: show_template_problems(self, self.problems))
            form.addRow("", warn)
        self.title = QLineEdit()
        self.title.setPlaceholderText(default_title)
        label = QLabel(self.tr("&Namn:"))
        label.setBuddy(self.title)
        form.addRow(label, self.title)
        self.from_previous = QCheckBox()
        if previous is not None:
            self.from_previous.setText(self.tr("&Utgå från ”{0}”").format(previous.title))
            self.from_previous.setChecked(True)
            form.addRow("", self.from_previous)
            note = QLabel(
                self.tr(
                    "Uppgifterna som finns kvar följer med: det som togs bort är borta och det som omfördelades görs av den nya rollen. Besluten börjar om."
                )
            )
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            form.addRow("", note)
        self.previous = previous
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton(self.tr("&Starta"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setProperty("role", "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._describe)
        self._describe()

    def _add_template(self, template: Template, source: str) -> None:
        self.template.addItem(template.display, template)
        self.template.setItemData(self.template.count() - 1, source, 3)  # ToolTipRole: where it came from

    def _describe(self) -> None:
        t: Template | None = self.template.currentData()
        if t is not None:
            areas = ", ".join(a.name for a in t.areas)
            self.about.setText(self.tr("{0} områden: {1}.").format(len(t.areas), areas))

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna mallfil"), "", self.tr("Översynsmallar (*.json)"))
        if not path:
            return
        try:
            template = load_template_file(path)
        except UserError as exc:
            show_template_problems(self, [exc])
            return
        self._add_template(template, path)
        self.template.setCurrentIndex(self.template.count() - 1)

    @property
    def chosen_template(self) -> Template:
        return self.template.currentData()

    @property
    def based_on(self) -> Review | None:
        return self.previous if self.previous is not None and self.from_previous.isChecked() else None
