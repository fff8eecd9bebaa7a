-- The place, length and equipment of each person's last planned routine: their defaults next time.
CREATE TABLE journal_routine_choice (
  owner VARCHAR(200) NOT NULL PRIMARY KEY,
  place VARCHAR(20) NOT NULL,
  minutes SMALLINT NOT NULL CHECK (minutes BETWEEN 1 AND 60),
  equipment VARCHAR(200) NOT NULL,
  chosen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
