package app.agora.listening.internal;

import java.util.UUID;

/** A tagged item as a signal's window sees it. */
record WindowItem(long id, String sentiment, String customerKey) {

	/**
	 * Who said it, for counting distinct customers: the party, else the account,
	 * else the name on its channel, else the item alone (an anonymous voice).
	 */
	static String customerKey(long id, UUID party, UUID account, String channel, String name) {
		if (party != null) {
			return "party:" + party;
		}
		if (account != null) {
			return "account:" + account;
		}
		if (name != null && !name.isBlank()) {
			String key = "name:" + (channel == null ? "" : channel.toLowerCase(java.util.Locale.ROOT)) + ":"
					+ name.strip().toLowerCase(java.util.Locale.ROOT);
			return key.length() <= 80 ? key : key.substring(0, 80);
		}
		return "item:" + id;
	}
}
