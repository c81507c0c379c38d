package app.agora.parties;

/**
 * How to import a file. {@code allOrNothing}: when any row is rejected, import
 * none of them.
 */
public record ImportOptions(boolean allOrNothing) {

	public static ImportOptions defaults() {
		return new ImportOptions(false);
	}
}
