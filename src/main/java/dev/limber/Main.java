package dev.limber;

import dev.limber.catalog.Catalog;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.TechniqueCommand;
import dev.limber.cli.TechniquesCommand;
import java.util.List;
import java.util.function.Supplier;

/** Limber's entry point: wires the core and the adapters by hand, loading each only when used. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(cli().run(args, Io.system()));
  }

  /** The command line with every command wired; services are created on first use. */
  public static Cli cli() {
    Supplier<Catalog> catalog = memoize(Catalog::bundled);
    return new Cli(
        version(), List.of(new TechniquesCommand(catalog), new TechniqueCommand(catalog)));
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
