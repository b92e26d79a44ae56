#include "emailprofile.h"

#include "newslettersettings.h"
#include "publish/sitesettings.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace galley {

EmailSettings emailSettingsFromProfile(const EffectiveProfile &profile)
{
    EmailSettings s;
    s.newsletterName = profile.name.value.trimmed();
    s.footerText = profile.footer;
    if (!profile.sender.trimmed().isEmpty())
        s.from = profile.sender.trimmed();
    s.replyTo = profile.replyTo.trimmed();
    if (!profile.to.trimmed().isEmpty())
        s.to = profile.to.trimmed();
    s.mergeTags = MergeTags {profile.unsubscribeTag, profile.viewOnlineTag};
    if (!profile.language.trimmed().isEmpty())
        s.language = profile.language.trimmed();
    s.sponsorLabelPrefix = profile.sponsorLabelPrefix();
    s.utm = profile.utm;
    return s;
}

Result<EmailSettings> loadEmailSettings(Store &store)
{
    const auto list = store.listIssues();
    if (!list)
        return list.error();
    // Only the name is inferred for the email, and it comes from the latest title: the summaries
    // are enough, no document has to be read.
    QList<ArchiveIssue> sent;
    QList<ArchiveIssue> all;
    for (const IssueSummary &summary : *list) {
        if (summary.deleted)
            continue;
        ArchiveIssue issue;
        issue.id = summary.id;
        issue.number = summary.number;
        issue.title = summary.title;
        issue.date = summary.date.date();
        all << issue;
        if (summary.status == IssueStatus::Sent)
            sent << issue;
    }
    const auto profile = NewsletterSettings(store).effectiveProfile(sent.isEmpty() ? all : sent);
    if (!profile)
        return profile.error();
    EmailSettings settings = emailSettingsFromProfile(*profile);
    const auto site = loadSiteSettings(store);
    if (!site)
        return site.error();
    if (site->viewOnlineLinksToSite && baseUrlProblem(site->baseUrl).isEmpty()) {
        settings.siteBaseUrl = normalisedBaseUrl(site->baseUrl);
        settings.siteSlugPattern = site->slugPattern;
    }
    return settings;
}

} // namespace galley
