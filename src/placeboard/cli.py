"""`placeboard`: the window with no subcommand, or a subcommand for the secretariat.

Every failure ends with a one-line message on stderr and a non-zero exit, never a
traceback; the full traceback of an unexpected error goes to the log file.

The services (SQLAlchemy and all) and logging are imported by the commands that use
them, so that `placeboard` with no command puts its window up as fast as Qt allows.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from placeboard import __version__
from placeboard.cli_hub import add_hub_commands
from placeboard.cli_pack import add_pack_commands
from placeboard.cli_sync import add_sync_command
from placeboard.domain.errors import PlaceBoardError
from placeboard.sync import BUNDLE_SUFFIXES

if TYPE_CHECKING:
    from placeboard.domain.spc import SpcResult
    from placeboard.services import Services
    from placeboard.services.overview import PlaceSummary

EXIT_OK, EXIT_FAILED, EXIT_UNEXPECTED, EXIT_USAGE = 0, 1, 3, 2


def _open(args: argparse.Namespace) -> Services:
    from placeboard.services import open_services

    return open_services(args.data_dir)


def cmd_demo(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        last = [-1]

        def progress(done: int, total: int, message: str) -> None:
            percent = done * 100 // max(total, 1)
            if percent // 10 != last[0] // 10 and not args.quiet:
                print(f"{percent:3d}%  {message}", file=sys.stderr)
            last[0] = percent

        services.demo.load(scale=args.scale, progress=progress)
        report = services.maintenance.check()
        print(f"Loaded the demo boards ({args.scale}) into {services.db.path}")
        print(f"{sum(report.counts.values())} records, {report.change_rows} change-log rows")
        return EXIT_OK
    finally:
        services.close()


def cmd_check(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        report = services.maintenance.check()
    finally:
        services.close()
    print(f"Database:     {services.db.path}")
    print(f"Integrity:    {report.integrity}")
    print(f"Foreign keys: {'ok' if not report.foreign_keys else f'{report.foreign_keys} faults'}")
    print(f"Schema:       {report.revision} (this PlaceBoard: {report.head})")
    width = max(len(a) for a in report.counts)
    for area, count in report.counts.items():
        print(f"  {area:<{width}}  {count:>8}")
    print(f"  {'Change log':<{width}}  {report.change_rows:>8}")
    if not report.ok:
        raise PlaceBoardError(f"The database at {services.db.path} failed its check.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        path = services.maintenance.backup_now()
    finally:
        services.close()
    print(f"Backed up to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.file).expanduser().resolve()
    if not backup.is_file():
        raise PlaceBoardError(f"There is no backup file at {backup}.")
    if not args.yes and not _confirm(f"Replace the current data with {backup.name}?"):
        raise PlaceBoardError("Restore cancelled; nothing was changed.")
    from placeboard.services import data_folder
    from placeboard.services.maintenance import restore_folder

    folder = data_folder(args.data_dir)
    restore_folder(folder, backup)
    print(f"Restored {backup.name} into {folder} (the previous data was kept in backups).")
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise PlaceBoardError(f"{question} Add --yes to confirm when not at a terminal.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def cmd_status(args: argparse.Namespace) -> int:
    """The Overview of each board (or the named ones) as text: what a chair asks first."""
    services = _open(args)
    try:
        places = services.places.list_places()
        if args.place:
            wanted = {name.casefold() for name in args.place}
            unknown = wanted - {p.name.casefold() for p in places}
            if unknown:
                raise PlaceBoardError(f"There is no place called {', '.join(sorted(unknown))}.")
            places = [p for p in places if p.name.casefold() in wanted]
        if not places:
            raise PlaceBoardError("There are no boards yet; 'placeboard demo' loads some.")
        print("\n\n".join(status_text(services.overview.summary(p.id)) for p in places))
    finally:
        services.close()
    return EXIT_OK


def status_text(summary: PlaceSummary) -> str:
    from placeboard.domain.spc import ASSURANCE_LABELS, VARIATION_LABELS
    from placeboard.domain.vocab import RAG

    lines = [summary.board_name, f"  Stage: {summary.stage}"]
    if summary.stage_note:
        lines.append(f"    {summary.stage_note}")
    lines.extend(f"    {r.name}: {r.met} of {r.total} criteria met" for r in summary.readiness)
    rags = ", ".join(f"{summary.rag_counts.get(k, 0)} {v.lower()}" for k, v in RAG.items())
    lines.append(f"  Priorities: {summary.priorities} ({rags})")
    lines.append(
        f"    {summary.priorities_overdue} overdue, {summary.priorities_stale} without an "
        "update in 3 months"
    )
    lines.append(
        f"  Risks: {summary.open_risks} open, {summary.high_risks} high or extreme, "
        f"{summary.risks_review_overdue} overdue for review"
    )
    lines.append(f"  Overdue actions: {summary.overdue_actions}")
    lines.append(
        f"  Metrics: {len(summary.metrics)}, {summary.special_causes} with a special cause"
    )
    for m in summary.metrics:
        if m.variation != "common_cause":
            assurance = ASSURANCE_LABELS.get(m.assurance or "", "no target")
            lines.append(f"    {m.name}: {VARIATION_LABELS[m.variation]}; {assurance.lower()}")
    if summary.next_meeting_quorum:
        lines.append(f"  Next meeting: {summary.next_meeting_quorum}")
    if summary.next_meeting and summary.next_meeting.conflicts:
        lines.append(f"    {summary.next_meeting.conflicts} declared interest(s) touch its agenda")
    lines.append(f"  Draft minutes to approve: {summary.minutes_to_approve}")
    return "\n".join(lines)


def cmd_meetings(args: argparse.Namespace) -> int:
    """The place's meetings, one a line: id, date, status, title."""
    services = _open(args)
    try:
        place_id = services.places.place_named(args.place).id
        for m in services.meetings.list_meetings(place_id):
            print(f"{m.id}  {m.meeting_date.isoformat()}  {m.status:<9}  {m.title}")
    finally:
        services.close()
    return EXIT_OK


