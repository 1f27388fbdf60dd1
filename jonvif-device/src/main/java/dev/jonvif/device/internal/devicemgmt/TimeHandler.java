package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.types.OnvifDateTime;
import dev.jonvif.core.types.SetDateTimeType;
import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.DeviceState;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
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
    LocalDateTime local;
    try {
      local = PosixTzRules.parse(t.timeZone()).localAt(now);
    } catch (IllegalArgumentException e) {
      local = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }
    return new SystemDateTime(
            t.type(),
            t.daylightSavings(),
            t.timeZone(),
            OnvifDateTime.ofUtc(now),
            OnvifDateTime.of(local))
        .toElement();
  }

  private static void setDateAndTime(RequestContext ctx) {
    XmlElement body = ctx.body();
    String typeText = Args.requiredText(body, TDS, "DateTimeType");
    SetDateTimeType type =
        switch (typeText) {
          case "Manual" -> SetDateTimeType.MANUAL;
          case "NTP" -> SetDateTimeType.NTP;
          default ->
              throw DeviceFaults.invalidArgVal(
                  null,
                  "SetDateTimeType must be Manual or NTP, not '" + Args.shorten(typeText) + "'");
        };
    boolean dst = Args.requiredBoolean(body, TDS, "DaylightSavings");
    DeviceState.Time current = ctx.camera().device().time();
    String tz = current.timeZone();
    XmlElement tzElement = Args.child(body, TDS, "TimeZone");
    if (tzElement != null) {
      tz = Args.requiredText(tzElement, TT, "TZ");
      try {
        PosixTzRules.parse(tz);
      } catch (IllegalArgumentException e) {
        throw DeviceFaults.invalidArgVal(
            "InvalidTimeZone", "not a POSIX time zone: '" + Args.shorten(tz) + "'");
      }
    }
    Duration offset = current.clockOffset();
    if (type == SetDateTimeType.MANUAL) {
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
    ctx.camera().log("date and time set (" + type.wireValue() + ", TZ " + tz + ")");
    ctx.camera().clockSet();
  }

  private static Instant readUtc(XmlElement utc) {
    Args.requiredChild(utc, TT, "Time");
    Args.requiredChild(utc, TT, "Date");
    OnvifDateTime t = OnvifDateTime.fromElement(utc);
    return t.toInstant()
        .instant()
        .filter(i -> t.year() >= 1970 && t.year() <= 2099)
        .orElseThrow(
            () -> DeviceFaults.invalidArgVal("InvalidDateTime", "not a valid date and time: " + t));
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
    if (servers.size() > DeviceFeatures.MAX_NTP_SERVERS) {
      throw DeviceFaults.invalidArgVal(
          null, "at most " + DeviceFeatures.MAX_NTP_SERVERS + " NTP servers");
    }
    ctx.camera().updateDevice(d -> d.withNtp(new DeviceState.Ntp(fromDhcp, servers)));
  }
}
