"""Bundles: a round trip with files, importing twice, damaged, cut-short and foreign
bundles refused with nothing changed, written under a temporary name."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.store.tables import Organisation, Person, Place
from placeboard.sync import bundle
from placeboard.sync.bundle import check_bundle, read_bundle, write_bundle
from placeboard.sync.errors import SyncRefused
from placeboard.sync.files import file_path
from placeboard.sync.outbox import peer_state

from .replicas import dump

Make = Callable[..., Database]
PDF = b"%PDF-1.4\n% a board paper\n" + bytes(range(256)) * 40


def add(db: Database, row: Any) -> str:
    with db.write() as s:
        s.add(row)
    return str(row.id)


def place(db: Database, name: str) -> str:
    row = Place(name=name, kind="unitary")
    row.place_id = row.id
    return add(db, row)


def files_in(db: Database) -> list[str]:
    folder = Path(db.files_dir)
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def laptop(make_replica: Make, tmp_path: Path) -> tuple[Database, str, str]:
    """A laptop with a board, two people and a paper's PDF attached."""
    a = make_replica("a")
    blackpool = place(a, "Blackpool")
    add(a, Person(place_id=blackpool, full_name="Karen Smith"))
    add(a, Organisation(name="Blackpool Teaching Hospitals", sector="nhs_trust"))
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(PDF)
    attachment = Services(a).files.store(blackpool, paper)
    return a, blackpool, attachment.sha256


