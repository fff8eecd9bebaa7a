package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlags;
import dev.limber.journal.Reviewer;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.JsonValue;
import dev.limber.program.AccessEntry;
import dev.limber.program.Adherence;
import dev.limber.program.Alert;
import dev.limber.program.Alerts;
import dev.limber.program.Consent;
import dev.limber.program.HeldBack;
import dev.limber.program.Link;
import dev.limber.program.MildStops;
import dev.limber.program.ProgramDayPlanner;
import dev.limber.program.ProgramPlay;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import dev.limber.program.Progress;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A clinician following the people who joined them: the people list, one person's view (adherence,
 * pain, alerts, held-back techniques; notes only as {@link Consent} allows), every alert, and a
 * professional review recorded for a person; and, for the person, the log of those reads. Every
 * read of a person's data is written to their access log first. Thread-safe.
 */
public final class FollowingService {
  private final Programs programs;
  private final ProgramAccess access;
  private final Function<String, Journal> journals;
  private final Services services;
  private final ProgramDayPlanner planner;
  private final Clock clock;

  FollowingService(
      Programs programs,
      ProgramAccess access,
      Function<String, Journal> journals,
      Services services,
      Clock clock) {
    this.programs = programs;
    this.access = access;
    this.journals = journals;
    this.services = services;
    this.planner = new ProgramDayPlanner(services.catalog(), services.screening().rules());
    this.clock = clock;
  }

  /** One person a clinician follows, as the people list shows them (no journal data). */
  public record Follower(Link link, String email, String programTitle) {}

