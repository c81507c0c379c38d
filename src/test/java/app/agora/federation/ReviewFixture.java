package app.agora.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts pairs into the review queue the way a linking run does (the runs
 * themselves are built elsewhere), so the queue can be tested on its own.
 */
public final class ReviewFixture {

	private final JdbcClient jdbc;

	public ReviewFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An open pair: a party of Agora's own store and a source record. */
	public UUID partyAndRecord(UUID partyId, String partyName, String source, String key, String recordName,
			double probability) {
		String left = "{\"name\": \"" + partyName + "\", \"email\": \"same@example.org\", \"city\": \"Lyon\"}";
		String right = "{\"name\": \"" + recordName + "\", \"email\": \"same@example.org\", \"city\": \"Paris\"}";
		return insert(new RecordRef("agora", partyId.toString()), new RecordRef(source, key), partyId, probability,
				left, right);
	}

	/** An open pair of two parties of Agora's own store. */
	public UUID twoParties(UUID a, UUID b, double probability) {
		return insert(new RecordRef("agora", a.toString()), new RecordRef("agora", b.toString()), a, probability,
				"{\"name\": \"A\"}", "{\"name\": \"B\"}");
	}

	public UUID insert(RecordRef left, RecordRef right, UUID partyId, double probability, String leftRecord,
			String rightRecord) {
		var id = UUID.randomUUID();
		String explanation = """
				{"rule": null, "comparisons": [
				  {"field": "name", "level": "Jaro-Winkler >= 0.92", "weight": 3.5, "left": "a", "right": "b"},
				  {"field": "email", "level": "exact", "weight": 9.25, "left": "same@example.org", "right": "same@example.org"},
				  {"field": "city", "level": "different", "weight": -2.1, "left": "lyon", "right": "paris"}]}""";
		jdbc.sql("""
				insert into link_review (id, left_source, left_key, right_source, right_key, party_id, probability,
				  weight, explanation, left_record, right_record, status, proposed_at, proposed_by)
				values (:id, :ls, :lk, :rs, :rk, :party, :p, :w, :explanation, :lr, :rr, 'OPEN', :at, 'test run')""")
				.param("id", id).param("ls", left.source()).param("lk", left.key()).param("rs", right.source())
				.param("rk", right.key()).param("party", partyId).param("p", probability).param("w", 10.65)
				.param("explanation", explanation).param("lr", leftRecord).param("rr", rightRecord)
				.param("at", Timestamp.from(Instant.now())).update();
		return id;
	}
}
