-- Each person's desk-break calendar: its settings, the secret of its private subscription address,
-- the RFC 5545 SEQUENCE raised on every change, and the day its events start from.
CREATE TABLE journal_reminder_calendar (
  owner VARCHAR(200) NOT NULL PRIMARY KEY,
  secret VARCHAR(64) NOT NULL UNIQUE,
  from_time CHAR(5) NOT NULL,
  to_time CHAR(5) NOT NULL,
  every_minutes INTEGER CHECK (every_minutes >= 15),
  at_times VARCHAR(300) NOT NULL,
  week_days VARCHAR(40) NOT NULL,
  minutes SMALLINT NOT NULL CHECK (minutes BETWEEN 1 AND 60),
  place VARCHAR(20) NOT NULL,
  equipment VARCHAR(200) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  seq_number INTEGER NOT NULL CHECK (seq_number >= 0),
  since DATE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
