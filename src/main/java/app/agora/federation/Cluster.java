package app.agora.federation;

import java.util.List;

/**
 * Records linked to each other, directly or through others: one person as far
 * as the links tell. A record with no link is a cluster of its own.
 *
 * @param id
 *            a number for the cluster, stable for the same input
 */
public record Cluster(int id, List<RecordRef> members) {

	public Cluster {
		members = List.copyOf(members);
	}
}
