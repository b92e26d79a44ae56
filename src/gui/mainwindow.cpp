#include "mainwindow.h"

#include "exporter.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QWebEngineView>

namespace galley::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    m_editor = new QPlainTextEdit(splitter);
    m_preview = new QWebEngineView(splitter);
    setCentralWidget(splitter);
    resize(1200, 800);

    QFile sample(QStringLiteral(":/galley/sample-issue.md"));
    if (sample.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(sample.readAll());
        m_editor->setPlainText(text);
        if (auto doc = IssueDocument::fromText(text))
            m_preview->setHtml(QString::fromUtf8(exportDocument(*doc, ExportFormat::Html)));
    }
}

} // namespace galley::gui
