package dev.limber.web.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web app's own files (CSS, ES modules, the manifest, icons), served from the jar under {@code
 * /assets/}: nothing comes from another origin. Each answer carries a strong ETag and asks the
 * browser to revalidate, so a new release shows at once and an unchanged file costs a 304.
 */
public final class Assets {
  static final String ROOT = "/dev/limber/web/assets/";

  private static final Pattern NAME =
      Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg|webmanifest|png)");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "webmanifest", "application/manifest+json",
          "png", "image/png");

  // Only files that exist are kept: they are few, while missing names are as many as callers
  // invent.
  private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

  public void register(Javalin app) {
    app.get("/assets/{name}", context -> serve(context, context.pathParam("name")));
  }

  /** Serves {@code name} from the assets folder; 404 for any other name. */
  void serve(Context context, String name) {
    Asset asset =
        find(name).orElseThrow(() -> Problem.notFound("no asset named " + name).exception());
    context.header("ETag", asset.etag());
    context.header("Cache-Control", "no-cache");
    if (asset.etag().equals(context.header("If-None-Match"))) {
      context.status(304);
      return;
    }
    context.contentType(asset.type()).result(asset.bytes());
  }

  /** The asset called {@code name}, read once from the jar; a miss is looked up each time. */
  Optional<Asset> find(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Asset known = loaded.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Asset> read = read(name);
    read.ifPresent(asset -> loaded.putIfAbsent(name, asset));
    return read.map(asset -> loaded.get(name));
  }

  /** How many files are held in memory. */
  int remembered() {
    return loaded.size();
  }

  private static Optional<Asset> read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return Optional.of(new Asset(TYPES.get(extension), bytes, etag(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the asset " + name, e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** One file: its content type, its bytes and their ETag. */
  record Asset(String type, byte[] bytes, String etag) {}
}
