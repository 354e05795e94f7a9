"""`python -m exodesk`: the same entry point as the `exodesk` command."""

from exodesk.cli import entry

if __name__ == "__main__":  # not in a worker process, which imports this module under another name
    entry()
