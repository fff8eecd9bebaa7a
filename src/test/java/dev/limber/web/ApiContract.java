package dev.limber.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's OpenAPI 3.1 document (the resource the server serves) as a contract that one HTTP
 * exchange either keeps or breaks: the operation, its parameters, the request body, the status and
 * the response body, with the schemas checked by a JSON Schema 2020-12 validator in the OpenAPI 3.1
 * dialect. Parsed once per JVM; safe for concurrent use.
 */
public final class ApiContract {
  private static final String RESOURCE = "dev/limber/web/api/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final List<PathTemplate> templates;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private ApiContract() {
    try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      document = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + RESOURCE, e);
    }
    List<PathTemplate> found = new ArrayList<>();
    document.get("paths").fieldNames().forEachRemaining(path -> found.add(PathTemplate.of(path)));
    // A literal segment wins over a template one: /api/clinician/codes before /{id}.
    found.sort(Comparator.comparingInt(PathTemplate::parameterCount));
    templates = List.copyOf(found);
    registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  private static final class Holder {
    private static final ApiContract SHARED = new ApiContract();
  }

  public static ApiContract shared() {
    return Holder.SHARED;
  }

  /** One request and its answer, as the test client saw them; bodies are text or null. */
  public record Exchange(
      String method,
      String pathAndQuery,
      Optional<String> requestType,
      String requestBody,
      int status,
      Optional<String> responseType,
      String responseBody) {
    /** The exchange a response answers, given the body that was sent (null for none). */
    public static Exchange of(java.net.http.HttpResponse<String> response, String requestBody) {
      java.net.URI uri = response.request().uri();
      return new Exchange(
          response.request().method(),
          uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
          response.request().headers().firstValue("Content-Type"),
          requestBody,
          response.statusCode(),
          response.headers().firstValue("Content-Type"),
          response.body());
    }
  }

  /** What the contract says of an exchange. */
  public record Verdict(
      boolean covered, String operation, List<String> disagreements, List<String> requestProblems) {
    static Verdict notCovered() {
      return new Verdict(false, "", List.of(), List.of());
    }
  }

  /** The parsed document, for tools that read it (the fuzzer); not to be changed. */
  JsonNode document() {
    return document;
  }

  /** Every operation the document describes, as "METHOD /path/{template}". */
  public List<String> operations() {
    List<String> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            item ->
                item.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (!"parameters".equals(method)) {
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + item.getKey());
                          }
                        }));
    return operations;
  }

  /**
   * Checks an exchange on a path under {@code /api/} or one the document names; other paths (pages,
   * assets) are not covered. An undocumented path or method is a disagreement unless answered 404
   * or 405; a request the document refuses must be answered with a client error.
   */
  public Verdict check(Exchange exchange) {
    int queryAt = exchange.pathAndQuery().indexOf('?');
    String path =
        queryAt < 0 ? exchange.pathAndQuery() : exchange.pathAndQuery().substring(0, queryAt);
    String query = queryAt < 0 ? "" : exchange.pathAndQuery().substring(queryAt + 1);
    String method = exchange.method().toLowerCase(Locale.ROOT);
    String asked = exchange.method() + " " + path;
    Optional<Map.Entry<PathTemplate, Map<String, String>>> matched = match(path);
    if (matched.isEmpty()) {
      if (!path.startsWith("/api/")) {
        return Verdict.notCovered();
      }
      return new Verdict(true, asked, absentUnlessRefused(asked, exchange.status()), List.of());
    }
    PathTemplate template = matched.get().getKey();
    String itemPointer = "/paths/" + escape(template.text());
    JsonNode operation = document.at(itemPointer).get(method);
    String named = exchange.method() + " " + template.text();
    if (operation == null) {
      return new Verdict(true, named, absentUnlessRefused(named, exchange.status()), List.of());
    }
    String operationPointer = itemPointer + "/" + method;
    List<String> requestProblems = new ArrayList<>();
    requestProblems.addAll(
        parameterProblems(itemPointer, operationPointer, matched.get().getValue(), query));
    requestProblems.addAll(requestBodyProblems(operationPointer, exchange));
    List<String> disagreements = new ArrayList<>(responseProblems(operationPointer, exchange));
    if (!requestProblems.isEmpty() && exchange.status() < 400) {
      disagreements.add(
          "the server answered "
              + exchange.status()
              + " to a request the document refuses: "
              + String.join("; ", requestProblems));
    }
    if (exchange.status() == 500) {
      disagreements.add("the server failed: " + exchange.responseBody());
    }
    return new Verdict(
        true,
        named,
        disagreements.stream()
            .map(text -> named + " -> " + exchange.status() + ": " + text)
            .toList(),
        requestProblems);
  }

  private static List<String> absentUnlessRefused(String asked, int status) {
    if (status == 404 || status == 405) {
      return List.of();
    }
    return List.of(
        asked
            + " -> "
            + status
            + ": the document describes no such operation, yet the server"
            + " answered it");
  }

  private Optional<Map.Entry<PathTemplate, Map<String, String>>> match(String path) {
    for (PathTemplate template : templates) {
      Optional<Map<String, String>> values = template.match(path);
      if (values.isPresent()) {
        return Optional.of(Map.entry(template, values.get()));
      }
    }
    return Optional.empty();
  }

  private List<String> parameterProblems(
      String itemPointer, String operationPointer, Map<String, String> pathValues, String query) {
    Map<String, String> declared = new LinkedHashMap<>();
    for (String owner : List.of(itemPointer, operationPointer)) {
      JsonNode parameters = document.at(owner + "/parameters");
      for (int index = 0; index < parameters.size(); index++) {
        String pointer = owner + "/parameters/" + index;
        JsonNode parameter = resolve(pointer).node();
        // An operation's parameter replaces the path item's of the same name and place.
        declared.put(
            parameter.path("in").asText() + " " + parameter.path("name").asText(), pointer);
      }
    }
    Map<String, String> queryValues = queryValues(query);
    List<String> problems = new ArrayList<>();
    declared.forEach(
        (key, pointer) -> {
          Located parameter = resolve(pointer);
          String in = parameter.node().path("in").asText();
          String name = parameter.node().path("name").asText();
          String value =
              switch (in) {
                case "path" -> pathValues.get(name);
                case "query" -> queryValues.get(name);
                default -> null;
              };
          if (value == null) {
            if (parameter.node().path("required").asBoolean(false) && !"header".equals(in)) {
              problems.add("the " + in + " parameter '" + name + "' is required and missing");
            }
            return;
          }
          String schemaPointer = parameter.pointer() + "/schema";
          for (Error error :
              schema(schemaPointer).validate(typed(value, document.at(schemaPointer)))) {
            problems.add(
                "the " + in + " parameter '" + name + "'=" + value + ": " + error.getMessage());
          }
        });
    return problems;
  }

  private List<String> requestBodyProblems(String operationPointer, Exchange exchange) {
    Located requestBody = resolve(operationPointer + "/requestBody");
    boolean sent = exchange.requestBody() != null && !exchange.requestBody().isEmpty();
    if (requestBody.node().isMissingNode()) {
      return List.of();
    }
    if (!sent) {
      return requestBody.node().path("required").asBoolean(false)
          ? List.of("the request body is required and missing")
          : List.of();
    }
    String type = exchange.requestType().map(ApiContract::mediaType).orElse("");
    Optional<String> documented = documentedType(requestBody, type);
    if (documented.isEmpty()) {
      return List.of("the request body's type '" + type + "' is not one the operation takes");
    }
    String schemaPointer =
        requestBody.pointer() + "/content/" + escape(documented.get()) + "/schema";
    return bodyProblems("the request body", schemaPointer, type, exchange.requestBody());
  }

  private List<String> responseProblems(String operationPointer, Exchange exchange) {
    String responses = operationPointer + "/responses";
    String status = String.valueOf(exchange.status());
    String key =
        document.at(responses).has(status)
            ? status
            : document.at(responses).has(status.charAt(0) + "XX")
                ? status.charAt(0) + "XX"
                : document.at(responses).has("default") ? "default" : null;
    if (key == null) {
      List<String> listed = new ArrayList<>();
      document.at(responses).fieldNames().forEachRemaining(listed::add);
      return List.of("the document does not list this status (it lists " + listed + ")");
    }
    Located response = resolve(responses + "/" + key);
    boolean answered = exchange.responseBody() != null && !exchange.responseBody().isEmpty();
    JsonNode content = response.node().path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return answered && !"HEAD".equals(exchange.method())
          ? List.of("the server sent a body where the document describes none")
          : List.of();
    }
    String type = exchange.responseType().map(ApiContract::mediaType).orElse("");
    Optional<String> documented = documentedType(response, type);
    if (documented.isEmpty()) {
      List<String> listed = new ArrayList<>();
      content.fieldNames().forEachRemaining(listed::add);
      return List.of(
          "the response's type '" + type + "' is not documented (it lists " + listed + ")");
    }
    if (!answered) {
      return "HEAD".equals(exchange.method())
          ? List.of()
          : List.of("the response has no body where the document describes one");
    }
    String schemaPointer = response.pointer() + "/content/" + escape(documented.get()) + "/schema";
    return bodyProblems("the response body", schemaPointer, type, exchange.responseBody());
  }

  private List<String> bodyProblems(String what, String schemaPointer, String type, String body) {
    if (document.at(schemaPointer).isMissingNode() || !isJson(type)) {
      return List.of();
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (IOException e) {
      return List.of(what + " is not JSON: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    for (Error error : schema(schemaPointer).validate(parsed)) {
      problems.add(what + " at " + error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private Optional<String> documentedType(Located owner, String type) {
    JsonNode content = owner.node().path("content");
    if (content.has(type)) {
      return Optional.of(type);
    }
    for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equals("*/*")
          || name.endsWith("/*") && type.startsWith(name.substring(0, name.length() - 1))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer,
        key ->
            registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + fragment(key))));
  }

  /** The node a pointer names, following a {@code $ref} within the document. */
  private Located resolve(String pointer) {
    JsonNode node = document.at(pointer);
    for (int hops = 0; node.has("$ref") && hops < 8; hops++) {
      String reference = node.get("$ref").asText();
      if (!reference.startsWith("#/")) {
        throw new IllegalStateException("a reference outside the document: " + reference);
      }
      pointer = reference.substring(1);
      node = document.at(pointer);
    }
    return new Located(pointer, node);
  }

  private record Located(String pointer, JsonNode node) {}

  /**
   * A parameter's text as the JSON value its schema's type names, or as text when it is not one.
   */
  private static JsonNode typed(String value, JsonNode schema) {
    String type = schema.path("type").asText("");
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    try {
      return switch (type) {
        case "integer" -> nodes.numberNode(new BigInteger(value));
        case "number" -> nodes.numberNode(new BigDecimal(value));
        case "boolean" ->
            "true".equals(value) || "false".equals(value)
                ? nodes.booleanNode(Boolean.parseBoolean(value))
                : nodes.textNode(value);
        default -> nodes.textNode(value);
      };
    } catch (NumberFormatException notANumber) {
      return nodes.textNode(value);
    }
  }

  private static Map<String, String> queryValues(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return values;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      values.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
    }
    return values;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String type) {
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as a URI fragment: the characters a fragment cannot hold, percent-encoded. */
  private static String fragment(String pointer) {
    return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
  }

  /** One path of the document, such as {@code /api/tokens/{id}}, matched against a request path. */
  private record PathTemplate(String text, Pattern pattern, List<String> names) {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    static PathTemplate of(String text) {
      List<String> names = new ArrayList<>();
      StringBuilder regex = new StringBuilder();
      Matcher matcher = PARAMETER.matcher(text);
      int last = 0;
      while (matcher.find()) {
        regex.append(Pattern.quote(text.substring(last, matcher.start()))).append("([^/]+)");
        names.add(matcher.group(1));
        last = matcher.end();
      }
      regex.append(Pattern.quote(text.substring(last)));
      return new PathTemplate(text, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    int parameterCount() {
      return names.size();
    }

    Optional<Map<String, String>> match(String path) {
      Matcher matcher = pattern.matcher(path);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int index = 0; index < names.size(); index++) {
        values.put(names.get(index), decode(matcher.group(index + 1)));
      }
      return Optional.of(values);
    }
  }
}
