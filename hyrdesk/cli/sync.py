"""``hyrdesk sync``: deliver the exports that wait in the outbox.

Prints what was delivered and what is still pending (with the reason). Exit
code 0 when nothing is left waiting, 3 when something is (for scripts).
"""

from __future__ import annotations

from hyrdesk.cli.export import EXIT_PENDING


def register(sub, common) -> None:
    p = sub.add_parser("sync", help="leverera väntande exporter till den delade mappen", parents=[common])
    p.set_defaults(handler=sync)


def sync(args, services) -> int:
    services.delivery.tidy()  # hyrdesk's own temporary files left by an interrupted copy
    if not services.delivery.pending():
        print("Inga exporter väntar på leverans.")
        return 0
    result = services.delivery.deliver_pending()
    for item in result.delivered:
        print(f"Levererad: {item.target_name} → {item.delivered_path}")
        if item.note:
            print(f"  {item.note}")
    for item in result.pending:
        print(f"Väntar: {item.target_name} ({item.last_error})")
    if result.pending:
        n = len(result.pending)
        print("1 export väntar fortfarande på leverans." if n == 1 else f"{n} exporter väntar fortfarande på leverans.")
        return EXIT_PENDING
    return 0
