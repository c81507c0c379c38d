package app.agora.federation.internal.linkage;

/**
 * A blocking key: records with the same key value form a block and only pairs
 * within a block are compared.
 *
 * @param name
 *            what the key is made of, for reports ("~" marks a phonetic code)
 * @param fields
 *            the fields it is made of: within its blocks they agree by
 *            construction, so they say nothing there about matching
 * @param loose
 *            a key of one coarse field (a town, a date alone): used only when
 *            the pairs it brings fit the budget, which is so for small data
 * @param hashes
 *            the key value of each record, 0 where the record has none
 */
record BlockingKey(String name, int[] fields, boolean loose, long[] hashes) {
}
