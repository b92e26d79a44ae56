#pragma once

#include "email/emailsettings.h"
#include "newsletterprofile.h"
#include "result.h"

namespace galley {

class Store;

// The email's settings from the newsletter's profile: name (set or inferred from the archive),
// footer, sender, reply-to, recipient, merge tags, language and sponsor label. Empty sender and
// recipient keep EmailSettings' placeholders, so an unconfigured store still exports.
EmailSettings emailSettingsFromProfile(const EffectiveProfile &profile);

// The same from a store: its `newsletter` settings with unset fields inferred from the archive
// (the latest sent issue; the latest draft when nothing was sent). Reads only the issue list,
// not every document, but still grows with the archive: call it off the GUI thread. With the
// site setting "View online links to the site" (SiteSettings), the email's view-online link goes
// to the published page.
Result<EmailSettings> loadEmailSettings(Store &store);

} // namespace galley