  /**
   * A mild stop as a clinician's view shows it (spec/screening.md §2.1): the stop and what came of
   * it, and the line in words, such as "A stretch hurt a little on Tuesday 24 November 2026, Wall
   * slide; it eased."
   */
  public record MildStopLine(MildStops.Line stop, String words) implements JsonValue {
    @Override
    public Object toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("at", stop.at().toString());
      json.put("sessionStarted", stop.sessionStarted().toString());
      json.put("techniqueId", stop.techniqueId());
      json.put("settling", stop.settling());
      json.put("words", words);
      return json;
    }
  }

  /**
   * What a clinician sees of one person who joined them. {@code latestVerdict} is the person's
   * latest screening as it stands now, with rule P1 (what their program session would be gated by),
   * and {@code screenedAt} when they gave those answers; {@code stoppedForPain} leaves out the
   * sessions ended on a mild stop, which {@code mildStops} lists, oldest first. {@code
   * latestResult} is what Limber told them on that screening (its reasons in people's words, with
   * their rule ids); {@code progress} is what their charts show over the days asked for.
   */
  public record PersonView(
      Follower person,
      ProgramVersion program,
      Adherence adherence,
      JournalInsights insights,
      List<SessionRecord> stoppedForPain,
      List<Alert> alerts,
      Optional<Verdict> latestVerdict,
      Optional<Instant> screenedAt,
      List<HeldBack> heldBack,
      List<CheckIn> checkIns,
      List<MildStopLine> mildStops,
      Optional<ScreeningResult> latestResult,
      Progress progress) {}

  /** An alert with the person it is about. */
  public record PersonAlert(Follower person, Alert alert) {}

  /** The time zone days and weeks are counted in. */
  public ZoneId zone() {
    return clock.getZone();
  }

  public Catalog catalog() {
    return services.catalog();
  }

  public List<Follower> people(String clinicianId) {
    access.requireClinician(clinicianId);
    return programs.linksOf(clinicianId).stream()
        .map(
            link ->
                new Follower(
                    link,
                    access.emailOf(link.personId()),
                    programs.latest(link.programId()).map(v -> v.program().title()).orElse("")))
        .toList();
  }

  /** The person's view with the last {@link HistoryView#DEFAULT_DAYS} days charted. */
  public PersonView person(String clinicianId, String personId) {
    return person(clinicianId, personId, HistoryView.DEFAULT_DAYS);
  }

  /**
   * The person's view for their clinician, their charts over the last {@code days} days (1–3650);
   * written to the person's access log first.
   */
  public PersonView person(String clinicianId, String personId, int days) {
    if (days < 1 || days > HistoryView.MAX_DAYS) {
      throw InvalidInput.of(
          "days", "must be a whole number from 1 to " + HistoryView.MAX_DAYS + ", found " + days);
    }
    Link link = access.requireLink(clinicianId, personId);
    access.log(
        clinicianId, personId, "viewed your adherence, pain, alerts and held-back techniques");
    Journal journal = journals.apply(personId);
    Person person = new Person(Optional.of(journal), true);
    ProgramVersion version =
        programs.latest(link.programId()).orElseThrow(() -> new NotFound("program gone"));
    List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
    Adherence adherence =
        Adherence.of(
            playsSinceJoining(link),
            version.program().frequency(),
            link.joinedAt(),
            clock.instant(),
            clock.getZone());
    Consent consent = link.consent();
    JournalInsights insights = services.journal().insights(person);
    insights =
        new JournalInsights(
            insights.insights(),
            insights.openFlags(),
            insights.latestReview().map(consent::redact));
    List<CheckIn> checkIns =
        journal.checkIns(link.joinedAt(), Instant.MAX).stream().map(consent::redact).toList();
    Optional<ScreeningRecord> latest = journal.latestScreening();
    List<MildStops.Line> mildStops = MildStops.of(sessions, openedFlags(link, journal, sessions));
    Optional<Screened> assessed = services.screening().latestAssessment(person);
    return new PersonView(
        new Follower(link, access.emailOf(personId), version.program().title()),
        version,
        adherence,
        insights,
        stoppedForPainNotMildly(sessions, mildStops),
        alerts(link, journal),
        assessed
            .map(screened -> screened.result().verdict())
            .or(() -> latest.map(ScreeningRecord::verdict)),
        latest.map(ScreeningRecord::at),
        assessed
            .map(screened -> planner.heldBack(version.program(), screened.screening()))
            .orElse(List.of()),
        checkIns,
        mildStops.stream()
            .map(stop -> new MildStopLine(stop, stop.words(clock.getZone(), this::techniqueName)))
            .toList(),
        assessed.map(Screened::result),
        Progress.of(
            journal.checkIns(Instant.MIN, Instant.MAX),
            journal.sessions(Instant.MIN, Instant.MAX),
            days,
            services.screening().rules(),
            clock));
  }

  /** Every unacknowledged alert of every person the clinician follows, newest first. */
  public List<PersonAlert> alerts(String clinicianId) {
    List<PersonAlert> all = new ArrayList<>();
    for (Follower follower : people(clinicianId)) {
      access.log(clinicianId, follower.link().personId(), "read your alerts");
      Journal journal = journals.apply(follower.link().personId());
      for (Alert alert : alerts(follower.link(), journal)) {
        all.add(new PersonAlert(follower, alert));
      }
    }
    all.sort(Comparator.comparing(PersonAlert::alert, Alert.BY_PRIORITY_THEN_NEWEST));
    return all;
  }

  public void acknowledge(String clinicianId, String personId, String alertKey) {
    Link link = access.requireLink(clinicianId, personId);
    programs.acknowledge(link.id(), alertKey, clock.instant());
  }

  /** A review the clinician records for a person they follow: closes that person's open flags. */
  public JournalService.Reviewed review(
      String clinicianId, String personId, Reviewer by, Optional<LocalDate> date, String note) {
    access.requireLink(clinicianId, personId);
    access.log(clinicianId, personId, "recorded a professional review in your journal");
    return services
        .journal()
        .review(Person.withJournal(journals.apply(personId)), by, date, note == null ? "" : note);
  }

  /** Every read and write of the person's data by a clinician, as their access log keeps it. */
  public List<AccessEntry> accessLog(String personId) {
    return programs.accessLog(personId);
  }

  /** The sessions stopped for pain, less those a mild stop ended (the mild stops list those). */
  private static List<SessionRecord> stoppedForPainNotMildly(
      List<SessionRecord> sessions, List<MildStops.Line> mildStops) {
    return sessions.stream()
        .filter(s -> s.ending() == Ending.STOPPED_FOR_PAIN)
        .filter(
            s ->
                mildStops.stream()
                    .noneMatch(
                        stop ->
                            stop.mild()
                                && stop.sessionStarted().equals(s.started())
                                && stop.at().equals(s.stoppedAt(s.painStop()))))
        .toList();
  }

  List<Instant> playsSinceJoining(Link link) {
    return programs.plays(link.personId(), link.joinedAt()).stream()
        .map(ProgramPlay::sessionStarted)
        .toList();
  }

  /** The link's unacknowledged alerts, as {@link Alerts#raise} derives them. */
  List<Alert> alerts(Link link, Journal journal) {
    return alerts(link, journal, playsSinceJoining(link));
  }

  /** As {@link #alerts(Link, Journal)}, with the starts of the link's program plays at hand. */
  List<Alert> alerts(Link link, Journal journal, List<Instant> plays) {
    List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
    List<CheckIn> checkIns = journal.checkIns(link.joinedAt(), Instant.MAX);
    return Alerts.raise(
        link.joinedAt(),
        clock.instant(),
        sessions,
        plays,
        checkIns,
        openedFlags(link, journal, sessions),
        programs.acknowledged(link.id()),
        clock.getZone(),
        this::techniqueName);
  }

  /** Every flag the journal opened since the person joined, follow-up answers counted. */
  private List<PainFlag> openedFlags(Link link, Journal journal, List<SessionRecord> sessions) {
    PainFlags flags =
        dev.limber.journal.HistoryFiller.painFlags(
            services.screening().rules().policy(), clock.getZone());
    return flags.opened(
        sessions,
        journal.checkIns(link.joinedAt(), Instant.MAX),
        journal.screenings(link.joinedAt(), Instant.MAX));
  }

  private String techniqueName(String techniqueId) {
    return services
        .catalog()
        .find(techniqueId)
        .map(Technique::name)
        .orElse("a technique no longer in the catalog");
  }
}
