/**
 * Site: what the whole site says about itself (the about page). Depends on nothing but markdown and web.
 */
package org.parley.site;
