"""``hyrdesk settings list|get|set``."""

from __future__ import annotations

from hyrdesk.errors import UserError
from hyrdesk.services.settings import ALL_SETTINGS, by_cli_name


def register(sub, common) -> None:
    p = sub.add_parser("settings", help="inställningar", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")
    v = verbs.add_parser("list", help="visa alla inställningar", parents=[common])
    v.set_defaults(handler=list_settings)
    v = verbs.add_parser("set", help="ändra en inställning", parents=[common])
    v.add_argument("name", help=", ".join(s.cli_name for s in ALL_SETTINGS if s.cli_name))
    v.add_argument("value")
    v.set_defaults(handler=set_setting)


def list_settings(args, services) -> int:
    for s in ALL_SETTINGS:
        if s.cli_name:
            value = services.settings.get(s)
            print(f"{s.cli_name} = {'' if value is None else value}    # {s.label}")
    return 0


def set_setting(args, services) -> int:
    try:
        setting = by_cli_name(args.name)
        value = services.settings.set_text(setting, args.value)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    print(f"{setting.cli_name} = {value}")
    return 0
