-- Accounts (DOMAIN.md section 6): one row per user. Emails are stored lower-cased and trimmed,
-- so the unique constraint is case-insensitive; password_hash is a bcrypt hash ($2b$).
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL CHECK (btrim(name) <> ''),
    email         text        NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    password_hash text        NOT NULL CHECK (password_hash LIKE '$2_$%'),
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'MERCHANT', 'DRIVER', 'VIEWER')),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE INDEX users_role_idx ON users (role, id);
