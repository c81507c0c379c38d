package app.agora.outreach.spi;

import app.agora.outreach.Channel;
import java.util.Optional;

/**
 * A way to carry messages to people. One Spring bean per {@link Channel}; the
 * gate refuses to start when a channel has none or two.
 */
public interface ChannelProvider {

	/**
	 * A stable, lower-case id such as {@code email}, shown in logs and on the staff
	 * page.
	 */
	String id();

	/** The channel this provider carries. */
	Channel channel();

	/** One sentence for staff: what this provider does and how it is configured. */
	String helpText();

	/**
	 * Where this recipient is reached on this channel, or empty when they cannot be
	 * (no email address, say): the gate then blocks the message.
	 */
	Optional<String> address(Recipient recipient);

	/**
	 * Delivers a message the gate allowed. Runs inside the gate's transaction.
	 *
	 * @throws ChannelException
	 *             when the message could not be delivered now; the gate tries again
	 *             later and gives up after a few attempts
	 */
	void deliver(Envelope envelope) throws ChannelException;
}
