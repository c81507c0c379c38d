package app.agora.federation;

/**
 * Names one record: the source it comes from and its key in that source.
 */
public record RecordRef(String source, String key) {

	@Override
	public String toString() {
		return source + ":" + key;
	}
}
