"""PlaceBoard: offline records, sync and PDF packs for NHS place-based partnership boards."""

__version__ = "0.1.0"
APP_NAME = "PlaceBoard"
