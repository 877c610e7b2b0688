"""Every table of the PlaceBoard schema; importing this registers them all."""

from .base import (
    ChangeLog,
    Conflict,
    FieldClock,
    LocalSite,
    Synced,
    SyncPeer,
    SyncPending,
    synced_tables,
)
from .meetings import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attachment,
    Attendance,
    ForwardPlanEntry,
    Meeting,
    MeetingDeclaration,
    Minute,
    Paper,
    PaperFile,
    Resolution,
)
from .membership import Declaration, Deputy, Membership, Person
from .metrics import Metric, MetricAnnotation, MetricRebase, MetricValue
from .places import Board, Locality, Organisation, Partner, Place
from .priorities import GlossaryTerm, Milestone, Priority, PriorityMetric, PriorityUpdate
from .risks import Risk, RiskContributor, RiskMitigation
from .stages import Criterion, CriterionEvidence, Stage, StageDecision
from .terms import TorApproval, TorSection, TorVersion

__all__ = [
    "Action",
    "ActionUpdate",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "Board",
    "ChangeLog",
    "Conflict",
    "Criterion",
    "CriterionEvidence",
    "Declaration",
    "Deputy",
    "FieldClock",
    "ForwardPlanEntry",
    "GlossaryTerm",
    "LocalSite",
    "Locality",
    "Meeting",
    "MeetingDeclaration",
    "Membership",
    "Metric",
    "MetricAnnotation",
    "MetricRebase",
    "MetricValue",
    "Milestone",
    "Minute",
    "Organisation",
    "Paper",
    "PaperFile",
    "Partner",
    "Person",
    "Place",
    "Priority",
    "PriorityMetric",
    "PriorityUpdate",
    "Resolution",
    "Risk",
    "RiskContributor",
    "RiskMitigation",
    "Stage",
    "StageDecision",
    "SyncPeer",
    "SyncPending",
    "Synced",
    "TorApproval",
    "TorSection",
    "TorVersion",
    "synced_tables",
]
