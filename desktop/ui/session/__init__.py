"""The open session: its controller (undoable service calls) and the widgets that edit it."""
