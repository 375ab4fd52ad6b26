"""The vault: how a passcode keeps private entries private. Pure cryptography, no database.

A profile's private entries are sealed with a random 256-bit data key (AES-GCM). The data key is
stored only wrapped: once under a key derived from the passcode, once under a key derived from a
recovery code shown to the user once. Changing the passcode re-wraps the data key; no entry is
re-encrypted. The passcode and the recovery code are never stored.

Each wrap stores the key derivation it was made with (``KdfParams``, as JSON), so the passcode
wrap and the recovery wrap may differ and raising the cost later leaves every old wrap opening.
New wraps use Argon2id (memory-hard), 256 MiB, 3 passes, 4 lanes. Measured on the 2-core machine
this was written on (cryptography 50.0.2, OpenSSL's Argon2id) with
``python -c "...Argon2id(salt=os.urandom(16), length=32, iterations=t, lanes=p,
memory_cost=m).derive(b'blue kettle 42')"``, three runs each:

    64 MiB,  t=3, p=4: 0.13-0.14 s      256 MiB, t=2, p=4: 0.40-0.41 s
    128 MiB, t=4, p=4: 0.28-0.37 s      256 MiB, t=3, p=4: 0.48-0.49 s   <- chosen
    256 MiB, t=2, p=1: 0.54-0.57 s      scrypt n=2**17, r=8, p=1: 0.32 s (128 MiB)

(measured with the machine otherwise idle; with other work keeping both cores busy, load average
3, the chosen setting took 0.6-2.7 s: still off the UI thread, with "Checking…" shown).

Wraps made before by earlier versions use scrypt n=2**17, r=8, p=1; they keep opening, and the
passcode wrap moves to Argon2id at the next passcode change. Parameters read from the database are
bounded (``check_params``): a tampered file can make unlocking fail, never take minutes or
gigabytes. Guessing offline costs an attacker the same 256 MiB and half a second per try; the
wrong-guess delay kept in the database (``passcodes``) only slows guessing through the app.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# What new wraps are made with; stored with each wrap, so changing this never locks anyone out.
NEW_WRAP_KDF: dict = {"name": "argon2id", "memory_kib": 256 * 1024, "iterations": 3, "lanes": 4}
LEGACY_SCRYPT: dict = {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}
# Upper bounds for parameters read back: about 4 times today's cost at most.
MAX_MEMORY_BYTES = 1024 * 1024 * 1024
MAX_ARGON2_WORK_KIB = 4 * 256 * 1024 * 3  # memory x passes
MAX_SCRYPT_WORK = 4 * 2**17 * 8  # n x r x p
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
# Crockford's base-32 letters: no I, L, O or U, so nothing is misread when written down by hand.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH = 5, 5  # 25 characters, 125 bits
MIN_PASSCODE_LENGTH = 6  # a 4-digit PIN falls to offline guessing in about an hour, even at 0.5 s
_KEY_CHECK_V1 = b"caregiver companion key check"
_KEY_CHECK_V2 = b"caregiver companion key check, rows format 2"


class WrongSecretError(Exception):
    """The passcode or recovery code does not open this vault. Says nothing more."""


@dataclass(frozen=True)
class LockMaterial:
    """What is stored for a profile with a passcode: for each wrap its key derivation (JSON, see
    ``KdfParams``), its salt and the wrapped data key."""

    passcode_kdf: str
    passcode_salt: bytes
    key_wrapped_by_passcode: bytes
    recovery_kdf: str
    recovery_salt: bytes
    key_wrapped_by_recovery: bytes


class Vault:
    """An unlocked data key: seals and opens private entries. Keep it only while unlocked."""

    def __init__(self, data_key: bytes):
        self._aead = _aead(data_key)
        self._data_key = data_key
        # The highest row-record counter seen while unlocked: one lower than this means the file
        # was put back to an older copy under the running app (see ``integrity``).
        self.newest_record = 0

    def seal(self, plaintext: bytes, context: str | bytes) -> bytes:
        """Encrypt ``plaintext``; ``context`` (which row it belongs to) is bound to it."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, _as_bytes(context))

    def open(self, sealed: bytes, context: str | bytes) -> bytes:
        """Decrypt what ``seal`` made for the same ``context``; raises if anything was changed."""
        try:
            return self._aead.decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _as_bytes(context)
            )
        except (_invalid_tag(), ValueError) as error:  # ValueError: too short to hold a nonce
            raise WrongSecretError("this entry cannot be opened with this key") from error

    def key_check(self) -> bytes:
        """A value that identifies the data key without revealing it (stored with the profile).

        It also says, authenticated by the key, that the profile's rows are in format 2 (bound
        to profile, kind and identity, listed in a sealed record): an attacker cannot turn a
        profile back into format 1 without an old copy of this value."""
        return hmac.new(self._data_key, _KEY_CHECK_V2, hashlib.sha256).digest()

    def legacy_key_check(self) -> bytes:
        """The key check earlier versions stored: rows sealed the old way, not yet upgraded."""
        return hmac.new(self._data_key, _KEY_CHECK_V1, hashlib.sha256).digest()

    def wrap_for(self, secret: str, params: dict | None = None) -> tuple[str, bytes, bytes]:
        """(key derivation as JSON, salt, wrapped data key) so that ``secret`` unlocks this
        vault; new wraps use ``NEW_WRAP_KDF``."""
        params = dict(params or NEW_WRAP_KDF)
        salt = secrets.token_bytes(SALT_BYTES)
        wrapping = _aead(derive_key(secret, salt, params))
        nonce = secrets.token_bytes(NONCE_BYTES)
        return (
            json.dumps(params, sort_keys=True),
            salt,
            nonce + wrapping.encrypt(nonce, self._data_key, b"data key"),
        )


