package dev.limber.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain HTTP client aimed at one running server, for tests: no cookie jar, headers as given. */
public record Http(URI base, HttpClient client, Duration timeout, boolean heldToTheDocument) {
  public static Http to(int port) {
    return new Http(
        URI.create("http://127.0.0.1:" + port),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
        Duration.ofSeconds(20),
        true);
  }

  /**
   * A client for a port that does not serve the API (the management port): the OpenAPI document
   * does not describe its answers, so they are not held to it.
   */
  public static Http outsideTheApi(int port) {
    Http http = to(port);
    return new Http(http.base(), http.client(), http.timeout(), false);
  }

  /** The same client, waiting longer for each answer (for large bodies on a busy machine). */
  Http waitingUpTo(Duration longer) {
    return new Http(base, client, longer, heldToTheDocument);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET(), null);
  }

  public HttpResponse<String> post(String path, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        body);
  }

  /** A form post, as a browser sends it without JavaScript. */
  public HttpResponse<String> postForm(String path, String body, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        body);
  }

  public HttpResponse<String> post(String path, byte[] body, String... headers) {
    return send(
        request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        new String(body, StandardCharsets.UTF_8));
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send(request(path, headers).DELETE(), null);
  }

  /** Any method; a body is sent as JSON unless the headers name another type. */
  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = request(path, headers);
    boolean typed = false;
    for (int index = 0; index < headers.length; index += 2) {
      typed |= headers[index].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !body.isEmpty() && !typed) {
      builder.header("Content-Type", "application/json");
    }
    return send(
        builder.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)),
        body);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  /** Sends a request and holds the exchange to the OpenAPI document ({@link ContractTraffic}). */
  private HttpResponse<String> send(HttpRequest.Builder builder, String body) {
    try {
      HttpRequest request = builder.build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (heldToTheDocument) {
        ContractTraffic.hold(ApiContract.Exchange.of(response, body));
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
