#pragma once

#include "emailsettings.h"
#include "issuedocument.h"

#include <QString>

namespace galley {

// The columns the text part wraps at (RFC 3676 suggests at most 78; 72 leaves room for quoting).
constexpr int emailTextWidth = 72;

// The text/plain part of the email: header, the body (headings underlined, paragraphs wrapped,
// links written out in full and never broken, sponsor slots marked) and the footer with the
// merge tags. Readable on its own, for clients that show no HTML.
QString emailTextPart(const IssueDocument &doc, const EmailSettings &settings);

} // namespace galley
