package dev.limber.web.pages;

import dev.limber.web.http.Caller;
import java.util.Optional;

/**
 * Who is looking at a page: a signed-in account (with its login session's CSRF token) or an
 * anonymous visitor (with the token of the form cookie). Pages decide nothing from a bearer token.
 *
 * @param caller the signed-in caller, empty when anonymous
 * @param email the signed-in account's address, empty when anonymous
 * @param csrfToken the token the visitor's forms must send back
 */
record Visitor(Optional<Caller> caller, Optional<String> email, String csrfToken) {
  boolean signedIn() {
    return caller.isPresent();
  }
}
