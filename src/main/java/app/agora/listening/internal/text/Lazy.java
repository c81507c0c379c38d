package app.agora.listening.internal.text;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first: the text
 * engine's models are loaded only when something is tagged, so that the many
 * Spring contexts of the test suite never pay for them.
 */
final class Lazy<T> implements Supplier<T> {

	private final Supplier<T> maker;

	private volatile T value;

	Lazy(Supplier<T> maker) {
		this.maker = maker;
	}

	@Override
	public T get() {
		T made = value;
		if (made == null) {
			synchronized (this) {
				made = value;
				if (made == null) {
					made = maker.get();
					value = made;
				}
			}
		}
		return made;
	}

	/** Whether the value has been made already. */
	boolean isLoaded() {
		return value != null;
	}
}
