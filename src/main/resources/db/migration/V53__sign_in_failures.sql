-- Failed sign-ins by throttle key (an e-mail address or a network address), for every instance.
CREATE TABLE sign_in_failures (
  throttle_key VARCHAR(300) NOT NULL,
  failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (throttle_key, failed_at);
