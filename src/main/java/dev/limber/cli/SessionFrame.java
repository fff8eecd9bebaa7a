package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.session.Player;
import dev.limber.session.Segment;
import dev.limber.session.SegmentKind;
import dev.limber.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The terminal player's screen laid out as lines for a width and a height: the clock and bars, the
 * segment with its cues, a step's question, what comes next and the keys. Draws nothing itself.
 */
final class SessionFrame {
  /**
   * What the player adds to the session's own state at one moment: a notice, whether it stopped,
   * the seconds of the get-ready count still to run, the step being asked with its state word, and
   * the score typed so far (null when none is asked).
   */
  record Moment(
      String notice,
      boolean stopped,
      OptionalLong readySeconds,
      List<StepLine> step,
      String stepState,
      String typed) {}

  private final Catalog catalog;

  SessionFrame(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The lines of one frame, none wider than {@code width}, at most {@code rows - 1} of them. */
  List<String> lines(Player player, Moment moment, int width, int rows) {
    if (player.state() == Player.State.ENDED) {
      List<String> lines = new ArrayList<>();
      lines.add("Limber guided session: ended");
      lines.add("");
      lines.addAll(TextWrap.wrap(moment.notice(), width, "", ""));
      return lines;
    }
    int barWidth = Math.max(10, Math.min(40, width - 24));
    Timeline timeline = player.timeline();
    Segment segment = player.current();
    long played = Math.round(player.sessionProgress() * timeline.totalSeconds());
    String state;
    if (!moment.stepState().isEmpty()) {
      state = moment.stepState();
    } else if (moment.stopped()) {
      state = "STOPPED";
    } else if (moment.readySeconds().isPresent()) {
      long left = moment.readySeconds().getAsLong();
      state =
          "GET READY: "
              + Math.min(left, TerminalPlayer.GET_READY.toSeconds())
              + " (space to start now)";
    } else if (player.state() == Player.State.PAUSED) {
      state = "PAUSED: space to go on";
    } else {
      state = "";
    }
    List<String> top = new ArrayList<>();
    top.addAll(
        TextWrap.wrap(
            "Limber guided session "
                + PlanReport.clock(played)
                + " of "
                + PlanReport.clock(timeline.totalSeconds())
                + (state.isEmpty() ? "" : "  " + state),
            width,
            "",
            ""));
    top.add(
        "Session " + bar(player.sessionProgress(), barWidth) + percent(player.sessionProgress()));
    top.add("");
    top.addAll(TextWrap.wrap(segment.label(), width, "Now:  ", "      "));
    if (segment.kind() != SegmentKind.PAIN_CHECK) {
      long left = (long) Math.ceil(player.remainingInSegment().toMillis() / 1000.0);
      top.add("      " + bar(player.segmentProgress(), barWidth) + " " + left + " s left");
    }
    if (!moment.step().isEmpty()) {
      // A step asks one thing: the cues, what comes next and the keys would only distract.
      top.add("");
      for (StepLine line : moment.step()) {
        top.addAll(TextWrap.wrap(line.text(), width, line.first(), line.rest()));
      }
      if (moment.typed() != null) {
        top.addAll(TextWrap.wrap(moment.typed(), width - 3, "", ""));
      }
      return top.size() < rows ? top : top.subList(top.size() - Math.max(1, rows - 1), top.size());
    }
    List<List<String>> wrappedCues = new ArrayList<>();
    List<String> cueLines = new ArrayList<>();
    for (String cue : cues(segment)) {
      wrappedCues.add(cueLines(cue, width));
      cueLines.addAll(wrappedCues.get(wrappedCues.size() - 1));
    }
    List<String> bottom = new ArrayList<>();
    bottom.add("");
    bottom.addAll(
        TextWrap.wrap(
            player.next().map(Segment::label).orElse("the end"), width, "Next: ", "      "));
    bottom.add("");
    if (!moment.notice().isEmpty()) {
      bottom.addAll(TextWrap.wrap(moment.notice(), width, "", ""));
    }
    if (player.state() != Player.State.AWAITING_PAIN) {
      // While a score is typed the keys do nothing, so the legend would mislead.
      bottom.addAll(
          TextWrap.joinItems(TerminalPlayer.MOVING_KEYS, TerminalPlayer.KEY_SEPARATOR, width));
      bottom.addAll(
          TextWrap.joinItems(TerminalPlayer.STOPPING_KEYS, TerminalPlayer.KEY_SEPARATOR, width));
    }
    int room = rows - 1 - top.size() - bottom.size();
    if (cueLines.size() > room) {
      // Whole cues only: a step cut after its first lines would read as a different step.
      cueLines = new ArrayList<>();
      for (List<String> cue : wrappedCues) {
        if (cueLines.size() + cue.size() > room - 1) {
          break;
        }
        cueLines.addAll(cue);
      }
      if (room >= 1) {
        cueLines.add("      (more when the window is taller)");
      }
    }
    List<String> lines = new ArrayList<>(top);
    lines.addAll(cueLines);
    lines.addAll(bottom);
    return lines;
  }

  /** A numbered step keeps its number hanging; any other cue is indented under "Now:". */
  private static List<String> cueLines(String cue, int width) {
    int space = cue.indexOf(' ');
    if (space > 0 && cue.substring(0, space).matches("[0-9]+\\.")) {
      String number = cue.substring(0, space + 1);
      return TextWrap.wrap(
          cue.substring(space + 1), width, "      " + number, " ".repeat(6 + number.length()));
    }
    return TextWrap.wrap(cue, width, "      ", "      ");
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
}
