package app.agora.community.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index lives in a folder of its own,
 * {@code agora.community.search.index-dir} (by default {@code search-index}
 * under the data folder); it can be deleted at any time and is rebuilt from the
 * database at the next start.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(@Value("${agora.community.search.index-dir:${agora.data-dir}/search-index}") Path folder)
			throws IOException {
		Files.createDirectories(folder);
		return new SearchIndex(FSDirectory.open(folder));
	}
}
