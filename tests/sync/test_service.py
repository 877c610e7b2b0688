"""SyncService, as the Sync view and the command line use it: status per peer, the
conflicts with both sides, who and when, and a person's choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.sync.files import file_path

Make = Callable[..., Database]


@pytest.fixture
def pair(make_replica: Make) -> tuple[Services, Services, str]:
    """Two laptops holding the same board and person."""
    a, b = Services(make_replica("a")), Services(make_replica("b"))
    place = a.places.create_place("Blackpool", "unitary")
    person = a.membership.add_person(place.id, "Karen Smith", job_title="Chair")
    b.sync.apply(changes(a))
    return a, b, person.id


def changes(services: Services) -> list:  # type: ignore[type-arg]
    from .replicas import changes_of

    return changes_of(services.db)


def test_status_counts_what_waits_for_each_peer(
    pair: tuple[Services, Services, str], tmp_path: Path
) -> None:
    a, b, _person = pair
    fresh = a.sync.status()
    assert fresh.site == a.db.site and fresh.peers == [] and fresh.last_ok_at is None
    assert fresh.unsynced == fresh.changes > 2  # the board, its stages and the person
    out = a.sync.write_bundle(tmp_path / "1.pbsync", peer=b.db.site)
    b.sync.read_bundle(out.path)
    back = b.sync.write_bundle(tmp_path / "2.pbsync", peer=a.db.site)
    a.sync.read_bundle(back.path)
    status = a.sync.status()
    [peer] = status.peers
    assert (peer.peer, peer.waiting, peer.sent, peer.last_error) == (b.db.site, 0, 0, None)
    assert status.unsynced == 0 and status.last_ok_at is not None
    a.membership.add_person(a.places.list_places()[0].id, "Ian Jones")
    status = a.sync.status()
    assert status.unsynced == 1 and status.peers[0].waiting == 1
    a.sync.write_bundle(tmp_path / "3.pbsync", peer=b.db.site)
    assert a.sync.status().peers[0].sent == 1  # sent, not yet acknowledged


def test_conflicts_show_both_sides_who_and_when_and_settle(
    pair: tuple[Services, Services, str],
) -> None:
    a, b, person = pair
    a.membership.update_person(person, full_name="Karen Smith-Jones")
    b.membership.update_person(person, full_name="Dr Karen Smith")
    report = a.sync.apply(changes(b))
    b.sync.apply(changes(a))
    assert report.conflicts == 1 and a.sync.status().open_conflicts == 1
    [view] = a.sync.conflicts()
    assert (view.kind, view.record, view.field) == ("concurrent", "Dr Karen Smith", "full name")
    assert view.mine.value == "Karen Smith-Jones" and view.mine.here
    assert view.theirs.value == "Dr Karen Smith" and view.theirs.site == b.db.site
    assert view.mine.at.year >= 2024 and view.choices == ("mine", "theirs", "edit")
    with pytest.raises(ValidationError, match="choose one of: mine, theirs, edit"):
        a.sync.resolve(view.id, "restore")
    a.sync.resolve(view.id, "edit", "Dr Karen Smith-Jones")
    assert (
        a.sync.conflicts() == [] and a.sync.conflicts(include_settled=True)[0].resolution == "edit"
    )
    b.sync.apply(changes(a))
    assert b.sync.conflicts() == []
    [name] = [p.full_name for p in b.membership.list_people(b.places.list_places()[0].id)]
    assert name == "Dr Karen Smith-Jones"
    with pytest.raises(ValidationError, match="settled already"):
        a.sync.resolve(view.id, "mine")


def test_an_edit_to_a_record_deleted_elsewhere_offers_to_restore_it(
    pair: tuple[Services, Services, str],
) -> None:
    a, b, person = pair
    a.membership.remove("person", person)
    b.membership.update_person(person, job_title="Chair of the Board")
    a.sync.apply(changes(b))
    [view] = a.sync.conflicts()
    assert (view.kind, view.parent_record) == ("row_deleted", "Karen Smith")
    assert view.choices == ("restore", "dismiss") and a.sync.status().open_deleted == 1
    a.sync.resolve(view.id, "restore")
    [restored] = a.membership.list_people(a.places.list_places()[0].id)
    assert (restored.full_name, restored.job_title) == ("Karen Smith", "Chair of the Board")
    b.sync.apply(changes(a))
    assert a.sync.conflicts() == b.sync.conflicts() == []


def test_the_sync_file_paths_are_the_file_service_s(services: Services) -> None:
    sha = "ab" * 32
    assert file_path(services.db.files_dir, sha) == services.files.path_for(sha)
