"""The use cases, one service per area. The UI and the CLI call only these."""

from __future__ import annotations

import os
from pathlib import Path

from placeboard.store.database import Database, open_database
from placeboard.store.paths import data_dir, log_dir

from .agenda import AgendaService
from .assurance import AssuranceService
from .attendance import AttendanceService
from .calendar import CalendarService
from .demo import DemoService
from .files import FileService
from .hub import HubService
from .maintenance import MaintenanceService
from .meeting_quorum import MeetingQuorumService
from .meetings import MeetingService
from .membership import MembershipService
from .metric_charts import MetricChartService
from .metric_files import MetricFileService
from .metrics import MetricService
from .minutes import MinutesService
from .new_board import NewBoardService
from .overview import OverviewService
from .packs import PackService
from .places import OrganisationService, PlaceService
from .priorities import PriorityService
from .risks import RiskService
from .stage_checks import StageCheckService
from .stages import StageService
from .sync import SyncService
from .terms import TermsService


class Services:
    """Every area service over one open database, built by the composition root."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.places = PlaceService(db)
        self.organisations = OrganisationService(db)
        self.membership = MembershipService(db)
        self.terms = TermsService(db)
        self.stages = StageService(db)
        self.priorities = PriorityService(db)
        self.metrics = MetricService(db)
        self.metric_files = MetricFileService(self.metrics, self.places)
        self.metric_charts = MetricChartService(self.metrics, self.places)
        self.meetings = MeetingService(db)
        self.meeting_quorum = MeetingQuorumService(self.meetings, self.membership, self.terms)
        self.minutes = MinutesService(self.meetings)
        self.calendar = CalendarService(self.meetings, self.places)
        self.attendance = AttendanceService(db)
        self.risks = RiskService(db)
        self.maintenance = MaintenanceService(db)
        self.files = FileService(db)
        self.agenda = AgendaService(db, self.meetings, self.files)
        self.stage_checks = StageCheckService(
            self.stages, self.terms, self.membership, self.risks, self.meetings
        )
        self.overview = OverviewService(
            self.places,
            self.organisations,
            self.membership,
            self.priorities,
            self.meetings,
            self.risks,
            self.meeting_quorum,
            self.stage_checks,
            self.metric_charts,
        )
        self.assurance = AssuranceService(
            self.places, self.membership, self.attendance, self.meetings, self.meeting_quorum,
            self.minutes, self.terms, self.stages, self.stage_checks, self.priorities,
            self.metrics, self.metric_charts, self.risks,
        )  # fmt: skip
        self.packs = PackService(
            self.places, self.meetings, self.minutes, self.membership, self.agenda, self.files,
            self.assurance,
        )  # fmt: skip
        self.sync = SyncService(db)
        self.hub = HubService(db)
        self.demo = DemoService(self)
        self.new_board = NewBoardService(
            db, self.places, self.organisations, self.membership, self.terms, self.stages
        )

    def is_empty(self) -> bool:
        """True before any place exists: the first run."""
        return not self.places.list_places()

    def close(self) -> None:
        self.db.close()


def open_services(folder: str | os.PathLike[str] | None = None) -> Services:
    """Open the data folder (`--data-dir`, $PLACEBOARD_DATA_DIR or the user data folder)."""
    return Services(open_database(data_dir(folder)))


def data_folder(folder: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(folder)


def log_folder() -> Path:
    return log_dir()


__all__ = ["Services", "data_folder", "log_folder", "open_services"]
