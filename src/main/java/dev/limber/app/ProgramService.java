package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.Attempts;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlags;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.json.JsonValue;
import dev.limber.planning.LeftOut;
import dev.limber.planning.Plan;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.program.AccessEntry;
import dev.limber.program.Adherence;
import dev.limber.program.Alert;
import dev.limber.program.Alerts;
import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.MildStops;
import dev.limber.program.Program;
import dev.limber.program.ProgramItem;
import dev.limber.program.ProgramPlay;
import dev.limber.program.ProgramRule;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import dev.limber.program.Shared;
import dev.limber.screening.Exclusion;
import dev.limber.screening.Reason;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screening;
import dev.limber.screening.TechniqueDecision;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.FromProgram;
import dev.limber.session.PlannedSession;
import dev.limber.session.Player;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Clinician programs for every face: clinicians write and version programs, hand out join codes and
 * follow the people who joined them (adherence, pain, alerts, held-back techniques), and may record
 * a professional review; a person previews a code, consents, joins, leaves, and gets today's
 * program session, gated by their own screening (rule P1). Every read of a person's data by a
 * clinician is written to that person's access log first. Thread-safe.
 */
public final class ProgramService {
  /** Wrong codes allowed per person, and per network address, in {@link #CODE_WINDOW}. */
  public static final int CODE_ATTEMPTS_PER_PERSON = 5;

  public static final int CODE_ATTEMPTS_PER_ADDRESS = 20;
  public static final Duration CODE_WINDOW = Duration.ofMinutes(15);

  private final Programs programs;
  private final Accounts accounts;
  private final Attempts attempts;
  private final Function<String, Journal> journals;
  private final Services services;
  private final ProgramRule rule;
  private final Clock clock;
  private final RandomGenerator random;

  public ProgramService(
      Programs programs,
      Accounts accounts,
      Attempts attempts,
      Function<String, Journal> journals,
      Services services,
      Clock clock,
      RandomGenerator random) {
    this.programs = programs;
    this.accounts = accounts;
    this.attempts = attempts;
    this.journals = journals;
    this.services = services;
    this.rule = new ProgramRule(services.catalog());
    this.clock = clock;
    this.random = random;
  }

  /**
   * The same service reading the time from {@code other}: for seeding a demonstration whose join
   * lies in the past, so the sessions after it count.
   */
  public ProgramService at(Clock other) {
    return new ProgramService(programs, accounts, attempts, journals, services, other, random);
  }

