-- Rev. 3 (spec/screening.md §2.2): "today", a flag's day and a review's date are local days in the
-- zone a signed-in person set (an IANA region id such as Europe/London); NULL means the server's.
ALTER TABLE accounts ADD COLUMN time_zone VARCHAR(64);
