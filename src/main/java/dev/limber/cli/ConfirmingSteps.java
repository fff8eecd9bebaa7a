package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
import dev.limber.session.Player;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal player's confirming steps (spec/screening.md §7): it hurts, with the mild stop that
 * may follow; a new symptom; and quit. Each pauses the timer, asks on the {@link PlayerScreen}, and
 * when backed out of records nothing and plays on where it was.
 */
final class ConfirmingSteps {
  private final Catalog catalog;
  private final PlayerScreen screen;
  private NewSymptom symptom;

  ConfirmingSteps(Catalog catalog, PlayerScreen screen) {
    this.catalog = catalog;
    this.screen = screen;
  }

  /** The new symptom the person confirmed, when one ended the session. */
  Optional<NewSymptom> symptom() {
    return Optional.ofNullable(symptom);
  }

  /**
   * True when a step may open: false when time ran the session to its end or into a pain check,
   * which asks its own question.
   */
  private static boolean stillPlaying(Player player) {
    player.tick();
    return player.state() != Player.State.ENDED && player.state() != Player.State.AWAITING_PAIN;
  }

  /** Pauses a playing timer for a step; true when this step paused it. */
  private static boolean pauseFor(Player player) {
    if (player.state() == Player.State.PLAYING) {
      player.pause();
      return true;
    }
    return false;
  }

  /** Plays on after a step backed out of, where it was: nothing recorded. */
  private void resumeIf(boolean paused, Player player) {
    screen.closeStep();
    if (paused && player.state() == Player.State.PAUSED) {
      player.resume();
    }
  }

  /**
   * It hurts (§7): the pain now, and during a stretch or self-massage whether it is easing and
   * whether it is sharp, shooting or spreading; then the player grades the stop. Backing out of a
   * question records nothing.
   */
  void itHurts(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return;
    }
    boolean paused = pauseFor(player);
    screen.openStep("STOPPED");
    StepLine back = StepLine.choice("b", 1, "Back to the session; nothing is recorded");
    Optional<Integer> score =
        screen.askScore(
            player,
            List.of(
                StepLine.of("It hurts: the timer is stopped."),
                StepLine.of("How much does it hurt now, 0–10? Type it, then Enter."),
                back));
    if (score.isEmpty()) {
      resumeIf(paused, player);
      return;
    }
    boolean selfCrack = player.timeline().isSelfCrack(player.index());
    boolean easing = false;
    boolean sharpOrSpreading = false;
    if (!selfCrack) {
      // A self-crack that hurts ends the session whatever the answers, so nothing more is asked.
      StepLine painNow =
          StepLine.of("It hurts: the timer is stopped. Pain now: " + score.get() + ".");
      Optional<Boolean> eases =
          screen.askYesNo(
              player,
              List.of(
                  painNow,
                  StepLine.of("Is it easing now that you have stopped?"),
                  StepLine.choice("y", 1, "Yes"),
                  StepLine.choice("n", 1, "No"),
                  back));
      if (eases.isEmpty()) {
        resumeIf(paused, player);
        return;
      }
      Optional<Boolean> sharp =
          screen.askYesNo(
              player,
              List.of(
                  painNow,
                  StepLine.of("Is it sharp, shooting, or spreading into an arm or leg?"),
                  StepLine.choice("y", 1, "Yes"),
                  StepLine.choice("n", 1, "No"),
                  back));
      if (sharp.isEmpty()) {
        resumeIf(paused, player);
        return;
      }
      easing = eases.get();
      sharpOrSpreading = sharp.get();
    }
    screen.stopped(true);
    String technique = techniqueName(player);
    if (player.stopForPain(score.get(), easing, sharpOrSpreading)) {
      mildStop(player, technique);
      return;
    }
    screen.closeStep();
    screen.notice(
        "Stopped for pain. This is not a mild stop: "
            + String.join("; ", player.lastGrade().orElseThrow().whyNotMild())
            + ".");
    screen.draw(player);
  }

  /** A mild stop: says what it means and lets the person end the session (Enter) or go on. */
  private void mildStop(Player player, String technique) throws IOException {
    screen.notice("");
    List<StepLine> lines =
        List.of(
            StepLine.of("A mild stop: the pain is easing and it is not sharp or spreading."),
            StepLine.of(""),
            StepLine.of(
                technique
                    + " rests for a week, with no self-cracking meanwhile. Next time, Limber"
                    + " asks whether your back has settled; if it has not, see a"
                    + " physiotherapist."),
            StepLine.of(""),
            StepLine.choice("Enter", 5, "End the session (best if you are unsure)"),
            StepLine.choice("g", 5, "Go on without " + technique));
    int key = screen.askKey(player, lines, "gG\r\n");
    screen.closeStep();
    if (key == 'g' || key == 'G') {
      player.goOnWithout();
      screen.stopped(false);
      screen.notice("Going on without " + technique + ": it rests for a week.");
    } else {
      player.endAfterMildStop();
      screen.notice("Session ended after a mild stop.");
      screen.draw(player);
    }
  }

  /** A new symptom: one step names it and ends the session, or goes back with nothing recorded. */
  void newSymptom(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return;
    }
    boolean paused = pauseFor(player);
    screen.openStep("PAUSED");
    List<StepLine> lines = new ArrayList<>();
    lines.add(StepLine.of("A new symptom: the timer is stopped."));
    lines.add(StepLine.of("Which is it? Pressing its number ends the session."));
    NewSymptom[] symptoms = NewSymptom.values();
    StringBuilder accepted = new StringBuilder("bB");
    for (int number = 1; number <= symptoms.length; number++) {
      lines.add(StepLine.choice(Integer.toString(number), 1, symptoms[number - 1].words()));
      accepted.append(number);
    }
    lines.add(StepLine.choice("b", 1, "Back to the session; nothing is recorded"));
    int key = screen.askKey(player, lines, accepted.toString());
    screen.closeStep();
    if (key < '1' || key > '0' + symptoms.length) {
      resumeIf(paused, player);
      return;
    }
    symptom = symptoms[key - '1'];
    screen.stopped(true);
    player.symptomsReported();
    screen.notice(
        symptom.callLine()
            + " "
            + SafetyWords.bundled().sentence(SafetyWords.Sentence.sessionEndedForSymptom));
    screen.draw(player);
  }

  /** Quit: one confirming step; true when the person ended the session. */
  boolean confirmQuit(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return false;
    }
    boolean paused = pauseFor(player);
    screen.openStep("PAUSED");
    int key =
        screen.askKey(
            player,
            List.of(
                StepLine.of("End the session now?"),
                StepLine.choice("y", 1, "Yes, end it"),
                StepLine.choice("b", 1, "No, back to the session")),
            "yYnNbB");
    if (key != 'y' && key != 'Y') {
      resumeIf(paused, player);
      return false;
    }
    screen.closeStep();
    screen.stopped(true);
    player.quit();
    return true;
  }

  /** The technique's name in quotes: some names hold a comma, which would misread in a sentence. */
  private String techniqueName(Player player) {
    String id = player.current().techniqueId();
    return id == null ? "this step" : "“" + catalog.require(id).name() + "”";
  }
}
