"""The core's choice labels follow the UI language in the window; what is saved does not depend on it."""

import datetime as _dt

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem

from hyrdesk.domain.accounts import AccountKind
from hyrdesk.domain.costs import CostKind
from hyrdesk.domain.gaps import Cause, Coverage, Gap, Shift
from hyrdesk.domain.review import (
    TASK_FIELD_LABELS,
    USEFULNESS_LABELS,
    Affects,
    Frequency,
    Origin,
    Proposal,
    Route,
    Status,
)
from hyrdesk.domain.units import CareArea
from hyrdesk.ui.gaps.model import COLUMNS
from hyrdesk.ui.reviews import start_dialog
from hyrdesk.ui.reviews.delegates import TaskDelegate
from hyrdesk.ui.reviews.task_model import CHOICES_ROLE
from hyrdesk.ui.widgets import choice_labels

pytestmark = pytest.mark.gui

ENUMS = (Shift, Cause, Coverage, CareArea, CostKind, AccountKind, Frequency, Origin, Proposal, Affects, Route, Status)

ENGLISH = {
    "shift": ["Day", "Evening", "Night"],
    "cause": ["Vacancy", "Planned absence", "Unplanned absence", "Increased care need", "Other"],
    "coverage": ["Own staff (overtime/extra)", "Hourly paid", "Internal staffing pool", "Agency staff", "Not covered"],
}


def test_the_source_words_are_the_core_labels(translators):
    # Swedish has no catalogue: what the window shows in Swedish is the source word, so it must be the core's.
    translators.install("sv")
    for enum in ENUMS:
        assert [choice_labels.choice_label(m) for m in enum] == [m.label for m in enum], enum
    assert [choice_labels.usefulness_label(v) for v in USEFULNESS_LABELS] == list(USEFULNESS_LABELS.values())
    assert {k: choice_labels.task_field_label(k) for k in TASK_FIELD_LABELS} == TASK_FIELD_LABELS


