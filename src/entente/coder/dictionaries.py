"""Coders that read user actor dictionaries as well as the bundled gazetteer.

`dictionary_coder(["world.actors.txt", "world.agents.txt"])` is the coder behind
`entente code --dict` and `entente evaluate --dict`; `DictionaryCoder` is the same as a
picklable factory for a cluster (`--workers`). Dictionaries are read once per process.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..actors import ActorResolver, Gazetteer
from .core import Coder


class DictionaryCoder:
    """Builds a coder whose resolver also reads `paths` (YAML, TSV, PETRARCH .txt)."""

    def __init__(self, paths: Iterable[str | Path], one_sided: bool = False) -> None:
        self.paths = tuple(str(Path(p).resolve()) for p in paths)
        self.one_sided = one_sided

    def __call__(self) -> Coder:
        return _cached(self.paths, self.one_sided)

    def __repr__(self) -> str:  # the factory's name in every process (entente.scale)
        return f"entente.coder.DictionaryCoder({list(self.paths)!r}, one_sided={self.one_sided})"


def dictionary_coder(paths: Iterable[str | Path], one_sided: bool = False) -> Coder:
    """The coder of this process that reads the user dictionaries `paths`."""
    return DictionaryCoder(paths, one_sided)()


@lru_cache(maxsize=4)
def _cached(paths: tuple[str, ...], one_sided: bool) -> Coder:
    return Coder(resolver=ActorResolver(Gazetteer.load(paths)), one_sided=one_sided)
