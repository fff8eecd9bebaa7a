package dev.limber.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Bytes on a socket, for requests no well-behaved client sends (malformed, truncated, oversized
 * heads); answers the whole response text the server wrote before closing or going quiet.
 */
final class RawHttp {
  private RawHttp() {}

  static String exchange(int port, String request, Duration readTimeout) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout((int) readTimeout.toMillis());
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
        answer.write(buffer, 0, count);
        String text = answer.toString(StandardCharsets.UTF_8);
        if (isComplete(text)) {
          break;
        }
      }
    } catch (java.net.SocketTimeoutException quiet) {
      // The server wrote all it will; what came is the answer.
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  private static boolean isComplete(String text) {
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return false;
    }
    String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
    int lengthAt = head.indexOf("content-length:");
    if (lengthAt < 0) {
      return false;
    }
    int lineEnd = head.indexOf("\r\n", lengthAt);
    int length =
        Integer.parseInt(
            head.substring(
                    lengthAt + "content-length:".length(), lineEnd < 0 ? head.length() : lineEnd)
                .trim());
    return text.getBytes(StandardCharsets.UTF_8).length >= headEnd + 4 + length;
  }
}
