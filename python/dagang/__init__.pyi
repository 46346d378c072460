"""Typed stubs of dagang (see the package docstring)."""

from typing import Any, Iterable, Literal, Optional, Union, overload

__version__: str

Text = Union[str, bytes]
Kind = Literal["auto", "law", "official", "speech"]
LineBreaks = Literal["auto", "keep", "reflow"]

class DecodeError(ValueError):
    """The bytes could not be decoded (binary input, undecodable bytes or an unknown encoding)."""

@overload
def parse(
    text: Text,
    *,
    kind: Kind = "auto",
    boilerplate: bool = True,
    keep_boilerplate: bool = False,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[False] = False,
) -> dict[str, Any]:
    """The document's outline: title, meta, kind, parts, preamble, sections (nested), boilerplate
    (each removed line with its kind and reason) and diagnostics. Spans are character offsets.

    Raises DecodeError for bytes that cannot be decoded, ValueError for a bad option."""

@overload
def parse(
    text: Text,
    *,
    kind: Kind = "auto",
    boilerplate: bool = True,
    keep_boilerplate: bool = False,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[True],
) -> str:
    """The same, as JSON text (character spans), for writing JSON Lines without building Python objects."""

@overload
def chunks(
    text: Text,
    *,
    max_chars: int = 800,
    min_chars: int = 200,
    overlap: int = 0,
    kind: Kind = "auto",
    boilerplate: bool = True,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[False] = False,
) -> list[dict[str, Any]]:
    """Chunks for retrieval, each ``{"index", "text", "chars", "path", "level", "span", "title",
    "kind"}``: at most ``max_chars`` characters, cut at sentence ends, one section each (sections
    shorter together than ``min_chars`` share one), ``path`` the headings from the title down.

    Raises DecodeError for bytes that cannot be decoded, ValueError for a bad option."""

@overload
def chunks(
    text: Text,
    *,
    max_chars: int = 800,
    min_chars: int = 200,
    overlap: int = 0,
    kind: Kind = "auto",
    boilerplate: bool = True,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[True],
) -> str:
    """The same, as JSON text (character spans), for writing JSON Lines without building Python objects."""

@overload
def parse_many(
    texts: Iterable[Text],
    *,
    jobs: Optional[int] = None,
    kind: Kind = "auto",
    boilerplate: bool = True,
    keep_boilerplate: bool = False,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[False] = False,
) -> list[dict[str, Any]]:
    """``[parse(t) for t in texts]`` on every core (or ``jobs`` threads), the GIL released."""

@overload
def parse_many(
    texts: Iterable[Text],
    *,
    jobs: Optional[int] = None,
    kind: Kind = "auto",
    boilerplate: bool = True,
    keep_boilerplate: bool = False,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[True],
) -> list[str]:
    """The same, as JSON text (character spans), for writing JSON Lines without building Python objects."""

@overload
def chunks_many(
    texts: Iterable[Text],
    *,
    jobs: Optional[int] = None,
    max_chars: int = 800,
    min_chars: int = 200,
    overlap: int = 0,
    kind: Kind = "auto",
    boilerplate: bool = True,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[False] = False,
) -> list[list[dict[str, Any]]]:
    """``[chunks(t) for t in texts]`` on every core (or ``jobs`` threads), the GIL released."""

@overload
def chunks_many(
    texts: Iterable[Text],
    *,
    jobs: Optional[int] = None,
    max_chars: int = 800,
    min_chars: int = 200,
    overlap: int = 0,
    kind: Kind = "auto",
    boilerplate: bool = True,
    encoding: Optional[str] = None,
    line_breaks: LineBreaks = "auto",
    json: Literal[True],
) -> list[str]:
    """The same, as JSON text (character spans), for writing JSON Lines without building Python objects."""
