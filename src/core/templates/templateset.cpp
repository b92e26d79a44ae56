#include "templateset.h"

#include "templateengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct TemplateSetTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::TemplateSet)
};

const QString formatName = u"galley-templates"_s;
} // namespace

TemplateSet TemplateSet::defaults()
{
    TemplateSet t;
    t.skeleton = uR"({{intro}}


{{sponsor_top}}


{{sections}}


{{sponsor_closing}}
)"_s;
    t.sponsorTop = uR"({{sponsor.label}}
{{sponsor.underline}}

{{sponsor.copy}}
<br>[{{sponsor.url}}]({{sponsor.url}})
)"_s;
    t.sponsorClosing = uR"({{sponsor.copy}}
<br>[{{sponsor.url}}]({{sponsor.url}})
)"_s;
    t.section = uR"({{section}}
{{section.underline}}

{{items}}
)"_s;
    t.item = uR"({{commentary}}
{{urls}}
)"_s;
    t.link = uR"(<br>[{{url}}]({{url}})
)"_s;
    return t;
}

QStringList TemplateSet::names()
{
    return {u"skeleton"_s, u"sponsor-top"_s, u"sponsor-closing"_s,
            u"section"_s,  u"item"_s,        u"link"_s};
}

QString TemplateSet::byName(const QString &name) const
{
    if (name == u"skeleton")
        return skeleton;
    if (name == u"sponsor-top")
        return sponsorTop;
    if (name == u"sponsor-closing")
        return sponsorClosing;
    if (name == u"section")
        return section;
    if (name == u"item")
        return item;
    if (name == u"link")
        return link;
    return {};
}

void TemplateSet::setByName(const QString &name, const QString &text)
{
    if (name == u"skeleton")
        skeleton = text;
    else if (name == u"sponsor-top")
        sponsorTop = text;
    else if (name == u"sponsor-closing")
        sponsorClosing = text;
    else if (name == u"section")
        section = text;
    else if (name == u"item")
        item = text;
    else if (name == u"link")
        link = text;
}

Status TemplateSet::validate() const
{
    for (const QString &name : names()) {
        const Status s
            = TemplateEngine::validate(byName(name), TemplateSetTr::tr("%1 template").arg(name));
        if (!s)
            return s;
    }
    return Done {};
}

QByteArray TemplateSet::toJson() const
{
    QJsonObject templates;
    for (const QString &name : names())
        templates.insert(name, byName(name));
    QJsonObject root;
    root.insert(u"format"_s, formatName);
    root.insert(u"version"_s, 1);
    root.insert(u"templates"_s, templates);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TemplateSet> TemplateSet::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Error error;
    error.file = fileName;
    if (doc.isNull()) {
        error.message
            = TemplateSetTr::tr("not a valid JSON file (%1).").arg(parseError.errorString());
        return error;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != formatName) {
        error.message
            = TemplateSetTr::tr("not a Galley template set (its \"format\" is not \"%1\").")
                  .arg(formatName);
        return error;
    }
    if (root.value(u"version"_s).toInt() > 1) {
        error.message
            = TemplateSetTr::tr("the template set comes from a newer Galley; update Galley.");
        return error;
    }
    TemplateSet set = defaults();
    const QJsonObject templates = root.value(u"templates"_s).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        if (!names().contains(it.key())) {
            error.message = TemplateSetTr::tr("unknown template '%1'; expected one of: %2.")
                                .arg(it.key(), names().join(u", "_s));
            return error;
        }
        set.setByName(it.key(), it.value().toString());
    }
    const Status valid = set.validate();
    if (!valid) {
        error.message = valid.error().toString();
        return error;
    }
    return set;
}

} // namespace galley
