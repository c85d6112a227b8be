"""``hyrdesk backup list|create|restore NAME|set-aside``.

These handlers receive the data folder's ``Paths`` instead of opened services
(``without_services``): listing, restoring and setting aside must work when
the database itself cannot be opened. Nothing asks questions on stdin; every
command says what it did.
"""

from __future__ import annotations

from hyrdesk.errors import UserError
from hyrdesk.services.backups import service as backups


def register(sub, common) -> None:
    p = sub.add_parser("backup", help="säkerhetskopior av databasen", parents=[common])
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD")

    v = verbs.add_parser("list", help="lista säkerhetskopiorna, nyast först", parents=[common])
    v.set_defaults(handler=list_backups, without_services=True)

    v = verbs.add_parser("create", help="gör en säkerhetskopia nu", parents=[common])
    v.set_defaults(handler=create_backup, without_services=True)

    v = verbs.add_parser(
        "restore",
        parents=[common],
        help="ersätt databasen med en säkerhetskopia (den nuvarande sparas först)",
    )
    v.add_argument("name", metavar="NAMN", help="säkerhetskopians filnamn, som i ”hyrdesk backup list”")
    v.set_defaults(handler=restore_backup, without_services=True)

    v = verbs.add_parser(
        "set-aside",
        parents=[common],
        help="flytta undan en skadad databas (den behålls) så att nästa start skapar en ny",
    )
    v.set_defaults(handler=set_aside, without_services=True)


def format_size(size: int) -> str:
    from hyrdesk.domain.numbers import format_decimal

    if size < 1_000_000:
        return f"{format_decimal(max(size, 1) / 1000, 0)} kB"
    return f"{format_decimal(size / 1_000_000, 1)} MB"


def list_backups(args, paths) -> int:
    found = backups.list_backups(paths.backups_dir)
    if not found:
        print(f"Inga säkerhetskopior i {paths.backups_dir} ännu. Skapa en med: hyrdesk backup create")
        return 0
    width = max(len(b.name) for b in found)
    print(f"Säkerhetskopior i {paths.backups_dir}, nyast först:")
    for b in found:
        print(f"  {b.name:<{width}}  {b.created:%Y-%m-%d %H:%M}  {format_size(b.size):>9}  {b.label}")
    return 0


def create_backup(args, paths) -> int:
    from hyrdesk.services.container import open_services

    services = open_services(paths, daily_backup=False)
    try:
        backup = services.backups.create()
    finally:
        services.close()
    print(f"Säkerhetskopian {backup.name} är skapad ({format_size(backup.size)}) i {paths.backups_dir}.")
    return 0


def _refuse_if_window_open(paths) -> None:
    if backups.gui_running(paths):
        raise UserError(
            "hyrdesk-fönstret är öppet mot den här datamappen. Stäng det först, "
            "eller återställ i fönstret under Arkiv → Säkerhetskopior…"
        )


def restore_backup(args, paths) -> int:
    from hyrdesk.services.backups.opening import ensure_data_folder
    from hyrdesk.services.container import open_services

    _refuse_if_window_open(paths)
    ensure_data_folder(paths)
    chosen = backups.find_backup(paths.backups_dir, args.name)
    result = backups.restore_backup(paths, chosen)
    # Open it as the program will: checks it and brings an older copy up to this version.
    services = open_services(paths, daily_backup=False)
    version = services.db.user_version
    services.close()
    print(backups.describe_restore(result))
    if version != result.schema:
        print(f"Kopian hade schema {result.schema} och är uppgraderad till {version}.")
    return 0


def set_aside(args, paths) -> int:
    _refuse_if_window_open(paths)
    if not paths.database.exists():
        print(f"Det finns ingen databas i {paths.data_dir}; nästa start skapar en ny.")
        return 0
    moved = backups.move_aside(paths.database)
    print(f"Databasen flyttades undan till {moved} (den är inte raderad). Nästa start skapar en ny, tom databas.")
    return 0
