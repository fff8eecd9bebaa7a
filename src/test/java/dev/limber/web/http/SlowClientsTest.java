package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow clients on loopback (the attackers on 127.0.0.2 and up, the person asking for /health on
 * 127.0.0.1) cannot take every thread: bodies that stall hold a few threads per address at most.
 */
class SlowClientsTest {
  private static final int SLOW_CONNECTIONS = 300;
  private static final int ATTACKING_ADDRESSES = 10;
  private static final String SLOW_HEAD =
      "POST /api/account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 1000\r\n\r\n{";

  @RegisterExtension static final H2Server server = new H2Server();

  private final List<Socket> sockets = new ArrayList<>();

  @AfterEach
  void closeSockets() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  @Test
  void healthAnswersWithinTwoSecondsWhileThreeHundredBodiesStall() throws IOException {
    for (int index = 0; index < SLOW_CONNECTIONS; index++) {
      Socket socket = connect(attacker(index % ATTACKING_ADDRESSES));
      // The first byte of the body makes Jetty hand the request to a thread, which then waits.
      socket.getOutputStream().write(SLOW_HEAD.getBytes(StandardCharsets.ISO_8859_1));
    }

    List<Long> millis = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int probe = 0; probe < 20; probe++) {
      long started = System.nanoTime();
      answers.add(
          RawHttp.exchange(
              server.fixture.server.port(),
              "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
              Duration.ofSeconds(3)));
      millis.add((System.nanoTime() - started) / 1_000_000);
    }
    long held = sockets.stream().filter(SlowClientsTest::stillOpen).count();

    assertThat(answers).allSatisfy(answer -> assertThat(answer).startsWith("HTTP/1.1 200"));
    // Generous for two shared cores; without the limits each probe waits out the 30 s idle timeout.
    assertThat(millis).allSatisfy(each -> assertThat(each).isLessThan(2_000));
    assertThat(held).as("slow connections still open").isEqualTo(SLOW_CONNECTIONS);
  }

  @Test
  void oneAddressGetsNoMoreThanItsShareOfConnections() throws IOException {
    InetAddress address = attacker(ATTACKING_ADDRESSES);
    int tried = ConnectionLimits.MAX_CONNECTIONS_PER_ADDRESS + 16;
    for (int index = 0; index < tried; index++) {
      connect(address);
    }

    int answered = 0;
    for (Socket socket : sockets) {
      socket.setSoTimeout(5_000);
      try {
        socket
            .getOutputStream()
            .write(
                "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        byte[] status = socket.getInputStream().readNBytes(12);
        if (new String(status, StandardCharsets.ISO_8859_1).equals("HTTP/1.1 200")) {
          answered++;
        }
      } catch (IOException closedByTheServer) {
        // A connection over the cap is closed as soon as it opens.
      }
    }

    assertThat(answered).isEqualTo(ConnectionLimits.MAX_CONNECTIONS_PER_ADDRESS);
  }

  @Test
  void theCapCountsOpenConnectionsNotEveryConnectionEverOpened() {
    List<String> answers = new ArrayList<>();

    for (int probe = 0; probe < ConnectionLimits.MAX_CONNECTIONS_PER_ADDRESS * 2; probe++) {
      answers.add(
          RawHttp.exchange(
              server.fixture.server.port(),
              "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
              Duration.ofSeconds(3)));
    }

    assertThat(answers).allSatisfy(answer -> assertThat(answer).startsWith("HTTP/1.1 200"));
  }

  private Socket connect(InetAddress from) throws IOException {
    Socket socket = new Socket();
    sockets.add(socket);
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress("127.0.0.1", server.fixture.server.port()), 5_000);
    return socket;
  }

  /** 127.0.0.2 onwards: all of 127/8 is loopback on Linux. */
  private static InetAddress attacker(int index) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + index)});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True unless the server has closed the connection (a read sees its end). */
  private static boolean stillOpen(Socket socket) {
    try {
      socket.setSoTimeout(1);
      InputStream in = socket.getInputStream();
      return in.read() >= 0;
    } catch (SocketTimeoutException quiet) {
      return true;
    } catch (IOException closed) {
      return false;
    }
  }
}
