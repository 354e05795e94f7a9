"""What the bundled executable runs: the same entry point as the `exodesk` command."""

import sys

from exodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
