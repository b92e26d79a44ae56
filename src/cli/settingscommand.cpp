#include "commands.h"
#include "storeargument.h"

#include "store/scalarsettings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct SettingsCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::SettingsCommand)
};

QJsonObject settingJson(const ScalarSetting &s, int value)
{
    return QJsonObject {
        {u"key"_s, s.key},         {u"value"_s, value},       {u"default"_s, s.defaultValue},
        {u"minimum"_s, s.minimum}, {u"maximum"_s, s.maximum}, {u"description"_s, s.description()}};
}

int runSettings(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SettingsCommandTr::tr("Show the store's settings that are one number each, or change one: "
                              "'galley settings KEY VALUE'."));
    parser.addPositionalArgument(u"KEY"_s, SettingsCommandTr::tr("The setting to show or change."),
                                 u"[KEY"_s);
    parser.addPositionalArgument(u"VALUE"_s, SettingsCommandTr::tr("Its new value."),
                                 u"[VALUE]]"_s);
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2) {
        writeErrLine(
            SettingsCommandTr::tr("galley settings: give at most a key and a value. Try 'galley "
                                  "settings --help'."));
        return UsageError;
    }
    const ScalarSetting *one = nullptr;
    if (!args.isEmpty()) {
        one = findScalarSetting(args.first());
        if (!one) {
            QStringList keys;
            for (const ScalarSetting &s : scalarSettings())
                keys << s.key;
            writeErrLine(
                SettingsCommandTr::tr("galley settings: there is no setting \"%1\"; there are: %2.")
                    .arg(args.first(), keys.join(u", "_s)));
            return UsageError;
        }
    }
    Store store;
    if (!openStoreArgument(parser, u"settings"_s, &store))
        return UsageError;
    if (args.size() == 2) {
        bool ok = false;
        const int value = args.at(1).toInt(&ok);
        if (!ok || value < one->minimum || value > one->maximum) {
            writeErrLine(
                SettingsCommandTr::tr("galley settings: %1 takes a whole number from %2 to %3, not "
                                      "\"%4\".")
                    .arg(one->key)
                    .arg(one->minimum)
                    .arg(one->maximum)
                    .arg(args.at(1)));
            return UsageError;
        }
        if (const Status saved = store.setSetting(one->key, QString::number(value)); !saved) {
            writeErrLine(u"galley settings: "_s + saved.error().toString());
            return UsageError;
        }
    }
    QList<ScalarSetting> shown;
    if (one)
        shown << *one;
    else
        shown = scalarSettings();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const ScalarSetting &s : std::as_const(shown))
            array.append(settingJson(s, scalarSetting(store, s.key)));
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const ScalarSetting &s : std::as_const(shown)) {
        const int value = scalarSetting(store, s.key);
        QString line = s.key + u" = "_s + QString::number(value);
        if (value == s.defaultValue)
            line += u"  "_s + SettingsCommandTr::tr("(the default)");
        writeOutLine(line);
        if (!one)
            writeOutLine(u"    "_s + s.description());
    }
    return Success;
}
} // namespace

Command settingsCommand()
{
    return {u"settings"_s, SettingsCommandTr::tr("Show or change the store's numeric settings."),
            runSettings};
}

} // namespace galley::cli
