"""`placeboard hub …`: set up the ICB's PostgreSQL hub and sync with it.

`init` and `grant` are the ICB administrator's (as the database's owner or a
superuser); `connect` keeps a laptop's settings and puts its password in the
operating system's keyring; `sync` pushes then pulls with the hub set up here.
The engine is imported by the handlers, so `placeboard` alone stays quick to start.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from placeboard.domain.errors import PlaceBoardError

if TYPE_CHECKING:
    import psycopg

    from placeboard.sync.hub import HubAccess
    from placeboard.sync.hub_sync import HubSyncReport


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise PlaceBoardError("No password given: type it at a terminal, or pass --password-stdin.")
    return getpass.getpass(prompt)


def _admin(args: argparse.Namespace) -> psycopg.Connection[Any]:
    """The administrator's connection; asks for the password only if the server wants one."""
    from placeboard.sync.hub import connect_admin, needs_password
    from placeboard.sync.hub_config import HubConfig, check_dsn
    from placeboard.sync.hub_errors import HubError

    dsn = check_dsn(args.dsn)
    if args.password_stdin:
        return connect_admin(dsn, _read_password(args, ""))
    try:
        return connect_admin(dsn)
    except HubError as exc:
        if not (needs_password(exc) and sys.stdin.isatty()):
            raise
    config = HubConfig(dsn, dsn)
    return connect_admin(dsn, _read_password(args, f"Password for {config.role}: "))


def cmd_hub_init(args: argparse.Namespace) -> int:
    from placeboard.sync.hub_config import describe_dsn
    from placeboard.sync.hub_schema import SCHEMA, init_hub

    with _admin(args) as conn:
        done = init_hub(conn)
    r = done.roles
    if not done.created:
        print(
            f"{describe_dsn(args.dsn)} is a PlaceBoard hub already (id {done.hub_id}); "
            "nothing changed."
        )
        return 0
    print(
        f"Set up the PlaceBoard hub in {describe_dsn(args.dsn)} (id {done.hub_id}): schema "
        f"{SCHEMA}, owned by {r.owner} (never logs in); laptops' group {r.laptop}, the "
        f"ICB's group {r.icb}. Next: a login role per laptop, then 'placeboard hub grant'."
    )
    return 0


def cmd_hub_grant(args: argparse.Namespace) -> int:
    from placeboard.sync import hub_schema as hs

    if not args.place and not args.icb:
        raise PlaceBoardError("Say what to grant: --place NAME (repeatable) or --icb.")
    places = {p: hs.place_key(p) for p in args.place or []}
    with _admin(args) as conn:
        if args.revoke:
            if places:
                hs.revoke_places(conn, args.role, list(places.values()))
            if args.icb:
                hs.revoke_icb(conn, args.role)
            what = ", ".join([*places, *(["reading every place"] if args.icb else [])])
            print(f"Role {args.role} no longer has {what} on the hub.")
            return 0
        if places:
            hs.grant_places(conn, args.role, list(places.values()))
        if args.icb:
            hs.grant_icb(conn, args.role)
        seen = hs.places_seen(conn, list(places.values())) if places else set()
    for name, pid in places.items():
        note = "" if pid in seen else " (no records of it on the hub yet: check the spelling)"
        print(f"Role {args.role} may read and write {name} ({pid}){note}.")
    if args.icb:
        print(f"Role {args.role} may read every place (the ICB).")
    return 0


def _access_text(access: HubAccess, names: dict[str, str]) -> str:
    if access.icb:
        return "reads every place"
    places = sorted(names.get(p, p) for p in access.places)
    return ", ".join(places) if places else "no place yet (ask the ICB for 'placeboard hub grant')"


