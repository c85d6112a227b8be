"""ThreadTaskRunner with a real worker thread: results and errors come back, and jobs are let go."""

from hyrdesk.services.progress import Progress
from hyrdesk.ui.tasks import ThreadTaskRunner


def test_results_and_errors_come_back_and_no_job_is_kept(qtbot):
    runner = ThreadTaskRunner()
    done, failed = [], []

    def work(i):
        def fn(progress: Progress):
            progress.step(0, 1, "…")
            if i % 5 == 4:
                raise ValueError(f"fel {i}")
            return i * 2
        return fn

    for i in range(20):  # one after another, as a user clicking export again and again
        runner.run(None, "Arbetar", work(i), done.append, failed.append)
        qtbot.waitUntil(lambda: len(done) + len(failed) == i + 1, timeout=10_000)
    runner.wait()
    assert done == [i * 2 for i in range(20) if i % 5 != 4]
    assert [str(e) for e in failed] == ["fel 4", "fel 9", "fel 14", "fel 19"]
    assert not runner._running  # every task handed over and let go
