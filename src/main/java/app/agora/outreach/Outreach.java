package app.agora.outreach;

import java.util.Optional;
import java.util.UUID;

/**
 * The outbound gate. Every message that leaves Agora, in-app or by email, is
 * sent through {@link #send}: it is checked against the recipient's consent,
 * frequency cap and quiet hours, the decision is logged, and only an allowed
 * message reaches its channel.
 * <p>
 * Call it after your own transaction committed (from an
 * {@code @ApplicationModuleListener}, say): an email cannot be taken back when
 * your transaction rolls back.
 */
public interface Outreach {

	/**
	 * Decides about the message, records the decision and, when allowed, delivers
	 * it. Being blocked or deferred is an answer, not an error.
	 */
	Delivery send(OutboundMessage message);

	/**
	 * As {@link #send(OutboundMessage)}, under a message id the caller chose, so
	 * that it can keep the id with its own record of the message in the same
	 * statement. A fresh random id each time: the decisions' log is keyed by it.
	 */
	Delivery send(OutboundMessage message, UUID messageId);

	/** The decisions about messages to this party, newest first. */
	DeliveryPage deliveries(UUID partyId, int page, int size);

	/** One decision about a message to this party. */
	Optional<Delivery> delivery(UUID partyId, UUID deliveryId);
}
