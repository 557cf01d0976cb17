"""The one publish path that build and archive share: render a version, run tasks on an executor.

    press.model.Publication   the publication rule (approved, embargo, checker gate)
    press.render              the renderer registry and RenderOptions
    render_version            one release × language × format(s): localise once, render each,
                              each document under a deadline (RENDER_DEADLINE)
    preload_renderers         the renderers loaded once before a LocalPool forks its workers
    check_while               the head start: a fork loads and checks the releases (then renders
                              what needs no PDF stack) while this process loads the PDF stack
    Executor                  how tasks run: Serial, LocalPool (forked processes, the default)
                              or DaskExecutor (a dask.distributed cluster)

A task is a module-level function of plain, picklable values (the Project, a folder, a key,
options), so the same task runs in this process, a forked worker or on a cluster node and
gives the same bytes: the content-hash cache stays valid whichever executor rendered it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from press.errors import PressError
from press.render import RenderOptions, render

if TYPE_CHECKING:
    from press.check.findings import Report
    from press.model import Release
    from press.project import Project

    LightRenderer = Callable[[list[Release], dict[str, Report]], dict[Any, bytes]]
    """Renders, in the checking fork, what needs no PDF stack (see `Checking`)."""
    EarlyRenderer = Callable[[Callable[[], bool]], dict[Any, bytes]]
    """Renders, in the building process, while the function it is given says the check still
    runs (see `check_while`)."""

T = TypeVar("T")
R = TypeVar("R")


def render_version(project: Project, release: Release, lang: str, formats: Sequence[str],
                   options: RenderOptions, draft: bool = False, forced: bool = False,
                   embargoed: bool = False) -> dict[str, bytes]:
    """The *lang* version of *release* in each of *formats*: localised once, then each rendered.

    *embargoed*: the release goes out before its embargo; every page says until when."""
    from press.localise import localise

    brand = project.brand(release.meta.brand)
    view = localise(release, lang, brand, project.locales_dir, draft=draft, forced=forced,
                    embargoed=embargoed)
    seconds = render_deadline()
    rendered = {}
    for fmt in formats:
        try:
            with _deadline(seconds):
                rendered[fmt] = render(view, fmt, options)
        except _Expired:
            raise PressError(f"{release.folder}: {lang}.{fmt}: not rendered: it took longer than the "
                             f"deadline of {seconds:g} s per document ({DEADLINE_VARIABLE}); the "
                             "document is too large or too deeply nested to lay out") from None
    return rendered


def preload_renderers(formats: Sequence[str], templates_dir: Path, langs: tuple[str, ...],
                      sample: bool = True) -> None:
    """Load each format's renderer (and warm up the PDF stack) once, in the process the render
    workers fork from, so that they share it instead of each paying for it on its first document.
    *sample*: lay out a sample PDF too (press.render.pdf.warm_up); a process that lays out real
    PDFs before it forks (the build's early PDFs) only prepares the stack (`pdf.prepare`)."""
    from press.render import renderer

    for fmt in formats:
        renderer(fmt)
    if "pdf" in formats:
        from press.render.pdf import prepare, warm_up

        (warm_up if sample else prepare)(templates_dir, langs)
    if "docx" in formats:
        from docx import Document

        Document()  # python-docx's modules and its default template


RENDER_DEADLINE = 180.0
"""Seconds one document may take to render (a PDF of a long release takes a few): a
pathological document must not hold a worker for ever. PRESS_RENDER_DEADLINE overrides it."""
DEADLINE_VARIABLE = "PRESS_RENDER_DEADLINE"


def render_deadline() -> float:
    """The per-document deadline: RENDER_DEADLINE, or the environment's PRESS_RENDER_DEADLINE."""
    value = os.environ.get(DEADLINE_VARIABLE, "").strip()
    if not value:
        return RENDER_DEADLINE
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < 1e6:
        raise PressError(f"{DEADLINE_VARIABLE}={value!r}: expected a number of seconds greater than 0")
    return seconds


class _Expired(BaseException):
    """Raised by the timer inside a renderer. A BaseException, so that no `except Exception`
    inside a rendering library swallows it; render_version turns it into a PressError."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block after *seconds* (SIGALRM; again every second should a library
    swallow the first). Only the main thread can take signals: in a thread (a Dask worker's
    task, the preview server) the block runs without a deadline."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


class Executor(Protocol):
    """Runs a task on every item; results come back as they are done, in any order."""

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]: ...


@dataclass
class Serial:
    """Every task in this process, one after the other."""

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        return (task(item) for item in items)


@dataclass
class LocalPool:
    """*jobs* processes: this one and jobs - 1 forked from it after *preload* (heavy imports,
    fonts, the termbase), each taking the next item as it becomes free.

    The forked workers share the preloaded pages of memory; `gc.freeze` keeps the collector
    from touching (and so copying) them. This process works too instead of waiting: with
    --jobs 2 two processes hold a render's memory, not three. Items are inherited through
    the fork and taken by index from a shared counter, so none is pickled and none waits in
    a queue behind a busy process. Results come back as they are done.
    """

    jobs: int
    preload: Callable[[], None] = field(default=lambda: None)

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        import multiprocessing

        if self.jobs <= 1 or len(items) <= 1:
            yield from Serial().map(task, items)
            return
        self.preload()
        context = multiprocessing.get_context("fork")
        counter, results = context.Value("q", 0), context.Queue()
        gc.freeze()
        workers = [context.Process(target=_work, args=(task, items, counter, results, os.getpid()),
                                   daemon=True) for _ in range(min(self.jobs, len(items)) - 1)]
        try:
            for worker in workers:
                worker.start()
            yield from _gather(task, items, counter, results, workers)
        finally:
            gc.unfreeze()
            for worker in workers:
                if worker.is_alive():
                    worker.terminate()
                worker.join()


def _next(counter: Any, count: int) -> int | None:
    """The index of the next item no process has taken, or None when all are taken."""
    with counter.get_lock():
        index = counter.value
        if index >= count:
            return None
        counter.value = index + 1
        return index


def _work(task: Callable[[T], R], items: Sequence[T], counter: Any, results: Any, parent: int) -> None:
    """A forked worker: take items until none is left (or the parent is gone), send each result
    (or the exception) back."""
    while os.getppid() == parent and (index := _next(counter, len(items))) is not None:
        try:
            results.put((True, task(items[index])))
        except BaseException as exc:  # noqa: BLE001  (raised again in the parent)
            results.put((False, _picklable(exc)))
            return


def _running(workers: list[Any]) -> bool:
    """Every worker is alive or ended well, and one is still at work (a worker flushes its
    results before it ends: once all have ended, what is not in the queue will not come)."""
    return all(w.exitcode in (None, 0) for w in workers) and any(w.exitcode is None for w in workers)


def _picklable(exc: BaseException) -> BaseException:
    import pickle

    try:
        pickle.dumps(exc)
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _gather(task: Callable[[T], R], items: Sequence[T], counter: Any, results: Any,
            workers: list[Any]) -> Iterator[R]:
    """This process's share: take items like a worker, and between them pass on the workers'
    results; then wait for the rest. A worker that dies without its result is an error."""
    import queue

    left = len(items)
    while left:
        try:
            ok, value = results.get(block=False)
        except queue.Empty:
            index = _next(counter, len(items))
            if index is not None:
                left -= 1
                yield task(items[index])
                continue
            try:
                ok, value = results.get(timeout=0.2 if _running(workers) else 2.0)
            except queue.Empty:
                if _running(workers):
                    continue
                raise PressError("a render process ended without its result (killed, or out "
                                 "of memory?); nothing after it was rendered") from None
        if not ok:
            raise value
        left -= 1
        yield value


@dataclass
class DaskExecutor:
    """Each task on a dask.distributed cluster (`dask-scheduler` at *scheduler*, or a Client).

    The workers must see the project and the output folder at the same paths (a shared file
    system); each task reads its own inputs and writes its own files there.
    """

    scheduler: object
    """A scheduler address (tcp://host:8786) or a distributed.Client."""

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        from distributed import Client, as_completed

        if not items:
            return
        client = self.scheduler if isinstance(self.scheduler, Client) else Client(self.scheduler)
        try:
            futures = client.map(task, items, pure=False)
            for future in as_completed(futures):
                yield future.result()
        finally:
            if client is not self.scheduler:
                client.close()


@dataclass
class Checking:
    """The *releases* as loaded and the checker's *reports*, made in a forked process while this
    one loads the PDF stack.

    The two cost about the same, and a build or an archive export needs both before its first
    PDF. The fork then decides from its reports exactly as this process does and renders the
    documents that need no PDF stack (HTML, DOCX: press.build.render_light, or the archive's
    pages and metadata), while this process renders the PDFs: both cores stay busy. `light()`
    collects what it rendered; whatever it did not (it failed, or there was no fork) the caller
    renders itself, so the fork's work is only ever a head start."""

    releases: list[Release]
    reports: dict[str, Report]
    connection: Any = None
    process: Any = None
    early: dict[Any, bytes] = field(default_factory=dict)
    """What this process rendered while the fork was still checking (`check_while`'s *early*),
    by the same keys as `light()`: the caller uses each whose key its plan holds."""

    @property
    def rendering(self) -> bool:
        """Whether the fork is still there to render the light formats."""
        return self.process is not None

    def light(self) -> dict[Any, bytes]:
        """The documents the fork rendered, by the light renderer's keys (empty without a fork or
        if it failed)."""
        if not self.rendering:
            return {}
        try:
            kind, value = self.connection.recv()
        except (EOFError, OSError):
            kind, value = "failed", {}
        finally:
            self.close()
        return value if kind == "ok" else {}

    def close(self) -> None:
        """Stop the fork (if it is still rendering) and wait for it: no process outlives a build."""
        if self.process is not None:
            self.connection.close()
            self.process.kill()
            self.process.join()
            self.process = None


def check_while(load: Callable[[], list[Release]], jobs: int, preload: Callable[[], None],
                render_light: LightRenderer | None = None,
                early: EarlyRenderer | None = None) -> Checking:
    """The releases *load* returns and the checker's reports, made in a forked process while
    this one runs *preload* (the PDF stack's imports); with *render_light*, the fork then renders
    what it returns (see `Checking`). With *early*, this process then renders, for as long as the
    fork's answer has not come (the function it is given says so), what it returns
    (`Checking.early`): a check takes longer than the preload, and the core that waited for it
    lays out a PDF instead. A source that does not load is raised here, as if loaded here. With
    one job, everything runs here, one after the other."""
    import multiprocessing

    if jobs <= 1:
        releases = load()
        preload()
        return Checking(releases, check_all(releases))
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_check_then_render, args=(sender, load, render_light), daemon=True)
    process.start()
    sender.close()
    checking = Checking([], {}, receiver, process)
    try:
        preload()
        if early is not None:
            checking.early = early(lambda: not receiver.poll())
        kind, value = receiver.recv()
    except EOFError:  # the fork died (out of memory …): load and check here instead
        checking.close()
        releases = load()
        return Checking(releases, check_all(releases), early=checking.early)
    except BaseException:
        checking.close()
        raise
    if kind == "error":
        checking.close()
        raise value
    checking.releases, checking.reports = value
    if render_light is None or not checking.releases:
        checking.close()
    return checking


def _check_then_render(sender: Any, load: Callable[[], list[Release]],
                       render_light: LightRenderer | None) -> None:
    """The forked process of `check_while`: the releases and their reports (or the error), then
    the light documents. If the building process is gone (killed), the fork ends quietly: it
    never writes a file."""
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        try:
            releases = load()
            reports = check_all(releases)
        except Exception as exc:  # raised again in the building process, as if it happened there
            try:
                sender.send(("error", exc))
            except (pickle.PicklingError, TypeError, AttributeError):
                sender.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
            return
        # Sent from a thread: the pickle is larger than a pipe holds, so a plain send would wait
        # for the building process to finish its preload before the fork could render anything.
        answer = threading.Thread(target=_send_quietly, args=(sender, ("ok", (releases, reports))))
        answer.start()
        if render_light is None or not releases:
            answer.join()
            return
        try:
            rendered = render_light(releases, reports)
        except Exception:  # the building process renders them itself, and reports what is wrong
            rendered = {}
        answer.join()
        sender.send(("ok", rendered))


def _send_quietly(sender: Any, message: object) -> None:
    """Send *message*; a building process that is gone (killed) is no error for the fork."""
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        sender.send(message)


def check_all(releases: list[Release]) -> dict[str, Report]:
    from press.check import check_release

    return {release.id: check_release(release) for release in releases}
