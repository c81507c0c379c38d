package app.agora.listening.internal;

import app.agora.listening.FeedbackTagged;
import app.agora.listening.Signal;
import app.agora.listening.SignalRaised;
import app.agora.listening.SignalRule;
import app.agora.listening.SignalScope;
import app.agora.listening.SignalStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises signals: each tagged item makes its theme, its products and its
 * competitors be measured against their rule, at once after the tags commit. A
 * scope that meets its rule gets a signal unless one is open or a closed one's
 * cooldown runs; the scope's guard row is locked meanwhile, so two nodes never
 * raise it twice.
 */
@Component
class SignalDetector {

	private final SignalStore signals;
	private final RuleStore rules;
	private final ThemeStore themes;
	private final ApplicationEventPublisher events;
	private final CoalescedRuns<Long> measuring = new CoalescedRuns<>();

	SignalDetector(SignalStore signals, RuleStore rules, ThemeStore themes, ApplicationEventPublisher events) {
		this.signals = signals;
		this.rules = rules;
		this.themes = themes;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(FeedbackTagged tagged) {
		if (tagged.themeId() != null) {
			themes.theme(tagged.themeId()).ifPresent(
					theme -> measure(SignalScope.THEME, String.valueOf(theme.id()), theme.name(), tagged.itemId()));
		}
		for (String product : tagged.products()) {
			measure(SignalScope.PRODUCT, product, product, tagged.itemId());
		}
		for (UUID competitor : tagged.competitorIds()) {
			measure(SignalScope.COMPETITOR, competitor.toString(), null, tagged.itemId());
		}
	}

	/**
	 * Considers the scope, once for any number of items that arrive while it is
	 * being considered: a listener that finds the scope being measured leaves a
	 * mark and returns, and the one measuring measures again (seeing every item
	 * committed by then) until no mark is left. A busy theme is thus measured a few
	 * times a second, not once per item, each measure reading its whole window.
	 */
	private void measure(SignalScope scope, String key, String name, Long item) {
		measuring.run(scope + ":" + key, item, arrived -> consider(scope, key, name, arrived, Instant.now()));
	}

	/**
	 * Measures the scope and raises its signal if the rule is met; the signal, if
	 * raised.
	 */
	Optional<Signal> consider(SignalScope scope, String key, String name, Long item, Instant now) {
		SignalRule rule = rules.of(scope).orElse(null);
		if (rule == null || !rule.enabled() || signals.quiet(scope, key, now)) {
			return Optional.empty();
		}
		Duration window = Duration.ofDays(rule.windowDays());
		Instant from = now.minus(window);
		List<WindowItem> current = signals.window(scope, key, from, now);
		if (current.size() < rule.minCustomers()) {
			return Optional.empty();
		}
		Instant baselineFrom = from.minus(window.multipliedBy(rule.baselineWindows()));
		double baseline = (double) signals.count(scope, key, baselineFrom, from) / rule.baselineWindows();
		WindowMeasure measure = WindowMeasure.of(current, baseline, rule,
				() -> signals.embeddings(scope, key, from, now));
		if (!measure.meets(rule) || !signals.mayRaise(scope, key, now)) {
			return Optional.empty();
		}
		String shown = name != null ? name : competitorName(key);
		Signal draft = new Signal(0, scope, key, clip(shown), SignalStatus.NEW, null, null, measure.customers(),
				measure.items(), measure.coherence(), measure.agreement(), measure.sentiment(), measure.rise(),
				measure.baseline(), from, now, now, null, null, null, false, null);
		long id = signals.insert(draft, item);
		signals.evidence(id, current);
		signals.opened(scope, key, id);
		signals.log(id, SignalStatus.NEW, measure.customers() + " customers, " + measure.items() + " items", "Agora",
				now);
		events.publishEvent(new SignalRaised(id, scope, draft.scopeName(), measure.customers(), measure.sentiment()));
		return signals.find(id);
	}

	private String competitorName(String partyId) {
		return signals.competitorName(UUID.fromString(partyId)).orElse("Competitor");
	}

	private static String clip(String name) {
		return name.length() <= 200 ? name : name.substring(0, 199) + "…";
	}
}
