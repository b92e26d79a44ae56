#pragma once

namespace galley {

// Sets the application's names so that the settings file, the data location and the desktop file
// all use the one reverse-DNS id (GALLEY_APP_ID): ~/.config/<id>/, ~/.local/share/<id>/galley/.
void setApplicationIdentity();

} // namespace galley
