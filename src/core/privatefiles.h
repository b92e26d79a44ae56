#pragma once

#include <QString>

namespace galley {

// Files and folders that hold drafts are private like a mailbox: folders 0700, files 0600,
// whatever the umask.

// Creates `path` and any missing parents; the folders it creates are 0700 (folders that already
// existed, such as the user's home or /tmp, are left as they are). True when the folder exists.
bool createPrivateFolder(const QString &path);

enum class CreateIfMissing { No, Yes };
// Makes the file at `path` 0600 when it is the user's own regular file (never following a
// symbolic link); with CreateIfMissing::Yes creates it empty and 0600 when missing. True when the
// file is there and private afterwards (or, with No, when there is no file).
bool makePrivateFile(const QString &path, CreateIfMissing create = CreateIfMissing::No);

// A folder of the user's own in the temporary folder (`<temp>/<name>`), for what must not be
// reachable by others when there is no $XDG_RUNTIME_DIR (the single-instance socket). Created
// 0700 when missing; an existing one must be a real folder (not a link), owned by the user and
// not open to group or others, else someone else may have made it: then empty, and `why` says so.
QString privateTempFolder(const QString &name, QString *why = nullptr);

} // namespace galley
