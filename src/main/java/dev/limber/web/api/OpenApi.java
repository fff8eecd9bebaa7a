package dev.limber.web.api;

import dev.limber.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the API, kept by hand beside the routes and checked against them;
 * served with {@code servers} naming the public URL.
 */
public final class OpenApi {
  static final String RESOURCE = "/dev/limber/web/api/openapi.json";
  private static volatile String document;
  private static volatile Served served;

  private OpenApi() {}

  public static String document() {
    String loaded = document;
    if (loaded == null) {
      try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        loaded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("read " + RESOURCE, e);
      }
      document = loaded;
    }
    return loaded;
  }

  /** The document with {@code servers} naming {@code url}, where people reach this server. */
  @SuppressWarnings("unchecked")
  public static String document(String url) {
    Served cached = served;
    if (cached == null || !cached.url().equals(url)) {
      Map<String, Object> parsed =
          new LinkedHashMap<>((Map<String, Object>) Json.parse(document()));
      parsed.put("servers", List.of(Map.of("url", url)));
      cached = new Served(url, Json.write(parsed));
      served = cached;
    }
    return cached.text();
  }

  /** The document as served at one address. */
  private record Served(String url, String text) {}
}
