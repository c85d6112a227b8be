"""Entry point of the packaged app: PyInstaller runs this file as ``__main__``.

``hyrdesk/__main__.py`` stays the package's own entry point (``python -m hyrdesk``);
everything frozen-specific is here instead, and it is not about finding files:
resources come through ``hyrdesk.resources.resource_path`` exactly as from a
checkout (the spec bundles them as package data).
"""

import multiprocessing
import os
import sys


def main() -> int:
    # A windowed Windows executable has no console: sys.stdout/stderr are None
    # and the first print (argparse's usage message, for example) would crash
    # with a traceback dialog. Discard output instead; hyrdesk-cli.exe is the
    # console variant for the command line.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    from hyrdesk.__main__ import main as hyrdesk_main

    return hyrdesk_main()


if __name__ == "__main__":
    # Without this, a frozen Windows program that starts a worker process
    # (multiprocessing / ProcessPoolExecutor) would start a second copy of
    # the whole app instead. Costs nothing when unused.
    multiprocessing.freeze_support()
    sys.exit(main())
