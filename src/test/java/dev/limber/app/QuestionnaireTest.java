package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.app.Questionnaire.Question;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private static final Questionnaire QUESTIONS = Questionnaire.bundled();

  /** Answers every question "no", 0 or nothing, with the pain given. */
  private static Questionnaire.Run answerAll(int pain) {
    Questionnaire.Run run = QUESTIONS.start();
    for (Optional<Question> next = run.next(); next.isPresent(); next = run.next()) {
      Question question = next.get();
      Object answer =
          switch (question.kind()) {
            case YES_NO -> Boolean.FALSE;
            case NUMBER ->
                question.id().equals("pain-score")
                    ? Integer.valueOf(pain)
                    : question.id().equals("age")
                        ? Integer.valueOf(40)
                        : question.optional() ? null : 0;
            case WEEKS -> BigDecimal.ONE;
            case CONDITIONS -> List.of();
          };
      run.answer(question.id(), answer);
    }
    return run;
  }

  @Test
  void everyRedFlagComesFirstAndStopsOnItsUrgentRule() {
    List<Question> questions = QUESTIONS.questions();
    long redFlags = questions.stream().filter(Question::isRedFlag).count();

    assertThat(questions.subList(0, (int) redFlags)).allMatch(Question::isRedFlag);
    for (Question flag : questions.subList(0, (int) redFlags)) {
      Questionnaire.Run run = QUESTIONS.start();
      for (Question earlier : questions.subList(0, questions.indexOf(flag))) {
        run.answer(earlier.id(), false);
      }

      run.answer(flag.id(), true);

      assertThat(run.stoppedBy()).contains(flag);
      assertThat(run.next()).isEmpty();
      String rule = flag.stopRule().orElseThrow();
      assertThat(RuleBook.bundled().requireRule(rule).verdict()).isEqualTo(Verdict.URGENT);
      ScreeningResult result = Screener.bundled().urgentStop(List.of(rule));
      assertThat(result.verdict()).isEqualTo(Verdict.URGENT);
    }
  }

  @Test
  void everyRedFlagOfTheSpecIsAsked() {
    assertThat(QUESTIONS.questions().stream().filter(Question::isRedFlag).map(Question::stopRule))
        .extracting(Optional::orElseThrow)
        .contains("U1", "U2", "U3", "U4", "U5", "U6", "U8", "U9", "U10", "U11", "U12", "U13");
  }

  @Test
  void answeringEveryQuestionGivesAValidDocumentTheScreenerReads() {
    Questionnaire.Run run = answerAll(3);

    assertThat(run.isComplete()).isTrue();
    assertThat(AnswersReader.read(run.document()).isValid()).isTrue();
    assertThat(
            Screener.bundled()
                .screen(AnswersReader.read(run.document()).requireAnswers())
                .verdict())
        .isEqualTo(Verdict.CLEAR);
  }

  @Test
  void stiffnessOnlySkipsTheQuestionsAboutPain() {
    Questionnaire.Run run = answerAll(0);

    assertThat(run.answerTo("pain-weeks")).isEmpty();
    assertThat(run.answerTo("first-episode")).isEmpty();
    assertThat(AnswersReader.read(run.document()).isValid()).isTrue();
  }

  @Test
  void goingBackForgetsAnAnswerAndAsksItAgain() {
    Questionnaire.Run run = QUESTIONS.start();
    run.answer("chest-pain", false);

    run.clear("chest-pain");

    assertThat(run.next().map(Question::id)).contains("chest-pain");
  }

  @Test
  void anAnswerOfTheWrongKindIsRefused() {
    Questionnaire.Run run = QUESTIONS.start();

    assertThatThrownBy(() -> run.answer("pain-score", 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pain-score");
    assertThatThrownBy(() -> run.answer("chest-pain", "yes"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFollowUpOfAMildStopIsAskedOnlyWhileOneIsOpenInThePersonsWordsAndFillsItsField() {
    String followUp =
        "Your session on Monday 7 December stopped because Wall slide hurt. Is your back back to"
            + " how it was before that session?";
    Question question = QUESTIONS.requireQuestion("last-stop-settled");
    Questionnaire.Run asked =
        QUESTIONS.start(new Questionnaire.Situation(Optional.of(followUp), false));
    Questionnaire.Run notAsked = answerAll(2);
    for (Question red : QUESTIONS.topics().get(0).questions()) {
      asked.answer(red.id(), false);
    }

    assertThat(question.text(asked.situation())).isEqualTo(followUp);
    assertThat(asked.next().map(Question::id)).contains("last-stop-settled");
    assertThat(notAsked.isComplete()).isTrue();
    assertThat(notAsked.document().get("history").toString()).doesNotContain("lastPainStop");

    asked.answer("last-stop-settled", true);

    assertThat(asked.next().map(Question::id)).contains("pain-score");
    assertThat(((java.util.Map<?, ?>) asked.document().get("history")).get("lastPainStopSettled"))
        .isEqualTo(true);
  }

  @Test
  void whileAReviewCountsThePainQuestionsAskSinceTheProfessionalSawYou() {
    Questionnaire.Situation reviewed = new Questionnaire.Situation(Optional.empty(), true);

    assertThat(QUESTIONS.requireQuestion("stretching-hurt").text(reviewed))
        .isEqualTo("Since the professional saw you, has stretching hurt?");
    assertThat(QUESTIONS.requireQuestion("cracking-hurt").text(reviewed))
        .isEqualTo("Since the professional saw you, has cracking your back hurt?");
    assertThat(QUESTIONS.requireQuestion("stretching-hurt").text(Questionnaire.Situation.NONE))
        .isEqualTo("Has stretching hurt?");
    assertThat(QUESTIONS.requireQuestion("age").text(reviewed))
        .isEqualTo("How old are you, in years?");
  }

  @Test
  void dataNamingAnUnknownRuleOrFieldIsRefusedWhenRead() {
    String broken =
        "{\"formatVersion\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\", \"questions\": ["
            + "{\"id\": \"q\", \"kind\": \"YES_NO\", \"field\": \"symptoms.chest\","
            + " \"stopRule\": \"X1\", \"text\": \"?\"}]}]}";

    assertThatThrownBy(() -> QuestionnaireReader.read("broken.json", broken, RuleBook.bundled()))
        .hasMessageContaining("symptoms.chest")
        .hasMessageContaining("must be an URGENT rule");
  }
}
