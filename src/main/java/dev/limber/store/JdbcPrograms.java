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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
  private static final String LINK_COLUMNS =
      "id, clinician_id, person_id, program_id, shares_notes, consented_at, joined_at, left_at";

  private final Database database;

  public JdbcPrograms(Database database) {
    this.database = database;
  }

  @Override
  public boolean isClinician(String accountId) {
    return database.query(
        "read clinician",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT 1 FROM clinician WHERE account_id = ?")) {
            select.setString(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  @Override
  public void grantClinician(String accountId, Instant at) {
    database.inTransaction(
        "grant clinician",
        connection -> {
          if (exists(connection, "SELECT 1 FROM clinician WHERE account_id = ?", accountId)) {
            return null;
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO clinician (account_id, granted_at) VALUES (?, ?)")) {
            insert.setString(1, accountId);
            insert.setObject(2, timestamp(at));
            insert.executeUpdate();
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
            try (PreparedStatement select =
                connection.prepareStatement(
                    "SELECT MAX(version), MIN(clinician_id) FROM program_version WHERE program_id"
                        + " = ?")) {
              select.setString(1, id);
              try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (rows.getObject(1) == null || !clinicianId.equals(rows.getString(2))) {
                  return Optional.empty();
                }
                version = rows.getInt(1) + 1;
              }
            }
          }
          ProgramVersion saved = new ProgramVersion(id, version, clinicianId, program, at);
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_version (program_id, version, clinician_id, document,"
                      + " created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setInt(2, version);
            insert.setString(3, clinicianId);
            insert.setString(4, Json.write(program));
            insert.setObject(5, timestamp(at));
            insert.executeUpdate();
          }
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
    List<ProgramVersion> versions =
        versionsWhere("v.program_id = ? ORDER BY v.version DESC", programId);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
  }

  private List<ProgramVersion> versionsWhere(String where, String... parameters) {
    return database.query(
        "read programs",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT v.program_id, v.version, v.clinician_id, v.document, v.created_at FROM"
                      + " program_version v WHERE "
                      + where)) {
            for (int index = 0; index < parameters.length; index++) {
              select.setString(index + 1, parameters[index]);
            }
            List<ProgramVersion> versions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                versions.add(
                    new ProgramVersion(
                        rows.getString(1),
                        rows.getInt(2),
                        rows.getString(3),
                        Program.fromJson(Json.parse(rows.getString(4))),
                        instant(rows, 5)));
              }
            }
            return versions;
          }
        });
  }

  @Override
  public void addCode(JoinCode code) {
    database.inTransaction(
        "add join code",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_join_code (code, clinician_id, program_id, created_at,"
                      + " expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, code.code());
            insert.setString(2, code.clinicianId());
            insert.setString(3, code.programId());
            insert.setObject(4, timestamp(code.createdAt()));
            insert.setObject(5, timestamp(code.expiresAt()));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<JoinCode> findCode(String code) {
    List<JoinCode> codes = codesWhere("code = ?", code);
    return codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(0));
  }

  @Override
  public List<JoinCode> openCodes(String clinicianId, Instant now) {
    return codesWhere("clinician_id = ? AND used_at IS NULL ORDER BY created_at", clinicianId)
        .stream()
        .filter(code -> code.usableAt(now))
        .toList();
  }

  private List<JoinCode> codesWhere(String where, String parameter) {
    return database.query(
        "read join codes",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT code, clinician_id, program_id, created_at, expires_at, used_at FROM"
                      + " program_join_code WHERE "
                      + where)) {
            select.setString(1, parameter);
            List<JoinCode> codes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                codes.add(
                    new JoinCode(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        instant(rows, 4),
                        instant(rows, 5),
                        optionalInstant(rows, 6)));
              }
            }
            return codes;
          }
        });
  }

  @Override
  public Optional<Link> join(String code, String personId, Consent consent, Instant at) {
    return database.inTransaction(
        "join with a code",
        connection -> {
          Optional<JoinCode> kept = codeIn(connection, code);
          if (kept.isEmpty()
              || !kept.get().usableAt(at)
              || kept.get().clinicianId().equals(personId)
              || !linksWhere(connection, "active_person = ?", personId).isEmpty()) {
            return Optional.empty();
          }
          try (PreparedStatement use =
              connection.prepareStatement(
                  "UPDATE program_join_code SET used_at = ?, used_by = ? WHERE code = ? AND used_at"
                      + " IS NULL AND expires_at > ?")) {
            use.setObject(1, timestamp(at));
            use.setString(2, personId);
            use.setString(3, code);
            use.setObject(4, timestamp(at));
            if (use.executeUpdate() != 1) {
              connection.rollback();
              return Optional.empty();
            }
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
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_link (id, clinician_id, person_id, active_person,"
                      + " program_id, shares_notes, consented_at, joined_at) VALUES (?, ?, ?, ?,"
                      + " ?, ?, ?, ?)")) {
            insert.setString(1, link.id());
            insert.setString(2, link.clinicianId());
            insert.setString(3, personId);
            insert.setString(4, personId);
            insert.setString(5, link.programId());
            insert.setBoolean(6, consent.sharesNotes());
            insert.setObject(7, timestamp(consent.givenAt()));
            insert.setObject(8, timestamp(at));
            insert.executeUpdate();
          }
          return Optional.of(link);
        });
  }

  private static Optional<JoinCode> codeIn(Connection connection, String code) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT code, clinician_id, program_id, created_at, expires_at, used_at FROM"
                + " program_join_code WHERE code = ?")) {
      select.setString(1, code);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new JoinCode(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                instant(rows, 4),
                instant(rows, 5),
                optionalInstant(rows, 6)));
      }
    }
  }

  @Override
  public Optional<Link> activeLinkOf(String personId) {
    return first(links("active_person = ?", personId));
  }

  @Override
  public List<Link> linksOf(String clinicianId) {
    return links("clinician_id = ? AND active_person IS NOT NULL ORDER BY joined_at", clinicianId);
  }

  @Override
  public Optional<Link> findLink(String clinicianId, String personId) {
    return first(links("active_person = ? AND clinician_id = ?", personId, clinicianId));
  }

  private static Optional<Link> first(List<Link> links) {
    return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0));
  }

  private List<Link> links(String where, String... parameters) {
    return database.query("read links", connection -> linksWhere(connection, where, parameters));
  }

  private static List<Link> linksWhere(Connection connection, String where, String... parameters)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + LINK_COLUMNS + " FROM program_link WHERE " + where)) {
      for (int index = 0; index < parameters.length; index++) {
        select.setString(index + 1, parameters[index]);
      }
      List<Link> links = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          links.add(
              new Link(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  Consent.of(rows.getBoolean(5), instant(rows, 6)),
                  instant(rows, 7),
                  optionalInstant(rows, 8)));
        }
      }
      return links;
    }
  }

  @Override
  public boolean leave(String personId, Instant at) {
    return database.inTransaction(
        "leave a clinician",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE program_link SET active_person = NULL, left_at = ? WHERE active_person ="
                      + " ?")) {
            update.setObject(1, timestamp(at));
            update.setString(2, personId);
            return update.executeUpdate() > 0;
          }
        });
  }

  @Override
  public boolean assign(String clinicianId, String personId, String programId) {
    if (versions(clinicianId, programId).isEmpty()) {
      return false;
    }
    return database.inTransaction(
        "assign a program",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE program_link SET program_id = ? WHERE active_person = ? AND clinician_id"
                      + " = ?")) {
            update.setString(1, programId);
            update.setString(2, personId);
            update.setString(3, clinicianId);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void acknowledge(String linkId, String alertKey, Instant at) {
    database.inTransaction(
        "acknowledge an alert",
        connection -> {
          if (exists(
              connection,
              "SELECT 1 FROM program_alert_ack WHERE link_id = ? AND alert_key = ?",
              linkId,
              alertKey)) {
            return null;
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_alert_ack (link_id, alert_key, acknowledged_at) VALUES (?,"
                      + " ?, ?)")) {
            insert.setString(1, linkId);
            insert.setString(2, alertKey);
            insert.setObject(3, timestamp(at));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Set<String> acknowledged(String linkId) {
    return database.query(
        "read acknowledgements",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT alert_key FROM program_alert_ack WHERE link_id = ?")) {
            select.setString(1, linkId);
            Set<String> keys = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                keys.add(rows.getString(1));
              }
            }
            return keys;
          }
        });
  }

  @Override
  public void logAccess(AccessEntry entry) {
    database.inTransaction(
        "log an access",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_access_log (person_id, clinician_id, clinician_email, what,"
                      + " accessed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.personId());
            insert.setString(2, entry.clinicianId());
            insert.setString(3, entry.clinicianEmail());
            insert.setString(4, entry.what());
            insert.setObject(5, timestamp(entry.at()));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<AccessEntry> accessLog(String personId) {
    return database.query(
        "read the access log",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT person_id, clinician_id, clinician_email, what, accessed_at FROM"
                      + " program_access_log WHERE person_id = ? ORDER BY accessed_at DESC, id"
                      + " DESC")) {
            select.setString(1, personId);
            List<AccessEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                entries.add(
                    new AccessEntry(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        instant(rows, 5)));
              }
            }
            return entries;
          }
        });
  }

  @Override
  public void recordPlay(ProgramPlay play) {
    database.inTransaction(
        "record a program play",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO program_play (person_id, session_started, program_id, version)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, play.personId());
            insert.setObject(2, timestamp(play.sessionStarted()));
            insert.setString(3, play.programId());
            insert.setInt(4, play.version());
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<ProgramPlay> plays(String personId, Instant since) {
    return database.query(
        "read program plays",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT session_started, program_id, version FROM program_play"
                      + " WHERE person_id = ? AND session_started >= ? ORDER BY session_started")) {
            select.setString(1, personId);
            select.setObject(2, timestamp(since));
            List<ProgramPlay> plays = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                plays.add(
                    new ProgramPlay(personId, instant(rows, 1), rows.getString(2), rows.getInt(3)));
              }
            }
            return plays;
          }
        });
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
      try (PreparedStatement delete = connection.prepareStatement(statement)) {
        int parameters = (int) statement.chars().filter(c -> c == '?').count();
        for (int index = 1; index <= parameters; index++) {
          delete.setString(index, accountId);
        }
        delete.executeUpdate();
      }
    }
  }

  private static boolean exists(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        select.setString(index + 1, parameters[index]);
      }
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Optional<Instant> optionalInstant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }
}
