"""Languages: Swedish by default, English selectable.

Source strings in the code are Swedish, so Swedish needs no catalogue of our
own; English comes from ``hyrdesk_en.qm``. Qt's own catalogue (``qtbase_sv``)
translates the standard buttons (Spara, Avbryt). Numbers and dates always use
the Swedish locale: the figures are Swedish money whatever the UI language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hyrdesk.resources import resource_path

log = logging.getLogger(__name__)

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


class Translators:
    """The catalogues installed in ``app``; owns them, so a new language replaces the old one.

    Made once in ``run_gui`` (the self-test and the tests make their own).
    """

    def __init__(self, app: QCoreApplication):
        self.app = app
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> list[str]:
        """Install the catalogues for ``language``; returns the names that loaded."""
        QLocale.setDefault(SWEDISH)
        for old in self._installed:
            self.app.removeTranslator(old)
        loaded, keep = [], []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language == "sv":
            qt = QTranslator(self.app)
            if qt.load(SWEDISH, "qtbase", "_", qt_dir):
                self.app.installTranslator(qt)
                keep.append(qt)
                loaded.append("qtbase_sv")
            else:  # pragma: no cover - depends on the Qt build
                log.warning("Qt's Swedish translations were not found in %s", qt_dir)
        else:
            ours = QTranslator(self.app)
            if ours.load(str(resource_path("translations", f"hyrdesk_{language}.qm"))):
                self.app.installTranslator(ours)
                keep.append(ours)
                loaded.append(f"hyrdesk_{language}")
            else:
                log.warning("translation hyrdesk_%s.qm did not load", language)
        self._installed = keep
        return loaded


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (labels from the Qt-free core, for example)."""
    return QCoreApplication.translate(context, text)
