"""The shared import wizard, driven with a small importer over a real xlsx file."""

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from hyrdesk.files.tabular import read_table
from hyrdesk.services.importing.importer import ImportField, ImportPreview, MappingMemory, RejectedRow, data_rows
from hyrdesk.ui.runtime.tasks import SyncTaskRunner
from hyrdesk.ui.widgets.import_wizard import ImportWizard, column_letter

pytestmark = pytest.mark.gui


class NumbersImporter:
    """Imports (name, number) pairs into the settings table: enough to exercise the wizard."""

    kind = "numbers"
    title = "Importera tal"

    def __init__(self, services):
        self.services = services
        self.committed = None

    def fields(self):
        return [
            ImportField("name", "Namn", aliases=("benämning",)),
            ImportField("value", "Värde"),
            ImportField("extra", "Extra", required=False),
        ]

    def preview(self, table, mapping, progress):
        records, rejected = [], []
        for number, row in data_rows(table, mapping):
            value = mapping.cell(row, "value")
            if not isinstance(value, (int, float)):
                rejected.append(RejectedRow(number, f"”{value}” är inte ett tal"))
            else:
                records.append((mapping.cell(row, "name"), value))
        return ImportPreview(records, rejected)

    def commit(self, preview):
        with self.services.db.write() as c:
            for name, value in preview.records:
                c.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"n:{name}", str(value)))
        self.committed = preview.records
        return f"{len(preview.records)} tal importerades."


@pytest.fixture
def xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Export från systemet"])
    ws.append(["Benämning", "Värde", "Annat"])
    ws.append(["a", 1])
    ws.append(["b", "x"])
    ws.append(["c", 3.5])
    path = tmp_path / "tal.xlsx"
    wb.save(path)
    return path


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[-1]))
    return shown


def test_maps_previews_and_imports(app, qtbot, services, xlsx, quiet_boxes):
    importer = NumbersImporter(services)
    wizard = ImportWizard(importer, services.settings, SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.open_file(xlsx)
    assert wizard.header_spin.value() == 2  # header found below the title row
    assert wizard.current_mapping().columns == {"name": 0, "value": 1}
    wizard.next_button.click()
    assert "2 rader kan importeras" in wizard.summary.text() and "1 avvisas" in wizard.summary.text()
    assert wizard.rejected_model.data(wizard.rejected_model.index(0, 0)) == "4"  # Excel row number
    assert services.settings.repo.get("n:a") is None  # nothing saved before confirming
    wizard.next_button.click()
    assert importer.committed == [("a", 1), ("c", 3.5)]
    assert services.settings.repo.get("n:c") == "3.5"
    assert quiet_boxes[-1] == "2 tal importerades."


def test_missing_required_column_is_explained(app, qtbot, services, xlsx):
    wizard = ImportWizard(NumbersImporter(services), services.settings, SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.open_file(xlsx)
    wizard.combos["value"].setCurrentIndex(0)
    wizard.next_button.click()
    assert wizard.steps.currentIndex() == 0
    assert "Värde" in wizard.mapping_error.text()


def test_bad_file_gives_a_message_and_saves_nothing(app, qtbot, services, tmp_path, quiet_boxes):
    bad = tmp_path / "fake.xlsx"
    bad.write_text("inte en arbetsbok")
    wizard = ImportWizard(NumbersImporter(services), services.settings, SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.open_file(bad)
    assert "ingen Excel-fil" in quiet_boxes[-1]
    assert wizard.table is None


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_a_closed_wizard_is_deleted_with_its_table(app, qtbot, services, xlsx, quiet_boxes):
    """A wizard holds the whole file: kept after closing, every import would stay in memory."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    wizard = ImportWizard(NumbersImporter(services), services.settings, SyncTaskRunner())
    wizard.open_file(xlsx)
    table = weakref.ref(wizard.table)
    wizard.next_button.click()
    wizard.next_button.click()  # Importera: the wizard closes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(wizard)
    del wizard
    gc.collect()
    assert table() is None


def test_a_mapping_is_remembered_only_when_the_import_is_saved(app, qtbot, services, xlsx, quiet_boxes):
    """The issue's case 2: Förhandsgranska then Avbryt used to save the mapping."""
    memory = MappingMemory(services.settings)
    importer = NumbersImporter(services)
    wizard = ImportWizard(importer, services.settings, SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.open_file(xlsx)
    wizard.combos["extra"].setCurrentIndex(3)  # column C, "Annat"
    wizard.next_button.click()  # preview
    wizard.reject()
    table = read_table(xlsx)
    assert "extra" not in memory.recall(importer.kind, table, importer.fields()).columns
    wizard = ImportWizard(importer, services.settings, SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.open_file(xlsx)
    wizard.combos["extra"].setCurrentIndex(3)
    wizard.next_button.click()
    wizard.next_button.click()  # saved
    assert memory.recall(importer.kind, table, importer.fields()).columns["extra"] == 2
