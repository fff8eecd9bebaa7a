package dev.limber.store;

/**
 * A second process for lock tests: opens the database named by its argument, prints "open", and
 * keeps it open until its standard input closes.
 */
public final class DatabaseHolder {
  private DatabaseHolder() {}

  public static void main(String[] args) throws Exception {
    try (Database database = Database.open(args[0])) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Holds the database until the test closes our input.
      }
    }
  }
}
