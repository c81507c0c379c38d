package app.agora.listening.internal;

import app.agora.community.PostPublished;
import app.agora.community.ThreadKind;
import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackState;
import app.agora.parties.NoteAdded;
import app.agora.parties.Parties;
import app.agora.parties.PartyDetails;
import app.agora.parties.ProspectLost;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where feedback comes in: the events of the modules that own what customers
 * said (posts, reviews and ideas; lost deals and staff notes), and staff
 * through {@link FeedbackService}. An item is stored once however often its
 * event is delivered; text that cannot be tagged is stored as rejected, with
 * the reason. The tagging worker is told after the commit.
 */
@Component
class FeedbackIntake {

	private final FeedbackStore store;
	private final Parties parties;
	private final TaggingWorker worker;

	FeedbackIntake(FeedbackStore store, Parties parties, TaggingWorker worker) {
		this.store = store;
		this.parties = parties;
		this.worker = worker;
	}

	/**
	 * In the transaction that stores the post, not through the event publication
	 * registry: the item is stored if and only if the post is, with one insert,
	 * where the registry's delivery took three more transactions per post (the
	 * busiest event of all, see docs/listening.md).
	 */
	@EventListener
	void on(PostPublished post) {
		if (post.byStaff()) {
			return; // the company's own replies are not feedback
		}
		FeedbackOrigin origin = switch (post.kind()) {
			case REVIEW -> FeedbackOrigin.REVIEW;
			case IDEA -> FeedbackOrigin.IDEA;
			case DISCUSSION, QUESTION -> FeedbackOrigin.POST;
		};
		take(new NewFeedback(origin, "post:" + post.postId(), "community", post.authorPartyId(), post.authorAccountId(),
				post.authorName(), post.text(), post.path(), at(post.at()), null,
				post.kind() == ThreadKind.REVIEW || post.productName() != null ? post.productName() : null, null));
	}

	@ApplicationModuleListener
	void on(ProspectLost lost) {
		Instant at = at(lost.at());
		take(new NewFeedback(FeedbackOrigin.LOST_DEAL, "lost:" + lost.partyId() + ":" + at.toEpochMilli(), "sales",
				lost.partyId(), null, nameOf(lost.partyId()), lost.reason(), "/parties/" + lost.partyId(), at,
				lost.recordedBy(), null, lost.competitorId()));
	}

	@ApplicationModuleListener
	void on(NoteAdded note) {
		take(new NewFeedback(FeedbackOrigin.STAFF_NOTE, "note:" + note.entryId(), "staff note", note.partyId(), null,
				nameOf(note.partyId()), note.text(), "/parties/" + note.partyId(), at(note.at()), note.author(), null,
				null));
	}

	/**
	 * Stores the item (once) in the caller's transaction; empty when it was there
	 * already.
	 */
	Optional<Long> take(NewFeedback item) {
		String rejection = TextCheck.rejection(item.text());
		NewFeedback stored = new NewFeedback(item.origin(), item.originRef(), item.channel(), item.authorPartyId(),
				item.authorAccountId(), item.authorName(), TextCheck.stored(item.text()), item.contextPath(),
				item.saidAt(), item.recordedBy(), item.productHint(), item.competitorHint());
		Optional<Long> id = store.insert(stored, rejection == null ? FeedbackState.WAITING : FeedbackState.REJECTED,
				rejection, Instant.now());
		if (id.isPresent() && rejection == null) {
			signalAfterCommit();
		}
		return id;
	}

	private void signalAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.signal();
				}
			});
		} else {
			worker.signal();
		}
	}

	private String nameOf(java.util.UUID partyId) {
		return partyId == null ? null : parties.find(partyId).map(PartyDetails::displayName).orElse(null);
	}

	private static Instant at(Instant at) {
		return at == null ? Instant.now() : at;
	}
}
