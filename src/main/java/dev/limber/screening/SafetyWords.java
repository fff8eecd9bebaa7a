package dev.limber.screening;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one word table every face reads (src/main/resources/screening/words.json): each verdict's and
 * urgency's name and headline, each new symptom's words for the emergency stop, the labels before a
 * verdict and the emergency notice, and the sentences about safety besides the rule book's
 * messages, each with its sources. Read once and validated whole: a missing or unknown entry, or
 * one without a source, refuses the file. Immutable.
 */
public final class SafetyWords {
  /** The word table shipped in the jar. */
  public static final String BUNDLED_RESOURCE = "/screening/words.json";

  public static final int FORMAT_VERSION = 1;

  /** Where a sentence names the emergency number. */
  public static final String NUMBER = "{number}";

  /** Where a sentence names a new symptom, in its {@link SymptomWords#words()}. */
  public static final String SYMPTOM = "{symptom}";

  /** The sentences the table must hold, by key. */
  public enum Sentence {
    /** Why a verdict with no rule fired says nothing against self-care. */
    noReasons,
    /** When to get medical help the same day, as conditions. */
    whenToGetHelp,
    /** When to book a physiotherapist or doctor, as conditions. */
    whenToSeeProfessional,
    /** Why a verdict without a session shows no routine, and how a review opens one. */
    noRoutine,
    /** The printed handout's line when it has no routine. */
    noRoutinePrinted,
    /** Why the player will not start for a verdict without a session. */
    sessionRefused,
    /** The emergency stop names the symptom back: {@value SafetyWords#SYMPTOM} is its words. */
    symptomNamed,
    /** Why the session ended, naming the symptom ({@value SafetyWords#SYMPTOM}). */
    symptomEnded,
    /** The terminal player's short line when a new symptom ended the session. */
    sessionEndedForSymptom,
    /** What the player says when the person reports that their back cracked (X6). */
    crackNoted,
    /** The one line every session starts with, on every face. */
    stopIfItHurts,
    /** What an open pain flag means for every check. */
    openFlag,
    /** What to do while a pain flag is open. */
    openFlagWhatToDo,
    /** How a professional's review reopens sessions and closes open flags. */
    recordReview,
    /** The printed handout's title for an urgent verdict. */
    printedTitleUrgent,
    /** The printed handout's title when a professional should see the person first. */
    printedTitleSeeProfessional,
    /** What Limber is and is not, at the foot of every page and printout. */
    disclaimer
  }

  /** The labels faces put before a verdict's name and before the emergency notice. */
  public enum Label {
    /** Before the verdict's name: "Verdict: Stretches only." */
    verdict,
    /** Before the emergency notice: "In an emergency: Call 112 now ...". */
    emergency
  }

  /** A name and a headline, with where they come from. */
  public record Entry(String name, String headline, List<String> sources) {}

  /** A sentence with where it comes from. */
  public record Worded(String text, List<String> sources) {}

  /**
   * A new symptom's words: its name on a button, its words inside a sentence, when to call the
   * number ({@value SafetyWords#NUMBER}) and what to do now.
   */
  public record SymptomWords(
      String name, String words, String callLine, String advice, List<String> sources) {}

  private final Map<Verdict, Entry> verdicts;
  private final Map<Urgency, Entry> urgencies;
  private final Map<Sentence, Worded> sentences;
  private final Map<NewSymptom, SymptomWords> symptoms;
  private final Map<Label, String> labels;

  private SafetyWords(
      Map<Verdict, Entry> verdicts,
      Map<Urgency, Entry> urgencies,
      Map<Sentence, Worded> sentences,
      Map<NewSymptom, SymptomWords> symptoms,
      Map<Label, String> labels) {
    this.verdicts = Map.copyOf(verdicts);
    this.urgencies = Map.copyOf(urgencies);
    this.sentences = Map.copyOf(sentences);
    this.symptoms = Map.copyOf(symptoms);
    this.labels = Map.copyOf(labels);
  }

  private static final class Bundled {
    static final SafetyWords INSTANCE = readResource(BUNDLED_RESOURCE);
  }

  /** The table shipped in the jar, read once; a broken file is a build defect. */
  public static SafetyWords bundled() {
    return Bundled.INSTANCE;
  }

  /** The verdict's one name, the same on every face: "Stretches only". */
  public String name(Verdict verdict) {
    return verdicts.get(verdict).name();
  }

  /** What the verdict means today; for URGENT, its urgency's wording, the emergency one first. */
  public String headline(Verdict verdict, Optional<Urgency> urgency) {
    return urgency.map(this::headline).orElseGet(() -> verdicts.get(verdict).headline());
  }

  /** The urgency's headline, naming the emergency number where it has one. */
  public String headline(Urgency urgency) {
    return urgencies.get(urgency).headline().replace(NUMBER, EmergencyNotice.number());
  }

  public String name(Urgency urgency) {
    return urgencies.get(urgency).name();
  }

  public String sentence(Sentence sentence) {
    return sentences.get(sentence).text();
  }

  /** A label without its colon: "In an emergency". */
  public String label(Label label) {
    return labels.get(label);
  }

