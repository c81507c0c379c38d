package app.agora.community.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work to do once the current transaction is over: what caches forget again (a
 * read during the transaction could have kept the old state) and what
 * background threads are woken for.
 */
public final class AfterTransaction {

	private AfterTransaction() {
	}

	/**
	 * Runs the action once the current transaction has ended, committed or not;
	 * nothing when there is no transaction.
	 */
	public static void whenEnded(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					action.run();
				}
			});
		}
	}

	/**
	 * Runs the action once the current transaction has committed, or at once when
	 * there is no transaction.
	 */
	public static void whenCommitted(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		} else {
			action.run();
		}
	}
}
