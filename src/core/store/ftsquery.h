#pragma once

#include <QString>

namespace galley {

// Turns whatever a person typed into an FTS5 MATCH expression that cannot be a syntax error:
// every word becomes a quoted string with a `*` (prefix match), so `"`, `-`, `*`, `(`, `NEAR`,
// `AND` and friends are searched as text, never read as operators. Words are ANDed. Returns an
// empty string when nothing searchable is left (the caller then finds nothing).
QString toFtsQuery(const QString &userText);

// The text of a Markdown body as the full-text index stores it: link syntax reduced to the link's
// text, HTML tags and heading underlines dropped, so snippets read like prose.
QString searchableText(const QString &markdownBody);

} // namespace galley
