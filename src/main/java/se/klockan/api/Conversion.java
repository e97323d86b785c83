package se.klockan.api;

import se.klockan.web.TextForm;
import se.klockan.zone.WorldTime;

/**
 * A wall-clock time in one zone, and the same instant in another: WorldTimeAPI's object for each,
 * and whether the time happens once, never or twice in the first ({@code exact}, {@code gap},
 * {@code overlap}).
 *
 * @param from the time in the zone it was asked in
 * @param to the same instant in the other zone
 * @param resolution {@code exact}, {@code gap} or {@code overlap}
 */
record Conversion(WorldTime from, WorldTime to, String resolution) implements TextForm {

	/** {@code /api/timezone/{zone}.txt}'s lines for each, as {@code from_...} and {@code to_...}, then the resolution. */
	@Override
	public String text() {
		return prefixed("from_", this.from) + prefixed("to_", this.to) + "resolution: " + this.resolution + "\n";
	}

	private static String prefixed(String prefix, WorldTime time) {
		return time.text().lines().map((line) -> prefix + line + "\n").reduce("", String::concat);
	}

}
