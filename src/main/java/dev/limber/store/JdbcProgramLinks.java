package dev.limber.store;

import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Join codes and the links they make between a clinician and a person, the part of {@link
 * JdbcPrograms} they own; a join uses its code with a conditional update, so a code links at most
 * one person even when many race for it.
 */
final class JdbcProgramLinks {
  private static final String CODES =
      "SELECT code, clinician_id, program_id, created_at, expires_at, used_at FROM"
          + " program_join_code WHERE ";
  private static final String LINKS =
      "SELECT id, clinician_id, person_id, program_id, shares_notes, consented_at, joined_at,"
          + " left_at FROM program_link WHERE ";

  private final Database database;

  JdbcProgramLinks(Database database) {
    this.database = database;
  }

  void addCode(JoinCode code) {
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

  Optional<JoinCode> findCode(String code) {
    return database.query(
        "read join codes",
        connection -> Sql.optional(connection, CODES + "code = ?", JdbcProgramLinks::code, code));
  }

  List<JoinCode> openCodes(String clinicianId, Instant now) {
    return database
        .query(
            "read join codes",
            connection ->
                Sql.list(
                    connection,
                    CODES + "clinician_id = ? AND used_at IS NULL ORDER BY created_at",
                    JdbcProgramLinks::code,
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

  Optional<Link> join(String code, String personId, Consent consent, Instant at) {
    return database.inTransaction(
        "join with a code",
        connection -> {
          Optional<JoinCode> kept =
              Sql.optional(connection, CODES + "code = ?", JdbcProgramLinks::code, code);
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

  Optional<Link> activeLinkOf(String personId) {
    return links("active_person = ?", personId).stream().findFirst();
  }

  List<Link> linksOf(String clinicianId) {
    return links("clinician_id = ? AND active_person IS NOT NULL ORDER BY joined_at", clinicianId);
  }

  Optional<Link> findLink(String clinicianId, String personId) {
    return links("active_person = ? AND clinician_id = ?", personId, clinicianId).stream()
        .findFirst();
  }

  private List<Link> links(String where, Object... parameters) {
    return database.query("read links", connection -> linksWhere(connection, where, parameters));
  }

  private static List<Link> linksWhere(Connection connection, String where, Object... parameters)
      throws SQLException {
    return Sql.list(connection, LINKS + where, JdbcProgramLinks::link, parameters);
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

  boolean leave(String personId, Instant at) {
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

  /** Points the person's link to the program; the caller has checked the program is theirs. */
  boolean assign(String clinicianId, String personId, String programId) {
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
}
