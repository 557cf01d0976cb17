"""Inter-process locks: two `press` processes never write the same release at once.

A press officer may run `press build` while a colleague runs `press translate` or
`press review import` on the same release. Atomic writes already stop torn files; the
lock stops lost updates (two processes reading kk.yaml, both changing it, the second
rename winning) and outputs rendered from a half-updated set of sources.

How to use it (every command that writes a release's sources or outputs)::

    from press.lock import release_locks

    with release_locks(project.root, [release.id], "press translate"):
        release = project.load(folder)      # load *inside* the lock: see the latest files
        ...                                 # change and save_version(...)

`release_locks` takes several ids (a build of many releases) and always locks them in
sorted order, so two processes can never deadlock on the same pair. The locks are
`fcntl.flock` locks on files under `<project>/.press/locks/<release-id>.lock`; the kernel
drops them when a process dies (even by SIGKILL), so a crash never leaves a stale lock.
When a lock is busy, a line on stderr says who holds it::

    press: waiting for pid 4242 (press build 2025-12-10-baikonur) holding .press/locks/….lock

and the process waits (or, with ``timeout=``, gives up with a LockTimeout, exit status 2).
Locks are reentrant per process: a command holding a release may call code that locks
it again. POSIX only (fcntl).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from press.errors import PressError

LOCK_DIR = Path(".press") / "locks"
"""Under the project root; `.press/` is ignored by git."""

_HELD: dict[Path, int] = {}
"""Lock files this process holds → open descriptor (re-entry is a no-op)."""


class LockTimeout(PressError):
    """Another process held a lock longer than the caller was willing to wait."""


def lock_path(project_root: Path, name: str) -> Path:
    """The lock file for *name* (a release id, or e.g. "project" for project-wide work)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).lstrip(".") or "_"
    return project_root / LOCK_DIR / f"{safe}.lock"


@contextlib.contextmanager
def hold(path: Path, command: str, *, timeout: float | None = None,
         stream: TextIO | None = None) -> Iterator[None]:
    """Hold the exclusive lock on *path* for the duration of the block.

    *command* (e.g. "press build 2025-12-10-baikonur") is written into the lock file so
    that a process that has to wait can say whom it waits for.
    """
    path = _owned_folder(path.parent) / path.name  # the lock file itself is never followed
    if path in _HELD:
        yield
        return
    fd = _open_lock(path)
    try:
        _acquire(fd, path, timeout, stream or sys.stderr)
        _write_owner(fd, command)
        _HELD[path] = fd
        try:
            yield
        finally:
            del _HELD[path]
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def release_locks(project_root: Path, release_ids: Iterable[str], command: str, *,
                  timeout: float | None = None, stream: TextIO | None = None) -> Iterator[None]:
    """Hold the locks of several releases, taken in sorted order (no deadlock)."""
    with contextlib.ExitStack() as stack:
        for release_id in sorted(set(release_ids)):
            stack.enter_context(hold(lock_path(project_root, release_id), command,
                                     timeout=timeout, stream=stream))
        yield


def _owned_folder(folder: Path) -> Path:
    """The lock folder, made if needed; refused when it is a symlink or someone else's."""
    folder.mkdir(parents=True, exist_ok=True)
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise PressError(f"{_shown(folder)}: the lock folder is a symbolic link or not a folder; "
                         "remove it (press makes it again)")
    if info.st_uid != os.getuid() or info.st_mode & 0o002:
        raise PressError(f"{_shown(folder)}: the lock folder belongs to someone else or anyone may "
                         "write in it; remove it (press makes it again)")
    return folder.resolve()


def _open_lock(path: Path) -> int:
    """Open (or make) the lock file without following a symlink: a planted link is refused, and
    its target is never truncated."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PressError(f"{_shown(path)}: the lock file is a symbolic link; refused "
                             "(remove it; press makes it again)") from None
        raise PressError(f"{_shown(path)}: cannot open the lock file: {exc.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PressError(f"{_shown(path)}: the lock file is not a regular file; refused")
    return fd


def holder(path: Path) -> str:
    """Who holds (or last held) the lock, as written in the file: "pid 42 (press build)"."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "another process"
    pid, _, command = text.partition(" ")
    return f"pid {pid} ({command})" if pid.isdigit() else "another process"


def _acquire(fd: int, path: Path, timeout: float | None, stream: TextIO) -> None:
    """Take the lock now if free; otherwise say whom we wait for, then wait."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    print(f"press: waiting for {holder(path)} holding {_shown(path)}", file=stream, flush=True)
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                message = f"{_shown(path)}: still held by {holder(path)} after {timeout:g} s"
                raise LockTimeout(message) from None
            time.sleep(0.05)


def _write_owner(fd: int, command: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()} {' '.join(command.split())}\n".encode(), 0)


def _shown(path: Path) -> str:
    """The lock file relative to the current folder when it is below it, else absolute."""
    with contextlib.suppress(ValueError):
        return str(path.relative_to(Path.cwd()))
    return str(path)
