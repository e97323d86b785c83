/**
 * The API for people: {@code /docs}, every endpoint of the OpenAPI document with its parameters,
 * answers and examples, and a way to try each against this instance.
 */
package se.klockan.docs;
