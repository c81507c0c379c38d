package app.agora.listening;

import java.util.List;
import java.util.UUID;

/**
 * The names listening looks for in every item: the catalogue's products and the
 * competitors (parties with the competitor role), each with its aliases.
 */
public record Listened(List<Name> products, List<Name> competitors) {

	/**
	 * @param key
	 *            the product's name, or the competitor's party id
	 */
	public record Name(String key, String name, List<Alias> aliases) {

		public UUID partyId() {
			return UUID.fromString(key);
		}
	}
}
