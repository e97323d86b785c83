/**
 * The server's life cycle, apart from what its answers share: how it starts (the port opened
 * when ready), warms up, counts what it serves, drains its connections and stops.
 */
package se.klockan.server;
