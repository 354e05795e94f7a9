"""What the bundled executable runs: the same entry point as the `exodesk` command."""

import multiprocessing

from exodesk.cli import entry

if __name__ == "__main__":
    # Large bibliography files are read by worker processes (library/parallel.py);
    # in a bundle each worker is this executable started again, which this sends
    # to the worker's code instead of the app.
    multiprocessing.freeze_support()
    entry()
