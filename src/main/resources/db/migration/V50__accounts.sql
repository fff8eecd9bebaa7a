-- Accounts of the hosted service (limber serve). The journal's rows name their owner by account id.
CREATE TABLE accounts (
  id            VARCHAR(36)  PRIMARY KEY,
  email         VARCHAR(254) NOT NULL UNIQUE,
  password_hash VARCHAR(512) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
