-- Personal API tokens; only the hash of the secret is kept, the secret is shown once.
CREATE TABLE api_tokens (
  id          VARCHAR(36)  PRIMARY KEY,
  account_id  VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name        VARCHAR(100) NOT NULL,
  secret_hash CHAR(64)     NOT NULL UNIQUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);
