"""Start-up notices as banners above the pages: a read-only database, a failed daily backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hyrdesk.services.container import BACKUP_FAILED, READ_ONLY, Notice


def notice_text(notice: Notice) -> str:
    if notice.kind == READ_ONLY:
        return QCoreApplication.translate(
            "notices",
            "Databasen {0} är skrivskyddad. Du kan titta på allt, men inga ändringar kan sparas "
            "förrän ditt konto får skrivrätt till den och dess mapp.",
        ).format(notice.detail)
    if notice.kind == BACKUP_FAILED:
        return QCoreApplication.translate(
            "notices", "Dagens säkerhetskopia kunde inte göras. {0} Dina data är oförändrade."
        ).format(notice.detail)
    return notice.detail


def notice_banner(notice: Notice) -> QLabel:
    banner = QLabel(notice_text(notice))
    banner.setWordWrap(True)
    banner.setProperty("role", "warning-banner")
    banner.setObjectName(f"notice-{notice.kind}")
    banner.setAccessibleName(QCoreApplication.translate("notices", "Viktigt meddelande"))
    return banner
