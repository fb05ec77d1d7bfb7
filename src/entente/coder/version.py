"""`coder_version`: which code and which data produced an event.

The stamp is the package version plus a fingerprint of the data a coder actually loaded
(the trigger lexicon, the role patterns and policies, and the gazetteer with every user
layer) and of the code that reads it (the modules of `entente.coder`, `entente.actors` and
`entente.ontology`). Change any of them (a user dictionary or a rule in Python included)
and the stamp changes, so stored events say what to recode. The fingerprint covers
content, never where files live.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from .._version import __version__

if TYPE_CHECKING:
    from ..actors.gazetteer import Gazetteer
    from .bundle import Rules
    from .lexicon import Lexicon

CODER_VERSION = __version__

#: the code whose behaviour decides what an event is: the coder, actor resolution and the
#: ontology (codes, quad classes, Goldstein values)
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
CODING_SOURCES: tuple[Path, ...] = (_PACKAGE_ROOT / "coder", _PACKAGE_ROOT / "actors",
                                    _PACKAGE_ROOT / "ontology.py")


def coder_version(lexicon: Lexicon, rules: Rules, gazetteer: Gazetteer | None = None) -> str:
    """`"<version>+<fingerprint>"` of the language bundle (`Lexicon` entries and irregular
    verb forms, every `Rules` field) and, when given, a gazetteer (`Gazetteer.layers`), as
    loaded: the coder reads its data only through these objects, so their content is the
    data that coded an event."""
    digest = hashlib.sha1()
    # A gazetteer layer is a set of forms (bundled layers are built in set order).
    layers = [frozenset(layer) for layer in gazetteer.layers] if gazetteer is not None else []
    for part in (lexicon.entries(), lexicon.irregular, rules, layers):
        digest.update(_canonical(part).encode())
        digest.update(b"\x00")
    digest.update(code_fingerprint(CODING_SOURCES).encode())
    return f"{CODER_VERSION}+{digest.hexdigest()[:10]}"


@lru_cache(maxsize=8)
def code_fingerprint(sources: tuple[Path, ...]) -> str:
    """A digest of the Python files under `sources` (folders or single files), each by its
    path below its source and its bytes: a rule changed in code changes the stamp as a
    changed data row does, wherever the package is installed."""
    digest = hashlib.sha1()
    for source in sources:
        files = sorted(source.rglob("*.py")) if source.is_dir() else [source]
        for file in files:
            digest.update(file.relative_to(source.parent).as_posix().encode() + b"\x00")
            digest.update(file.read_bytes() + b"\x00")
    return digest.hexdigest()


def version_of(coder: Any) -> str:
    """The version a coder stamps on its events: its own attribute, else the module's.

    Works for `Coder`, `entente.scale.DistributedCoder` and user-supplied coders alike.
    """
    for attr in ("version", "coder_version"):
        value = getattr(coder, attr, None)
        if isinstance(value, str) and value:
            return value
    return CODER_VERSION


def _canonical(value: Any) -> str:
    """A text for `value` that is the same in every process: sets sorted, paths by name,
    objects without a stable form by their type."""
    kind = type(value)
    if kind is str:  # most values (fast path; the checks below give the same text)
        return repr(value)
    if value is None or isinstance(value, str | int | float | bool | date):
        return repr(value)
    if isinstance(value, PurePath):
        return repr(value.name)
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value)
                                           if f.name != "files")  # data, not paths
    if names is not None:
        fields = [f"{name}={_field(name, getattr(value, name))}" for name in names]
        return f"{kind.__name__}({','.join(fields)})"
    if isinstance(value, Mapping):
        items = sorted([f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items()])
        return "{" + ",".join(items) + "}"
    if isinstance(value, set | frozenset):
        return "{" + ",".join(sorted([_canonical(v) for v in value])) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join([_canonical(v) for v in value]) + "]"
    return kind.__qualname__


#: dataclass type -> the names of the fields `_canonical` writes, in order
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field(name: str, value: Any) -> str:
    """`_canonical` of one field's value (strings and None, most fields, inline)."""
    if value is None:
        return "None"
    if type(value) is str:
        return repr(_file_name(value) if name == "source" else value)
    return _canonical(_located(name, value))


def _located(name: str, value: Any) -> Any:
    """An entry's `source` ("/home/me/user.tsv:3") counts by file name and line only."""
    return _file_name(value) if name == "source" and isinstance(value, str) else value


@lru_cache(maxsize=4096)
def _file_name(path: str) -> str:
    return PurePath(path).name
