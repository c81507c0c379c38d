package app.agora.outreach;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What a party did with the in-app notifications the gate delivered to them:
 * how many are unread (the count in the page header), and which of some
 * messages they have read (a digest leaves those out). Reading only; messages
 * are written through {@link Outreach#send}.
 */
public interface InAppNotices {

	/** How many of the party's in-app notifications are unread. */
	long unread(UUID partyId);

	/**
	 * Of these message ids ({@link Delivery#messageId()}), the ones delivered to
	 * the party in-app and read by them.
	 */
	Set<UUID> read(UUID partyId, Collection<UUID> messageIds);
}
