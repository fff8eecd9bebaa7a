package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.program.AccessEntry;
import dev.limber.program.Link;
import dev.limber.program.Programs;
import java.time.Clock;
import java.util.Optional;

/**
 * Who may see what in the program use cases: a clinician sees only the people linked to them, each
 * such read written to the person's access log first; a person sees their own link.
 */
final class ProgramAccess {
  private final Programs programs;
  private final Accounts accounts;
  private final Clock clock;

  ProgramAccess(Programs programs, Accounts accounts, Clock clock) {
    this.programs = programs;
    this.accounts = accounts;
    this.clock = clock;
  }

  void requireClinician(String accountId) {
    if (!programs.isClinician(accountId)) {
      throw new Forbidden("this account is not a clinician");
    }
  }

  /** The clinician's link to the person; {@link NotFound} when the person has not joined them. */
  Link requireLink(String clinicianId, String personId) {
    requireClinician(clinicianId);
    return programs
        .findLink(clinicianId, personId)
        .orElseThrow(() -> new NotFound("no person " + personId + " has joined you"));
  }

  /** Writes down, in the person's access log, what their clinician read or wrote. */
  void log(String clinicianId, String personId, String what) {
    String email = accounts.find(clinicianId).map(Account::email).orElse(clinicianId);
    programs.logAccess(new AccessEntry(personId, clinicianId, email, what, clock.instant()));
  }

  /** The account's address, or "(deleted)". */
  String emailOf(String accountId) {
    return accounts.find(accountId).map(Account::email).orElse("(deleted)");
  }

  /** The person's active link with the latest version of its program. */
  Optional<JoiningService.Mine> mine(String personId) {
    return programs
        .activeLinkOf(personId)
        .flatMap(
            link ->
                programs
                    .latest(link.programId())
                    .map(
                        version ->
                            new JoiningService.Mine(
                                link,
                                emailOf(link.clinicianId()),
                                version,
                                accounts.contactLine(link.clinicianId()))));
  }

  JoiningService.Mine requireMine(String personId) {
    return mine(personId).orElseThrow(() -> new NotFound("you have not joined a clinician"));
  }
}
