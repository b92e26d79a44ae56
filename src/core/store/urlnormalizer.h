#pragma once

#include <QString>

namespace galley {

// The key under which the store compares links, so that the same article is recognised however it
// was pasted: scheme and host case, http vs https, default ports, a trailing slash, `www.`, the
// fragment and `utm_*` tracking parameters make no difference. Path and other query parameters
// (which can name a different page) do. Text without a scheme is read as a web address.
QString normalizeUrl(const QString &url);

} // namespace galley
