-- Signed-in browsers; only the hash of the cookie's secret is kept. Shared by every instance.
CREATE TABLE login_sessions (
  secret_hash CHAR(64)    PRIMARY KEY,
  account_id  VARCHAR(36) NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token  VARCHAR(64) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_sessions_account ON login_sessions (account_id);
