package dev.limber.web.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The network address a request came from, for throttles. By default the peer of the connection;
 * only when the peer is a trusted proxy ({@code --trusted-proxy}) is {@code X-Forwarded-For} read,
 * from the right, and the first address that is not itself a trusted proxy is the client: every
 * address left of it could have been written by the client.
 */
public final class ClientAddress {
  private final List<Cidr> trustedProxies;

  public ClientAddress(List<Cidr> trustedProxies) {
    this.trustedProxies = List.copyOf(trustedProxies);
  }

  public String of(Context context) {
    return of(context.req());
  }

  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    for (int index = hops.size() - 1; index >= 0; index--) {
      Optional<byte[]> hop = Cidr.literal(hops.get(index));
      if (hop.isEmpty()) {
        // Not an address: the proxy did not write it, so nothing left of it can be trusted.
        return peer;
      }
      if (!isTrusted(hop.get())) {
        return hops.get(index);
      }
    }
    return peer;
  }

  /** True when the request came over HTTPS, directly or through a trusted proxy that says so. */
  public boolean isHttps(Context context) {
    if ("https".equalsIgnoreCase(context.scheme())) {
      return true;
    }
    String forwarded = context.header("X-Forwarded-Proto");
    return forwarded != null
        && forwarded.trim().equalsIgnoreCase("https")
        && isTrusted(context.req().getRemoteAddr());
  }

  private boolean isTrusted(String address) {
    return Cidr.literal(address).map(this::isTrusted).orElse(false);
  }

  /** True when connections from this address are a trusted proxy's, carrying many clients. */
  boolean isTrusted(byte[] address) {
    return trustedProxies.stream().anyMatch(block -> block.contains(address));
  }
}
