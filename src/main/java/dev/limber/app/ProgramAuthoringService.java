package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.journal.Journal;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.ProgramRule;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import dev.limber.screening.Verdict;
import dev.limber.session.Timeline;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A clinician's programs and join codes: writing and versioning programs (checked by {@link
 * ProgramRule}), handing out one-time codes, and moving a linked person to another program. Every
 * call is refused with {@link Forbidden} for an account that is not a clinician. Thread-safe.
 */
public final class ProgramAuthoringService {
  private final Programs programs;
  private final ProgramAccess access;
  private final Function<String, Journal> journals;
  private final Catalog catalog;
  private final ProgramRule rule;
  private final Clock clock;
  private final RandomGenerator random;

  ProgramAuthoringService(
      Programs programs,
      ProgramAccess access,
      Function<String, Journal> journals,
      Catalog catalog,
      Clock clock,
      RandomGenerator random) {
    this.programs = programs;
    this.access = access;
    this.journals = journals;
    this.catalog = catalog;
    this.rule = new ProgramRule(catalog);
    this.clock = clock;
    this.random = random;
  }

  /** The catalog programs are written from. */
  public Catalog catalog() {
    return catalog;
  }

  /** A saved version, or every fault of the document. */
  public record Saved(Optional<ProgramVersion> version, List<FieldError> errors) {
    public Saved {
      errors = List.copyOf(errors);
    }
  }

  /** Checks and saves a program document as a new program, or a new version of one. */
  public Saved save(String clinicianId, Optional<String> programId, Object document) {
    access.requireClinician(clinicianId);
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

  /** A session's timeline as the player will play it, or every fault of the items given. */
  public record Preview(Optional<Timeline> timeline, List<FieldError> errors) {
    public Preview {
      errors = List.copyOf(errors);
      if (timeline.isPresent() != errors.isEmpty()) {
        throw new IllegalArgumentException("a preview is a timeline or its faults");
      }
    }
  }

  /**
   * One session of a draft program, second by second, as the player will play it on a day that
   * holds nothing back: {@code {"items": [...], "selfCrackAllowed"}}, checked as {@link #save}
   * checks them. Nothing is stored.
   */
  public Preview preview(String clinicianId, Object draft) {
    access.requireClinician(clinicianId);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(draft, "(preview)", errors);
    root.allowOnly("items", "selfCrackAllowed");
    if (!errors.isEmpty()) {
      return new Preview(Optional.empty(), errors);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    // Only the items are previewed: the rest of a program is filled so the rule reads them alone.
    document.put("title", "preview");
    document.put("frequency", Map.of("timesPerDay", BigInteger.ONE, "daysPerWeek", BigInteger.ONE));
    document.put("items", ((Map<?, ?>) draft).get("items"));
    if (((Map<?, ?>) draft).containsKey("selfCrackAllowed")) {
      document.put("selfCrackAllowed", ((Map<?, ?>) draft).get("selfCrackAllowed"));
    }
    ProgramRule.Reading reading = rule.read(document);
    if (reading.program().isEmpty()) {
      return new Preview(Optional.empty(), reading.errors());
    }
    return new Preview(
        Optional.of(Timeline.expand(reading.program().get().routine(catalog))), List.of());
  }

  public List<ProgramVersion> programs(String clinicianId) {
    access.requireClinician(clinicianId);
    return programs.programsOf(clinicianId);
  }

  /** Every version of one of the clinician's programs, oldest first. */
  public List<ProgramVersion> versions(String clinicianId, String programId) {
    access.requireClinician(clinicianId);
    List<ProgramVersion> versions = programs.versions(clinicianId, programId);
    if (versions.isEmpty()) {
      throw new NotFound("no such program: " + programId);
    }
    return versions;
  }

  /** The latest version of one of the clinician's programs. */
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
    access.requireClinician(clinicianId);
    return programs.openCodes(clinicianId, clock.instant());
  }

  /** Moves a linked person to another of the clinician's programs, checked for that person. */
  public List<FieldError> assign(String clinicianId, String personId, String programId) {
    Link link = access.requireLink(clinicianId, personId);
    ProgramVersion version = program(clinicianId, programId);
    Optional<Verdict> verdict =
        journals.apply(link.personId()).latestScreening().map(ScreeningRecord::verdict);
    List<FieldError> errors = rule.checkFor(version.program(), verdict);
    if (errors.isEmpty()) {
      programs.assign(clinicianId, personId, programId);
    }
    return errors;
  }
}
