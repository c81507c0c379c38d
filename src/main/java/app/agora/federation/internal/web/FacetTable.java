package app.agora.federation.internal.web;

import app.agora.federation.Fact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One facet of the staff page: its columns (a sensible order for the facets
 * everyone knows, then any other field, so a facet or field that is new in the
 * sources file shows without a code change) and its facts.
 */
record FacetTable(String facet, List<String> columns, List<Fact> facts) {

	private static final Map<String, List<String>> KNOWN_ORDER = Map.of("profile",
			List.of("name", "email", "phone", "address", "postcode", "city", "country", "stage"), "contact-points",
			List.of("email", "phone"), "transactions", List.of("description", "amount", "currency", "status"),
			"products-held", List.of("product", "since", "until"), "entitlements",
			List.of("entitlement", "since", "until"), "offers-received", List.of("offer", "response"), "interactions",
			List.of("kind", "channel", "subject", "text", "status", "by"), "preferences",
			List.of("name", "language", "preferred-channel", "newsletter"));

	static List<FacetTable> of(Map<String, List<Fact>> facets) {
		var tables = new ArrayList<FacetTable>();
		facets.forEach((facet, facts) -> tables.add(new FacetTable(facet, columns(facet, facts), facts)));
		return tables;
	}

	static List<String> columns(String facet, List<Fact> facts) {
		var present = new TreeSet<String>();
		facts.forEach(fact -> present.addAll(fact.fields().keySet()));
		var columns = new LinkedHashSet<String>();
		KNOWN_ORDER.getOrDefault(facet, List.of()).stream().filter(present::contains).forEach(columns::add);
		columns.addAll(present);
		return List.copyOf(columns);
	}
}
