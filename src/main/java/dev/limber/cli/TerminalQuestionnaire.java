package dev.limber.cli;

import dev.limber.app.Questionnaire;
import dev.limber.app.Questionnaire.Question;
import dev.limber.screening.TypedAnswer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Asks the screening questions of {@link Questionnaire} on a terminal, one line per answer, asking
 * again until an answer is understood. The questions, their order and the red-flag stop are the
 * data's; only the reading and writing live here.
 */
final class TerminalQuestionnaire {
  private final BufferedReader in;
  private final PrintStream out;

  TerminalQuestionnaire(BufferedReader in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  /**
   * Asks the questions of {@code run} (started for the person, so it holds the follow-up of an open
   * mild stop) until they are done or a red flag is answered yes, in the run's words.
   */
  Questionnaire.Run ask(Questionnaire.Run run) {
    out.println("Limber's safety questions. Answer y or n unless asked otherwise.");
    String topic = null;
    for (Optional<Question> next = run.next(); next.isPresent(); next = run.next()) {
      Question question = next.get();
      if (!question.topic().equals(topic)) {
        topic = question.topic();
        out.println();
        out.println(title(run.questionnaire(), topic) + ":");
      }
      run.answer(question.id(), read(question, question.text(run.situation())));
    }
    return run;
  }

  private static String title(Questionnaire questionnaire, String topicId) {
    return questionnaire.topics().stream()
        .filter(topic -> topic.id().equals(topicId))
        .map(Questionnaire.Topic::title)
        .findFirst()
        .orElse(topicId);
  }

  private Object read(Question question, String text) {
    if (question.kind() == Questionnaire.Kind.NUMBER && question.optional()) {
      // A skipped optional number is null: the answer left out.
      // The hint is the terminal's own: a page shows the question without it.
      return optionalNumber(text + " (press Enter to skip)", question.min(), question.max())
          .orElse(null);
    }
    return switch (question.kind()) {
      case YES_NO -> yes(text);
      case NUMBER -> number(text, question.min(), question.max());
      case WEEKS -> weeks(text);
      case CONDITIONS -> conditions(question, text);
    };
  }

  private List<String> conditions(Question question, String text) {
    out.println(text);
    List<Questionnaire.Choice> choices = question.choices();
    for (int index = 0; index < choices.size(); index++) {
      out.printf("  %2d. %s%n", index + 1, choices.get(index).label());
    }
    while (true) {
      String line = line("Type the numbers that apply (e.g. 3 12), or press Enter for none:");
      Set<String> chosen = new LinkedHashSet<>();
      boolean understood = true;
      for (String word : line.split("[\\s,]+")) {
        if (word.isEmpty()) {
          continue;
        }
        TypedAnswer<Integer> number = TypedAnswer.wholeNumber(word, 1, choices.size());
        if (!number.isRead()) {
          understood = false;
          break;
        }
        chosen.add(choices.get(number.requireValue() - 1).code());
      }
      if (understood) {
        return new ArrayList<>(chosen);
      }
      out.println("Please type numbers from 1 to " + choices.size() + ", separated by spaces.");
    }
  }

  private boolean yes(String question) {
    return ask(question + " [y/n]", TypedAnswer::yesNo, " Please answer y or n.");
  }

  private int number(String question, int min, int max) {
    return ask(question, text -> TypedAnswer.wholeNumber(text, min, max), "");
  }

  private Optional<Integer> optionalNumber(String question, int min, int max) {
    return ask(
        question, text -> TypedAnswer.optionalWholeNumber(text, min, max), " Or press Enter.");
  }

  private BigDecimal weeks(String question) {
    return ask(question, TypedAnswer::weeks, "");
  }

  /** Asks until the answer is read, saying after each refusal what was wrong, then {@code hint}. */
  private <T> T ask(String prompt, Function<String, TypedAnswer<T>> parser, String hint) {
    while (true) {
      TypedAnswer<T> answer = parser.apply(line(prompt));
      if (answer.isRead()) {
        return answer.requireValue();
      }
      out.println(answer.problem().orElseThrow() + hint);
    }
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
