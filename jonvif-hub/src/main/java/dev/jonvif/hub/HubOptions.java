package dev.jonvif.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a {@link Hub}. Build with {@link #builder()}; every setting has a named default.
 *
 * @param bind the address the HTTP server listens on
 * @param port its port (0: any free one)
 * @param dataDir where the database (SQLite) and the key file live
 * @param jdbcUrl the database, or {@code null} for {@code jdbc:sqlite:<dataDir>/hub.db}
 * @param adminPassword the admin password to set, or {@code null} to keep the stored one (or
 *     generate one on first run)
 * @param discovery whether to discover cameras continuously
 * @param discoveryInterface the interface discovery runs on ({@code lo}, {@code eth0}, an address,
 *     or {@code loopback} for whichever interface is the loopback one), or {@code null} for every
 *     interface
 * @param probeInterval how often discovery probes
 * @param healthInterval how often an online camera's clock and reachability are checked
 * @param minBackoff the first reconnect delay
 * @param maxBackoff the longest reconnect delay
 * @param clockSkewLimit a camera clock further off than this is flagged {@code clock_skew}
 * @param requestTimeout deadline of one request to a camera
 * @param clock the hub's clock
 */
public record HubOptions(
    String bind,
    int port,
    Path dataDir,
    String jdbcUrl,
    String adminPassword,
    boolean discovery,
    String discoveryInterface,
    Duration probeInterval,
    Duration healthInterval,
    Duration minBackoff,
    Duration maxBackoff,
    Duration clockSkewLimit,
    Duration requestTimeout,
    Clock clock) {

  /** Default HTTP port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default bind address: this host only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Default data directory, relative to the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of("jonvif-data");

  /** Default interval between discovery probes. */
  public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofMinutes(5);

  /** Default interval between health checks of an online camera. */
  public static final Duration DEFAULT_HEALTH_INTERVAL = Duration.ofSeconds(30);

  /** Default first reconnect delay. */
  public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofSeconds(1);

  /** Default longest reconnect delay. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(2);

  /** Default clock difference flagged as skew. */
  public static final Duration DEFAULT_CLOCK_SKEW_LIMIT = Duration.ofSeconds(10);

  /** Default deadline of one camera request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  public HubOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(probeInterval, "probeInterval");
    Objects.requireNonNull(healthInterval, "healthInterval");
    Objects.requireNonNull(minBackoff, "minBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(clockSkewLimit, "clockSkewLimit");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("need 0 < minBackoff <= maxBackoff");
    }
  }

  /** The JDBC URL in use: the configured one or SQLite in the data directory. */
  public String effectiveJdbcUrl() {
    return jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + dataDir.resolve("hub.db").toAbsolutePath();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubOptions}. */
  public static final class Builder {
    private String bind = DEFAULT_BIND;
    private int port = DEFAULT_PORT;
    private Path dataDir = DEFAULT_DATA_DIR;
    private String jdbcUrl;
    private String adminPassword;
    private boolean discovery = true;
    private String discoveryInterface;
    private Duration probeInterval = DEFAULT_PROBE_INTERVAL;
    private Duration healthInterval = DEFAULT_HEALTH_INTERVAL;
    private Duration minBackoff = DEFAULT_MIN_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration clockSkewLimit = DEFAULT_CLOCK_SKEW_LIMIT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder bind(String v) {
      this.bind = v;
      return this;
    }

    public Builder port(int v) {
      this.port = v;
      return this;
    }

    public Builder dataDir(Path v) {
      this.dataDir = v;
      return this;
    }

    public Builder jdbcUrl(String v) {
      this.jdbcUrl = v;
      return this;
    }

    public Builder adminPassword(String v) {
      this.adminPassword = v;
      return this;
    }

    public Builder discovery(boolean v) {
      this.discovery = v;
      return this;
    }

    public Builder discoveryInterface(String v) {
      this.discoveryInterface = v;
      return this;
    }

    public Builder probeInterval(Duration v) {
      this.probeInterval = v;
      return this;
    }

    public Builder healthInterval(Duration v) {
      this.healthInterval = v;
      return this;
    }

    public Builder backoff(Duration min, Duration max) {
      this.minBackoff = min;
      this.maxBackoff = max;
      return this;
    }

    public Builder clockSkewLimit(Duration v) {
      this.clockSkewLimit = v;
      return this;
    }

    public Builder requestTimeout(Duration v) {
      this.requestTimeout = v;
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    public HubOptions build() {
      return new HubOptions(
          bind,
          port,
          dataDir,
          jdbcUrl,
          adminPassword,
          discovery,
          discoveryInterface,
          probeInterval,
          healthInterval,
          minBackoff,
          maxBackoff,
          clockSkewLimit,
          requestTimeout,
          clock);
    }
  }
}
