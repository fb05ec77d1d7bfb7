"""Help that teaches: commands in a useful order, values named by what they hold (DATE,
CODE, PATH, N ...) instead of Python types, flags without a type, and docstring prose that
wraps to the terminal instead of breaking where the source line ended.

`HelpGroup` is the class of the root `entente` group; building it tidies every command
below it once, so `entente --help`, `entente dyad --help` and Typer's test runner all see
the same help.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from typer.core import TyperArgument, TyperGroup

__all__ = ["HelpGroup", "PANELS", "ORDER", "VALUE_WORDS"]

#: The help panels, in the order `entente --help` shows them.
PANELS = ("Code and inspect", "Data in", "Questions", "Quality")

#: Commands in the order a newcomer meets them (others follow in registration order).
ORDER = ("code", "actors", "ingest", "recode", "context", "dyad", "brief", "serve", "export",
         "evaluate", "version")

#: What an option's value is, by option name (an explicit metavar on the option wins).
VALUE_WORDS = {
    "--from": "DATE", "--to": "DATE", "--date": "DATE", "--from-year": "YEAR",
    "--to-year": "YEAR", "--years": "YEARS", "--db": "PATH", "--out": "PATH",
    "--cache": "DIR", "--json": "PATH", "--check": "PATH", "--codes": "PATH",
    "--dict": "PATH", "--actor": "CODE", "--root": "CODE", "--sector": "CODE",
    "--country": "COUNTRY", "--dataset": "NAME", "--format": "FORMAT",
    "--input-format": "FORMAT", "--freq": "PERIOD", "--slice": "PART", "--kind": "KIND",
    "--url": "URL", "--mirror": "URL", "--host": "HOST", "--port": "N", "--workers": "N",
    "--parallel": "N", "--worst": "N", "--delay": "SECONDS", "--timeout": "SECONDS",
    "--max-mb": "MB", "--min-confidence": "NUMBER", "--key": "KEY", "--licence": "TEXT",
    "--export": "FILE", "--products": "WHICH",
}
#: What an argument is, by parameter name.
ARGUMENT_WORDS = {"a": "COUNTRY", "b": "COUNTRY", "text": "TEXT", "gold": "PATH",
                  "gold2": "PATH", "files": "PATH", "paths": "PATH", "inputs": "INPUT",
                  "urls": "URL", "feeds": "FEED"}
#: Fallback by Python type.
_TYPE_WORDS = {"str": "TEXT", "int": "N", "float": "NUMBER", "path": "PATH", "Path": "PATH",
               "bool": ""}


class HelpGroup(TyperGroup):
    """The root group: commands in `ORDER`, every parameter named by a word."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        _tidy_tree(self)

    def list_commands(self, ctx: Any) -> list[str]:
        names = list(self.commands)
        rank = {name: i for i, name in enumerate(ORDER)}
        return sorted(names, key=lambda n: (rank.get(n, len(ORDER)), names.index(n)))


def _tidy_tree(command: Any) -> None:
    command.help = reflow(command.help)
    _tidy_params(command)
    for sub in getattr(command, "commands", {}).values():
        _tidy_tree(sub)


def _tidy_params(command: Any) -> None:
    help_option = command.get_help_option(SimpleNamespace(help_option_names=["--help"]))
    params = list(command.params) + ([help_option] if help_option is not None else [])
    for param in params:
        if isinstance(param, TyperArgument):
            word = ARGUMENT_WORDS.get(param.name or "") or _type_word(param)
            if param.metavar is None:
                param.metavar = (param.name or word).upper()
            param.display_type_rich = lambda ctx, word=word: word  # type: ignore[method-assign]
            param._usage_display_name = _usage_name(param)  # type: ignore[method-assign]
        elif getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None:
            long = next((o for o in param.opts if o.startswith("--")), "")
            param.metavar = VALUE_WORDS.get(long) or _type_word(param)


def _usage_name(param: Any) -> Any:
    """`A B` and `[GOLD2]` in the usage line (Typer would write `{A} {B}`)."""
    name = param.metavar + ("..." if param.nargs != 1 else "")
    return lambda: name if param.required else f"[{name}]"


def _type_word(param: Any) -> str:
    try:
        shown = str(param.display_type(None))
    except Exception:  # a type Typer cannot show without a context: name it plainly
        return "VALUE"
    inner = re.sub(r"^<(?:list\[)?|\]?>$", "", shown)
    return _TYPE_WORDS.get(inner, inner.upper() or "VALUE")


_EXAMPLE = re.compile(r"^(Example|\$ |entente |python |\s)")


def reflow(text: str | None) -> str | None:
    """Join the source-wrapped lines of each prose paragraph; example lines and indented
    lines keep their own line."""
    if not text:
        return text
    import inspect

    paragraphs = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and not _EXAMPLE.match(line) and not _EXAMPLE.match(lines[-1]) \
                    and not lines[-1].endswith(":"):
                lines[-1] = f"{lines[-1]} {line.strip()}"
            else:
                lines.append(line.rstrip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
