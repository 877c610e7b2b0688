import sys

from placeboard.cli import main

sys.exit(main())
