package app.agora.community;

import java.util.List;

/**
 * The product catalogue and what customers say about its products: reviews with
 * stars (one per customer per product, a verified-owner badge decided when
 * written), questions, and Ask an owner. Like {@link Community}, every method
 * takes the person asking (null for a visitor) and answers
 * {@link CommunityNotFound} or {@link CommunityRefused}.
 */
public interface Products {

	/** The catalogue, by name. */
	List<Product> products();

	Product product(String slug);

	/** How the product is rated, from the visible reviews. */
	RatingSummary rating(String slug);

	/** Staff only; the home space must be public. */
	Product createProduct(ProductDraft draft, Participant staff);

	/** Staff only; the slug may change. */
	Product updateProduct(String slug, ProductDraft draft, Participant staff);

	/** The public product page: rating summary, most helpful reviews, questions. */
	ProductOverview overview(String slug, Participant reader);

	/** The reader's own review of this product, if they wrote one. */
	java.util.Optional<Review> reviewBy(String slug, Participant reader);

	/**
	 * A review thread in the product's home space; refused (409) if this person
	 * already reviewed the product.
	 */
	Review review(String slug, ReviewDraft draft, Participant author);

	/**
	 * The author changes stars and text; the text goes through the post edit path
	 * (history kept, 409 when {@code version} is stale) and the verified-owner
	 * badge is decided again.
	 */
	Review editReview(String slug, long threadId, int stars, String text, int version, Participant author);

	/**
	 * Ask an owner: a public question thread in the product's home space, sent to
	 * the verified owners who accept questions ({@link OwnerQuestionAsked}).
	 */
	ThreadSummary askOwners(String slug, String title, String text, Participant asker);

	/**
	 * Whether this customer accepts questions from prospects about what they hold.
	 */
	boolean askable(Participant who);

	void setAskable(Participant who, boolean askable);
}
