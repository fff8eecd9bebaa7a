-- Throttled attempts (sign-ins, re-entered passwords, sign-ups), written before they are judged so
-- concurrent attempts on any instance see each other. Replaces sign_in_failures.
CREATE TABLE throttle_attempts (
  attempt_id   VARCHAR(36)  NOT NULL,
  throttle_key VARCHAR(300) NOT NULL,
  attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX throttle_attempts_key ON throttle_attempts (throttle_key, attempted_at);
CREATE INDEX throttle_attempts_attempt ON throttle_attempts (attempt_id);
DROP TABLE sign_in_failures;
