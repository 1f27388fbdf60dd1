package dev.jonvif.bench;

import java.util.Locale;

/**
 * Memory and start-up of idle fleets (issue 3): for each size, a fresh child JVM ({@link
 * FleetProcess}) runs that many cameras; prints the time {@code Fleet.start} took, the time from
 * spawning the JVM to ready, the resident set size, and the heap in use after a full GC (total and
 * per camera, over the one-camera process). Asserts nothing.
 *
 * <pre>
 * java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.FleetMemory [sizes=1,1000]
 * </pre>
 *
 * <p>Child JVM options come from {@code -Dbench.serverJvm=...} (default: the JVM's own defaults,
 * which size the heap from the machine's memory; RSS follows the heap the JVM chose to keep).
 */
public final class FleetMemory {

  private FleetMemory() {}

  public static void main(String[] args) throws Exception {
    String sizes = args.length > 0 ? args[0] : "1,1000";
    long baseHeap = -1;
    int baseCameras = 0;
    for (String s : sizes.split(",")) {
      int cameras = Integer.parseInt(s.strip());
      try (ChildFleet fleet = ChildFleet.start(cameras)) {
        Thread.sleep(2000); // let start-up garbage and JIT settle before measuring
        long heap = fleet.heapAfterGc();
        long rss = fleet.rssBytes();
        String perCamera = "";
        if (baseHeap >= 0 && cameras > baseCameras) {
          perCamera =
              String.format(
                  Locale.ROOT,
                  ", %.0f KiB heap per camera beyond the %d-camera process",
                  (heap - baseHeap) / 1024.0 / (cameras - baseCameras),
                  baseCameras);
        } else {
          baseHeap = heap;
          baseCameras = cameras;
        }
        System.out.printf(
            Locale.ROOT,
            "%d idle camera(s): Fleet.start %d ms, JVM spawn to ready %d ms; RSS %.0f MiB;"
                + " heap after GC %.1f MiB (%.0f KiB per camera)%s; JVM options: %s; %s%n",
            cameras,
            fleet.fleetStartMs(),
            fleet.readyMs(),
            rss / 1048576.0,
            heap / 1048576.0,
            heap / 1024.0 / cameras,
            perCamera,
            System.getProperty("bench.serverJvm", "defaults"),
            FleetProcess.loadAverage());
      }
    }
  }
}
