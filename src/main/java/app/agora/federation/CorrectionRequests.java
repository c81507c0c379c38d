package app.agora.federation;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.federation.internal.view.FederationSources;
import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * "This is wrong": a customer says one fact of their view is wrong, and the
 * request goes to the stewards of the source that holds it (the
 * {@code stewards:} of the sources file; all staff when it names none). The
 * customer follows the status on their own page and is told, in-app, when it
 * changes. Notices go through the outreach gate like every other message.
 */
@Service
public class CorrectionRequests {

	private static final Logger log = LoggerFactory.getLogger(CorrectionRequests.class);
	private static final int MAX_TEXT = NewCorrection.MAX_MESSAGE_LENGTH;
	private static final int MAX_LISTED = 500;
	/** The column's size (V7). */
	private static final int MAX_SNAPSHOT = 100_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COLUMNS = """
			id, party_id, source_id, record_key, facet, fact_snapshot, message, suggested_value, status, staff_reply,
			created_at, updated_at, handled_by""";

	private final JdbcClient jdbc;
	private final CustomerViews views;
	private final FederationSources sources;
	private final Accounts accounts;
	private final Outreach outreach;
	private final Clock clock;

	CorrectionRequests(JdbcClient jdbc, CustomerViews views, FederationSources sources, Accounts accounts,
			Outreach outreach, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.views = views;
		this.sources = sources;
		this.accounts = accounts;
		this.outreach = outreach;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Stores the request against the fact as the sources show it now, and tells the
	 * source's stewards.
	 *
	 * @throws InvalidCorrection
	 *             when the message is empty or too long, the suggested value too
	 *             long, or the fact is not in the party's view
	 */
	public CorrectionRequest file(UUID partyId, String requestedBy, NewCorrection request) {
		var errors = new LinkedHashMap<String, String>();
		String message = clean(request.message());
		String suggested = clean(request.suggestedValue());
		if (message == null) {
			errors.put("message", "myinfo.error.messageRequired");
		} else if (message.length() > MAX_TEXT) {
			errors.put("message", "myinfo.error.messageTooLong");
		}
		if (suggested != null && suggested.length() > MAX_TEXT) {
			errors.put("suggestedValue", "myinfo.error.suggestedTooLong");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCorrection(errors);
		}
		Fact fact = blank(request.source()) || blank(request.facet()) || blank(request.recordKey())
				? null
				: views.factOf(partyId, request.source(), request.facet(), request.recordKey()).orElse(null);
		if (fact == null) {
			throw new InvalidCorrection(Map.of("fact", "myinfo.error.noSuchFact"));
		}
		var id = UUID.randomUUID();
		var now = now();
		jdbc.sql("insert into correction_request (" + COLUMNS + """
				) values (:id, :party, :source, :key, :facet, :fact, :message, :suggested, 'OPEN', null,
				:now, :now, null)""").param("id", id).param("party", partyId).param("source", fact.source())
				.param("key", fact.recordKey()).param("facet", request.facet()).param("fact", snapshot(fact))
				.param("message", message).param("suggested", suggested).param("now", now).update();
		var filed = find(id).orElseThrow();
		tellStewards(filed, requestedBy);
		return filed;
	}

	/** The party's own requests, newest first. */
	public List<CorrectionRequest> of(UUID partyId) {
		return jdbc
				.sql("select " + COLUMNS + " from correction_request where party_id = :party "
						+ "order by created_at desc limit " + MAX_LISTED)
				.param("party", partyId).query(this::row).list();
	}

	/** One of the party's own requests; empty for another party's. */
	public Optional<CorrectionRequest> of(UUID partyId, UUID id) {
		return find(id).filter(request -> request.partyId().equals(partyId));
	}

	public Optional<CorrectionRequest> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from correction_request where id = :id").param("id", id)
				.query(this::row).optional();
	}

	/**
	 * The staff queue, oldest first so the longest waiting is seen first; null
	 * filters leave nothing out.
	 */
	public List<CorrectionRequest> queue(CorrectionStatus status, String source) {
		// Fixed SQL fragments chosen by which filters are set; the values are bound.
		var sql = new StringBuilder("select " + COLUMNS + " from correction_request where 1 = 1");
		var params = new LinkedHashMap<String, Object>();
		if (status != null) {
			sql.append(" and status = :status");
			params.put("status", status.name());
		}
		if (!blank(source)) {
			sql.append(" and source_id = :source");
			params.put("source", source.strip());
		}
		sql.append(" order by created_at limit ").append(MAX_LISTED);
		return jdbc.sql(sql.toString()).params(params).query(this::row).list();
	}

