"""Programs that benchmarks/run.py starts in a fresh process, where start-up and memory are real.

    python benchmarks/children.py start-ours [caregiver-app arguments...]
    python benchmarks/children.py start-floor
    python benchmarks/children.py memory-ours LESSONS caregiver-app arguments...
    python benchmarks/children.py memory-floor LESSONS CONTENT_DIR

A start program prints ``painted`` as soon as its first window has been drawn, and the parent
times from starting the process to reading that line. A memory program opens LESSONS lessons one
after another, waiting until each is on screen, and prints ``peak-kib N``.

``start-ours`` runs the real ``caregiver-app`` entry point. The only thing added is a watcher:
``QApplication.exec`` is wrapped so that, once the event loop runs, the first paint of the main
window is reported. Nothing in the app knows it is being measured.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_kib() -> int:
    """The most memory this process has held at once, in KiB (0 where the OS does not say)."""
    try:
        import resource  # noqa: PLC0415  (not on Windows)
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes, Linux KiB


def when_first_painted(window: object, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has finished its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The window's own paint comes first and its children's follow in the same
                # pass; a zero timer fires once that whole pass is done.
                QTimer.singleShot(0, then)
            return False

    watcher = Watcher(window)
    window.installEventFilter(watcher)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_app_with(on_shown: Callable[[object, object], None], arguments: list[str]) -> int:
    """Run ``caregiver-app arguments``; once its loop starts, ``on_shown(app, main_window)``."""
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415

    from caregiver_app.cli import main  # noqa: PLC0415

    real_exec = QApplication.exec

    def exec_and_watch(app: QApplication) -> int:
        window = next(
            widget
            for widget in app.topLevelWidgets()
            if isinstance(widget, QMainWindow) and widget.isVisible()
        )
        on_shown(app, window)
        return real_exec()  # static in Qt 6

    QApplication.exec = exec_and_watch
    return main(arguments)


def start_ours(arguments: list[str]) -> int:
    def on_shown(app: object, window: object) -> None:
        when_first_painted(window, lambda: (say("painted"), app.quit()))

    return run_app_with(on_shown, arguments)


def bare_window() -> tuple[object, object, object]:
    """The floor: a PySide6 window holding a QTextBrowser, the widget lessons are read in."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    window.setCentralWidget(browser)
    window.resize(1100, 820)
    window.show()
    return app, window, browser


def start_floor() -> int:
    app, window, _ = bare_window()
    when_first_painted(window, lambda: (say("painted"), app.quit()))
    return app.exec()


def memory_ours(count: int, arguments: list[str]) -> int:
    def on_shown(app: object, window: object) -> None:
        lessons = iter(lesson.id for lesson in window.session.library.lessons[:count])

        def open_next(_shown: str = "") -> None:
            window.grab()  # the lesson just shown is painted, as the floor's are
            lesson_id = next(lessons, None)
            if lesson_id is None:
                say(f"peak-kib {peak_kib()}")
                app.quit()
            else:
                window.open_lesson(lesson_id)

        window.reading.reader.lesson_shown.connect(open_next)
        when_first_painted(window, open_next)

    return run_app_with(on_shown, arguments)


def memory_floor(count: int, content_dir: Path) -> int:
    """The same lessons through Python-Markdown, nh3 and ``setHtml``, each painted."""
    import markdown  # noqa: PLC0415
    import nh3  # noqa: PLC0415

    _app, window, browser = bare_window()
    paths = sorted(content_dir.glob("*/*/*.md"))[:count]
    for path in paths:
        text = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]  # drop front matter
        browser.setHtml(nh3.clean(markdown.markdown(text)))
        window.grab()
    say(f"peak-kib {peak_kib()}")
    return 0


def main(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command == "start-ours":
        return start_ours(rest)
    if command == "start-floor":
        return start_floor()
    if command == "memory-ours":
        return memory_ours(int(rest[0]), rest[1:])
    if command == "memory-floor":
        return memory_floor(int(rest[0]), Path(rest[1]))
    raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
