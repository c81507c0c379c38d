package app.agora.outreach.internal;

import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What makes preferences acceptable, in one place for the page, the API and
 * programs: a cap between 0 and the configured default, quiet hours complete
 * and not empty.
 */
@Component
class PreferenceRules {

	/** One thing wrong, named by its field and a message code with arguments. */
	record Problem(String field, String code, Object... args) {
	}

	private final OutreachProperties properties;
	private final MessageSource messages;

	PreferenceRules(OutreachProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	int limit(Purpose purpose) {
		return properties.caps().of(purpose);
	}

	List<Problem> check(Preferences preferences) {
		var problems = new ArrayList<Problem>();
		preferences.caps().forEach((purpose, cap) -> {
			if (cap < 0 || cap > limit(purpose)) {
				problems.add(new Problem("caps." + purpose.name(), "outreach.error.cap", limit(purpose)));
			}
		});
		var quiet = preferences.quietHours();
		if (quiet != null) {
			if (quiet.start() == null) {
				problems.add(new Problem("quietHours.start", "outreach.error.time"));
			}
			if (quiet.end() == null) {
				problems.add(new Problem("quietHours.end", "outreach.error.time"));
			}
			if (quiet.zone() == null) {
				problems.add(new Problem("quietHours.zone", "outreach.error.zone"));
			}
			if (quiet.start() != null && quiet.start().equals(quiet.end())) {
				problems.add(new Problem("quietHours.end", "outreach.error.quietSpan"));
			}
		}
		return problems;
	}

	String message(Problem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.args(), problem.code(), locale);
	}

	String describe(List<Problem> problems) {
		return problems.stream().map(p -> p.field() + ": " + message(p, Locale.ENGLISH))
				.collect(Collectors.joining("; "));
	}
}
