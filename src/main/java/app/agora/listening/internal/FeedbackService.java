package app.agora.listening.internal;

import app.agora.access.SignedInUser;
import app.agora.listening.Alias;
import app.agora.listening.Feedback;
import app.agora.listening.FeedbackDraft;
import app.agora.listening.FeedbackImport;
import app.agora.listening.FeedbackItem;
import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackPage;
import app.agora.listening.FeedbackQuery;
import app.agora.listening.FeedbackRefused;
import app.agora.listening.Listened;
import app.agora.listening.Theme;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of listening for staff: who may read (staff) and edit themes and
 * names (product leads and admins), and what a logged item must hold.
 */
@Service
class FeedbackService implements Feedback {

	static final int MAX_PAGE_SIZE = 100;
	private static final Duration CLOCK_SKEW = Duration.ofDays(1);

	private final FeedbackStore store;
	private final FeedbackIntake intake;
	private final FeedbackCsv csv;
	private final Themes themes;
	private final AliasStore aliases;
	private final ListenedNames names;
	private final Parties parties;

	FeedbackService(FeedbackStore store, FeedbackIntake intake, FeedbackCsv csv, Themes themes, AliasStore aliases,
			ListenedNames names, Parties parties) {
		this.store = store;
		this.intake = intake;
		this.csv = csv;
		this.themes = themes;
		this.aliases = aliases;
		this.names = names;
		this.parties = parties;
	}

	@Override
	@Transactional(readOnly = true)
	public FeedbackPage inbox(FeedbackQuery query, int page, int size, SignedInUser reader) {
		Access.staff(reader);
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			throw FeedbackRefused.invalid("from", "listening.error.dates", "The first day comes after the last.");
		}
		int bounded = Math.clamp(size, 1, MAX_PAGE_SIZE);
		int from = Math.max(0, page);
		return new FeedbackPage(store.find(query, from, bounded), from, bounded, store.count(query));
	}

	@Override
	@Transactional(readOnly = true)
	public FeedbackItem item(long id, SignedInUser reader) {
		Access.staff(reader);
		return store.item(id).orElseThrow(() -> FeedbackRefused.notFound("No feedback item " + id + "."));
	}

	@Override
	@Transactional
	public FeedbackItem log(FeedbackDraft draft, SignedInUser staff) {
		Access.staff(staff);
		String text = draft.text() == null ? "" : draft.text().strip();
		if (text.length() > TextCheck.MAX_STORED) {
			throw FeedbackRefused.invalid("text", "listening.error.textLong",
					"Feedback holds at most " + String.format("%,d", TextCheck.MAX_STORED) + " characters.");
		}
		String rejection = TextCheck.rejection(text);
		if (rejection != null) {
			throw FeedbackRefused.invalid("text", "listening.error.text", rejection);
		}
		String channel = bounded(draft.channel(), "channel", 100);
		String authorName = bounded(draft.authorName(), "authorName", 200);
		if (draft.authorPartyId() != null) {
			PartyDetails author = parties.find(draft.authorPartyId()).orElseThrow(() -> FeedbackRefused
					.invalid("authorPartyId", "listening.error.noParty", "No party with this id."));
			authorName = authorName == null ? author.displayName() : authorName;
		}
		Instant now = Instant.now();
		Instant saidAt = draft.saidAt() == null ? now : draft.saidAt();
		if (saidAt.isAfter(now.plus(CLOCK_SKEW))) {
			throw FeedbackRefused.invalid("saidAt", "listening.error.future", "Feedback cannot be said in the future.");
		}
		long id = intake.take(new NewFeedback(FeedbackOrigin.MANUAL, "manual:" + UUID.randomUUID(),
				channel == null ? "by hand" : channel, draft.authorPartyId(), null, authorName, text,
				draft.authorPartyId() == null ? null : "/parties/" + draft.authorPartyId(), saidAt, staff.email(), null,
				null)).orElseThrow();
		return store.item(id).orElseThrow();
	}

	@Override
	@Transactional
	public FeedbackImport importCsv(String channel, InputStream file, SignedInUser staff) {
		Access.staff(staff);
		String name = bounded(channel, "channel", 100);
		if (name == null) {
			throw FeedbackRefused.invalid("channel", "listening.error.channel",
					"Say which channel the feedback comes from.");
		}
		return csv.importFrom(name, file, staff.email());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Theme> themes(SignedInUser reader) {
		Access.staff(reader);
		return themes.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Theme theme(long id, SignedInUser reader) {
		Access.staff(reader);
		return themes.theme(id);
	}

	@Override
	@Transactional
	public Theme renameTheme(long id, String name, SignedInUser lead) {
		Access.lead(lead);
		return themes.rename(id, name);
	}

	@Override
	@Transactional
	public Theme mergeThemes(long into, long from, SignedInUser lead) {
		Access.lead(lead);
		return themes.merge(into, from);
	}

	@Override
	@Transactional
	public List<Theme> splitTheme(long id, SignedInUser lead) {
		Access.lead(lead);
		return themes.split(id);
	}

	@Override
	@Transactional
	public FeedbackItem moveItem(long itemId, long themeId, SignedInUser lead) {
		Access.lead(lead);
		FeedbackItem item = item(itemId, lead);
		themes.move(itemId, item.themeId(), themeId);
		return store.item(itemId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Listened listened(SignedInUser reader) {
		Access.staff(reader);
		return names.listened();
	}

	@Override
	@Transactional
	public Alias addAlias(Alias.AliasKind kind, String subject, String alias, SignedInUser lead) {
		Access.lead(lead);
		if (kind == null) {
			throw FeedbackRefused.invalid("kind", "listening.error.aliasKind",
					"Say whether it names a product or a competitor.");
		}
		String clean = bounded(alias, "alias", 200);
		if (clean == null || MentionFinder.words(clean).isEmpty()) {
			throw FeedbackRefused.invalid("alias", "listening.error.alias", "An alias needs at least one word.");
		}
		Listened listened = names.listened();
		var subjects = kind == Alias.AliasKind.PRODUCT ? listened.products() : listened.competitors();
		if (subjects.stream().noneMatch(n -> n.key().equals(subject))) {
			throw FeedbackRefused.invalid("subject", "listening.error.aliasSubject",
					kind == Alias.AliasKind.PRODUCT
							? "No product of the catalogue has this name."
							: "No competitor has this id.");
		}
		if (aliases.exists(kind, subject, clean)) {
			throw new FeedbackRefused(HttpStatus.CONFLICT, "alias", "listening.error.aliasTwice",
					"This alias is there already.");
		}
		Alias added = aliases.add(kind, subject, clean);
		names.changed();
		return added;
	}

	@Override
	@Transactional
	public void removeAlias(long aliasId, SignedInUser lead) {
		Access.lead(lead);
		aliases.find(aliasId).orElseThrow(() -> FeedbackRefused.notFound("No alias " + aliasId + "."));
		aliases.remove(aliasId);
		names.changed();
	}

	@Override
	@Transactional(readOnly = true)
	public Named named(SignedInUser reader) {
		Access.staff(reader);
		return new Named(store.productsNamed(), store.competitorsNamed());
	}

	private static String bounded(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			throw FeedbackRefused.invalid(field, "listening.error.tooLong", "At most " + max + " characters, please.");
		}
		return clean;
	}
}
