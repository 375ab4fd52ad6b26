"""The command line: the GUI by default, plus sub-commands for clinic authors and scripts.

Sub-commands that print (``check-content``, ``--version``) never import Qt, so they are quick and
work on machines without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from caregiver_app import __version__


def _country_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 2 or not (text.strip().isascii() and code.isalpha()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a two-letter country code, e.g. IN")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caregiver-app",
        description="Caregiver Companion: lessons and private tools for families caring for "
        "someone with a mental illness. Starts the app unless a command is given.",
    )
    parser.add_argument("--version", action="version", version=f"Caregiver Companion {__version__}")
    parser.add_argument("--content", type=Path, metavar="DIR", help="read lessons from DIR")
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="keep data and preferences in DIR"
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="read site settings from FILE")
    parser.add_argument("--kiosk", action="store_true", help="run as a clinic kiosk")
    parser.add_argument("--lang", metavar="CODE", help="language of lessons, e.g. en or es")
    parser.add_argument(
        "--country",
        metavar="CODE",
        type=_country_code,
        help="two-letter country whose help lines Get support lists first, e.g. IN or MX",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render a view to OUT.png and exit"
    )
    parser.add_argument(
        "--view",
        default="library",
        metavar="VIEW",
        help="with --screenshot: library, lesson:ID, progress, profiles, stress-log, plan, signs, "
        "support or problems (default: library)",
    )
    _add_commands(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    """The sub-commands that print and exit instead of starting the app."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check-content",
        help="check a content folder; print 'path:line: message' per problem",
        description="Check every lesson in DIR. Prints one line per problem as "
        "'path:line: message' and exits with status 1 if there is any problem.",
    )
    check.add_argument("dir", type=Path, metavar="DIR")
    render = commands.add_parser(
        "render",
        help="print the HTML the reader shows for one lesson file",
        description="Print the lesson's HTML as the reader shows it (after sanitising), its "
        "knowledge checks and reflections as plain HTML, for scripts and diffs. Problems go to "
        "standard error as 'path:line: message'; the status is 1 if there is any.",
    )
    render.add_argument("lesson", type=Path, metavar="LESSON.md")
    preview = commands.add_parser(
        "preview",
        help="a live preview of the lessons in DIR while you write them",
        description="Open a window that shows the lesson most recently saved in DIR (or one "
        "chosen from the list) as the reader will, again after each save, with its problems "
        "beside it. It only reads: nothing is written to DIR.",
    )
    preview.add_argument("dir", type=Path, metavar="DIR")
    check_config = commands.add_parser(
        "check-config",
        help="check a site config file (or this machine's site and user configs)",
        description="Print one line per problem as 'path:line: message'; exit 1 if there is any.",
    )
    check_config.add_argument("file", type=Path, nargs="?", metavar="FILE")
    hash_pin = commands.add_parser(
        "hash-pin",
        help="ask for an admin PIN and print its hash for the site config",
        description="Asks for the PIN (six digits or more) twice, or reads it from standard "
        "input, and prints the line to put under [kiosk] as admin_pin_hash. The scrypt cost can "
        "be raised, up to about a second and a gigabyte to check.",
    )
    # The defaults are the PIN module's, filled in when the command runs: that module (and its
    # crypto) is not loaded by every start of the app just to build this parser.
    for flag, meaning in (
        ("--n", "scrypt work factor, a power of two (default 32768)"),
        ("--r", "scrypt block size (default 8)"),
        ("--p", "scrypt parallelism (default 1)"),
    ):
        hash_pin.add_argument(flag, type=int, metavar="N", help=meaning)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check-content":
        return check_content_command(args.dir)
    if args.command == "render":
        return render_command(args.lesson)
    if args.command == "preview":
        from caregiver_app.ui.app import run_preview  # noqa: PLC0415

        return run_preview(args.dir)
    if args.command == "check-config":
        return check_config_command(args.file)
    if args.command == "hash-pin":
        return hash_pin_command(args.n, args.r, args.p)

    from caregiver_app import config  # noqa: PLC0415  (not needed by the commands above)

    settings = config.resolve(
        content_dir=args.content,
        data_dir=args.data_dir,
        language=args.lang,
        country=args.country,
        kiosk=args.kiosk,
        config_file=args.config,
    )
    if args.screenshot is not None:
        from caregiver_app.ui.screenshot import take_screenshot  # noqa: PLC0415

        return take_screenshot(settings, args.screenshot, args.view)
    from caregiver_app.ui.app import run_gui  # noqa: PLC0415

    return run_gui(settings)


