"""The database schema as forward migrations: ``MIGRATIONS[n]`` takes version n to n + 1.

Never edit a migration that has shipped; add the next one. ``PRAGMA user_version`` holds the
version, and every migration runs inside the same transaction as the version bump.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: profiles, progress per lesson, quiz attempts, reflections, app state.
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        -- The vault (stress-log issue): a random data key, stored only wrapped (encrypted) under
        -- a key derived from the passcode and under one derived from the recovery code. The
        -- passcode itself is never stored. All NULL: no passcode, private data not encrypted.
        kdf_name TEXT,
        kdf_params TEXT,
        passcode_salt BLOB,
        key_wrapped_by_passcode BLOB,
        recovery_salt BLOB,
        key_wrapped_by_recovery BLOB
    );

    CREATE TABLE lesson_progress (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
        position REAL NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 1),
        seconds_read INTEGER NOT NULL DEFAULT 0 CHECK (seconds_read >= 0),
        first_opened_at TEXT NOT NULL,
        last_opened_at TEXT NOT NULL,
        completed_at TEXT,
        PRIMARY KEY (profile_id, lesson_id)
    ) WITHOUT ROWID;
    CREATE INDEX lesson_progress_recent ON lesson_progress (profile_id, last_opened_at);

    CREATE TABLE quiz_attempts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        chosen TEXT NOT NULL,          -- JSON list of choice numbers, from 0
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_at TEXT NOT NULL
    );
    CREATE INDEX quiz_attempts_by_lesson ON quiz_attempts (profile_id, lesson_id, quiz_id);

    -- Private: encrypted when the profile has a passcode (body is then nonce + ciphertext).
    CREATE TABLE reflections (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        reflection_id TEXT NOT NULL,
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, lesson_id, reflection_id)
    ) WITHOUT ROWID;

    CREATE TABLE app_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 1 -> 2: the stress log, the warning-signs plan and its observations, and bookkeeping for
    # wrong passcodes. Private content is in ``body`` (JSON; sealed when ``encrypted`` = 1);
    # dates stay plain so entries can be ordered and charted without opening each one.
    """
    ALTER TABLE profiles ADD COLUMN failed_unlocks INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE profiles ADD COLUMN unlock_blocked_until TEXT;

    CREATE TABLE stress_entries (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        day TEXT NOT NULL,                     -- YYYY-MM-DD, the user's own calendar day
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, day)
    ) WITHOUT ROWID;

    CREATE TABLE plans (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL
    );

    CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL
    );
    CREATE INDEX observations_by_day ON observations (profile_id, day);
    """,
    # 2 -> 3: the weekly check-in's answers, one row per week (keyed by its Monday); private.
    """
    CREATE TABLE weekly_checkins (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        week TEXT NOT NULL,
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, week)
    ) WITHOUT ROWID;
    """,
    # 3 -> 4: a check value of the data key, so a key left over from before a passcode change,
    # removal or restore can never seal entries for a profile it does not belong to.
    """
    ALTER TABLE profiles ADD COLUMN key_check BLOB;
    """,
    # 4 -> 5 (issue 12): each wrap of the data key keeps its own key derivation (JSON with its
    # name), so a passcode change with newer parameters can never lock anyone out; until now
    # both wraps shared ``kdf_name``/``kdf_params`` (left in place, no longer read). A sealed
    # per-profile record of every private row's fingerprint (rollback detection), and a place
    # where rows the app will not trust are kept aside instead of being shown or deleted.
    """
    ALTER TABLE profiles ADD COLUMN passcode_kdf TEXT;
    ALTER TABLE profiles ADD COLUMN recovery_kdf TEXT;
    UPDATE profiles
        SET passcode_kdf = json_set(kdf_params, '$.name', kdf_name),
            recovery_kdf = json_set(kdf_params, '$.name', kdf_name)
        WHERE kdf_params IS NOT NULL AND json_valid(kdf_params);

    CREATE TABLE row_records (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        body BLOB NOT NULL                     -- sealed JSON: counter and row fingerprints
    );

    CREATE TABLE kept_aside (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                    -- "stress", "plan", "reflection", ...
        identity TEXT NOT NULL,                -- JSON array: the row's key columns
        reason TEXT NOT NULL CHECK (reason IN ('plain', 'damaged', 'older')),
        body BLOB NOT NULL,
        encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
        extra TEXT,                            -- JSON: other plain columns (an observation's day)
        kept_at TEXT NOT NULL
    );
    CREATE INDEX kept_aside_by_profile ON kept_aside (profile_id, kind);
    """,
    # 5 -> 6 (issue 16): the family's own warning signs, what was seen each day, and when to
    # act. Private like the stress log: a sign's wording, a day's ticks and the agreed
    # thresholds are sealed; a day stays plain so the timeline can be drawn in date order.
    """
    CREATE TABLE signs (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        body BLOB NOT NULL,                    -- stage, wording, place in the list, retired
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL
    );
    CREATE INDEX signs_by_profile ON signs (profile_id);

    CREATE TABLE sign_days (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        day TEXT NOT NULL,                     -- YYYY-MM-DD, the user's own calendar day
        body BLOB NOT NULL,                    -- the signs seen that day, and a word of context
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, day)
    ) WITHOUT ROWID;

    CREATE TABLE sign_rules (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        body BLOB NOT NULL,                    -- the thresholds, and the prompts already shown
        encrypted INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
        updated_at TEXT NOT NULL
    );
    """,
)

LATEST_VERSION = len(MIGRATIONS)
