package dev.limber.screening;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates an answers document (spec/screening.md §2–3) before any rule sees it: unknown keys at
 * any level, wrong types, out-of-range numbers, unknown codes and missing required fields are all
 * rejected, never coerced, and every problem is reported with its field path.
 */
public final class AnswersReader {
  /** The field name errors about the document as a whole use (bad UTF-8, broken JSON). */
  public static final String DOCUMENT = "(document)";

  /** A hundredth of a week is under two hours: finer is noise, and keeps no longer exactly. */
  private static final int DURATION_DECIMAL_PLACES = 2;

  private static final String[] ROOT_FIELDS = {"conditions", "symptoms", "history"};
  private static final String[] SYMPTOM_FIELDS = {
    "painScore",
    "painDurationWeeks",
    "numbness",
    "weakness",
    "bladderOrBowelChange",
    "chestPain",
    "fever",
    "unexplainedWeightLoss",
    "swelling",
    "nightPainOrUnrelievedByRest",
    "painWorseWithCoughSneeze",
    "startBack"
  };
  private static final String[] HISTORY_FIELDS = {
    "ageYears",
    "recentTrauma",
    "firstEpisode",
    "crackSessionsToday",
    "crackingDaysPerWeek",
    "cracksToRelievePain",
    "painDuringCracking",
    "painDuringStretching",
    "previousPainScore",
    "canGetDownToFloor",
    "canLieFlatWithoutBackDiscomfort",
    "canReachMidBack",
    "professionalReview",
    "lastPainStopSettled"
  };

  private AnswersReader() {}

