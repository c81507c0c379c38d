package app.agora.listening;

import java.time.Instant;

/**
 * When a signal is raised for a scope: within the last {@code windowDays}, at
 * least {@code minCustomers} distinct customers, items similar to each other
 * (mean similarity to their centre at least {@code minCoherence}, 0 to 1), who
 * agree in sentiment (the commonest label's share at least
 * {@code minAgreement}), and rising: at least {@code minRise} times the mean of
 * the {@code baselineWindows} windows before. After a signal is closed, the
 * scope stays quiet for {@code cooldownDays}.
 */
public record SignalRule(SignalScope scope, boolean enabled, int windowDays, int minCustomers, double minCoherence,
		double minAgreement, double minRise, int baselineWindows, int cooldownDays, String updatedBy,
		Instant updatedAt) {
}
