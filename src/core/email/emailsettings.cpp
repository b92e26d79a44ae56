#include "emailsettings.h"

#include "newslettertext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct EmailSettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::EmailSettings)
};
} // namespace

QString EmailSettings::senderNotice() const
{
    if (from.trimmed() != placeholderSender())
        return {};
    return EmailSettingsTr::tr(
               "No sender is set: the .eml is sent from %1. Set the sender in Preferences "
               "(Email) before sending it.")
        .arg(placeholderSender());
}

std::optional<MergeTags> EmailSettings::mergeTagPreset(const QString &name)
{
    // The tags as each service documents them.
    const QString n = name.toLower();
    if (n == u"mailchimp")
        return MergeTags {u"*|UNSUB|*"_s, u"*|ARCHIVE|*"_s};
    if (n == u"listmonk")
        return MergeTags {u"{{ UnsubscribeURL }}"_s, u"{{ MessageURL }}"_s};
    if (n == u"buttondown")
        return MergeTags {u"{{ unsubscribe_url }}"_s, u"{{ email_url }}"_s};
    if (n == u"sendy")
        return MergeTags {u"[unsubscribe]"_s, u"[webversion]"_s};
    return std::nullopt;
}

QStringList EmailSettings::mergeTagPresetNames()
{
    return {u"mailchimp"_s, u"listmonk"_s, u"buttondown"_s, u"sendy"_s};
}

QString EmailSettings::effectiveName(const QString &title) const
{
    if (!newsletterName.trimmed().isEmpty())
        return newsletterName.trimmed();
    // Archives title issues "<NAME> ISSUE #<n> - <date>".
    static const QRegularExpression prefix(u"^(.+?)\\s+issue\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = prefix.match(title);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString EmailSettings::effectiveFooterText(const QString &title) const
{
    if (!footerText.trimmed().isEmpty())
        return footerText.trimmed();
    const QString name = effectiveName(title);
    return name.isEmpty()
        ? newsletterText(language,
                         QT_TRANSLATE_NOOP("galley::NewsletterText",
                                           "You are receiving this email because you subscribed "
                                           "to this newsletter."))
        : newsletterText(language,
                         QT_TRANSLATE_NOOP("galley::NewsletterText",
                                           "You are receiving this email because you subscribed "
                                           "to %1."))
              .arg(name);
}

} // namespace galley
