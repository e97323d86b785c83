/**
 * Klockan, a time service: {@link se.klockan.KlockanApplication} alone, the features in the
 * packages below it.
 */
package se.klockan;