# cryptography (about 7 MiB and several milliseconds to load) is imported when a vault is first
# made or opened: most starts, and every kiosk, never unlock anything.
def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    """cryptography's error for a ciphertext that does not authenticate."""
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415

    return InvalidTag


def _as_bytes(context: str | bytes) -> bytes:
    return context.encode("utf-8") if isinstance(context, str) else context


def normalize_secret(secret: str) -> bytes:
    """The same passcode typed on any keyboard gives the same bytes; recovery codes ignore
    spaces, dashes and case."""
    return unicodedata.normalize("NFKC", secret).encode("utf-8")


def _whole(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def check_params(params: object) -> dict:
    """The key derivation parameters, if they are ones this app would make (within bounds);
    raises ``WrongSecretError`` for anything else (a tampered or damaged file, not a guess)."""
    if not isinstance(params, dict):
        raise WrongSecretError("unusable key derivation parameters")
    name = params.get("name")
    if name == "argon2id" and set(params) == {"name", "memory_kib", "iterations", "lanes"}:
        lanes, memory = params["lanes"], params["memory_kib"]
        if (
            _whole(lanes, 1, 8)
            and _whole(memory, 8 * 1024, MAX_MEMORY_BYTES // 1024)
            and _whole(params["iterations"], 1, 10)
            and memory * params["iterations"] <= MAX_ARGON2_WORK_KIB
        ):
            return params
    if name == "scrypt" and set(params) == {"name", "n", "r", "p"}:
        n, r, p = params["n"], params["r"], params["p"]
        if (
            _whole(n, 2**10, 2**20)
            and n & (n - 1) == 0
            and _whole(r, 1, 16)
            and _whole(p, 1, 4)
            and 128 * n * r <= MAX_MEMORY_BYTES
            and n * r * p <= MAX_SCRYPT_WORK
        ):
            return params
    raise WrongSecretError("unusable key derivation parameters")


def derive_key(secret: str, salt: bytes, params: dict) -> bytes:
    """The wrapping key for ``secret``; ``params`` are checked first (see ``check_params``)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: PLC0415
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415

    params = check_params(params)
    kdf: Argon2id | Scrypt
    if params["name"] == "argon2id":
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=params["iterations"],
            lanes=params["lanes"],
            memory_cost=params["memory_kib"],
        )
    else:
        kdf = Scrypt(salt=salt, length=KEY_BYTES, n=params["n"], r=params["r"], p=params["p"])
    return kdf.derive(normalize_secret(secret))


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
    letters = letters.translate(str.maketrans("OIL", "011"))
    return "-".join(
        letters[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(letters), RECOVERY_GROUP_LENGTH)
    )


def create(passcode: str) -> tuple[Vault, LockMaterial, str]:
    """A new vault for ``passcode``: the vault, what to store, and the recovery code to show."""
    vault = Vault(secrets.token_bytes(KEY_BYTES))  # what AESGCM.generate_key returns
    recovery_code = new_recovery_code()
    material = LockMaterial(*vault.wrap_for(passcode), *vault.wrap_for(recovery_code))
    return vault, material, recovery_code


def unlock(material: LockMaterial, secret: str, with_recovery_code: bool = False) -> Vault:
    """The vault, if ``secret`` is right. Slow on purpose (see the module docstring): call it off
    the UI thread. Raises ``WrongSecretError`` and nothing else for a wrong secret."""
    if with_recovery_code:
        kdf, salt, wrapped = (
            material.recovery_kdf,
            material.recovery_salt,
            material.key_wrapped_by_recovery,
        )
        secret = clean_recovery_code(secret)
    else:
        kdf, salt, wrapped = (
            material.passcode_kdf,
            material.passcode_salt,
            material.key_wrapped_by_passcode,
        )
    try:
        params = json.loads(kdf or "null")
    except (TypeError, ValueError) as error:
        raise WrongSecretError("unusable key derivation parameters") from error
    wrapping = _aead(derive_key(secret, salt, params))
    try:
        data_key = wrapping.decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], b"data key")
    except (_invalid_tag(), ValueError) as error:
        raise WrongSecretError("wrong passcode or recovery code") from error
    return Vault(data_key)
