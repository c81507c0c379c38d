package app.agora.listening.internal;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.listening.FeedbackItem;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.Signal;
import app.agora.listening.SignalDecided;
import app.agora.listening.SignalDetails;
import app.agora.listening.SignalRule;
import app.agora.listening.SignalStatus;
import app.agora.listening.Signals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of signals for staff: who may read and decide, what a decision
 * needs, which rule values make sense.
 */
@Service
class SignalService implements Signals {

	static final int MAX_NOTE = 4000;

	private final SignalStore store;
	private final RuleStore rules;
	private final FeedbackStore items;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;

	SignalService(SignalStore store, RuleStore rules, FeedbackStore items, Accounts accounts,
			ApplicationEventPublisher events) {
		this.store = store;
		this.rules = rules;
		this.items = items;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Signal> signals(SignalStatus status, SignedInUser reader) {
		Access.staff(reader);
		return store.list(status);
	}

	@Override
	@Transactional(readOnly = true)
	public SignalDetails signal(long id, SignedInUser reader) {
		Access.staff(reader);
		Signal signal = store.find(id).orElseThrow(() -> notFound(id));
		List<FeedbackItem> evidence = store.evidenceOf(id).stream().map(items::item).flatMap(java.util.Optional::stream)
				.toList();
		return new SignalDetails(signal, evidence, store.logOf(id));
	}

	@Override
	@Transactional
	public Signal decide(long id, SignalStatus status, String note, boolean publish, SignedInUser lead) {
		Access.lead(lead);
		Signal signal = store.lock(id).orElseThrow(() -> notFound(id));
		if (status == null) {
			throw FeedbackRefused.invalid("status", "listening.error.status", "Say where the signal stands.");
		}
		if (status == SignalStatus.NEW) {
			throw FeedbackRefused.invalid("status", "listening.error.status", "A signal cannot become new again.");
		}
		if (!signal.status().open()) {
			throw new FeedbackRefused(HttpStatus.CONFLICT, "status", "listening.error.closed",
					"This signal is closed; a new one is raised if customers go on saying it.");
		}
		if (status.ordinal() < signal.status().ordinal()) {
			throw new FeedbackRefused(HttpStatus.CONFLICT, "status", "listening.error.back",
					"A signal moves on, not back: it is " + signal.status().name().toLowerCase() + ".");
		}
		String clean = note == null || note.isBlank() ? null : note.strip();
		if (clean != null && clean.length() > MAX_NOTE) {
			throw FeedbackRefused.invalid("note", "listening.error.noteLong",
					"A note holds at most " + MAX_NOTE + " characters.");
		}
		if (status.decision() && clean == null) {
			throw FeedbackRefused.invalid("note", "listening.error.decisionNote",
					"Say what was decided: the customers who spoke are told.");
		}
		if (publish && !status.decision()) {
			throw FeedbackRefused.invalid("publish", "listening.error.publish", "Only a decision is published.");
		}
		Instant now = Instant.now();
		store.decided(id, status, status.decision() ? clean : null, lead.email(), publish || signal.published(), now);
		store.log(id, status, clean, lead.email(), now);
		if (!status.open()) {
			int cooldown = rules.of(signal.scope()).map(SignalRule::cooldownDays).orElse(30);
			store.closed(signal.scope(), signal.scopeKey(), now.plus(Duration.ofDays(cooldown)));
		}
		if (signal.ownerAccountId() == null) {
			store.assigned(id, lead.accountId(), lead.displayName());
		}
		if (status.decision()) {
			events.publishEvent(new SignalDecided(id, status, clean));
		}
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Signal assign(long id, UUID ownerAccountId, SignedInUser lead) {
		Access.lead(lead);
		store.lock(id).orElseThrow(() -> notFound(id));
		SignedInUser owner = accounts.byId(Objects.requireNonNullElse(ownerAccountId, lead.accountId()))
				.filter(a -> a.role() == AccountRole.PRODUCT_LEAD || a.role() == AccountRole.ADMIN)
				.orElseThrow(() -> FeedbackRefused.invalid("owner", "listening.error.owner",
						"A signal's owner is a product lead or an admin."));
		store.assigned(id, owner.accountId(), owner.displayName());
		store.log(id, store.find(id).orElseThrow().status(), "Owner: " + owner.displayName(), lead.email(),
				Instant.now());
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SignalRule> rules(SignedInUser reader) {
		Access.staff(reader);
		return rules.all();
	}

	@Override
	@Transactional
	public SignalRule updateRule(SignalRule rule, SignedInUser lead) {
		Access.lead(lead);
		if (rule == null || rule.scope() == null) {
			throw FeedbackRefused.invalid("scope", "listening.error.scope",
					"Say which rule: THEME, PRODUCT or COMPETITOR.");
		}
		RuleCheck.check(rule);
		rules.update(rule, lead.email(), Instant.now());
		return rules.of(rule.scope()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Signal> published() {
		return store.published();
	}

	private static FeedbackRefused notFound(long id) {
		return FeedbackRefused.notFound("No signal " + id + ".");
	}
}
