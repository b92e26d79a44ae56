#pragma once

#include "newslettersettings.h"
#include "nextissueplanner.h"

#include <QHash>
#include <QMetaType>

#include <optional>

namespace galley {
class Store;
}

namespace galley::gui {

// The stored text of every setting the dialogs write (by key), as it was when a dialog read it:
// saveSettings() refuses to overwrite a setting that was changed elsewhere in the meantime.
using SettingsBasis = QHash<QString, QString>;

// Everything the Preferences, Sponsors and Templates dialogs show, read in one go on the store's
// worker thread (the archive grows for years, so the GUI thread never reads it).
struct SettingsSnapshot
{
    NewsletterProfile profile; // what the person set
    EffectiveProfile effective; // set values, else inferred from the archive
    SponsorBook sponsors;
    TemplateSet templates;
    // Where the coming issues start: the next issue the planner would create (number, date).
    std::optional<int> nextNumber;
    QDate nextDate;
    SettingsBasis basis;
    // Why the snapshot could not be read (Error::toString()); empty when it was. A plain string
    // rather than a Result: it crosses threads by value inside StoreClient::run.
    QString error;
};

// Reads the snapshot from `store` (call it inside StoreClient::run).
SettingsSnapshot loadSettingsSnapshot(Store &store);

// The profile, the sponsor book and the templates written in one transaction; those passed as
// nullopt are left as they are. Nothing is written when a setting about to be written is no
// longer what `basis` says (another window or the command line changed it since it was read).
// Returns the error (Error::toString(), or why it refused), empty on success.
QString saveSettings(Store &store, const SettingsBasis &basis,
                     const std::optional<NewsletterProfile> &profile,
                     const std::optional<SponsorBook> &sponsors,
                     const std::optional<TemplateSet> &templates);

} // namespace galley::gui
