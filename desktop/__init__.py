"""Tour de Table: the secretariat's tool for councils that decide by consensus."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tourdetable")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Tour de Table"
APP_ID = "org.tourdetable.TourDeTable"
