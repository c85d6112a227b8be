"""The command line: ``hyrdesk <noun> <verb>``, a thin layer over the services.

Each noun lives in its own module with a ``register(subparsers, common)``
function; handlers receive ``(args, services)`` and return an exit code.
Errors the user can act on are one line on stderr and exit code 2; anything
else is logged with its traceback and reported in one line, exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from hyrdesk import __version__
from hyrdesk.errors import UserError

log = logging.getLogger(__name__)

# The nouns, in the order `hyrdesk --help` lists them.
COMMAND_MODULES = (
    "units",
    "settings",
    "gaps",
    "review",
    "actions",
    "costs",
    "sickleave",
    "agreement",
    "hire",
    "backup",
    "export",
    "sync",
    "rollup",
)


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the noun."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="MAPP",
        default=argparse.SUPPRESS,
        help="använd den här datamappen i stället för standardmappen (eller HYRDESK_DATA_DIR)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="hyrdesk",
        description="hyrdesk – bemanningsluckor, hyrkostnader och administrativ översyn för din enhet. "
        "Utan kommando startar programfönstret.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"hyrdesk {__version__}")
    parser.add_argument("--selftest", action="store_true", help="kontrollera installationen utan fönster och avsluta")
    parser.add_argument("--demo", action="store_true", help="öppna en demoenhet i en tillfällig databas")
    parser.add_argument("--lang", choices=("sv", "en"), help="gränssnittets språk för den här körningen")
    sub = parser.add_subparsers(dest="noun", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, common)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed noun/verb command against the services of the chosen data folder."""
    from hyrdesk.paths import resolve_paths
    from hyrdesk.services.container import BACKUP_FAILED, open_services

    handler = getattr(args, "handler", None)
    if handler is None:
        print(f"hyrdesk {args.noun}: ange vad som ska göras (se hyrdesk {args.noun} --help)", file=sys.stderr)
        return 2
    paths = resolve_paths(getattr(args, "data_dir", None))
    if getattr(args, "without_services", False):
        # `backup list/restore/set-aside` must work when the database cannot be opened.
        return int(handler(args, paths) or 0)
    services = open_services(paths)
    for notice in services.notices:
        if notice.kind == BACKUP_FAILED:
            print(f"hyrdesk: varning: dagens säkerhetskopia kunde inte göras. {notice.detail}", file=sys.stderr)
    try:
        return int(handler(args, services) or 0)
    finally:
        services.close()


def report_errors(func, *args) -> int:
    """Call ``func`` and turn exceptions into one line on stderr and an exit code."""
    try:
        return func(*args)
    except UserError as exc:
        print(f"hyrdesk: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hyrdesk: avbrutet", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("unexpected error in a command")
        print(f"hyrdesk: oväntat fel ({type(exc).__name__}: {exc}). Detaljer finns i loggfilen.", file=sys.stderr)
        return 1
