package se.klockan.zone;

/**
 * Which instant a local time stands for where it is ambiguous, as TC39 Temporal's option of that
 * name chooses it: in a gap (a wall time that never happens) or an overlap (one that happens
 * twice). {@link LocalTimes} applies it.
 */
public enum Disambiguation {

	/** An overlap's earlier instant; a time in a gap moved forward by the gap's length. Temporal's default. */
	COMPATIBLE,

	/** The earlier instant: an overlap's first, or a time in a gap moved back by the gap's length. */
	EARLIER,

	/** The later instant: an overlap's second, or a time in a gap moved forward by the gap's length. */
	LATER,

	/** Neither: a time in a gap or an overlap is refused. */
	REJECT

}
