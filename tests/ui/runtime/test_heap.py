"""The garbage-collector policy that keeps the window smooth (ui/runtime/heap.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from openpyxl import Workbook

from hyrdesk.files.tabular import read_table
from hyrdesk.progress import Progress
from hyrdesk.services.importing.importer import MappingMemory, guess_mapping
from hyrdesk.ui.runtime import heap
from tests.helpers.gap_log import GOOD_ROWS, HEADERS, write_xlsx

BAD_ROWS = [
    ["2024-02-30", "dag", "Sjuksköterska", 8, "vakans", "pool"],
    ["2024-03-06", "dag", "Kurator", 8, "vakans", "pool"],
    ["2024-03-06", "förmiddag", "Sjuksköterska", None, "grannen", "pool", None, None, "Ersätter 19121212-1212"],
]
LEAK_BOUND = 200  # objects in garbage cycles one bulk job may leave behind (frozen) at most


@pytest.fixture(autouse=True)
def fresh_collector():
    """Each test starts and ends with the collector on and nothing frozen."""
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


def leaked_after(job) -> int:
    """Run ``job`` as background work does, drop its result, and count the garbage it left frozen."""
    gc.collect()
    with heap.bulk_work():
        result = job()
    del result
    gc.unfreeze()
    return gc.collect()


def test_collection_is_paused_during_bulk_work_and_resumes_after():
    with heap.bulk_work():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_jobs_resume_collection_when_the_last_one_ends():
    first_inside, release = threading.Event(), threading.Event()

    def other_job():
        with heap.bulk_work():
            first_inside.set()
            release.wait(5)

    worker = threading.Thread(target=other_job)
    worker.start()
    assert first_inside.wait(5)
    with heap.bulk_work():
        pass
    assert not gc.isenabled(), "the other job is still running"
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with heap.bulk_work():
        pass
    assert not gc.isenabled()


def test_an_error_in_the_job_still_resumes_collection():
    with pytest.raises(ValueError), heap.bulk_work():
        raise ValueError("boom")
    assert gc.isenabled()


def test_what_bulk_work_built_is_never_walked_again_but_still_freed():
    with heap.bulk_work():
        rows = [[i, str(i)] for i in range(10_000)]
    frozen = gc.get_freeze_count()
    assert frozen >= 10_000
    assert not any(o is rows for o in gc.get_objects()), "the table is out of the collector's walk"
    del rows  # reference counting still frees it: the permanent generation shrinks
    assert gc.get_freeze_count() <= frozen - 10_000


def test_settle_freezes_what_start_up_left():
    start_up = [{"widget": i} for i in range(1_000)]
    heap.settle()
    assert gc.get_freeze_count() >= 1_000
    assert not any(o is start_up for o in gc.get_objects())


@pytest.mark.slow
def test_a_ledger_import_with_bad_rows_leaves_almost_no_garbage(services, unit, tmp_path):
    for spec, kind, category in (("4611", "hire", "Läkare"), ("5011", "own", "Läkare")):
        services.costs.accounts.set(spec, kind, category)
    wb = Workbook()
    ws = wb.active
    ws.append(["Period", "Konto", "Belopp"])
    for i in range(3_000):  # good rows, and rows rejected for every kind of reason
        ws.append(
            [
                ["202401", "2024-13", "", "202402"][i % 4],
                [4611, 5011, 9999, "x"][i % 4],
                [1200.5, "tolv", None, "1 000,25"][i % 4],
            ]
        )
    path = tmp_path / "huvudbok.xlsx"
    wb.save(path)
    importer = services.costs.importer(unit)
    memory = MappingMemory(services.settings)

    def job():
        table = read_table(path)
        return importer.preview(table, memory.recall(importer.kind, table, importer.fields()), Progress())

    preview = job()
    assert preview.records and preview.rejected  # the file exercises both paths
    assert leaked_after(job) < LEAK_BOUND


@pytest.mark.slow
def test_a_gap_import_with_bad_rows_leaves_almost_no_garbage(services, unit, tmp_path):
    rows = [HEADERS, *(GOOD_ROWS + BAD_ROWS) * 300]
    path = write_xlsx(tmp_path / "logg.xlsx", rows)
    importer = services.gaps.importer(unit)

    def job():
        table = read_table(path)
        return importer.preview(table, guess_mapping(table, importer.fields()), Progress())

    preview = job()
    assert preview.records and preview.rejected
    assert leaked_after(job) < LEAK_BOUND


def test_garbage_made_before_bulk_work_is_collected_not_frozen():
    class Node:
        pass

    node = Node()
    node.me = node  # a cycle: only the collector frees it
    ref = weakref.ref(node)
    del node
    with heap.bulk_work():
        assert ref() is None


def test_release_collects_what_died_as_a_cycle_while_frozen():
    class Holder:
        pass

    holder = Holder()
    holder.me = holder
    holder.rows = [[i] for i in range(1_000)]
    ref = weakref.ref(holder)
    with heap.bulk_work():
        pass  # holder is alive here, so the freeze at the end keeps it from the collector
    del holder
    gc.collect()
    assert ref() is not None, "frozen: an ordinary collection does not see it"
    heap.release()
    assert ref() is None
    assert gc.get_freeze_count() > 0, "what is still alive is frozen again"


def test_bulk_work_on_a_worker_leaves_collecting_to_the_gui_thread():
    """A collection on a worker would finalise GUI objects there; ThreadTaskRunner tidies first."""

    class Node:
        pass

    node = Node()
    node.me = node
    ref = weakref.ref(node)
    del node
    seen = []

    def worker():
        with heap.bulk_work():
            seen.append(ref() is not None)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(5)
    assert seen == [True]
    heap.release()
    assert ref() is None
