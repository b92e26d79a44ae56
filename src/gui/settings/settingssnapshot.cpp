#include "settings/settingssnapshot.h"

#include "store/store.h"

namespace galley::gui {

SettingsSnapshot loadSettingsSnapshot(Store &store)
{
    SettingsSnapshot snap;
    const auto failed = [&snap](const Error &error) {
        snap = SettingsSnapshot {};
        snap.error = error.toString();
        return snap;
    };
    NewsletterSettings settings(store);
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

QString saveSettings(Store &store, const std::optional<NewsletterProfile> &profile,
                     const std::optional<SponsorBook> &sponsors,
                     const std::optional<TemplateSet> &templates)
{
    if (const Status s = store.beginBatch(); !s)
        return s.error().toString();
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
