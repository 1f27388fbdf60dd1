/**
 * The ONVIF wire model as immutable records, with lenient readers and the writers requests need.
 *
 * <p>Readers ({@code fromElement}, {@code *Responses}) are built for what real cameras send:
 *
 * <ul>
 *   <li>children are looked up by namespace and local name first, then by local name alone, since
 *       vendors put {@code tt:} elements into {@code trt:} or {@code tds:} and the reverse (this is
 *       the named lenient point of the whole package);
 *   <li>unknown elements and attributes are ignored;
 *   <li>a single element where a list is allowed is a list of one, and a missing optional element
 *       is {@code null}, an empty list or a documented default, never an exception;
 *   <li>numbers are read leniently ({@code "30.000000"} for an int, surrounding blanks), and
 *       durations through {@link dev.jonvif.core.types.XsDuration#parseLenient}.
 * </ul>
 *
 * <p>Readers throw {@link dev.jonvif.core.MalformedMessageException} only when an element that is
 * needed to make sense of the answer at all is missing (for example a profile without a token).
 *
 * @see <a href="https://www.onvif.org/profiles/specifications/">ONVIF specifications</a>
 */
package dev.jonvif.core.model;
