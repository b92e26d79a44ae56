#include "editorapplication.h"

#include "appidentity.h"
#include "mainwindow.h"

#include <QApplication>

namespace galley::gui {

int runEditor(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Galley"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace galley::gui
