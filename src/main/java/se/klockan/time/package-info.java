/**
 * {@code /time} and {@code /}: the time as JSON, text or the clock page, the {@link java.time.Clock}
 * bean every answer reads.
 */
package se.klockan.time;
