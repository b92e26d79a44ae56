#include "newsletterprofile.h"

#include "email/emailsettings.h"
#include "newslettertext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct NewsletterProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::NewsletterProfile)
};

template<typename T>
Setting<T> pick(const std::optional<T> &set, const std::optional<T> &inferred, T fallback)
{
    if (set)
        return {*set, false};
    if (inferred)
        return {*inferred, true};
    return {fallback, false};
}

void putString(QJsonObject &o, const QString &key, const std::optional<QString> &v)
{
    if (v)
        o.insert(key, *v);
}

std::optional<QString> getString(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    return o.value(key).toString();
}

std::optional<int> getInt(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    return o.value(key).toInt();
}
} // namespace

QString defaultSponsorLabel(const QString &language)
{
    return newsletterText(language,
                          QT_TRANSLATE_NOOP("galley::NewsletterText", "From our sponsor, {name}"));
}

QByteArray NewsletterProfile::toJson() const
{
    QJsonObject o;
    putString(o, u"name"_s, name);
    putString(o, u"titlePattern"_s, titlePattern);
    if (weekday)
        o.insert(u"weekday"_s, *weekday);
    if (intervalDays)
        o.insert(u"intervalDays"_s, *intervalDays);
    if (publicationTime)
        o.insert(u"publicationTime"_s, publicationTime->toString(u"HH:mm"_s));
    if (sections) {
        QJsonArray a;
        for (const QString &section : *sections) {
            a.append(QJsonObject {
                {u"name"_s, section},
                {u"heading"_s,
                 headingStyleMarker(sectionHeadings.value(section, HeadingStyle::Underline))}});
        }
        o.insert(u"sections"_s, a);
    }
    putString(o, u"sponsorLabel"_s, sponsorLabel);
    putString(o, u"footer"_s, footer);
    putString(o, u"sender"_s, sender);
    putString(o, u"replyTo"_s, replyTo);
    putString(o, u"mergeTagPreset"_s, mergeTagPreset);
    putString(o, u"unsubscribeTag"_s, unsubscribeTag);
    putString(o, u"viewOnlineTag"_s, viewOnlineTag);
    putString(o, u"language"_s, language);
    putString(o, u"spellLanguage"_s, spellLanguage);
    putString(o, u"to"_s, to);
    if (utmEnabled)
        o.insert(u"utmEnabled"_s, *utmEnabled);
    putString(o, u"utmSource"_s, utmSource);
    putString(o, u"utmMedium"_s, utmMedium);
    putString(o, u"utmCampaign"_s, utmCampaign);
    if (utmNeverTag)
        o.insert(u"utmNeverTag"_s, QJsonArray::fromStringList(*utmNeverTag));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<NewsletterProfile> NewsletterProfile::fromJson(const QByteArray &json)
{
    NewsletterProfile p;
    if (json.trimmed().isEmpty())
        return p;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject()) {
        Error e;
        e.code = Error::Corrupt;
        e.message = NewsletterProfileTr::tr(
                        "the stored newsletter settings are not a JSON object (%1); set them "
                        "again in Preferences.")
                        .arg(err.errorString());
        return e;
    }
    const QJsonObject o = doc.object();
    p.name = getString(o, u"name"_s);
    p.titlePattern = getString(o, u"titlePattern"_s);
    p.weekday = getInt(o, u"weekday"_s);
    p.intervalDays = getInt(o, u"intervalDays"_s);
    if (o.contains(u"publicationTime"_s)) {
        const QTime t = QTime::fromString(o.value(u"publicationTime"_s).toString(), u"HH:mm"_s);
        if (t.isValid())
            p.publicationTime = t;
    }
    if (o.contains(u"sections"_s)) {
        QStringList sections;
        const QJsonArray a = o.value(u"sections"_s).toArray();
        // Before heading styles, sections were a plain list of names: both load.
        for (const QJsonValue &v : a) {
            if (!v.isObject()) {
                sections << v.toString();
                continue;
            }
            const QJsonObject section = v.toObject();
            const QString name = section.value(u"name"_s).toString();
            sections << name;
            const auto style = headingStyleFromMarker(section.value(u"heading"_s).toString());
            if (style && *style != HeadingStyle::Underline)
                p.sectionHeadings.insert(name, *style);
        }
        p.sections = sections;
    }
    p.sponsorLabel = getString(o, u"sponsorLabel"_s);
    p.footer = getString(o, u"footer"_s);
    p.sender = getString(o, u"sender"_s);
    p.replyTo = getString(o, u"replyTo"_s);
    p.mergeTagPreset = getString(o, u"mergeTagPreset"_s);
    p.unsubscribeTag = getString(o, u"unsubscribeTag"_s);
    p.viewOnlineTag = getString(o, u"viewOnlineTag"_s);
    p.language = getString(o, u"language"_s);
    p.spellLanguage = getString(o, u"spellLanguage"_s);
    p.to = getString(o, u"to"_s);
    if (o.contains(u"utmEnabled"_s))
        p.utmEnabled = o.value(u"utmEnabled"_s).toBool();
    p.utmSource = getString(o, u"utmSource"_s);
    p.utmMedium = getString(o, u"utmMedium"_s);
    p.utmCampaign = getString(o, u"utmCampaign"_s);
    if (o.contains(u"utmNeverTag"_s)) {
        QStringList domains;
        for (const QJsonValue &v : o.value(u"utmNeverTag"_s).toArray())
            domains << v.toString();
        p.utmNeverTag = domains;
    }
    return p;
}

