"""A PySide6 that cannot be imported: the command line's --help must not need Qt."""

raise ImportError("PySide6 is deliberately unavailable in this test")
