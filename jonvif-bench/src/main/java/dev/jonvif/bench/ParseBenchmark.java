package dev.jonvif.bench;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing a ~4 KB GetProfilesResponse. Target: ≤ 20 µs per response. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  private byte[] getProfilesResponse;

  @Setup
  public void setup() {
    getProfilesResponse = SampleMessages.getProfilesResponse();
  }

  @Benchmark
  public XmlElement parseTree() {
    return XmlParser.parse(getProfilesResponse);
  }

  @Benchmark
  public SoapEnvelope parseEnvelope() {
    return SoapEnvelope.parse(getProfilesResponse);
  }
}
