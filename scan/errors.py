"""The one exception a run may stop with: a clear message, never a traceback."""


class ScanError(Exception):
    """A run cannot go on; ``str(error)`` says why in words an adviser understands."""
