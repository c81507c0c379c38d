package app.agora.federation;

/**
 * What a customer sends to say that one fact is wrong: the fact (source, facet
 * and record key, as the view gives them), what is wrong (required) and,
 * optionally, the correct value.
 */
public record NewCorrection(String source, String facet, String recordKey, String message, String suggestedValue) {

	public static final int MAX_MESSAGE_LENGTH = 2000;
}