def test_a_bundle_carries_changes_and_files_and_its_manifest_says_what(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, blackpool, sha = laptop
    b = make_replica("b")
    out = tmp_path / "out" / "blackpool.pbsync"
    info = write_bundle(a, out)
    assert out.is_file() and info.size == out.stat().st_size
    assert (info.site, info.places, info.changes, info.icb_wide) == (
        a.site,
        {blackpool: "Blackpool"},
        4,
        1,
    )
    assert info.files == {sha: len(PDF)} and info.by_table["attachment"] == 1
    assert info.first_hlc < info.last_hlc and info.seq_from == 0 and info.seq_to == 4
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        payload = zf.read("changes.jsonl")
    assert manifest["payload"]["sha256"] == hashlib.sha256(payload).hexdigest()
    assert manifest["counts"]["changes"] == 4 and manifest["format"] == "placeboard-bundle"
    done = read_bundle(b, out)
    assert (done.merge.applied, done.files_added) == (4, 1)
    assert dump(b) == dump(a)
    assert file_path(b.files_dir, sha).read_bytes() == PDF


def test_importing_a_bundle_twice_changes_nothing(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    b = make_replica("b")
    out = write_bundle(a, tmp_path / "a.pbsync").path
    read_bundle(b, out)
    before, files = dump(b), files_in(b)
    again = read_bundle(b, out)
    assert (again.merge.applied, again.merge.duplicates, again.files_added) == (0, 4, 0)
    assert dump(b) == before and files_in(b) == files


@pytest.mark.parametrize("where", [0, 0.3, 0.6, 0.9, -70, -1])
def test_a_changed_byte_anywhere_is_refused_and_nothing_changes(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path, where: float
) -> None:
    a, _place, _sha = laptop
    b = make_replica("b")
    out = write_bundle(a, tmp_path / "a.pbsync").path
    data = bytearray(out.read_bytes())
    at = int(len(data) * where) if 0 <= where < 1 else int(where)
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    before = dump(b)
    with pytest.raises(
        SyncRefused, match=r"a\.pbsync .*(damaged|cut short).*nothing was imported"
    ):
        read_bundle(b, out)
    assert dump(b) == before and files_in(b) == []


@pytest.mark.parametrize("keep", [0, 10, 0.5, -1, -64])
def test_a_bundle_cut_short_is_refused_and_nothing_changes(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path, keep: float
) -> None:
    a, _place, _sha = laptop
    b = make_replica("b")
    out = write_bundle(a, tmp_path / "a.pbsync").path
    data = out.read_bytes()
    length = int(len(data) * keep) if 0 < keep < 1 else int(keep) % len(data)
    out.write_bytes(data[:length])
    before = dump(b)
    with pytest.raises(SyncRefused, match="cut short"):
        read_bundle(b, out)
    assert dump(b) == before


def rebuild(
    path: Path, manifest: Callable[[dict[str, Any]], None], payload: Callable[[bytes], bytes]
) -> None:
    """Rewrite a bundle with a changed manifest or payload, checksums made good again
    (as a newer PlaceBoard, or someone meaning harm, would)."""
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["changes.jsonl"] = payload(members["changes.jsonl"])
    stated = json.loads(members["manifest.json"])
    stated["payload"]["sha256"] = hashlib.sha256(members["changes.jsonl"]).hexdigest()
    manifest(stated)
    members["manifest.json"] = json.dumps(stated).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.comment = bundle.TRAILER + b"0" * bundle.DIGEST_LEN
    bundle._seal(path)


def test_a_bundle_from_a_newer_placeboard_is_refused(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    b = make_replica("b")
    newer = write_bundle(a, tmp_path / "newer.pbsync").path
    rebuild(newer, lambda m: m.update(schema="0099"), lambda p: p)
    with pytest.raises(SyncRefused, match=r"newer PlaceBoard .*revision 0099"):
        read_bundle(b, newer)

    def committee(payload: bytes) -> bytes:
        line = json.loads(payload.splitlines()[-1])
        line[0] = line[0][:16] + "999999" + line[0][22:]
        line[3], line[5], line[6] = "committee", "*", json.dumps({"place_id": line[2]})
        return payload + json.dumps(line).encode() + b"\n"

    def count(m: dict[str, Any]) -> None:
        m["counts"]["changes"] += 1
        m["counts"]["by_table"]["committee"] = 1

    stranger = write_bundle(a, tmp_path / "stranger.pbsync").path
    rebuild(stranger, count, committee)
    before = dump(b)
    with pytest.raises(SyncRefused, match=r"does not know \('committee'\)"):
        read_bundle(b, stranger)
    assert dump(b) == before and files_in(b) == []


def test_a_payload_that_does_not_match_its_manifest_is_refused(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    b = make_replica("b")
    out = write_bundle(a, tmp_path / "a.pbsync").path
    rebuild(out, lambda m: None, lambda p: b"".join(p.splitlines(keepends=True)[1:]))
    with pytest.raises(SyncRefused, match="do not match its manifest"):
        read_bundle(b, out)
    assert files_in(b) == []


def test_a_bundle_is_written_under_a_temporary_name_then_renamed(
    laptop: tuple[Database, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _place, _sha = laptop
    target = tmp_path / "out" / "a.pbsync"
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def replace(source: Any, destination: Any) -> None:
        renames.append((Path(source), Path(destination)))
        assert not Path(destination).exists()
        check_bundle(source)  # complete and sealed before it takes the name
        real_replace(source, destination)

    monkeypatch.setattr(bundle.os, "replace", replace)
    write_bundle(a, target)
    [(source, destination)] = renames
    assert destination == target and source.parent == target.parent and source != target
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_cancelled_bundle_leaves_no_file(
    laptop: tuple[Database, str, str], tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    target = tmp_path / "out" / "a.pbsync"
    with pytest.raises(SyncRefused, match="cancelled"):
        write_bundle(a, target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []


def test_a_bundle_of_a_place_this_laptop_does_not_keep_is_refused(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    lancashire = make_replica("lancashire")
    place(lancashire, "Lancashire")
    out = write_bundle(a, tmp_path / "a.pbsync").path
    before = dump(lancashire)
    with pytest.raises(
        SyncRefused, match="holds records of Blackpool, which this database does not keep"
    ):
        read_bundle(lancashire, out)
    assert dump(lancashire) == before and files_in(lancashire) == []
    done = read_bundle(lancashire, out, allow_new_places=True)
    assert done.new_places == ["Blackpool"] and done.merge.applied == 4


def test_a_laptop_does_not_import_its_own_bundle(
    laptop: tuple[Database, str, str], tmp_path: Path
) -> None:
    a, _place, _sha = laptop
    out = write_bundle(a, tmp_path / "a.pbsync").path
    with pytest.raises(SyncRefused, match="written by this database"):
        read_bundle(a, out)


def test_bundles_carry_acknowledgements_so_the_next_holds_only_what_is_new(
    laptop: tuple[Database, str, str], make_replica: Make, tmp_path: Path
) -> None:
    a, blackpool, _sha = laptop
    b = make_replica("b")
    read_bundle(b, write_bundle(a, tmp_path / "1.pbsync", peer=b.site).path)
    assert peer_state(a, b.site).sent_upto == 4 and peer_state(a, b.site).pushed_upto == 0
    assert peer_state(b, a.site).pulled_upto == 4
    add(b, Person(place_id=blackpool, full_name="Ian Jones"))
    back = write_bundle(b, tmp_path / "2.pbsync", peer=a.site)
    assert back.changes == 5 and back.received == {a.site: 4}
    read_bundle(a, back.path)
    assert peer_state(a, b.site).pushed_upto == 4  # b said it has a's first four
    add(a, Person(place_id=blackpool, full_name="Asha Patel"))
    nxt = write_bundle(a, tmp_path / "3.pbsync", peer=b.site)
    assert nxt.seq_from == 4 and nxt.changes == 2  # b's Ian Jones, passed back, and Asha
    read_bundle(b, nxt.path)
    assert dump(a) == dump(b)


def test_a_bundle_for_some_places_holds_only_theirs_and_the_icb_wide_records(
    make_replica: Make, tmp_path: Path
) -> None:
    icb = make_replica("icb")
    blackpool, lancashire = place(icb, "Blackpool"), place(icb, "Lancashire")
    add(icb, Person(place_id=blackpool, full_name="Karen Smith"))
    add(icb, Person(place_id=lancashire, full_name="Ian Jones"))
    add(icb, Organisation(name="Lancashire County Council", sector="upper_tier_council"))
    info = write_bundle(icb, tmp_path / "blackpool.pbsync", place_ids=[blackpool])
    assert info.places == {blackpool: "Blackpool"} and (info.changes, info.icb_wide) == (3, 1)
    laptop = make_replica("laptop")
    read_bundle(laptop, info.path)
    assert [p.name for p in Services(laptop).places.list_places()] == ["Blackpool"]
