package dev.limber.store;

import dev.limber.program.AccessEntry;
import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.Program;
import dev.limber.program.ProgramPlay;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clinicians' programs, join codes, links, acknowledgements, plays and the access log in a {@link
 * Database} (migration V66). Every query that returns a link is scoped to the clinician or the
 * person it belongs to. The statements live in three parts: {@link JdbcProgramVersions} (clinicians
 * and program versions), {@link JdbcProgramLinks} (codes, joins and links) and {@link
 * JdbcProgramRecords} (acknowledgements, the access log and plays).
 */
public final class JdbcPrograms implements Programs {
  private final Database database;
  private final JdbcProgramVersions versions;
  private final JdbcProgramLinks links;
  private final JdbcProgramRecords records;

  public JdbcPrograms(Database database) {
    this.database = database;
    this.versions = new JdbcProgramVersions(database);
    this.links = new JdbcProgramLinks(database);
    this.records = new JdbcProgramRecords(database);
  }

  @Override
  public boolean isClinician(String accountId) {
    return versions.isClinician(accountId);
  }

  @Override
  public void grantClinician(String accountId, Instant at) {
    versions.grantClinician(accountId, at);
  }

  @Override
  public Optional<ProgramVersion> save(
      String clinicianId, Optional<String> programId, Program program, Instant at) {
    return versions.save(clinicianId, programId, program, at);
  }

  @Override
  public List<ProgramVersion> programsOf(String clinicianId) {
    return versions.programsOf(clinicianId);
  }

  @Override
  public List<ProgramVersion> versions(String clinicianId, String programId) {
    return versions.versions(clinicianId, programId);
  }

  @Override
  public Optional<ProgramVersion> latest(String programId) {
    return versions.latest(programId);
  }

  @Override
  public void addCode(JoinCode code) {
    links.addCode(code);
  }

  @Override
  public Optional<JoinCode> findCode(String code) {
    return links.findCode(code);
  }

  @Override
  public List<JoinCode> openCodes(String clinicianId, Instant now) {
    return links.openCodes(clinicianId, now);
  }

  @Override
  public Optional<Link> join(String code, String personId, Consent consent, Instant at) {
    return links.join(code, personId, consent, at);
  }

  @Override
  public Optional<Link> activeLinkOf(String personId) {
    return links.activeLinkOf(personId);
  }

  @Override
  public List<Link> linksOf(String clinicianId) {
    return links.linksOf(clinicianId);
  }

  @Override
  public Optional<Link> findLink(String clinicianId, String personId) {
    return links.findLink(clinicianId, personId);
  }

  @Override
  public boolean leave(String personId, Instant at) {
    return links.leave(personId, at);
  }

  @Override
  public boolean assign(String clinicianId, String personId, String programId) {
    if (versions.versions(clinicianId, programId).isEmpty()) {
      return false;
    }
    return links.assign(clinicianId, personId, programId);
  }

  @Override
  public void acknowledge(String linkId, String alertKey, Instant at) {
    records.acknowledge(linkId, alertKey, at);
  }

  @Override
  public Set<String> acknowledged(String linkId) {
    return records.acknowledged(linkId);
  }

  @Override
  public void logAccess(AccessEntry entry) {
    records.logAccess(entry);
  }

  @Override
  public List<AccessEntry> accessLog(String personId) {
    return records.accessLog(personId);
  }

  @Override
  public void recordPlay(ProgramPlay play) {
    records.recordPlay(play);
  }

  @Override
  public List<ProgramPlay> plays(String personId, Instant since) {
    return records.plays(personId, since);
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
