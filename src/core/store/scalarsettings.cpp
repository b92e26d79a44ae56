#include "scalarsettings.h"

#include "store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct ScalarSettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::ScalarSettings)
};
} // namespace

const QList<ScalarSetting> &scalarSettings()
{
    static const QList<ScalarSetting> all {
        {u"linkcheck.freshHours"_s, 24, 0, 24 * 365},
        {u"linkcheck.timeoutMs"_s, 10000, 100, 60000},
        {u"inbox.remindWeeks"_s, 0, 0, 520},
    };
    return all;
}

QString ScalarSetting::description() const
{
    if (key == u"linkcheck.freshHours")
        return ScalarSettingsTr::tr(
            "Hours a link check's answer is used again without asking the server.");
    if (key == u"linkcheck.timeoutMs")
        return ScalarSettingsTr::tr("Milliseconds the link checker waits for each answer.");
    if (key == u"inbox.remindWeeks")
        return ScalarSettingsTr::tr(
            "Weeks after which the check notes links still waiting in the inbox (0: "
            "never).");
    return {};
}

const ScalarSetting *findScalarSetting(const QString &key)
{
    for (const ScalarSetting &s : scalarSettings()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

int scalarSetting(Store &store, const QString &key)
{
    const ScalarSetting *setting = findScalarSetting(key);
    if (!setting)
        return 0;
    const auto stored = store.setting(key);
    bool ok = false;
    const int value = stored ? stored->toInt(&ok) : 0;
    return ok && value >= setting->minimum && value <= setting->maximum ? value
                                                                        : setting->defaultValue;
}

} // namespace galley
