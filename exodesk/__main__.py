"""`python -m exodesk`: the same entry point as the `exodesk` command."""

import sys

from exodesk.cli import main

if __name__ == "__main__":  # not in a worker process, which imports this module under another name
    sys.exit(main())
