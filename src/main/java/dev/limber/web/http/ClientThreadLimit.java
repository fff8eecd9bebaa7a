package dev.limber.web.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * At most {@link #THREADS_PER_CLIENT} requests of one client (as {@link ClientAddress} names it)
 * hold a thread at once; the next ones wait suspended, without a thread, and run in arrival order
 * as threads are given back. A client whose bodies stall then stalls only itself. Thread-safe.
 */
final class ClientThreadLimit implements Filter {
  /** A page loads a handful of assets at once; Javalin's pool has 250 threads. */
  static final int THREADS_PER_CLIENT = 8;

  private static final String PERMIT = "limber.thread-permit";

  private final ClientAddress clientAddress;
  private final Map<String, Client> clients = new HashMap<>();

  ClientThreadLimit(ClientAddress clientAddress) {
    this.clientAddress = clientAddress;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    // A request that waited comes back as an async dispatch holding the permit handed to it.
    String client = (String) request.getAttribute(PERMIT);
    if (client == null) {
      client = clientAddress.of(http);
      if (!admit(client, request)) {
        return;
      }
    }
    try {
      chain.doFilter(request, response);
    } finally {
      request.removeAttribute(PERMIT);
      release(client);
    }
  }

  /** True when the request may run now; else it is suspended and queued. */
  private boolean admit(String client, ServletRequest request) {
    synchronized (clients) {
      Client waitingFor = clients.computeIfAbsent(client, key -> new Client());
      if (waitingFor.running < THREADS_PER_CLIENT) {
        waitingFor.running++;
        return true;
      }
      AsyncContext suspended = request.startAsync();
      suspended.setTimeout(0);
      waitingFor.waiting.add(suspended);
      return false;
    }
  }

  /** Hands the thread's permit to the client's next waiting request, or gives it back. */
  private void release(String client) {
    while (true) {
      AsyncContext next;
      synchronized (clients) {
        Client releasing = clients.get(client);
        next = releasing.waiting.poll();
        if (next == null) {
          releasing.running--;
          if (releasing.running == 0) {
            clients.remove(client);
          }
          return;
        }
        next.getRequest().setAttribute(PERMIT, client);
      }
      try {
        next.dispatch();
        return;
      } catch (IllegalStateException ended) {
        // The waiting request ended meanwhile (its connection timed out): the permit goes on.
      }
    }
  }

  /** One client's requests: how many hold a thread, and those waiting for one. */
  private static final class Client {
    int running;
    final Queue<AsyncContext> waiting = new ArrayDeque<>();
  }
}