	/**
	 * A steward's answer: the new status and a reply (required to decline). The
	 * customer is told when the status or the reply changed.
	 *
	 * @throws CorrectionNotFound
	 *             for an unknown id
	 * @throws InvalidCorrection
	 *             for a missing status, a decline without reply, a reply too long
	 */
	public CorrectionRequest answer(UUID id, CorrectionStatus status, String reply, String handledBy) {
		var before = find(id).orElseThrow(() -> new CorrectionNotFound(id));
		String text = clean(reply);
		var errors = new LinkedHashMap<String, String>();
		if (status == null) {
			errors.put("status", "myinfo.error.status");
		}
		if (text != null && text.length() > MAX_TEXT) {
			errors.put("reply", "myinfo.error.replyTooLong");
		} else if (status == CorrectionStatus.DECLINED && text == null) {
			errors.put("reply", "myinfo.error.replyRequired");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCorrection(errors);
		}
		jdbc.sql(
				"""
						update correction_request set status = :status, staff_reply = :reply, handled_by = :by, updated_at = :now
						where id = :id""")
				.param("status", status.name()).param("reply", text).param("by", handledBy).param("now", now())
				.param("id", id).update();
		var after = find(id).orElseThrow();
		if (before.status() != after.status() || !java.util.Objects.equals(before.reply(), after.reply())) {
			tellCustomer(after, handledBy);
		}
		return after;
	}

	/**
	 * The sources whose {@code stewards:} name this account (by email), in the
	 * order of the sources file.
	 */
	public List<String> sourcesStewardedBy(String email) {
		String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		return sources.composer().sources().stream().map(s -> s.definition()).filter(d -> d.stewards().contains(key))
				.map(d -> d.id()).toList();
	}

	/** The accounts a request about this source goes to. */
	public List<SignedInUser> stewardsOf(String source) {
		var definition = sources.composer().sources().stream().map(s -> s.definition())
				.filter(d -> d.id().equals(source)).findFirst();
		var named = definition.map(d -> d.stewards()).orElse(List.of());
		if (named.isEmpty()) {
			return accounts.staff();
		}
		var stewards = new ArrayList<SignedInUser>();
		for (String email : new LinkedHashSet<>(named)) {
			accounts.byEmail(email).filter(SignedInUser::isEnabled).ifPresentOrElse(stewards::add,
					() -> log.warn("Source {} names steward {}, who has no account.", source, email));
		}
		return stewards.isEmpty() ? accounts.staff() : stewards;
	}

	private void tellStewards(CorrectionRequest request, String requestedBy) {
		String source = views.sourceNames().getOrDefault(request.source(), request.source());
		String subject = "Correction request about " + source + " (" + request.facet() + ")";
		String body = "A customer says a fact from " + source + " is wrong (" + request.facet() + " "
				+ request.recordKey() + "). Answer it on /corrections/" + request.id() + ".";
		for (var steward : stewardsOf(request.source())) {
			steward.partyId().ifPresent(party -> send(party, subject, body, requestedBy));
		}
	}

	private void tellCustomer(CorrectionRequest request, String handledBy) {
		String subject = "Your correction request: " + describe(request.status());
		String body = "Your request about " + request.facet() + " " + request.recordKey() + " is now "
				+ describe(request.status()) + "." + (request.reply() == null ? "" : " Our reply: " + request.reply())
				+ " See /me/information.";
		send(request.partyId(), subject, body, handledBy == null ? "corrections" : handledBy);
	}

	private void send(UUID party, String subject, String body, String requestedBy) {
		try {
			outreach.send(new OutboundMessage(party, Channel.IN_APP, Purpose.SERVICE, subject,
					body.length() > OutboundMessage.MAX_BODY_LENGTH
							? body.substring(0, OutboundMessage.MAX_BODY_LENGTH)
							: body,
					requestedBy));
		} catch (RuntimeException e) {
			// The request is stored either way; a notice that failed is in the log.
			log.warn("Could not send the correction notice to party {}: {}", party, e.toString());
		}
	}

	private static String describe(CorrectionStatus status) {
		return switch (status) {
			case OPEN -> "open";
			case IN_PROGRESS -> "in progress";
			case CORRECTED -> "corrected";
			case DECLINED -> "declined";
		};
	}

	private OffsetDateTime now() {
		return Instant.now(clock).atOffset(ZoneOffset.UTC);
	}

	private static String snapshot(Fact fact) {
		var fields = new LinkedHashMap<String, Object>();
		fact.fields().forEach((name, value) -> fields.put(name, switch (value) {
			case null -> null;
			case Number n -> n;
			case Boolean b -> b;
			case Temporal t -> t.toString();
			default -> value.toString();
		}));
		var snapshot = new LinkedHashMap<String, Object>();
		snapshot.put("source", fact.source());
		snapshot.put("recordKey", fact.recordKey());
		snapshot.put("asOf", fact.asOf() == null ? null : fact.asOf().toString());
		snapshot.put("fields", fields);
		String json = JSON.writeValueAsString(snapshot);
		if (json.length() > MAX_SNAPSHOT) {
			// A fact with very many long fields: keep every field, each cut short.
			fields.replaceAll((name, value) -> value instanceof String text && text.length() > 100
					? text.substring(0, 100) + "…"
					: value);
			json = JSON.writeValueAsString(snapshot);
		}
		return json;
	}

	private CorrectionRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Map<String, Object> fact = JSON.readValue(rs.getString("fact_snapshot"), new TypeReference<>() {
		});
		return new CorrectionRequest(rs.getObject("id", UUID.class), rs.getObject("party_id", UUID.class),
				rs.getString("source_id"), rs.getString("record_key"), rs.getString("facet"), fact,
				rs.getString("message"), rs.getString("suggested_value"),
				CorrectionStatus.valueOf(rs.getString("status")), rs.getString("staff_reply"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("handled_by"));
	}

	private static String clean(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
