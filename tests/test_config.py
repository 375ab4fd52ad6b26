"""Layered settings: defaults < site < user < command line; bad files never stop the app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caregiver_app import config, config_check
from caregiver_app.adminpin import hash_pin, verify_pin
from caregiver_app.cli import main

PIN_HASH = hash_pin("24681357")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_layers_apply_in_order(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site.toml",
        '[content]\nfolder = "lessons"\nlanguage = "es"\n'
        f'[kiosk]\nenabled = true\nidle_seconds = 90\nadmin_pin_hash = "{PIN_HASH}"\n'
        '[clinic]\nname = "Riverside Clinic"\nweb = "https://riverside.example"\n',
    )
    write(config.user_config_path(), '[content]\nlanguage = "hi"\n')

    settings = config.resolve(config_file=site)

    assert settings.content_dir == tmp_path / "lessons"  # relative to the site config file
    assert settings.language == "hi"  # the user's file beats the site's
    assert settings.kiosk and settings.kiosk_idle_seconds == 90
    assert not settings.allow_printing  # kiosks print only when the site config says so
    assert settings.clinic_name == "Riverside Clinic"
    assert config.resolve(config_file=site, language="en").language == "en"  # the command line wins
    assert settings.problems == () and config.kiosk_faults(settings) == ()


def test_bad_values_are_reported_with_their_line_and_defaults_used(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site.toml",
        '[kiosk]\nenabled = "yes"\nidle_seconds = 5\nadmin_pin_hash = "1234"\ncolour = "red"\n'
        '[clinic]\nweb = "riverside.example"\n[weather]\nsun = true\n',
    )
    settings = config.resolve(config_file=site)
    messages = {problem.line: problem.message for problem in settings.problems}
    assert "kiosk.enabled must be true or false" in messages[2]
    assert "locked kiosk" in messages[2]  # "yes" meant a kiosk: it is one, locked
    assert "from 30 to 600" in messages[3]
    assert "hash-pin" in messages[4]
    assert "unknown key 'colour'" in messages[5]
    assert "https://" in messages[7]
    assert "unknown section [weather]" in messages[8]
    assert settings.kiosk and settings.kiosk_idle_seconds == 120 and settings.admin_pin_hash == ""
    assert config.kiosk_faults(settings) == settings.problems


def test_syntax_error_names_the_line_and_the_app_still_gets_defaults(tmp_path: Path) -> None:
    site = write(tmp_path / "site.toml", '[content]\nlanguage = "es"\nfolder = \n')
    settings = config.resolve(config_file=site)
    (problem,) = settings.problems
    assert problem.line == 3 and "not valid TOML" in problem.message
    assert settings.content_dir == config.defaults().content_dir


def test_a_users_own_config_cannot_turn_the_kiosk_off(tmp_path: Path) -> None:
    site = write(tmp_path / "site.toml", "[kiosk]\nenabled = true\n")
    write(config.user_config_path(), "[kiosk]\nenabled = false\n")
    settings = config.resolve(config_file=site)
    assert settings.kiosk
    assert "can only be set in the site config" in settings.problems[0].message


def test_check_config_command(tmp_path: Path, capsys) -> None:
    good = write(tmp_path / "good.toml", '[clinic]\nname = "Riverside"\n')
    bad = write(tmp_path / "bad.toml", "[kiosk]\nidle_seconds = -1\n")
    assert main(["check-config", str(good)]) == 0
    assert "No problems" in capsys.readouterr().out
    assert main(["check-config", str(bad)]) == 1
    assert capsys.readouterr().out.startswith(f"{bad}:2: kiosk.idle_seconds must be from 30 to 600")


def test_hash_pin_command_makes_a_hash_that_verifies(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caregiver_app", "hash-pin"],
        input="24681357\r\n",  # a PIN file saved on Windows
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('admin_pin_hash = "scrypt$')
    stored = line.split('"')[1]
    assert verify_pin("24681357", stored) and not verify_pin("24681358", stored)
    site = write(tmp_path / "site.toml", f"[kiosk]\n{line}\n")
    assert config.resolve(config_file=site).admin_pin_hash == stored


def test_pin_hashes_are_salted_and_malformed_ones_never_match() -> None:
    assert hash_pin("246813") != hash_pin("246813")
    assert not verify_pin("246813", "scrypt$1$1$1$!!!$???")
    assert not verify_pin("246813", "")


def test_the_example_site_config_is_valid() -> None:
    example = Path(__file__).resolve().parent.parent / "docs" / "site-config.example.toml"
    # Only what depends on this computer: the example's shared folder is not here.
    problems = config_check.check_config(example)
    assert [problem.message.split()[0] for problem in problems] == ["content.folder"]
    settings = config.resolve(config_file=example)
    assert not settings.kiosk and settings.clinic_name and len(settings.clinic_services) == 2


def test_check_config_catches_what_only_shows_on_the_whole_file(tmp_path: Path) -> None:
    site = tmp_path / "config.toml"
    site.write_text(
        '[content]\nfolder = "offline-share"\n\n[kiosk]\nenabled = true\n\n'
        '[[clinic.services]]\nname = "Crisis desk"\nkind = "hotline"\nphone = "555 0100"\n',
        encoding="utf-8",
    )
    messages = {problem.line: problem.message for problem in config_check.check_config(site)}
    assert "cannot be reached" in messages[2]  # the share is not there
    assert "no admin_pin_hash" in messages[5]  # anyone could leave kiosk mode
    assert "kind must be one of" in messages[7]  # a crisis line shown as ordinary support
    (tmp_path / "offline-share").mkdir()
    site.write_text(
        '[content]\nfolder = "offline-share"\n\n[kiosk]\nenabled = true\n'
        f'admin_pin_hash = "{hash_pin("24681357")}"\n',
        encoding="utf-8",
    )
    assert config_check.check_config(site) == []


def test_a_placeholder_pin_hash_is_refused() -> None:
    from caregiver_app.adminpin import is_pin_hash

    assert not is_pin_hash("scrypt$32768$8$1$REPLACE-WITH-YOUR-OWN$HASH")


# --- a machine meant to be a kiosk stays one, locked, whatever is wrong with its config ----------

_GOOD_KIOSK = f'[kiosk]\nenabled = true\nadmin_pin_hash = "{PIN_HASH}"\n'
_COSTLY = PIN_HASH.replace("scrypt$32768$", f"scrypt${2**22}$")
BROKEN_KIOSK_CONFIGS: dict[str, tuple[bytes, int, str]] = {
    # name: (file, line check-config names, words of its message)
    "enabled as text": (b'[kiosk]\nenabled = "true"\n', 2, "must be true or false"),
    "enabled as a number": (b"[kiosk]\nenabled = 1\n", 2, "must be true or false"),
    "enabled as on": (b'[kiosk]\nenabled = "on"\n', 2, "must be true or false"),
    "a syntax error far below": (
        _GOOD_KIOSK.encode() + b'\n[clinic]\nname = "Riverside\n',
        6,
        "not valid TOML",
    ),
    "a syntax error before the kiosk": (
        b"[content\n" + _GOOD_KIOSK.encode(),
        1,
        "not valid TOML",
    ),
    "a byte that is not UTF-8": (
        _GOOD_KIOSK.encode() + b'[clinic]\nname = "Caf\xe9"\n',
        5,
        "not UTF-8",
    ),
    "UTF-16 from Notepad": (_GOOD_KIOSK.encode("utf-16"), 1, "not UTF-8"),
    "UTF-16 with the kiosk further down": (
        ("# clinic\n" * 3 + _GOOD_KIOSK).encode("utf-16"),
        4,
        "may ask for kiosk mode",
    ),
    "too large": (
        _GOOD_KIOSK.encode() + b"# padding\n" * 30_000,
        0,
        "larger than 256 KB",
    ),
    "a malformed PIN hash": (
        b'[kiosk]\nenabled = true\nadmin_pin_hash = "scrypt$32768$8$1$REPLACE$ME"\n',
        3,
        "not a PIN hash",
    ),
    "a PIN hash that would take 21 seconds": (
        f'[kiosk]\nenabled = true\nadmin_pin_hash = "{_COSTLY}"\n'.encode(),
        3,
        "too costly",
    ),
    "no PIN hash": (b"[kiosk]\nenabled = true\n", 2, "no admin_pin_hash"),
    "kiosk = true at the top": (b"kiosk = true\n", 1, "unknown section [kiosk]"),
}


@pytest.mark.parametrize("case", BROKEN_KIOSK_CONFIGS)
def test_a_broken_kiosk_config_keeps_a_locked_kiosk_and_check_config_says_where(
    case: str, tmp_path: Path, capsys
) -> None:
    raw, line, words = BROKEN_KIOSK_CONFIGS[case]
    site = tmp_path / "config.toml"
    site.write_bytes(raw)
    started = time.perf_counter()
    settings = config.resolve(config_file=site)
    assert time.perf_counter() - started < 0.5  # no costly key derivation at start-up
    assert settings.kiosk  # never the family app, with its profiles, files and Quit
    faults = config.kiosk_faults(settings)
    assert faults and any(words in fault.message for fault in faults)
    assert main(["check-config", str(site)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert any(entry.startswith(f"{site}:{line}: ") and words in entry for entry in printed), (
        printed
    )


@pytest.mark.parametrize(
    "raw",
    [
        b'[kiosk]\nenabled = "false"\n',
        b"[kiosk]\nenabled = 0\n",
        b'[clinic]\nname = "Riverside\n',  # broken, but nothing in it mentions a kiosk
        b'[clinic]\nname = "Caf\xe9"\n',
    ],
)
def test_a_broken_config_that_never_asked_for_a_kiosk_stays_the_family_app(
    raw: bytes, tmp_path: Path
) -> None:
    site = tmp_path / "config.toml"
    site.write_bytes(raw)
    settings = config.resolve(config_file=site)
    assert not settings.kiosk and settings.problems and config.kiosk_faults(settings) == ()


def test_a_site_config_that_cannot_be_read_is_treated_as_a_kiosk(
    tmp_path: Path, monkeypatch
) -> None:
    site = write(tmp_path / "config.toml", "[kiosk]\nenabled = true\n")
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == site:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", lambda *_a, **_k: (_ for _ in ()).throw(PermissionError()))
    settings = config.resolve(config_file=site)
    assert settings.kiosk and "Permission denied" in config.kiosk_faults(settings)[0].message


def test_a_site_config_that_is_a_folder_is_treated_as_a_kiosk(tmp_path: Path) -> None:
    site = tmp_path / "config.toml"
    site.mkdir()
    settings = config.resolve(config_file=site)
    assert settings.kiosk and "is not a file" in config.kiosk_faults(settings)[0].message


def test_kiosk_flag_without_any_config_is_a_locked_kiosk(tmp_path: Path) -> None:
    settings = config.resolve(kiosk=True, config_file=tmp_path / "none.toml")
    (fault,) = config.kiosk_faults(settings)
    assert "no admin_pin_hash" in fault.message and "hash-pin" in fault.message


def test_costly_pin_hashes_are_refused_before_any_key_derivation() -> None:
    from caregiver_app.adminpin import is_pin_hash, parse_pin_hash

    started = time.perf_counter()
    assert not verify_pin("24681357", _COSTLY) and not is_pin_hash(_COSTLY)
    for n, r, p in ((2**20, 8, 1), (2**17, 8, 2), (2**24, 1, 1), (3, 8, 1), (2**15, 0, 1)):
        assert not is_pin_hash(PIN_HASH.replace("scrypt$32768$8$1$", f"scrypt${n}${r}${p}$"))
    assert time.perf_counter() - started < 0.2
    assert "4096 MB of memory" in parse_pin_hash(_COSTLY)[1]
    slow = PIN_HASH.replace("scrypt$32768$8$1$", "scrypt$32768$8$64$")
    assert "more than a second" in parse_pin_hash(slow)[1]
    assert not is_pin_hash(PIN_HASH.replace("32768", "3²768"))  # "²".isdigit() is True
    assert is_pin_hash(PIN_HASH.replace("scrypt$32768$8$", "scrypt$131072$8$"))  # 1/3 s: allowed


@pytest.mark.parametrize(
    "pin", ["2468", "12345", "12345a", "\uff11\uff12\uff13\uff14\uff15\uff16", "123 456"]
)
def test_admin_pins_are_six_digits_or_more(pin: str) -> None:
    with pytest.raises(ValueError, match="digits"):
        hash_pin(pin)
    assert verify_pin("123456", hash_pin("123456"))


def run_hash_pin(*args: str, pin: str = "24681357\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", "hash-pin", *args],
        input=pin,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_hash_pin_refuses_short_pins_and_costly_parameters() -> None:
    short = run_hash_pin(pin="2468\n")
    assert short.returncode == 1 and "at least 6 digits" in short.stderr and not short.stdout
    started = time.perf_counter()
    costly = run_hash_pin("--n", str(2**22))
    assert costly.returncode == 1 and "4096 MB of memory" in costly.stderr
    slow = run_hash_pin("--n", str(2**18), "--p", "4")
    assert slow.returncode == 1 and "more than a second" in slow.stderr
    assert time.perf_counter() - started < 10  # refused, not computed
    huge = run_hash_pin("--n", str(2**24), "--r", "1")
    assert huge.returncode == 1 and "memory" in huge.stderr
    stronger = run_hash_pin("--n", str(2**16))
    assert stronger.returncode == 0 and f"scrypt${2**16}$8$1$" in stronger.stdout


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_check_config_warns_when_every_user_can_read_the_pin_hash(tmp_path: Path, capsys) -> None:
    site = write(tmp_path / "config.toml", _GOOD_KIOSK)
    site.chmod(0o644)
    assert main(["check-config", str(site)]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert f"{site}:3: warning: every user of this computer can read" in out
    site.chmod(0o640)
    assert main(["check-config", str(site)]) == 0
    assert "warning" not in capsys.readouterr().out


def test_idle_times_default_to_two_minutes_and_stay_in_sane_ranges(tmp_path: Path) -> None:
    settings = config.resolve(config_file=tmp_path / "none.toml")
    assert (settings.kiosk_idle_seconds, settings.kiosk_warning_seconds) == (120, 30)
    site = write(
        tmp_path / "config.toml",
        _GOOD_KIOSK + "idle_seconds = 900\nwarning_seconds = 5\n",
    )
    settings = config.resolve(config_file=site)
    messages = [problem.message for problem in settings.problems]
    assert any("idle_seconds must be from 30 to 600" in message for message in messages)
    assert any("warning_seconds must be from 10 to 120" in message for message in messages)
    assert (settings.kiosk_idle_seconds, settings.kiosk_warning_seconds) == (120, 30)
    site = write(site, _GOOD_KIOSK + "idle_seconds = 300\nwarning_seconds = 45\n")
    settings = config.resolve(config_file=site)
    assert (settings.kiosk_idle_seconds, settings.kiosk_warning_seconds) == (300, 45)


def test_check_config_names_every_reason_a_kiosk_is_locked_at_once(tmp_path: Path) -> None:
    site = write(tmp_path / "config.toml", '[kiosk]\nenabled = "yes"\n')
    messages = [problem.message for problem in config_check.check_config(site)]
    assert any("must be true or false" in message for message in messages)
    assert any("no admin_pin_hash" in message for message in messages)  # not after a second run


@pytest.mark.parametrize(
    ("name", "language", "country"),
    [
        ("hi_IN", "hi", "IN"),
        ("es-MX", "es", "MX"),  # as Windows names it
        ("es_ES.UTF-8", "es", "ES"),
        ("Spanish_Mexico", "en", ""),  # words, not a code: English and no country, never wrong
        ("", "en", ""),
    ],
)
def test_the_computers_language_and_country_from_its_locale(
    monkeypatch: pytest.MonkeyPatch, name: str, language: str, country: str
) -> None:
    monkeypatch.setattr(config, "locale_name", lambda: name)
    assert (config.system_language(), config.system_country()) == (language, country)


def test_the_pin_commands_help_names_the_defaults_the_pin_module_uses() -> None:
    # The help is written out (the PIN module is not loaded to build the parser): it must not
    # drift from what hash-pin really uses.
    from caregiver_app import adminpin
    from caregiver_app.cli import build_parser

    commands = next(action for action in build_parser()._actions if action.dest == "command")
    helps = {action.dest: action.help for action in commands.choices["hash-pin"]._actions}
    assert f"(default {adminpin.DEFAULT_N})" in helps["n"]
    assert f"(default {adminpin.DEFAULT_R})" in helps["r"]
    assert f"(default {adminpin.DEFAULT_P})" in helps["p"]
