package dev.limber.store;

import dev.limber.json.Json;
import dev.limber.program.AccessEntry;
import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.Program;
import dev.limber.program.ProgramPlay;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Clinicians' programs, join codes, links, acknowledgements, plays and the access log in a {@link
 * Database} (migration V66). Every query that returns a link is scoped to the clinician or the
 * person it belongs to; a join uses its code with a conditional update, so a code links at most one
 * person even when many race for it.
 */
public final class JdbcPrograms implements Programs {
  private static final String VERSIONS =
      "SELECT v.program_id, v.version, v.clinician_id, v.document, v.created_at FROM"
          + " program_version v WHERE ";
  private static final String CODES =
      "SELECT code, clinician_id, program_id, created_at, expires_at, used_at FROM"
          + " program_join_code WHERE ";
  private static final String LINKS =
      "SELECT id, clinician_id, person_id, program_id, shares_notes, consented_at, joined_at,"
          + " left_at FROM program_link WHERE ";

  private final Database database;

  public JdbcPrograms(Database database) {
    this.database = database;
  }

  @Override
  public boolean isClinician(String accountId) {
    return database.query(
        "read clinician",
        connection ->
            Sql.exists(connection, "SELECT 1 FROM clinician WHERE account_id = ?", accountId));
  }

  @Override
  public void grantClinician(String accountId, Instant at) {
    database.inTransaction(
        "grant clinician",
        connection -> {
          if (!Sql.exists(connection, "SELECT 1 FROM clinician WHERE account_id = ?", accountId)) {
            Sql.update(
                connection,
                "INSERT INTO clinician (account_id, granted_at) VALUES (?, ?)",
                accountId,
                at);
          }
          return null;
        });
  }

  @Override
  public Optional<ProgramVersion> save(
      String clinicianId, Optional<String> programId, Program program, Instant at) {
    return database.inTransaction(
        "save program",
        connection -> {
          String id = programId.orElseGet(() -> UUID.randomUUID().toString());
          int version = 1;
          if (programId.isPresent()) {
            Optional<Integer> latest =
                Sql.one(
                    connection,
                    "SELECT MAX(version), MIN(clinician_id) FROM program_version WHERE program_id"
                        + " = ?",
                    row ->
                        row.getObject(1) == null || !clinicianId.equals(row.getString(2))
                            ? Optional.<Integer>empty()
                            : Optional.of(row.getInt(1)),
                    id);
            if (latest.isEmpty()) {
              return Optional.empty();
            }
            version = latest.get() + 1;
          }
          ProgramVersion saved = new ProgramVersion(id, version, clinicianId, program, at);
          Sql.update(
              connection,
              "INSERT INTO program_version (program_id, version, clinician_id, document,"
                  + " created_at) VALUES (?, ?, ?, ?, ?)",
              id,
              version,
              clinicianId,
              Json.write(program),
              at);
          return Optional.of(saved);
        });
  }

  @Override
  public List<ProgramVersion> programsOf(String clinicianId) {
    return versionsWhere(
        "v.clinician_id = ? AND v.version = (SELECT MAX(version) FROM program_version WHERE"
            + " program_id = v.program_id) ORDER BY v.created_at DESC, v.program_id",
        clinicianId);
  }

  @Override
  public List<ProgramVersion> versions(String clinicianId, String programId) {
    return versionsWhere(
        "v.clinician_id = ? AND v.program_id = ? ORDER BY v.version", clinicianId, programId);
  }

  @Override
  public Optional<ProgramVersion> latest(String programId) {
    return versionsWhere("v.program_id = ? ORDER BY v.version DESC", programId).stream()
        .findFirst();
  }

  private List<ProgramVersion> versionsWhere(String where, Object... parameters) {
    return database.query(
        "read programs",
        connection -> Sql.list(connection, VERSIONS + where, JdbcPrograms::version, parameters));
  }

  private static ProgramVersion version(ResultSet row) throws SQLException {
    return new ProgramVersion(
        row.getString(1),
        row.getInt(2),
        row.getString(3),
        Program.fromJson(Json.parse(row.getString(4))),
        Rows.instant(row, 5));
  }

  @Override
  public void addCode(JoinCode code) {
    database.inTransaction(
        "add join code",
        connection ->
            Sql.update(
                connection,
                "INSERT INTO program_join_code (code, clinician_id, program_id, created_at,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?)",
                code.code(),
                code.clinicianId(),
                code.programId(),
                code.createdAt(),
                code.expiresAt()));
  }

  @Override
  public Optional<JoinCode> findCode(String code) {
    return database.query(
        "read join codes",
        connection -> Sql.optional(connection, CODES + "code = ?", JdbcPrograms::code, code));
  }

  @Override
  public List<JoinCode> openCodes(String clinicianId, Instant now) {
    return database
        .query(
            "read join codes",
            connection ->
                Sql.list(
                    connection,
                    CODES + "clinician_id = ? AND used_at IS NULL ORDER BY created_at",
                    JdbcPrograms::code,
                    clinicianId))
        .stream()
        .filter(code -> code.usableAt(now))
        .toList();
  }

  private static JoinCode code(ResultSet row) throws SQLException {
    return new JoinCode(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        Rows.instant(row, 4),
        Rows.instant(row, 5),
        Rows.optionalInstant(row, 6));
  }

