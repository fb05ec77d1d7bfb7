"""Shared fixtures: paths to the optional shared folders, a fresh store per test, a local
web server on 127.0.0.1 (see httpserver.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from entente.actors import ActorResolver
from entente.store import Store
from httpserver import LocalWeb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"
GOLD = SHARED / "gold"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    """The default actor resolver, built once per test module (it loads the gazetteer)."""
    return ActorResolver()


@pytest.fixture(scope="module")
def coder():
    """The default coder, built once per test module (it loads the spaCy pipeline)."""
    from entente.coder import Coder  # here, not at the top: only coder tests pay for spaCy

    return Coder()


@pytest.fixture(scope="module")
def one_sided_coder(coder):
    """The default coder that also gives one-sided happenings (`entente code --one-sided`),
    sharing the pipeline of `coder`."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, one_sided=True)


@pytest.fixture(scope="module")
def every_event_coder(coder):
    """The default coder that also shows events under the default confidence floor
    (`entente code --min-confidence 0`), sharing the pipeline of `coder`: for tests of where
    a phrase ends or how a side is placed, not of whether the event is shown."""
    from entente.coder import Coder

    return Coder(resolver=coder.resolver, model=coder.nlp, min_confidence=0)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.duckdb"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A started local web server with no routes yet; stopped after the test."""
    server = LocalWeb().start()
    try:
        yield server
    finally:
        server.stop()
