package dev.limber.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Values made from a JSON schema of the OpenAPI document, for fuzzing: mostly ones the schema
 * allows (its types, enums, bounds and required members), and with a set chance a mutation that it
 * refuses (a wrong type, null, a value past a bound, an unknown member, a long or odd text).
 * Deterministic for a seed.
 */
final class SchemaFuzz {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] ODD_TEXTS = {
    "",
    " ",
    "\u0000",
    "é",
    "😀",
    "\ud800",
    "<script>",
    "../../etc/passwd",
    "1e-150",
    "2999-01-01",
    "2026-11-29",
    "2026-11-29T10:00:00Z",
    "null",
    "-1",
    "x".repeat(5_000)
  };

  private final JsonNode document;
  private final Random random;
  private final double mutationChance;

  SchemaFuzz(JsonNode document, long seed, double mutationChance) {
    this.document = document;
    this.random = new Random(seed);
    this.mutationChance = mutationChance;
  }

  JsonNode value(JsonNode schema) {
    return value(schema, 0);
  }

  String text(JsonNode schema) {
    JsonNode value = value(schema);
    return value.isTextual() ? value.asText() : value.toString();
  }

  private JsonNode value(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (random.nextDouble() < mutationChance || depth > 6) {
      return mutation(schema);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
    }
    for (String choice : List.of("oneOf", "anyOf")) {
      if (schema.has(choice)) {
        return value(schema.get(choice).get(random.nextInt(schema.get(choice).size())), depth + 1);
      }
    }
    if (schema.has("allOf")) {
      ObjectNode merged = NODES.objectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode made = value(part, depth + 1);
        if (made.isObject()) {
          merged.setAll((ObjectNode) made);
        }
      }
      return merged;
    }
    String type = typeOf(schema);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> NODES.numberNode(between(schema, 0, 100));
      case "number" -> NODES.numberNode(BigDecimal.valueOf(between(schema, 0, 10)));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "null" -> NODES.nullNode();
      default -> NODES.textNode(string(schema));
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (required.contains(name) || random.nextBoolean()) {
        object.set(name, value(schema.get("properties").get(name), depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = schema.path("minItems").asInt(0) + random.nextInt(3);
    for (int index = 0; index < count; index++) {
      array.add(value(schema.path("items"), depth + 1));
    }
    return array;
  }

  private long between(JsonNode schema, long low, long high) {
    long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : low;
    long maximum = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(minimum, high);
    return minimum + (long) (random.nextDouble() * (maximum - minimum + 1));
  }

  private String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "date":
        return "2026-11-" + (10 + random.nextInt(19));
      case "date-time":
        return "2026-11-" + (10 + random.nextInt(19)) + "T08:00:00Z";
      case "email":
        return "fuzz" + random.nextInt(1_000_000) + "@example.org";
      default:
        int length = Math.max(schema.path("minLength").asInt(1), 1 + random.nextInt(12));
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
          text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
  }

  private JsonNode mutation(JsonNode schema) {
    return switch (random.nextInt(8)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode(ODD_TEXTS[random.nextInt(ODD_TEXTS.length)]);
      case 2 -> NODES.numberNode(new BigDecimal(random.nextBoolean() ? "1e-150" : "-1e300"));
      case 3 -> NODES.numberNode(schema.path("maximum").asLong(Integer.MAX_VALUE) + 1);
      case 4 -> NODES.booleanNode(true);
      case 5 -> NODES.arrayNode().add(NODES.objectNode());
      case 6 -> NODES.objectNode().put("unexpected", "member");
      default -> NODES.numberNode(schema.path("minimum").asLong(Integer.MIN_VALUE) - 1);
    };
  }

  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      return type.get(0).asText();
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") ? "object" : "string";
  }

  private JsonNode resolve(JsonNode schema) {
    for (int hops = 0; schema.has("$ref") && hops < 8; hops++) {
      schema = document.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }
}
