-- A session planned from a clinician's program (issue 15) keeps which program and version, so the
-- session the browser plays back is recorded against the version it played.
ALTER TABLE playable_sessions ADD COLUMN program_id VARCHAR(36);
ALTER TABLE playable_sessions ADD COLUMN program_version INT;
