"""entente's exceptions: each carries one line a user can act on."""

from __future__ import annotations


class EntenteError(Exception):
    """Base class: the message names the file, line, field or value at fault."""


class InputError(EntenteError):
    """Unreadable or malformed input (a file, a row, a URL)."""


class StoreError(EntenteError):
    """The store could not be opened, migrated or written."""


class FetchError(EntenteError):
    """A URL could not be fetched within entente's limits (scheme, size, time)."""
