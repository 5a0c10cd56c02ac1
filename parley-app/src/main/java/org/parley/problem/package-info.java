/**
 * Problems: the refusals services throw (not found, forbidden, conflict, invalid input) and their
 * translation to RFC 9457 problem responses, plus the early refusal of oversized request bodies.
 */
package org.parley.problem;