  /** Reads raw bytes, which must be UTF-8 JSON; never throws for any input. */
  public static AnswersReading parse(byte[] document, HistoryFill fill) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(document))
              .toString();
    } catch (CharacterCodingException e) {
      return rejectDocument("is not valid UTF-8 text");
    }
    return parse(text, fill);
  }

  public static AnswersReading parse(byte[] document) {
    return parse(document, HistoryFill.NONE);
  }

  /** Reads JSON text; never throws for any input. */
  public static AnswersReading parse(String document, HistoryFill fill) {
    Object tree;
    try {
      tree = Json.parse(document);
    } catch (JsonSyntaxException e) {
      return rejectDocument("is not well-formed JSON: " + e.getMessage());
    }
    return read(tree, fill);
  }

  public static AnswersReading parse(String document) {
    return parse(document, HistoryFill.NONE);
  }

  /** Reads an already parsed JSON tree (as {@link Json#parse} gives it). */
  public static AnswersReading read(Object tree) {
    return read(tree, HistoryFill.NONE);
  }

  /**
   * Reads an already parsed JSON tree, taking from {@code fill} only the fields the document does
   * not give.
   */
  public static AnswersReading read(Object tree, HistoryFill fill) {
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, DOCUMENT, errors);
    if (!errors.isEmpty()) {
      return AnswersReading.rejected(new InvalidAnswers(errors));
    }
    root.allowOnly(ROOT_FIELDS);
    Set<Condition> conditions = root.enumSet("conditions", Condition.class);
    Symptoms symptoms =
        section(root, "symptoms").map(fields -> symptoms(fields, fill)).orElse(null);
    Integer painScore = symptoms != null ? Integer.valueOf(symptoms.painScore()) : statedPain(tree);
    History history =
        section(root, "history").map(fields -> history(fields, fill, painScore)).orElse(null);
    if (!errors.isEmpty() || symptoms == null || history == null) {
      if (errors.isEmpty()) {
        throw new IllegalStateException("answers incomplete without a recorded error");
      }
      return AnswersReading.rejected(new InvalidAnswers(errors));
    }
    return AnswersReading.valid(new Answers(conditions, symptoms, history), tree);
  }

  /**
   * The named member as an object, or empty after recording why it is not one; a missing or
   * mistyped section is one error, not one per field inside it.
   */
  private static Optional<Fields> section(Fields parent, String name) {
    int before = parent.errors().size();
    Fields section = parent.object(name);
    return parent.errors().size() == before ? Optional.of(section) : Optional.empty();
  }

  private static AnswersReading rejectDocument(String message) {
    return AnswersReading.rejected(new InvalidAnswers(List.of(new FieldError(DOCUMENT, message))));
  }

  private static Symptoms symptoms(Fields fields, HistoryFill fill) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly(SYMPTOM_FIELDS);
    Integer painScore = fields.integer("painScore", 0, Symptoms.MAX_PAIN);
    Optional<BigDecimal> duration = Optional.empty();
    if (fields.has("painDurationWeeks")) {
      duration =
          Optional.ofNullable(
                  fields.number(
                      "painDurationWeeks",
                      BigDecimal.ZERO,
                      Symptoms.MAX_DURATION_WEEKS,
                      DURATION_DECIMAL_PLACES))
              // A safety fact: the longer of the stated and the journal's duration (rev. 2).
              .map(given -> fill.painDurationWeeks().map(given::max).orElse(given));
    } else if (painScore != null && painScore > 0) {
      duration = fill.painDurationWeeks();
      if (duration.isEmpty()) {
        fields.reject(
            "painDurationWeeks",
            "is required when painScore is above 0: a number of weeks from 0 to 5200");
      }
    }
    // Rev. 2: a red flag left out is not a "no"; every one must be answered.
    var numbness = fields.enumSet("numbness", Numbness.class);
    var weakness = fields.enumSet("weakness", Weakness.class);
    Boolean bladderOrBowelChange = fields.bool("bladderOrBowelChange");
    Boolean chestPain = fields.bool("chestPain");
    Boolean fever = fields.bool("fever");
    Boolean unexplainedWeightLoss = fields.bool("unexplainedWeightLoss");
    Boolean swelling = fields.bool("swelling");
    Boolean nightPain = fields.bool("nightPainOrUnrelievedByRest");
    Boolean coughSneeze = fields.bool("painWorseWithCoughSneeze");
    Optional<StartBack> startBack =
        fields.has("startBack")
            ? section(fields, "startBack").map(AnswersReader::startBack)
            : Optional.empty();
    if (fields.errors().size() > errorsBefore || painScore == null) {
      return null;
    }
    return new Symptoms(
        painScore,
        duration,
        numbness,
        weakness,
        bladderOrBowelChange,
        chestPain,
        fever,
        unexplainedWeightLoss,
        swelling,
        nightPain,
        coughSneeze,
        startBack);
  }

  private static StartBack startBack(Fields fields) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly("answers", "bothersomeness");
    int beforeAnswers = fields.errors().size();
    List<Object> items = fields.array("answers");
    boolean answersIsArray = fields.errors().size() == beforeAnswers;
    List<Boolean> answers = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      if (items.get(index) instanceof Boolean answer) {
        answers.add(answer);
      } else {
        fields
            .errors()
            .add(
                new FieldError(
                    fields.pathOf("answers") + "[" + index + "]", "must be true or false"));
      }
    }
    if (answersIsArray && items.size() != StartBack.ITEMS) {
      fields.reject(
          "answers", "must hold exactly 8 answers (true or false), found " + items.size());
    }
    Bothersomeness bothersomeness = fields.enumValue("bothersomeness", Bothersomeness.class);
    if (fields.errors().size() > errorsBefore) {
      return null;
    }
    return new StartBack(answers, bothersomeness);
  }

  /** The pain score as written, when the symptoms are otherwise invalid; null when unusable. */
  private static Integer statedPain(Object tree) {
    if (tree instanceof java.util.Map<?, ?> root
        && root.get("symptoms") instanceof java.util.Map<?, ?> symptoms
        && symptoms.get("painScore") instanceof java.math.BigInteger score
        && score.signum() >= 0
        && score.compareTo(java.math.BigInteger.TEN) <= 0) {
      return score.intValue();
    }
    return null;
  }

  private static History history(Fields fields, HistoryFill fill, Integer painScore) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly(HISTORY_FIELDS);
    Integer age = fields.integer("ageYears", 0, History.MAX_AGE_YEARS);
    Trauma trauma = fields.enumValue("recentTrauma", Trauma.class);
    // Rev. 2: required with pain; with stiffness only it may be given and is kept, not used.
    boolean firstEpisode =
        painScore != null && painScore >= 1
            ? Boolean.TRUE.equals(fields.bool("firstEpisode"))
            : fields.boolOr("firstEpisode", false);
    // Safety facts (rev. 2): the larger count and true over false, whoever gave them.
    int sessionsToday =
        Math.max(
            fields.integerOr("crackSessionsToday", 0, History.MAX_CRACK_SESSIONS_TODAY, 0),
            fill.crackSessionsToday().orElse(0));
    int daysPerWeek =
        Math.max(
            fields.integerOr("crackingDaysPerWeek", 0, History.DAYS_PER_WEEK, 0),
            fill.crackingDaysPerWeek().orElse(0));
    boolean cracksToRelievePain = fields.boolOr("cracksToRelievePain", false);
    boolean painDuringCracking =
        fields.boolOr("painDuringCracking", false) || fill.painDuringCracking();
    // Rev. 3: while a mild stop is open its follow-up is required; "not settled" is pain that
    // persisted after stretching (S6) at once.
    Optional<Boolean> settled = Optional.empty();
    if (fill.followUpRequired()) {
      if (!fields.has("lastPainStopSettled")) {
        fields.reject(
            "lastPainStopSettled",
            "is required (true or false): " + fill.followUpAsked().orElseThrow());
      } else {
        settled = Optional.ofNullable(fields.bool("lastPainStopSettled"));
      }
    } else if (fields.has("lastPainStopSettled")) {
      fields.bool("lastPainStopSettled");
    }
    boolean painDuringStretching =
        fields.boolOr("painDuringStretching", false)
            || fill.painDuringStretching()
            || settled.equals(Optional.of(false));
    Optional<Integer> previousPain = fill.previousPainScore();
    if (fields.has("previousPainScore")) {
      previousPain = Optional.ofNullable(fields.integer("previousPainScore", 0, Symptoms.MAX_PAIN));
    }
    boolean floor = fields.boolOr("canGetDownToFloor", false);
    boolean lieFlat = fields.boolOr("canLieFlatWithoutBackDiscomfort", false);
    boolean midBack = fields.boolOr("canReachMidBack", false);
    ProfessionalReview given =
        fields.has("professionalReview")
            ? fields.enumValue("professionalReview", ProfessionalReview.class)
            : fill.professionalReview().orElse(ProfessionalReview.NONE);
    // Only a recorded review closes a pain flag (§2.1): while one is open, no review counts.
    ProfessionalReview review = fill.reviewBlocked() ? ProfessionalReview.NONE : given;
    if (fields.errors().size() > errorsBefore || age == null || trauma == null) {
      return null;
    }
    return new History(
        age,
        trauma,
        firstEpisode,
        sessionsToday,
        daysPerWeek,
        cracksToRelievePain,
        painDuringCracking,
        painDuringStretching,
        previousPain,
        floor,
        lieFlat,
        midBack,
        review,
        fill.painNotes().withFollowUp(settled));
  }
}
