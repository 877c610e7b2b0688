"""`placeboard sync`: with the ICB's hub when one is set up here, or by bundle file.

Kept out of cli.py, which it plugs into through `add_sync_command`; like the other
commands it imports the services only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from placeboard.domain.errors import PlaceBoardError

if TYPE_CHECKING:
    from placeboard.services import Services
    from placeboard.services.sync import SyncStatus

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
NO_HUB = (
    "no hub is configured on this laptop yet; sync by file instead: "
    "'placeboard sync --bundle-out FILE' here, then 'placeboard sync --bundle-in FILE' on "
    "the other laptop"
)


def add_sync_command(command: Command) -> None:
    sync = command("sync", cmd_sync, "sync with the ICB's hub, or by bundle file")
    what = sync.add_mutually_exclusive_group()
    what.add_argument("--bundle-out", metavar="FILE", help="write the changes to send into FILE")
    what.add_argument("--bundle-in", metavar="FILE", help="check FILE whole, then apply it")
    what.add_argument("--status", action="store_true", help="print where sync stands")
    sync.add_argument(
        "--peer",
        metavar="SITE",
        help="with --bundle-out: only what that laptop has not acknowledged (its site id, "
        "from 'placeboard sync --status'); without it, every change",
    )
    sync.add_argument(
        "--place",
        action="append",
        metavar="NAME",
        help="with --bundle-out: only this place's records and the ICB-wide ones (repeatable)",
    )
    sync.add_argument(
        "--new-place",
        action="store_true",
        help="with --bundle-in: take in places this database does not keep yet",
    )
    sync.add_argument("--quiet", action="store_true", help="no progress lines")


def _sync_with_hub(args: argparse.Namespace) -> int:
    """`placeboard sync` alone: `placeboard hub sync` when a hub is set up here."""
    from placeboard.cli_hub import cmd_hub_sync
    from placeboard.sync.hub_config import load_config

    if load_config() is None:
        raise PlaceBoardError(NO_HUB)
    return cmd_hub_sync(args)


def cmd_sync(args: argparse.Namespace) -> int:
    if not (args.bundle_out or args.bundle_in or args.status):
        return _sync_with_hub(args)
    from placeboard.services import open_services

    services = open_services(args.data_dir)
    try:
        if args.bundle_out:
            _bundle_out(services, args)
        elif args.bundle_in:
            _bundle_in(services, args)
        else:
            print(status_text(services.sync.status()))
    finally:
        services.close()
    return 0


def _progress(quiet: bool) -> Callable[[int, int, str], None]:
    last = [-1]

    def report(done: int, total: int, message: str) -> None:
        percent = done * 100 // max(total, 1)
        if not quiet and percent // 10 != last[0] // 10:
            print(f"{percent:3d}%  {message}", file=sys.stderr)
        last[0] = percent

    return report


def _place_ids(services: Services, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    by_name = {p.name.casefold(): p.id for p in services.places.list_places()}
    unknown = [n for n in names if n.casefold() not in by_name]
    if unknown:
        raise PlaceBoardError(f"There is no place called {', '.join(unknown)}.")
    return [by_name[n.casefold()] for n in names]


def _bundle_out(services: Services, args: argparse.Namespace) -> None:
    path = Path(args.bundle_out).expanduser()
    info = services.sync.write_bundle(
        path,
        peer=args.peer,
        place_ids=_place_ids(services, args.place),
        progress=_progress(args.quiet),
    )
    places = ", ".join(sorted(filter(None, info.places.values()))) or "no place"
    print(
        f"Wrote {info.changes:,} changes and {len(info.files)} file"
        f"{'s' if len(info.files) != 1 else ''} ({places}) to {path} "
        f"({info.size / 1024:,.0f} KB) from site {info.site}"
    )


def _bundle_in(services: Services, args: argparse.Namespace) -> None:
    path = Path(args.bundle_in).expanduser()
    done = services.sync.read_bundle(
        path, allow_new_places=args.new_place, progress=_progress(args.quiet)
    )
    r = done.merge
    source = f"{done.info.label} ({done.info.site})" if done.info.label else done.info.site
    print(
        f"Imported {r.applied:,} new changes from {source}; {r.duplicates:,} were here already. "
        f"{r.records_added:,} records added, {r.fields_written:,} fields written, "
        f"{done.files_added} file{'s' if done.files_added != 1 else ''} taken in."
    )
    if done.new_places:
        print(f"New places kept here from now on: {', '.join(done.new_places)}")
    if r.conflicts:
        print(
            f"{r.conflicts} conflict{'s' if r.conflicts != 1 else ''} to settle in the Sync view."
        )
    if r.waiting:
        print(f"{r.waiting} records wait for records a later sync will bring.")
    if r.clock_warning:
        print(f"Warning: {r.clock_warning}", file=sys.stderr)


def status_text(status: SyncStatus) -> str:
    lines = [
        f"This laptop's site id: {status.site}",
        f"Changes in the log: {status.changes:,}; made here and not yet acknowledged by any "
        f"peer: {status.unsynced:,}",
        f"Last successful sync: {status.last_ok_at or 'never'}",
        f"Open conflicts: {status.open_conflicts} ({status.open_long_text} long text, "
        f"{status.open_deleted} under deleted records)",
    ]
    if status.waiting_records:
        lines.append(f"Records waiting for others to arrive: {status.waiting_records}")
    for p in status.peers:
        name = f"{p.name} ({p.peer})" if p.name else p.peer
        lines.append(
            f"  {name}: {p.waiting:,} changes waiting ({p.sent:,} sent, not yet acknowledged); "
            f"last sync {p.last_ok_at or 'never'}"
            + (f"; last error: {p.last_error}" if p.last_error else "")
        )
    return "\n".join(lines)
