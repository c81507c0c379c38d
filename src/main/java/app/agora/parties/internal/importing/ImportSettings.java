package app.agora.parties.internal.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a party import ({@code agora.imports.*}). They bound what one row
 * can cost in memory, so a hostile or broken file fails early instead of
 * filling the heap.
 *
 * @param maxLineLength
 *            characters on one physical line; a longer one fails the file
 * @param maxRowLength
 *            characters in one row, which quoted line breaks may spread over
 *            several lines
 * @param maxRows
 *            data rows in one file
 * @param batchSize
 *            rows written per transaction
 * @param maxStoredRejections
 *            rejected rows kept with their reason; all are counted
 */
@ConfigurationProperties("agora.imports")
public record ImportSettings(@DefaultValue("65536") int maxLineLength, @DefaultValue("262144") int maxRowLength,
		@DefaultValue("1000000") long maxRows, @DefaultValue("1000") int batchSize,
		@DefaultValue("1000") int maxStoredRejections) {

	public ImportSettings {
		if (maxLineLength < 1 || maxRowLength < maxLineLength || maxRows < 1 || batchSize < 1
				|| maxStoredRejections < 0) {
			throw new IllegalArgumentException("agora.imports: limits must be positive, max-row-length >= "
					+ "max-line-length and max-stored-rejections >= 0");
		}
	}
}
