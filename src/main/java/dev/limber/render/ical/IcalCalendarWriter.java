package dev.limber.render.ical;

import dev.limber.app.CalendarFeed;
import dev.limber.app.CalendarWriter;
import dev.limber.journal.ReminderSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a desk-break feed as iCalendar (RFC 5545): per break one event that repeats weekly on the
 * chosen days ({@code RRULE} with {@code BYDAY}), in the chosen zone with its {@code VTIMEZONE} (so
 * a 09:00 break stays at 09:00 across a change of summer time), with a stable {@code UID}, the
 * feed's {@code SEQUENCE} and {@code DTSTAMP}, and a {@code DISPLAY} alarm at its start.
 * Thread-safe.
 */
public final class IcalCalendarWriter implements CalendarWriter {
  private static final List<String> BY_DAY = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  @Override
  public String write(CalendarFeed feed) {
    ReminderSettings settings = feed.settings();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Limber//Desk breaks//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "Limber desk breaks"));
    calendar.add(new XProperty("X-WR-TIMEZONE", settings.zone().getId()));
    // RFC 5545 3.3.5: UTC times are written with Z; a TZID needs its VTIMEZONE, which UTC has none.
    boolean utc = settings.zone().normalized().equals(ZoneOffset.UTC);
    TimeZone zone = utc ? null : ZONES.getTimeZone(settings.zone().getId());
    if (zone != null) {
      calendar.add(zone.getVTimeZone());
    }
    LocalDate first = firstDay(feed.since(), settings.daysInOrder());
    String byDay =
        settings.daysInOrder().stream()
            .map(day -> BY_DAY.get(day.getValue() - 1))
            .collect(Collectors.joining(","));
    for (LocalTime slot : settings.slots()) {
      LocalDateTime start = first.atTime(slot);
      DtStart<?> dtStart =
          zone != null
              ? new DtStart<>(new ParameterList(List.of(new TzId(settings.zone().getId()))), start)
              : new DtStart<>(
                  start.atZone(settings.zone()).withZoneSameInstant(ZoneOffset.UTC).toInstant());
      VEvent event = new VEvent(false);
      event.add(new DtStamp(feed.stamp()));
      event.add(new Uid(feed.uidBase() + "-" + slot.toString().replace(":", "") + "@limber"));
      event.add(dtStart);
      event.add(
          new net.fortuna.ical4j.model.property.Duration(Duration.ofMinutes(settings.minutes())));
      event.add(new RRule<>(new Recur<LocalDateTime>("FREQ=WEEKLY;BYDAY=" + byDay)));
      event.add(new Sequence(feed.sequence()));
      event.add(new Summary(feed.summary()));
      event.add(new Description(feed.description()));
      feed.link().ifPresent(link -> event.add(new Url(URI.create(link))));
      VAlarm alarm = new VAlarm(Duration.ZERO);
      alarm.add(ImmutableAction.DISPLAY);
      alarm.add(new Description(feed.summary()));
      event.add(alarm);
      calendar.add(event);
    }
    StringWriter out = new StringWriter(4096);
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("write the calendar", e);
    }
    return out.toString();
  }

  /** The first of the chosen days on or after {@code since}. */
  private static LocalDate firstDay(LocalDate since, List<DayOfWeek> days) {
    return days.stream()
        .map(day -> since.with(TemporalAdjusters.nextOrSame(day)))
        .min(LocalDate::compareTo)
        .orElse(since);
  }
}
