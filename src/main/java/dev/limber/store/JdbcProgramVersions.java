package dev.limber.store;

import dev.limber.json.Json;
import dev.limber.program.Program;
import dev.limber.program.ProgramVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clinicians and the versions of their programs, the part of {@link JdbcPrograms} they own. */
final class JdbcProgramVersions {
  private static final String VERSIONS =
      "SELECT v.program_id, v.version, v.clinician_id, v.document, v.created_at FROM"
          + " program_version v WHERE ";

  private final Database database;

  JdbcProgramVersions(Database database) {
    this.database = database;
  }

  boolean isClinician(String accountId) {
    return database.query(
        "read clinician",
        connection ->
            Sql.exists(connection, "SELECT 1 FROM clinician WHERE account_id = ?", accountId));
  }

  void grantClinician(String accountId, Instant at) {
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

  Optional<ProgramVersion> save(
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

  List<ProgramVersion> programsOf(String clinicianId) {
    return versionsWhere(
        "v.clinician_id = ? AND v.version = (SELECT MAX(version) FROM program_version WHERE"
            + " program_id = v.program_id) ORDER BY v.created_at DESC, v.program_id",
        clinicianId);
  }

  List<ProgramVersion> versions(String clinicianId, String programId) {
    return versionsWhere(
        "v.clinician_id = ? AND v.program_id = ? ORDER BY v.version", clinicianId, programId);
  }

  Optional<ProgramVersion> latest(String programId) {
    return versionsWhere("v.program_id = ? ORDER BY v.version DESC", programId).stream()
        .findFirst();
  }

  private List<ProgramVersion> versionsWhere(String where, Object... parameters) {
    return database.query(
        "read programs",
        connection ->
            Sql.list(connection, VERSIONS + where, JdbcProgramVersions::version, parameters));
  }

  private static ProgramVersion version(ResultSet row) throws SQLException {
    return new ProgramVersion(
        row.getString(1),
        row.getInt(2),
        row.getString(3),
        Program.fromJson(Json.parse(row.getString(4))),
        Rows.instant(row, 5));
  }
}
