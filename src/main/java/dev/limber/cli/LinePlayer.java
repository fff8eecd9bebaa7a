package dev.limber.cli;

import dev.limber.session.Player;
import dev.limber.session.Segment;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Plays a timeline without a terminal: one line per segment as it begins, in real time scaled by
 * {@code --speed}; pain checks read a score (a line of 0–10) from standard input, a blank line or
 * the end of input leaves it unknown, and anything else is an {@link InvalidInputException}.
 */
final class LinePlayer {
  private final ScaledClock clock;
  private final BufferedReader in;
  private final PrintStream out;

  LinePlayer(ScaledClock clock, BufferedReader in, PrintStream out) {
    this.clock = clock;
    this.in = in;
    this.out = out;
  }

  /** Plays a player not yet started, made on this player's clock (see SessionService.player). */
  SessionRecord play(Player player) throws IOException, InterruptedException {
    Timeline timeline = player.timeline();
    player.start();
    int printed = -1;
    while (player.state() != Player.State.ENDED) {
      // A late wake-up can pass several short segments in one tick; each still gets its line.
      while (printed < player.index()) {
        printed++;
        out.println(line(timeline, printed, timeline.segments().get(printed)));
      }
      if (player.state() == Player.State.AWAITING_PAIN) {
        String answer = in.readLine();
        Optional<Integer> score = parseScore(answer);
        if (score.isEmpty() && answer != null && !answer.isBlank()) {
          // Nobody can be asked again without a terminal; guessing would record a wrong score.
          throw new InvalidInputException(
              "the pain score must be a whole number from 0 to 10 (or a blank line to skip),"
                  + " found \""
                  + answer.strip()
                  + "\"");
        }
        if (score.isPresent()) {
          player.painChecked(score.get());
        } else {
          out.println("      no score given; the pain check is skipped");
          player.skip();
        }
        continue;
      }
      Duration wait = clock.realTimeFor(player.remainingInSegment());
      Thread.sleep(Math.max(1, wait.toMillis()));
      player.tick();
    }
    return player.record();
  }

  static String line(Timeline timeline, int index, Segment segment) {
    return String.format(
        "%6s  %s (%d s)",
        PlanReport.clock(timeline.secondsBefore(index)), segment.label(), segment.seconds());
  }

  /** A whole number 0–10, or empty for anything else (a blank line, the end of input, words). */
  static Optional<Integer> parseScore(String text) {
    if (text == null || !text.strip().matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int score = Integer.parseInt(text.strip());
    return score <= 10 ? Optional.of(score) : Optional.empty();
  }
}
