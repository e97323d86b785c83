/**
 * What every answer shares: content negotiation, errors in the client's format, headers (cache,
 * security, CORS), request validation and the language of pages.
 */
package se.klockan.web;
