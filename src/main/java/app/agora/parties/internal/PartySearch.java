package app.agora.parties.internal;

import app.agora.parties.PartyDetails;
import app.agora.parties.PartyPage;
import app.agora.parties.PartyQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches parties with plain, parameterised SQL, then loads the page's
 * aggregates whole.
 */
@Component
class PartySearch {

	private final JdbcClient jdbc;
	private final PartyRepository parties;

	PartySearch(JdbcClient jdbc, PartyRepository parties) {
		this.jdbc = jdbc;
		this.parties = parties;
	}

	PartyPage search(PartyQuery query, int page, int size) {
		var where = new StringBuilder(" from party p where 1 = 1");
		Map<String, Object> params = new TreeMap<>();
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (lower(p.display_name) like :text or p.email_key like :text or p.phone like :raw"
					+ " or p.phone_key like :raw)");
			String text = query.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_");
			params.put("text", "%" + text + "%");
			params.put("raw", "%" + text + "%");
		}
		if (query.role() != null) {
			where.append(" and exists (select 1 from party_role r where r.party_id = p.id and r.role = :role"
					+ " and r.until is null)");
			params.put("role", query.role().name());
		}
		if (query.stage() != null) {
			where.append(" and p.stage = :stage");
			params.put("stage", query.stage().name());
		}
		if (query.kind() != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", query.kind().name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc.sql("select p.id" + where + " order by p.display_name, p.id limit :limit offset :offset")
				.params(params).param("limit", size).param("offset", (long) page * size).query(UUID.class).list();
		Map<UUID, PartyDetails> byId = new java.util.HashMap<>();
		parties.findAllById(ids).forEach(p -> byId.put(p.id(), p.toDetails()));
		List<PartyDetails> ordered = new ArrayList<>(ids.size());
		ids.forEach(id -> {
			if (byId.containsKey(id)) {
				ordered.add(byId.get(id));
			}
		});
		return new PartyPage(ordered, page, size, total);
	}
}
