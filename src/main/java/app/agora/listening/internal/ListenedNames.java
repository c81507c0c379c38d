package app.agora.listening.internal;

import app.agora.community.Product;
import app.agora.community.Products;
import app.agora.listening.Alias;
import app.agora.listening.Listened;
import app.agora.listening.Mention;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The names items are searched for: the catalogue's products and the parties
 * with the competitor role, with their aliases. Read again at most every
 * minute, and at once when an alias changes.
 */
@Component
class ListenedNames {

	private static final Duration FRESH = Duration.ofMinutes(1);
	private static final int MAX_COMPETITORS = 1000;

	private final Products products;
	private final Parties parties;
	private final AliasStore aliases;
	private volatile Snapshot snapshot;

	ListenedNames(Products products, Parties parties, AliasStore aliases) {
		this.products = products;
		this.parties = parties;
		this.aliases = aliases;
	}

	Listened listened() {
		List<Alias> all = aliases.all();
		List<Listened.Name> productNames = products.products().stream().map(Product::name)
				.map(name -> new Listened.Name(name, name, aliasesOf(all, Alias.AliasKind.PRODUCT, name))).toList();
		List<Listened.Name> competitorNames = competitors().stream().map(p -> new Listened.Name(p.id().toString(),
				p.displayName(), aliasesOf(all, Alias.AliasKind.COMPETITOR, p.id().toString()))).toList();
		return new Listened(productNames, competitorNames);
	}

	/** The finders for products (by name) and competitors. */
	Snapshot current() {
		Snapshot known = snapshot;
		if (known == null || known.readAt().plus(FRESH).isBefore(Instant.now())) {
			known = read();
			snapshot = known;
		}
		return known;
	}

	void changed() {
		snapshot = null;
	}

	private Snapshot read() {
		Listened listened = listened();
		Map<String, String> productNames = new LinkedHashMap<>();
		for (var product : listened.products()) {
			productNames.put(product.name(), product.name());
			product.aliases().forEach(a -> productNames.putIfAbsent(a.alias(), product.name()));
		}
		Map<String, Mention> competitorNames = new LinkedHashMap<>();
		for (var competitor : listened.competitors()) {
			Mention mention = new Mention(UUID.fromString(competitor.key()), competitor.name());
			competitorNames.put(competitor.name(), mention);
			competitor.aliases().forEach(a -> competitorNames.putIfAbsent(a.alias(), mention));
		}
		Map<UUID, Mention> byId = new LinkedHashMap<>();
		competitorNames.values().forEach(m -> byId.putIfAbsent(m.competitorId(), m));
		return new Snapshot(new MentionFinder<>(productNames), new MentionFinder<>(competitorNames), byId,
				Instant.now());
	}

	private List<PartyDetails> competitors() {
		return parties.search(new PartyQuery(null, PartyRole.COMPETITOR, null, null), 0, MAX_COMPETITORS).parties();
	}

	private static List<Alias> aliasesOf(List<Alias> all, Alias.AliasKind kind, String subject) {
		return all.stream().filter(a -> a.kind() == kind && a.subject().equals(subject)).toList();
	}

	/** The finders as read at one moment. */
	record Snapshot(MentionFinder<String> products, MentionFinder<Mention> competitors, Map<UUID, Mention> byId,
			Instant readAt) {

		/**
		 * The competitor with this party id, named as listening knows it (or
		 * "competitor" if no longer one).
		 */
		Mention competitor(UUID partyId) {
			return byId.getOrDefault(partyId, new Mention(partyId, "Competitor"));
		}
	}
}