QString EffectiveProfile::sponsorLabelPrefix() const
{
    QString prefix = sponsorLabel.section(u"{name}"_s, 0, 0);
    while (!prefix.isEmpty()
           && (prefix.back().isSpace() || prefix.back() == u',' || prefix.back() == u':'
               || prefix.back() == u'-'))
        prefix.chop(1);
    return prefix.isEmpty()
        ? newsletterText(language, QT_TRANSLATE_NOOP("galley::NewsletterText", "From our sponsor"))
        : prefix;
}

EffectiveProfile resolveProfile(const NewsletterProfile &set, const ArchiveInference &inferred)
{
    EffectiveProfile p;
    const auto nonEmpty = [](const QString &s) {
        return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
    };
    p.name = pick(set.name, nonEmpty(inferred.newsletterName), QString());
    p.titlePattern = pick(set.titlePattern, nonEmpty(inferred.titlePattern),
                          u"{newsletter} #{number} - {date_long}"_s);
    std::optional<int> weekday;
    std::optional<int> interval;
    if (inferred.cadence) {
        if (inferred.cadence->weekday > 0)
            weekday = inferred.cadence->weekday;
        interval = inferred.cadence->intervalDays;
    }
    p.weekday = pick(set.weekday, weekday, 0);
    p.intervalDays = pick(set.intervalDays, interval, 7);
    // The language first: the default skeleton's sections and sponsor label are written in it.
    p.language = set.language.value_or(QString()).trimmed();
    if (p.language.isEmpty())
        p.language = u"en"_s;
    p.spellLanguage = set.spellLanguage.value_or(QString()).trimmed();
    if (p.spellLanguage.isEmpty())
        p.spellLanguage = p.language;
    p.sections = pick(
        set.sections,
        inferred.sections.isEmpty() ? std::nullopt : std::optional<QStringList>(inferred.sections),
        QStringList {
            newsletterText(p.language, QT_TRANSLATE_NOOP("galley::NewsletterText", "News")),
            newsletterText(p.language, QT_TRANSLATE_NOOP("galley::NewsletterText", "Tools"))});
    p.sectionHeadings = set.sectionHeadings;
    p.sponsorLabel = set.sponsorLabel.value_or(defaultSponsorLabel(p.language));
    p.publicationTime = set.publicationTime;
    p.footer = set.footer.value_or(QString());
    p.sender = set.sender.value_or(QString());
    p.replyTo = set.replyTo.value_or(QString());
    p.to = set.to.value_or(QString());
    p.utm.enabled = set.utmEnabled.value_or(false);
    p.utm.source = set.utmSource.value_or(QString()).trimmed();
    if (set.utmMedium && !set.utmMedium->trimmed().isEmpty())
        p.utm.medium = set.utmMedium->trimmed();
    if (set.utmCampaign && !set.utmCampaign->trimmed().isEmpty())
        p.utm.campaign = set.utmCampaign->trimmed();
    p.utm.neverTagDomains = set.utmNeverTag.value_or(QStringList());
    const QString preset = set.mergeTagPreset.value_or(QString()).trimmed().toLower();
    const bool custom
        = preset == u"custom" || (preset.isEmpty() && (set.unsubscribeTag || set.viewOnlineTag));
    if (custom) {
        p.mergeTagPreset = u"custom"_s;
        p.unsubscribeTag = set.unsubscribeTag.value_or(QString()).trimmed();
        p.viewOnlineTag = set.viewOnlineTag.value_or(QString()).trimmed();
    } else {
        const auto known = EmailSettings::mergeTagPreset(preset);
        p.mergeTagPreset = known ? preset : u"mailchimp"_s;
        const MergeTags tags = known.value_or(*EmailSettings::mergeTagPreset(u"mailchimp"_s));
        p.unsubscribeTag = tags.unsubscribe;
        p.viewOnlineTag = tags.viewOnline;
    }
    return p;
}

} // namespace galley
