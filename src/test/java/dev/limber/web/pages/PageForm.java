package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A form of a page a {@link PageVisitor} read, filled in and sent as a browser without JavaScript
 * would: its hidden fields as they came, the checked boxes and the selected options, the text
 * typed, and the name and value of the button pressed (jsoup builds the form data set as HTML
 * says).
 */
final class PageForm {
  private final FormElement form;

  PageForm(FormElement form) {
    this.form = form;
  }

  /** The value of the named field as it would be sent now. */
  String value(String name) {
    return data().stream()
        .filter(field -> field.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name + " in " + form.outerHtml()));
  }

  /** Types {@code text} into the text field matching {@code selector}, replacing what it held. */
  PageForm fill(String selector, String text) {
    control(selector).val(text);
    return this;
  }

  /** Ticks the checkbox or chooses the radio button matching {@code selector}. */
  PageForm check(String selector) {
    Element box = control(selector);
    if (box.attr("type").equals("radio")) {
      form.select("input[type=radio][name=" + box.attr("name") + "]").removeAttr("checked");
    }
    box.attr("checked", true);
    return this;
  }

  /** Selects the option of {@code value} in the list matching {@code selector}. */
  PageForm select(String selector, String value) {
    Element list = control(selector);
    Element option = list.selectFirst("option[value=\"" + value + "\"]");
    assertThat(option).as("option %s of %s", value, selector).isNotNull();
    list.select("option").removeAttr("selected");
    option.attr("selected", true);
    return this;
  }

  /** Where the form goes: its action, or the page it came from when it has none. */
  String action() {
    return form.attr("action");
  }

  /**
   * The fields the form sends when {@code submitter} (a button of it, or null for Enter in a text
   * field) is pressed, in document order, a name repeated for each checked box that shares it.
   */
  List<Map.Entry<String, String>> data(String submitter) {
    List<Map.Entry<String, String>> fields = data();
    if (submitter != null) {
      Element button = form.selectFirst(submitter);
      assertThat(button).as("button %s", submitter).isNotNull();
      if (button.hasAttr("name")) {
        fields.add(Map.entry(button.attr("name"), button.attr("value")));
      }
    }
    return fields;
  }

  private List<Map.Entry<String, String>> data() {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Connection.KeyVal field : form.formData()) {
      fields.add(Map.entry(field.key(), field.value()));
    }
    return fields;
  }

  private Element control(String selector) {
    Element control = form.selectFirst(selector);
    assertThat(control).as("%s in the form", selector).isNotNull();
    assertThat(control.hasAttr("disabled")).as("%s is disabled", selector).isFalse();
    return control;
  }
}
