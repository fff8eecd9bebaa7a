package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.Http;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Authentication;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A browser without JavaScript, for plain HTTP tests of the pages: it keeps the cookies it is
 * given, sends back the form token of the last page it read, as a form does, and fills in and sends
 * that page's forms ({@link #form}) as a browser would, following the redirect after a post.
 */
final class PageVisitor {
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Http http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;
  private String lastPage = "";

  PageVisitor(Http http) {
    this.http = http;
  }

  HttpResponse<String> get(String path) {
    return keep(http.get(path, headers()));
  }

  /** Posts the fields as a form, with the last page's token unless the fields carry one. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    if (csrfToken != null) {
      all.put(Pages.CSRF_FIELD, csrfToken);
    }
    all.putAll(fields);
    all.values().removeIf(value -> value == null);
    return keep(http.postForm(path, encode(all), headers()));
  }

  /** Posts the fields without any form token. */
  HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
    return keep(http.postForm(path, encode(fields), headers()));
  }

  /** Posts a file as a form's file field, with the last page's token. */
  HttpResponse<String> upload(String path, String field, String fileName, String content) {
    String boundary = "----limber" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    body.append("--").append(boundary).append("\r\n");
    body.append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n");
    body.append(csrfToken).append("\r\n");
    body.append("--").append(boundary).append("\r\n");
    body.append("Content-Disposition: form-data; name=\"")
        .append(field)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\n");
    body.append("Content-Type: application/json\r\n\r\n");
    body.append(content).append("\r\n");
    body.append("--").append(boundary).append("--\r\n");
    List<String> headers = new ArrayList<>(List.of(headers()));
    headers.add("Content-Type");
    headers.add("multipart/form-data; boundary=" + boundary);
    return keep(
        http.post(
            path,
            body.toString().getBytes(StandardCharsets.UTF_8),
            headers.toArray(String[]::new)));
  }

  /** A JSON write to the API with the session cookie and the page's token as the CSRF header. */
  HttpResponse<String> api(String path, String json) {
    List<String> headers = new ArrayList<>(List.of(headers()));
    headers.add(Authentication.CSRF_HEADER);
    headers.add(csrfToken);
    return http.post(path, json, headers.toArray(String[]::new));
  }

  HttpResponse<String> apiGet(String path) {
    return http.get(path, headers());
  }

  /** The last page read, parsed. */
  Document page() {
    return Jsoup.parse(lastPage, http.base().toString());
  }

  /** The form matching {@code selector} on the last page read, as it came. */
  PageForm form(String selector) {
    Element form = page().selectFirst(selector);
    assertThat(form)
        .as("a form %s on the page:%n%s", selector, lastPage)
        .isInstanceOf(FormElement.class);
    return new PageForm((FormElement) form);
  }

  /**
   * Sends {@code form} as pressing its button {@code submitter} does (null: Enter in a text field)
   * and, like a browser, follows a redirect to the page it names.
   */
  HttpResponse<String> submit(PageForm form, String submitter) {
    String body =
        form.data(submitter).stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response = keep(http.postForm(form.action(), body, headers()));
    // A browser follows a chain of redirects (sign-in lands on /signed-in, which names the page).
    for (int hops = 0; hops < 5 && isRedirect(response); hops++) {
      response = get(response.headers().firstValue("Location").orElseThrow());
    }
    return response;
  }

  private static boolean isRedirect(HttpResponse<String> response) {
    return response.statusCode() == 303 || response.statusCode() == 302;
  }

  /**
   * Signs up (and so in) through the sign-up page's own form, as a person without JavaScript would,
   * with {@link ServerFixture#PASSWORD}; fails unless it lands on the journal.
   */
  void signUpAndIn(String email) {
    get("/sign-up");
    PageForm signUp = form("form[action='/sign-up']");
    signUp.fill("#email", email).fill("#password", ServerFixture.PASSWORD);
    // Signing up signs in and lands on the journal.
    HttpResponse<String> journal = submit(signUp, "button[type=submit]");
    assertThat(journal.uri().getPath()).as(journal.body()).isEqualTo("/journal");
  }

  String csrfToken() {
    return csrfToken;
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  private String[] headers() {
    if (cookies.isEmpty()) {
      return new String[] {"Accept", "text/html"};
    }
    String cookie =
        cookies.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + entry.getValue())
            .collect(Collectors.joining("; "));
    return new String[] {"Accept", "text/html", "Cookie", cookie};
  }

  private HttpResponse<String> keep(HttpResponse<String> response) {
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.substring(0, setCookie.indexOf(';'));
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    lastPage = response.body();
    if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
      // Every page a test visits says what it is to search results and link previews.
      Element description = page().selectFirst("head meta[name=description]");
      assertThat(description).as("a meta description on %s", response.uri()).isNotNull();
      assertThat(description.attr("content"))
          .as("its text on %s", response.uri())
          .hasSizeGreaterThan(40);
    }
    Matcher token = TOKEN.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
