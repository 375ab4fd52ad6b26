"""The search cache lives with the data: a portable copy writes nothing under the user's home."""

from __future__ import annotations

from pathlib import Path

from caregiver_app import paths


def test_with_a_data_folder_of_its_own_the_search_cache_stays_inside_it(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.lessons.search.index is not None, timeout=5000)
    data_dir = tmp_path / "data"
    assert window.session.settings.data_dir == data_dir
    assert list((data_dir / "cache").glob("search-*.db"))
    home_cache = paths.user_cache_dir()
    assert not home_cache.exists() or not list(home_cache.iterdir())


def test_the_usual_data_folder_keeps_its_cache_in_the_systems_cache_folder() -> None:
    assert paths.cache_dir_for(paths.user_data_dir()) == paths.user_cache_dir()
    assert paths.cache_dir_for(Path("/media/stick/caregiver")) == Path(
        "/media/stick/caregiver/cache"
    )
