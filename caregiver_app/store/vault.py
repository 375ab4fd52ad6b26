"""The vault: how a passcode keeps private entries private. Pure cryptography, no database.

A profile's private entries are sealed with a random 256-bit data key (AES-GCM). The data key is
stored only wrapped: once under a key derived from the passcode, once under a key derived from a
recovery code shown to the user once. Changing the passcode re-wraps the data key; no entry is
re-encrypted. The passcode and the recovery code are never stored.

Key derivation is scrypt with n=2**17, r=8, p=1: 0.41-0.47 s and 128 MiB per guess on the 2-core
machine this was measured on. n=2**16 measured 0.21-0.34 s from run to run, which can fall
below the 0.25 s per guess we want; memory-hard, so a guessing machine with many cores gains
little. The parameters are stored with each vault, so raising them later leaves old ones working.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KDF_NAME = "scrypt"
KDF_PARAMS = {"n": 2**17, "r": 8, "p": 1}
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
# Crockford's base-32 letters: no I, L, O or U, so nothing is misread when written down by hand.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 5, 5  # 25 characters, 125 bits
MIN_PASSCODE_LENGTH = 6  # a 4-digit PIN falls to offline guessing in about an hour, even at 0.5 s


class WrongSecretError(Exception):
    """The passcode or recovery code does not open this vault. Says nothing more."""


@dataclass(frozen=True)
class LockMaterial:
    """What is stored for a profile with a passcode: salts, parameters and wrapped keys."""

    kdf_name: str
    kdf_params: str  # JSON
    passcode_salt: bytes
    key_wrapped_by_passcode: bytes
    recovery_salt: bytes
    key_wrapped_by_recovery: bytes


class Vault:
    """An unlocked data key: seals and opens private entries. Keep it only while unlocked."""

    def __init__(self, data_key: bytes):
        self._aead = AESGCM(data_key)
        self._data_key = data_key

    def seal(self, plaintext: bytes, context: str) -> bytes:
        """Encrypt ``plaintext``; ``context`` (which row it belongs to) is bound to it."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, context.encode("utf-8"))

    def open(self, sealed: bytes, context: str) -> bytes:
        """Decrypt what ``seal`` made for the same ``context``; raises if anything was changed."""
        try:
            return self._aead.decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode("utf-8")
            )
        except InvalidTag as error:
            raise WrongSecretError("this entry cannot be opened with this key") from error

    def key_check(self) -> bytes:
        """A value that identifies the data key without revealing it (stored with the profile)."""
        return hmac.new(self._data_key, b"caregiver companion key check", hashlib.sha256).digest()

    def wrap_for(self, secret: str) -> tuple[bytes, bytes]:
        """(salt, wrapped data key) so that ``secret`` can unlock this vault."""
        salt = secrets.token_bytes(SALT_BYTES)
        wrapping = AESGCM(derive_key(secret, salt, KDF_PARAMS))
        nonce = secrets.token_bytes(NONCE_BYTES)
        return salt, nonce + wrapping.encrypt(nonce, self._data_key, b"data key")


def normalize_secret(secret: str) -> bytes:
    """The same passcode typed on any keyboard gives the same bytes; recovery codes ignore
    spaces, dashes and case."""
    return unicodedata.normalize("NFKC", secret).encode("utf-8")


def derive_key(secret: str, salt: bytes, params: dict) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, **params).derive(normalize_secret(secret))


def new_recovery_code() -> str:
    """A random code to write down, in groups: ``7K2QX-...``."""
    letters = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH)
    )
    return "-".join(
        letters[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(letters), RECOVERY_GROUP_LENGTH)
    )


def clean_recovery_code(code: str) -> str:
    """What the user typed, as the code was made: capitals, groups, common misreadings fixed."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    letters = letters.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return "-".join(
        letters[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(letters), RECOVERY_GROUP_LENGTH)
    )


def create(passcode: str) -> tuple[Vault, LockMaterial, str]:
    """A new vault for ``passcode``: the vault, what to store, and the recovery code to show."""
    vault = Vault(AESGCM.generate_key(bit_length=KEY_BYTES * 8))
    recovery_code = new_recovery_code()
    passcode_salt, by_passcode = vault.wrap_for(passcode)
    recovery_salt, by_recovery = vault.wrap_for(recovery_code)
    material = LockMaterial(
        KDF_NAME, json.dumps(KDF_PARAMS), passcode_salt, by_passcode, recovery_salt, by_recovery
    )
    return vault, material, recovery_code


def unlock(material: LockMaterial, secret: str, with_recovery_code: bool = False) -> Vault:
    """The vault, if ``secret`` is right. Slow on purpose (see the module docstring): call it off
    the UI thread. Raises ``WrongSecretError`` and nothing else for a wrong secret."""
    if material.kdf_name != KDF_NAME:
        raise WrongSecretError("unknown key derivation")
    params = json.loads(material.kdf_params)
    if set(params) != {"n", "r", "p"} or not (
        2**10 <= params["n"] <= 2**20 and params["r"] <= 16 and params["p"] <= 4
    ):
        raise WrongSecretError("unusable key derivation parameters")  # a tampered file, not a guess
    if with_recovery_code:
        salt, wrapped, secret = (
            material.recovery_salt,
            material.key_wrapped_by_recovery,
            clean_recovery_code(secret),
        )
    else:
        salt, wrapped = material.passcode_salt, material.key_wrapped_by_passcode
    wrapping = AESGCM(derive_key(secret, salt, params))
    try:
        data_key = wrapping.decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], b"data key")
    except InvalidTag as error:
        raise WrongSecretError("wrong passcode or recovery code") from error
    return Vault(data_key)
