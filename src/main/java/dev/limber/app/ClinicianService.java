package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.program.Programs;
import java.time.Clock;

/**
 * Who is a clinician: the operator's grant by e-mail address, a clinician sign-up where the server
 * allows it, and finding an account by address for the command line. Thread-safe.
 */
public final class ClinicianService {
  private final Programs programs;
  private final Accounts accounts;
  private final Clock clock;

  ClinicianService(Programs programs, Accounts accounts, Clock clock) {
    this.programs = programs;
    this.accounts = accounts;
    this.clock = clock;
  }

  public boolean isClinician(String accountId) {
    return programs.isClinician(accountId);
  }

  /** The operator's grant: the account with this address becomes a clinician. */
  public Account grant(String email) {
    Account account =
        accounts
            .findCredentials(email)
            .map(Accounts.Credentials::account)
            .orElseThrow(() -> new NotFound("no account with the address " + email));
    programs.grantClinician(account.id(), clock.instant());
    return account;
  }

  /** The id of the account with this address (the command line names people by address). */
  public String requireAccount(String email) {
    return accounts
        .findCredentials(email)
        .map(credentials -> credentials.account().id())
        .orElseThrow(() -> new NotFound("no account with the address " + email));
  }

  /** Makes a freshly signed-up account a clinician (the server allows clinician sign-up). */
  public void grantById(String accountId) {
    programs.grantClinician(accountId, clock.instant());
  }
}