  /** The emergency notice under its label, as every face shows it. */
  public String emergencyLine(String notice) {
    return label(Label.emergency) + ": " + notice;
  }

  /** The verdict's name under its label, then its headline: "Verdict: Stretches only. ...". */
  public String verdictLine(Verdict verdict, Optional<Urgency> urgency) {
    return label(Label.verdict) + ": " + name(verdict) + ". " + headline(verdict, urgency);
  }

  /** A new symptom's words as the table holds them; the call line still reads {@value #NUMBER}. */
  public SymptomWords symptom(NewSymptom symptom) {
    return symptoms.get(symptom);
  }

  /** A sentence that names a new symptom, such as "You told Limber about new weakness." */
  public String symptomSentence(Sentence sentence, NewSymptom symptom) {
    return sentence(sentence).replace(SYMPTOM, symptom(symptom).words());
  }

  /** The sources of a verdict's words, of an urgency's and of each sentence, in table order. */
  public List<String> sources(Verdict verdict) {
    return verdicts.get(verdict).sources();
  }

  public List<String> sources(Sentence sentence) {
    return sentences.get(sentence).sources();
  }

  public List<String> sources(NewSymptom symptom) {
    return symptoms.get(symptom).sources();
  }

  static SafetyWords readResource(String resource) {
    try (InputStream in = SafetyWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word table missing: " + resource);
      }
      return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("read word table " + resource, e);
    }
  }

  /**
   * Reads a word table; throws {@link IllegalArgumentException} listing every fault, naming {@code
   * file}.
   */
  public static SafetyWords read(String file, String text) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw invalid(file, List.of(new FieldError("(file)", e.getMessage())));
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "", errors);
    root.allowOnly(
        "formatVersion", "comment", "verdicts", "urgencies", "sentences", "symptoms", "labels");
    root.integer("formatVersion", FORMAT_VERSION, FORMAT_VERSION);
    root.optionalString("comment");
    Map<Verdict, Entry> verdicts = entries(root.object("verdicts"), Verdict.class);
    Map<Urgency, Entry> urgencies = entries(root.object("urgencies"), Urgency.class);
    Fields sentenceFields = root.object("sentences");
    sentenceFields.allowOnly(names(Sentence.class));
    Map<Sentence, Worded> sentences = new EnumMap<>(Sentence.class);
    for (Sentence sentence : Sentence.values()) {
      Fields item = sentenceFields.object(sentence.name());
      item.allowOnly("text", "sources");
      String words =
          sentence == Sentence.symptomNamed || sentence == Sentence.symptomEnded
              ? requiring(item, "text", SYMPTOM)
              : item.string("text");
      sentences.put(sentence, new Worded(words, sources(item)));
    }
    Map<NewSymptom, SymptomWords> symptoms = symptoms(root.object("symptoms"));
    Fields labelFields = root.object("labels");
    labelFields.allowOnly(names(Label.class));
    Map<Label, String> labels = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      labels.put(label, labelFields.string(label.name()));
    }
    if (!errors.isEmpty()) {
      throw invalid(file, errors);
    }
    return new SafetyWords(verdicts, urgencies, sentences, symptoms, labels);
  }

  private static Map<NewSymptom, SymptomWords> symptoms(Fields fields) {
    fields.allowOnly(names(NewSymptom.class));
    Map<NewSymptom, SymptomWords> symptoms = new EnumMap<>(NewSymptom.class);
    for (NewSymptom symptom : NewSymptom.values()) {
      Fields item = fields.object(symptom.name());
      item.allowOnly("name", "words", "callLine", "advice", "sources");
      symptoms.put(
          symptom,
          new SymptomWords(
              item.string("name"),
              item.string("words"),
              requiring(item, "callLine", NUMBER),
              item.string("advice"),
              sources(item)));
    }
    return symptoms;
  }

  private static <E extends Enum<E>> Map<E, Entry> entries(Fields fields, Class<E> type) {
    fields.allowOnly(names(type));
    Map<E, Entry> entries = new LinkedHashMap<>();
    for (E code : type.getEnumConstants()) {
      Fields item = fields.object(code.name());
      item.allowOnly("name", "headline", "sources");
      entries.put(code, new Entry(item.string("name"), item.string("headline"), sources(item)));
    }
    return entries;
  }

  /** The text, refused when it lacks the placeholder a face fills in (the number, the symptom). */
  private static String requiring(Fields item, String name, String placeholder) {
    String text = item.string(name);
    if (text != null && !text.contains(placeholder)) {
      item.reject(name, "must contain " + placeholder + ": " + text);
    }
    return text;
  }

  private static List<String> sources(Fields item) {
    List<String> sources = item.strings("sources");
    if (sources.isEmpty() && item.has("sources")) {
      item.reject("sources", "must name at least one source (a seed file or a cited guideline)");
    }
    return List.copyOf(sources);
  }

  private static String[] names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
  }

  private static IllegalArgumentException invalid(String file, List<FieldError> errors) {
    StringBuilder message = new StringBuilder("invalid word table " + file + ":");
    errors.forEach(error -> message.append("\n  ").append(error));
    return new IllegalArgumentException(message.toString());
  }
}
