package dev.limber.app;

import dev.limber.journal.CheckIn;
import dev.limber.journal.HistoryFiller;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.Journals;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainReading;
import dev.limber.json.FieldError;
import dev.limber.program.Adherence;
import dev.limber.program.Alert;
import dev.limber.program.Caseload;
import dev.limber.program.CaseloadEntry;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.PainTrend;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinician's desk: where they land after signing in. Their alerts first, then their people at a
 * glance ({@link Caseload}), then their programs and unused codes. Every person the list shows is
 * written to that person's access log first. The caseload's journals are read together, once per
 * view ({@link Journals#contents}), and each person's alerts serve both the alerts and the list.
 * Thread-safe.
 */
public final class DeskService {
  /** The filter word that keeps only the people who need attention. */
  public static final String ATTENTION = "attention";

  private final Programs programs;
  private final ProgramAccess access;
  private final Journals journals;
  private final Services services;
  private final FollowingService following;
  private final ProgramAuthoringService authoring;
  private final Clock clock;

  DeskService(
      Programs programs,
      ProgramAccess access,
      Journals journals,
      Services services,
      FollowingService following,
      ProgramAuthoringService authoring,
      Clock clock) {
    this.programs = programs;
    this.access = access;
    this.journals = journals;
    this.services = services;
    this.following = following;
    this.authoring = authoring;
    this.clock = clock;
  }

  /**
   * The desk as a clinician's landing page shows it: every open alert (normal before low, newest
   * first), the people list sorted and filtered as asked, their programs and their unused codes,
   * read {@code at} that instant, days counted in {@code zone}.
   */
  public record Desk(
      List<FollowingService.PersonAlert> alerts,
      Caseload people,
      List<ProgramVersion> programs,
      List<JoinCode> openCodes,
      Instant at,
      ZoneId zone) {
    public Desk {
      alerts = List.copyOf(alerts);
      programs = List.copyOf(programs);
      openCodes = List.copyOf(openCodes);
    }
  }

  /** Whether the account may use a desk: the sign-in's landing asks this. */
  public boolean isClinician(String accountId) {
    return programs.isClinician(accountId);
  }

  public Desk desk(String clinicianId, String sort, String filter) {
    Listing listing = Listing.of(sort, filter);
    access.requireClinician(clinicianId);
    List<CaseloadEntry> entries = entries(clinicianId);
    List<FollowingService.PersonAlert> alerts = new ArrayList<>();
    for (CaseloadEntry entry : entries) {
      access.log(clinicianId, entry.personId(), "read your alerts");
      FollowingService.Follower follower =
          new FollowingService.Follower(entry.link(), entry.email(), entry.programTitle());
      for (Alert alert : entry.alerts()) {
        alerts.add(new FollowingService.PersonAlert(follower, alert));
      }
    }
    alerts.sort(
        Comparator.comparing(FollowingService.PersonAlert::alert, Alert.BY_PRIORITY_THEN_NEWEST));
    return new Desk(
        alerts,
        Caseload.of(entries, listing.order(), listing.attentionOnly()),
        authoring.programs(clinicianId),
        authoring.openCodes(clinicianId),
        clock.instant(),
        clock.getZone());
  }

  /**
   * The people list: {@code sort} is {@code name}, {@code last-session}, {@code pain} or {@code
   * attention} (null: attention), {@code filter} is {@code attention} or {@code all} (null: all).
   */
  public Caseload people(String clinicianId, String sort, String filter) {
    Listing listing = Listing.of(sort, filter);
    access.requireClinician(clinicianId);
    return Caseload.of(entries(clinicianId), listing.order(), listing.attentionOnly());
  }

  /** The order and filter a request asked for, or {@link InvalidInput} naming each bad word. */
  private record Listing(Caseload.Order order, boolean attentionOnly) {
    static Listing of(String sort, String filter) {
      List<FieldError> errors = new ArrayList<>();
      Optional<Caseload.Order> order =
          sort == null || sort.isBlank()
              ? Optional.of(Caseload.Order.ATTENTION)
              : Caseload.Order.find(sort);
      if (order.isEmpty()) {
        errors.add(
            new FieldError(
                "sort", "must be name, last-session, pain or attention, found \"" + sort + "\""));
      }
      boolean attentionOnly = ATTENTION.equals(filter);
      if (!(filter == null || filter.isBlank() || attentionOnly || "all".equals(filter))) {
        errors.add(new FieldError("filter", "must be attention or all, found \"" + filter + "\""));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      return new Listing(order.orElseThrow(), attentionOnly);
    }
  }

  /**
   * Each person the clinician follows, earliest joined first, their journals read together; each is
   * written to their access log first.
   */
  private List<CaseloadEntry> entries(String clinicianId) {
    Instant now = clock.instant();
    List<Link> links = programs.linksOf(clinicianId);
    Map<String, JournalContents> contents =
        journals.contents(links.stream().map(Link::personId).toList());
    Map<String, Optional<ProgramVersion>> versions = new HashMap<>();
    List<CaseloadEntry> entries = new ArrayList<>();
    for (Link link : links) {
      access.log(
          clinicianId,
          link.personId(),
          "saw your last session, pain, flags and alerts in their people list");
      Journal journal = new InMemoryJournal();
      journal.addAll(contents.getOrDefault(link.personId(), JournalContents.EMPTY));
      Optional<ProgramVersion> version =
          versions.computeIfAbsent(link.programId(), programs::latest);
      entries.add(entry(link, journal, version, now));
    }
    return entries;
  }

  private CaseloadEntry entry(
      Link link, Journal journal, Optional<ProgramVersion> version, Instant now) {
    List<Instant> plays = following.playsSinceJoining(link);
    List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
    List<CheckIn> checkIns = journal.checkIns(link.joinedAt(), Instant.MAX);
    List<PainReading> readings = PainReading.of(checkIns, sessions);
    List<Adherence.Week> weeks =
        version
            .map(
                each ->
                    Adherence.of(
                            plays,
                            each.program().frequency(),
                            link.joinedAt(),
                            now,
                            clock.getZone())
                        .weeks())
            .orElse(List.of());
    Adherence.Week thisWeek =
        weeks.isEmpty()
            ? new Adherence.Week(LocalDate.ofInstant(now, clock.getZone()), 0, 0)
            : weeks.get(weeks.size() - 1);
    int openFlags =
        (int)
            new HistoryFiller(services.screening().rules().policy(), clock)
                    .openFlags(
                        journal.checkIns(Instant.MIN, Instant.MAX),
                        journal.sessions(Instant.MIN, Instant.MAX),
                        journal.screenings(Instant.MIN, Instant.MAX),
                        journal.reviews())
                    .stream()
                    .filter(PainFlag::needsReview)
                    .count();
    Optional<Instant> lastSession =
        sessions.stream().map(SessionRecord::started).max(Comparator.naturalOrder());
    return new CaseloadEntry(
        link,
        access.emailOf(link.personId()),
        version.map(each -> each.program().title()).orElse(""),
        version.map(ProgramVersion::version).orElse(0),
        lastSession,
        thisWeek,
        readings.isEmpty()
            ? Optional.empty()
            : Optional.of(readings.get(readings.size() - 1).pain()),
        PainTrend.of(readings, now),
        openFlags,
        following.alerts(link, journal, plays),
        CaseloadEntry.quiet(lastSession, link.joinedAt(), now));
  }
}
