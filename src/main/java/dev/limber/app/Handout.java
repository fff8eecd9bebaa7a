package dev.limber.app;

import dev.limber.screening.Urgency;
import dev.limber.screening.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a printed handout says, in the words every face uses: the verdict with its advice and
 * reasons, the routine's steps (none for SEE_PROFESSIONAL and URGENT), the stop rules, when to get
 * help, the general guidance, and where and when it was made.
 *
 * @param verdictName the verdict's one name, from the word table
 * @param verdictAdvice what the verdict means for today, from the word table
 * @param urgencyAdvice for URGENT, what to do now; else empty
 * @param totalSeconds the routine's whole length, 0 without a routine
 * @param stopRules every stop rule of the routine's techniques, each once, in routine order
 * @param sources the titles of every source behind the handout's words, strongest first
 * @param whenToGetHelp when to get medical help the same day, as conditions
 * @param emergencyNotice when to call emergency services
 * @param link the web app's address of this routine, when the handout was served
 * @param prescription the clinician's program the routine comes from, when it does
 */
public record Handout(
    Verdict verdict,
    String verdictName,
    Optional<Urgency> urgency,
    String verdictAdvice,
    Optional<String> urgencyAdvice,
    List<Reason> reasons,
    List<Step> steps,
    int totalSeconds,
    List<String> stopRules,
    List<String> advisories,
    List<String> guidance,
    List<String> sources,
    String whenToGetHelp,
    String emergencyNotice,
    LocalDate date,
    String limberVersion,
    String catalogVersion,
    Paper paper,
    Optional<String> link,
    Optional<Prescription> prescription) {
  public Handout {
    if (verdict == null || date == null || paper == null) {
      throw new IllegalArgumentException("a handout needs a verdict, a date and a paper size");
    }
    if (!verdict.allowsSession() && !steps.isEmpty()) {
      throw new IllegalArgumentException(verdict + " must not carry a routine");
    }
    if (totalSeconds < 0) {
      throw new IllegalArgumentException("totalSeconds < 0: " + totalSeconds);
    }
    reasons = List.copyOf(reasons);
    steps = List.copyOf(steps);
    stopRules = List.copyOf(stopRules);
    advisories = List.copyOf(advisories);
    guidance = List.copyOf(guidance);
    sources = List.copyOf(sources);
    prescription = prescription == null ? Optional.empty() : prescription;
  }

  /** The same handout printed for a clinician's program. */
  public Handout withPrescription(Prescription prescription) {
    return new Handout(
        verdict,
        verdictName,
        urgency,
        verdictAdvice,
        urgencyAdvice,
        reasons,
        steps,
        totalSeconds,
        stopRules,
        advisories,
        guidance,
        sources,
        whenToGetHelp,
        emergencyNotice,
        date,
        limberVersion,
        catalogVersion,
        paper,
        link,
        Optional.of(prescription));
  }

  /** A one-page handout that sends the person to a professional, with no routine. */
  public boolean seeProfessional() {
    return !verdict.allowsSession();
  }

  /** The document's title, as a screen reader announces it. */
  public String title() {
    if (seeProfessional()) {
      return "Limber: see a professional, " + day();
    }
    return prescription
        .map(program -> "Limber: " + program.title() + ", " + day())
        .orElse("Limber: your back routine for " + day());
  }

  /** The date as people write it: {@code 2 December 2026}. */
  public String day() {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }

  /** {@code 95} → {@code 1:35}. */
  public static String clock(long seconds) {
    return seconds / 60 + ":" + String.format("%02d", seconds % 60);
  }

  /**
   * One reason for the verdict.
   *
   * @param rule the screening rule's id, kept for the clinician's lifted reasons, never printed
   * @param sources readable source titles
   */
  public record Reason(String rule, String message, List<String> sources) {
    public Reason {
      sources = List.copyOf(sources);
    }
  }

  /**
   * The clinician's program a handout prints, gated by the person's own screening.
   *
   * @param frequency how often, in words
   * @param screenedOn the day of the screening that gates it
   * @param heldBack what the screening holds back from the program, with the reason in words
   * @param lifted the rules whose reasons rule P1 set aside: the clinician counts as their review
   */
  public record Prescription(
      String title,
      int version,
      String clinician,
      String frequency,
      String notes,
      LocalDate screenedOn,
      List<Held> heldBack,
      Set<String> lifted) {
    public Prescription {
      lifted = Set.copyOf(lifted);
      if (title == null || clinician == null || frequency == null || screenedOn == null) {
        throw new IllegalArgumentException("a prescription needs a title, clinician and dates");
      }
      notes = notes == null ? "" : notes;
      heldBack = List.copyOf(heldBack);
    }

    /** The screening's day as people write it. */
    public String screenedDay() {
      return screenedOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }
  }

  /** A technique of the program held back by the screening, and why. */
  public record Held(String name, String reason) {}

  /**
   * One technique of the routine as printed.
   *
   * @param number 1-based position in the routine
   * @param dose the dose in words ("30 s hold, 2 times")
   * @param sides which sides in words, empty when both work at once
   * @param seconds how long the step takes, its get-ready included
   * @param instructions how to do it, in order
   * @param illustration the drawing as self-contained SVG
   * @param illustrationText what the drawing shows, for a screen reader
   */
  public record Step(
      int number,
      String name,
      String dose,
      String sides,
      int seconds,
      List<String> instructions,
      List<String> cues,
      String illustration,
      String illustrationText) {
    public Step {
      if (number < 1) {
        throw new IllegalArgumentException("number < 1: " + number);
      }
      instructions = List.copyOf(instructions);
      cues = List.copyOf(cues);
    }
  }
}
