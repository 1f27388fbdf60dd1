/**
 * XML Schema and ONVIF value types: {@code xs:duration} ({@link dev.jonvif.core.types.XsDuration}),
 * {@code xs:dateTime} ({@link dev.jonvif.core.types.XsDateTime}), the ONVIF {@code tt:DateTime}
 * structure ({@link dev.jonvif.core.types.OnvifDateTime}) and {@code tt:SystemDateTime} ({@link
 * dev.jonvif.core.types.SystemDateTime}).
 *
 * <p>Real cameras send broken dates (minute 60, month 13, {@code 0000-00-00}, a dash instead of
 * {@code T}). Leniency lives only at the entry points whose names say so ({@code parseLenient},
 * {@code fromElement}); the plain {@code parse} methods follow the schema and throw {@link
 * dev.jonvif.core.MalformedMessageException}. A lenient date never throws: it yields {@link
 * dev.jonvif.core.types.DateTimeValue.Unknown}.
 */
package dev.jonvif.core.types;
