package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instant a wall-clock time in a zone stands for, with gaps and overlaps resolved as TC39
 * Temporal's {@code ZonedDateTime} resolves them (its {@code DisambiguatePossibleEpochNanoseconds}):
 * an overlap's earlier or later instant; for a time in a gap, the time moved back or forward by
 * the gap's length, where the gap's length is the offset a day after the time (read as UTC) less
 * the offset a day before it. java.time's rules for the shipped release give the possible offsets.
 */
public final class LocalTimes {

	private static final long DAY = 86_400;

	private LocalTimes() {
	}

	/** How a local time maps to instants in a zone. */
	public enum Resolution {

		/** It happens once. */
		EXACT,
		/** It never happens: the clocks skip it. */
		GAP,
		/** It happens twice: the clocks go back over it. */
		OVERLAP

	}

	/**
	 * The instant chosen and what was found.
	 *
	 * @param instant the instant the local time stands for
	 * @param resolution whether it happens once, never or twice there
	 */
	public record Resolved(Instant instant, Resolution resolution) {
	}

	/** The instant {@code local} in {@code zone} stands for, or {@link InvalidTimeException} where {@code reject} refuses it. */
	public static Resolved resolve(Zone zone, LocalDateTime local, Disambiguation disambiguation) {
		ZoneRules rules = zone.rules().rules();
		List<ZoneOffset> offsets = rules.getValidOffsets(local);
		if (offsets.size() == 1) {
			return new Resolved(local.toInstant(offsets.get(0)), Resolution.EXACT);
		}
		if (offsets.size() > 1) {
			if (disambiguation == Disambiguation.REJECT) {
				throw new InvalidTimeException(local + " happens twice in " + zone.name() + " (at " + offsets.get(0)
						+ " and at " + offsets.get(offsets.size() - 1)
						+ "): disambiguation=reject refuses it; compatible or earlier takes the first, later the second");
			}
			Instant earlier = earliest(local, offsets);
			Instant later = latest(local, offsets);
			return new Resolved((disambiguation == Disambiguation.LATER) ? later : earlier, Resolution.OVERLAP);
		}
		if (disambiguation == Disambiguation.REJECT) {
			throw new InvalidTimeException(local + " never happens in " + zone.name()
					+ ": the clocks skip it; disambiguation=reject refuses it; earlier moves it back by the gap, "
					+ "compatible or later forward");
		}
		long asUtc = local.toEpochSecond(ZoneOffset.UTC);
		long gap = rules.getOffset(Instant.ofEpochSecond(asUtc + DAY)).getTotalSeconds()
				- rules.getOffset(Instant.ofEpochSecond(asUtc - DAY)).getTotalSeconds();
		if (disambiguation == Disambiguation.EARLIER) {
			LocalDateTime moved = local.minusSeconds(gap);
			List<ZoneOffset> found = rules.getValidOffsets(moved);
			return new Resolved(found.isEmpty() ? edge(rules, local, false) : earliest(moved, found), Resolution.GAP);
		}
		LocalDateTime moved = local.plusSeconds(gap);
		List<ZoneOffset> found = rules.getValidOffsets(moved);
		return new Resolved(found.isEmpty() ? edge(rules, local, true) : latest(moved, found), Resolution.GAP);
	}

	private static Instant earliest(LocalDateTime local, List<ZoneOffset> offsets) {
		return instants(local, offsets).min(Instant::compareTo).orElseThrow();
	}

	private static Instant latest(LocalDateTime local, List<ZoneOffset> offsets) {
		return instants(local, offsets).max(Instant::compareTo).orElseThrow();
	}

	private static Stream<Instant> instants(LocalDateTime local, List<ZoneOffset> offsets) {
		return offsets.stream().map(local::toInstant);
	}

	/**
	 * Where Temporal's step would land in another gap (two changes within a day, which no zone of
	 * the tz database has), the time read with the offset after the gap (earlier) or before it.
	 */
	private static Instant edge(ZoneRules rules, LocalDateTime local, boolean later) {
		var transition = rules.getTransition(local);
		return local.toInstant(later ? transition.getOffsetBefore() : transition.getOffsetAfter());
	}

}
