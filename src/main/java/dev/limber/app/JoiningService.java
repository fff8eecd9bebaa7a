package dev.limber.app;

import dev.limber.account.Attempts;
import dev.limber.account.Throttle;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Programs;
import dev.limber.program.Shared;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person joining a clinician and leaving: a typed code previewed (who, which program, what is
 * shared), joined with consent, and the link ended at once on leaving; and the person's own link,
 * program and clinician. Codes are throttled by {@link Throttle#JOIN_CODE}. Thread-safe.
 */
public final class JoiningService {
  private final Programs programs;
  private final ProgramAccess access;
  private final Attempts attempts;
  private final Clock clock;

  JoiningService(Programs programs, ProgramAccess access, Attempts attempts, Clock clock) {
    this.programs = programs;
    this.access = access;
    this.attempts = attempts;
    this.clock = clock;
  }

  /** Too many wrong join codes: wait this long. */
  public static final class Throttled extends RuntimeException {
    private final transient Duration wait;

    public Throttled(Duration wait) {
      super("too many join codes tried; wait " + wait.toMinutes() + " minutes");
      this.wait = wait;
    }

    public Duration retryAfter() {
      return wait;
    }
  }

  /** What a person sees before consenting: who the clinician is, the program, what is shared. */
  public record Preview(
      String code, String clinicianEmail, ProgramVersion program, List<Shared> shared) {}

  /**
   * The person's own link, program and clinician, with the contact line the clinician chose to
   * share (empty when they shared none).
   */
  public record Mine(
      Link link, String clinicianEmail, ProgramVersion program, Optional<String> clinicianContact) {
    public Mine {
      clinicianContact = clinicianContact == null ? Optional.empty() : clinicianContact;
    }

    public Mine(Link link, String clinicianEmail, ProgramVersion program) {
      this(link, clinicianEmail, program, Optional.empty());
    }
  }

  /**
   * Checks a typed code; throttled per person and per network address, every try written down
   * before it is judged (so parallel guesses cannot exceed the limits). A good code does not count.
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
    Instant now = clock.instant();
    Throttle.Admission admission = Throttle.JOIN_CODE.admit(attempts, personId, address, now);
    if (admission.refused()) {
      throw new Throttled(admission.refusal().get());
    }
    Optional<JoinCode> found = programs.findCode(code).filter(kept -> kept.usableAt(now));
    if (found.isEmpty() || found.get().clinicianId().equals(personId)) {
      throw new NotFound("no usable join code " + JoinCode.normalise(typed));
    }
    Throttle.JOIN_CODE.takeBack(attempts, admission);
    JoinCode kept = found.get();
    ProgramVersion program =
        programs.latest(kept.programId()).orElseThrow(() -> new NotFound("program gone"));
    return new Preview(
        kept.code(), access.emailOf(kept.clinicianId()), program, List.of(Shared.values()));
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

  /** The person's active link, with the latest version of its program; empty when none. */
  public Optional<Mine> mine(String personId) {
    return access.mine(personId);
  }
}
