package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.DeviceState;
import dev.jonvif.device.DeviceState.DateTimeType;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Date, time and NTP: GetSystemDateAndTime, SetSystemDateAndTime, GetNTP, SetNTP. A Manual time
 * sets the camera's simulated clock (its offset from the real clock); switching to NTP
 * "synchronises" it (offset zero). Time zones are POSIX TZ strings.
 */
final class TimeHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_SYSTEM_DATE_AND_TIME,
        Operation.SET_SYSTEM_DATE_AND_TIME,
        Operation.GET_NTP,
        Operation.SET_NTP);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case GET_SYSTEM_DATE_AND_TIME -> r.child(systemDateAndTime(ctx));
      case SET_SYSTEM_DATE_AND_TIME -> setDateAndTime(ctx);
      case GET_NTP -> r.child(ntpInformation(ctx.camera().device().ntp()));
      case SET_NTP -> setNtp(ctx);
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    }
    return r.build();
  }

  private static XmlElement systemDateAndTime(RequestContext ctx) {
    DeviceState.Time t = ctx.camera().device().time();
    Instant now = ctx.clock().instant();
    LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    LocalDateTime local;
    try {
      local = PosixTimeZone.parse(t.timeZone()).localAt(now);
    } catch (IllegalArgumentException e) {
      local = utc;
    }
    return XmlElement.builder(TDS, "SystemDateAndTime")
        .child(TT, "DateTimeType", t.type().wireName())
        .child(TT, "DaylightSavings", t.daylightSavings())
        .child(XmlElement.builder(TT, "TimeZone").child(TT, "TZ", t.timeZone()).build())
        .child(dateTime("UTCDateTime", utc))
        .child(dateTime("LocalDateTime", local))
        .build();
  }

  private static XmlElement dateTime(String name, LocalDateTime t) {
    return XmlElement.builder(TT, name)
        .child(
            XmlElement.builder(TT, "Time")
                .child(TT, "Hour", t.getHour())
                .child(TT, "Minute", t.getMinute())
                .child(TT, "Second", t.getSecond())
                .build())
        .child(
            XmlElement.builder(TT, "Date")
                .child(TT, "Year", t.getYear())
                .child(TT, "Month", t.getMonthValue())
                .child(TT, "Day", t.getDayOfMonth())
                .build())
        .build();
  }

  private static void setDateAndTime(RequestContext ctx) {
    XmlElement body = ctx.body();
    String typeText = Args.requiredText(body, TDS, "DateTimeType");
    DateTimeType type =
        switch (typeText) {
          case "Manual" -> DateTimeType.MANUAL;
          case "NTP" -> DateTimeType.NTP;
          default ->
              throw DeviceFaults.invalidArgVal(
                  null, "DateTimeType must be Manual or NTP, not '" + Args.shorten(typeText) + "'");
        };
    boolean dst = Args.requiredBoolean(body, TDS, "DaylightSavings");
    DeviceState.Time current = ctx.camera().device().time();
    String tz = current.timeZone();
    XmlElement tzElement = Args.child(body, TDS, "TimeZone");
    if (tzElement != null) {
      tz = Args.requiredText(tzElement, TT, "TZ");
      try {
        PosixTimeZone.parse(tz);
      } catch (IllegalArgumentException e) {
        throw DeviceFaults.invalidArgVal(
            "InvalidTimeZone", "not a POSIX time zone: '" + Args.shorten(tz) + "'");
      }
    }
    Duration offset = current.clockOffset();
    if (type == DateTimeType.MANUAL) {
      XmlElement utc = Args.child(body, TDS, "UTCDateTime");
      if (utc != null) {
        Instant wanted = readUtc(utc);
        offset = Duration.between(ctx.camera().baseClock().instant(), wanted);
      }
    } else {
      DeviceState.Ntp ntp = ctx.camera().device().ntp();
      if (!ntp.fromDhcp() && ntp.manual().isEmpty()) {
        throw DeviceFaults.invalidArgVal(
            "NtpServerUndefined", "set an NTP server (SetNTP) before switching to NTP");
      }
      offset = Duration.ZERO;
    }
    DeviceState.Time next = new DeviceState.Time(type, dst, tz, offset);
    ctx.camera().updateDevice(d -> d.withTime(next));
    ctx.camera().log("date and time set (" + type.wireName() + ", TZ " + tz + ")");
  }

  private static Instant readUtc(XmlElement utc) {
    XmlElement time = Args.requiredChild(utc, TT, "Time");
    XmlElement date = Args.requiredChild(utc, TT, "Date");
    try {
      LocalDateTime t =
          LocalDateTime.of(
              Args.requiredInt(date, TT, "Year"),
              Args.requiredInt(date, TT, "Month"),
              Args.requiredInt(date, TT, "Day"),
              Args.requiredInt(time, TT, "Hour"),
              Args.requiredInt(time, TT, "Minute"),
              Args.requiredInt(time, TT, "Second"));
      if (t.getYear() < 1970 || t.getYear() > 2099) {
        throw new DateTimeException("year out of range");
      }
      return t.toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw DeviceFaults.invalidArgVal("InvalidDateTime", "not a valid date and time");
    }
  }

  private static XmlElement ntpInformation(DeviceState.Ntp ntp) {
    XmlElement.Builder b =
        XmlElement.builder(TDS, "NTPInformation").child(TT, "FromDHCP", ntp.fromDhcp());
    if (!ntp.fromDhcp()) {
      for (String server : ntp.manual()) {
        b.child(NetworkHosts.networkHost(TT, "NTPManual", server));
      }
    }
    return b.build();
  }

  private static void setNtp(RequestContext ctx) {
    boolean fromDhcp = Args.requiredBoolean(ctx.body(), TDS, "FromDHCP");
    List<String> servers = new ArrayList<>();
    for (XmlElement host : ctx.body().childrenLenient("NTPManual")) {
      servers.add(NetworkHosts.readHost(host));
    }
    if (servers.size() > 4) {
      throw DeviceFaults.invalidArgVal(null, "at most 4 NTP servers");
    }
    ctx.camera().updateDevice(d -> d.withNtp(new DeviceState.Ntp(fromDhcp, servers)));
  }
}
