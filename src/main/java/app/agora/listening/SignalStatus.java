package app.agora.listening;

/**
 * Where a signal stands. New, acknowledged and planned signals are open; done
 * and declined ones are closed. Planned, done and declined are decisions: the
 * customers who spoke are told.
 */
public enum SignalStatus {
	NEW, ACKNOWLEDGED, PLANNED, DONE, DECLINED;

	public boolean open() {
		return this == NEW || this == ACKNOWLEDGED || this == PLANNED;
	}

	public boolean decision() {
		return this == PLANNED || this == DONE || this == DECLINED;
	}
}
