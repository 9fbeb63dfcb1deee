"""Shared fixtures.

Tests that need the development data beside the project (``../shared``) take
the ``shared`` fixture; it skips the test cleanly when the folder is absent.
Set ``FAYAN_SHARED`` to point somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _shared_dir() -> Path:
    env = os.environ.get("FAYAN_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``shared/data`` folder, or skip."""
    data = _shared_dir() / "data"
    if not data.is_dir():
        pytest.skip(f"development data not found at {data} (set FAYAN_SHARED)")
    return data


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
