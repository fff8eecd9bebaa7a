package dev.limber.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {
  enum Color {
    RED,
    GREEN
  }

  @Test
  void rejectsEveryWrongTypeWithoutCoercing() {
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(
            Json.parse("{\"n\": \"7\", \"m\": 5.5, \"b\": \"yes\", \"c\": \"BLUE\", \"x\": 1}"),
            "body",
            errors);

    fields.allowOnly("n", "m", "b", "c");
    fields.integer("n", 0, 10);
    fields.integer("m", 0, 10);
    fields.bool("b");
    fields.enumValue("c", Color.class);
    fields.integer("missing", 0, 10);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("x", "n", "m", "b", "c", "missing");
  }

  @Test
  void reportsNestedPathsAndRepeatedCodes() {
    List<FieldError> errors = new ArrayList<>();
    Fields root =
        Fields.root(Json.parse("{\"inner\": {\"colors\": [\"RED\", \"RED\", 3]}}"), "body", errors);

    root.object("inner").enumSet("colors", Color.class);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("inner.colors[1]", "inner.colors[2]");
  }

  @Test
  void rejectsOutOfRangeValuesNamingThem() {
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(Json.parse("{\"pain\": 11}"), "body", errors);

    Integer pain = root.integer("pain", 0, 10);

    assertThat(pain).isNull();
    assertThat(errors.get(0).message()).isEqualTo("must be from 0 to 10, found 11");
  }
}
