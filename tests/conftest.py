"""Shared fixtures: the real dev pages in ../shared are optional (skipped when absent)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "corpus" / "dev" / "seed-000.txt"
SEED_GOLD = SHARED / "corpus" / "dev" / "seed-000.gold.json"
EXAMPLE = REPO / "examples" / "qingxi-2023-03-04.txt"


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py not present")
    spec = importlib.util.spec_from_file_location("banmian_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed() -> tuple[str, dict]:
    if not SEED_TXT.exists():
        pytest.skip("../shared/corpus/dev/seed-000.txt not present")
    return SEED_TXT.read_text(encoding="utf-8"), json.loads(SEED_GOLD.read_text(encoding="utf-8"))
