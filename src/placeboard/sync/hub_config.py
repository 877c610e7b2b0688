"""Where this laptop's hub settings live, and its password.

The settings (the hub's DSN without a password, the name people know it by, the
hub's id once seen) are a small JSON file in the user's config folder; the password
is only ever in the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux) under service "placeboard-hub" and the DSN as
user name. When no such keyring is there, PlaceBoard says so and keeps nothing: a
plain-file keyring is used only when a person chose it (keyring's own
PYTHON_KEYRING_BACKEND or keyringrc.cfg), never because nothing better was found.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs

from placeboard import APP_NAME

from .hub_errors import HubError, HubNotConfigured, KeyringUnavailable

CONFIG_DIR_ENV = "PLACEBOARD_CONFIG_DIR"
CONFIG_NAME = "hub.json"
KEYRING_SERVICE = "placeboard-hub"
NO_KEYRING = (
    "No password store (keyring) is available on this computer, and PlaceBoard keeps the "
    "hub password only there, never in a file. Use Windows Credential Manager, macOS "
    "Keychain or a Secret Service keyring (GNOME Keyring, KWallet), then connect again."
)


@dataclass(frozen=True)
class HubConfig:
    dsn: str  # libpq connection string or URI, never with a password
    name: str  # what people call the hub ("Lancashire and South Cumbria ICB")
    hub_id: str | None = None  # the hub's own id, learnt when first connected
    icb: bool = False  # the role reads every place (the ICB's), learnt when connected

    @property
    def role(self) -> str:
        return _parse_dsn(self.dsn).get("user") or os.environ.get("PGUSER", "")

    @property
    def where(self) -> str:
        """host:port/database, for messages."""
        return describe_dsn(self.dsn)


def _parse_dsn(dsn: str) -> dict[str, Any]:
    """libpq's reading of a connection string; psycopg is imported here, on first use,
    because the window reads these settings at start-up."""
    from psycopg import conninfo

    return conninfo.conninfo_to_dict(dsn)


def describe_dsn(dsn: str) -> str:
    parts = _parse_dsn(dsn)
    host = str(parts.get("host") or parts.get("hostaddr") or "localhost")
    port = parts.get("port") or "5432"
    return f"{host}:{port}/{parts.get('dbname') or parts.get('user') or ''}"


def check_dsn(dsn: str) -> str:
    """The DSN as given, after checking it parses and holds no password."""
    try:
        parts = _parse_dsn(dsn)
    except Exception as exc:  # psycopg raises ProgrammingError with libpq's words
        raise HubError(f"'{dsn}' is not a PostgreSQL connection string ({exc}).") from None
    if parts.get("password"):
        raise HubError(
            "The connection string holds a password; give it without one (PlaceBoard asks "
            "for the password and keeps it in the keyring)."
        )
    if not parts.get("dbname"):
        raise HubError("The connection string names no database (dbname=… or …/DATABASE).")
    return dsn.strip()


# -- the settings file -------------------------------------------------------------------


def config_dir() -> Path:
    """$PLACEBOARD_CONFIG_DIR, else the platform's user config folder."""
    chosen = os.environ.get(CONFIG_DIR_ENV) or platformdirs.user_config_dir(APP_NAME)
    return Path(chosen).expanduser()


def config_path() -> Path:
    return config_dir() / CONFIG_NAME


def load_config(path: Path | None = None) -> HubConfig | None:
    source = path or config_path()
    try:
        data: Any = json.loads(source.read_text(encoding="utf-8"))
        return HubConfig(
            str(data["dsn"]), str(data["name"]), data.get("hub_id"), bool(data.get("icb"))
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise HubError(
            f"The hub settings in {source} cannot be read; set them again with "
            "'placeboard hub connect'."
        ) from None


def require_config(path: Path | None = None) -> HubConfig:
    found = load_config(path)
    if found is None:
        raise HubNotConfigured(
            "No hub is set up on this laptop yet: run 'placeboard hub connect --dsn … "
            "--name …' first."
        )
    return found


def save_config(config: HubConfig, path: Path | None = None) -> Path:
    """Write the settings beside their final name, then rename (never half a file)."""
    target = path or config_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".hub-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(config), out, indent=1)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return target


# -- the password, in the keyring --------------------------------------------------------


def keyring_backend() -> Any:
    """The keyring in force, or KeyringUnavailable when there is none worth the name."""
    import keyring
    from keyring.backends import chainer

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: the same as none
        raise KeyringUnavailable(NO_KEYRING) from None
    members = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [b for b in members if not _no_store(b)]
    if not usable:
        raise KeyringUnavailable(NO_KEYRING)
    if all(_plain_file(b) for b in usable) and not _chosen(backend):
        raise KeyringUnavailable(
            "The only password store found on this computer keeps passwords in a plain "
            "file, so PlaceBoard will not use it. Use Windows Credential Manager, macOS "
            "Keychain or a Secret Service keyring (GNOME Keyring, KWallet), then connect "
            "again."
        )
    return backend


def keyring_label() -> str:
    backend = keyring_backend()
    return str(getattr(backend, "name", type(backend).__name__))


def _no_store(backend: Any) -> bool:
    from keyring.backends import fail, null

    return isinstance(backend, fail.Keyring | null.Keyring)


def _plain_file(backend: Any) -> bool:
    kind = type(backend)
    return kind.__module__.startswith("keyrings.alt") or "plaintext" in kind.__name__.lower()


def _chosen(backend: Any) -> bool:
    """A person named this backend in keyring's own settings."""
    import keyring.core

    qualified = f"{type(backend).__module__}.{type(backend).__name__}"
    if os.environ.get("PYTHON_KEYRING_BACKEND", "").strip() == qualified:
        return True
    try:
        configured = keyring.core.load_config()
    except Exception:
        return False
    return configured is not None and type(configured) is type(backend)


def store_password(config: HubConfig, password: str) -> None:
    backend = keyring_backend()
    try:
        backend.set_password(KEYRING_SERVICE, config.dsn, password)
    except Exception as exc:
        raise KeyringUnavailable(
            f"The keyring would not keep the hub password ({exc}); nothing was stored."
        ) from None


def get_password(config: HubConfig) -> str:
    backend = keyring_backend()
    try:
        found = backend.get_password(KEYRING_SERVICE, config.dsn)
    except Exception as exc:
        raise KeyringUnavailable(f"The keyring could not be read ({exc}).") from None
    if found is None:
        raise HubNotConfigured(
            f"The keyring holds no password for the hub {config.name}: run 'placeboard hub "
            "connect' again to give it."
        )
    return str(found)


def forget_password(config: HubConfig) -> None:
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring_backend().delete_password(KEYRING_SERVICE, config.dsn)
