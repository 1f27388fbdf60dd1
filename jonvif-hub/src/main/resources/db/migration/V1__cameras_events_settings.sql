-- The hub's schema; plain SQL that SQLite and PostgreSQL both accept.
CREATE TABLE cameras (
  id           VARCHAR(32)  NOT NULL PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  address      VARCHAR(500) NOT NULL UNIQUE,
  username     VARCHAR(200) NOT NULL,
  password_enc TEXT         NOT NULL,
  endpoint_ref VARCHAR(500),
  created_at   BIGINT       NOT NULL
);

CREATE TABLE events (
  camera_id  VARCHAR(32)  NOT NULL,
  time_ms    BIGINT       NOT NULL,
  topic      VARCHAR(500) NOT NULL,
  kind       VARCHAR(100) NOT NULL,
  source     VARCHAR(200),
  data       TEXT,
  operation  VARCHAR(20)
);
CREATE INDEX events_camera_time ON events (camera_id, time_ms);
CREATE INDEX events_time ON events (time_ms);

CREATE TABLE settings (
  name  VARCHAR(100) NOT NULL PRIMARY KEY,
  value TEXT         NOT NULL
);
