package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiContractTest {
  private static final ApiContract CONTRACT = ApiContract.shared();
  private static final Optional<String> JSON = Optional.of("application/json");
  private static final Optional<String> PROBLEM = Optional.of("application/problem+json");

  @Test
  void anExchangeAsDocumentedKeepsTheContract() {
    ApiContract.Verdict verdict =
        CONTRACT.check(
            new ApiContract.Exchange(
                "GET", "/health", Optional.empty(), null, 200, JSON, "{\"status\":\"UP\"}"));

    assertThat(verdict.covered()).isTrue();
    assertThat(verdict.disagreements()).isEmpty();
  }

  @Test
  void anUndocumentedStatusIsADisagreementNamingTheListedOnes() {
    ApiContract.Verdict verdict =
        CONTRACT.check(
            new ApiContract.Exchange(
                "GET", "/api/techniques", Optional.empty(), null, 418, PROBLEM, "{}"));

    assertThat(verdict.disagreements())
        .singleElement()
        .asString()
        .contains("GET /api/techniques -> 418", "does not list this status", "200");
  }

  @Test
  void aResponseBodyOutsideItsSchemaIsADisagreementNamingWhere() {
    ApiContract.Verdict verdict =
        CONTRACT.check(
            new ApiContract.Exchange(
                "GET", "/api/techniques", Optional.empty(), null, 200, JSON, "[{\"id\":7}]"));

    assertThat(verdict.disagreements()).isNotEmpty();
    assertThat(String.join("\n", verdict.disagreements())).contains("/0/id");
  }

  @Test
  void aRequestTheDocumentRefusesMustBeRefused() {
    ApiContract.Exchange accepted =
        new ApiContract.Exchange(
            "GET", "/api/check-ins?days=0", Optional.empty(), null, 200, JSON, "[]");
    ApiContract.Exchange refused =
        new ApiContract.Exchange(
            "GET",
            "/api/check-ins?days=0",
            Optional.empty(),
            null,
            400,
            PROBLEM,
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"days\",\"errors\":{\"days\":\"at least 1\"}}");

    assertThat(CONTRACT.check(accepted).disagreements())
        .singleElement()
        .asString()
        .contains("a request the document refuses", "'days'=0");
    assertThat(CONTRACT.check(refused).requestProblems()).isNotEmpty();
  }

  @Test
  void anUndocumentedApiPathIsADisagreementUnlessTheServerSaysItIsNotThere() {
    ApiContract.Exchange answered =
        new ApiContract.Exchange("GET", "/api/nowhere", Optional.empty(), null, 200, JSON, "{}");
    ApiContract.Exchange missing =
        new ApiContract.Exchange("GET", "/api/nowhere", Optional.empty(), null, 404, PROBLEM, "{}");

    assertThat(CONTRACT.check(answered).disagreements())
        .singleElement()
        .asString()
        .contains("describes no such operation");
    assertThat(CONTRACT.check(missing).disagreements()).isEmpty();
  }

  @Test
  void pagesAreNotThisDocumentsBusiness() {
    ApiContract.Verdict verdict =
        CONTRACT.check(
            new ApiContract.Exchange(
                "GET", "/journal", Optional.empty(), null, 200, Optional.of("text/html"), "<p>"));

    assertThat(verdict.covered()).isFalse();
  }
}
