package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.PostChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A review's text was edited, on the product page or through the post edit path
 * of its thread: whether its author holds the product is decided again, in the
 * edit's transaction.
 */
@Component
class ReviewRechecks {

	private final ProductStore store;
	private final ProductService products;
	private final Accounts accounts;

	ReviewRechecks(ProductStore store, ProductService products, Accounts accounts) {
		this.store = store;
		this.products = products;
		this.accounts = accounts;
	}

	@EventListener
	void on(PostChanged changed) {
		store.review(changed.threadId()).filter(review -> review.postId() == changed.postId())
				.ifPresent(review -> products.recheck(review,
						accounts.byId(review.authorAccountId()).flatMap(SignedInUser::partyId).orElse(null)));
	}
}
