"""The look-ups read answers with the same helpers as the importers, through public names."""

import ast
from pathlib import Path

import exodesk

PACKAGE = Path(exodesk.__file__).parent


def test_no_module_imports_a_private_name_of_another():
    private = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("exodesk"):
                private += [f"{path.relative_to(PACKAGE)}: {node.module}.{alias.name}"
                            for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert private == []
