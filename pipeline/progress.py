"""Progress of the extraction loop: documents done, claims found, rate, time left.

`stages.extract(progress=...)` calls a callback `(docs_done, claims)` after each
document. `for_extract()` builds that callback for the `claims_extracted`
asset: it logs a line every so often through the asset's logger (the Dagster
UI's run log), and also feeds the display the command line has registered
with `show()`, if any.

Why a module-level display rather than an environment variable: `claimledger
run` materializes the assets in its own process and thread (Dagster's
in-process executor), so the asset can reach an object the command line set
up; a display is a live object (a terminal, a clock), which an environment
variable cannot carry. Under the UI or the daemon nothing is registered and
only the log lines appear.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import TextIO

ProgressFn = Callable[[int, int], None]

#: the run log gets a line at most this often (seconds) ...
LOG_EVERY_SECONDS = 30.0
#: ... and at least every this many documents
LOG_EVERY_DOCS = 1000

_display: Display | None = None


class Display:
    """Progress on a stream: a redrawn line on a terminal, else a plain line now and then.

    On a terminal (`stream.isatty()`) the line is redrawn at most `tty_every`
    seconds; elsewhere (a log file, a pipe, CI) a full line is written at most
    every `line_every` seconds, so short runs print nothing at all.
    """

    def __init__(self, stream: TextIO | None = None, *, tty: bool | None = None,
                 tty_every: float = 0.2, line_every: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = tty_every if self.tty else line_every
        self.clock = clock
        self._shown = False

    def start(self) -> None:
        self._last = self.clock()

    def update(self, text: str, *, final: bool = False) -> None:
        now = self.clock()
        if not final and now - self._last < self.every:
            return
        self._last = now
        if self.tty:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
            self._shown = not final
        elif not final or self._shown:
            self.stream.write(text + "\n")
            self._shown = True
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
        self._shown = False


@contextlib.contextmanager
def show(display: Display | None) -> Iterator[None]:
    """Register a display for the extraction runs inside the block (None: none)."""
    global _display
    previous, _display = _display, display
    try:
        yield
    finally:
        if display is not None:
            display.finish()
        _display = previous


class Meter:
    """Counts against a total; formats done, rate and time left."""

    def __init__(self, total: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.clock = clock
        self.started = clock()
        self.docs = self.claims = 0
        self._first: tuple[float, int] | None = None

    def update(self, docs: int, claims: int) -> None:
        if self._first is None:  # the first document comes after the model warmed up
            self._first = (self.clock(), docs)
        self.docs, self.claims = docs, claims

    def rate(self) -> float | None:
        """Documents per second since the first document (None until measurable)."""
        if self._first is None:
            return None
        t0, d0 = self._first
        elapsed = self.clock() - t0
        if self.docs <= d0 or elapsed < 0.5:
            return None
        return (self.docs - d0) / elapsed

    def text(self) -> str:
        rate = self.rate()
        pct = f" ({100 * self.docs / self.total:.0f}%)" if self.total else ""
        speed = f"{rate:,.1f} docs/s" if rate else "measuring speed"
        if self.docs >= self.total:
            left = f", in {duration(self.clock() - self.started)}"
        elif rate:
            left = f", about {duration((self.total - self.docs) / rate)} left"
        else:
            left = ""
        return (f"extract: {self.docs:,}/{self.total:,} documents{pct}, "
                f"{self.claims:,} claims, {speed}{left}")


def duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def for_extract(total: int, log: Callable[[str], None] | None = None, *,
                log_every_seconds: float = LOG_EVERY_SECONDS,
                log_every_docs: int = LOG_EVERY_DOCS,
                clock: Callable[[], float] = time.monotonic) -> ProgressFn:
    """The callback for `stages.extract`: to `log` now and then, and to the display."""
    meter = Meter(total, clock)
    display = _display
    if display is not None:
        display.start()
    last_log = [meter.started, 0]

    def report(docs: int, claims: int) -> None:
        meter.update(docs, claims)
        done = docs >= total
        if display is not None:
            display.update(meter.text(), final=done)
        if log is not None:
            now = clock()
            if done or now - last_log[0] >= log_every_seconds \
                    or docs - last_log[1] >= log_every_docs:
                last_log[:] = [now, docs]
                log(meter.text())

    return report
