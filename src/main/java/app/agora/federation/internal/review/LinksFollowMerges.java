package app.agora.federation.internal.review;

import app.agora.federation.LinkDecisions;
import app.agora.federation.NeverSame;
import app.agora.federation.RecordRef;
import app.agora.parties.PartiesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two parties become one, the absorbed party's linked records, view log,
 * queued pairs, decision history and "never the same" marks move to the
 * survivor, and the merge is logged. Runs in the merge's transaction, before
 * the absorbed party is deleted (its rows would go with it).
 */
@Component
class LinksFollowMerges {

	private final JdbcClient jdbc;
	private final NeverSame neverSame;
	private final LinkDecisions decisions;

	LinksFollowMerges(JdbcClient jdbc, NeverSame neverSame, LinkDecisions decisions) {
		this.jdbc = jdbc;
		this.neverSame = neverSame;
		this.decisions = decisions;
	}

	@EventListener
	void on(PartiesMerged merged) {
		run("update source_link set party_id = :survivor where party_id = :absorbed", merged);
		run("update view_access set party_id = :survivor where party_id = :absorbed", merged);
		run("update link_review set party_id = :survivor where party_id = :absorbed", merged);
		run("update link_decision set party_id = :survivor where party_id = :absorbed", merged);
		moveNeverSame(merged);
		decisions.record(merged.survivor(), "MERGED", NeverSame.party(merged.survivor()),
				NeverSame.party(merged.absorbed()), null, "STAFF", merged.by(), merged.reason());
	}

	/**
	 * A record never the same as the absorbed party is never the same as the
	 * survivor.
	 */
	private void moveNeverSame(PartiesMerged merged) {
		var absorbed = NeverSame.party(merged.absorbed());
		var survivor = NeverSame.party(merged.survivor());
		record Mark(RecordRef other, String by, String reason) {
		}
		var marks = jdbc.sql("""
				select right_source, right_key, decided_by, reason from never_same
				where left_source = :source and left_key = :key
				union all
				select left_source, left_key, decided_by, reason from never_same
				where right_source = :source and right_key = :key""").param("source", absorbed.source())
				.param("key", absorbed.key()).query((rs, n) -> new Mark(new RecordRef(rs.getString(1), rs.getString(2)),
						rs.getString(3), rs.getString(4)))
				.list();
		jdbc.sql("""
				delete from never_same where (left_source = :source and left_key = :key)
				or (right_source = :source and right_key = :key)""").param("source", absorbed.source())
				.param("key", absorbed.key()).update();
		for (var mark : marks) {
			if (!mark.other().equals(survivor)) {
				neverSame.mark(mark.other(), survivor, mark.by(), mark.reason());
			}
		}
	}

	private void run(String sql, PartiesMerged merged) {
		jdbc.sql(sql).param("survivor", merged.survivor()).param("absorbed", merged.absorbed()).update();
	}
}
