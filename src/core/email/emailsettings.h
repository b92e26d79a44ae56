#pragma once

#include "emailtheme.h"
#include "utmtagger.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// The merge tags a mailing service replaces per subscriber. The email carries them verbatim in
// the footer links; the service turns them into each subscriber's own URLs when it sends.
struct MergeTags
{
    QString unsubscribe;
    QString viewOnline;

    friend bool operator==(const MergeTags &, const MergeTags &) = default;
};

// The newsletter-wide settings around an issue: who sends it, what the footer says, which mailing
// service's merge tags to use, and the theme. Defaults make a usable email without any setup.
struct EmailSettings
{
    QString newsletterName; // empty: taken from the title's "<NAME> ISSUE #n" prefix
    QString footerText; // empty: a default sentence naming the newsletter
    MergeTags mergeTags = mergeTagPreset(QStringLiteral("mailchimp")).value_or(MergeTags());
    QString from = placeholderSender();
    QString replyTo; // empty: no Reply-To header
    QString to = QStringLiteral("subscribers@example.com");
    QString language = QStringLiteral("en"); // <html lang> and the date's format
    QString sponsorLabelPrefix = QStringLiteral("From our sponsor");
    EmailTheme theme;
    UtmSettings utm; // off unless the newsletter's settings turn it on
    // Set when "View online" links to the page on the published archive
    // (SiteSettings::viewOnlineLinksToSite): the site's base URL, with a slash at the end, and its
    // page address pattern. See viewOnlineTarget (publish/sitesettings.h).
    QString siteBaseUrl;
    QString siteSlugPattern;

    // The sender an .eml gets when none is set (Preferences, the newsletter profile).
    static QString placeholderSender() { return QStringLiteral("newsletter@example.com"); }
    // Why the sender should be set, when it is still the placeholder; empty otherwise. Said on
    // `galley export --to eml` and in the Export dialog, so no one sends from example.com unaware.
    QString senderNotice() const;

    // The name shown in the header: newsletterName, else the title's prefix before "ISSUE".
    QString effectiveName(const QString &title) const;
    QString effectiveFooterText(const QString &title) const;

    // Mailchimp, listmonk, Buttondown, Sendy (case-insensitive); nullopt for an unknown name.
    static std::optional<MergeTags> mergeTagPreset(const QString &name);
    static QStringList mergeTagPresetNames();

    friend bool operator==(const EmailSettings &, const EmailSettings &) = default;
};

} // namespace galley
