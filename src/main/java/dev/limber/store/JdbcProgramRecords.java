package dev.limber.store;

import dev.limber.program.AccessEntry;
import dev.limber.program.ProgramPlay;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happens on a link, the part of {@link JdbcPrograms} that records it: acknowledged alerts,
 * the access log and program plays.
 */
final class JdbcProgramRecords {
  private final Database database;

  JdbcProgramRecords(Database database) {
    this.database = database;
  }

  void acknowledge(String linkId, String alertKey, Instant at) {
    database.inTransaction(
        "acknowledge an alert",
        connection -> {
          if (!Sql.exists(
              connection,
              "SELECT 1 FROM program_alert_ack WHERE link_id = ? AND alert_key = ?",
              linkId,
              alertKey)) {
            Sql.update(
                connection,
                "INSERT INTO program_alert_ack (link_id, alert_key, acknowledged_at) VALUES (?,"
                    + " ?, ?)",
                linkId,
                alertKey,
                at);
          }
          return null;
        });
  }

  Set<String> acknowledged(String linkId) {
    return database.query(
        "read acknowledgements",
        connection ->
            new HashSet<>(
                Sql.list(
                    connection,
                    "SELECT alert_key FROM program_alert_ack WHERE link_id = ?",
                    row -> row.getString(1),
                    linkId)));
  }

  void logAccess(AccessEntry entry) {
    database.inTransaction(
        "log an access",
        connection ->
            Sql.update(
                connection,
                "INSERT INTO program_access_log (person_id, clinician_id, clinician_email, what,"
                    + " accessed_at) VALUES (?, ?, ?, ?, ?)",
                entry.personId(),
                entry.clinicianId(),
                entry.clinicianEmail(),
                entry.what(),
                entry.at()));
  }

  List<AccessEntry> accessLog(String personId) {
    return database.query(
        "read the access log",
        connection ->
            Sql.list(
                connection,
                "SELECT person_id, clinician_id, clinician_email, what, accessed_at FROM"
                    + " program_access_log WHERE person_id = ? ORDER BY accessed_at DESC, id"
                    + " DESC",
                row ->
                    new AccessEntry(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        Rows.instant(row, 5)),
                personId));
  }

  void recordPlay(ProgramPlay play) {
    database.inTransaction(
        "record a program play",
        connection ->
            Sql.update(
                connection,
                "INSERT INTO program_play (person_id, session_started, program_id, version)"
                    + " VALUES (?, ?, ?, ?)",
                play.personId(),
                play.sessionStarted(),
                play.programId(),
                play.version()));
  }

  List<ProgramPlay> plays(String personId, Instant since) {
    return database.query(
        "read program plays",
        connection ->
            Sql.list(
                connection,
                "SELECT session_started, program_id, version FROM program_play"
                    + " WHERE person_id = ? AND session_started >= ? ORDER BY session_started",
                row ->
                    new ProgramPlay(
                        personId, Rows.instant(row, 1), row.getString(2), row.getInt(3)),
                personId,
                since));
  }
}
