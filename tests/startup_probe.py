"""Instruments for the benchmark (`tests/ui_measure.py`), kept light: the start-up probe runs inside
the measured start, so it imports nothing beyond QtCore.

The product carries no measuring code: `IFDESK_STARTUP_PROBE=/path/to/this/file ifdesk gui` makes the
window load this file and call its `probe_startup(app, window)` (ifdesk/ui/app.py `_load_probe`); the
benchmark, tests/test_startup.py and the frozen build's smoke test (packaging/smoke_test.sh) do so."""

from __future__ import annotations

from pathlib import Path

PROBE_FILE = Path(__file__).resolve()


class BlockMonitor:
    """The GUI thread's longest block: a 2 ms timer ticks; the longest gap between two ticks, less the
    interval. `worst_cpu`: the most CPU time the GUI thread itself used between two ticks (on a busy
    machine a block is longer than the work in it: the rest is waiting for a core)."""

    def __init__(self, interval_ms: int = 2):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.interval = interval_ms
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0.0
        self.last_cpu = 0.0
        self.worst_cpu = 0.0

    def _tick(self) -> None:
        import time

        now, cpu = self.clock.nsecsElapsed(), time.thread_time()
        self.worst = max(self.worst, (now - self.last) / 1e6 - self.interval)
        self.worst_cpu = max(self.worst_cpu, (cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.worst = 0.0
        self.last_cpu = __import__("time").thread_time()
        self.worst_cpu = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(self.worst, 0.0)


# Libraries the first page must show without (imported by the warm-up, after it).
HEAVY = ("pydantic", "sqlite_utils", "yaml", "cryptography", "reportlab", "openpyxl", "dateutil", "click")
# What the first page must also show without, though the window uses it later (issue 17's start-up work): the
# hand-over server's QtNetwork (after the warm-up), the `html` module (replaced by core.safe_text.markup_text).
LATER = ("PySide6.QtNetwork", "html")


def probe_startup(app, window) -> None:
    """`IFDESK_STARTUP_PROBE=<this file> ifdesk gui`: print « ready » once the first page shows its rows
    (painted) and the event loop has nothing left to do (a zero timer fires after the pending events),
    then « warm SECONDS MAX_BLOCK_MS » once the warm-up is over, then « heavy-at-ready NAMES » (the HEAVY
    libraries already imported at « ready »: none expected), then « heavy-at-warm NAMES » (those imported
    once the warm-up is over: all expected), and quit."""
    import sys

    from PySide6.QtCore import QElapsedTimer, QTimer

    mon = BlockMonitor()
    clock = QElapsedTimer()
    heavy: list[str] = []
    later: list[str] = []

    def warm_check() -> None:
        if window.tm.warm and window.tm.pending == 0:
            print(f"warm {clock.elapsed() / 1000:.4f} {mon.stop():.2f}", flush=True)
            print("heavy-at-ready " + (",".join(heavy) or "-"), flush=True)
            print("heavy-at-warm " + (",".join(name for name in HEAVY if name in sys.modules) or "-"), flush=True)
            print("later-at-ready " + (",".join(later) or "-"), flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, warm_check)

    def ready() -> None:
        print("ready", flush=True)
        heavy.extend(name for name in HEAVY if name in sys.modules)
        later.extend(name for name in LATER if name in sys.modules)
        clock.start()
        mon.start()
        QTimer.singleShot(5, warm_check)

    def rows_shown() -> None:
        window.repaint()  # painted with its rows now, not at the next turn of the loop
        QTimer.singleShot(0, ready)

    window.ready.connect(rows_shown)
