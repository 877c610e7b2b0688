"""Hub settings and the password: settings in a small JSON file with no password in
it, the password only in a keyring, and a clear refusal when the only keyring at hand
is none, or a plain file nobody chose."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from placeboard.sync import hub_config
from placeboard.sync.hub_config import HubConfig
from placeboard.sync.hub_errors import HubError, HubNotConfigured, KeyringUnavailable

from .hub_fixtures import *  # noqa: F403  (the fixtures)

DSN = "host=hub.icb.example port=5433 dbname=placeboard_hub user=blackpool1"


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_a_dsn_with_a_password_or_no_database_is_refused() -> None:
    with pytest.raises(HubError, match="holds a password"):
        hub_config.check_dsn(DSN + " password=hunter2")
    with pytest.raises(HubError, match="holds a password"):
        hub_config.check_dsn("postgresql://blackpool1:hunter2@hub.icb.example/placeboard_hub")
    with pytest.raises(HubError, match="names no database"):
        hub_config.check_dsn("host=hub.icb.example user=blackpool1")
    assert hub_config.check_dsn(f" {DSN} ") == DSN
    config = HubConfig(DSN, "ICB hub")
    assert (config.role, config.where) == ("blackpool1", "hub.icb.example:5433/placeboard_hub")


def test_settings_are_kept_in_the_config_folder_without_the_password(
    keyring_file: Any,
) -> None:
    config = HubConfig(DSN, "Lancashire and South Cumbria ICB", "hub-id-1")
    path = hub_config.save_config(config)
    assert path == hub_config.config_dir() / "hub.json"
    assert path.is_relative_to(os.environ["XDG_CONFIG_HOME"])  # the test's own home
    hub_config.store_password(config, "hunter2-but-longer")
    assert hub_config.load_config() == config
    assert "hunter2" not in path.read_text() and set(json.loads(path.read_text())) == {
        "dsn",
        "name",
        "hub_id",
        "icb",
    }
    assert hub_config.get_password(config) == "hunter2-but-longer"
    assert keyring.get_password("placeboard-hub", DSN) == "hunter2-but-longer"
    hub_config.forget_password(config)
    with pytest.raises(HubNotConfigured, match="holds no password"):
        hub_config.get_password(config)


def test_no_settings_yet_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(HubNotConfigured, match="placeboard hub connect"):
        hub_config.require_config(tmp_path / "none.json")
    broken = tmp_path / "hub.json"
    broken.write_text("{not json")
    with pytest.raises(HubError, match="cannot be read"):
        hub_config.load_config(broken)


def test_no_keyring_at_all_is_refused_with_a_clear_message(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="No password store"):
        hub_config.store_password(HubConfig(DSN, "ICB hub"), "secret")


def test_a_plain_file_keyring_nobody_chose_is_refused(
    restore_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable, match="plain file"):
        hub_config.store_password(HubConfig(DSN, "ICB hub"), "secret")
    assert not list(Path(os.environ["XDG_DATA_HOME"]).rglob("keyring_pass.cfg"))
