package dev.limber.account;

/** A person with an account: an opaque id (the owner of their journal) and their e-mail address. */
public record Account(String id, String email) {
  public Account {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("account id is required");
    }
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("email is required for account " + id);
    }
  }
}
