"""The Packs view over real services: a meeting pack built in the worker and read back,
the public version without Part II, publication then a supplement for a late paper,
cancelling leaves no file, and every control is named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.packs_view import ASSURANCE, PacksView, file_stem, period_choices


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services) -> Iterator[PacksView]:
    v = PacksView(demo_services, QUndoStack())
    qtbot.addWidget(v)
    v.today = lambda: date(2026, 11, 24)
    v.open_check.setChecked(False)  # no system viewer in tests
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    if v.task is not None:
        v.task.wait()


def held_meeting(view: PacksView, services: Services) -> str:
    meetings = services.meetings.list_meetings(str(view.place_id))
    chosen = max((m for m in meetings if m.status == "held"), key=lambda m: m.meeting_date)
    view.meeting_combo.setCurrentIndex(view.meeting_combo.findData(chosen.id))
    return chosen.id


def build(view: PacksView, qtbot: QtBot, out: Path) -> str:
    view.path_edit.setText(str(out))
    task = view.build()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    return view.result_label.text()


def all_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_choices_and_file_names(view: PacksView) -> None:
    assert period_choices(date(2026, 11, 24))[:2] == ["2026/27-Q3", "2026/27-Q2"]
    assert "2025/26" in period_choices(date(2026, 11, 24))
    assert file_stem("Blackpool 2026/27-Q3") == "blackpool-2026-27-q3"
    assert view.meeting_box.isVisible() and not view.assurance_box.isVisible()
    view.assurance_radio.setChecked(True)
    assert view.kind() == ASSURANCE and view.assurance_box.isVisible()
    assert Path(view.path_edit.text()).name.startswith("assurance-blackpool-2026-27-q3-full")
    view.public_radio.setChecked(True)
    assert view.path_edit.text().endswith("-public.pdf")


def test_a_meeting_pack_is_built_in_the_worker_and_the_public_one_has_no_part_two(
    view: PacksView, demo_services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = held_meeting(view, demo_services)
    part_two = [i.title for i in demo_services.meetings.agenda(meeting_id) if i.part == 2]
    assert part_two, "the demo meeting has a Part II item"

    said = build(view, qtbot, tmp_path / "full")  # .pdf added
    full = tmp_path / "full.pdf"
    assert said.startswith("Saved the full meeting pack (") and str(full) in said
    assert view.open_button.isEnabled()
    text = all_text(full)
    assert "CONFIDENTIAL" in text and all(title in text for title in part_two)

    view.public_radio.setChecked(True)
    build(view, qtbot, tmp_path / "public.pdf")
    text = all_text(tmp_path / "public.pdf")
    assert "PUBLIC" in text and not any(title in text for title in part_two)


def test_publish_then_a_late_paper_goes_into_a_supplement(
    view: PacksView, demo_services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = held_meeting(view, demo_services)
    assert not view.contents_combo.model().item(1).isEnabled()  # type: ignore[attr-defined]
    view.publish_check.setChecked(True)
    build(view, qtbot, tmp_path / "pack.pdf")
    assert demo_services.packs.find_meeting(meeting_id).published_on is not None
    assert "Published on" in view.meeting_note.text()
    assert not view.publish_check.isEnabled()

    item = demo_services.meetings.add_item(meeting_id, "Late item: winter plan", "decision")
    demo_services.meetings.add_paper(item.id, title="Winter plan", purpose="Decision")
    view.reload()
    assert "1 paper(s) added" in view.meeting_note.text()
    view.contents_combo.setCurrentIndex(view.contents_combo.findData("supplement"))
    said = build(view, qtbot, tmp_path / "supplement.pdf")
    assert "Supplement 1" in said
    assert "Winter plan" in all_text(tmp_path / "supplement.pdf")


def test_cancelling_saves_nothing(
    view: PacksView, demo_services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    held_meeting(view, demo_services)
    out = tmp_path / "cancelled.pdf"
    view.path_edit.setText(str(out))
    task = view.build()
    assert task is not None
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert not out.exists()
    assert view.result_label.text() == "No pack was saved."
    assert view.build_button.isEnabled()
    if task.message_box is not None:
        task.message_box.close()


def test_every_control_has_an_accessible_name(view: PacksView) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit)
    for assurance in (False, True):
        view.assurance_radio.setChecked(assurance)
        for control in view.findChildren(QWidget):
            if isinstance(control, kinds) and control.isVisibleTo(view):
                assert control.accessibleName(), control.objectName() or type(control).__name__


def test_an_all_places_assurance_pack_is_built_from_the_view(
    view: PacksView, demo_services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    view.assurance_radio.setChecked(True)
    view.all_places_radio.setChecked(True)
    view.period_combo.setEditText("2026/27-Q2")
    assert "all-places" in Path(view.path_edit.text()).name
    said = build(view, qtbot, tmp_path / "assurance.pdf")
    assert said.startswith("Saved the full assurance pack for 2026/27-Q2 (")
    reader = PdfReader(tmp_path / "assurance.pdf")
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles[:3] == ["Cover", "Contents", "Places side by side"]
    assert titles[3:] == [p.name for p in demo_services.places.list_places()]
