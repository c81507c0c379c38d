package app.agora.listening;

/**
 * Product leads decided about a signal (planned, done or declined): the
 * customers who spoke are told what was decided.
 */
public record SignalDecided(long signalId, SignalStatus status, String decision) {
}
