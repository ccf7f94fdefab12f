/**
 * JSON reading and writing of every model type: {@link org.practitionersforum.api.json.ForumJson}.
 */
package org.practitionersforum.api.json;