def test_every_core_label_is_in_the_catalogue_with_its_english():
    """Each label is declared once, in the core, marked for lupdate: none may be missed."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[3] / "resources" / "translations" / "hyrdesk_en.ts"
    [context] = [c for c in ET.parse(ts).iter("context") if c.findtext("name") == choice_labels.CONTEXT]
    english = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    labels = [m.label for enum in ENUMS for m in enum]
    labels += [*USEFULNESS_LABELS.values(), *TASK_FIELD_LABELS.values()]
    assert [label for label in labels if not english.get(label)] == []


class _SilenceUndoOnClose(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Close:
            obj.undo_stack.blockSignals(True)
        return False


@pytest.fixture(params=["sv", "en"])
def lang(request, translators):
    translators.install(request.param)
    yield request.param
    translators.install("sv")  # the other tests read Swedish


@pytest.fixture
def shown(lang, window, unit):
    window.installEventFilter(_SilenceUndoOnClose(window))
    window.reload_units()
    return window


def expected(lang, enum, key):
    return ENGLISH[key] if lang == "en" else [m.label for m in enum]


def texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_gap_form_and_table_show_labels_in_the_ui_language(shown, lang, services, unit):
    services.gaps.insert(
        Gap(
            unit.id,
            _dt.date(2026, 2, 3),
            _dt.date(2026, 2, 3),
            Shift.NIGHT,
            services.units.category_by_name("Läkare").id,
            600,
            Cause.UNPLANNED,
            Coverage.UNCOVERED,
        )
    )
    shown.show_page("gaps")
    page = shown.current_page()
    form = page.entry.form
    assert texts(form.shift) == expected(lang, Shift, "shift")
    assert texts(form.cause) == expected(lang, Cause, "cause")
    assert texts(form.coverage) == expected(lang, Coverage, "coverage")
    assert [form.coverage.itemData(i) for i in range(form.coverage.count())] == [m.value for m in Coverage]

    page.tabs.setCurrentWidget(page.browse)
    page.browse.set_unit(unit, services.units.categories(), {c.id: c.name for c in services.units.categories()})
    model = page.browse.model
    row = [model.index(0, c).data() for c in range(len(COLUMNS))]
    english = lang == "en"
    assert row[COLUMNS.index("coverage")] == ("Not covered" if english else "Ej täckt")
    assert row[COLUMNS.index("cause")] == ("Unplanned absence" if english else "Oplanerad frånvaro")
    assert row[COLUMNS.index("shift")] == ("Night" if english else "Natt")
    assert row[COLUMNS.index("category")] == "Läkare"  # user data: never translated
    assert texts(page.browse.coverage)[1:] == expected(lang, Coverage, "coverage")

    s = page.summary
    page.tabs.setCurrentWidget(s)
    s.first.setDate(QDate(2026, 1, 1))
    s.last.setDate(QDate(2026, 3, 1))
    headers = [s.model.headerData(c, Qt.Orientation.Horizontal) for c in range(s.model.columnCount())]
    assert any(h.replace("\n", " ") == ("Not covered" if english else "Ej täckt") for h in headers)
    assert ("Not covered" if english else "Ej täckt") in s.chart.legend.text()


def test_a_gap_saved_from_the_english_form_stores_the_keys(shown, lang, qtbot, services, unit):
    shown.show_page("gaps")
    form = shown.current_page().entry.form
    words = {"sv": ("Natt", "Vakans", "Timavlönad"), "en": ("Night", "Vacancy", "Hourly paid")}[lang]
    form.start.setDate(QDate(2024, 3, 5))
    # Chosen by what the user sees.
    for combo, word in zip((form.shift, form.cause, form.coverage), words):
        combo.setCurrentIndex(combo.findText(word))
        assert combo.currentIndex() >= 0, word
    form.category.setCurrentIndex(form.category.findText("Sjuksköterska"))
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    [gap] = services.gaps.page(unit)
    assert (gap.shift, gap.cause, gap.coverage) == (Shift.NIGHT, Cause.VACANCY, Coverage.HOURLY)


def test_review_task_table_shows_labels_and_edits_by_key(shown, lang, monkeypatch, services):
    shown.show_page("review")
    page = shown.current_page()
    monkeypatch.setattr(start_dialog.StartReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.start_review()
    page.add_suggestions("moten", page.model.template.area("moten").suggested_tasks[:1])
    model = page.model
    english = lang == "en"

    def cell(key):
        return model.index(0, model.column_of(key)).data()

    # A suggestion is kept as it is until the unit decides: no route, and the effect on others unanswered.
    assert cell("route") == ""
    assert cell("proposal") == ("Keep" if english else "Behålla")
    assert cell("affects_others") == ""
    assert cell("status") == ("Proposal" if english else "Förslag")
    header = model.headerData(model.column_of("proposal"), Qt.Orientation.Horizontal)
    assert header == ("Proposal" if english else "Förslag")
    assert [text for text, _key in model.index(0, model.column_of("proposal")).data(CHOICES_ROLE)] == (
        ["Keep", "Simplify", "Redistribute", "Remove"] if english else [p.label for p in Proposal]
    )
    assert page.review_combo.currentText().endswith("(ongoing)" if english else "(pågående)")

    # The table's dropdowns: chosen by the text shown, stored by the key. A change needs its
    # effect on other units answered first; one that may affect them goes to the line.
    view = page.table.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, TaskDelegate)

    def choose(key, text):
        index = page.table.proxy.mapFromSource(model.index(0, model.column_of(key)))
        editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
        delegate.setEditorData(editor, index)
        before = editor.currentText()
        editor.setCurrentIndex(editor.findText(text))
        delegate.setModelData(editor, page.table.proxy, index)
        editor.deleteLater()
        return before

    choose("affects_others", "Unsure" if english else "Osäkert")
    assert choose("proposal", "Remove" if english else "Ta bort") == ("Keep" if english else "Behålla")
    task = services.reviews.task(model.task(0).id)
    assert task.proposal is Proposal.REMOVE
    assert cell("route") == ("Line dialogue" if english else "Dialog i linjen")


def test_unit_care_area_follows_the_ui_language(shown, lang):
    shown.show_page("overview")
    subtitle = shown.current_page().subtitle_label.text()
    assert subtitle.endswith("Hospital care" if lang == "en" else "Sjukhusvård")
    assert "Medicinavdelning 4" in subtitle  # the unit's name is data