def check_content_command(content_dir: Path) -> int:
    from caregiver_app.lessons.check import check_content  # noqa: PLC0415

    if not content_dir.is_dir():
        print(f"{content_dir}: no such folder", file=sys.stderr)
        return 2
    report = check_content(content_dir)
    for problem in report.problems + report.warnings:
        print(f"{(content_dir / problem.path).as_posix()}:{problem.line}: {problem.message}")
    if len(report.lessons_by_language) > 1:
        counts = ", ".join(f"{code} {count}" for code, count in report.lessons_by_language)
        print(f"Lessons written in each language: {counts}.")
    if report.problems:
        count = len(report.problems)
        print(f"{count} problem{'s'[: count != 1]} found.", file=sys.stderr)
        return 1
    warned = len(report.warnings)
    print(
        f"No problems found in {report.lesson_count} lessons in {report.module_count} modules"
        + (f" ({report.language_count} languages)" if report.language_count > 1 else "")
        + (f"; {warned} warning{'s'[: warned != 1]}." if warned else ".")
    )
    return 0


def render_command(lesson_file: Path) -> int:
    from caregiver_app.lessons.single_file import lesson_document, render_file  # noqa: PLC0415

    if not lesson_file.is_file():
        print(f"{lesson_file}: no such file", file=sys.stderr)
        return 2
    result = render_file(lesson_file)
    if result.rendered is not None:
        sys.stdout.write(lesson_document(result.rendered))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    problems = [p for p in result.problems if not p.message.startswith("warning:")]
    return 1 if problems or result.rendered is None else 0  # warnings alone: 0, as check-content


def check_config_command(path: Path | None) -> int:
    from caregiver_app.config import site_config_path, user_config_path  # noqa: PLC0415
    from caregiver_app.config_check import check_config, config_warnings  # noqa: PLC0415

    problems = check_config(path)
    for problem in problems + config_warnings(path):
        print(problem)
    if problems:
        return 1
    checked = (
        [path] if path else [p for p in (site_config_path(), user_config_path()) if p.is_file()]
    )
    print(
        f"No problems in {', '.join(map(str, checked))}." if checked else "No config files found."
    )
    return 0


def hash_pin_command(n: int | None, r: int | None, p: int | None) -> int:
    import getpass  # noqa: PLC0415

    from caregiver_app.adminpin import (  # noqa: PLC0415
        DEFAULT_N,
        DEFAULT_P,
        DEFAULT_R,
        cost_problem,
        hash_pin,
    )

    n = DEFAULT_N if n is None else n  # "--n 0" is refused below, not taken for the default
    r = DEFAULT_R if r is None else r
    p = DEFAULT_P if p is None else p

    problem = cost_problem(n, r, p)  # before asking for a PIN that would be wasted
    if problem:
        print(f"Refused: {problem}.", file=sys.stderr)
        return 1
    if sys.stdin.isatty():
        pin = getpass.getpass("Admin PIN (six digits or more): ").strip()
        if getpass.getpass("The same PIN again: ").strip() != pin:
            print("The two PINs are not the same; nothing was made.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()  # a file made on Windows ends its line with \r\n
    try:
        hashed = hash_pin(pin, n, r, p)
    except ValueError as error:
        print(f"Refused: {error}; nothing was made.", file=sys.stderr)
        return 1
    print(f'admin_pin_hash = "{hashed}"')
    return 0
