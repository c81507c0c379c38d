package app.agora.listening.internal;

import app.agora.listening.Theme;
import app.agora.listening.internal.text.ThemeCentroid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Themes and their centroids, in plain SQL. */
@Repository
class ThemeStore {

	private final JdbcClient jdbc;

	ThemeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ThemeCentroid> centroids() {
		return jdbc.sql("select id, centroid, size from listening_theme where size > 0 and centroid is not null")
				.query((rs, n) -> new ThemeCentroid(rs.getLong("id"), Vectors.fromBytes(rs.getBytes("centroid")),
						rs.getInt("size")))
				.list();
	}

	/**
	 * The theme's centroid, its row locked until the transaction ends (two nodes
	 * may tag at once).
	 */
	Optional<ThemeCentroid> lock(long id) {
		return jdbc.sql("select id, centroid, size from listening_theme where id = :id for update").param("id", id)
				.query((rs, n) -> new ThemeCentroid(rs.getLong("id"), Vectors.fromBytes(rs.getBytes("centroid")),
						rs.getInt("size")))
				.optional();
	}

	long create(String name, float[] centroid, int size, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into listening_theme (name, centroid, size, created_at, updated_at)
				values (:name, :centroid, :size, :now, :now)""").param("name", name)
				.param("centroid", Vectors.toBytes(centroid)).param("size", size).param("now", FeedbackStore.utc(now))
				.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void update(long id, float[] centroid, int size, Instant now) {
		jdbc.sql("update listening_theme set centroid = :centroid, size = :size, updated_at = :now where id = :id")
				.param("id", id).param("centroid", Vectors.toBytes(centroid)).param("size", size)
				.param("now", FeedbackStore.utc(now)).update();
	}

	void rename(long id, String name, boolean byStaff) {
		jdbc.sql("update listening_theme set name = :name, named_by_staff = :staff where id = :id").param("id", id)
				.param("name", name).param("staff", byStaff).update();
	}

	void delete(long id) {
		jdbc.sql("delete from listening_theme where id = :id").param("id", id).update();
	}

	Optional<Theme> theme(long id) {
		return jdbc.sql("select id, name, size, named_by_staff, updated_at from listening_theme where id = :id")
				.param("id", id).query((rs, n) -> new Theme(rs.getLong("id"), rs.getString("name"), rs.getInt("size"),
						rs.getBoolean("named_by_staff"), FeedbackStore.instant(rs, "updated_at")))
				.optional();
	}

	/** Themes with items, the largest first. */
	List<Theme> themes() {
		return jdbc
				.sql("""
						select id, name, size, named_by_staff, updated_at from listening_theme where size > 0
						order by size desc, id""").query((rs, n) -> new Theme(rs.getLong("id"), rs.getString("name"),
						rs.getInt("size"), rs.getBoolean("named_by_staff"), FeedbackStore.instant(rs, "updated_at")))
				.list();
	}
}
