package app.agora.community.internal;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.OwnerQuestionAsked;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.Product;
import app.agora.community.ProductDraft;
import app.agora.community.ProductOverview;
import app.agora.community.ProductQuestion;
import app.agora.community.Products;
import app.agora.community.Review;
import app.agora.community.ReviewDraft;
import app.agora.community.Slugs;
import app.agora.community.Space;
import app.agora.community.ThreadChanged;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadSummary;
import app.agora.community.Visibility;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's rules: reviews (stars 1 to 5, one per customer per product,
 * the verified-owner badge decided when written and again on each edit),
 * product pages and Ask an owner. Threads and posts go through
 * {@link Community}, so every rule of spaces (members, locks, Markdown safety,
 * edit history) applies to them too.
 */
@Service
@Transactional
class ProductService implements Products {

	static final int REVIEWS_SHOWN = 10;
	static final int QUESTIONS_SHOWN = 10;
	/** At most this many opted-in customers are checked for one owner question. */
	static final int OWNERS_CHECKED = 500;

	private final ProductStore store;
	private final Community community;
	private final ProductHolders holders;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProductService(ProductStore store, Community community, ProductHolders holders, Accounts accounts,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.community = community;
		this.holders = holders;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Product> products() {
		return store.products();
	}

	@Override
	@Transactional(readOnly = true)
	public Product product(String slug) {
		return store.productBySlug(slug).orElseThrow(() -> new CommunityNotFound("No product '" + slug + "'."));
	}

	@Override
	@Transactional(readOnly = true)
	public app.agora.community.RatingSummary rating(String slug) {
		return store.rating(product(slug).id());
	}

	@Override
	public Product createProduct(ProductDraft draft, Participant staff) {
		requireStaff(staff);
		var valid = valid(draft, null);
		long id = store.insertProduct(valid.draft(), valid.space().id(), clock.instant());
		return store.products().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	@Override
	public Product updateProduct(String slug, ProductDraft draft, Participant staff) {
		requireStaff(staff);
		Product product = product(slug);
		var valid = valid(draft, product.id());
		store.updateProduct(product.id(), valid.draft(), valid.space().id(), clock.instant());
		return product(valid.draft().slug());
	}

	@Override
	@Transactional(readOnly = true)
	public ProductOverview overview(String slug, Participant reader) {
		Product product = product(slug);
		List<ProductQuestion> questions = store.questions(product.name(), QUESTIONS_SHOWN).stream().map(q -> {
			List<Post> posts = community.thread(q.spaceSlug(), q.threadId(), reader, 1).posts();
			return new ProductQuestion(q.threadId(), q.path(), q.title(), q.askerName(), q.ownerQuestion(), q.askedAt(),
					posts.isEmpty() ? null : posts.getFirst(),
					posts.isEmpty() ? List.of() : posts.subList(1, posts.size()));
		}).filter(q -> q.question() != null).toList();
		return new ProductOverview(product, store.rating(product.id()), store.mostHelpful(product.id(), REVIEWS_SHOWN),
				questions);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Review> reviewBy(String slug, Participant reader) {
		Product product = product(slug);
		return reader == null ? Optional.empty() : store.reviewBy(product.id(), reader.accountId());
	}

	@Override
	public Review review(String slug, ReviewDraft draft, Participant author) {
		signedIn(author);
		Product product = store.productBySlug(slug == null ? "" : slug.strip()).orElseThrow(() -> CommunityRefused
				.invalid("product", "products.error.product", "There is no product '" + slug + "' in the catalogue."));
		int stars = validStars(draft.stars());
		if (store.hasReviewed(product.id(), author.accountId())) {
			throw alreadyReviewed();
		}
		ThreadSummary thread = community.startThread(product.spaceSlug(),
				new ThreadDraft(ThreadKind.REVIEW, draft.title(), product.name(), draft.text()), author);
		boolean verified = holders.holds(author.partyId(), product.name());
		try {
			store.insertReview(thread.id(), product.id(), author.accountId(), stars, verified, clock.instant());
		} catch (DuplicateKeyException raced) {
			throw alreadyReviewed();
		}
		return store.review(thread.id()).orElseThrow();
	}

	@Override
	public Review editReview(String slug, long threadId, int stars, String text, int version, Participant author) {
		signedIn(author);
		Product product = product(slug);
		Review review = store.review(threadId).filter(r -> r.productSlug().equals(product.slug()))
				.orElseThrow(() -> new CommunityNotFound("No review " + threadId + " of this product."));
		if (!review.authorAccountId().equals(author.accountId())) {
			throw CommunityRefused.notAuthor();
		}
		int valid = validStars(stars);
		if (review.version() != version) {
			throw CommunityRefused.stale();
		}
		if (!Objects.equals(text == null ? null : text.strip(), review.source())) {
			// The edit path keeps the history; ReviewRechecks decides the badge again.
			community.edit(review.postId(), text, version, author);
		} else {
			recheck(review, author.partyId());
		}
		store.updateStars(threadId, valid, clock.instant());
		events.publishEvent(new ThreadChanged(threadId, product.spaceSlug()));
		return store.review(threadId).orElseThrow();
	}

	@Override
	public ThreadSummary askOwners(String slug, String title, String text, Participant asker) {
		signedIn(asker);
		Product product = product(slug);
		ThreadSummary thread = community.startThread(product.spaceSlug(),
				new ThreadDraft(ThreadKind.QUESTION, title, product.name(), text), asker);
		List<UUID> owners = store.askableAccounts(OWNERS_CHECKED).stream()
				.filter(account -> !account.equals(asker.accountId())).filter(account -> holds(account, product))
				.toList();
		store.insertOwnerQuestion(thread.id(), product.id(), asker.accountId(), owners.size(), clock.instant());
		events.publishEvent(new OwnerQuestionAsked(thread.id(), product.spaceSlug(), product.name(), thread.title(),
				asker.accountId(), owners));
		return thread;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean askable(Participant who) {
		signedIn(who);
		return store.askable(who.accountId());
	}

	@Override
	public void setAskable(Participant who, boolean askable) {
		signedIn(who);
		store.setAskable(who.accountId(), askable, clock.instant());
	}

	/** Decides the review's verified-owner badge again, as of now. */
	public void recheck(Review review, UUID authorPartyId) {
		String name = store.productBySlug(review.productSlug()).orElseThrow().name();
		store.updateVerified(review.threadId(), holders.holds(authorPartyId, name), clock.instant());
	}

	private boolean holds(UUID account, Product product) {
		return accounts.byId(account).flatMap(SignedInUser::partyId).map(party -> holders.holds(party, product.name()))
				.orElse(false);
	}

	private record ValidProduct(ProductDraft draft, Space space) {
	}

	private ValidProduct valid(ProductDraft draft, Long productId) {
		String name = draft.name() == null ? "" : draft.name().strip().replaceAll("\\s+", " ");
		if (name.isEmpty() || name.length() > 200) {
			throw CommunityRefused.invalid("name", "products.error.name",
					"A product needs a name of at most 200 characters.");
		}
		if (store.taken("name", name, productId)) {
			throw CommunityRefused.invalid("name", "products.error.nameTaken", "Another product has this name.");
		}
		String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(name) : draft.slug().strip();
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
			throw CommunityRefused.invalid("slug", "products.error.slug",
					"The address may hold only lower-case letters, digits and dashes.");
		}
		if (store.taken("slug", slug, productId)) {
			throw CommunityRefused.invalid("slug", "products.error.slugTaken", "Another product has this address.");
		}
		String description = draft.description() == null ? "" : draft.description().strip();
		if (description.length() > 2000) {
			throw CommunityRefused.invalid("description", "products.error.description",
					"The description is longer than 2000 characters.");
		}
		Space space = community.spaces(null).stream()
				.filter(s -> s.slug().equals(draft.spaceSlug()) && s.visibility() == Visibility.PUBLIC).findFirst()
				.orElseThrow(() -> CommunityRefused.invalid("spaceSlug", "products.error.space",
						"Choose the public space where its reviews and questions go."));
		return new ValidProduct(new ProductDraft(slug, name, description, space.slug()), space);
	}

	private static int validStars(Integer stars) {
		if (stars == null || stars < 1 || stars > 5) {
			throw CommunityRefused.invalid("stars", "products.error.stars", "Give from 1 to 5 stars.");
		}
		return stars;
	}

	private static CommunityRefused alreadyReviewed() {
		return new CommunityRefused(HttpStatus.CONFLICT, "stars", "products.error.alreadyReviewed",
				"You have already reviewed this product: edit your review instead.");
	}

	private static void signedIn(Participant who) {
		if (who == null) {
			throw new CommunityRefused(HttpStatus.UNAUTHORIZED, null, "community.error.signIn", "Sign in to post.");
		}
	}

	private static void requireStaff(Participant who) {
		if (who == null || !who.staff()) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "products.error.staff",
					"Only staff manage the catalogue.");
		}
	}
}