def cmd_hub_connect(args: argparse.Namespace) -> int:
    from placeboard.services import open_services
    from placeboard.sync import hub_config

    config = hub_config.HubConfig(hub_config.check_dsn(args.dsn), args.name.strip())
    label = hub_config.keyring_label()  # no keyring: say so before asking anything
    password = _read_password(args, f"Password for role {config.role} on {config.where}: ")
    services = open_services(args.data_dir)
    try:
        config, access = services.hub.connect(args.dsn, args.name, password)
        names = {p.id: p.name for p in services.places.list_places()}
    finally:
        services.close()
    print(
        f"Connected to the hub {config.name} ({config.where}) as role {access.role}: "
        f"{_access_text(access, names)}. Settings in {hub_config.config_path()}; the "
        f"password is in the keyring ({label})."
    )
    return 0


def cmd_hub_sync(args: argparse.Namespace) -> int:
    from placeboard.sync.hub_config import require_config

    config = require_config()  # before the heavier imports: a laptop with no hub says so fast
    from placeboard.services import open_services

    services = open_services(args.data_dir)
    try:
        report = services.hub.sync(None if args.quiet else _progress())
    finally:
        services.close()
    print(f"Synced with the hub {config.name}: {report.summary()}")
    _notes(report)
    return 0


def _notes(report: HubSyncReport) -> None:
    """What a person should know beyond the counts, on stderr."""
    for name in report.revoked:
        print(f"Note: {name} is no longer shared with this laptop's role.", file=sys.stderr)
    for name, count in report.not_shared.items():
        if name not in report.revoked:
            print(
                f"Note: {count:,} changes made here to {name} were not sent: this laptop's "
                "role may not change it on the hub.",
                file=sys.stderr,
            )
    if report.files_missing:
        print(
            f"Note: {report.files_missing} attached files have not reached the hub yet.",
            file=sys.stderr,
        )
    if report.clock_warning:
        print(f"Warning: {report.clock_warning}", file=sys.stderr)


def _progress() -> Callable[[int, int, str], None]:
    last = [-1]

    def report(done: int, total: int, message: str) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != last[0] // 10:
            print(f"{percent:3d}%  {message}", file=sys.stderr)
        last[0] = percent

    return report


def add_hub_commands(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    hub = sub.add_parser(
        "hub",
        help="the ICB's PostgreSQL hub: set it up, grant places, connect, sync",
        description="Sync with the ICB's PostgreSQL hub. The ICB runs 'init' and 'grant'; "
        "each laptop runs 'connect' once, then 'sync'.",
    )
    what = hub.add_subparsers(title="action", metavar="ACTION", required=True)

    def action(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = what.add_parser(name, help=text, description=text)
        data_dir_option(p, argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    def dsn(p: argparse.ArgumentParser, text: str) -> None:
        p.add_argument("--dsn", required=True, metavar="DSN", help=text)
        p.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )

    init = action(
        "init", cmd_hub_init, "create the hub's schema, roles and policies in an empty database"
    )
    dsn(init, "the empty database, as its owner or a superuser (no password in it)")
    grant = action("grant", cmd_hub_grant, "give a login role places, or the ICB's read-all")
    dsn(grant, "the hub's database, as its owner or a superuser")
    grant.add_argument("--role", required=True, help="the laptop's login role")
    grant.add_argument(
        "--place", action="append", metavar="NAME", help="a place, by name or id (repeatable)"
    )
    grant.add_argument("--icb", action="store_true", help="read every place (the ICB's role)")
    grant.add_argument("--revoke", action="store_true", help="take the places (or --icb) away")
    connect = action(
        "connect",
        cmd_hub_connect,
        "keep this laptop's hub settings; the password goes in the keyring",
    )
    dsn(connect, "the hub, e.g. 'host=hub.icb.nhs.uk dbname=placeboard_hub user=blackpool1'")
    connect.add_argument("--name", required=True, help="what people call the hub")
    sync = action("sync", cmd_hub_sync, "push this laptop's changes, then pull the hub's")
    sync.add_argument("--quiet", action="store_true", help="no progress lines")
