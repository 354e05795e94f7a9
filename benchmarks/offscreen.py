"""Window benchmarks run their window in a new process: offscreen Qt, its own settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable


def run_child(script: str, *args: str) -> dict:
    """Run `script --child ARGS... FOLDER` in a new Python process on the
    offscreen Qt platform, FOLDER a fresh one for its settings and window
    state; the JSON object its last line of output holds."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXODESK_CONFIG": folder}
        out = subprocess.run([sys.executable, script, "--child", *args, folder],
                             env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_or_main(child: Callable[..., None], main: Callable[[], None]) -> None:
    """As the script's entry point: the child's side when run_child started it."""
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:])
    else:
        main()