  @Override
  public Optional<Link> join(String code, String personId, Consent consent, Instant at) {
    return database.inTransaction(
        "join with a code",
        connection -> {
          Optional<JoinCode> kept =
              Sql.optional(connection, CODES + "code = ?", JdbcPrograms::code, code);
          if (kept.isEmpty()
              || !kept.get().usableAt(at)
              || kept.get().clinicianId().equals(personId)
              || !linksWhere(connection, "active_person = ?", personId).isEmpty()) {
            return Optional.empty();
          }
          int used =
              Sql.update(
                  connection,
                  "UPDATE program_join_code SET used_at = ?, used_by = ? WHERE code = ? AND used_at"
                      + " IS NULL AND expires_at > ?",
                  at,
                  personId,
                  code,
                  at);
          if (used != 1) {
            connection.rollback();
            return Optional.empty();
          }
          Link link =
              new Link(
                  UUID.randomUUID().toString(),
                  kept.get().clinicianId(),
                  personId,
                  kept.get().programId(),
                  consent,
                  at,
                  Optional.empty());
          Sql.update(
              connection,
              "INSERT INTO program_link (id, clinician_id, person_id, active_person,"
                  + " program_id, shares_notes, consented_at, joined_at) VALUES (?, ?, ?, ?,"
                  + " ?, ?, ?, ?)",
              link.id(),
              link.clinicianId(),
              personId,
              personId,
              link.programId(),
              consent.sharesNotes(),
              consent.givenAt(),
              at);
          return Optional.of(link);
        });
  }

  @Override
  public Optional<Link> activeLinkOf(String personId) {
    return links("active_person = ?", personId).stream().findFirst();
  }

  @Override
  public List<Link> linksOf(String clinicianId) {
    return links("clinician_id = ? AND active_person IS NOT NULL ORDER BY joined_at", clinicianId);
  }

  @Override
  public Optional<Link> findLink(String clinicianId, String personId) {
    return links("active_person = ? AND clinician_id = ?", personId, clinicianId).stream()
        .findFirst();
  }

  private List<Link> links(String where, Object... parameters) {
    return database.query("read links", connection -> linksWhere(connection, where, parameters));
  }

  private static List<Link> linksWhere(Connection connection, String where, Object... parameters)
      throws SQLException {
    return Sql.list(connection, LINKS + where, JdbcPrograms::link, parameters);
  }

  private static Link link(ResultSet row) throws SQLException {
    return new Link(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        Consent.of(row.getBoolean(5), Rows.instant(row, 6)),
        Rows.instant(row, 7),
        Rows.optionalInstant(row, 8));
  }

  @Override
  public boolean leave(String personId, Instant at) {
    return database.inTransaction(
        "leave a clinician",
        connection ->
            Sql.update(
                    connection,
                    "UPDATE program_link SET active_person = NULL, left_at = ? WHERE active_person"
                        + " = ?",
                    at,
                    personId)
                > 0);
  }

  @Override
  public boolean assign(String clinicianId, String personId, String programId) {
    if (versions(clinicianId, programId).isEmpty()) {
      return false;
    }
    return database.inTransaction(
        "assign a program",
        connection ->
            Sql.update(
                    connection,
                    "UPDATE program_link SET program_id = ? WHERE active_person = ? AND"
                        + " clinician_id = ?",
                    programId,
                    personId,
                    clinicianId)
                == 1);
  }

  @Override
  public void acknowledge(String linkId, String alertKey, Instant at) {
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

  @Override
  public Set<String> acknowledged(String linkId) {
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

  @Override
  public void logAccess(AccessEntry entry) {
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

  @Override
  public List<AccessEntry> accessLog(String personId) {
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

  @Override
  public void recordPlay(ProgramPlay play) {
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

  @Override
  public List<ProgramPlay> plays(String personId, Instant since) {
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

  @Override
  public void forget(String accountId) {
    database.inTransaction(
        "forget program data",
        connection -> {
          deleteEntriesOf(connection, accountId);
          return null;
        });
  }

  /**
   * Deletes the account's program data inside the account's own deletion: as a clinician, their
   * programs, codes and links (their people's access ends with them); as a person, their links,
   * plays and access log. Entries a deleted clinician left in other people's access logs stay: they
   * are those people's record.
   */
  static void deleteEntriesOf(Connection connection, String accountId) throws SQLException {
    for (String statement :
        List.of(
            "DELETE FROM program_alert_ack WHERE link_id IN (SELECT id FROM program_link WHERE"
                + " clinician_id = ? OR person_id = ?)",
            "DELETE FROM program_link WHERE clinician_id = ? OR person_id = ?",
            "DELETE FROM program_join_code WHERE clinician_id = ? OR used_by = ?",
            "DELETE FROM program_version WHERE clinician_id = ?",
            "DELETE FROM program_access_log WHERE person_id = ?",
            "DELETE FROM program_play WHERE person_id = ?",
            "DELETE FROM clinician WHERE account_id = ?")) {
      int parameters = (int) statement.chars().filter(character -> character == '?').count();
      Object[] accountIds = new Object[parameters];
      Arrays.fill(accountIds, accountId);
      Sql.update(connection, statement, accountIds);
    }
  }
}
