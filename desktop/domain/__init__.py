"""The domain: the users' words and rules, in plain Python.

Nothing here imports Qt, SQLAlchemy or the database; an import-linter contract keeps it so.
Everything is a frozen dataclass, an enum or a pure function, and every rule of
``shared/design/domain.md`` that the app relies on lives in exactly one place here.
"""
