-- Timelines the server computed for a browser to play: the page and its events come back by the
-- unguessable id; the account that planned it (none for anonymous play) is the only one who may.
CREATE TABLE playable_sessions (
  id         VARCHAR(64)      NOT NULL PRIMARY KEY,
  account_id VARCHAR(36)      REFERENCES accounts (id) ON DELETE CASCADE,
  timeline   VARCHAR(1000000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  played_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX playable_sessions_expires ON playable_sessions (expires_at);
