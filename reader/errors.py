"""Errors that reach the user as one clear sentence and exit code 2, never a traceback."""


class UserError(Exception):
    """Bad input or usage: the message is shown as is and newsreader exits with code 2."""

    exit_code = 2
