"""JAGDesk: case work for a Community Safety Partnership's Joint Action Group."""

__version__ = "0.1.0"
APP_NAME = "JAGDesk"
