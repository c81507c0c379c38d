package app.agora.listening;

import java.util.List;

/** A signal with its evidence (the items it stands on) and its history. */
public record SignalDetails(Signal signal, List<FeedbackItem> evidence, List<SignalLogEntry> log) {
}
