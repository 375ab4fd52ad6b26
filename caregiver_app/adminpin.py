"""The clinic's admin PIN, stored only as a salted scrypt hash in the site config."""

from __future__ import annotations

import base64
import hmac
import secrets

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

# Cheaper than the vault's key derivation: a PIN is checked at a kiosk by staff, and wrong PINs
# are delayed by the app; the hash only has to make a copied config file slow to brute-force.
_PARAMS = {"n": 2**15, "r": 8, "p": 1}
_PREFIX = "scrypt"


def hash_pin(pin: str) -> str:
    """A string for ``admin_pin_hash`` in the site config: ``scrypt$n$r$p$<salt>$<hash>``."""
    if len(pin) < 4:
        raise ValueError("an admin PIN needs at least 4 characters")
    salt = secrets.token_bytes(16)
    digest = Scrypt(salt=salt, length=32, **_PARAMS).derive(pin.encode("utf-8"))
    encode = base64.urlsafe_b64encode
    return "$".join(
        [
            _PREFIX,
            str(_PARAMS["n"]),
            str(_PARAMS["r"]),
            str(_PARAMS["p"]),
            encode(salt).decode(),
            encode(digest).decode(),
        ]
    )


def is_pin_hash(text: str) -> bool:
    """True for a hash made by ``hash_pin`` (a placeholder or a typo would lock staff out)."""
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != _PREFIX or not all(part.isdigit() for part in parts[1:4]):
        return False
    try:
        salt, digest = base64.urlsafe_b64decode(parts[4]), base64.urlsafe_b64decode(parts[5])
    except (ValueError, TypeError):
        return False
    return len(salt) == 16 and len(digest) == 32


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; False for anything else, malformed hashes included."""
    if not is_pin_hash(stored):
        return False
    _, n, r, p, salt, digest = stored.split("$")
    try:
        expected = base64.urlsafe_b64decode(digest)
        actual = Scrypt(
            salt=base64.urlsafe_b64decode(salt), length=32, n=int(n), r=int(r), p=int(p)
        ).derive(pin.encode("utf-8"))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
