package dev.limber.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real command line in a pseudo-terminal: {@code limber} runs inside a tmux pane of a given
 * size, keys are sent with send-keys, and the screen is read back with capture-pane each time the
 * pane draws (a tmux control client reports every output), until the expected text appears or a
 * deadline passes. tmux comes from scripts/setup.sh.
 */
final class TmuxPane implements AutoCloseable {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  /** Where the tests leave what the panes showed, for people to look at. */
  static final Path CAPTURES = Path.of("target", "screenshots", "terminal");

  private final String socket =
      "limber-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  /** A tmux control client attached to the pane: it prints a line each time the pane draws. */
  private Process control;

  /** One element for each time the pane drew since the screen was last read. */
  private final BlockingQueue<String> drawn = new LinkedBlockingQueue<>();

  private TmuxPane() {}

  /**
   * Runs {@code limber} with {@code arguments} in a new pane of {@code columns} × {@code rows},
   * with {@code environment} (NAME=value) set besides the ones given; after it ends the pane shows
   * {@code LIMBER-EXIT=} and its exit code.
   */
  static TmuxPane run(int columns, int rows, List<String> environment, List<String> arguments)
      throws Exception {
    try {
      command("tmux", "-V");
    } catch (IOException e) {
      fail("tmux is needed for the pseudo-terminal tests; scripts/setup.sh installs it", e);
    }
    TmuxPane pane = new TmuxPane();
    pane.start(columns, rows, environment, arguments);
    return pane;
  }

  private void start(int columns, int rows, List<String> environment, List<String> arguments)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add("env");
    command.addAll(environment);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short run: the first compiler tier and the serial collector start it soonest.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.add("-cp");
    command.add(classPath());
    command.add("dev.limber.Main");
    command.addAll(arguments);
    String shell =
        String.join(" ", command.stream().map(TmuxPane::quoted).toList())
            + "; echo LIMBER-EXIT=$?; sleep 600";
    command(
        "tmux",
        "-L",
        socket,
        "new-session",
        "-d",
        "-s",
        "go",
        "-x",
        Integer.toString(columns),
        "-y",
        Integer.toString(rows),
        shell);
    control =
        new ProcessBuilder("tmux", "-L", socket, "-C", "attach-session", "-t", "go")
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(control.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  if (line.startsWith("%output") || line.startsWith("%exit")) {
                    drawn.add(line);
                  }
                }
              } catch (IOException e) {
                drawn.add("%exit " + e.getMessage());
              }
            },
            "tmux-control-" + socket);
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void close() throws Exception {
    if (control != null) {
      control.getOutputStream().close();
      control.destroy();
    }
    new ProcessBuilder("tmux", "-L", socket, "kill-server")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }

  void keys(String... keys) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", "go"));
    command.addAll(List.of(keys));
    command(command.toArray(String[]::new));
  }

  /** Types {@code text} as it is (no key names), then Enter. */
  void typeLine(String text) throws Exception {
    if (!text.isEmpty()) {
      command("tmux", "-L", socket, "send-keys", "-t", "go", "-l", text);
    }
    keys("Enter");
  }

  void resize(int columns, int rows) throws Exception {
    command(
        "tmux",
        "-L",
        socket,
        "resize-window",
        "-t",
        "go",
        "-x",
        Integer.toString(columns),
        "-y",
        Integer.toString(rows));
  }

  /**
   * Reads the visible screen now and again each time the pane draws, until it satisfies {@code
   * expected}; fails at the deadline.
   */
  String awaitScreen(Predicate<String> expected) throws Exception {
    return await(expected, this::screen);
  }

  /** As {@link #awaitScreen}, for everything the pane has shown. */
  String awaitHistory(Predicate<String> expected) throws Exception {
    return await(expected, this::history);
  }

  private interface Capture {
    String read() throws Exception;
  }

  private String await(Predicate<String> expected, Capture capture) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      // Emptied before the read: whatever the pane draws after it leaves a line to wake on.
      drawn.clear();
      String shown = capture.read();
      if (expected.test(shown)) {
        return shown;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || drawn.poll(left, TimeUnit.NANOSECONDS) == null) {
        throw new AssertionError(
            "the screen never showed what was expected; last screen:\n" + capture.read());
      }
    }
  }

  /** The visible screen, line by line as the pane shows it. */
  String screen() throws Exception {
    return command("tmux", "-L", socket, "capture-pane", "-p", "-t", "go");
  }

  /** Everything the pane has shown, scrolled-off lines included, lines the pane wrapped joined. */
  String history() throws Exception {
    return command("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "go");
  }

  /**
   * Everything the pane has shown, scrolled-off lines included, each row as a person sees it: a
   * line too long for the pane shows as the rows the terminal broke it into.
   */
  String rows() throws Exception {
    return command("tmux", "-L", socket, "capture-pane", "-p", "-S", "-", "-t", "go");
  }

  /** Where the cursor is: its row counted from the top of the history, and the row before it. */
  record Cursor(int row, String before) {}

  Cursor cursor() throws Exception {
    String[] position =
        command(
                "tmux",
                "-L",
                socket,
                "display-message",
                "-p",
                "-t",
                "go",
                "#{cursor_x} #{cursor_y} #{history_size}")
            .strip()
            .split(" ");
    int column = Integer.parseInt(position[0]);
    int row = Integer.parseInt(position[1]);
    List<String> lines = screen().lines().toList();
    // capture-pane leaves out a row's trailing spaces; the cursor's column says where it ends.
    String line = (row < lines.size() ? lines.get(row) : "") + " ".repeat(column);
    return new Cursor(Integer.parseInt(position[2]) + row, line.substring(0, column));
  }

  /** Saves {@code text} under {@link #CAPTURES} as {@code name}, for people to look at. */
  static void save(String name, String text) throws IOException {
    Files.createDirectories(CAPTURES);
    Files.writeString(CAPTURES.resolve(name), text.stripTrailing() + "\n");
  }

  /** The test class path as surefire knows it, so the command runs from the compiled classes. */
  private static String classPath() {
    String testClassPath = System.getProperty("surefire.test.class.path");
    return testClassPath != null ? testClassPath : System.getProperty("java.class.path");
  }

  private static String command(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
