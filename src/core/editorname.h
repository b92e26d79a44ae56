#pragma once

#include <QString>

namespace galley {

// The name a person's teammates see beside a draft they have open too (the status bar's "Also
// open by: Ana" on a PostgreSQL store). This person's own setting (QSettings, not the shared
// store, where it would be everybody's): Preferences ▸ Store; until set, the system's user
// name. Needs the application identity (settings location) to be set first.
inline constexpr char EditorNameSettingsKey[] = "team/editorName";

QString editorName();
// The name this person set, or empty: a PostgreSQL store then shows the user they log in as
// (PgEngine), which in a team's set-up is their own.
QString configuredEditorName();
// The system's user name ($USER, else the account's name).
QString systemUserName();
// Empty: back to the system's user name.
void setEditorName(const QString &name);

} // namespace galley
