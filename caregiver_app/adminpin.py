"""The clinic's admin PIN, stored only as a salted scrypt hash in the site config.

A hash is read from a file that clinic IT (or anyone who can write it) controls, so its scrypt
parameters are bounded before any key derivation runs: a hash that would take more than about a
second or a gigabyte to check is refused as malformed, never run (n = 2**22 froze start-up for
21 seconds).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


# Cheaper than the vault's key derivation: a PIN is checked at a kiosk by staff, and wrong PINs
# are delayed by the app; the hash only has to make a copied config file slow to brute-force.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 64
# scrypt's time grows with n * r * p: 2**18 takes about 0.1 s here and 2**25 took 21 s on a
# clinic's machine, so 2**20 stays under a second on slow hardware. Memory is 128 * n * r bytes.
MAX_WORK = 2**20
MAX_MEMORY_BYTES = 2**30
_PREFIX = "scrypt"
_NUMBER = re.compile(r"[0-9]{1,12}")  # ASCII digits only: "²".isdigit() is True


@dataclass(frozen=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def pin_problem(pin: str) -> str:
    """Why ``pin`` cannot be an admin PIN, or "" when it can."""
    if not (pin.isascii() and pin.isdigit()):
        return "an admin PIN is made of digits only (0 to 9)"
    if len(pin) < MIN_PIN_DIGITS:
        return f"an admin PIN needs at least {MIN_PIN_DIGITS} digits"
    if len(pin) > MAX_PIN_DIGITS:
        return f"an admin PIN has at most {MAX_PIN_DIGITS} digits"
    return ""


def cost_problem(n: int, r: int, p: int) -> str:
    """Why scrypt with ``n``, ``r``, ``p`` is not allowed for a PIN hash, or "" when it is."""
    if n < 2 or n & (n - 1):
        return f"n={n} must be a power of two, 2 or more"
    if r < 1 or p < 1:
        return "r and p must be 1 or more"
    if 128 * n * r > MAX_MEMORY_BYTES:
        return (
            f"n={n}, r={r} would need {128 * n * r // 2**20} MB of memory to check (at most 1024)"
        )
    if n * r * p > MAX_WORK:
        return (
            f"n={n}, r={r}, p={p} would take more than a second to check on a slow computer "
            f"(n * r * p must be at most {MAX_WORK})"
        )
    return ""


def hash_pin(pin: str, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P) -> str:
    """A string for ``admin_pin_hash`` in the site config: ``scrypt$n$r$p$<salt>$<hash>``.
    Raises ValueError, with a message for the person typing, for a PIN or a cost we refuse."""
    problem = pin_problem(pin) or cost_problem(n, r, p)
    if problem:
        raise ValueError(problem)
    salt = secrets.token_bytes(16)
    digest = _scrypt()(salt=salt, length=32, n=n, r=r, p=p).derive(pin.encode("utf-8"))
    encode = base64.urlsafe_b64encode
    return "$".join(
        [_PREFIX, str(n), str(r), str(p), encode(salt).decode(), encode(digest).decode()]
    )


def parse_pin_hash(text: str) -> tuple[PinHash | None, str]:
    """The parts of a hash made by ``hash_pin``, or None and why it is not one. Checks the
    cost before anything runs it."""
    parts = text.strip().split("$")
    if len(parts) != 6 or parts[0] != _PREFIX:
        return None, "is not a PIN hash; make one with 'caregiver-app hash-pin'"
    if not all(_NUMBER.fullmatch(part) for part in parts[1:4]):
        return None, "is not a PIN hash (its n, r and p must be whole numbers)"
    n, r, p = (int(part) for part in parts[1:4])
    problem = cost_problem(n, r, p)
    if problem:
        return None, f"asks for too costly a check: {problem}; make a new one with 'hash-pin'"
    try:
        salt = base64.urlsafe_b64decode(parts[4].encode("ascii"))
        digest = base64.urlsafe_b64decode(parts[5].encode("ascii"))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return None, "is not a PIN hash (its salt or hash is damaged)"
    if len(salt) != 16 or len(digest) != 32:
        return None, "is not a PIN hash (its salt or hash is damaged)"
    return PinHash(n, r, p, salt, digest), ""


def is_pin_hash(text: str) -> bool:
    """True for a usable hash made by ``hash_pin`` (a placeholder, a typo or a cost that would
    freeze the kiosk is not one)."""
    return parse_pin_hash(text)[0] is not None


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; False for anything else, malformed hashes included.
    ``hash_pin`` keeps the rules for new PINs; a hash made before them still opens with its PIN."""
    parsed, _ = parse_pin_hash(stored)
    if parsed is None:
        return False
    actual = _scrypt()(salt=parsed.salt, length=32, n=parsed.n, r=parsed.r, p=parsed.p).derive(
        pin.strip().encode("utf-8")
    )
    return hmac.compare_digest(actual, parsed.digest)


def _scrypt() -> type[Scrypt]:
    """cryptography's scrypt, imported when a PIN is first hashed or checked: the command line
    reads this module's defaults on every start, and a family's computer never checks a PIN."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415

    return Scrypt
