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

} // namespace galley
