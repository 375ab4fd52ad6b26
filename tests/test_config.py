"""Layered settings: defaults < site < user < command line; bad files never stop the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from caregiver_app import config
from caregiver_app.adminpin import hash_pin, verify_pin
from caregiver_app.cli import main


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_layers_apply_in_order(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site.toml",
        '[content]\nfolder = "lessons"\nlanguage = "es"\n'
        "[kiosk]\nenabled = true\nidle_seconds = 120\n"
        '[clinic]\nname = "Riverside Clinic"\nweb = "https://riverside.example"\n',
    )
    write(config.user_config_path(), '[content]\nlanguage = "hi"\n')

    settings = config.resolve(config_file=site)

    assert settings.content_dir == tmp_path / "lessons"  # relative to the site config file
    assert settings.language == "hi"  # the user's file beats the site's
    assert settings.kiosk and settings.kiosk_idle_seconds == 120
    assert not settings.allow_printing  # kiosks print only when the site config says so
    assert settings.clinic_name == "Riverside Clinic"
    assert config.resolve(config_file=site, language="en").language == "en"  # the command line wins
    assert settings.problems == ()


def test_bad_values_are_reported_with_their_line_and_defaults_used(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site.toml",
        '[kiosk]\nenabled = "yes"\nidle_seconds = 5\nadmin_pin_hash = "1234"\ncolour = "red"\n'
        '[clinic]\nweb = "riverside.example"\n[weather]\nsun = true\n',
    )
    settings = config.resolve(config_file=site)
    messages = {problem.line: problem.message for problem in settings.problems}
    assert "kiosk.enabled must be true or false" in messages[2]
    assert "from 30 to 3600" in messages[3]
    assert "hash-pin" in messages[4]
    assert "unknown key 'colour'" in messages[5]
    assert "https://" in messages[7]
    assert "unknown section [weather]" in messages[8]
    assert (
        not settings.kiosk and settings.kiosk_idle_seconds == 180 and settings.admin_pin_hash == ""
    )


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
    assert capsys.readouterr().out.startswith(f"{bad}:2: kiosk.idle_seconds must be from 30")


def test_hash_pin_command_makes_a_hash_that_verifies(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caregiver_app", "hash-pin"],
        input="2468\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('admin_pin_hash = "scrypt$')
    stored = line.split('"')[1]
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    site = write(tmp_path / "site.toml", f"[kiosk]\n{line}\n")
    assert config.resolve(config_file=site).admin_pin_hash == stored


def test_pin_hashes_are_salted_and_malformed_ones_never_match() -> None:
    assert hash_pin("2468") != hash_pin("2468")
    assert not verify_pin("2468", "scrypt$1$1$1$!!!$???")
    assert not verify_pin("2468", "")


def test_the_example_site_config_is_valid() -> None:
    example = Path(__file__).resolve().parent.parent / "docs" / "site-config.example.toml"
    # Only what depends on this computer: the example's shared folder is not here.
    problems = config.check_config(example)
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
    messages = {problem.line: problem.message for problem in config.check_config(site)}
    assert "cannot be reached" in messages[2]  # the share is not there
    assert "no admin_pin_hash" in messages[5]  # anyone could leave kiosk mode
    assert "kind must be one of" in messages[7]  # a crisis line shown as ordinary support
    (tmp_path / "offline-share").mkdir()
    site.write_text(
        '[content]\nfolder = "offline-share"\n\n[kiosk]\nenabled = true\n'
        f'admin_pin_hash = "{hash_pin("24681357")}"\n',
        encoding="utf-8",
    )
    assert config.check_config(site) == []


def test_a_placeholder_pin_hash_is_refused() -> None:
    from caregiver_app.adminpin import is_pin_hash

    assert not is_pin_hash("scrypt$32768$8$1$REPLACE-WITH-YOUR-OWN$HASH")
