package app.agora.listening.internal;

import app.agora.listening.FeedbackRefused;
import app.agora.listening.SignalRule;

/**
 * The values a signal rule may take; an impossible one is refused naming its
 * field.
 */
final class RuleCheck {

	private RuleCheck() {
	}

	static void check(SignalRule rule) {
		between("windowDays", rule.windowDays(), 1, 365, "The window is between 1 and 365 days.");
		between("minCustomers", rule.minCustomers(), 2, 100_000,
				"A signal needs at least 2 distinct customers (and at most 100,000).");
		between("minCoherence", rule.minCoherence(), 0, 1, "Coherence is between 0 and 1.");
		between("minAgreement", rule.minAgreement(), 0, 1, "Agreement is a share, between 0 and 1.");
		between("minRise", rule.minRise(), 0, 1000, "The rise is a ratio between 0 and 1,000.");
		between("baselineWindows", rule.baselineWindows(), 1, 52, "The baseline spans 1 to 52 windows.");
		between("cooldownDays", rule.cooldownDays(), 0, 365, "The cooldown is between 0 and 365 days.");
	}

	private static void between(String field, double value, double min, double max, String message) {
		if (Double.isNaN(value) || value < min || value > max) {
			throw FeedbackRefused.invalid(field, "listening.error.rule." + field, message);
		}
	}
}
