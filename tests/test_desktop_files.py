"""The files that put the app on a desktop: the icon set, the Linux desktop entry and the AppStream
metainfo agree with the package, the build and each other, so a packager's launcher starts the
right program with the right icon and a software centre shows the version that ships."""

from __future__ import annotations

import configparser
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import caregiver_app
from caregiver_app.ui.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
APP_ID = "io.github.caregivercompanion.CaregiverCompanion"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name and Name[es] are different keys
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def built_executable() -> str:
    """The executable's name as build.spec gives it to PyInstaller's EXE."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    found = re.search(r"\bEXE\(.*?\bname=\"([^\"]+)\"", spec, flags=re.DOTALL)
    assert found, "build.spec no longer names its EXE"
    return found.group(1)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (the IHDR chunk always comes first)."""
    signature, chunk, width, height = struct.unpack_from(">8s4x4s2I", png)
    assert (signature, chunk) == (PNG_SIGNATURE, b"IHDR"), "not a PNG"
    return width, height


def test_metainfo_release_is_the_package_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == caregiver_app.__version__  # the newest comes first


def test_metainfo_launches_the_desktop_entry_beside_it() -> None:
    component = metainfo()
    launchable = component.findtext("launchable[@type='desktop-id']")
    assert launchable == f"{component.findtext('id')}.desktop"  # AppStream's naming convention
    assert (LINUX / launchable).is_file()


def test_desktop_entry_and_metainfo_start_the_built_executable() -> None:
    executable = built_executable()
    assert desktop_entry()["Exec"].split()[0] == executable
    assert metainfo().findtext("provides/binary") == executable


def test_desktop_entry_matches_the_window_class_qt_gives_the_app() -> None:
    # On X11 Qt's window class is the application name; a dock pairs the window with this
    # launcher (and its icon) only if StartupWMClass says the same.
    app_py = (ROOT / "caregiver_app" / "ui" / "app.py").read_text(encoding="utf-8")
    found = re.search(r"setApplicationName\(\"([^\"]+)\"\)", app_py)
    assert found, "app.py no longer sets the application name"
    assert desktop_entry()["StartupWMClass"] == found.group(1)


def test_app_names_its_desktop_entry_for_wayland_docks() -> None:
    assert (LINUX / f"{DESKTOP_ID}.desktop").is_file()


def test_desktop_entry_icon_is_the_icon_set() -> None:
    icon = desktop_entry()["Icon"]
    assert (ICONS / f"{icon}.svg").is_file()
    assert sorted((ICONS / "png").glob(f"{icon}-*.png")), f"no PNGs named {icon}-<size>.png"


def test_every_png_is_the_size_its_name_says() -> None:
    sizes = []
    for path in (ICONS / "png").glob("*.png"):
        named = re.fullmatch(r"caregiver-companion-(\d+)\.png", path.name)
        assert named, f"{path.name} does not say its size"
        size = int(named.group(1))
        assert png_size(path.read_bytes()) == (size, size), path.name
        sizes.append(size)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]


def test_ico_holds_every_windows_size() -> None:
    data = (ICONS / "caregiver-companion.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<3H", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    sizes = []
    for index in range(count):
        width, height, *_, length, offset = struct.unpack_from("<4B2H2I", data, 6 + 16 * index)
        side = width or 256  # 0 stands for 256
        assert height == width
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_every_mac_size() -> None:
    data = (ICONS / "caregiver-companion.icns").read_bytes()
    magic, total = struct.unpack_from(">4sI", data)
    assert (magic, total) == (b"icns", len(data))
    slots = {}
    offset = 8
    while offset < len(data):
        ostype, length = struct.unpack_from(">4sI", data, offset)
        slots[ostype.decode("ascii")] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert slots == {
        "icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128,
        "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
    }  # fmt: skip


@pytest.mark.usefixtures("qapp")  # to read the images; the render itself takes under a second
def test_committed_icons_match_a_fresh_render_of_the_svgs(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    # Run as a script, as a developer would: that also leaves no __pycache__ in resources/icons,
    # which the wheel carries whole.
    subprocess.run([sys.executable, str(ICONS / "make_icons.py"), str(tmp_path)], check=True)

    def images(path: Path) -> list[QImage]:
        reader = QImageReader(str(path))
        found = []
        for index in range(max(reader.imageCount(), 1)):
            reader.jumpToImage(index)
            found.append(reader.read().convertToFormat(QImage.Format.Format_ARGB32))
        return found

    fresh_files = sorted(path for path in tmp_path.rglob("*") if path.is_file())
    assert len(fresh_files) == 10  # 8 PNGs, the .ico and the .icns
    for fresh in fresh_files:
        committed = ICONS / fresh.relative_to(tmp_path)
        stale = f"{committed.name} is out of date: run python resources/icons/make_icons.py"
        old_images, new_images = images(committed), images(fresh)
        assert len(old_images) == len(new_images), stale
        for old, new in zip(old_images, new_images, strict=True):
            assert old.size() == new.size(), stale
            old_bytes, new_bytes = bytes(old.constBits()), bytes(new.constBits())
            if old_bytes != new_bytes:  # another Qt may antialias edges a little differently
                changed = sum(abs(a - b) > 16 for a, b in zip(old_bytes, new_bytes, strict=True))
                assert changed <= len(old_bytes) // 50, stale
