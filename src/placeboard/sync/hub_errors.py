"""Why a sync with the ICB's hub stopped: one sentence that says what is wrong and what
to do. Each is a SyncRefused, so the Sync view and the command line show it as it is."""

from __future__ import annotations

from typing import Any

from .errors import SyncRefused


class HubError(SyncRefused):
    """Something about the hub, its connection or its settings."""

    retry_helps = False  # would the same sync, tried again later, likely work?


class KeyringUnavailable(HubError):
    """No operating-system keyring to keep the hub password in (never a plain file)."""


class HubNotConfigured(HubError):
    """This laptop has no hub settings yet (`placeboard hub connect`)."""


class HubAuthFailed(HubError):
    """The hub refused the role's password."""


class HubUnreachable(HubError):
    """The hub server cannot be reached, or stopped answering part-way."""

    retry_helps = True  # the network or the server comes back


class HubNotInitialised(HubError):
    """The database is not (yet) a PlaceBoard hub, or one of a newer PlaceBoard."""


class HubNoAccess(HubError):
    """The role may not use this hub at all (no place granted, not the ICB)."""


class HubClockSkew(HubError):
    """The hub refused changes stamped more than a day ahead of its clock."""


class HubInitRefused(HubError):
    """`placeboard hub init` will not set up this database (not empty, not an admin)."""


class HubPlaceRevoked(HubError):
    """The role no longer has access to a place this laptop synced before, and changes
    made here to it could not be sent. The rest of the sync was done: `report` says
    what (a HubSyncReport)."""

    def __init__(self, message: str, places: list[str], report: Any = None) -> None:
        super().__init__(message)
        self.places = places
        self.report = report
