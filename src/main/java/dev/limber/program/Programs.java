package dev.limber.program;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where clinicians' programs, join codes, links, acknowledged alerts, program plays and the access
 * log are kept. Every read that returns a person's link is scoped to the clinician or the person
 * asking. Thread-safe.
 */
public interface Programs {
  /** Whether the account may act as a clinician. */
  boolean isClinician(String accountId);

  /** Makes the account a clinician (the operator's grant or an allowed sign-up). */
  void grantClinician(String accountId, Instant at);

  /**
   * Saves a new program (no {@code programId}) as version 1, or the next version of the clinician's
   * program; empty when the clinician has no such program.
   */
  Optional<ProgramVersion> save(
      String clinicianId, Optional<String> programId, Program program, Instant at);

  /** The latest version of each of the clinician's programs, newest first. */
  List<ProgramVersion> programsOf(String clinicianId);

  /** Every version of one of the clinician's programs, oldest first; empty for another's. */
  List<ProgramVersion> versions(String clinicianId, String programId);

  /** The latest version of a program, whoever owns it (a linked person's own program). */
  Optional<ProgramVersion> latest(String programId);

  void addCode(JoinCode code);

  /** The code as kept, used or not. */
  Optional<JoinCode> findCode(String code);

  /** The clinician's codes that are still unused and unexpired at {@code now}. */
  List<JoinCode> openCodes(String clinicianId, Instant now);

  /**
   * Uses the code and links the person in one step: empty when the code is unknown, used, expired,
   * the clinician's own, or the person is already linked. A code is used at most once even when two
   * people race for it.
   */
  Optional<Link> join(String code, String personId, Consent consent, Instant at);

  /** The person's current link, if they are joined to a clinician. */
  Optional<Link> activeLinkOf(String personId);

  /** The clinician's current links, earliest joined first. */
  List<Link> linksOf(String clinicianId);

  /** The clinician's current link to this person; empty when the person never joined or left. */
  Optional<Link> findLink(String clinicianId, String personId);

  /** Ends the person's current link now; false when there was none. */
  boolean leave(String personId, Instant at);

  /** Points the clinician's link to another of their programs; false when either is not theirs. */
  boolean assign(String clinicianId, String personId, String programId);

  void acknowledge(String linkId, String alertKey, Instant at);

  Set<String> acknowledged(String linkId);

  void logAccess(AccessEntry entry);

  /** The person's access log, newest first. */
  List<AccessEntry> accessLog(String personId);

  void recordPlay(ProgramPlay play);

  /** The person's plays of any program at or after {@code since}, oldest first. */
  List<ProgramPlay> plays(String personId, Instant since);

  /** Removes everything kept for the account as clinician or as person (its deletion). */
  void forget(String accountId);
}
