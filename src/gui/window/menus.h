#pragma once

class QMenuBar;

namespace galley::gui {

class ActionRegistry;

// The menus File, Edit, Insert, View, Issue and Help, all built from the registry's actions.
void buildMenus(QMenuBar *bar, const ActionRegistry &actions);

} // namespace galley::gui
