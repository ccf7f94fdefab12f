/**
 * Forum formation (FR-1 to FR-9): the {@link org.practitionersforum.api.forum.Forum} aggregate, its
 * composition and size bounds, the {@link org.practitionersforum.api.forum.ForumService} that
 * enforces the formation rules, and the {@link org.practitionersforum.api.forum.FormationPlanner}.
 */
package org.practitionersforum.api.forum;
