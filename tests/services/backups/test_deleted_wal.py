"""A deleted ``-wal`` while another hyrdesk has the database open is not damage: nothing is lost."""

import os

import pytest

from hyrdesk.errors import DatabaseError
from hyrdesk.services.container import open_services


def test_a_wal_deleted_under_a_running_hyrdesk_is_not_called_damaged(paths):
    running = open_services(paths)  # the window that is open
    running.units.create("MED4", "Medicinavdelning 4", "sjukhusvård")
    running.units.create("MED5", "Medicinavdelning 5", "sjukhusvård")
    os.remove(f"{paths.database}-wal")
    with pytest.raises(DatabaseError) as exc:
        open_services(paths)  # the CLI, or a second start
    assert exc.value.kind == "locked" and "skadad" not in exc.value.message
    assert "-wal" in exc.value.message and "inget är förlorat" in exc.value.message
    running.units.create("MED6", "Medicinavdelning 6", "sjukhusvård")
    running.close()  # it writes its changes back as it closes
    again = open_services(paths)
    assert [u.code for u in again.units.list()] == ["MED4", "MED5", "MED6"]
    again.close()
