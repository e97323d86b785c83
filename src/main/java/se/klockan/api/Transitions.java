package se.klockan.api;

import java.util.List;

import se.klockan.web.TextForm;
import se.klockan.zone.Transition;

/**
 * A zone's changes of offset in an interval: as JSON {@code {"timezone":…,"transitions":[…]}};
 * as text, a line of tab-separated fields for each (none: an empty answer).
 *
 * @param timezone the zone, as the tz database spells it
 * @param transitions each change of its offset from UTC, in order
 */
record Transitions(String timezone, List<Transition> transitions) implements TextForm {

	@Override
	public String text() {
		StringBuilder text = new StringBuilder();
		this.transitions.forEach((transition) -> text.append(transition.line()).append('\n'));
		return text.toString();
	}

}
