"""Running `placeboard` as a person does, in a real process, and reading its refusals."""

from __future__ import annotations

import os
import subprocess
import sys


def run(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    unset: tuple[str, ...] = (),
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """`placeboard ARGS` with this environment plus `env`, less `unset`; standard input
    is `stdin`, or nothing (a command that would wait for input fails instead)."""
    child = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "-m", "placeboard", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**child, **(env or {})},
    )


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command printed: no traceback, a non-zero exit."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]
