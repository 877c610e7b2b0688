"""`placeboard pack …`: PDF packs from the command line (the same packs as the Packs
view). `pack meeting` builds a meeting's agenda pack or a supplement; `pack
assurance` the ICB assurance pack for one place or all places and a period.

The services are imported by the handlers, so `placeboard` alone stays quick to start.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def cmd_pack_meeting(args: argparse.Namespace) -> int:
    from placeboard.domain.periods import uk_date
    from placeboard.services import open_services

    services = open_services(args.data_dir)
    try:
        meeting = services.packs.find_meeting(args.meeting)
        out = Path(args.out).expanduser()
        version = "public" if args.public else "full"
        if args.supplement is not None:
            number = args.supplement or None
            built = services.packs.meeting_supplement(
                meeting.id, args.public, out, number=number, progress=_progress(args)
            )
            print(
                f"Wrote Supplement {built.number} ({version}, {_pages(built.result.pages)}) "
                f"to {out}"
            )
            return 0
        result = services.packs.meeting_pack(
            meeting.id, args.public, out, progress=_progress(args), publish=args.publish
        )
        print(f"Wrote the {version} meeting pack ({_pages(result.pages)}) to {out}")
        if args.publish:
            published = services.packs.find_meeting(meeting.id).published_on
            if published is not None:
                print(
                    f"Published on {uk_date(published)}: papers added from now on go into "
                    "a supplement (--supplement)."
                )
    finally:
        services.close()
    return 0


def cmd_pack_assurance(args: argparse.Namespace) -> int:
    from placeboard.services import open_services

    services = open_services(args.data_dir)
    try:
        place = None if args.all else services.places.place_named(args.place)
        place_id = None if place is None else place.id
        out = Path(args.out).expanduser()
        result = services.packs.assurance_pack(
            place_id, args.period, args.public, out, progress=_progress(args)
        )
        version = "public" if args.public else "full"
        whose = "all places" if place is None else place.name
        print(
            f"Wrote the {version} assurance pack for {whose}, {args.period} "
            f"({_pages(result.pages)}) to {out}"
        )
    finally:
        services.close()
    return 0


def _pages(n: int) -> str:
    return f"{n} page{'s' if n != 1 else ''}"


def _progress(args: argparse.Namespace) -> Callable[[str], bool] | None:
    if args.quiet:
        return None

    def show(step: str) -> bool:
        print(f"  {step}", file=sys.stderr)
        return True

    return show


def _supplement_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a supplement number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("supplements are numbered from 1")
    return number


def add_pack_commands(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir_option: Callable[[argparse.ArgumentParser, object], None],
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """`pack` and its kinds; returns the kinds' subparsers so others can be added."""
    pack = sub.add_parser(
        "pack",
        help="build a PDF pack (meeting pack, supplement, ICB assurance pack)",
        description="Build a PDF pack: full (CONFIDENTIAL) or public.",
    )
    kinds = pack.add_subparsers(title="kind", metavar="KIND", required=True)
    meeting = kinds.add_parser(
        "meeting",
        help="a meeting's agenda pack, or a supplement of late papers",
        description="A meeting's agenda pack: cover, contents, agenda with page ranges, "
        "each item's cover sheet and attached PDFs, the last meeting's draft minutes, "
        "the action log, the forward plan and the register of interests.",
    )
    data_dir_option(meeting, argparse.SUPPRESS)
    meeting.add_argument("meeting", metavar="MEETING", help="the meeting's id (see meetings)")
    meeting.add_argument(
        "--public",
        action="store_true",
        help="the public pack: no Part II item, confidential paper or private details",
    )
    meeting.add_argument("--out", required=True, metavar="FILE.pdf", help="file to write")
    which = meeting.add_mutually_exclusive_group()
    which.add_argument(
        "--publish",
        action="store_true",
        help="record that the pack goes out today: papers added later go into a supplement",
    )
    which.add_argument(
        "--supplement",
        nargs="?",
        const=0,
        type=_supplement_number,
        metavar="N",
        help="build the next supplement from papers added since publication "
        "(or supplement N again)",
    )
    meeting.add_argument("--quiet", action="store_true", help="no progress lines")
    meeting.set_defaults(handler=cmd_pack_meeting)
    _add_assurance(kinds, data_dir_option)
    return kinds


def _add_assurance(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir_option: Callable[[argparse.ArgumentParser, object], None],
) -> None:
    assurance = kinds.add_parser(
        "assurance",
        help="the ICB assurance pack for a place, or all places, and a period",
        description="The ICB assurance pack: summary, membership and attendance, terms of "
        "reference, stage checklist, priority highlight report, a Making Data Count chart "
        "per metric, the risk register and overdue actions; for all places a side-by-side "
        "comparison comes first.",
    )
    data_dir_option(assurance, argparse.SUPPRESS)
    which = assurance.add_mutually_exclusive_group(required=True)
    which.add_argument("--place", metavar="NAME", help="the place (as in `placeboard status`)")
    which.add_argument("--all", action="store_true", help="every place, compared side by side")
    assurance.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help="a quarter (2024/25-Q3) or a financial year (2024/25)",
    )
    assurance.add_argument(
        "--public", action="store_true", help="the public pack: no Part II or private details"
    )
    assurance.add_argument("--out", required=True, metavar="FILE.pdf", help="file to write")
    assurance.add_argument("--quiet", action="store_true", help="no progress lines")
    assurance.set_defaults(handler=cmd_pack_assurance)
