#include "editorapplication.h"

#include "appidentity.h"
#include "mainwindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace galley::gui {

QString storePathFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--db="_s))
            return arg.mid(5);
    }
    return qEnvironmentVariable("GALLEY_DB");
}

int runEditor(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Galley"_s);
    MainWindow window(storePathFromArguments(QApplication::arguments()));
    window.show();
    return app.exec();
}

} // namespace galley::gui
