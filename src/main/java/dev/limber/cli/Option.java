package dev.limber.cli;

/**
 * One option of a command: {@code --name}, whether it takes a value, whether it may repeat, and the
 * help line. A value-taking repeatable option also takes several values after one flag ({@code
 * --tag STRETCH SEATED}).
 */
public record Option(String name, String valueLabel, boolean repeatable, String help) {
  public static Option flag(String name, String help) {
    return new Option(name, null, false, help);
  }

  public static Option value(String name, String valueLabel, String help) {
    return new Option(name, valueLabel, false, help);
  }

  public static Option values(String name, String valueLabel, String help) {
    return new Option(name, valueLabel, true, help);
  }

  public boolean takesValue() {
    return valueLabel != null;
  }

  String synopsis() {
    return "--" + name + (takesValue() ? " " + valueLabel + (repeatable ? " ..." : "") : "");
  }
}
