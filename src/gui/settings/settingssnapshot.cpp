#include "settings/settingssnapshot.h"

#include "store/store.h"

#include <QCoreApplication>

namespace galley::gui {

namespace {
QStringList settingKeys()
{
    return {NewsletterSettings::newsletterKey(), NewsletterSettings::sponsorsKey(),
            NewsletterSettings::bookingsKey(), NewsletterSettings::templatesKey()};
}
} // namespace

SettingsSnapshot loadSettingsSnapshot(Store &store)
{
    SettingsSnapshot snap;
    const auto failed = [&snap](const Error &error) {
        snap = SettingsSnapshot {};
        snap.error = error.toString();
        return snap;
    };
    NewsletterSettings settings(store);
    for (const QString &key : settingKeys()) {
        const auto stored = store.setting(key);
        if (!stored)
            return failed(stored.error());
        snap.basis.insert(key, *stored);
    }
    // Drafts count too, as for `galley new`: the next issue continues whatever exists.
    const auto archive = loadArchive(store, false);
    if (!archive)
        return failed(archive.error());
    const auto profile = settings.profile();
    if (!profile)
        return failed(profile.error());
    snap.profile = *profile;
    snap.effective = resolveProfile(snap.profile, inferFromArchive(*archive));
    auto sponsors = settings.sponsorBook();
    if (!sponsors)
        return failed(sponsors.error());
    snap.sponsors = std::move(sponsors.value());
    auto templates = settings.templates();
    if (!templates)
        return failed(templates.error());
    snap.templates = std::move(templates.value());
    if (const auto next
        = NextIssuePlanner(snap.effective, snap.sponsors, snap.templates).plan(*archive)) {
        snap.nextNumber = next->number;
        snap.nextDate = next->date;
    }
    return snap;
}

QString saveSettings(Store &store, const SettingsBasis &basis,
                     const std::optional<NewsletterProfile> &profile,
                     const std::optional<SponsorBook> &sponsors,
                     const std::optional<TemplateSet> &templates)
{
    // The batch holds the store's write lock: nobody can change a setting between this check
    // and the writes below.
    if (const Status s = store.beginBatch(); !s)
        return s.error().toString();
    QStringList writing;
    if (profile)
        writing << NewsletterSettings::newsletterKey();
    if (sponsors)
        writing << NewsletterSettings::sponsorsKey() << NewsletterSettings::bookingsKey();
    if (templates)
        writing << NewsletterSettings::templatesKey();
    for (const QString &key : std::as_const(writing)) {
        const auto stored = store.setting(key);
        if (!stored || *stored != basis.value(key)) {
            store.rollbackBatch();
            if (!stored)
                return stored.error().toString();
            return QCoreApplication::translate(
                "galley::gui::SettingsSaver",
                "These settings were changed in another window or by the command line after this "
                "dialog opened, and saving would overwrite that. Close the dialog and open it "
                "again to see them, then make your changes again.");
        }
    }
    NewsletterSettings settings(store);
    Status s = Done {};
    if (profile)
        s = settings.setProfile(*profile);
    if (s && sponsors)
        s = settings.setSponsorBook(*sponsors);
    if (s && templates)
        s = settings.setTemplates(*templates);
    if (!s) {
        store.rollbackBatch();
        return s.error().toString();
    }
    if (const Status committed = store.commitBatch(); !committed)
        return committed.error().toString();
    return {};
}

} // namespace galley::gui
