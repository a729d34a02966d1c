"""Printed documents: reportlab only, from plain domain data.

Nothing here imports Qt, SQLAlchemy, the database or the services (an import-linter contract
keeps it so): a builder takes a frozen tree from ``desktop.domain`` and writes a PDF to a path
or a stream. Today there is one document, the minutes (``minutes.build_minutes``):

- ``minutes``: the builder: story, metadata, atomic write, progress; it returns the
  warnings of ``unprintable`` (characters no font has, and where they are).
- ``front``, ``items``, ``silence``, ``actions``, ``annex``: its parts, in reading order.
- ``grouping``: the positions on an item as a delegate reads them.
- ``page``: page chrome every document shares (markings, page X of Y, watermark, outline),
  laid out in one pass; ``later`` draws in what needs the page count (page totals, the
  contents' page numbers) once the last page is closed.
- ``para``: the paragraph every part is written in: every character from a face that has it
  (``glyphs``), right-to-left lines drawn in reading order (``script``), laid out once per
  width, split across pages without breaking the rest again.
- ``rl_adapter``: every use of reportlab's private names, each saying why (a test keeps them
  there).
- ``rows``, ``styles``, ``fonts``: layout, type, the embedded DejaVu fonts and the fallback
  for emoji and symbols.
- ``wording``, ``dates``, ``markup``: the words in English and French, dates without the
  OS locale, and the escaping that makes user text print exactly as typed.
"""
