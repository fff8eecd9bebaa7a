package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.session.Player;
import dev.limber.session.Segment;
import dev.limber.session.SegmentKind;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The guided player on a terminal in raw mode: a countdown with a progress bar for the current
 * segment and for the whole session, the step's cues, what comes next, and single keys — space
 * pause/resume, n skip, p it hurts, c it popped, s new numbness, tingling or weakness, a alarming
 * symptom (chest pain or breathlessness: ends with the emergency notice), q quit.
 */
final class TerminalPlayer {
  /** How often the screen is redrawn and keys are read, in real milliseconds. */
  private static final int FRAME_MILLIS = 100;

  private static final String CLEAR = "\033[H\033[2J";
  private static final String KEYS =
      "space pause · n skip · p hurts · c popped · s numb/weak · a chest pain/breathless · q quit";

  /** What the player hands back: the record, and whether the person wants it kept. */
  record Result(SessionRecord record, boolean keep) {}

  private final Terminal terminal;
  private final Catalog catalog;
  private final ScaledClock clock;
  private final PrintWriter screen;
  private final NonBlockingReader keys;
  private String notice = "";

  TerminalPlayer(Terminal terminal, Catalog catalog, ScaledClock clock) {
    this.terminal = terminal;
    this.catalog = catalog;
    this.clock = clock;
    this.screen = terminal.writer();
    this.keys = terminal.reader();
  }

  Result play(Timeline timeline) throws IOException {
    Attributes saved = terminal.enterRawMode();
    try {
      return run(new Player(timeline, clock));
    } finally {
      terminal.setAttributes(saved);
      screen.println();
      screen.flush();
    }
  }

  private Result run(Player player) throws IOException {
    player.start();
    boolean keep = true;
    while (player.state() != Player.State.ENDED) {
      if (player.state() == Player.State.AWAITING_PAIN) {
        draw(player);
        Optional<Integer> score =
            readScore(player.current().label() + " Type 0–10 and Enter (Enter alone skips): ");
        if (score.isPresent()) {
          player.painChecked(score.get());
        } else {
          player.skip();
        }
        continue;
      }
      draw(player);
      int key = keys.read(FRAME_MILLIS);
      if (key == NonBlockingReader.EOF) {
        player.quit();
        break;
      }
      switch (key) {
        case ' ' -> {
          player.tick();
          if (player.state() == Player.State.PLAYING) {
            player.pause();
          } else if (player.state() == Player.State.PAUSED) {
            player.resume();
          }
        }
        case 'n' -> player.skip();
        case 'c' -> {
          player.popReported();
          notice = "Noted: something popped. No further self-crack attempt today.";
        }
        case 'p' -> {
          if (player.state() == Player.State.PLAYING) {
            player.pause();
          }
          notice = "It hurts: stopped.";
          draw(player);
          player.stopForPain(requireScore("How much does it hurt now, 0–10? Then Enter: "));
        }
        case 's', 'a' -> player.symptomsReported();
        case 'q' -> {
          player.quit();
          keep = askKeep();
        }
        default -> player.tick();
      }
    }
    return new Result(player.record(), keep);
  }

  private void draw(Player player) {
    int width = Math.max(40, Math.min(terminal.getWidth() == 0 ? 80 : terminal.getWidth(), 100));
    int barWidth = Math.min(40, width - 24);
    Timeline timeline = player.timeline();
    Segment segment = player.current();
    List<String> lines = new ArrayList<>();
    long played = Math.round(player.sessionProgress() * timeline.totalSeconds());
    lines.add(
        "Limber guided session   "
            + PlanReport.clock(played)
            + " of "
            + PlanReport.clock(timeline.totalSeconds())
            + (player.state() == Player.State.PAUSED ? "   PAUSED: space to go on" : ""));
    lines.add(
        "Session " + bar(player.sessionProgress(), barWidth) + percent(player.sessionProgress()));
    lines.add("");
    lines.add("Now:  " + segment.label());
    if (segment.kind() != SegmentKind.PAIN_CHECK) {
      long left = (long) Math.ceil(player.remainingInSegment().toMillis() / 1000.0);
      lines.add("      " + bar(player.segmentProgress(), barWidth) + " " + left + " s left");
    }
    cues(segment).forEach(cue -> lines.add("      " + cue));
    lines.add("");
    lines.add("Next: " + player.next().map(Segment::label).orElse("the end"));
    lines.add("");
    if (!notice.isEmpty()) {
      lines.add(notice);
    }
    lines.add(KEYS);
    StringBuilder frame = new StringBuilder(CLEAR);
    for (String line : lines) {
      frame.append(line.length() > width ? line.substring(0, width) : line).append("\r\n");
    }
    screen.print(frame);
    screen.flush();
  }

  private List<String> cues(Segment segment) {
    if (segment.techniqueId() == null) {
      return List.of("0 means stiffness only; 10 the worst pain you can imagine.");
    }
    Technique technique = catalog.require(segment.techniqueId());
    List<String> cues = new ArrayList<>();
    switch (segment.kind()) {
      case GET_READY -> {
        for (int step = 0; step < technique.steps().size(); step++) {
          cues.add((step + 1) + ". " + technique.steps().get(step));
        }
      }
      case SWITCH_SIDES -> cues.add("Switch sides: do the same on the right.");
      case REST -> cues.add("Relax and breathe.");
      case CRACK_ATTEMPT -> {
        cues.add("One slow attempt. Never force it; no second try if nothing pops.");
        cues.addAll(technique.cues());
      }
      default -> cues.addAll(technique.cues());
    }
    if (!technique.stopRules().isEmpty() && segment.kind() != SegmentKind.GET_READY) {
      cues.add(technique.stopRules().get(0));
    }
    return cues;
  }

  static String bar(double fraction, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
  }

  private static String percent(double fraction) {
    return String.format(" %3d%%", Math.round(Math.max(0, Math.min(1, fraction)) * 100));
  }

  private int requireScore(String prompt) throws IOException {
    while (true) {
      Optional<Integer> score = readScore(prompt);
      if (score.isPresent()) {
        return score.get();
      }
      prompt = "Please give a number from 0 to 10, then Enter: ";
    }
  }

  /** Reads a line in raw mode with its own echo; empty when Enter is pressed alone. */
  private Optional<Integer> readScore(String prompt) throws IOException {
    screen.print("\r\n" + prompt);
    screen.flush();
    StringBuilder typed = new StringBuilder();
    while (true) {
      int key = keys.read();
      if (key == NonBlockingReader.EOF) {
        return Optional.empty();
      }
      if (key == '\r' || key == '\n') {
        if (typed.length() == 0) {
          return Optional.empty();
        }
        Optional<Integer> score = LinePlayer.parseScore(typed.toString());
        if (score.isPresent()) {
          return score;
        }
        typed.setLength(0);
        screen.print("\r\nFrom 0 to 10, please: ");
      } else if ((key == 127 || key == 8) && typed.length() > 0) {
        typed.setLength(typed.length() - 1);
        screen.print("\b \b");
      } else if (key >= '0' && key <= '9' && typed.length() < 2) {
        typed.append((char) key);
        screen.print((char) key);
      }
      screen.flush();
    }
  }

  private boolean askKeep() throws IOException {
    screen.print("\r\nSession ended. Keep the partial record in your journal? [y/n] ");
    screen.flush();
    while (true) {
      int key = keys.read();
      if (key == 'y' || key == 'Y' || key == NonBlockingReader.EOF) {
        return true;
      }
      if (key == 'n' || key == 'N') {
        return false;
      }
    }
  }
}
