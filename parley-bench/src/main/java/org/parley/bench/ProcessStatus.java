package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a running process, read from Linux's {@code /proc}; -1 when unavailable. */
final class ProcessStatus {

    private ProcessStatus() {
    }

    /** User plus system CPU time so far, all threads, in milliseconds. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime + stime
            return ticks * 10;   // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /**
     * A {@code /proc/PID/status} memory field in KiB: {@code VmRSS} (resident now), {@code VmHWM} (its peak),
     * {@code RssAnon} or {@code RssFile} (the resident anonymous and file-backed pages).
     */
    static long memoryKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
