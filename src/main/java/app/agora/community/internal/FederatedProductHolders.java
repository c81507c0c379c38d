package app.agora.community.internal;

import app.agora.federation.CustomerViews;
import app.agora.federation.Fact;
import app.agora.federation.Viewer;
import app.agora.parties.PartyNotFound;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A party holds a product when the composed view of the party (every source,
 * through {@link CustomerViews}) has a {@code products-held} fact whose
 * {@code product} is the catalogue name, ignoring case and surrounding spaces,
 * whatever its dates: someone who held it has used it. A source that does not
 * answer proves nothing, so the answer is then no. Each look is written to the
 * view access log as the community's.
 */
@Component
class FederatedProductHolders implements ProductHolders {

	static final String FACET = "products-held";
	static final Viewer VIEWER = new Viewer(null, "Community: verified owner check", false);

	private final CustomerViews views;

	FederatedProductHolders(CustomerViews views) {
		this.views = views;
	}

	@Override
	public boolean holds(UUID partyId, String productName) {
		if (partyId == null || productName == null) {
			return false;
		}
		String wanted = normal(productName);
		try {
			List<Fact> held = views.viewOf(partyId, VIEWER, "community").facets().getOrDefault(FACET, List.of());
			return held.stream().map(f -> f.fields().get("product")).filter(java.util.Objects::nonNull)
					.anyMatch(product -> normal(product.toString()).equals(wanted));
		} catch (PartyNotFound e) {
			return false;
		}
	}

	private static String normal(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
