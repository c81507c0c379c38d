package app.agora.parties.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Import files under {@code ${agora.data-dir}/imports}. An upload is streamed
 * to disk in small chunks, never held whole in memory, and hashed on the way. A
 * file is deleted once its import has finished: it holds personal data that the
 * parties table now holds.
 */
@Component
public class UploadStore {

	private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
	private static final byte[] ZIP = {'P', 'K', 3, 4};
	private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

	private final Path directory;

	UploadStore(@Value("${agora.data-dir}") Path dataDir) {
		this.directory = dataDir.resolve("imports");
	}

	/**
	 * A received upload, not yet an import. {@code spreadsheet}: it begins like an
	 * Excel or OpenDocument file rather than text.
	 */
	public record Received(Path file, long size, String sha256, boolean spreadsheet) {
	}

	public Received receive(InputStream content) throws IOException {
		Files.createDirectories(directory);
		Path file = Files.createTempFile(directory, "upload-", ".part");
		try {
			MessageDigest digest = sha256();
			byte[] buffer = new byte[64 * 1024];
			byte[] head = new byte[4];
			long size = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				int read;
				while ((read = content.read(buffer)) >= 0) {
					if (size < head.length) {
						System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, head.length - size));
					}
					digest.update(buffer, 0, read);
					out.write(buffer, 0, read);
					size += read;
				}
			}
			boolean spreadsheet = Arrays.equals(head, ZIP) || Arrays.equals(head, OLE);
			return new Received(file, size, HexFormat.of().formatHex(digest.digest()), spreadsheet);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	/** Gives a received upload to an import. */
	public void adopt(Received received, UUID importId) throws IOException {
		Files.move(received.file(), path(importId), StandardCopyOption.REPLACE_EXISTING);
	}

	public void discard(Received received) {
		delete(received.file());
	}

	Path path(UUID importId) {
		return directory.resolve(importId + ".csv");
	}

	public void delete(UUID importId) {
		delete(path(importId));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			log.warn("Could not delete the import file {}: {}", file, e.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", e);
		}
	}
}
