"""Entry point: ``hyrdesk`` / ``python -m hyrdesk``.

Parses the arguments, then hands over to the command line (a noun such as
``units``), the self-test, or the GUI. Qt is imported only on the GUI paths.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from hyrdesk.cli import build_parser, report_errors, run_command
    from hyrdesk.logsetup import configure_logging
    from hyrdesk.paths import resolve_paths

    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    if args.noun:
        from hyrdesk.cli.terminal import terminal_guard

        with terminal_guard():  # text from files and users: control characters made visible
            configure_logging(resolve_paths(data_dir).log_file)
            return report_errors(run_command, args)
    if args.selftest:
        from hyrdesk.selftest import run_selftest

        return report_errors(run_selftest, data_dir)
    from hyrdesk.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
