package dev.limber.app;

import dev.limber.account.Accounts;
import dev.limber.account.Attempts;
import dev.limber.journal.Journals;
import dev.limber.program.Programs;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * The clinician-program use cases over one store, built together: who is a clinician, authoring
 * programs and codes, joining and leaving, the person's program day and plays, following people,
 * and the clinician's desk.
 */
public final class ProgramServices {
  private final Programs programs;
  private final Accounts accounts;
  private final Attempts attempts;
  private final Journals journals;
  private final Services services;
  private final Clock clock;
  private final RandomGenerator random;
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final JoiningService joining;
  private final ProgramDayService days;
  private final FollowingService following;
  private final DeskService desk;

  /**
   * Every program use case over the store's {@code programs}, {@code accounts}, the throttle's
   * {@code attempts} and the accounts' journals; {@code random} makes the join codes.
   */
  public ProgramServices(
      Programs programs,
      Accounts accounts,
      Attempts attempts,
      Journals journals,
      Services services,
      Clock clock,
      RandomGenerator random) {
    this.programs = programs;
    this.accounts = accounts;
    this.attempts = attempts;
    this.journals = journals;
    this.services = services;
    this.clock = clock;
    this.random = random;
    ProgramAccess access = new ProgramAccess(programs, accounts, clock);
    this.clinicians = new ClinicianService(programs, accounts, clock);
    this.authoring =
        new ProgramAuthoringService(
            programs, access, journals::of, services.catalog(), clock, random);
    this.joining = new JoiningService(programs, access, attempts, clock);
    this.days = new ProgramDayService(programs, access, journals::of, services, clock);
    this.following = new FollowingService(programs, access, journals::of, services, clock);
    this.desk = new DeskService(programs, access, journals, services, following, authoring, clock);
  }

  /**
   * The same use cases reading the time from {@code other}: for seeding a demonstration whose join
   * lies in the past, so the sessions after it count.
   */
  public ProgramServices at(Clock other) {
    return new ProgramServices(programs, accounts, attempts, journals, services, other, random);
  }

  public ClinicianService clinicians() {
    return clinicians;
  }

  public ProgramAuthoringService authoring() {
    return authoring;
  }

  public JoiningService joining() {
    return joining;
  }

  public ProgramDayService days() {
    return days;
  }

  public FollowingService following() {
    return following;
  }

  public DeskService desk() {
    return desk;
  }
}
