package dev.limber.cli;

import dev.limber.screening.Condition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The screening questions in plain language, one line per answer. Red flags come first and a yes
 * stops the questionnaire at once; otherwise the answers become a document in the contract of
 * spec/screening.md §2, which the caller validates like any other.
 */
final class Questionnaire {
  /** What the questions produced: an answers document, or the red flag answered yes. */
  record Outcome(Optional<Map<String, Object>> document, Optional<String> urgentRule) {}

  private record RedFlag(String rule, String question) {}

  private static final List<RedFlag> RED_FLAGS =
      List.of(
          new RedFlag("U5", "Do you have chest pain, now or together with this back pain?"),
          new RedFlag(
              "U1",
              "Since the back pain began, have you had new trouble controlling or emptying"
                  + " your bladder or bowels?"),
          new RedFlag(
              "U2",
              "Is there numbness between your legs or around your bottom (where you sit on a"
                  + " saddle)?"),
          new RedFlag("U3", "Is there numbness or tingling in one or both legs?"),
          new RedFlag("U3", "Is one of your legs newly weak?"),
          new RedFlag("U4", "Is one of your arms newly weak?"),
          new RedFlag("U4", "Is there numbness or tingling in both arms?"),
          new RedFlag(
              "U6",
              "Have you recently had a serious accident: a road accident, a fall from a height,"
                  + " or a heavy blow to the back?"),
          new RedFlag("U8", "Do you have a fever?"),
          new RedFlag("U9", "Have you lost weight recently without trying?"),
          new RedFlag("U10", "Is there swelling on your back?"),
          new RedFlag("U11", "Does the pain wake you at night, or stay the same however you rest?"),
          new RedFlag("U12", "Does the pain get worse when you cough or sneeze?"));

  private static final Map<Condition, String> CONDITION_WORDS = new LinkedHashMap<>();

  static {
    CONDITION_WORDS.put(Condition.OSTEOPOROSIS, "osteoporosis (fragile bones)");
    CONDITION_WORDS.put(Condition.OSTEOPENIA, "osteopenia (bones thinner than usual)");
    CONDITION_WORDS.put(Condition.OSTEOARTHRITIS, "osteoarthritis");
    CONDITION_WORDS.put(
        Condition.SPINAL_FRACTURE, "a broken bone in the spine, now, healed or suspected");
    CONDITION_WORDS.put(Condition.HERNIATED_DISC, "a herniated (slipped) disc");
    CONDITION_WORDS.put(Condition.RECENT_BACK_INJURY, "a back injury in the last 6 weeks");
    CONDITION_WORDS.put(Condition.PREVIOUS_SPINAL_INJURY, "an earlier injury to the spine");
    CONDITION_WORDS.put(Condition.SPINAL_INSTABILITY, "spinal instability");
    CONDITION_WORDS.put(Condition.SPINAL_SURGERY, "surgery on the spine");
    CONDITION_WORDS.put(
        Condition.NEUROLOGICAL_CONDITION, "a diagnosed neurological condition (nerves, brain)");
    CONDITION_WORDS.put(Condition.HYPERMOBILITY, "hypermobile (very flexible) joints");
    CONDITION_WORDS.put(
        Condition.INFLAMMATORY_ARTHRITIS,
        "inflammatory arthritis (e.g. rheumatoid arthritis, ankylosing spondylitis)");
    CONDITION_WORDS.put(Condition.ANTICOAGULANTS, "taking blood thinners");
    CONDITION_WORDS.put(Condition.BLEEDING_DISORDER, "a bleeding disorder");
    CONDITION_WORDS.put(Condition.CANCER_HISTORY, "cancer, now or in the past");
    CONDITION_WORDS.put(Condition.LONG_TERM_STEROIDS, "steroid tablets for 3 months or more");
    CONDITION_WORDS.put(
        Condition.IMMUNOSUPPRESSION, "a weakened immune system or medicine that weakens it");
    CONDITION_WORDS.put(Condition.PREGNANCY, "pregnant, or gave birth less than 6 weeks ago");
  }

  private final BufferedReader in;
  private final PrintStream out;

