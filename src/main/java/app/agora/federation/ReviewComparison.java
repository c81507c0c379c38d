package app.agora.federation;

/**
 * One field of a pair under review as the model compared it: the level reached
 * and the weight in bits it added (negative when the field disagreed).
 */
public record ReviewComparison(String field, String level, double weight, String left, String right) {
}
