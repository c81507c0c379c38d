package app.agora.federation.internal.bench;

/**
 * A mistake in the command or its input (an unknown flag, a missing column, an
 * unreadable file): reported in one line with exit code 2, never as a stack
 * trace.
 */
final class UsageError extends RuntimeException {

	UsageError(String message) {
		super(message, null, false, false);
	}
}