  /** The account is not a clinician, or the person, program or code is not theirs to see. */
  public static final class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** The account may not do this (not a clinician). */
  public static final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
      super(message);
    }
  }

  /** Too many wrong join codes: wait this long. */
  public static final class Throttled extends RuntimeException {
    private final Duration wait;

    public Throttled(Duration wait) {
      super("too many join codes tried; wait " + wait.toMinutes() + " minutes");
      this.wait = wait;
    }

    public Duration retryAfter() {
      return wait;
    }
  }

  public Catalog catalog() {
    return services.catalog();
  }

  /** The time zone days and weeks are counted in. */
  public ZoneId zone() {
    return clock.getZone();
  }

  public RuleBook rules() {
    return services.screening().rules();
  }

  /**
   * Keeps a session played from the person's program in their journal, with the version it was
   * planned from.
   */
  /** A player for the person's program session, graded against their journal (§2.1). */
  public Player player(String personId, Timeline timeline, Clock playerClock) {
    return services
        .sessions()
        .player(Person.withJournal(journals.apply(personId)), timeline, playerClock);
  }

  public SessionService.Kept keepPlayed(String personId, SessionRecord session, FromProgram from) {
    Mine mine = mine(personId).orElseThrow(() -> new NotFound("you have not joined a clinician"));
    if (!mine.program().programId().equals(from.programId())) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "programId", "is not the program you follow: " + Json.quote(from.programId()))));
    }
    if (from.version() > mine.program().version()) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "version",
                  "your program has versions 1 to "
                      + mine.program().version()
                      + ", found "
                      + from.version())));
    }
    if (session.started().isBefore(mine.link().joinedAt())) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "session.started",
                  "is before you joined your clinician ("
                      + mine.link().joinedAt()
                      + "): a program session is played after joining")));
    }
    SessionService.Kept kept =
        services.sessions().record(Person.withJournal(journals.apply(personId)), session);
    played(personId, session, from);
    return kept;
  }

  // --- roles

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

  private void requireClinician(String accountId) {
    if (!programs.isClinician(accountId)) {
      throw new Forbidden("this account is not a clinician");
    }
  }

  // --- programs

  /** A saved version, or every fault of the document. */
  public record Saved(Optional<ProgramVersion> version, List<FieldError> errors) {
    public Saved {
      errors = List.copyOf(errors);
    }
  }

  /** Checks and saves a program document as a new program, or a new version of one. */
  public Saved save(String clinicianId, Optional<String> programId, Object document) {
    requireClinician(clinicianId);
    ProgramRule.Reading reading = rule.read(document);
    if (reading.program().isEmpty()) {
      return new Saved(Optional.empty(), reading.errors());
    }
    ProgramVersion saved =
        programs
            .save(clinicianId, programId, reading.program().get(), clock.instant())
            .orElseThrow(() -> new NotFound("no such program: " + programId.orElse("")));
    return new Saved(Optional.of(saved), List.of());
  }

  public List<ProgramVersion> programs(String clinicianId) {
    requireClinician(clinicianId);
    return programs.programsOf(clinicianId);
  }

  /** Every version of one of the clinician's programs, oldest first. */
  public List<ProgramVersion> versions(String clinicianId, String programId) {
    requireClinician(clinicianId);
    List<ProgramVersion> versions = programs.versions(clinicianId, programId);
    if (versions.isEmpty()) {
      throw new NotFound("no such program: " + programId);
    }
    return versions;
  }

  public ProgramVersion program(String clinicianId, String programId) {
    List<ProgramVersion> versions = versions(clinicianId, programId);
    return versions.get(versions.size() - 1);
  }

  /** A new one-time join code for one of the clinician's programs. */
  public JoinCode createCode(String clinicianId, String programId) {
    program(clinicianId, programId);
    for (int tries = 0; ; tries++) {
      JoinCode code = JoinCode.create(random, clinicianId, programId, clock.instant());
      if (programs.findCode(code.code()).isEmpty() || tries > 5) {
        programs.addCode(code);
        return code;
      }
    }
  }

  public List<JoinCode> openCodes(String clinicianId) {
    requireClinician(clinicianId);
    return programs.openCodes(clinicianId, clock.instant());
  }

  /** Moves a linked person to another of the clinician's programs, checked for that person. */
  public List<FieldError> assign(String clinicianId, String personId, String programId) {
    Link link = requireLink(clinicianId, personId);
    ProgramVersion version = program(clinicianId, programId);
    Optional<Verdict> verdict =
        journals.apply(link.personId()).latestScreening().map(ScreeningRecord::verdict);
    List<FieldError> errors = rule.checkFor(version.program(), verdict);
    if (errors.isEmpty()) {
      programs.assign(clinicianId, personId, programId);
    }
    return errors;
  }

  // --- following

  /** One person a clinician follows, as the people list shows them (no journal data). */
  public record Follower(Link link, String email, String programTitle) {}

  public List<Follower> people(String clinicianId) {
    requireClinician(clinicianId);
    return programs.linksOf(clinicianId).stream()
        .map(
            link ->
                new Follower(
                    link,
                    accounts.find(link.personId()).map(Account::email).orElse("(deleted)"),
                    programs.latest(link.programId()).map(v -> v.program().title()).orElse("")))
        .toList();
  }

  /** A technique of the program held back today, and why. */
  public record HeldBack(String techniqueId, String name, String rule, String reason) {}

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
   * sessions ended on a mild stop, which {@code mildStops} lists, oldest first.
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
      List<MildStopLine> mildStops) {}

  /** The person's view for their clinician; written to the person's access log first. */
  public PersonView person(String clinicianId, String personId) {
    Link link = requireLink(clinicianId, personId);
    log(clinicianId, personId, "viewed your adherence, pain, alerts and held-back techniques");
    Journal journal = journals.apply(personId);
    Person person = new Person(Optional.of(journal), true);
    ProgramVersion version =
        programs.latest(link.programId()).orElseThrow(() -> new NotFound("program gone"));
    List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
    Adherence adherence =
        Adherence.of(
            programs.plays(personId, link.joinedAt()).stream()
                .map(ProgramPlay::sessionStarted)
                .toList(),
            version.program().frequency(),
            link.joinedAt(),
            clock.instant(),
            clock.getZone());
    JournalInsights insights = services.journal().insights(person);
    if (!link.consent().sharesNotes()) {
      insights =
          new JournalInsights(
              insights.insights(),
              insights.openFlags(),
              insights
                  .latestReview()
                  .map(
                      review -> new Review(review.date(), review.by(), null, review.recordedAt())));
    }
    List<CheckIn> checkIns =
        journal.checkIns(link.joinedAt(), Instant.MAX).stream()
            .map(
                entry ->
                    link.consent().sharesNotes()
                        ? entry
                        : new CheckIn(entry.at(), entry.pain(), entry.cracked(), null))
            .toList();
    Optional<ScreeningRecord> latest = journal.latestScreening();
    List<MildStops.Line> mildStops = MildStops.of(sessions, openedFlags(link, journal, sessions));
    Optional<Screened> assessed = services.screening().latestAssessment(person);
    List<HeldBack> heldBack =
        assessed
            .map(screened -> heldBack(version.program(), screened.screening()))
            .orElse(List.of());
    return new PersonView(
        new Follower(
            link,
            accounts.find(personId).map(Account::email).orElse("(deleted)"),
            version.program().title()),
        version,
        adherence,
        insights,
        sessions.stream()
            .filter(s -> s.ending() == Ending.STOPPED_FOR_PAIN)
            .filter(
                s ->
                    mildStops.stream()
                        .noneMatch(
                            stop ->
                                stop.mild()
                                    && stop.sessionStarted().equals(s.started())
                                    && stop.at().equals(s.stoppedAt(s.painStop()))))
            .toList(),
        alerts(link, journal),
        assessed
            .map(screened -> screened.result().verdict())
            .or(() -> latest.map(ScreeningRecord::verdict)),
        latest.map(ScreeningRecord::at),
        heldBack,
        checkIns,
        mildStops.stream()
            .map(stop -> new MildStopLine(stop, stop.words(clock.getZone(), this::techniqueName)))
            .toList());
  }

  private String techniqueName(String techniqueId) {
    return services
        .catalog()
        .find(techniqueId)
        .map(Technique::name)
        .orElse("a technique no longer in the catalog");
  }

  /** An alert with the person it is about. */
  public record PersonAlert(Follower person, Alert alert) {}

  /** Every unacknowledged alert of every person the clinician follows, newest first. */
  public List<PersonAlert> alerts(String clinicianId) {
    List<PersonAlert> all = new ArrayList<>();
    for (Follower follower : people(clinicianId)) {
      log(clinicianId, follower.link().personId(), "read your alerts");
      Journal journal = journals.apply(follower.link().personId());
      for (Alert alert : alerts(follower.link(), journal)) {
        all.add(new PersonAlert(follower, alert));
      }
    }
    all.sort(Comparator.comparing(PersonAlert::alert, Alert.BY_PRIORITY_THEN_NEWEST));
    return all;
  }

  public void acknowledge(String clinicianId, String personId, String alertKey) {
    Link link = requireLink(clinicianId, personId);
    programs.acknowledge(link.id(), alertKey, clock.instant());
  }

  /** A review the clinician records for a person they follow: closes that person's open flags. */
  public JournalService.Reviewed review(
      String clinicianId, String personId, Reviewer by, Optional<LocalDate> date, String note) {
    requireLink(clinicianId, personId);
    log(clinicianId, personId, "recorded a professional review in your journal");
    return services
        .journal()
        .review(Person.withJournal(journals.apply(personId)), by, date, note == null ? "" : note);
  }

  private List<Alert> alerts(Link link, Journal journal) {
    List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
    List<CheckIn> checkIns = journal.checkIns(link.joinedAt(), Instant.MAX);
    return Alerts.raise(
        link.joinedAt(),
        clock.instant(),
        sessions,
        programs.plays(link.personId(), link.joinedAt()).stream()
            .map(ProgramPlay::sessionStarted)
            .toList(),
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

  private Link requireLink(String clinicianId, String personId) {
    requireClinician(clinicianId);
    return programs
        .findLink(clinicianId, personId)
        .orElseThrow(() -> new NotFound("no person " + personId + " has joined you"));
  }

  private void log(String clinicianId, String personId, String what) {
    String email = accounts.find(clinicianId).map(Account::email).orElse(clinicianId);
    programs.logAccess(new AccessEntry(personId, clinicianId, email, what, clock.instant()));
  }

  // --- the person

  /** What a person sees before consenting: who the clinician is, the program, what is shared. */
  public record Preview(
      String code, String clinicianEmail, ProgramVersion program, List<Shared> shared) {}

  /**
   * Checks a typed code; throttled per person and per network address, every try written down
   * before it is judged (so parallel guesses cannot exceed the limits).
   */
  public Preview preview(String personId, String address, String typed) {
    String code = JoinCode.normalise(typed);
    if (!JoinCode.isWellFormed(code)) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "code",
                  "a join code is 8 letters and digits from "
                      + JoinCode.ALPHABET
                      + ", found "
                      + Json.quote(typed == null ? "" : typed))));
    }
    String attemptId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    List<Integer> counts =
        attempts.record(
            attemptId,
            List.of("join-code:" + personId, "join-code-address:" + address),
            now,
            now.minus(CODE_WINDOW));
    if (counts.get(0) > CODE_ATTEMPTS_PER_PERSON || counts.get(1) > CODE_ATTEMPTS_PER_ADDRESS) {
      attempts.forget(attemptId);
      throw new Throttled(CODE_WINDOW);
    }
    Optional<JoinCode> found = programs.findCode(code).filter(kept -> kept.usableAt(now));
    if (found.isEmpty() || found.get().clinicianId().equals(personId)) {
      throw new NotFound("no usable join code " + JoinCode.normalise(typed));
    }
    attempts.forget(attemptId);
    JoinCode kept = found.get();
    ProgramVersion program =
        programs.latest(kept.programId()).orElseThrow(() -> new NotFound("program gone"));
    return new Preview(
        kept.code(),
        accounts.find(kept.clinicianId()).map(Account::email).orElse("(deleted)"),
        program,
        List.of(Shared.values()));
  }

  /** Joins with the code after the preview: the person consents to what {@code shareNotes} says. */
  public Link join(String personId, String address, String typed, boolean shareNotes) {
    Preview preview = preview(personId, address, typed);
    if (programs.activeLinkOf(personId).isPresent()) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "code", "you already follow a clinician; leave first to join another")));
    }
    return programs
        .join(preview.code(), personId, Consent.of(shareNotes, clock.instant()), clock.instant())
        .orElseThrow(() -> new NotFound("no usable join code " + preview.code()));
  }

  /** Ends the person's link now: the clinician's access ends at once. */
  public boolean leave(String personId) {
    return programs.leave(personId, clock.instant());
  }

  /** The person's own link, program and clinician. */
  public record Mine(Link link, String clinicianEmail, ProgramVersion program) {}

  public Optional<Mine> mine(String personId) {
    return programs
        .activeLinkOf(personId)
        .flatMap(
            link ->
                programs
                    .latest(link.programId())
                    .map(
                        version ->
                            new Mine(
                                link,
                                accounts
                                    .find(link.clinicianId())
                                    .map(Account::email)
                                    .orElse("(deleted)"),
                                version)));
  }

  public List<AccessEntry> accessLog(String personId) {
    return programs.accessLog(personId);
  }

  /**
   * Today's program session: the screening with P1 (given at {@code screenedAt}), the routine, what
   * was held back, and the rules P1 {@code lifted} (reasons that stand, but stop nothing today).
   */
  public record Today(
      Mine mine,
      Screened screened,
      Instant screenedAt,
      PlannedSession planned,
      List<HeldBack> heldBack,
      Set<String> lifted) {
    public Today {
      heldBack = List.copyOf(heldBack);
      lifted = Set.copyOf(lifted);
    }

    /** The program and version this session plays, as its record keeps them. */
    public FromProgram from() {
      return new FromProgram(mine.program().programId(), mine.program().version());
    }
  }

  /**
   * Today's program session from today's kept screening, assessed again against the journal as it
   * is now with rule P1 and kept nowhere (reading it writes nothing); empty when the person has not
   * screened today, or that screening cannot be reused (they screen first, as for any plan).
   */
  public Optional<Today> today(String personId) {
    Mine mine = mine(personId).orElseThrow(() -> new NotFound("you have not joined a clinician"));
    Person person = new Person(Optional.of(journals.apply(personId)), true);
    return services
        .screening()
        .reusableToday(person)
        .flatMap(
            kept ->
                services
                    .screening()
                    .reassess(person, kept)
                    .map(screened -> today(mine, screened, kept.at())));
  }

  /** Today's program session from answers just given (the command line), screened with rule P1. */
  public Optional<Today> today(String personId, Object answers) {
    Mine mine = mine(personId).orElseThrow(() -> new NotFound("you have not joined a clinician"));
    Person person = new Person(Optional.of(journals.apply(personId)), true);
    ScreeningOutcome outcome = services.screening().screen(person, answers, Set.of());
    if (outcome.isRejected()) {
      throw new InvalidInput(outcome.rejection().orElseThrow().errors());
    }
    return Optional.of(today(mine, outcome.screened().orElseThrow(), clock.instant()));
  }

  /**
   * The program session a linked person's latest screening, of whatever day, allows now (rule P1):
   * what the clinician prints for them. Written to the person's access log first. Empty when the
   * person has no screening that still reads: a printout always follows their own screening.
   */
  public Optional<Today> latestFor(String clinicianId, String personId) {
    Link link = requireLink(clinicianId, personId);
    log(clinicianId, personId, "read your latest screening to print your program");
    Journal journal = journals.apply(link.personId());
    Mine mine = mine(personId).orElseThrow(() -> new NotFound("program gone"));
    Person person = new Person(Optional.of(journal), true);
    return journal
        .latestScreening()
        .flatMap(
            latest ->
                services
                    .screening()
                    .reassess(person, latest)
                    .map(screened -> today(mine, screened, latest.at())));
  }

  /** The person joined, for a face that screens with its own input path (the questionnaire). */
  public Person joinedPerson(String personId) {
    mine(personId).orElseThrow(() -> new NotFound("you have not joined a clinician"));
    return new Person(Optional.of(journals.apply(personId)), true);
  }

  /**
   * The reasons rule P1 set aside: each would send the person to a professional, yet the session
   * goes ahead because their clinician counts as that review.
   */
  private Set<String> lifted(Plan plan) {
    if (!plan.verdict().allowsSession()) {
      return Set.of();
    }
    Set<String> lifted = new TreeSet<>();
    for (Reason reason : plan.reasons()) {
      services.screening().rules().rules().stream()
          .filter(rule -> rule.id().equals(reason.rule()))
          .filter(rule -> rule.verdict() == Verdict.SEE_PROFESSIONAL)
          .forEach(rule -> lifted.add(rule.id()));
    }
    return lifted;
  }

  /** Builds today's program session from a screening made with {@link #joinedPerson}. */
  public Today today(Mine mine, Screened screened, Instant screenedAt) {
    List<HeldBack> heldBack = heldBack(mine.program().program(), screened.screening());
    Set<String> held = new HashSet<>(heldBack.stream().map(HeldBack::techniqueId).toList());
    List<RoutineStep> steps = new ArrayList<>();
    List<HeldBack> all = new ArrayList<>(heldBack);
    boolean stretchBefore = false;
    for (ProgramItem item : mine.program().program().items()) {
      Technique technique = services.catalog().find(item.techniqueId()).orElseThrow();
      if (held.contains(item.techniqueId())) {
        continue;
      }
      if (technique.isSelfCrack() && !stretchBefore) {
        all.add(
            new HeldBack(
                technique.id(), technique.name(), "warm-up", LeftOut.REASONS.get("warm-up")));
        continue;
      }
      stretchBefore |= technique.has(Tag.STRETCH);
      steps.add(new RoutineStep(technique, item.holdSeconds(), item.reps(), item.sides()));
    }
    var result = screened.result();
    Routine routine =
        result.verdict().allowsSession() && !steps.isEmpty() ? new Routine(steps) : null;
    Plan plan =
        new Plan(
            result.verdict(),
            result.urgency(),
            result.reasons(),
            routine,
            all.stream()
                .map(h -> new LeftOut(h.techniqueId(), h.rule(), h.reason(), h.name()))
                .toList(),
            result.advisories(),
            services.catalog().generalGuidance(),
            result.emergencyNotice());
    return new Today(
        mine, screened, screenedAt, PlannedSession.of(plan), List.copyOf(all), lifted(plan));
  }

  /**
   * Records that a kept session was played from the version of the program it was planned from;
   * nothing when the person no longer follows that program (they left, or were moved to another).
   */
  public boolean played(String personId, SessionRecord session, FromProgram from) {
    Optional<Mine> mine = mine(personId);
    if (mine.isEmpty() || !mine.get().link().programId().equals(from.programId())) {
      return false;
    }
    programs.recordPlay(
        new ProgramPlay(personId, session.started(), from.programId(), from.version()));
    return true;
  }

  /** The person's program plays since they joined their clinician, oldest first. */
  public List<ProgramPlay> plays(String personId) {
    return mine(personId)
        .map(mine -> programs.plays(personId, mine.link().joinedAt()))
        .orElse(List.of());
  }

  private List<HeldBack> heldBack(Program program, Screening screening) {
    List<HeldBack> held = new ArrayList<>();
    for (ProgramItem item : program.items()) {
      Optional<TechniqueDecision> decision =
          screening.decisions().stream()
              .filter(d -> d.technique().id().equals(item.techniqueId()))
              .findFirst();
      if (decision.isEmpty()) {
        continue;
      }
      Technique technique = decision.get().technique();
      if (!decision.get().allowed()) {
        Exclusion first = decision.get().exclusions().get(0);
        held.add(new HeldBack(technique.id(), technique.name(), first.rule(), first.reason()));
      } else if (technique.isSelfCrack() && screening.result().verdict() != Verdict.CLEAR) {
        held.add(
            new HeldBack(technique.id(), technique.name(), "F1", LeftOut.FILTER_WORDS.get("F1")));
      }
    }
    return held;
  }
}
