package dev.limber.web.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * What keeps slow clients from holding the server's connections: open connections capped in total
 * and per network address (a trusted proxy's excepted), a deadline for a new connection's first
 * request headers, and a minimum data rate and a read timeout for request bodies; {@link
 * ClientThreadLimit} caps the threads. A reverse proxy that buffers whole requests does better.
 */
final class ConnectionLimits extends AbstractLifeCycle implements Connection.Listener {
  /** Well above the thread pool: a connection waiting for bytes holds no thread, only buffers. */
  static final int MAX_CONNECTIONS = 1_000;

  /** A browser opens about six; an office behind one address opens more. */
  static final int MAX_CONNECTIONS_PER_ADDRESS = 64;

  /**
   * A request slower than this is ended with 408. Jetty counts the bytes it has read since the
   * request's first byte, so a busy server reading late lowers the rate too: 1,024 ended small
   * bodies of honest clients on two loaded cores; a client sending a byte every few seconds is
   * still far below this.
   */
  static final int MIN_REQUEST_BYTES_PER_SECOND = 128;

  /** The longest silence while a request's body is read (capped by the connection idle timeout). */
  static final Duration BODY_READ_TIMEOUT = Duration.ofSeconds(10);

  /** A new connection must have sent its first request's headers by then. */
  static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);

  private final Server server;
  private final ClientAddress clientAddress;
  private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
  // A closed socket no longer knows its peer: each connection's address is kept until it closes.
  private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

  private ConnectionLimits(Server server, ClientAddress clientAddress) {
    this.server = server;
    this.clientAddress = clientAddress;
  }

  /** Caps connections on every connector of {@code server}, once it starts. */
  static void applyTo(Server server, ClientAddress clientAddress) {
    ConnectionLimit total = new ConnectionLimit(MAX_CONNECTIONS, server);
    server.addBean(total);
    server.addBean(new ConnectionLimits(server, clientAddress));
  }

  /** The body read timeout and minimum data rate. */
  static void applyTo(HttpConfiguration http, Duration idleTimeout) {
    http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
    Duration bodyTimeout =
        idleTimeout.compareTo(BODY_READ_TIMEOUT) < 0 ? idleTimeout : BODY_READ_TIMEOUT;
    http.setIdleTimeout(bodyTimeout.toMillis());
  }

  @Override
  protected void doStart() {
    for (Connector connector : server.getConnectors()) {
      connector.addBean(this);
    }
  }

  @Override
  protected void doStop() {
    for (Connector connector : server.getConnectors()) {
      connector.removeBean(this);
    }
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      // Slow headers hold no thread, but they hold a connection: each gets a deadline.
      http.getConnector()
          .getScheduler()
          .schedule(
              () -> {
                if (http.getMessagesIn() == 0 && http.getEndPoint().isOpen()) {
                  http.getEndPoint().close();
                }
              },
              HEADER_DEADLINE.toMillis(),
              TimeUnit.MILLISECONDS);
    }
    InetAddress address = limitedAddress(connection);
    if (address == null) {
      return;
    }
    counted.put(connection, address);
    if (open.merge(address, 1, Integer::sum) > MAX_CONNECTIONS_PER_ADDRESS) {
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress address = counted.remove(connection);
    if (address != null) {
      open.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
    }
  }

  /** The peer's address, unless it is a trusted proxy speaking for many clients. */
  private InetAddress limitedAddress(Connection connection) {
    if (!(connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress peer)
        || peer.getAddress() == null
        || clientAddress.isTrusted(peer.getAddress().getAddress())) {
      return null;
    }
    return peer.getAddress();
  }
}
