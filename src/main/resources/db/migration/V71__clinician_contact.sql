-- Issue 24: the line a clinician chooses to share with the people who follow their program (a
-- clinic, a phone number or an e-mail address; free text). NULL means they shared none.
ALTER TABLE accounts ADD COLUMN contact_line VARCHAR(200);
