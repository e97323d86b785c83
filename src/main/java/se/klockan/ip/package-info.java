/**
 * Time by IP address: the IP-to-zone table shipped in the app, parsing addresses, the addresses
 * that have no place, and the fallback zone for a home network.
 */
package se.klockan.ip;
