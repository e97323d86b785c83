/**
 * The tz database the app ships and answers from: one IANA release, read from
 * {@code tz/tzdb.bin} into each zone's periods, TZ string and java.time rules. Depends on
 * nothing else of the app's but the table file format.
 */
package se.klockan.tz;