  Questionnaire(BufferedReader in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  Outcome ask() {
    out.println("Limber's safety questions. Answer y or n unless asked otherwise.");
    out.println("First, the signs that need a doctor rather than exercises:");
    for (RedFlag flag : RED_FLAGS) {
      if (yes(flag.question())) {
        return new Outcome(Optional.empty(), Optional.of(flag.rule()));
      }
    }
    Map<String, Object> symptoms = new LinkedHashMap<>();
    Map<String, Object> history = new LinkedHashMap<>();
    List<String> numbness = new ArrayList<>();

    out.println();
    out.println("Now about your pain:");
    int pain =
        number("How strong is the pain right now, from 0 (only stiff) to 10 (the worst)?", 0, 10);
    symptoms.put("painScore", BigInteger.valueOf(pain));
    if (pain > 0) {
      symptoms.put(
          "painDurationWeeks",
          weeks("For how many weeks have you had this pain? (0.5 for a few days)"));
      history.put("firstEpisode", yes("Is this the first time you have had back pain like this?"));
    }
    if (yes("Is there numbness or tingling in one arm?")) {
      numbness.add("ONE_ARM");
    }
    symptoms.put("numbness", numbness);

    out.println();
    List<String> conditions = conditions();

    out.println();
    out.println("About you:");
    history.put("ageYears", BigInteger.valueOf(number("How old are you, in years?", 0, 120)));
    history.put(
        "recentTrauma",
        yes("Have you had a small trip, slip or bump to your back recently?") ? "MINOR" : "NONE");
    history.put(
        "crackSessionsToday",
        BigInteger.valueOf(
            number("How many times have you cracked your back today? (0 if none)", 0, 100)));
    history.put(
        "crackingDaysPerWeek",
        BigInteger.valueOf(
            number(
                "On how many days a week do you usually crack your back (last 4 weeks, 0-7)?",
                0,
                7)));
    history.put("cracksToRelievePain", yes("Do you crack your back to relieve pain?"));
    history.put("painDuringCracking", yes("Has cracking your back been painful?"));
    history.put("painDuringStretching", yes("Has stretching been painful?"));
    optionalNumber("What was your pain score at your last check-in? (press Enter to skip)", 0, 10)
        .ifPresent(score -> history.put("previousPainScore", BigInteger.valueOf(score)));

    out.println();
    out.println("What you can do comfortably today:");
    history.put("canGetDownToFloor", yes("Can you get down to the floor and back up?"));
    history.put(
        "canLieFlatWithoutBackDiscomfort",
        yes("Can you lie flat on your back without discomfort?"));
    history.put("canReachMidBack", yes("Can you reach the middle of your back with a hand?"));

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("conditions", conditions);
    document.put("symptoms", symptoms);
    document.put("history", history);
    return new Outcome(Optional.of(document), Optional.empty());
  }

  private List<String> conditions() {
    out.println("Do any of these apply to you?");
    List<Condition> listed = List.copyOf(CONDITION_WORDS.keySet());
    for (int index = 0; index < listed.size(); index++) {
      out.printf("  %2d. %s%n", index + 1, CONDITION_WORDS.get(listed.get(index)));
    }
    while (true) {
      String line = line("Type the numbers that apply (e.g. 3 12), or press Enter for none:");
      Set<String> chosen = new LinkedHashSet<>();
      boolean understood = true;
      for (String word : line.split("[\\s,]+")) {
        if (word.isEmpty()) {
          continue;
        }
        Optional<Integer> number = parse(word, 1, listed.size());
        if (number.isEmpty()) {
          understood = false;
          break;
        }
        chosen.add(listed.get(number.get() - 1).name());
      }
      if (understood) {
        return List.copyOf(chosen);
      }
      out.println("Please type numbers from 1 to " + listed.size() + ", separated by spaces.");
    }
  }

  private boolean yes(String question) {
    while (true) {
      String answer = line(question + " [y/n]").toLowerCase(Locale.ROOT);
      if (answer.equals("y") || answer.equals("yes")) {
        return true;
      }
      if (answer.equals("n") || answer.equals("no")) {
        return false;
      }
      out.println("Please answer y or n.");
    }
  }

  private int number(String question, int min, int max) {
    while (true) {
      Optional<Integer> number = parse(line(question), min, max);
      if (number.isPresent()) {
        return number.get();
      }
      out.println("Please type a whole number from " + min + " to " + max + ".");
    }
  }

  private Optional<Integer> optionalNumber(String question, int min, int max) {
    while (true) {
      String line = line(question);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> number = parse(line, min, max);
      if (number.isPresent()) {
        return number;
      }
      out.println("Please type a whole number from " + min + " to " + max + ", or press Enter.");
    }
  }

  private BigDecimal weeks(String question) {
    while (true) {
      String line = line(question);
      try {
        BigDecimal weeks = new BigDecimal(line);
        if (weeks.signum() >= 0 && weeks.compareTo(BigDecimal.valueOf(5200)) <= 0) {
          return weeks;
        }
      } catch (NumberFormatException e) {
        // not a number: ask again below
      }
      out.println("Please type a number of weeks from 0 to 5200, such as 2 or 0.5.");
    }
  }

  private static Optional<Integer> parse(String text, int min, int max) {
    if (!text.matches("[0-9]{1,4}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(text);
    return number >= min && number <= max ? Optional.of(number) : Optional.empty();
  }

  private String line(String prompt) {
    out.print(prompt + " ");
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        throw new UsageException("the questions ended before every one was answered");
      }
      return line.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("read an answer", e);
    }
  }
}
