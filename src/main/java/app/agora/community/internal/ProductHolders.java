package app.agora.community.internal;

import java.util.UUID;

/**
 * Whether a party holds a product according to the customer's information: the
 * one question the verified-owner badge and Ask an owner put to it.
 */
interface ProductHolders {

	boolean holds(UUID partyId, String productName);
}
