"""The frozen app's entry point: `placeboard.cli:main`, as the installed `placeboard` script.

A windowed Windows executable starts with no stdout or stderr (they are None); a
command that prints, or Python reporting an error, would then fail on its own output,
so they go nowhere instead. `placeboard-cli.exe` has a console and keeps them.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from placeboard.cli import main  # noqa: E402  (after the streams are mended)

sys.exit(main())
