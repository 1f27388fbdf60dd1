package dev.jonvif.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Event history, newest first on read, pruned by the retention setting. */
final class EventStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final Database db;

  EventStore(Database db) {
    this.db = db;
  }

  void add(List<HubEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO events (camera_id, time_ms, topic, kind, source, data, operation)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (HubEvent e : events) {
              ps.setString(1, e.cameraId());
              ps.setLong(2, e.time().toEpochMilli());
              ps.setString(3, e.topic());
              ps.setString(4, e.kind());
              ps.setString(5, e.source());
              ps.setString(6, json(e.data()));
              ps.setString(7, e.operation());
              ps.addBatch();
            }
            return ps.executeBatch().length;
          }
        });
  }

  /** Up to {@code limit} events of a camera strictly before {@code before}, newest first. */
  List<HubEvent> recent(String cameraId, int limit, Instant before) {
    return db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT camera_id, time_ms, topic, kind, source, data, operation FROM events"
                      + " WHERE camera_id = ? AND time_ms < ? ORDER BY time_ms DESC LIMIT ?")) {
            ps.setString(1, cameraId);
            ps.setLong(2, before.toEpochMilli());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              List<HubEvent> out = new ArrayList<>();
              while (rs.next()) {
                out.add(
                    new HubEvent(
                        rs.getString(1),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        parse(rs.getString(6)),
                        rs.getString(7)));
              }
              return out;
            }
          }
        });
  }

  /** How many events a camera has stored. */
  long count(String cameraId) {
    return db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM events WHERE camera_id = ?")) {
            ps.setString(1, cameraId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          }
        });
  }

  /** Deletes events older than {@code cutoff}; returns how many. */
  int pruneBefore(Instant cutoff) {
    return db.with(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE time_ms < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  private static String json(Map<String, String> data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> parse(String s) {
    if (s == null || s.isEmpty()) {
      return Map.of();
    }
    try {
      return JSON.readValue(s, MAP);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
