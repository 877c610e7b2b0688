"""The ICB hub as a laptop sees it: its settings, connecting once (the password into
the operating system's keyring), and a sync — one path for the Sync view and
`placeboard hub connect / sync`. Setting a hub up (`hub init`, `hub grant`) is the ICB
administrator's work on the server and stays with the command line.

psycopg and the hub engine are imported on first use: most laptops open the window
many times between syncs, and start-up should not pay for them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from placeboard.sync import hub_config
from placeboard.sync.hub_config import HubConfig

from .base import Service

if TYPE_CHECKING:
    from placeboard.sync.hub import HubAccess
    from placeboard.sync.hub_sync import HubSyncReport
    from placeboard.sync.merge import Cancelled, Progress


class HubService(Service):
    @staticmethod
    def settings() -> HubConfig | None:
        """This laptop's hub settings (no password in them), or None before `connect`."""
        return hub_config.load_config()

    @staticmethod
    def settings_file() -> Path:
        """Where this laptop's hub settings are kept (whether or not it has any yet)."""
        return hub_config.config_path()

    @staticmethod
    def connect(dsn: str, name: str, password: str) -> tuple[HubConfig, HubAccess]:
        """Check the settings and the password against the hub, then keep both: the
        settings in the config folder, the password in the keyring. Nothing is kept
        when the connection fails."""
        from placeboard.sync.hub import open_link

        config = HubConfig(hub_config.check_dsn(dsn), name.strip())
        hub_config.keyring_label()  # no usable keyring: say so before connecting
        with open_link(config, password) as link:
            access = link.access
        config = replace(config, hub_id=access.hub_id, icb=access.icb)
        hub_config.store_password(config, password)
        hub_config.save_config(config)
        return config, access

    def sync(
        self,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        password: str | None = None,
    ) -> HubSyncReport:
        """Push then pull with the hub set up here; HubError (one sentence) when it
        cannot, with what was done before kept."""
        from placeboard.sync.hub_sync import sync_with_hub

        config = hub_config.require_config()
        report = sync_with_hub(self.db, config, progress, cancelled, password=password)
        learnt = replace(config, hub_id=report.hub_id, icb=report.icb)
        if learnt != config:  # the hub set up again, or the role's grants changed
            hub_config.save_config(learnt)
        return report
