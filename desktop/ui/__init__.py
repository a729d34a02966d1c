"""The Qt user interface: the only package that imports PySide6.

It reaches the data only through ``desktop.services`` (an import-linter contract holds it).
"""
