"""Tools for people who write lessons: the live preview."""
