"""dagang (大纲): Chinese documents as typed, hierarchical outlines, and chunks that keep the outline.

    >>> import dagang
    >>> doc = dagang.parse("关于加强管理的通知\\n一、总体要求\\n各地要加强领导。\\n")
    >>> doc["title"]["text"]
    '关于加强管理的通知'
    >>> [c["path"] for c in dagang.chunks("关于加强管理的通知\\n一、总体要求\\n各地要加强领导。\\n", min_chars=0)]
    [['关于加强管理的通知', '一、总体要求']]

Every function takes the text as ``str``, or as ``bytes`` decoded as the command line decodes them
(UTF-8, UTF-16 with a byte-order mark, else GB18030; ``encoding=`` names one). The results are the
JSON contract of the command line (``dagang --schema``) as Python objects, with every span's
``start`` and ``end`` given as character offsets into the text — ``text[s["start"]:s["end"]]`` is
the span's text — and its byte offsets as ``byte_start`` and ``byte_end``. For ``bytes`` input,
``parse`` returns the decoded text under ``"text"``.

``parse_many`` and ``chunks_many`` release the GIL and parse on every core (or ``jobs`` threads),
returning the results in input order.
"""

from ._dagang import DecodeError, __version__, chunks, chunks_many, parse, parse_many

__all__ = ["DecodeError", "__version__", "chunks", "chunks_many", "parse", "parse_many"]
