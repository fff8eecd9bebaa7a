package dev.limber.web.http;

import dev.limber.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a malformed request line, a URI or headers too large: 400, 414, 431,
 * and any error Jetty raises before Limber's routes run, whatever the method) as problem+json with
 * the same security headers as every other answer, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
  ProblemErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  /** Jetty answers PUT, DELETE, PATCH and the rest without a body unless told otherwise. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    SecurityHeaders.apply(null, false, (name, value) -> fields.put(new HttpField(name, value)));
    return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    int status = response.getStatus();
    response.resetBuffer();
    response.setContentType(Problem.CONTENT_TYPE);
    SecurityHeaders.apply(request.getRequestURI(), request.isSecure(), response::setHeader);
    response.getOutputStream().write(body(status).getBytes(StandardCharsets.UTF_8));
  }

  static String body(int status) {
    String reason = HttpStatus.getMessage(status);
    String detail =
        switch (status) {
          case 400 -> "the request is not well-formed HTTP";
          case 414 -> "the URI is too long";
          case 431 -> "the request headers are too large";
          default -> "the server answered " + status + " " + reason;
        };
    return Json.write(Problem.of(status, "http-" + status, reason, detail));
  }
}
