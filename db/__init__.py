"""Persistence: SQLAlchemy 2 models, the engine, repositories and migrations.

Imports nothing from ``desktop`` except ``desktop.domain`` (and the path helpers), and never
Qt. Only ``desktop.services`` uses it.
"""
