-- Answers to writes sent with an Idempotency-Key, so a retry after a lost answer stores nothing
-- twice and gets the first answer again. A row without a status is a request still running.
CREATE TABLE idempotent_answers (
  account_id      VARCHAR(36)  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  idempotency_key VARCHAR(200) NOT NULL,
  route           VARCHAR(200) NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  status          INTEGER,
  body            VARCHAR(1000000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX idempotent_answers_created ON idempotent_answers (created_at);