def cmd_export_calendar(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        place_id = services.places.place_named(args.place).id
        out = Path(args.out).expanduser()
        count = services.calendar.export(out, place_id, args.meeting, args.year)
    finally:
        services.close()
    print(f"Wrote {count} meeting{'s' if count != 1 else ''} to {out}")
    return EXIT_OK


def cmd_import_metrics(args: argparse.Namespace) -> int:
    """All rows or none; --dry-run only checks and says what would change."""
    services = _open(args)
    try:
        path = Path(args.file).expanduser()
        if args.dry_run:
            check = services.metric_files.check(path)
            if not check.ok:
                raise PlaceBoardError(check.summary())
            print(f"Would import {check.summary()}")
            return EXIT_OK
        result = services.metric_files.import_file(path)
    finally:
        services.close()
    print(f"Imported {result.summary()}")
    return EXIT_OK


def cmd_export_metrics(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        place_ids = None
        if args.place:
            by_name = {p.name.casefold(): p.id for p in services.places.list_places()}
            unknown = [name for name in args.place if name.casefold() not in by_name]
            if unknown:
                raise PlaceBoardError(f"There is no place called {', '.join(unknown)}.")
            place_ids = [by_name[name.casefold()] for name in args.place]
        path = Path(args.file).expanduser()
        count = services.metric_files.export_file(path, place_ids=place_ids)
    finally:
        services.close()
    print(f"Exported {count} values to {path}")
    return EXIT_OK


def cmd_spc(args: argparse.Namespace) -> int:
    """An SPC chart's figures for a series given on the command line or in a CSV."""
    import json

    from placeboard.domain.spc import SpcOptions, analyse
    from placeboard.domain.spc_input import parse_csv, parse_values
    from placeboard.domain.text_encoding import decode_text

    if (args.values is None) == (args.file is None):
        raise PlaceBoardError("Give the series either as --values 1,2,3… or as a CSV file.")
    if args.values is not None:
        series = parse_values(args.values)
    else:
        path = Path(args.file).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PlaceBoardError(f"Cannot read {path}: {exc.strerror}.") from None
        series = parse_csv(decode_text(data, str(path)), str(path))
    count = len(series.values)
    for at in args.rebase_at:
        if not 2 <= at <= count:
            raise PlaceBoardError(
                f"--rebase-at {at} is not a point that can start a new group (2 to {count})."
            )
    try:
        options = SpcOptions(screen_outliers=not args.no_screen, run_length=args.run_length)
        result = analyse(
            series.values,
            polarity=args.polarity,
            target=args.target,
            rebases=[at - 1 for at in args.rebase_at],
            options=options,
        )
    except ValueError as exc:
        raise PlaceBoardError(str(exc)) from None
    report = spc_report(result, series.labels)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(spc_text(report))
    return EXIT_OK


def spc_report(result: SpcResult, labels: list[str]) -> dict[str, object]:
    """The chart's figures as plain data (the --json output)."""
    return {
        "groups": [
            {
                "first_point": g.start + 1,
                "last_point": g.end,
                "points": g.size,
                "mean": g.mean,
                "lower_limit": g.lower,
                "upper_limit": g.upper,
                "lower_2sigma": g.lower_2sigma,
                "upper_2sigma": g.upper_2sigma,
                "mean_moving_range": g.amr,
            }
            for g in result.groups
        ],
        "points": [
            {
                "point": p.index + 1,
                "period": labels[p.index],
                "value": p.value,
                "group": p.group + 1,
                "type": p.point_type,
                "rule": p.rule,
                "direction": p.direction,
                "completes": list(p.completes),
            }
            for p in result.points
        ],
        "variation_icon": result.variation,
        "assurance_icon": result.assurance,
        "warnings": result.warnings,
    }


def spc_text(report: dict[str, Any]) -> str:
    lines = []
    for n, g in enumerate(report["groups"], start=1):
        lines.append(
            f"Group {n} (points {g['first_point']}–{g['last_point']}): mean {g['mean']:.4f}, "
            f"limits {g['lower_limit']:.4f} to {g['upper_limit']:.4f}"
        )
    lines.append("")
    lines.append(f"{'point':>5}  {'period':<12} {'value':>12}  type")
    for p in report["points"]:
        kind = p["type"].replace("_", " ")
        if p["rule"]:
            kind += f" ({p['rule'].replace('_', ' ')}, {p['direction']})"
        lines.append(f"{p['point']:>5}  {p['period']:<12} {p['value']:>12.4g}  {kind}")
    lines.append("")
    lines.append(f"Variation: {report['variation_icon'].replace('_', ' ')}")
    assurance = report["assurance_icon"]
    lines.append(f"Assurance: {assurance.replace('_', ' ') if assurance else 'none (no target)'}")
    lines.extend(f"Warning: {w}" for w in report["warnings"])
    return "\n".join(lines)


def cmd_window(args: argparse.Namespace) -> int:
    from placeboard.app import run

    return run(args.data_dir, getattr(args, "bundle", None))


def opened_bundle(argv: Sequence[str]) -> str | None:
    """The sync bundle in `placeboard [--data-dir DIR] FILE.pbsync`, the command line a
    file association runs when a bundle is opened (the window then offers to load it)."""
    rest, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--data-dir":
            skip = True
        elif not arg.startswith("--data-dir="):
            rest.append(arg)
    if len(rest) == 1 and Path(rest[0]).suffix.lower() in BUNDLE_SUFFIXES:
        return rest[0]
    return None


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        default=default,
        metavar="DIR",
        help="folder of the database, backups and files (default: $PLACEBOARD_DATA_DIR "
        "or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="placeboard",
        description="Board records, sync and PDF packs for NHS place-based partnership "
        "boards. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"PlaceBoard {__version__}")
    _data_dir_option(parser, None)
    parser.set_defaults(handler=cmd_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        # SUPPRESS keeps a --data-dir given before the command.
        _data_dir_option(p, argparse.SUPPRESS)
        p.set_defaults(handler=handler)
        return p

    demo = command("demo", cmd_demo, "load the demo boards from the seed papers")
    demo.add_argument(
        "--scale",
        choices=("normal", "large"),
        default="normal",
        help="'large' builds a dataset ten times bigger, for benchmarks",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress lines")
    command("check", cmd_check, "check integrity and schema, then count records per area")
    status = command(
        "status", cmd_status, "each board's stage, priorities, risks and metric signals"
    )
    status.add_argument("--place", action="append", metavar="NAME", help="only this place")
    command("backup", cmd_backup, "back up the database now (a rolling set of ten is kept)")
    restore = command("restore", cmd_restore, "replace the data with a backup's")
    restore.add_argument("file", help="the backup file (see the backups folder)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    spc = command("spc", cmd_spc, "print an SPC chart's limits, special causes and icons")
    spc.add_argument("file", nargs="?", help="a CSV with period and value columns")
    spc.add_argument("--values", metavar="1,2,3…", help="the series, instead of a file")
    spc.add_argument(
        "--polarity",
        choices=("higher", "lower", "neutral"),
        default="neutral",
        help="which direction is better (default: neutral)",
    )
    spc.add_argument("--target", type=float, help="the target, for the assurance icon")
    spc.add_argument(
        "--rebase-at",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="1-based point that starts a new group (repeatable)",
    )
    spc.add_argument("--no-screen", action="store_true", help="keep large moving ranges")
    spc.add_argument("--run-length", type=int, default=7, help="points in a shift or trend")
    spc.add_argument("--json", action="store_true", help="print the figures as JSON")
    imports = sub.add_parser("import", help="import records from a file")
    what = imports.add_subparsers(title="what", metavar="WHAT", required=True)
    metrics_in = what.add_parser(
        "metrics",
        help="metric values from CSV or XLSX (columns metric, place, period, value)",
        description="Import metric values: all rows or none; every bad row is reported.",
    )
    _data_dir_option(metrics_in, argparse.SUPPRESS)
    metrics_in.add_argument("file", help="the .csv or .xlsx file")
    metrics_in.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    metrics_in.set_defaults(handler=cmd_import_metrics)
    exports = sub.add_parser("export", help="export records to a file")
    what = exports.add_subparsers(title="what", metavar="WHAT", required=True)
    metrics_out = what.add_parser(
        "metrics",
        help="metric values to CSV or XLSX (by the file's name)",
        description="Export metric values in the columns the import reads.",
    )
    _data_dir_option(metrics_out, argparse.SUPPRESS)
    metrics_out.add_argument("file", help="the .csv or .xlsx file to write")
    metrics_out.add_argument(
        "--place", action="append", metavar="NAME", help="only this place (repeatable)"
    )
    metrics_out.set_defaults(handler=cmd_export_metrics)
    calendar_out = what.add_parser(
        "calendar",
        help="a place's meetings as an iCalendar (.ics) file",
        description="Export meetings as .ics (Europe/London times), for any calendar.",
    )
    _data_dir_option(calendar_out, argparse.SUPPRESS)
    calendar_out.add_argument("--place", required=True, metavar="NAME", help="the place")
    calendar_out.add_argument("--out", required=True, metavar="FILE.ics", help="file to write")
    calendar_out.add_argument("--meeting", metavar="ID", help="only this meeting (see meetings)")
    calendar_out.add_argument("--year", metavar="2026/27", help="only this financial year")
    calendar_out.set_defaults(handler=cmd_export_calendar)
    meetings = command("meetings", cmd_meetings, "list a place's meetings: id, date, status")
    meetings.add_argument("--place", required=True, metavar="NAME", help="the place")
    add_pack_commands(sub, _data_dir_option)
    add_sync_command(command)
    add_hub_commands(sub, _data_dir_option)
    command("window", cmd_window, "open the window (the same as no command)")
    return parser


def _setup_logging() -> None:
    """A log file for the commands (the window keeps its own, set up after it shows)."""
    import logging

    from placeboard.services import log_folder

    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(
            folder / "placeboard-cli.log", encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("placeboard").addHandler(handler)
    logging.getLogger("placeboard").setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    bundle = opened_bundle(argv)
    args = parser.parse_args([a for a in argv if a != bundle])
    args.bundle = Path(bundle) if bundle else None
    if args.handler is not cmd_window:
        _setup_logging()
    try:
        return int(args.handler(args))
    except PlaceBoardError as exc:
        print(f"placeboard: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader went away (`placeboard status | head`)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python's own advice for this)
        return EXIT_OK
    except KeyboardInterrupt:
        print("placeboard: interrupted; nothing half-written was kept.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        import logging

        from placeboard.services import log_folder

        logging.getLogger("placeboard.cli").exception("unexpected error")
        print(f"placeboard: unexpected error: {exc} (details in {log_folder()})", file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
