package app.agora.listening;

/** A signal was raised: product leads are told at once. */
public record SignalRaised(long signalId, SignalScope scope, String scopeName, int customers, String sentiment) {
}
