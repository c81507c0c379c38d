package app.agora.community;

import java.util.List;
import java.util.UUID;

/**
 * A prospect asked owners of a product from its page ("Ask an owner"); the
 * question is a public thread and these verified owners, who opted in to be
 * asked, are told. Their replies are answers on the product page.
 */
public record OwnerQuestionAsked(long threadId, String spaceSlug, String productName, String title, UUID askerAccountId,
		List<UUID> ownerAccountIds) {
}
