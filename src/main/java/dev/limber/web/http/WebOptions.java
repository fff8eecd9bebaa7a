package dev.limber.web.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How {@code limber serve} faces the network: the proxies trusted to say who the client is, how
 * {@code /metrics} is reached (a management port, a token, or not at all), and how long a
 * connection may stay silent, the address people reach the web app at (for the links printed on
 * handouts and written into calendars; the server's own address when empty), and how long a stop
 * waits for the requests in flight to finish.
 */
public record WebOptions(
    List<String> trustedProxies,
    Optional<String> metricsToken,
    Optional<Integer> managementPort,
    Duration idleTimeout,
    Optional<String> publicUrl,
    Duration drainTimeout) {
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** How long a stop (SIGTERM) waits for requests in flight before it closes their connections. */
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);

  public WebOptions {
    trustedProxies = List.copyOf(trustedProxies);
    trustedProxies.forEach(Cidr::parse);
    if (metricsToken.isPresent() && metricsToken.get().length() < 16) {
      throw new IllegalArgumentException("the metrics token must be at least 16 characters");
    }
    if (managementPort.isPresent() && (managementPort.get() < 0 || managementPort.get() > 65_535)) {
      throw new IllegalArgumentException(
          "the management port must be from 0 to 65535: " + managementPort.get());
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
    }
    if (publicUrl.isPresent() && !publicUrl.get().matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
      throw new IllegalArgumentException(
          "the public URL must be an http or https address without query: " + publicUrl.get());
    }
    publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    if (drainTimeout.isNegative()) {
      throw new IllegalArgumentException("drainTimeout must not be negative: " + drainTimeout);
    }
  }

  public WebOptions(
      List<String> trustedProxies,
      Optional<String> metricsToken,
      Optional<Integer> managementPort,
      Duration idleTimeout,
      Optional<String> publicUrl) {
    this(
        trustedProxies,
        metricsToken,
        managementPort,
        idleTimeout,
        publicUrl,
        DEFAULT_DRAIN_TIMEOUT);
  }

  public WebOptions(
      List<String> trustedProxies,
      Optional<String> metricsToken,
      Optional<Integer> managementPort,
      Duration idleTimeout) {
    this(trustedProxies, metricsToken, managementPort, idleTimeout, Optional.empty());
  }

  public WebOptions withPublicUrl(String url) {
    return new WebOptions(
        trustedProxies, metricsToken, managementPort, idleTimeout, Optional.of(url), drainTimeout);
  }

  /** No trusted proxy, no metrics, the default idle timeout. */
  public static WebOptions defaults() {
    return new WebOptions(List.of(), Optional.empty(), Optional.empty(), DEFAULT_IDLE_TIMEOUT);
  }

  public WebOptions withTrustedProxies(List<String> proxies) {
    return new WebOptions(
        proxies, metricsToken, managementPort, idleTimeout, publicUrl, drainTimeout);
  }

  public WebOptions withMetricsToken(String token) {
    return new WebOptions(
        trustedProxies, Optional.of(token), managementPort, idleTimeout, publicUrl, drainTimeout);
  }

  public WebOptions withManagementPort(int port) {
    return new WebOptions(
        trustedProxies, metricsToken, Optional.of(port), idleTimeout, publicUrl, drainTimeout);
  }

  public WebOptions withIdleTimeout(Duration timeout) {
    return new WebOptions(
        trustedProxies, metricsToken, managementPort, timeout, publicUrl, drainTimeout);
  }

  public WebOptions withDrainTimeout(Duration timeout) {
    return new WebOptions(
        trustedProxies, metricsToken, managementPort, idleTimeout, publicUrl, timeout);
  }

  public List<Cidr> trustedBlocks() {
    return trustedProxies.stream().map(Cidr::parse).toList();
  }
}
