"""Low-level file operations: crash-safe writes, moving damaged files aside, and the lock
that serialises writers across processes.

Every file the store writes is written to a temporary file in the same folder, flushed and
fsynced, then atomically renamed over the old one (``os.replace``), and the folder is fsynced
so the rename itself is durable. A crash at any moment therefore leaves either the old file or
the new one, never a half-written mix; at worst a stray temporary file, which the store removes
the next time it holds the lock.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

#: Temporary files are ``.<name>.<pid>.<random>.tmp`` next to their target.
TEMP_SUFFIX = ".tmp"


#: What reading JSON raises on a damaged file: ``ValueError`` for what is not JSON (also
#: ``UnicodeDecodeError``), ``RecursionError`` for JSON nested too deep to parse.
DAMAGED_JSON = (ValueError, RecursionError)


def temp_path(path: Path) -> Path:
    """A fresh temporary file name next to ``path`` (hidden, so globs for data files skip it)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def is_temp_file(path: Path) -> bool:
    """True for a temporary file left behind by :func:`atomic_write`."""
    return _is_temp_name(path.name)


def _is_temp_name(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders can't be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers and crashes see the old or the new content.

    ``durable=False`` skips the fsyncs: the rename is still atomic for other processes, but after
    a power cut the file may be empty. Only for re-computable caches.
    """
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(path.parent)


def fsync_files(paths: list[Path]) -> None:
    """Make files written with ``durable=False`` durable, then their folders' renames.

    Cheaper than fsyncing each file as it is written: the first fsync commits the file system
    journal for all of them at once.
    """
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in {path.parent for path in paths}:
        fsync_dir(folder)


def remove_temp_files(folder: Path) -> int:
    """Delete stray temporary files in ``folder`` (call only while holding the home lock, when
    no writer can be using them). Returns how many were removed."""
    try:
        names = [name for name in os.listdir(folder) if _is_temp_name(name)]
    except OSError:
        return 0
    for name in names:
        (folder / name).unlink(missing_ok=True)
    return len(names)


def backup_path(path: Path, label: str) -> Path:
    """A free timestamped name next to ``path``: ``notes/ab.json.damaged-20261125T184501Z``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while backup.exists() or backup.is_symlink():
        counter += 1
        backup = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    return backup


def move_aside(path: Path, label: str = "damaged") -> Path:
    """Rename a bad file (or folder) to a timestamped backup next to it and return the new
    path. Nothing is ever deleted."""
    backup = backup_path(path, label)
    os.replace(path, backup)
    fsync_dir(path.parent)
    return backup


class HomeLock:
    """An exclusive, re-entrant lock on the home folder, held around every read-modify-write.

    Across processes it is an advisory lock (``flock``) on the sidecar file ``.lock``; within a
    process a ``threading.RLock`` serialises threads (``flock`` alone would not, as all threads
    share one open file). The lock file is opened for each outermost use and never deleted, so
    no file descriptor outlives a transaction and two processes never lock different files by
    the same name. A process that dies holding it releases it with its open files.
    """

    def __init__(self, path: Path, mutex: threading.RLock, timeout: float = 15.0) -> None:
        self.path = path
        self.timeout = timeout
        self._mutex = mutex
        self._depth = 0
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._depth > 0

    @property
    def depth(self) -> int:
        """How many nested ``with`` blocks hold the lock (1 = the outermost)."""
        return self._depth

    def __enter__(self) -> HomeLock:
        self._mutex.acquire()
        try:
            if self._depth == 0:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    _lock_fd(fd, self.timeout)
                except BaseException:
                    os.close(fd)
                    raise
                self._fd = fd
        except BaseException:
            self._mutex.release()
            raise
        self._depth += 1
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    _unlock_fd(fd)
                finally:
                    os.close(fd)
        finally:
            self._mutex.release()


class LockTimeout(OSError):
    """Another process held the home lock for longer than the timeout."""


def _lock_fd(fd: int, timeout: float) -> None:
    """Take the lock, waiting at most ``timeout`` seconds (polling with a growing pause, so a
    stopped process that holds it makes the others fail with a message instead of hang)."""
    deadline = time.monotonic() + timeout
    pause = 0.0002
    while True:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows: lock the first byte
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return
        except (BlockingIOError, PermissionError):  # held elsewhere (Windows: EACCES)
            if time.monotonic() >= deadline:
                raise LockTimeout(f"the lock was held elsewhere for {timeout:g} s") from None
            time.sleep(pause)
            pause = min(pause * 2, 0.005)


def _unlock_fd(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    else:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
