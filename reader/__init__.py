"""newsreader: a terminal app for reading news closely."""

__version__ = "0.1.0"
