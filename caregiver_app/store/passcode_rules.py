"""What makes a passcode acceptable, and a plain hint of how hard it is to guess. No Qt.

One rule, used by the store (``set_passcode``, ``change_passcode``) and by the dialogs (a live
hint while typing): at least 6 characters that are not spaces at the ends, not one character
repeated, not a short pattern repeated, not a run such as 123456 or abcdef, and not one of the
passcodes everyone tries first. An attacker with a copy of the file guesses offline, where only
the key derivation's cost slows them; a passcode from the first few thousand guesses falls in
minutes whatever that cost.
"""

from __future__ import annotations

import itertools

from caregiver_app.store.vault import MIN_PASSCODE_LENGTH

TOO_SHORT = (
    f"A passcode needs at least {MIN_PASSCODE_LENGTH} characters, not counting spaces at the "
    "start or end."
)
REPEATED = "A passcode that repeats one character or a short pattern is easy to guess."
SEQUENCE = "A run like 123456 or abcdef is one of the first things anyone tries."
COMMON = "This is one of the passcodes people use most, so it is among the first guesses."

# The commonest choices in published password lists that the other rules let through.
_COMMON = frozenset(
    {
        "password",
        "passcode",
        "passw0rd",
        "password1",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "asdfghjkl",
        "zxcvbn",
        "iloveyou",
        "letmein",
        "welcome",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "princess",
        "abc123",
        "123abc",
        "qwerty123",
        "1q2w3e",
        "1q2w3e4r",
        "trustno1",
        "secret",
        "master",
        "shadow",
        "superman",
        "changeme",
        "admin123",
        "123qwe",
        "696969",
        "112233",
        "121314",
        "147258",
        "159753",
        "123654",
        "102030",
        "789456",
        "contraseña",
        "contrasena",
    }
)


def passcode_problem(passcode: str) -> str | None:
    """Why ``passcode`` is refused, in words for the user; None when it is acceptable."""
    core = passcode.strip()
    if len(core) < MIN_PASSCODE_LENGTH:
        return TOO_SHORT
    folded = core.casefold()
    if _is_repeated_pattern(folded):
        return REPEATED
    if _is_run(folded):
        return SEQUENCE
    if folded in _COMMON or folded.replace(" ", "") in _COMMON:
        return COMMON
    return None


def passcode_strength(passcode: str) -> str:
    """ "weak", "okay" or "strong", from length and the kinds of character used. A rough hint
    for people, not a measure: a few unrelated words beat a short jumble."""
    if passcode_problem(passcode):
        return "weak"
    core = passcode.strip()
    kinds = sum(
        (
            any(ch.islower() for ch in core),
            any(ch.isupper() for ch in core),
            any(ch.isdigit() for ch in core),
            any(not ch.isalnum() for ch in core),  # spaces between words count here
        )
    )
    if len(core) >= 16 or (len(core) >= 12 and kinds >= 2):
        return "strong"
    if len(core) >= 10 or (len(core) >= 8 and kinds >= 2):
        return "okay"
    return "weak"


def _is_repeated_pattern(text: str) -> bool:
    """ "aaaaaa", "121212", "abcabc": a piece of up to 3 characters over and over."""
    for size in range(1, 4):
        piece = text[:size]
        if len(text) >= 2 * size and (piece * (len(text) // size + 1))[: len(text)] == text:
            return True
    return False


def _is_run(text: str) -> bool:
    """Each character one after (or before) the last: "123456", "abcdef", "987654"."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1})
