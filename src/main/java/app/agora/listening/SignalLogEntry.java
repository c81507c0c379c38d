package app.agora.listening;

import java.time.Instant;

/** One step of a signal's history. */
public record SignalLogEntry(SignalStatus status, String note, String byWhom, Instant at) {
}
