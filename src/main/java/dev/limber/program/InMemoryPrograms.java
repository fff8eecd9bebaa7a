package dev.limber.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Programs kept in memory, for tests and for one process that needs no database. Thread-safe. */
public final class InMemoryPrograms implements Programs {
  private final Set<String> clinicians = new HashSet<>();
  private final Map<String, List<ProgramVersion>> versions = new LinkedHashMap<>();
  private final Map<String, JoinCode> codes = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, Set<String>> acknowledged = new LinkedHashMap<>();
  private final List<AccessEntry> accessLog = new ArrayList<>();
  private final List<ProgramPlay> plays = new ArrayList<>();

  @Override
  public synchronized boolean isClinician(String accountId) {
    return clinicians.contains(accountId);
  }

  @Override
  public synchronized void grantClinician(String accountId, Instant at) {
    clinicians.add(accountId);
  }

  @Override
  public synchronized Optional<ProgramVersion> save(
      String clinicianId, Optional<String> programId, Program program, Instant at) {
    if (programId.isEmpty()) {
      String id = UUID.randomUUID().toString();
      ProgramVersion first = new ProgramVersion(id, 1, clinicianId, program, at);
      versions.put(id, new ArrayList<>(List.of(first)));
      return Optional.of(first);
    }
    List<ProgramVersion> kept = versions.get(programId.get());
    if (kept == null || !kept.get(0).clinicianId().equals(clinicianId)) {
      return Optional.empty();
    }
    ProgramVersion next =
        new ProgramVersion(programId.get(), kept.size() + 1, clinicianId, program, at);
    kept.add(next);
    return Optional.of(next);
  }

  @Override
  public synchronized List<ProgramVersion> programsOf(String clinicianId) {
    return versions.values().stream()
        .filter(kept -> kept.get(0).clinicianId().equals(clinicianId))
        .map(kept -> kept.get(kept.size() - 1))
        .sorted(Comparator.comparing(ProgramVersion::createdAt).reversed())
        .toList();
  }

  @Override
  public synchronized List<ProgramVersion> versions(String clinicianId, String programId) {
    List<ProgramVersion> kept = versions.getOrDefault(programId, List.of());
    return kept.isEmpty() || !kept.get(0).clinicianId().equals(clinicianId)
        ? List.of()
        : List.copyOf(kept);
  }

  @Override
  public synchronized Optional<ProgramVersion> latest(String programId) {
    List<ProgramVersion> kept = versions.getOrDefault(programId, List.of());
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
  }

  @Override
  public synchronized void addCode(JoinCode code) {
    if (codes.putIfAbsent(code.code(), code) != null) {
      throw new IllegalArgumentException("join code already exists: " + code.display());
    }
  }

  @Override
  public synchronized Optional<JoinCode> findCode(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  @Override
  public synchronized List<JoinCode> openCodes(String clinicianId, Instant now) {
    return codes.values().stream()
        .filter(code -> code.clinicianId().equals(clinicianId) && code.usableAt(now))
        .toList();
  }

  @Override
  public synchronized Optional<Link> join(
      String code, String personId, Consent consent, Instant at) {
    JoinCode kept = codes.get(code);
    if (kept == null
        || !kept.usableAt(at)
        || kept.clinicianId().equals(personId)
        || activeLinkOf(personId).isPresent()) {
      return Optional.empty();
    }
    codes.put(
        code,
        new JoinCode(
            kept.code(),
            kept.clinicianId(),
            kept.programId(),
            kept.createdAt(),
            kept.expiresAt(),
            Optional.of(at)));
    Link link =
        new Link(
            UUID.randomUUID().toString(),
            kept.clinicianId(),
            personId,
            kept.programId(),
            consent,
            at,
            Optional.empty());
    links.add(link);
    return Optional.of(link);
  }

  @Override
  public synchronized Optional<Link> activeLinkOf(String personId) {
    return links.stream()
        .filter(link -> link.active() && link.personId().equals(personId))
        .findFirst();
  }

  @Override
  public synchronized List<Link> linksOf(String clinicianId) {
    return links.stream()
        .filter(link -> link.active() && link.clinicianId().equals(clinicianId))
        .toList();
  }

  @Override
  public synchronized Optional<Link> findLink(String clinicianId, String personId) {
    return activeLinkOf(personId).filter(link -> link.clinicianId().equals(clinicianId));
  }

  @Override
  public synchronized boolean leave(String personId, Instant at) {
    Optional<Link> current = activeLinkOf(personId);
    current.ifPresent(
        link -> {
          links.remove(link);
          links.add(
              new Link(
                  link.id(),
                  link.clinicianId(),
                  link.personId(),
                  link.programId(),
                  link.consent(),
                  link.joinedAt(),
                  Optional.of(at)));
        });
    return current.isPresent();
  }

  @Override
  public synchronized boolean assign(String clinicianId, String personId, String programId) {
    Optional<Link> current = findLink(clinicianId, personId);
    if (current.isEmpty() || versions(clinicianId, programId).isEmpty()) {
      return false;
    }
    Link link = current.get();
    links.remove(link);
    links.add(
        new Link(
            link.id(),
            clinicianId,
            personId,
            programId,
            link.consent(),
            link.joinedAt(),
            Optional.empty()));
    return true;
  }

  @Override
  public synchronized void acknowledge(String linkId, String alertKey, Instant at) {
    acknowledged.computeIfAbsent(linkId, id -> new HashSet<>()).add(alertKey);
  }

  @Override
  public synchronized Set<String> acknowledged(String linkId) {
    return Set.copyOf(acknowledged.getOrDefault(linkId, Set.of()));
  }

  @Override
  public synchronized void logAccess(AccessEntry entry) {
    accessLog.add(entry);
  }

  @Override
  public synchronized List<AccessEntry> accessLog(String personId) {
    return accessLog.stream()
        .filter(entry -> entry.personId().equals(personId))
        .sorted(Comparator.comparing(AccessEntry::at).reversed())
        .toList();
  }

  @Override
  public synchronized void recordPlay(ProgramPlay play) {
    plays.add(play);
  }

  @Override
  public synchronized List<ProgramPlay> plays(String personId, Instant since) {
    return plays.stream()
        .filter(play -> play.personId().equals(personId) && !play.sessionStarted().isBefore(since))
        .sorted(Comparator.comparing(ProgramPlay::sessionStarted))
        .toList();
  }

  @Override
  public synchronized void forget(String accountId) {
    clinicians.remove(accountId);
    versions.values().removeIf(kept -> kept.get(0).clinicianId().equals(accountId));
    codes.values().removeIf(code -> code.clinicianId().equals(accountId));
    links.removeIf(
        link -> link.personId().equals(accountId) || link.clinicianId().equals(accountId));
    accessLog.removeIf(
        entry -> entry.personId().equals(accountId) || entry.clinicianId().equals(accountId));
    plays.removeIf(play -> play.personId().equals(accountId));
  }
}
