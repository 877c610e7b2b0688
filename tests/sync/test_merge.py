"""Merge: field by field under the clock, idempotent, in batches that are all or nothing;
conflicts kept, records under deleted parents flagged, unknown kinds refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

from placeboard.store.database import Database
from placeboard.store.tables import Organisation, Person, Place, Risk, RiskMitigation
from placeboard.store.tables.base import utc_now
from placeboard.sync import merge
from placeboard.sync.change import Change
from placeboard.sync.conflicts import CONCURRENT_KINDS, DELETED_KINDS
from placeboard.sync.errors import SyncRefused
from placeboard.sync.merge import apply_changes, refresh_conflicts
from placeboard.sync.resolve import resolve

from .replicas import changes_of, conflicts, dump, rows

Make = Callable[..., Database]


def add(db: Database, row: Any) -> str:
    with db.write() as s:
        s.add(row)
    return str(row.id)


def edit(db: Database, model: type[Any], row_id: str, **fields: Any) -> None:
    with db.write() as s:
        row = s.get(model, row_id)
        for name, value in fields.items():
            setattr(row, name, value)
        row.updated_at = utc_now()


def board(db: Database) -> str:
    place = Place(name="Blackpool", kind="unitary")
    place.place_id = place.id
    return add(db, place)


def sync(source: Database, target: Database, **options: Any) -> merge.MergeReport:
    return apply_changes(target, changes_of(source), **options)


def both_ways(a: Database, b: Database) -> None:
    sync(a, b)
    sync(b, a)


def value(db: Database, table: str, row_id: str, column: str) -> Any:
    [(found,)] = rows(db, f'SELECT "{column}" FROM "{table}" WHERE id = :i', i=row_id)
    return found


def test_two_laptops_editing_different_fields_end_identical(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    person = add(a, Person(place_id=place, full_name="Karen Smith"))
    report = sync(a, b)
    assert (report.applied, report.records_added, report.conflicts) == (2, 2, 0)
    edit(a, Person, person, full_name="Dr Karen Smith")
    edit(b, Person, person, job_title="Director of Adult Services")
    both_ways(a, b)
    assert dump(a) == dump(b)
    assert value(a, "person", person, "full_name") == "Dr Karen Smith"
    assert value(a, "person", person, "job_title") == "Director of Adult Services"
    assert conflicts(a, CONCURRENT_KINDS) == conflicts(b, CONCURRENT_KINDS) == []


def test_an_edit_beats_the_insert_for_its_field_only_whatever_the_order(make_replica: Make) -> None:
    a, b, c = make_replica("a"), make_replica("b"), make_replica("c")
    place = board(a)
    person = add(a, Person(place_id=place, full_name="Karen Smith", email="k@nhs.net"))
    sync(a, b)
    edit(b, Person, person, job_title="Director")
    edit_only = [ch for ch in changes_of(b) if ch.site == b.site]
    apply_changes(c, edit_only)  # the edit first: the record is not here yet
    assert rows(c, "SELECT id FROM person") == []
    apply_changes(c, changes_of(a))  # then the place and the insert, stamped earlier
    assert value(c, "person", person, "job_title") == "Director"
    assert value(c, "person", person, "email") == "k@nhs.net"
    assert dump(c) == dump(b)


def test_replaying_changes_does_nothing(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    add(a, Person(place_id=place, full_name="Karen Smith"))
    first = sync(a, b)
    before = dump(b)
    again = apply_changes(b, changes_of(a) * 2)
    assert (again.applied, again.duplicates, again.fields_written) == (0, 2 * first.applied, 0)
    assert dump(b) == before


def test_concurrent_edits_keep_the_loser_as_a_conflict_on_both_laptops(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    person = add(a, Person(place_id=place, full_name="Karen Smith"))
    sync(a, b)
    edit(a, Person, person, full_name="Karen Smith-Jones")
    edit(b, Person, person, full_name="Dr Karen Smith")  # later stamp: wins
    report = sync(a, b)
    assert report.conflicts == 1
    sync(b, a)
    assert dump(a) == dump(b)
    assert value(a, "person", person, "full_name") == "Dr Karen Smith"
    for db, mine in ((a, "Karen Smith-Jones"), (b, "Dr Karen Smith")):
        [c] = conflicts(db, CONCURRENT_KINDS)
        assert (c["kind"], c["tbl"], c["pk"], c["col"]) == (
            "concurrent",
            "person",
            person,
            "full_name",
        )
        assert c["mine_val"] == mine  # each laptop's own side is "mine"
        assert {c["mine_val"], c["theirs_val"]} == {"Karen Smith-Jones", "Dr Karen Smith"}
        assert c["resolution"] is None


def test_edits_made_one_after_the_other_raise_no_conflict(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    person = add(a, Person(place_id=place, full_name="Karen Smith"))
    sync(a, b)
    edit(b, Person, person, full_name="Dr Karen Smith")
    sync(b, a)
    edit(a, Person, person, full_name="Professor Karen Smith")
    both_ways(a, b)
    assert conflicts(a) == conflicts(b) == []
    assert value(b, "person", person, "full_name") == "Professor Karen Smith"


def test_long_text_edited_on_two_laptops_is_a_conflict_to_settle(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    risk = add(a, Risk(place_id=place, title="Workforce", description="Short."))
    person = add(a, Person(place_id=place, full_name="Karen Smith"))
    sync(a, b)
    edit(a, Risk, risk, description="Vacancies in domiciliary care are rising.")
    edit(b, Risk, risk, description="Recruitment to the reablement service has stalled.")
    edit(a, Person, person, job_title="x" * 300)  # long text in a short field
    edit(b, Person, person, job_title="Director")
    both_ways(a, b)
    kinds = {(c["tbl"], c["kind"]) for c in conflicts(a)}
    assert kinds == {("risk", "long_text"), ("person", "long_text")}
    assert dump(a) == dump(b)


def test_settling_a_conflict_closes_it_on_every_laptop(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    person = add(a, Person(place_id=place, full_name="Karen Smith"))
    sync(a, b)
    edit(a, Person, person, full_name="Karen Smith-Jones")
    edit(b, Person, person, full_name="Dr Karen Smith")
    both_ways(a, b)
    [c] = conflicts(b)
    resolve(b, c["id"], "theirs")  # b keeps a's name, which had lost
    report = sync(b, a)
    assert report.conflicts_closed == 1
    assert value(a, "person", person, "full_name") == "Karen Smith-Jones"
    assert [x["resolution"] for x in conflicts(a)] == ["superseded"]
    assert [x["resolution"] for x in conflicts(b)] == ["theirs"]
    assert dump(a) == dump(b)


def test_an_edit_under_a_parent_deleted_elsewhere_is_kept_and_flagged(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    risk = add(a, Risk(place_id=place, title="Workforce"))
    step = add(a, RiskMitigation(place_id=place, risk_id=risk, action="Recruit"))
    sync(a, b)
    edit(a, Risk, risk, deleted=True)
    edit(b, RiskMitigation, step, action="Recruit 12 reablement workers by March")
    added = add(b, RiskMitigation(place_id=place, risk_id=risk, action="Agency cover"))
    both_ways(a, b)
    assert dump(a) == dump(b)
    assert value(a, "risk_mitigation", step, "action").startswith("Recruit 12")
    for db in (a, b):
        flagged = {(c["kind"], c["pk"], c["parent_tbl"], c["parent_pk"]) for c in conflicts(db)}
        assert flagged == {
            ("parent_deleted", step, "risk", risk),
            ("parent_deleted", added, "risk", risk),
        }
    [first, _second] = conflicts(a)
    resolve(a, first["id"], "restore")
    assert value(a, "risk", risk, "deleted") == 0
    assert {c["resolution"] for c in conflicts(a)} == {"restore", "superseded"}
    sync(a, b)
    assert {c["resolution"] for c in conflicts(b)} == {"superseded"}
    assert dump(a) == dump(b)


def test_an_edit_to_a_record_deleted_elsewhere_is_flagged(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    org = add(a, Organisation(name="Blackpool Council", sector="unitary_council"))
    sync(a, b)
    edit(a, Organisation, org, deleted=True)
    edit(b, Organisation, org, short_name="BwD")
    both_ways(a, b)
    assert place
    for db in (a, b):
        [c] = conflicts(db)
        assert (c["kind"], c["pk"], c["parent_pk"]) == ("row_deleted", org, org)
    [c] = conflicts(b)
    resolve(b, c["id"], "dismiss")
    assert conflicts(b)[0]["resolution"] == "dismiss"
    assert value(b, "organisation", org, "deleted") == 1


def test_records_of_an_unknown_kind_are_refused_and_nothing_changes(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    add(a, Person(place_id=place, full_name="Karen Smith"))
    incoming = changes_of(a)
    stamp = incoming[-1].hlc[:16] + "999999" + incoming[-1].hlc[22:]
    stranger = Change(stamp, incoming[-1].site, place, "committee", "c1", "*", "{}", None)
    before = dump(b)
    with pytest.raises(SyncRefused, match=r"does not know \('committee'\).*newer PlaceBoard"):
        apply_changes(b, [*incoming, stranger])
    assert dump(b) == before
    odd_field = Change(stamp, incoming[-1].site, place, "person", "p1", "shoe_size", 9, None)
    with pytest.raises(SyncRefused, match=r"person\.shoe_size"):
        apply_changes(b, [odd_field])
    assert dump(b) == before


def test_a_record_waits_for_the_record_it_refers_to(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    risk = add(a, Risk(place_id=place, title="Workforce"))
    add(a, RiskMitigation(place_id=place, risk_id=risk, action="Recruit"))
    place_row, risk_row, step_row = changes_of(a)
    first = apply_changes(b, [place_row, step_row])
    assert first.waiting == 1 and rows(b, "SELECT id FROM risk_mitigation") == []
    assert rows(b, "SELECT reason FROM sync_pending") == [(f"waits for risk {risk}",)]
    second = apply_changes(b, [risk_row])
    assert second.waiting == 0
    assert dump(b) == dump(a)
    assert rows(b, "PRAGMA foreign_key_check") == []


def test_a_record_logged_field_by_field_is_written_once_complete(make_replica: Make) -> None:
    """Release 0001 logged an insert one field a row; such a record arrives whole too."""
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    add(a, Person(place_id=place, full_name="Karen Smith"))
    *before, insert = changes_of(a)
    fields = json.loads(insert.val)
    stamp = insert.hlc[:-23]
    per_field = [
        Change(f"{stamp}{n:06d}-{a.site}", a.site, place, "person", insert.pk, k, v, None)
        for n, (k, v) in enumerate(fields.items(), start=1)
    ]
    apply_changes(b, [*before, *per_field[:-1]])
    assert rows(b, "SELECT id FROM person") == []  # a field is still missing
    apply_changes(b, per_field[-1:])
    assert rows(b, "SELECT full_name FROM person") == [("Karen Smith",)]


def test_a_stamp_far_ahead_is_taken_with_a_clock_warning(make_replica: Make) -> None:
    ahead, behind = make_replica("ahead", offset_ms=10 * 60_000), make_replica("b")
    add(ahead, Organisation(name="Lancashire County Council", sector="upper_tier_council"))
    report = sync(ahead, behind)
    assert report.applied == 1 and report.sites_ahead == {ahead.site}
    assert report.clock_warning and "minutes ahead" in report.clock_warning
    assert behind.clock.last >= changes_of(ahead)[-1].hlc[:22]
    slightly = make_replica("slightly", offset_ms=60_000)
    add(slightly, Organisation(name="Blackpool Council", sector="unitary_council"))
    assert sync(slightly, behind).clock_warning is None


def test_a_batch_that_fails_half_way_changes_nothing(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    for name in ("Karen Smith", "Ian Jones", "Asha Patel", "Tom Brown"):
        add(a, Person(place_id=place, full_name=name))
    before = dump(b)
    real = merge.MergeBatch.merge_record
    calls = []

    def failing(self: Any, *args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("power cut")
        real(self, *args)

    with mock.patch.object(merge.MergeBatch, "merge_record", failing), pytest.raises(RuntimeError):
        sync(a, b)
    assert dump(b) == before
    assert sync(a, b).applied == 5
    assert dump(b) == dump(a)


def test_batches_already_applied_stay_when_a_later_one_fails(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    for name in ("Karen Smith", "Ian Jones", "Asha Patel"):
        add(a, Person(place_id=place, full_name=name))
    real = merge.MergeBatch.run
    calls = []

    def failing(self: Any, batch: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("killed")
        real(self, batch)

    with mock.patch.object(merge.MergeBatch, "run", failing), pytest.raises(RuntimeError):
        sync(a, b, batch_size=2)
    assert len(rows(b, "SELECT hlc FROM change_log")) == 2
    assert sync(a, b, batch_size=2).applied == 2
    assert dump(b) == dump(a)


def test_cancel_stops_between_batches_and_the_next_apply_finishes(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    place = board(a)
    for n in range(5):
        add(a, Person(place_id=place, full_name=f"Member {n}"))
    seen: list[int] = []
    report = sync(
        a,
        b,
        batch_size=2,
        progress=lambda d, t, m: seen.append(d),
        cancelled=lambda: len(seen) >= 1,
    )
    assert report.cancelled and seen == [2] and report.applied == 2
    assert sync(a, b, batch_size=2).applied == 4
    assert dump(b) == dump(a)


def test_refresh_closes_a_deleted_record_conflict_once_restored_here(make_replica: Make) -> None:
    a, b = make_replica("a"), make_replica("b")
    board(a)
    org = add(a, Organisation(name="Blackpool Council", sector="unitary_council"))
    sync(a, b)
    edit(a, Organisation, org, deleted=True)
    edit(b, Organisation, org, short_name="BC")
    sync(b, a)
    assert [c["resolution"] for c in conflicts(a, DELETED_KINDS)] == [None]
    edit(a, Organisation, org, deleted=False)  # restored in the window, not through sync
    assert refresh_conflicts(a) == 1
    assert [c["resolution"] for c in conflicts(a, DELETED_KINDS)] == ["superseded"]


def test_a_new_record_s_decimals_arrive_exactly(make_replica: Make) -> None:
    from placeboard.store.tables import Metric

    a, b = make_replica("a"), make_replica("b")
    metric = add(a, Metric(key="ae4h", name="A&E within 4 hours", unit="%", target=0.1 + 0.2))
    sync(a, b)
    assert value(b, "metric", metric, "target") == 0.1 + 0.2
