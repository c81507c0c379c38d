package app.agora.federation.spi;

import java.util.Set;
import java.util.UUID;

/**
 * Whom a source is asked about: the record keys already linked to the party in
 * this source, and the party's contact points (email in lower case, phone in
 * E.164), either of which may be null.
 */
public record Lookup(UUID partyId, Set<String> keys, String email, String phone) {

	public Lookup {
		keys = Set.copyOf(keys);
	}
}
