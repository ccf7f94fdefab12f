/** Implementation support shared by the API's value types. Not exported; not for hosts. */
package org.practitionersforum.api.internal;
